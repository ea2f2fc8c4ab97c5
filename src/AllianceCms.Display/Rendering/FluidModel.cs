using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// Turns a model of dictionaries and lists into Fluid values once per page. Given plain dictionaries,
/// Fluid wraps (with reflection) each one again on every access, so <c>page.languages</c> in a loop
/// rebuilt its wrappers for each template that read it.
/// </summary>
public static class FluidModel
{
    public static FluidValue From(object? value, TemplateOptions options) => value switch
    {
        null => NilValue.Instance,
        FluidValue fluid => fluid,
        string text => StringValue.Create(text),
        JsonNode json => FluidValue.Create(json, options),
        IReadOnlyDictionary<string, object?> map => Map(map, options),
        IEnumerable<object?> list => new ArrayValue(list.Select(v => From(v, options)).ToList()),
        _ => FluidValue.Create(value, options),
    };

    private static DictionaryValue Map(IReadOnlyDictionary<string, object?> map, TemplateOptions options)
    {
        var comparer = (map as Dictionary<string, object?>)?.Comparer ?? StringComparer.Ordinal;
        var values = new Dictionary<string, FluidValue>(map.Count, comparer);
        foreach (var (key, value) in map) values[key] = From(value, options);
        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(values));
    }
}
