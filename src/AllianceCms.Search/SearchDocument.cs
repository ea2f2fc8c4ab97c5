using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using Markdig;

namespace AllianceCms.Search;

/// <summary>What the index keeps of one published item in one culture: enough to list it without the database.</summary>
public sealed partial record SearchDocument(string ContentItemId, string Culture, string ContentType, string Title, string Body, string Url)
{
    /// <summary>
    /// An item's searchable text: its title, then its public text fields (plain text, rich text and
    /// Markdown without markup, tags, choice labels in its culture). Private types and fields, and items
    /// without a page to link to, are never indexed.
    /// </summary>
    public static SearchDocument? From(ContentItem item, ContentTypeModel type, string? url)
    {
        if (!item.Published || item.IsDeleted || type.Settings.Private || url is null) return null;
        var body = new StringBuilder();
        foreach (var (part, field) in type.Fields)
        {
            if (field.Settings.Private || item.Get(part.Name, field.Name) is not { } value) continue;
            if (TextOf(value, field, item.Culture) is { Length: > 0 } text) body.Append(text).Append('\n');
        }
        return new SearchDocument(item.ContentItemId, item.Culture, item.ContentType, item.DisplayText, body.ToString().Trim(), url);
    }

    private static string? TextOf(JsonNode value, ContentFieldDefinition field, string culture) => field.Kind switch
    {
        FieldKinds.Text => Scalar(value),
        FieldKinds.RichText => Scalar(value) is { } html ? HtmlToText(html) : null,
        FieldKinds.Markdown => Scalar(value) is { } markdown ? Markdown.ToPlainText(markdown).Trim() : null,
        FieldKinds.Tags => value is JsonArray tags ? string.Join(", ", tags.Select(Scalar).OfType<string>()) : null,
        FieldKinds.Choice => string.Join(", ", Values(value).Select(v => field.Settings.Choices?.FirstOrDefault(c => c.Value == v)?.Label.For(culture) ?? v)),
        _ => null,
    };

    private static IEnumerable<string> Values(JsonNode value) =>
        value is JsonArray array ? array.Select(Scalar).OfType<string>() : Scalar(value) is { } one ? [one] : [];

    private static string? Scalar(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Text of sanitized HTML: block ends become line breaks so that words of two paragraphs never run together.</summary>
    internal static string HtmlToText(string html)
    {
        var spaced = BlockEnds().Replace(html, "\n");
        return WebUtility.HtmlDecode(Tags().Replace(spaced, "")).Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/h[1-6]|/li|/td|/th|/tr|/blockquote|/figcaption|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
