using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace AllianceCms.Api.GraphQL.Direct;

/// <summary>
/// Writes an execution result as GraphQL.NET's System.Text.Json converter does (errors, data, extensions),
/// with two differences: selections written directly are copied in as they are, and scalar values of the
/// common types are written without a serializer lookup each.
/// </summary>
internal sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are written, never read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node) WriteNode(writer, node, options);
            else JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case IDirectNode { Written: { } written }:
                writer.WriteRawValue(written.Written.Span, skipInputValidation: true);
                break;
            case ValueExecutionNode value:
                GraphQLValueWriter.Write(writer, value.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: { } fields }:
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    writer.WritePropertyName(field.Name!);
                    WriteNode(writer, field, options);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items) WriteNode(writer, item, options);
                writer.WriteEndArray();
                break;
            case ArrayExecutionNode array:
                JsonSerializer.Serialize<IEnumerable?>(writer, array.SerializedResult, options);
                break;
            case null or ObjectExecutionNode or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                GraphQLValueWriter.Write(writer, node.ToValue(), options);
                break;
        }
    }
}
