using AllianceCms.Core.Metadata;
using AllianceCms.Core.Modules;

namespace Alliance.Countries;

/// <summary>Council of Europe member states: the countries participants belong to, with their desk editors.</summary>
public sealed class CountriesModule : IModule
{
    public const string Type = "Country";

    public ModuleInfo Info { get; } = new("Alliance.Countries", "Countries");

    public IReadOnlyList<ContentMigrationStep> Migrations { get; } =
    [
        new(1, "Country type", defs => defs
            .AlterPart(Type, p => p
                .Label("Country", "Pays")
                .Field("Alpha2", FieldKinds.Text, "ISO 3166-1 alpha-2 code", "Code ISO 3166-1 alpha-2", f => f.Required().Shared().Indexed().Pattern("^[A-Z]{2}$"))
                .Field("Alpha3", FieldKinds.Text, "ISO 3166-1 alpha-3 code", "Code ISO 3166-1 alpha-3", f => f.Required().Shared().Indexed().Pattern("^[A-Z]{3}$"))
                .Field("CoeMemberSince", FieldKinds.Number, "Council of Europe member since", "Membre du Conseil de l'Europe depuis", f => f.Shared().Indexed().Range(1949, 2100))
                .Field("Flag", FieldKinds.Media, "Flag", "Drapeau", f => f.Shared())
                .Field("Intro", FieldKinds.RichText, "Introduction", "Introduction")
                .Field("NationalNetwork", FieldKinds.Text, "National network", "Réseau national", f => f.Length(max: 300))
                .Field("DeskEditors", FieldKinds.User, "Desk editors", "Responsables du pays", f => f.Shared().Multiple().Private().Indexed()
                    .Hint("Users who triage join applications from this country.", "Utilisateurs qui traitent les demandes d'adhésion de ce pays.")))
            .AlterType(Type, t => t
                .Label("Country", "Pays").TitleLabel("Name", "Nom")
                .Creatable().Draftable().Versionable().Localizable().Listable()
                .Routable("countries", "pays")
                .Part(Type))),
    ];
}
