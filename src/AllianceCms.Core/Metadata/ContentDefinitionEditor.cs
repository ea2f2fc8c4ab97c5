using System.Text.Json;
using AllianceCms.Core.Localization;

namespace AllianceCms.Core.Metadata;

/// <summary>
/// Stages changes to definitions (from a module migration, a recipe or the admin) on copies of the
/// current ones; the caller validates and stores what changed.
/// </summary>
public sealed class ContentDefinitionEditor(ContentDefinitionSnapshot current)
{
    private readonly Dictionary<string, ContentPartDefinition> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentTypeDefinition> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removedTypes = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ContentPartDefinition> ChangedParts => _parts.Values;
    public IReadOnlyCollection<ContentTypeDefinition> ChangedTypes => _types.Values;
    public IReadOnlyCollection<string> RemovedTypes => _removedTypes;

    public ContentDefinitionEditor AlterPart(string name, Action<PartBuilder> alter)
    {
        if (!_parts.TryGetValue(name, out var part))
        {
            part = current.Parts.TryGetValue(name, out var existing) ? Copy(existing) : new ContentPartDefinition { Name = name };
            _parts[name] = part;
        }
        alter(new PartBuilder(part));
        return this;
    }

    public ContentDefinitionEditor AlterType(string name, Action<TypeBuilder> alter)
    {
        if (!_types.TryGetValue(name, out var type))
        {
            type = current.Find(name) is { } existing ? Copy(existing.Type) : new ContentTypeDefinition { Name = name };
            _types[name] = type;
        }
        _removedTypes.Remove(name);
        alter(new TypeBuilder(type));
        return this;
    }

    public ContentDefinitionEditor RemoveType(string name)
    {
        _types.Remove(name);
        _removedTypes.Add(name);
        return this;
    }

    /// <summary>Parts after the staged changes, for validating the staged types against them.</summary>
    public IReadOnlyDictionary<string, ContentPartDefinition> PartsAfterChanges()
    {
        var all = current.Parts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, part) in _parts) all[name] = part;
        return all;
    }

    private static T Copy<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;
}

public sealed class PartBuilder(ContentPartDefinition part)
{
    public PartBuilder Label(string en, string fr)
    {
        part.Label = new LocalizedText(en, fr);
        return this;
    }

    /// <summary>Adds the field or changes the existing one of that name.</summary>
    public PartBuilder Field(string name, string kind, string labelEn, string labelFr, Action<FieldBuilder>? configure = null)
    {
        var field = part.Field(name);
        if (field is null)
        {
            // After the last one, even when removals left gaps in the positions.
            field = new ContentFieldDefinition { Name = name, Position = part.Fields.Count == 0 ? 0 : part.Fields.Max(f => f.Position) + 1 };
            part.Fields.Add(field);
        }
        field.Kind = kind;
        field.Label = new LocalizedText(labelEn, labelFr);
        part.RemovedFields.Remove(name);
        configure?.Invoke(new FieldBuilder(field.Settings));
        return this;
    }

    /// <summary>Replaces every setting of an existing field (an editor's form holds them all).</summary>
    public PartBuilder FieldSettings(string name, FieldSettings settings)
    {
        if (part.Field(name) is { } field) field.Settings = settings;
        return this;
    }

