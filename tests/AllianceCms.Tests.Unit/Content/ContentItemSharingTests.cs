using System.Text.Json.Nodes;
using AllianceCms.Core.Content;

namespace AllianceCms.Tests.Unit.Content;

/// <summary>
/// The read cache hands out sharing copies of one cached item: each caller may edit its copy, and no
/// edit reaches the cached item or another caller's copy.
/// </summary>
public sealed class ContentItemSharingTests
{
    private static ContentItem Parsed() => new()
    {
        ContentItemId = "member-a",
        DisplayText = "A",
        // Parsed from text, as the database gives it: its nodes are built on first access.
        Content = (JsonObject)JsonNode.Parse("""{ "Member": { "Population": 100, "Tags": ["x", "y"] } }""")!,
    };

    [Fact]
    public void A_field_set_on_one_copy_is_not_seen_by_the_cached_item_or_another_copy()
    {
        var cached = Parsed().SharingCopy();
        var mine = cached.SharingCopy();
        var theirs = cached.SharingCopy();

        mine.Set("Member", "Population", 5);
        ((JsonArray)mine.Content["Member"]!["Tags"]!).Add("z");

        Assert.Equal(5, mine.Get<int>("Member", "Population"));
        Assert.Equal(3, ((JsonArray)mine.Get("Member", "Tags")!).Count);
        foreach (var other in new[] { cached, theirs, cached.SharingCopy() })
        {
            Assert.Equal(100, other.Get<int>("Member", "Population"));
            Assert.Equal(2, ((JsonArray)other.Get("Member", "Tags")!).Count);
        }
    }

    [Fact]
    public void Replacing_the_content_of_a_copy_leaves_the_others_alone()
    {
        var cached = Parsed().SharingCopy();
        var mine = cached.SharingCopy();
        mine.Content = new JsonObject { ["Member"] = new JsonObject { ["Population"] = 1 } };
        Assert.Equal(1, mine.Get<int>("Member", "Population"));
        Assert.Equal(100, cached.SharingCopy().Get<int>("Member", "Population"));
    }

    [Fact]
    public void A_sharing_copy_of_an_edited_item_keeps_the_edit_and_later_edits_of_the_source_stay_out()
    {
        var source = Parsed();
        source.Set("Member", "Population", 7);
        var copy = source.SharingCopy();
        source.Set("Member", "Population", 8);
        Assert.Equal(7, copy.Get<int>("Member", "Population"));
        Assert.Equal(7, copy.SharingCopy().Get<int>("Member", "Population"));
    }

    [Fact]
    public void Reads_of_shared_content_from_many_threads_see_the_same_values()
    {
        var cached = Parsed().SharingCopy();
        var sums = new int[64];
        Parallel.For(0, sums.Length, i =>
        {
            var copy = cached.SharingCopy();
            var tags = (JsonArray)copy.ReadOnlyContent()["Member"]!["Tags"]!;
            sums[i] = copy.Get<int>("Member", "Population") + tags.Count;
        });
        Assert.All(sums, s => Assert.Equal(102, s));
    }

    [Fact]
    public void Clone_is_a_detached_copy_of_shared_content()
    {
        var cached = Parsed().SharingCopy();
        var clone = cached.SharingCopy().Clone();
        clone.Set("Member", "Population", 1);
        Assert.Equal(100, cached.Get<int>("Member", "Population"));
        Assert.Equal(1, clone.Get<int>("Member", "Population"));
    }
}
