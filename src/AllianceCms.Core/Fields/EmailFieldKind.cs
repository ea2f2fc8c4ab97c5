using System.Net.Mail;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>One e-mail address, stored as typed (trimmed).</summary>
public sealed class EmailFieldKind : IFieldKind
{
    public string Name => FieldKinds.Email;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value)?.Trim() is not { } text) return context.Error("InvalidEmail");
        if (text.Length == 0) return null;
        return IsEmail(text) ? TextRules.Check(text, context) : context.Error("InvalidEmail");
    }

    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        JsonValues.AsString(value) is { } s ? [IndexValue.OfText(s.ToLowerInvariant())] : [];

    public static bool IsEmail(string text) =>
        text.Length <= 254 && !text.Contains(' ') && MailAddress.TryCreate(text, out var address)
        && address.Address == text && address.Host.Contains('.');
}
