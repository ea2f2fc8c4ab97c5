using AllianceCms.Data.Caching;

namespace AllianceCms.Tests.Integration.Content;

/// <summary>The stamps cached reads are checked against: they move exactly when what they depend on changed.</summary>
public sealed class ContentGenerationsTests
{
    [Fact]
    public void A_stamp_moves_when_one_of_its_types_changes_and_not_for_another_type()
    {
        var generations = new ContentGenerations();
        var stamp = generations.StampOf(["Member", "Country"]);
        generations.Bump(["NewsItem"]);
        Assert.Equal(stamp, generations.StampOf(["Member", "Country"]));
        generations.Bump(["Country"]);
        Assert.NotEqual(stamp, generations.StampOf(["Member", "Country"]));
    }

    [Fact]
    public void A_change_to_everything_moves_every_stamp_and_any_change_moves_the_stamp_of_no_types()
    {
        var generations = new ContentGenerations();
        var typed = generations.StampOf(["Member"]);
        var untyped = generations.StampOf(null);
        generations.Bump(["NewsItem"]);
        Assert.NotEqual(untyped, generations.StampOf(null));
        Assert.Equal(typed, generations.StampOf(["Member"]));
        generations.Bump([ContentGenerations.Everything]);
        Assert.NotEqual(typed, generations.StampOf(["Member"]));
    }
}
