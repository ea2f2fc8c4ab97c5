using System.Text.Json.Nodes;

namespace AllianceCms.Core.Fields;

/// <summary>
/// One kind of field (text, number, choice…): how its value is checked and normalized on save,
/// and what it writes to the field index. One class per kind, registered in <see cref="FieldKindRegistry"/>.
/// </summary>
public interface IFieldKind
{
    string Name { get; }

    /// <summary>The value to store, or null after adding errors to <paramref name="context"/>. Never called with null.</summary>
    JsonNode? Normalize(JsonNode value, FieldValueContext context);

    /// <summary>The typed values to index for a stored value.</summary>
    IEnumerable<IndexValue> IndexValues(JsonNode value) => [];
}

/// <summary>A typed value in the field index: exactly one of the three is set.</summary>
public readonly record struct IndexValue(string? Text = null, double? Number = null, DateTime? Date = null)
{
    /// <summary>Longest text kept in the index; longer values are cut for sorting and prefix matching.</summary>
    public const int MaxTextLength = 200;

    public static IndexValue OfText(string text) => new(Text: text.Length > MaxTextLength ? Cut(text) : text);

    /// <summary>Cuts before an emoji rather than through it: half a surrogate pair is not valid text to store.</summary>
    private static string Cut(string text) =>
        text[..(char.IsHighSurrogate(text[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength)];
}
