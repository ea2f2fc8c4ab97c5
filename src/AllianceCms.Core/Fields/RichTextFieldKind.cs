using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;
using Ganss.Xss;

namespace AllianceCms.Core.Fields;

/// <summary>HTML from a WYSIWYG editor; sanitized on save so that stored HTML is always safe to render.</summary>
public sealed partial class RichTextFieldKind : IFieldKind
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public string Name => FieldKinds.RichText;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value) is not { } html) return context.Error("InvalidText");
        var clean = Sanitize(html).Trim();
        if (IsBlank(clean)) clean = "";
        return TextRules.Check(clean, context);
    }

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    /// <summary>Markup with no text and no image ("&lt;p&gt;&amp;nbsp;&lt;/p&gt;") counts as empty, so "required" means something.</summary>
    private static bool IsBlank(string html) =>
        !html.Contains("<img", StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrWhiteSpace(System.Net.WebUtility.HtmlDecode(Tags().Replace(html, "")));

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    /// <summary>Elements dropped with everything inside them; other disallowed tags keep their text.</summary>
    private static readonly HashSet<string> DroppedWhole = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "head", "title", "textarea", "select", "button", "form",
    };

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote",
                "ul", "ol", "li", "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
                "caption", "hr", "span", "abbr", "code", "pre",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "width", "height", "lang", "colspan", "rowspan", "scope", "hreflang",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        // Pasted text often comes wrapped in <div> or <h1>: keep its words rather than dropping them.
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWhole.Contains(e.Tag.LocalName)) e.Tag.TextContent = "";
        };
        return sanitizer;
    }
}
