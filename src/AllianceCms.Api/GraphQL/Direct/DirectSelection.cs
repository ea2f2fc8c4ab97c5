using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace AllianceCms.Api.GraphQL.Direct;

/// <summary>
/// A selection set compiled for direct writing: for each object type it may meet (one, or each possible
/// type of an interface), the fields to write in answer order.
/// </summary>
internal sealed class DirectSelection(IAbstractGraphType? abstractType, IReadOnlyDictionary<IObjectGraphType, DirectPlan> plans)
{
    private readonly DirectPlan? _single = abstractType is null ? plans.Values.Single() : null;

    /// <summary>The plan for a source's runtime type; null when the source is of no type the selection knows.</summary>
    public DirectPlan? PlanFor(object source, ISchema schema) =>
        _single ?? (abstractType!.GetObjectType(source, schema) is { } type ? plans.GetValueOrDefault(type) : null);
}

/// <summary>The fields selected on one object type.</summary>
internal sealed class DirectPlan(string typeName, DirectEntry[] entries)
{
    public string TypeName { get; } = typeName;

    public DirectEntry[] Entries { get; } = entries;
}

/// <summary>
/// One field of a plan: its answer name, how it is read (null for <c>__typename</c>) and the shape of
/// its GraphQL type: whether it may be null, whether it is a list, and the scalar or selection inside.
/// </summary>
internal sealed class DirectEntry
{
    public required JsonEncodedText Name { get; init; }
    public required DirectEntryKind Kind { get; init; }
    public DirectField? Field { get; init; }
    public bool NonNull { get; init; }
    public bool IsList { get; init; }
    public bool ItemsNonNull { get; init; }
    public ScalarGraphType? Scalar { get; init; }

    /// <summary>The arguments of a field that takes them, when the query writes them as literals.</summary>
    public IDictionary<string, ArgumentValue>? Arguments { get; init; }

    /// <summary>The field whose arguments, given by variables, are read on each request.</summary>
    public GraphQLField? ArgumentsFrom { get; init; }
    public DirectSelection? Child { get; init; }
}

/// <summary>What an entry writes; an enum so that the writer switches on it rather than testing types.</summary>
internal enum DirectEntryKind
{
    TypeName,
    Leaf,
    Part,
    ValueObject,
    Reference,
}
