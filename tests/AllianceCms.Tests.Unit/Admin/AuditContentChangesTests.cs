using System.Text.Json.Nodes;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;

namespace AllianceCms.Tests.Unit.Admin;

public sealed class AuditContentChangesTests
{
    private static ContentItem Item(string title, JsonObject content) => new() { DisplayText = title, Content = content };

    [Fact]
    public void Only_the_fields_that_differ_are_listed_with_their_old_and_new_values()
    {
        var before = Item("Tivat", new JsonObject { ["Member"] = new JsonObject { ["Population"] = 14100, ["Status"] = "active", ["Site"] = "x" } });
        var after = Item("Tivat (ME)", new JsonObject { ["Member"] = new JsonObject { ["Population"] = 14200, ["Status"] = "active", ["Logo"] = new JsonArray("a.png") } });

        var changes = ContentChanges.Compare(before, after);

        Assert.Equal(
            [new FieldChange("DisplayText", "Tivat", "Tivat (ME)"), new FieldChange("Member.Logo", null, "[\"a.png\"]"),
             new FieldChange("Member.Population", "14100", "14200"), new FieldChange("Member.Site", "x", null)],
            changes);
    }

    [Fact]
    public void Long_values_are_cut_and_a_first_version_has_no_changes()
    {
        var before = Item("A", new JsonObject { ["P"] = new JsonObject { ["Body"] = new string('a', 2000) } });
        var after = Item("A", new JsonObject { ["P"] = new JsonObject { ["Body"] = new string('b', 2000) } });

        var change = Assert.Single(ContentChanges.Compare(before, after));

        Assert.Equal(ContentChanges.MaxValueLength + 1, change.After!.Length);
        Assert.EndsWith("…", change.After);
        Assert.Empty(ContentChanges.Compare(null, after));
    }
}
