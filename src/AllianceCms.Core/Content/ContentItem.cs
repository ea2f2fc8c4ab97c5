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

    private JsonObject? _content = [];

    // Content shared with other copies (see SharingCopy): fully built and never modified; the first
    // read of Content takes a private copy of it, since that caller may edit what it gets.
    private JsonObject? _shared;

    public JsonObject Content
    {
        get => _content ??= (JsonObject)_shared!.DeepClone();
        set
        {
            _content = value;
            _shared = null;
        }
    }

    /// <summary>The parts and fields to read, without copying shared content: never modify what it returns.</summary>
    public JsonObject ReadOnlyContent() => _content ?? _shared!;

    public bool IsDeleted => DeletedUtc is not null;

    public JsonNode? Get(string part, string field) => (ReadOnlyContent()[part] as JsonObject)?[field];

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
        copy.Content = (JsonObject)ReadOnlyContent().DeepClone();
        return copy;
    }

    /// <summary>
    /// A copy for caches: its content is built in full once and then shared, read-only, with every
    /// sharing copy taken of it, until one of them reads <see cref="Content"/> to edit it. Reading a
    /// shared item from many threads is safe because nothing in it is built lazily any more.
    /// </summary>
    public ContentItem SharingCopy()
    {
        var copy = (ContentItem)MemberwiseClone();
        if (_content is not null)
        {
            var shared = (JsonObject)_content.DeepClone();
            BuildFully(shared);
            copy._shared = shared;
            copy._content = null;
        }
        return copy;
    }

    // Nodes parsed from text build their children on first access, which is not thread-safe: walk them all once.
    private static void BuildFully(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj) BuildFully(child);
                break;
            case JsonArray array:
                foreach (var child in array) BuildFully(child);
                break;
        }
    }
}
