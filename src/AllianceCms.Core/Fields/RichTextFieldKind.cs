using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;
using Ganss.Xss;

namespace AllianceCms.Core.Fields;

/// <summary>HTML from a WYSIWYG editor; sanitized on save so that stored HTML is always safe to render.</summary>
public sealed class RichTextFieldKind : IFieldKind
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public string Name => FieldKinds.RichText;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value) is not { } html) return context.Error("InvalidText");
        var clean = Sanitize(html).Trim();
        if (s_emptyParagraphs.Contains(clean)) clean = "";
        return TextRules.Check(clean, context);
    }

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static readonly HashSet<string> s_emptyParagraphs = ["<p></p>", "<p><br></p>", "<p>&nbsp;</p>"];

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
        return new HtmlSanitizer(options);
    }
}
