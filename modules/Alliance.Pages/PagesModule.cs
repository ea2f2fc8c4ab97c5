using AllianceCms.Core.Metadata;
using AllianceCms.Core.Modules;

namespace Alliance.Pages;

/// <summary>Static pages (About, Legal notice, Privacy, Accessibility) served at the top level by slug.</summary>
public sealed class PagesModule : IModule
{
    public const string Type = "Page";

    public ModuleInfo Info { get; } = new("Alliance.Pages", "Pages");

    public IReadOnlyList<ContentMigrationStep> Migrations { get; } =
    [
        new(1, "Page type", defs => defs
            .AlterPart(Type, p => p
                .Label("Page", "Page")
                .Field("Body", FieldKinds.RichText, "Body", "Texte")
                .Field("MenuPlacement", FieldKinds.Choice, "Menu", "Menu", f => f.Shared().Indexed().Choices(
                    new("main", "Main navigation", "Navigation principale"),
                    new("footer", "Footer", "Pied de page"),
                    new("none", "Not in a menu", "Hors menu")))
                .Field("MenuPosition", FieldKinds.Number, "Position in the menu", "Position dans le menu", f => f.Shared().Indexed().Range(0, 1000)))
            .AlterType(Type, t => t
                .Label("Page", "Page").TitleLabel("Title", "Titre")
                .Creatable().Draftable().Versionable().Localizable().Listable()
                .Routable("", "")
                .Part(Type))),
    ];
}
