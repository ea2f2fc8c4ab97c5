using System.Text.Json;
using AllianceCms.Api.Rest;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace AllianceCms.Api.GraphQL.Direct;

/// <summary>An execution node whose answer may have been written whole, in place of child nodes.</summary>
internal interface IDirectNode
{
    /// <summary>The node's JSON when its selection was written directly; null when it ran field by field.</summary>
    PooledBody? Written { get; set; }
}

/// <summary>An object node that may be written directly; otherwise it behaves as any object node.</summary>
internal sealed class DirectObjectNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    : ObjectExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode), IDirectNode
{
    public PooledBody? Written { get; set; }

    // Without child nodes an object reads as null to GraphQL.NET; one written directly is not.
    public override bool PropagateNull() => Written is null && base.PropagateNull();

    public override object? ToValue() => Written is { } written ? JsonSerializer.Deserialize<JsonElement>(written.Written.Span) : base.ToValue();
}

/// <summary>A list node that may be written directly; otherwise it behaves as any list node.</summary>
internal sealed class DirectArrayNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    : ArrayExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode), IDirectNode
{
    public PooledBody? Written { get; set; }

    public override bool PropagateNull() => Written is null && base.PropagateNull();

    public override object? ToValue() => Written is { } written ? JsonSerializer.Deserialize<JsonElement>(written.Written.Span) : base.ToValue();
}
