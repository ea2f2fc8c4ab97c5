using AllianceCms.Api.Access;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Api.Model;

/// <summary>
/// The content definitions as one reader sees them: the types and fields it may read, and what
/// lists can filter and sort on. REST, OpenAPI and GraphQL are all generated from this, so they
/// agree on what is visible. Built once per definitions snapshot and reader key.
/// </summary>
public sealed class ApiContentModel
{
    private readonly Dictionary<string, ApiType> _types;

    public ApiContentModel(ContentDefinitionSnapshot snapshot, ApiReader reader)
    {
        Snapshot = snapshot;
        ReaderKey = reader.Key;
        var visible = snapshot.Types.Where(reader.CanRead).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        _types = snapshot.Types.Where(t => visible.Contains(t.Name))
            .ToDictionary(t => t.Name, t => new ApiType(t, reader, visible), StringComparer.Ordinal);
        Types = [.. _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    public ContentDefinitionSnapshot Snapshot { get; }
    public string ReaderKey { get; }
    public IReadOnlyList<ApiType> Types { get; }

    public ApiType? Find(string name) => _types.GetValueOrDefault(name);

    /// <summary>A visible type whose name differs only in case, to suggest in a "not found" answer.</summary>
    public string? Suggest(string name) =>
        Types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))?.Name;
}

/// <summary>A content type with the parts and fields one reader may see.</summary>
public sealed class ApiType
{
    private readonly Dictionary<string, ApiField> _fields;

    internal ApiType(ContentTypeModel model, ApiReader reader, IReadOnlySet<string> visibleTypes)
    {
        Model = model;
        Parts = model.Parts
            .Select(p => new ApiPart(p, p.Fields.OrderBy(f => f.Position)
                .Where(reader.CanRead)
                .Select(f => new ApiField(p, f, ReferenceTargets(f, visibleTypes)))
                // A reference that can only point at types the reader may not see is hidden whole.
                .Where(f => !f.IsReference || f.Targets.Count > 0)
                .ToList()))
            .ToList();
        Fields = Parts.SelectMany(p => p.Fields).ToList();
        _fields = Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    public ContentTypeModel Model { get; }
    public string Name => Model.Name;
    public IReadOnlyList<ApiPart> Parts { get; }
    public IReadOnlyList<ApiField> Fields { get; }

    /// <summary>Fields that lists can filter and sort on.</summary>
    public IEnumerable<ApiField> Indexed => Fields.Where(f => f.IsIndexed);

    public ApiField? FindField(string path) => _fields.GetValueOrDefault(path);

    private static IReadOnlyList<string> ReferenceTargets(ContentFieldDefinition field, IReadOnlySet<string> visibleTypes)
    {
        if (field.Kind != FieldKinds.ContentReference) return [];
        var allowed = field.Settings.AllowedTypes is { Count: > 0 } types ? types : [.. visibleTypes];
        return allowed.Where(visibleTypes.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}

public sealed record ApiPart(ContentPartDefinition Definition, IReadOnlyList<ApiField> Fields)
{
    public string Name => Definition.Name;
}

/// <summary>A visible field; <see cref="Path"/> ("Member.Country") is how filters, sorts and expansions name it.</summary>
public sealed class ApiField(ContentPartDefinition part, ContentFieldDefinition definition, IReadOnlyList<string> targets)
{
    public ContentPartDefinition Part { get; } = part;
    public ContentFieldDefinition Definition { get; } = definition;
    public string Path { get; } = $"{part.Name}.{definition.Name}";
    public string Name => Definition.Name;
    public string Kind => Definition.Kind;
    public FieldSettings Settings => Definition.Settings;
    public bool IsIndexed => Settings.Indexed && Kind != FieldKinds.GeoPoint;
    public bool IsReference => Kind == FieldKinds.ContentReference;

    /// <summary>Types a reference may point at that the reader can see.</summary>
    public IReadOnlyList<string> Targets { get; } = targets;

    /// <summary>Whether the stored value is a list: several choices, tags, or any id list (references, media, users).</summary>
    public bool IsList => Kind is FieldKinds.Tags or FieldKinds.ContentReference or FieldKinds.Media or FieldKinds.User
        || (Kind == FieldKinds.Choice && Settings.Multiple);
}
