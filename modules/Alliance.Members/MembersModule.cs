using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Members;

/// <summary>Participants: the cities and regions that joined the Alliance ("Member" in code).</summary>
public sealed class MembersModule : IModule
{
    public const string Type = "Member";

    public ModuleInfo Info { get; } = new("Alliance.Members", "Participants", "Alliance.Countries");

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IContentHandler, MemberOrdinalHandler>();
        services.AddOptions<Map.MapOptions>().BindConfiguration(Map.MapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => new Map.EuropeMap());
        services.AddSingleton<AllianceCms.Display.Templating.ILiquidFilterProvider, Map.MapFilters>();
    }

    public IReadOnlyList<ContentMigrationStep> Migrations { get; } =
    [
        new(1, "Member type", defs => defs
            .AlterPart(Type, p => p
                .Label("Participant", "Participant")
                .Field("AuthorityType", FieldKinds.Choice, "Type of authority", "Type de collectivité", f => f.Required().Shared().Indexed().Choices(MemberChoices.AuthorityTypes()))
                .Field("Country", FieldKinds.ContentReference, "Country", "Pays", f => f.Required().Shared().Indexed().AllowedTypes("Country"))
                .Field("JoinedOn", FieldKinds.Date, "Date of joining", "Date d'adhésion", f => f.Shared().Indexed())
                .Field("Ordinal", FieldKinds.Number, "Order of joining", "Rang d'adhésion", f => f.Shared().Indexed().Range(1)
                    .Hint("Set automatically when left empty: the next number after the highest one.", "Attribué automatiquement s'il est vide : le numéro suivant le plus élevé."))
                .Field("Status", FieldKinds.Choice, "Status", "Statut", f => f.Required().Shared().Indexed().Choices(
                    new("active", "Active", "Actif"),
                    new("suspended", "Suspended", "Suspendu"),
                    new("withdrawn", "Withdrawn", "Retiré")))
                .Field("Population", FieldKinds.Number, "Total population", "Population totale", f => f.Shared().Range(0))
                .Field("RomaPopulation", FieldKinds.Number, "Estimated Roma and Traveller population", "Population rom et des gens du voyage estimée", f => f.Shared().Range(0))
                .Field("RomaPopulationSource", FieldKinds.Text, "Source of the estimate", "Source de l'estimation", f => f.Length(max: 300))
                .Field("RomaPopulationYear", FieldKinds.Number, "Year of the estimate", "Année de l'estimation", f => f.Shared().Range(1900, 2100))
                .Field("Website", FieldKinds.Url, "Website", "Site web", f => f.Shared())
                .Field("Location", FieldKinds.GeoPoint, "Location on the map", "Position sur la carte", f => f.Shared())
                .Field("Priorities", FieldKinds.Choice, "Thematic priorities", "Priorités thématiques", f => f.Shared().Multiple().Indexed().Choices(MemberChoices.Priorities()))
                .Field("Description", FieldKinds.RichText, "Description", "Description")
                .Field("Logo", FieldKinds.Media, "Logo or coat of arms", "Logo ou blason", f => f.Shared())
                .Field("FocalPointRole", FieldKinds.Text, "Focal point's role", "Fonction du point de contact", f => f.Length(max: 200))
                .Field("FocalPointName", FieldKinds.Text, "Focal point's name", "Nom du point de contact", f => f.Shared().Private().Length(max: 200))
                .Field("FocalPointEmail", FieldKinds.Email, "Focal point's e-mail", "Courriel du point de contact", f => f.Shared().Private())
                .Field("FocalPointPhone", FieldKinds.Phone, "Focal point's phone", "Téléphone du point de contact", f => f.Shared().Private())
                .Field("DeclarationSignedOn", FieldKinds.Date, "Signed the Declaration against anti-Gypsyism on", "A signé la Déclaration contre l'antitsiganisme le", f => f.Shared()))
            .AlterType(Type, t => t
                .Label("Participant", "Participant").TitleLabel("Name of the authority", "Nom de la collectivité")
                .Creatable().Draftable().Versionable().Localizable().Listable()
                .Routable("participants", "participants")
                .Part(Type))),
    ];
}
