using AllianceCms.Core.Metadata;

namespace AllianceCms.Tests.Unit.Metadata;

/// <summary>What the admin's content types editor asks of the definition editor: order, settings, forgotten fields.</summary>
public sealed class ContentDefinitionEditorReorderTests
{
    private static ContentDefinitionSnapshot Site()
    {
        var part = new ContentPartDefinition
        {
            Name = "Leaflet",
            Fields =
            [
                new ContentFieldDefinition { Name = "A", Position = 0 },
                new ContentFieldDefinition { Name = "B", Position = 1 },
                new ContentFieldDefinition { Name = "C", Position = 2 },
            ],
            RemovedFields = ["Old"],
        };
        var type = new ContentTypeDefinition
        {
            Name = "Leaflet",
            Parts = [new ContentTypePartReference { Name = "Leaflet", Position = 0 }, new ContentTypePartReference { Name = "Extra", Position = 1 }],
        };
        return new ContentDefinitionSnapshot(1, [type], [part, new ContentPartDefinition { Name = "Extra" }]);
    }

    private static IEnumerable<string> Order(ContentPartDefinition part) => part.Fields.OrderBy(f => f.Position).Select(f => f.Name);

    [Fact]
    public void Moving_a_field_swaps_it_with_its_neighbour_and_stops_at_the_ends()
    {
        var editor = new ContentDefinitionEditor(Site());
        editor.AlterPart("Leaflet", p => p.MoveField("C", -1).MoveField("A", -1));

        Assert.Equal(["A", "C", "B"], Order(editor.ChangedParts.Single()));
        Assert.Equal([0, 1, 2], editor.ChangedParts.Single().Fields.Select(f => f.Position));
    }

    [Fact]
    public void A_field_added_after_a_removal_goes_last()
    {
        var editor = new ContentDefinitionEditor(Site());
        editor.AlterPart("Leaflet", p => p.RemoveField("A").Field("D", FieldKinds.Text, "D", "D"));

        Assert.Equal(["B", "C", "D"], Order(editor.ChangedParts.Single()));
        Assert.Contains("A", editor.ChangedParts.Single().RemovedFields);
    }

    [Fact]
    public void Settings_are_replaced_whole_and_a_purged_field_is_forgotten()
    {
        var editor = new ContentDefinitionEditor(Site());
        editor.AlterPart("Leaflet", p => p.FieldSettings("B", new FieldSettings { Required = true, Localized = false }).ForgetRemovedField("Old"));

        var part = editor.ChangedParts.Single();
        Assert.True(part.Field("B")!.Settings.Required);
        Assert.False(part.Field("B")!.Settings.Localized);
        Assert.Empty(part.RemovedFields);
    }

    [Fact]
    public void Moving_a_part_reorders_the_type_and_its_settings_are_replaced()
    {
        var editor = new ContentDefinitionEditor(Site());
        editor.AlterType("Leaflet", t => t.MovePart("Extra", -1).Settings(new ContentTypeSettings { Creatable = false, Routable = true }));

        var type = editor.ChangedTypes.Single();
        Assert.Equal(["Extra", "Leaflet"], type.Parts.OrderBy(p => p.Position).Select(p => p.Name));
        Assert.False(type.Settings.Creatable);
        Assert.True(type.Settings.Routable);
    }
}
