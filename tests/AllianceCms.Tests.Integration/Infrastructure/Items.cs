using System.Text.Json.Nodes;
using AllianceCms.Core.Content;

namespace AllianceCms.Tests.Integration.Infrastructure;

/// <summary>Builders for items the tests store, with unique names so tests sharing a site don't collide.</summary>
public static class Items
{
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<ContentItem> NewCountryAsync(IContentManager content, string name, string alpha2 = "ZZ", string culture = "en")
    {
        var item = await content.NewAsync("Country", culture);
        item.DisplayText = name;
        item.Set("Country", "Alpha2", alpha2).Set("Country", "Alpha3", alpha2 + "Z").Set("Country", "CoeMemberSince", 1990);
        return item;
    }

    public static async Task<ContentItem> NewMemberAsync(IContentManager content, string name, string countryId, string culture = "en")
    {
        var item = await content.NewAsync("Member", culture);
        item.DisplayText = name;
        item.Set("Member", "AuthorityType", "city").Set("Member", "Country", new JsonArray(countryId)).Set("Member", "Status", "active");
        return item;
    }

    public static async Task<ContentItem> NewNewsAsync(IContentManager content, string title, string date = "2026-01-15", string kind = "news", string culture = "en")
    {
        var item = await content.NewAsync("NewsItem", culture);
        item.DisplayText = title;
        item.Set("NewsItem", "PublicationDate", date).Set("NewsItem", "Kind", kind).Set("NewsItem", "Body", "<p>Text</p>");
        return item;
    }

    /// <summary>Stores the item and fails the test with the errors when that did not work.</summary>
    public static async Task<ContentItem> CreatedAsync(this Task<ContentResult> operation)
    {
        var result = await operation;
        Assert.True(result.Succeeded, $"{result.Outcome}: {string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Message}"))}");
        return result.Item!;
    }
}
