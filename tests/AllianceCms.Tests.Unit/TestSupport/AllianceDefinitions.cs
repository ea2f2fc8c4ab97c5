using AllianceCms.Core.Metadata;

namespace AllianceCms.Tests.Unit.TestSupport;

/// <summary>A small site's definitions: member countries with their population, a country type and private notes.</summary>
internal static class AllianceDefinitions
{
    public static ContentDefinitionSnapshot Snapshot()
    {
        var editor = new ContentDefinitionEditor(ContentDefinitionSnapshot.Empty)
            .AlterPart("Member", p => p
                .Label("Member", "Membre")
                .Field("Summary", FieldKinds.Text, "Summary", "Résumé", f => f.Required().Length(max: 200))
                .Field("Population", FieldKinds.Number, "Population", "Nombre d'habitants", f => f.Range(min: 0).Indexed())
                .Field("Country", FieldKinds.ContentReference, "Country", "Pays", f => f.AllowedTypes("Country"))
                .Field("Partners", FieldKinds.ContentReference, "Partners", "Partenaires", f => f.Multiple().AllowedTypes("Country"))
                .Field("Website", FieldKinds.Url, "Website", "Site web")
                .Field("Joined", FieldKinds.Date, "Joined", "Adhésion")
                .Field("Motto", FieldKinds.Text, "Motto", "Devise")
                .RemoveField("Motto"))
            .AlterPart("Country", p => p
                .Field("IsoCode", FieldKinds.Text, "ISO code", "Code ISO", f => f.Required().Pattern("^[A-Z]{2}$")))
            .AlterPart("Note", p => p.Field("Body", FieldKinds.Markdown, "Body", "Texte"))
            .AlterType("Member", t => t.Label("Member", "Membre").Routable("members", "membres").Localizable().Part("Member"))
            .AlterType("Country", t => t.Label("Country", "Pays").TitleLabel("Name", "Nom").Routable("countries", "pays").Part("Country"))
            .AlterType("Note", t => t.Label("Note", "Note").Private().Part("Note"));
        return new ContentDefinitionSnapshot(1, editor.ChangedTypes, editor.ChangedParts);
    }

    public static ContentTypeModel Member => Snapshot().Get("Member");
    public static ContentTypeModel Country => Snapshot().Get("Country");
    public static ContentTypeModel Note => Snapshot().Get("Note");
}
