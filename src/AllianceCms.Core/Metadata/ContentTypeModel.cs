namespace AllianceCms.Core.Metadata;

/// <summary>A type with its parts resolved: what the content manager, editors and APIs work from.</summary>
public sealed class ContentTypeModel(ContentTypeDefinition type, IReadOnlyList<ContentPartDefinition> parts)
{
    public ContentTypeDefinition Type { get; } = type;
    public IReadOnlyList<ContentPartDefinition> Parts { get; } = parts;
    public string Name => Type.Name;
    public ContentTypeSettings Settings => Type.Settings;

    /// <summary>Every field of the type with the part it belongs to, in display order.</summary>
    public IEnumerable<(ContentPartDefinition Part, ContentFieldDefinition Field)> Fields =>
        Parts.SelectMany(p => p.Fields.OrderBy(f => f.Position).Select(f => (p, f)));

    // Read for every field a page shows: loops, not LINQ with closures.
    public (ContentPartDefinition Part, ContentFieldDefinition Field)? FindField(string part, string field)
    {
        foreach (var p in Parts)
        {
            if (p.Name != part) continue;
            return p.Field(field) is { } f ? (p, f) : null;
        }
        return null;
    }
}
