using System.Text.Json.Nodes;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;

namespace AllianceCms.Api.GraphQL.Direct;

/// <summary>
/// How a field of the generated schema is read without an execution node of its own, kept in the
/// field's metadata. The field's resolver reads through the same object, so that a selection written
/// directly (<see cref="DirectSelectionWriter"/>) and one executed field by field give the same answer.
/// </summary>
internal abstract class DirectField
{
    private const string MetadataKey = "direct";

    public static DirectField? Of(FieldType field) => field.GetMetadata<DirectField?>(MetadataKey);

    public FieldType Attach(FieldType field)
    {
        field.WithMetadata(MetadataKey, this);
        return field;
    }
}

/// <summary>
/// A scalar (or list of scalars) read from the source object: an item, or a value object such as a point.
/// A field stored as JSON strings also gives its stored value and how it is answered, so that the strings
/// are written from the stored JSON without becoming .NET strings in between.
/// </summary>
internal sealed class DirectLeaf : DirectField
{
    private readonly Func<object, ContentGraphContext, IDictionary<string, ArgumentValue>?, object?> _read;

    public DirectLeaf(Func<object, ContentGraphContext, object?> read, Func<object, JsonNode?>? stored = null, StoredShape shape = StoredShape.None)
    {
        _read = (source, context, _) => read(source, context);
        Stored = shape == StoredShape.None ? null : stored;
        Shape = shape;
    }

    /// <summary>A leaf with arguments, given as literals or by variables (read on each request when written directly).</summary>
    public DirectLeaf(Func<object, ContentGraphContext, IDictionary<string, ArgumentValue>?, object?> read)
    {
        _read = read;
        TakesArguments = true;
    }

    public bool TakesArguments { get; }

    /// <summary>The media file whose facts this leaf reads, loaded with the level's references when written directly.</summary>
    public Func<object, string>? MediaFile { get; init; }

    public Func<object, JsonNode?>? Stored { get; }

    public StoredShape Shape { get; }

    public object? Read(object source, ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments = null) => _read(source, context, arguments);
}

/// <summary>How a stored value becomes the answer (as <see cref="FieldValues"/> reads it): anything else reads as null or as no strings.</summary>
internal enum StoredShape
{
    None,

    /// <summary>A JSON string, as it is.</summary>
    Text,

    /// <summary>The strings of an array, or a lone string as a list of one.</summary>
    Strings,

    /// <summary>The first string of an array, or a lone string.</summary>
    FirstString,
}

/// <summary>An object (or list of them) whose source is a value read from the parent's source: a point, or media paths, read from an item.</summary>
internal sealed class DirectValueObject(Func<object, object?> read) : DirectField
{
    public object? Read(object source) => read(source);
}

/// <summary>A part of an item: an object over the same item.</summary>
internal sealed class DirectPart : DirectField
{
    public static readonly DirectPart Instance = new();
}

/// <summary>
/// Items an item leads to through the batch loader: the ids it holds, and the variants loaded for them
/// that the reader may see, picked for the field (its arguments given, when it takes them).
/// </summary>
internal abstract class DirectLink : DirectField
{
    public abstract bool Multiple { get; }

    public virtual bool TakesArguments => false;

    public abstract IReadOnlyList<string> Ids(ContentItem item);

    /// <summary>Refuses arguments the field cannot answer, before anything is loaded.</summary>
    public virtual void CheckArguments(ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments)
    {
    }

    public abstract List<ContentItem> Pick(ContentItem item, IReadOnlyList<string> ids, Func<string, IReadOnlyList<ContentItem>?> variants,
        ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments);
}

/// <summary>A reference field.</summary>
internal sealed class DirectReference(ApiField apiField) : DirectLink
{
    public override bool Multiple => apiField.Settings.Multiple;

    public override IReadOnlyList<string> Ids(ContentItem item) => IdListFieldKind.Ids(item.Get(apiField.Part.Name, apiField.Name));

    /// <summary>
    /// The referenced items in the referring item's culture (or their own) that the reader may see and
    /// that are of an allowed type, in the order the item lists them.
    /// </summary>
    public override List<ContentItem> Pick(ContentItem item, IReadOnlyList<string> ids, Func<string, IReadOnlyList<ContentItem>?> variants,
        ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments)
    {
        var found = new List<ContentItem>(ids.Count);
        foreach (var id in ids)
            if (ApiContentReader.Choose(variants(id), id, item.Culture, context.Reader) is { } target && apiField.Targets.Contains(target.ContentType))
                found.Add(target);
        return found;
    }
}

/// <summary>The variant of an item in the culture its argument names (the item itself in its own culture).</summary>
internal sealed class DirectLocalization : DirectLink
{
    public static readonly DirectLocalization Instance = new();

    public override bool Multiple => false;

    public override bool TakesArguments => true;

    public override IReadOnlyList<string> Ids(ContentItem item) => [item.ContentItemId];

    public override void CheckArguments(ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments) => Culture(context, arguments);

    public override List<ContentItem> Pick(ContentItem item, IReadOnlyList<string> ids, Func<string, IReadOnlyList<ContentItem>?> variants,
        ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments)
    {
        var culture = Culture(context, arguments);
        if (culture == item.Culture) return [item];
        return variants(item.ContentItemId)?.FirstOrDefault(v => v.Culture == culture && context.Reader.CanRead(v)) is { } variant ? [variant] : [];
    }

    private static string Culture(ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments)
    {
        var asked = arguments?.TryGetValue("culture", out var given) == true ? given.Value as string : null;
        return context.Requests.Culture(asked) ?? throw new ExecutionError($"'{asked}' is not a culture of this site.") { Code = "INVALID_ARGUMENT" };
    }
}

/// <summary>The variants of an item in its other cultures.</summary>
internal sealed class DirectLocalizations : DirectLink
{
    public static readonly DirectLocalizations Instance = new();

    public override bool Multiple => true;

    public override IReadOnlyList<string> Ids(ContentItem item) => [item.ContentItemId];

    public override List<ContentItem> Pick(ContentItem item, IReadOnlyList<string> ids, Func<string, IReadOnlyList<ContentItem>?> variants,
        ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments) =>
        (variants(item.ContentItemId) ?? []).Where(v => v.ContentItemId != item.ContentItemId && context.Reader.CanRead(v)).DistinctBy(v => v.ContentItemId).ToList();
}
