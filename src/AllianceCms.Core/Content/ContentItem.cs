using System.Text.Json.Nodes;

namespace AllianceCms.Core.Content;

/// <summary>
/// One version of one culture variant of a content item. Parts and fields live in <see cref="Content"/>
/// as JSON: <c>{ "Member": { "Population": 14100 } }</c>, so adding a field needs no schema change.
/// </summary>
public sealed class ContentItem
{
    /// <summary>Stable id of this culture variant across all its versions.</summary>
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public int Number { get; set; }
    public string ContentType { get; set; } = "";
    public string Culture { get; set; } = "";

    /// <summary>Shared by the culture variants of one item; the first variant's id.</summary>
    public string LocalizationSet { get; set; } = "";

    public string DisplayText { get; set; } = "";
    public string? Slug { get; set; }

    public bool Latest { get; set; }
    public bool Published { get; set; }

    public string? Owner { get; set; }
    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? PublishAtUtc { get; set; }
    public DateTime? UnpublishAtUtc { get; set; }
    public DateTime? DeletedUtc { get; set; }

    public JsonObject Content { get; set; } = [];

    public bool IsDeleted => DeletedUtc is not null;

    public JsonNode? Get(string part, string field) => (Content[part] as JsonObject)?[field];

    public T? Get<T>(string part, string field)
    {
        var node = Get(part, field);
        if (node is null) return default;
        try { return node.GetValue<T>(); }
        catch (Exception e) when (e is InvalidOperationException or FormatException) { return default; }
    }

    /// <summary>Sets a field value; null removes it.</summary>
    public ContentItem Set(string part, string field, JsonNode? value)
    {
        if (Content[part] is not JsonObject partNode)
        {
            partNode = [];
            Content[part] = partNode;
        }
        if (value is null) partNode.Remove(field);
        else partNode[field] = value.Parent is null ? value : value.DeepClone();
        return this;
    }

    /// <summary>A detached copy to edit without touching this instance.</summary>
    public ContentItem Clone()
    {
        var copy = (ContentItem)MemberwiseClone();
        copy.Content = (JsonObject)Content.DeepClone();
        return copy;
    }
}
