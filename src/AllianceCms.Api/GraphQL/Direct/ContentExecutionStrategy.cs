using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AllianceCms.Api.Rest;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace AllianceCms.Api.GraphQL.Direct;

/// <summary>
/// Runs queries as GraphQL.NET's serial strategy does, except that an object or list whose whole
/// selection is made of content fields without directives (the fields of items, their parts, points, files,
/// references and other cultures) is written as JSON straight from the items, without an execution node per
/// field. A list of 20 items with their country selects about 900 fields; executing each as a node cost three
/// times what the REST list costs. Root fields, directives and anything else still run field by field, and so
/// does a selection whose direct writing meets a value GraphQL would answer with an error.
/// </summary>
internal sealed class ContentExecutionStrategy : SerialExecutionStrategy
{
    public const string MeterName = "AllianceCms.Api.GraphQL";

    private readonly ContentGraphQLSerializer _serializer;
    private readonly ILogger<ContentExecutionStrategy> _logger;
    private readonly Counter<long> _selections;
    private readonly JsonWriterOptions _writerOptions;

    // Compiled per selection set of a parsed document (documents are cached) and per type it is read as.
    private readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<IGraphType, DirectSelection?>> _compiled = new();

    public ContentExecutionStrategy(ContentGraphQLSerializer serializer, IMeterFactory meters, ILogger<ContentExecutionStrategy> logger)
    {
        _serializer = serializer;
        _logger = logger;
        _writerOptions = new JsonWriterOptions { Encoder = serializer.Options.Encoder, SkipValidation = true };
        _selections = meters.Create(MeterName).CreateCounter<long>("cms.graphql.selections",
            description: "Object and list selections completed by writing them directly (outcome=direct) or field by field after trying (outcome=fallback).");
    }

    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var type = graphType is NonNullGraphType nonNull ? nonNull.ResolvedType! : graphType;
        return type switch
        {
            ListGraphType list when Named(list) is IObjectGraphType or IAbstractGraphType => new DirectArrayNode(parent, type, field, fieldDefinition, indexInParentNode),
            IObjectGraphType or IAbstractGraphType => new DirectObjectNode(parent, type, field, fieldDefinition, indexInParentNode),
            _ => base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode),
        };
    }

    protected override async Task CompleteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if (node is IDirectNode direct && node.Result is { } result && context.UserContext is ContentGraphContext graph
            && node.Field.SelectionSet is { } selectionSet && Compiled(context, selectionSet, Named(node.GraphType)) is { } selection)
        {
            var written = await TryWriteAsync(context, graph, node, selection, result);
            _selections.Add(1, new KeyValuePair<string, object?>("outcome", written is null ? "fallback" : "direct"));
            if (written is not null)
            {
                direct.Written = written;
                graph.OwnBuffer(written);
                return;
            }
        }
        await base.CompleteNodeAsync(context, node);
    }

    private async Task<PooledBody?> TryWriteAsync(ExecutionContext context, ContentGraphContext graph, ExecutionNode node, DirectSelection selection, object result)
    {
        var list = node is ArrayExecutionNode;
        if (list && result is not IEnumerable) return null;
        PooledBody? body = null;
        try
        {
            // What it checks (null where the type forbids it, an abstract type's runtime type) it reports the
            // same way when the node then runs field by field.
            ValidateNodeResult(context, node);
            var loader = graph.VariantsFor(new ReadonlyResolveFieldContext(node, context));
            var writer = new DirectSelectionWriter(graph, loader, context.Schema, _serializer.Options, context.ArgumentValues);
            var sources = list ? Sources((IEnumerable)result) : [result];
            await writer.LoadReferencesAsync(selection, sources, context.CancellationToken);

            body = new PooledBody(64 * 1024);
            using var json = new Utf8JsonWriter(body, _writerOptions);
            var written = list
                ? writer.TryWriteList(json, selection, (IEnumerable)result, ((ListGraphType)node.GraphType).ResolvedType is NonNullGraphType)
                : writer.TryWriteObject(json, selection, result);
            json.Flush();
            if (written) return body;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The field-by-field run meets the same failure and reports it on the field it belongs to. An argument
            // refused is the client's; anything else is worth a look, since it costs the field-by-field price.
            if (e is not ExecutionError) _logger.LogWarning(e, "Writing the selection of {Field} directly failed; it runs field by field", node.Field.Name.StringValue);
        }
        body?.Dispose();
        return null;
    }

    private static List<object> Sources(IEnumerable items)
    {
        var sources = new List<object>(items is ICollection collection ? collection.Count : 0);
        foreach (var item in items)
            if (item is not null) sources.Add(item);
        return sources;
    }

    private DirectSelection? Compiled(ExecutionContext context, GraphQLSelectionSet selectionSet, IGraphType type)
    {
        var byType = _compiled.GetValue(selectionSet, _ => new ConcurrentDictionary<IGraphType, DirectSelection?>());
        if (byType.TryGetValue(type, out var found)) return found;
        return byType[type] = Compile(context, type, selectionSet);
    }

    /// <summary>The selection compiled for every object type the type may be; null when any field must run on its own.</summary>
    private DirectSelection? Compile(ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet)
    {
        IObjectGraphType[] types = type switch
        {
            IObjectGraphType objectType => [objectType],
            IAbstractGraphType abstractType => [.. abstractType.PossibleTypes],
            _ => [],
        };
        var written = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
        if (types.Length == 0 || !ReadLevel(context.Document, selectionSet, written)) return null;
        var plans = new Dictionary<IObjectGraphType, DirectPlan>();
        foreach (var objectType in types)
        {
            if (CompilePlan(context, objectType, selectionSet, written) is not { } plan) return null;
            plans[objectType] = plan;
        }
        return new DirectSelection(type as IAbstractGraphType, plans);
    }

    /// <param name="written">The fields as the document writes them (a field selected twice is merged into a new one).</param>
    private DirectPlan? CompilePlan(ExecutionContext context, IObjectGraphType type, GraphQLSelectionSet selectionSet, HashSet<GraphQLField> written)
    {
        // GraphQL.NET's own collection: fragments, type conditions and merged fields as when executing.
        var fields = CollectFieldsFrom(context, type, selectionSet, null);
        var entries = new List<DirectEntry>(fields.Count);
        foreach (var (name, (field, fieldType)) in fields)
        {
            if (fieldType == context.Schema.TypeNameMetaFieldType)
            {
                entries.Add(new DirectEntry { Name = JsonEncodedText.Encode(name), Kind = DirectEntryKind.TypeName });
                continue;
            }
            if (DirectField.Of(fieldType) is not { } direct) return null;
            IDictionary<string, ArgumentValue>? arguments = null;
            GraphQLField? argumentsFrom = null;
            if (fieldType.Arguments is { Count: > 0 } || field.Arguments is { Count: > 0 })
            {
                if (direct is not (DirectLeaf { TakesArguments: true } or DirectLink { TakesArguments: true })) return null;
                // Literal arguments are the same on every request: kept with the plan. Variables are read on each request
                // by the field's node, which only a field the document writes keeps from one request to the next.
                if (!HasVariables(field.Arguments)) arguments = context.ArgumentValues?.GetValueOrDefault(field);
                else if (written.Contains(field)) argumentsFrom = field;
                else return null;
            }

            var graphType = fieldType.ResolvedType!;
            var nonNull = graphType is NonNullGraphType;
            graphType = Unwrap(graphType);
            var isList = graphType is ListGraphType;
            var itemsNonNull = false;
            if (graphType is ListGraphType listType)
            {
                itemsNonNull = listType.ResolvedType is NonNullGraphType;
                graphType = Unwrap(listType.ResolvedType!);
            }

            DirectSelection? child = null;
            if (direct is DirectLeaf)
            {
                if (graphType is not ScalarGraphType) return null;
            }
            else if (field.SelectionSet is null || (child = Compile(context, graphType, field.SelectionSet)) is null)
            {
                return null;
            }
            entries.Add(new DirectEntry
            {
                Name = JsonEncodedText.Encode(name),
                Kind = direct switch
                {
                    DirectLeaf => DirectEntryKind.Leaf,
                    DirectPart => DirectEntryKind.Part,
                    DirectValueObject => DirectEntryKind.ValueObject,
                    _ => DirectEntryKind.Reference,
                },
                Field = direct,
                NonNull = nonNull,
                IsList = isList,
                ItemsNonNull = itemsNonNull,
                Scalar = graphType as ScalarGraphType,
                Child = child,
                Arguments = arguments,
                ArgumentsFrom = argumentsFrom,
            });
        }
        return new DirectPlan(type.Name, [.. entries]);
    }

    /// <summary>
    /// Reads one level of a selection set, fragments included, noting its fields; false when @skip, @include or any
    /// directive sits on them (they depend on variables).
    /// </summary>
    private static bool ReadLevel(GraphQLDocument document, GraphQLSelectionSet selectionSet, HashSet<GraphQLField> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var plain = selection switch
            {
                GraphQLField field => Note(fields, field),
                GraphQLInlineFragment inline => inline.Directives is not { Count: > 0 } && ReadLevel(document, inline.SelectionSet, fields),
                GraphQLFragmentSpread spread => spread.Directives is not { Count: > 0 }
                    && document.FindFragmentDefinition(spread.FragmentName.Name) is { Directives: not { Count: > 0 } } definition
                    && ReadLevel(document, definition.SelectionSet, fields),
                _ => false,
            };
            if (!plain) return false;
        }
        return true;
    }

    private static bool Note(HashSet<GraphQLField> fields, GraphQLField field)
    {
        fields.Add(field);
        return field.Directives is not { Count: > 0 };
    }

    private static bool HasVariables(GraphQLArguments? arguments) => arguments?.Items.Any(a => HasVariables(a.Value)) == true;

    private static bool HasVariables(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HasVariables) == true,
        GraphQLObjectValue objectValue => objectValue.Fields?.Any(f => HasVariables(f.Value)) == true,
        _ => false,
    };

    private static IGraphType Unwrap(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;

    private static IGraphType Named(IGraphType type) => type.GetNamedType();
}
