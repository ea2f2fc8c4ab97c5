namespace AllianceCms.Core.Metadata;

/// <summary>An immutable view of every definition, swapped whole when a definition changes.</summary>
public sealed class ContentDefinitionSnapshot
{
    private readonly Dictionary<string, ContentTypeModel> _types;

    public ContentDefinitionSnapshot(long version, IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts)
    {
        Version = version;
        Parts = parts.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _types = types.ToDictionary(
            t => t.Name,
            t => new ContentTypeModel(t, t.Parts.OrderBy(r => r.Position)
                .Select(r => Parts.TryGetValue(r.Name, out var part) ? part : new ContentPartDefinition { Name = r.Name })
                .ToList()),
            StringComparer.Ordinal);
    }

    public static ContentDefinitionSnapshot Empty { get; } = new(0, [], []);

    public long Version { get; }
    public IReadOnlyDictionary<string, ContentPartDefinition> Parts { get; }
    public IEnumerable<ContentTypeModel> Types => _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    public ContentTypeModel? Find(string type) => _types.GetValueOrDefault(type);

    public ContentTypeModel Get(string type) =>
        Find(type) ?? throw new UnknownContentTypeException(type);
}

public sealed class UnknownContentTypeException(string type)
    : InvalidOperationException($"The content type '{type}' is not defined.")
{
    public string ContentType { get; } = type;
}
