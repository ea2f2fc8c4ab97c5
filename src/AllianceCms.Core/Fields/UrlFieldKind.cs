using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>An absolute http(s) address.</summary>
public sealed class UrlFieldKind : IFieldKind
{
    public string Name => FieldKinds.Url;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value)?.Trim() is not { } text) return context.Error("InvalidUrl");
        if (text.Length == 0) return null;
        var valid = Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host);
        return valid ? TextRules.Check(text, context) : context.Error("InvalidUrl");
    }
}
