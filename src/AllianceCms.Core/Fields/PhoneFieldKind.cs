using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>A phone number as people write it: digits with spaces, dots, dashes, parentheses and a leading +.</summary>
public sealed partial class PhoneFieldKind : IFieldKind
{
    [GeneratedRegex(@"^\+?[0-9 ().\-]{4,30}$")]
    private static partial Regex PhonePattern();

    public string Name => FieldKinds.Phone;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value)?.Trim() is not { } text) return context.Error("InvalidPhone");
        if (text.Length == 0) return null;
        var digits = text.Count(char.IsAsciiDigit);
        return PhonePattern().IsMatch(text) && digits >= 4 ? TextRules.Check(text, context) : context.Error("InvalidPhone");
    }
}
