using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Routing;
using AllianceCms.Data.Entities;

namespace AllianceCms.Data.Content;

/// <summary>Copies between the stored row and the item model.</summary>
internal static class ContentRecordMapper
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static ContentItem ToItem(ContentItemRecord r) => new()
    {
        ContentItemId = r.ContentItemId,
        ContentItemVersionId = r.ContentItemVersionId,
        Number = r.Number,
        ContentType = r.ContentType,
        Culture = r.Culture,
        LocalizationSet = r.LocalizationSet,
        DisplayText = r.DisplayText,
        Slug = r.Slug,
        Latest = r.Latest,
        Published = r.Published,
        Owner = r.Owner,
        Author = r.Author,
        CreatedUtc = r.CreatedUtc,
        ModifiedUtc = r.ModifiedUtc,
        PublishedUtc = r.PublishedUtc,
        PublishAtUtc = r.PublishAtUtc,
        UnpublishAtUtc = r.UnpublishAtUtc,
        DeletedUtc = r.DeletedUtc,
        Content = JsonNode.Parse(r.Data) as JsonObject ?? [],
    };

    /// <summary>A new row for a version of the item (ids, number and flags as set on the item).</summary>
    public static ContentItemRecord ToRecord(ContentItem item) => new()
    {
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        Number = item.Number,
        ContentType = item.ContentType,
        Culture = item.Culture,
        LocalizationSet = item.LocalizationSet,
        DisplayText = item.DisplayText,
        DisplayTextNormalized = Normalize(item.DisplayText),
        Slug = item.Slug,
        Latest = item.Latest,
        Published = item.Published,
        Owner = item.Owner,
        Author = item.Author,
        CreatedUtc = item.CreatedUtc,
        ModifiedUtc = item.ModifiedUtc,
        PublishedUtc = item.PublishedUtc,
        PublishAtUtc = item.PublishAtUtc,
        UnpublishAtUtc = item.UnpublishAtUtc,
        DeletedUtc = item.DeletedUtc,
        Data = Serialize(item.ReadOnlyContent()),
    };

    public static string Serialize(JsonObject content) => content.ToJsonString(Compact);

    public static string Normalize(string displayText)
    {
        var folded = TextFolding.Fold(displayText);
        return folded.Length > 400 ? folded[..400] : folded;
    }
}
