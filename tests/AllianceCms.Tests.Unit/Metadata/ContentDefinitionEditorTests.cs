using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Tests.Unit.Metadata;

public sealed class ContentDefinitionEditorTests
{
    private static ContentDefinitionSnapshot CurrentSite()
    {
        var part = new ContentPartDefinition
        {
            Name = "Member",
            Label = new LocalizedText("Member", "Membre"),
            Fields =
            [
                new ContentFieldDefinition { Name = "Population", Kind = FieldKinds.Number, Position = 0 },
                new ContentFieldDefinition { Name = "Motto", Kind = FieldKinds.Text, Position = 1 },
            ],
        };
        var type = new ContentTypeDefinition
        {
            Name = "Member",
            Label = new LocalizedText("Member", "Membre"),
            Parts = [new ContentTypePartReference { Name = "Member", Position = 0 }],
        };
        return new ContentDefinitionSnapshot(7, [type], [part]);
    }

    [Fact]
    public void A_new_part_gets_its_fields_in_the_order_they_are_added()
    {
        var editor = new ContentDefinitionEditor(ContentDefinitionSnapshot.Empty)
            .AlterPart("Country", p => p
                .Label("Country", "Pays")
                .Field("IsoCode", FieldKinds.Text, "ISO code", "Code ISO")
                .Field("Flag", FieldKinds.Media, "Flag", "Drapeau")
                .Field("Capital", FieldKinds.Text, "Capital", "Capitale"));

        var part = Assert.Single(editor.ChangedParts);
        Assert.Equal("Country", part.Name);
        Assert.Equal("Pays", part.Label.For("fr"));
        Assert.Equal(["IsoCode:0", "Flag:1", "Capital:2"], part.Fields.Select(f => $"{f.Name}:{f.Position}"));
        Assert.Equal(FieldKinds.Media, part.Field("Flag")!.Kind);
        Assert.Equal("Drapeau", part.Field("Flag")!.Label.For("fr"));
    }

    [Fact]
    public void Changing_an_existing_part_works_on_a_copy_until_it_is_stored()
    {
        var current = CurrentSite();
        var editor = new ContentDefinitionEditor(current)
            .AlterPart("Member", p => p.Field("Population", FieldKinds.Number, "Inhabitants", "Habitants", f => f.Required()));

        var changed = Assert.Single(editor.ChangedParts);
        Assert.True(changed.Field("Population")!.Settings.Required);
        Assert.Equal("Inhabitants", changed.Field("Population")!.Label.For("en"));
        Assert.NotSame(current.Parts["Member"], changed);
        Assert.Equal("Membre", changed.Label.For("FR"));
        Assert.False(current.Parts["Member"].Field("Population")!.Settings.Required);
        Assert.True(current.Parts["Member"].Field("Population")!.Label.IsEmpty);
    }

    [Fact]
    public void Adding_a_field_that_exists_changes_it_instead_of_adding_a_second_one()
    {
        var editor = new ContentDefinitionEditor(CurrentSite())
            .AlterPart("Member", p => p.Field("Motto", FieldKinds.Markdown, "Motto", "Devise", f => f.Multiline()));

        var part = Assert.Single(editor.ChangedParts);
        Assert.Equal(["Population", "Motto"], part.Fields.Select(f => f.Name));
        Assert.Equal(FieldKinds.Markdown, part.Field("Motto")!.Kind);
        Assert.Equal(1, part.Field("Motto")!.Position);
        Assert.True(part.Field("Motto")!.Settings.Multiline);
    }

