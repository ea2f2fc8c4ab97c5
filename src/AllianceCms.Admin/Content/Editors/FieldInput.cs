using Microsoft.Extensions.Primitives;

namespace AllianceCms.Admin.Content.Editors;

/// <summary>
/// What a form holds for one field, as the strings the browser sends: the field's own input ("") and,
/// for fields made of several inputs, named sub-inputs ("lat", "lng").
/// </summary>
public sealed class FieldInput
{
    private readonly IReadOnlyDictionary<string, StringValues> _values;

    public FieldInput(IReadOnlyDictionary<string, StringValues> values) => _values = values;

    public static FieldInput Empty { get; } = new(new Dictionary<string, StringValues>());

    public static FieldInput Of(string? text) => text is null ? Empty : new(new Dictionary<string, StringValues> { [""] = text });

    public static FieldInput Of(IEnumerable<string> values) => new(new Dictionary<string, StringValues> { [""] = values.ToArray() });

    public static FieldInput Of(params (string Sub, string? Value)[] parts) =>
        new(parts.ToDictionary(p => p.Sub, p => new StringValues(p.Value)));

    public StringValues this[string sub] => _values.TryGetValue(sub, out var v) ? v : StringValues.Empty;

    /// <summary>The field's own input as one string (the first value; "" when absent).</summary>
    public string Text => this[""].FirstOrDefault() ?? "";

    /// <summary>The field's own non-empty values, trimmed.</summary>
    public IReadOnlyList<string> Values => this[""].Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();

    public bool Contains(string value) => Values.Contains(value, StringComparer.Ordinal);

    /// <summary>Whether two inputs hold the same thing, ignoring surrounding spaces and order of several values.</summary>
    public bool SameAs(FieldInput other)
    {
        var keys = _values.Keys.Union(other._values.Keys);
        return keys.All(k => Normalize(this[k]).SequenceEqual(Normalize(other[k]), StringComparer.Ordinal));
    }

    private static IEnumerable<string> Normalize(StringValues values) =>
        values.Select(v => (v ?? "").Trim().ReplaceLineEndings("\n")).Where(v => v.Length > 0).Order(StringComparer.Ordinal);
}

/// <summary>One entry of a select or a group of checkboxes.</summary>
public sealed record FieldOption(string Value, string Label, string? Lang = null);
