using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using AllianceCms.Api.GraphQL.Direct;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// Counts a site's GraphQL selections written directly or field by field after trying (the
/// cms.graphql.selections counter of that site's meter factory only), while it is open.
/// </summary>
internal sealed class DirectSelections : IDisposable
{
    private readonly MeterListener _listener = new();
    private int _direct;
    private int _fallback;

    public DirectSelections(WebApplicationFactory<Program> site)
    {
        var meters = site.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ContentExecutionStrategy.MeterName && instrument.Meter.Scope == meters) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag is { Key: "outcome", Value: "direct" }) Interlocked.Add(ref _direct, (int)value);
                else if (tag is { Key: "outcome", Value: "fallback" }) Interlocked.Add(ref _fallback, (int)value);
        });
        _listener.Start();
    }

    public int Direct => Volatile.Read(ref _direct);

    public int Fallback => Volatile.Read(ref _fallback);

    public void Dispose() => _listener.Dispose();
}

/// <summary>
/// Writes a query for every field without arguments of a type, read from the schema by introspection:
/// values (parts, points, files) in full, referenced items in full one level down, with __typename and an alias. "Field by field"
/// puts @include(if: true) in every selection set, which keeps the whole query off direct writing.
/// </summary>
internal sealed class FullSelection(JsonElement schema)
{
    public const string Introspection = """
        { __schema { types { name kind fields { name args { name }
            type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;

    public string For(string typeName, bool fieldByField) => Selection(typeName, 0, fieldByField);

    private string Selection(string typeName, int depth, bool fieldByField)
    {
        var type = schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == typeName);
        var typename = fieldByField ? "__typename @include(if: true) " : "__typename ";
        var text = new StringBuilder(typename);
        if (type.GetProperty("kind").GetString() == "INTERFACE") return text.Append("id displayText").ToString();
        var fields = type.GetProperty("fields").EnumerateArray().ToList();
        foreach (var field in fields)
        {
            var name = field.GetProperty("name").GetString()!;
            // Fields with arguments and the other cultures have tests of their own (here they would weigh past the complexity limit).
            if (field.GetProperty("args").GetArrayLength() > 0 || name == "localizations") continue;
            var (kind, named) = Named(field.GetProperty("type"));
            text.Append(name);
            // Values (parts, points, files) in full; referenced items in full one level down, then by id.
            if (kind is "OBJECT" or "INTERFACE")
                text.Append(" { ").Append(depth == 0 || !IsItem(named) ? Selection(named, depth + 1, fieldByField) : typename + "id").Append(" }");
            text.Append(' ');
        }
        if (fields.Any(f => f.GetProperty("name").GetString() == "id")) text.Append("aliasOfId: id");
        return text.ToString();
    }

    private bool IsItem(string typeName) =>
        schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == typeName)
            .GetProperty("fields").EnumerateArray().Any(f => f.GetProperty("name").GetString() == "contentType");

    private static (string Kind, string Name) Named(JsonElement type)
    {
        while (type.GetProperty("kind").GetString() is "NON_NULL" or "LIST") type = type.GetProperty("ofType");
        return (type.GetProperty("kind").GetString()!, type.GetProperty("name").GetString()!);
    }
}