    /// <summary>Moves a field up (negative offset) or down among the part's fields; positions are renumbered.</summary>
    public PartBuilder MoveField(string name, int offset)
    {
        var ordered = part.Fields.OrderBy(f => f.Position).ToList();
        var index = ordered.FindIndex(f => f.Name == name);
        var target = index + offset;
        if (index >= 0 && target >= 0 && target < ordered.Count)
        {
            (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        }
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i;
        part.Fields = ordered;
        return this;
    }

    /// <summary>Forgets a removed field once its stored values are purged, so that its name is free again.</summary>
    public PartBuilder ForgetRemovedField(string name)
    {
        part.RemovedFields.Remove(name);
        return this;
    }

    /// <summary>Removes the field from the definition; stored values stay until purged.</summary>
    public PartBuilder RemoveField(string name)
    {
        if (part.Fields.RemoveAll(f => f.Name == name) > 0 && !part.RemovedFields.Contains(name))
            part.RemovedFields.Add(name);
        return this;
    }
}

public sealed class FieldBuilder(FieldSettings settings)
{
    public FieldBuilder Required() { settings.Required = true; return this; }
    public FieldBuilder Shared() { settings.Localized = false; return this; }
    public FieldBuilder Indexed() { settings.Indexed = true; return this; }
    public FieldBuilder Private() { settings.Private = true; return this; }
    public FieldBuilder Multiline() { settings.Multiline = true; return this; }
    public FieldBuilder Multiple() { settings.Multiple = true; return this; }
    public FieldBuilder Decimal() { settings.Decimal = true; return this; }
    public FieldBuilder Hint(string en, string fr) { settings.Hint = new LocalizedText(en, fr); return this; }
    public FieldBuilder Length(int? min = null, int? max = null) { settings.MinLength = min; settings.MaxLength = max; return this; }
    public FieldBuilder Pattern(string regex) { settings.Pattern = regex; return this; }
    public FieldBuilder Range(decimal? min = null, decimal? max = null) { settings.Min = min; settings.Max = max; return this; }
    public FieldBuilder AllowedTypes(params string[] types) { settings.AllowedTypes = [.. types]; return this; }
    public FieldBuilder Choices(params FieldChoice[] choices) { settings.Choices = [.. choices]; return this; }
}

public sealed class TypeBuilder(ContentTypeDefinition type)
{
    public TypeBuilder Label(string en, string fr) { type.Label = new LocalizedText(en, fr); return this; }
    public TypeBuilder TitleLabel(string en, string fr) { type.Settings.TitleLabel = new LocalizedText(en, fr); return this; }
    public TypeBuilder Creatable(bool value = true) { type.Settings.Creatable = value; return this; }
    public TypeBuilder Draftable(bool value = true) { type.Settings.Draftable = value; return this; }
    public TypeBuilder Versionable(bool value = true) { type.Settings.Versionable = value; return this; }
    public TypeBuilder Localizable(bool value = true) { type.Settings.Localizable = value; return this; }
    public TypeBuilder Listable(bool value = true) { type.Settings.Listable = value; return this; }
    public TypeBuilder Private(bool value = true) { type.Settings.Private = value; return this; }

    /// <summary>Items get a slug per culture under these path prefixes (empty for top-level pages).</summary>
    public TypeBuilder Routable(string prefixEn, string prefixFr)
    {
        type.Settings.Routable = true;
        type.Settings.RoutePrefix = new LocalizedText(prefixEn, prefixFr);
        return this;
    }

    /// <summary>Replaces every setting of the type (an editor's form holds them all).</summary>
    public TypeBuilder Settings(ContentTypeSettings settings) { type.Settings = settings; return this; }

    /// <summary>Moves a part up (negative offset) or down among the type's parts; positions are renumbered.</summary>
    public TypeBuilder MovePart(string name, int offset)
    {
        var ordered = type.Parts.OrderBy(p => p.Position).ToList();
        var index = ordered.FindIndex(p => p.Name == name);
        var target = index + offset;
        if (index >= 0 && target >= 0 && target < ordered.Count)
        {
            (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        }
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i;
        type.Parts = ordered;
        return this;
    }

    public TypeBuilder Part(string name)
    {
        if (type.Parts.All(p => p.Name != name))
            type.Parts.Add(new ContentTypePartReference { Name = name, Position = type.Parts.Count == 0 ? 0 : type.Parts.Max(p => p.Position) + 1 });
        return this;
    }

    public TypeBuilder RemovePart(string name)
    {
        type.Parts.RemoveAll(p => p.Name == name);
        return this;
    }
}