    [Fact]
    public void Altering_the_same_part_twice_stages_one_change()
    {
        var editor = new ContentDefinitionEditor(CurrentSite())
            .AlterPart("Member", p => p.Field("Flag", FieldKinds.Media, "Flag", "Drapeau"))
            .AlterPart("Member", p => p.Field("Capital", FieldKinds.Text, "Capital", "Capitale"));

        var part = Assert.Single(editor.ChangedParts);
        Assert.Equal(["Population", "Motto", "Flag", "Capital"], part.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Removing_a_field_keeps_a_marker_so_its_stored_values_are_kept()
    {
        var editor = new ContentDefinitionEditor(CurrentSite()).AlterPart("Member", p => p.RemoveField("Motto"));

        var part = Assert.Single(editor.ChangedParts);
        Assert.Null(part.Field("Motto"));
        Assert.Equal(["Motto"], part.RemovedFields);
    }

    [Fact]
    public void Removing_a_field_twice_keeps_one_marker()
    {
        var editor = new ContentDefinitionEditor(CurrentSite())
            .AlterPart("Member", p => p.RemoveField("Motto").RemoveField("Motto"))
            .AlterPart("Member", p => p.RemoveField("Motto"));

        Assert.Equal(["Motto"], Assert.Single(editor.ChangedParts).RemovedFields);
    }

    [Fact]
    public void Removing_a_field_that_does_not_exist_leaves_no_marker()
    {
        var editor = new ContentDefinitionEditor(CurrentSite()).AlterPart("Member", p => p.RemoveField("Anthem"));

        Assert.Empty(Assert.Single(editor.ChangedParts).RemovedFields);
    }

    [Fact]
    public void Adding_back_a_removed_field_clears_its_marker()
    {
        var editor = new ContentDefinitionEditor(CurrentSite())
            .AlterPart("Member", p => p.RemoveField("Motto"))
            .AlterPart("Member", p => p.Field("Motto", FieldKinds.Text, "Motto", "Devise"));

        var part = Assert.Single(editor.ChangedParts);
        Assert.NotNull(part.Field("Motto"));
        Assert.Empty(part.RemovedFields);
    }

    [Fact]
    public void The_field_builder_sets_every_setting()
    {
        var editor = new ContentDefinitionEditor(ContentDefinitionSnapshot.Empty).AlterPart("Sample", p => p
            .Field("All", FieldKinds.Text, "All", "Tout", f => f
                .Required().Shared().Indexed().Private().Multiline().Multiple().Decimal()
                .Hint("Shown under the field", "Affiché sous le champ")
                .Length(2, 50).Pattern("^[a-z]+$").Range(1, 9)
                .AllowedTypes("Country", "Member")
                .Choices(new FieldChoice("a", "A", "A"), new FieldChoice("b", "B", "B"))));

        var settings = Assert.Single(editor.ChangedParts).Field("All")!.Settings;
        Assert.True(settings.Required);
        Assert.False(settings.Localized);
        Assert.True(settings.Indexed);
        Assert.True(settings.Private);
        Assert.True(settings.Multiline);
        Assert.True(settings.Multiple);
        Assert.True(settings.Decimal);
        Assert.Equal("Affiché sous le champ", settings.Hint!.For("fr"));
        Assert.Equal((2, 50), (settings.MinLength, settings.MaxLength));
        Assert.Equal("^[a-z]+$", settings.Pattern);
        Assert.Equal((1m, 9m), (settings.Min, settings.Max));
        Assert.Equal(["Country", "Member"], settings.AllowedTypes);
        Assert.Equal(["a", "b"], settings.Choices!.Select(c => c.Value));
    }

    [Fact]
    public void A_new_field_has_the_default_settings()
    {
        var editor = new ContentDefinitionEditor(ContentDefinitionSnapshot.Empty)
            .AlterPart("Sample", p => p.Field("Plain", FieldKinds.Text, "Plain", "Simple"));

        var settings = Assert.Single(editor.ChangedParts).Field("Plain")!.Settings;
        Assert.False(settings.Required);
        Assert.True(settings.Localized);
        Assert.False(settings.Indexed);
        Assert.Null(settings.MaxLength);
    }

    [Fact]
    public void A_new_type_is_made_of_its_parts_in_order_without_duplicates()
    {
        var editor = new ContentDefinitionEditor(ContentDefinitionSnapshot.Empty)
            .AlterType("Member", t => t.Part("Member").Part("Seo").Part("Member"));

        var type = Assert.Single(editor.ChangedTypes);
        Assert.Equal(["Member:0", "Seo:1"], type.Parts.Select(p => $"{p.Name}:{p.Position}"));
    }

    [Fact]
    public void The_type_builder_sets_every_setting()
    {
        var editor = new ContentDefinitionEditor(ContentDefinitionSnapshot.Empty).AlterType("Term", t => t
            .Label("Glossary term", "Terme du glossaire")
            .TitleLabel("Term", "Terme")
            .Creatable(false).Draftable(false).Versionable(false).Localizable().Listable(false).Private()
            .Routable("glossary", "glossaire"));

        var type = Assert.Single(editor.ChangedTypes);
        var settings = type.Settings;
        Assert.Equal("Terme du glossaire", type.Label.For("fr"));
        Assert.Equal("Term", settings.TitleLabel!.For("en"));
        Assert.False(settings.Creatable);
        Assert.False(settings.Draftable);
        Assert.False(settings.Versionable);
        Assert.True(settings.Localizable);
        Assert.False(settings.Listable);
        Assert.True(settings.Private);
        Assert.True(settings.Routable);
        Assert.Equal(("glossary", "glossaire"), (settings.RoutePrefix.For("en"), settings.RoutePrefix.For("fr")));
    }

    [Fact]
    public void A_top_level_page_type_has_empty_route_prefixes()
    {
        var editor = new ContentDefinitionEditor(ContentDefinitionSnapshot.Empty).AlterType("Page", t => t.Routable("", ""));

        var settings = Assert.Single(editor.ChangedTypes).Settings;
        Assert.True(settings.Routable);
        Assert.Equal("", settings.RoutePrefix.For("fr"));
    }

    [Fact]
    public void Changing_an_existing_type_works_on_a_copy()
    {
        var current = CurrentSite();
        var editor = new ContentDefinitionEditor(current).AlterType("Member", t => t.Part("Seo").Listable(false));

        var type = Assert.Single(editor.ChangedTypes);
        Assert.Equal(["Member", "Seo"], type.Parts.Select(p => p.Name));
        Assert.Equal(["Member"], current.Get("Member").Type.Parts.Select(p => p.Name));
        Assert.True(current.Get("Member").Settings.Listable);
    }

    [Fact]
    public void A_part_can_be_taken_off_a_type()
    {
        var editor = new ContentDefinitionEditor(CurrentSite()).AlterType("Member", t => t.Part("Seo").RemovePart("Member"));

        Assert.Equal(["Seo"], Assert.Single(editor.ChangedTypes).Parts.Select(p => p.Name));
    }

    [Fact]
    public void Removing_a_type_drops_its_staged_changes()
    {
        var editor = new ContentDefinitionEditor(CurrentSite())
            .AlterType("Member", t => t.Listable(false))
            .RemoveType("Member");

        Assert.Empty(editor.ChangedTypes);
        Assert.Equal(["Member"], editor.RemovedTypes);
    }

    [Fact]
    public void Altering_a_removed_type_brings_it_back()
    {
        var editor = new ContentDefinitionEditor(CurrentSite())
            .RemoveType("Member")
            .AlterType("Member", t => t.Listable(false));

        Assert.Empty(editor.RemovedTypes);
        Assert.Equal(["Member"], editor.ChangedTypes.Select(t => t.Name));
        Assert.Equal(["Member"], Assert.Single(editor.ChangedTypes).Parts.Select(p => p.Name));
    }

    [Fact]
    public void Parts_after_changes_are_the_current_parts_with_the_staged_ones_on_top()
    {
        var current = CurrentSite();
        var editor = new ContentDefinitionEditor(current)
            .AlterPart("Member", p => p.RemoveField("Motto"))
            .AlterPart("Seo", p => p.Field("MetaDescription", FieldKinds.Text, "Description", "Description"));

        var parts = editor.PartsAfterChanges();

        Assert.Equal(["Member", "Seo"], parts.Keys.Order(StringComparer.Ordinal));
        Assert.Null(parts["Member"].Field("Motto"));
        Assert.NotNull(current.Parts["Member"].Field("Motto"));
    }

    [Fact]
    public void Nothing_is_staged_until_something_is_altered()
    {
        var editor = new ContentDefinitionEditor(CurrentSite());

        Assert.Empty(editor.ChangedParts);
        Assert.Empty(editor.ChangedTypes);
        Assert.Empty(editor.RemovedTypes);
        Assert.Equal(["Member"], editor.PartsAfterChanges().Keys);
    }
}
