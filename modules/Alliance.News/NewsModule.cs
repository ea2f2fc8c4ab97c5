using AllianceCms.Core.Metadata;
using AllianceCms.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Alliance.News;

/// <summary>News, events and interviews, with their related participants and countries.</summary>
public sealed class NewsModule : IModule
{
    public const string Type = "NewsItem";

    public ModuleInfo Info { get; } = new("Alliance.News", "News", "Alliance.Countries", "Alliance.Members");

    /// <summary>Feeds beside each culture's list, an iCalendar file beside each event (literal routes win over the pages' catch-all).</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        string[] get = [HttpMethods.Get, HttpMethods.Head];
        foreach (var feed in new[] { "/{list}/rss.xml", "/{list}/atom.xml", "/{culture}/{list}/rss.xml", "/{culture}/{list}/atom.xml" })
            endpoints.MapMethods(feed, get, NewsFeeds.HandleAsync);
        endpoints.MapMethods("/{list}/{slug}.ics", get, EventCalendar.HandleAsync);
        endpoints.MapMethods("/{culture}/{list}/{slug}.ics", get, EventCalendar.HandleAsync);
    }

    public IReadOnlyList<ContentMigrationStep> Migrations { get; } =
    [
        new(1, "NewsItem type", defs => defs
            .AlterPart(Type, p => p
                .Label("News item", "Actualité")
                .Field("PublicationDate", FieldKinds.Date, "Publication date", "Date de publication", f => f.Required().Shared().Indexed())
                .Field("Kind", FieldKinds.Choice, "Kind", "Genre", f => f.Required().Shared().Indexed().Choices(
                    new("news", "News", "Actualité"),
                    new("event", "Event", "Événement"),
                    new("interview", "Interview", "Entretien")))
                .Field("Summary", FieldKinds.Text, "Summary", "Résumé", f => f.Multiline().Length(max: 600))
                .Field("Body", FieldKinds.RichText, "Body", "Texte")
                .Field("Image", FieldKinds.Media, "Image", "Image", f => f.Shared())
                .Field("ImageAlt", FieldKinds.Text, "Image description (alt text)", "Description de l'image (texte alternatif)", f => f.Length(max: 300))
                .Field("EventStart", FieldKinds.DateTime, "Event starts", "Début de l'événement", f => f.Shared().Indexed())
                .Field("EventEnd", FieldKinds.DateTime, "Event ends", "Fin de l'événement", f => f.Shared())
                .Field("EventPlace", FieldKinds.Text, "Event place", "Lieu de l'événement", f => f.Length(max: 200))
                .Field("RelatedMembers", FieldKinds.ContentReference, "Related participants", "Participants liés", f => f.Shared().Multiple().Indexed().AllowedTypes("Member"))
                .Field("RelatedCountries", FieldKinds.ContentReference, "Related countries", "Pays liés", f => f.Shared().Multiple().Indexed().AllowedTypes("Country"))
                .Field("Tags", FieldKinds.Tags, "Tags", "Mots-clés", f => f.Indexed()))
            .AlterType(Type, t => t
                .Label("News item", "Actualité").TitleLabel("Title", "Titre")
                .Creatable().Draftable().Versionable().Localizable().Listable()
                .Routable("news", "actualites")
                .Part(Type))),
    ];
}
