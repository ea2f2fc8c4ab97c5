using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>Plain text, single or multi-line, with length and pattern checks.</summary>
public sealed class TextFieldKind : IFieldKind
{
    public string Name => FieldKinds.Text;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value) is not { } text) return context.Error("InvalidText");
        text = text.Trim();
        if (!context.Settings.Multiline) text = text.ReplaceLineEndings(" ");
        return TextRules.Check(text, context);
    }

    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        JsonValues.AsString(value) is { } s ? [IndexValue.OfText(s)] : [];
}

/// <summary>Length and pattern rules shared by the kinds whose value is a string.</summary>
internal static class TextRules
{
    public static JsonNode? Check(string text, FieldValueContext context)
    {
        var s = context.Settings;
        if (text.Length == 0) return null;
        if (s.MinLength is { } min && text.Length < min) return context.Error("TooShort", min);
        if (s.MaxLength is { } max && text.Length > max) return context.Error("TooLong", max);
        if (s.Pattern is { } pattern && !Matches(text, pattern)) return context.Error("Pattern");
        return JsonValue.Create(text);
    }

    private static bool Matches(string text, string pattern)
    {
        try { return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200)); }
        catch (RegexMatchTimeoutException) { return false; }
    }
}
