using AllianceCms.Core.Metadata;
using AllianceCms.Core.Modules;

namespace Alliance.Glossary;

/// <summary>Glossary terms; EN and FR terms are variants of one item but need not be equivalents.</summary>
public sealed class GlossaryModule : IModule
{
    public const string Type = "GlossaryTerm";

    public ModuleInfo Info { get; } = new("Alliance.Glossary", "Glossary");

    public IReadOnlyList<ContentMigrationStep> Migrations { get; } =
    [
        new(1, "GlossaryTerm type", defs => defs
            .AlterPart(Type, p => p
                .Label("Glossary term", "Terme du glossaire")
                .Field("Definition", FieldKinds.RichText, "Definition", "Définition", f => f.Required())
                .Field("AlsoKnownAs", FieldKinds.Tags, "Also known as", "Aussi appelé")
                .Field("RelatedTerms", FieldKinds.ContentReference, "Related terms", "Termes liés", f => f.Shared().Multiple().AllowedTypes(Type))
                .Field("Featured", FieldKinds.Boolean, "Shown in the home page's “Please note” box", "Affiché dans l'encadré « À noter » de l'accueil", f => f.Shared().Indexed()))
            .AlterType(Type, t => t
                .Label("Glossary", "Glossaire").TitleLabel("Term", "Terme")
                .Creatable().Draftable().Versionable().Localizable().Listable()
                .Routable("glossary", "glossaire")
                .Part(Type))),
    ];
}
