using AllianceCms.Api.Model;
using AllianceCms.Core.Queries;

namespace AllianceCms.Api.Reading;

/// <summary>The order of a list: a built-in key or an indexed field, ascending or descending.</summary>
public sealed record ApiSort(string Name, ContentSortKey Key, string? Field, bool Descending)
{
    public const string PublishedAt = "publishedAt";
    public const string ModifiedAt = "modifiedAt";
    public const string CreatedAt = "createdAt";
    public const string DisplayText = "displayText";

    /// <summary>Newest first, as sites usually list content.</summary>
    public static ApiSort Default { get; } = new("-" + PublishedAt, ContentSortKey.PublishedUtc, null, true);

    public static IReadOnlyList<string> BuiltInKeys { get; } = [PublishedAt, ModifiedAt, CreatedAt, DisplayText];

    /// <summary>Every ascending key of a type; each may be prefixed with "-".</summary>
    public static IEnumerable<string> KeysOf(ApiType type) => BuiltInKeys.Concat(type.Indexed.Select(f => f.Path));

    public static ApiSort? Parse(string text, ApiType type)
    {
        var descending = text.StartsWith('-');
        var key = descending ? text[1..] : text;
        var name = (descending ? "-" : "") + key;
        return key switch
        {
            PublishedAt => new ApiSort(name, ContentSortKey.PublishedUtc, null, descending),
            ModifiedAt => new ApiSort(name, ContentSortKey.ModifiedUtc, null, descending),
            CreatedAt => new ApiSort(name, ContentSortKey.CreatedUtc, null, descending),
            DisplayText => new ApiSort(name, ContentSortKey.DisplayText, null, descending),
            _ when type.FindField(key) is { IsIndexed: true } field => new ApiSort(name, ContentSortKey.Field, field.Path, descending),
            _ => null,
        };
    }
}
