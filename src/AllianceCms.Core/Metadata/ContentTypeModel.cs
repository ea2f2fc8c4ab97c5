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

    public (ContentPartDefinition Part, ContentFieldDefinition Field)? FindField(string part, string field)
    {
        var p = Parts.FirstOrDefault(x => x.Name == part);
        var f = p?.Field(field);
        return p is null || f is null ? null : (p, f);
    }
}
