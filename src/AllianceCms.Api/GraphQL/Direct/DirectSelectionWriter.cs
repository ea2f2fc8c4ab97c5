using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace AllianceCms.Api.GraphQL.Direct;

/// <summary>
/// Writes the answer to a compiled selection straight from the items, in two steps: the references of
/// every source, and the facts of the media files it reads, are loaded a level at a time (one query each
/// per level, as the batch loaders do when each field runs on its own), then the JSON is written without
/// awaiting anything. Writing stops at the first
/// value GraphQL would turn into an error (null where the type forbids it, an item of no known type): the
/// caller then runs the selection field by field, which reports it as GraphQL says.
/// </summary>
internal sealed class DirectSelectionWriter(
    ContentGraphContext graph, ContentVariantsLoader loader, ISchema schema, JsonSerializerOptions options,
    IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? argumentValues)
{
    // The items each reference of each source leads to, picked once when loading and read again when writing.
    private readonly Dictionary<(DirectEntry, ContentItem), List<ContentItem>> _targets = new(ReferencePairs.Instance);

    public async Task LoadReferencesAsync(DirectSelection selection, IReadOnlyCollection<object> sources, CancellationToken ct)
    {
        var level = new List<(DirectSelection Selection, object Source)>(sources.Count);
        foreach (var source in sources) level.Add((selection, source));
        while (level.Count > 0)
        {
            var references = new List<(DirectEntry Entry, ContentItem Item, IReadOnlyList<string> Ids)>(level.Count);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var files = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (levelSelection, source) in level) CollectReferences(levelSelection, source, references, ids, files);
            if (files.Count > 0) await graph.MediaFiles.EnsureLoadedAsync(files, ct);
            if (references.Count == 0) return;
            await loader.EnsureLoadedAsync(ids, ct);

            level = new List<(DirectSelection, object)>(references.Count);
            foreach (var (entry, item, itemIds) in references)
            {
                var targets = ((DirectLink)entry.Field!).Pick(item, itemIds, loader.Loaded, graph, ArgumentsOf(entry));
                _targets[(entry, item)] = targets;
                foreach (var target in targets) level.Add((entry.Child!, target));
            }
        }
    }

    /// <summary>What a source's selection needs loaded: the ids its references hold, the media files whose facts it reads.</summary>
    private void CollectReferences(DirectSelection selection, object source, List<(DirectEntry, ContentItem, IReadOnlyList<string>)> references, HashSet<string> ids, HashSet<string> files)
    {
        if (selection.PlanFor(source, schema) is not { } plan) return;
        foreach (var entry in plan.Entries)
        {
            switch (entry.Kind)
            {
                case DirectEntryKind.Leaf when ((DirectLeaf)entry.Field!).MediaFile is { } file:
                    files.Add(file(source));
                    break;
                case DirectEntryKind.Part:
                    CollectReferences(entry.Child!, source, references, ids, files);
                    break;
                case DirectEntryKind.ValueObject when ((DirectValueObject)entry.Field!).Read(source) is { } inner:
                    if (!entry.IsList) CollectReferences(entry.Child!, inner, references, ids, files);
                    else if (inner is IEnumerable items and not string)
                        foreach (var item in items)
                            if (item is not null) CollectReferences(entry.Child!, item, references, ids, files);
                    break;
                case DirectEntryKind.Reference when source is ContentItem item:
                    var targets = ((DirectLink)entry.Field!).Ids(item);
                    if (targets.Count == 0) break;
                    references.Add((entry, item, targets));
                    ids.UnionWith(targets);
                    break;
            }
        }
    }

    private List<ContentItem> Targets(DirectEntry entry, ContentItem item)
    {
        if (_targets.TryGetValue((entry, item), out var found)) return found;
        var link = (DirectLink)entry.Field!;
        var ids = link.Ids(item);
        return ids.Count == 0 ? [] : link.Pick(item, ids, loader.Loaded, graph, ArgumentsOf(entry));
    }

    /// <summary>A field's arguments: those the query writes, or this request's values of its variables.</summary>
    private IDictionary<string, ArgumentValue>? ArgumentsOf(DirectEntry entry) =>
        entry.ArgumentsFrom is { } field ? argumentValues?.GetValueOrDefault(field) : entry.Arguments;

    /// <summary>Writes one source as an object of the selection; false when GraphQL would answer with an error.</summary>
    public bool TryWriteObject(Utf8JsonWriter writer, DirectSelection selection, object source)
    {
        if (selection.PlanFor(source, schema) is not { } plan) return false;
        writer.WriteStartObject();
        foreach (var entry in plan.Entries)
        {
            writer.WritePropertyName(entry.Name);
            var written = entry.Kind switch
            {
                DirectEntryKind.TypeName => WriteString(writer, plan.TypeName),
                DirectEntryKind.Leaf => TryWriteLeaf(writer, entry, (DirectLeaf)entry.Field!, source),
                DirectEntryKind.Part => TryWriteObject(writer, entry.Child!, source),
                DirectEntryKind.ValueObject => TryWriteValueObject(writer, entry, ((DirectValueObject)entry.Field!).Read(source)),
                _ => TryWriteReference(writer, entry, (ContentItem)source),
            };
            if (!written) return false;
        }
        writer.WriteEndObject();
        return true;
    }

    /// <summary>Writes sources as a list of objects of the selection.</summary>
    public bool TryWriteList(Utf8JsonWriter writer, DirectSelection selection, IEnumerable sources, bool itemsNonNull)
    {
        writer.WriteStartArray();
        foreach (var source in sources)
        {
            if (source is null)
            {
                if (itemsNonNull) return false;
                writer.WriteNullValue();
            }
            else if (!TryWriteObject(writer, selection, source)) return false;
        }
        writer.WriteEndArray();
        return true;
    }

    private bool TryWriteNullable(Utf8JsonWriter writer, DirectEntry entry, object? source)
    {
        if (source is not null) return TryWriteObject(writer, entry.Child!, source);
        writer.WriteNullValue();
        return !entry.NonNull;
    }

    private bool TryWriteValueObject(Utf8JsonWriter writer, DirectEntry entry, object? value) =>
        !entry.IsList ? TryWriteNullable(writer, entry, value)
        : value is IEnumerable items and not string ? TryWriteList(writer, entry.Child!, items, entry.ItemsNonNull)
        : TryWriteNullable(writer, entry, null);

    private bool TryWriteReference(Utf8JsonWriter writer, DirectEntry entry, ContentItem item)
    {
        var targets = Targets(entry, item);
        return entry.IsList
            ? TryWriteList(writer, entry.Child!, targets, entry.ItemsNonNull)
            : TryWriteNullable(writer, entry, targets.Count > 0 ? targets[0] : null);
    }

    private bool TryWriteLeaf(Utf8JsonWriter writer, DirectEntry entry, DirectLeaf leaf, object source)
    {
        if (leaf.Stored is { } stored) return TryWriteStored(writer, entry, leaf.Shape, stored(source));

        var scalar = entry.Scalar!;
        var value = leaf.Read(source, graph, ArgumentsOf(entry));
        if (value is null)
        {
            writer.WriteNullValue();
            return !entry.NonNull;
        }
        if (!entry.IsList) return TryWriteScalar(writer, scalar, value, entry.NonNull);
        if (value is not IEnumerable items || value is string) return false;
        writer.WriteStartArray();
        foreach (var item in items)
            if (!TryWriteScalar(writer, scalar, item, entry.ItemsNonNull)) return false;
        writer.WriteEndArray();
        return true;
    }

    /// <summary>Writes stored strings as they are, read as <see cref="FieldValues"/> reads them.</summary>
    private static bool TryWriteStored(Utf8JsonWriter writer, DirectEntry entry, StoredShape shape, JsonNode? stored)
    {
        if (shape == StoredShape.Strings)
        {
            writer.WriteStartArray();
            if (stored is JsonArray array)
            {
                foreach (var item in array)
                    if (FieldValues.Text(item) is { } text) text.WriteTo(writer);
            }
            else
            {
                FieldValues.Text(stored)?.WriteTo(writer);
            }
            writer.WriteEndArray();
            return true;
        }

        var value = shape == StoredShape.FirstString ? FieldValues.FirstText(stored) : FieldValues.Text(stored);
        if (value is not null)
        {
            value.WriteTo(writer);
            return true;
        }
        writer.WriteNullValue();
        return !entry.NonNull;
    }

    private bool TryWriteScalar(Utf8JsonWriter writer, ScalarGraphType scalar, object? value, bool nonNull)
    {
        if (value is DateTime moment && scalar is DateTimeGraphType)
        {
            // What DateTimeGraphType.Serialize makes of it, without the string (DirectDateTimeTests).
            writer.WriteStringValue(moment);
            return true;
        }
        var serialized = value is null ? null : scalar.Serialize(value);
        GraphQLValueWriter.Write(writer, serialized, options);
        return serialized is not null || !nonNull;
    }

    private static bool WriteString(Utf8JsonWriter writer, string value)
    {
        writer.WriteStringValue(value);
        return true;
    }

    /// <summary>A reference of one item, told apart by identity: copies of one item are different sources.</summary>
    private sealed class ReferencePairs : IEqualityComparer<(DirectEntry Entry, ContentItem Item)>
    {
        public static readonly ReferencePairs Instance = new();

        public bool Equals((DirectEntry Entry, ContentItem Item) x, (DirectEntry Entry, ContentItem Item) y) =>
            ReferenceEquals(x.Entry, y.Entry) && ReferenceEquals(x.Item, y.Item);

        public int GetHashCode((DirectEntry Entry, ContentItem Item) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Entry), RuntimeHelpers.GetHashCode(pair.Item));
    }
}
