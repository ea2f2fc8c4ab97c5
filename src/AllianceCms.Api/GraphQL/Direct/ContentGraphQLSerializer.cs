using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace AllianceCms.Api.GraphQL.Direct;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer, writing results with <see cref="ExecutionResultWriter"/>, into a
/// buffer, and escaping only what JSON requires, as the REST API does: answers are JSON, never embedded in HTML,
/// and escaping every accent and angle bracket of French rich text cost a tenth of a list query.
/// </summary>
internal sealed class ContentGraphQLSerializer(IErrorInfoProvider errors)
    : GraphQLSerializer(options =>
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Insert(0, new ExecutionResultWriter());
    }, errors)
{
    public JsonSerializerOptions Options => SerializerOptions;

    public void Write(IBufferWriter<byte> body, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Options.Encoder, Indented = Options.WriteIndented });
        JsonSerializer.Serialize(writer, result, Options);
    }
}
