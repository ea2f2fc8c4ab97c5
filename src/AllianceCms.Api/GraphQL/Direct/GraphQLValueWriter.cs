using System.Text.Json;

namespace AllianceCms.Api.GraphQL.Direct;

/// <summary>
/// Writes a value a GraphQL scalar serialized. The common types are written straight to the writer, as
/// System.Text.Json's own converters write them; anything else goes through the serializer by its runtime
/// type, as GraphQL.NET's result converter does for every value.
/// </summary>
internal static class GraphQLValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case decimal m: writer.WriteNumberValue(m); break;
            default: JsonSerializer.Serialize(writer, value, value.GetType(), options); break;
        }
    }
}
