using System.Globalization;
using System.Text;
using AllianceCms.Core.Queries;

namespace AllianceCms.Data.Content;

/// <summary>
/// A query written out in full as a cache key. The record's lists compare by reference, so the key
/// spells out every property; strings are length-prefixed so no value can pass for another. It is
/// built on every cached query of every page, where JSON serialization was a twentieth of the garbage.
/// </summary>
public static class ContentQueryKey
{
    public static string Of(ContentQuery query)
    {
        var key = new StringBuilder(256);
        Texts(key, query.Types);
        Text(key, query.Culture);
        key.Append((int)query.Status).Append('|');
        Text(key, query.Owner);
        Text(key, query.LocalizationSet);
        Texts(key, query.LocalizationSets);
        Text(key, query.DisplayTextContains);
        key.Append(query.Filters.Count).Append('[');
        foreach (var filter in query.Filters)
        {
            Text(key, filter.Field);
            key.Append((int)filter.Operator).Append('(').Append(filter.Values.Length).Append(')');
            foreach (var value in filter.Values) Value(key, value);
        }
        key.Append(']');
        Date(key, query.ModifiedAfterUtc);
        Date(key, query.PublishedBeforeUtc);
        Date(key, query.PublishedAfterUtc);
        key.Append((int)query.SortBy).Append('|');
        Text(key, query.SortField);
        key.Append(query.Descending ? 'd' : 'a').Append(query.PageSize).Append('|');
        Text(key, query.After);
        key.Append(query.Skip).Append('|').Append(query.IncludeTotal ? 't' : 'n');
        return key.ToString();
    }

    private static void Text(StringBuilder key, string? text)
    {
        if (text is null) key.Append('~');
        else key.Append(text.Length).Append(':').Append(text);
        key.Append('|');
    }

    private static void Texts(StringBuilder key, IReadOnlyList<string> texts)
    {
        key.Append(texts.Count).Append('[');
        foreach (var text in texts) Text(key, text);
        key.Append(']');
    }

    private static void Date(StringBuilder key, DateTime? date)
    {
        if (date is { } d) key.Append(d.Ticks).Append((int)d.Kind);
        key.Append('|');
    }

    // Typed, so that the string "1" and the number 1 differ as they do in SQL.
    private static void Value(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null: key.Append("~|"); break;
            case string s: key.Append('s'); Text(key, s); break;
            case DateTime d: key.Append('t'); Date(key, d); break;
            case IFormattable f: key.Append(value.GetType().Name); Text(key, f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: key.Append(value.GetType().Name); Text(key, value.ToString()); break;
        }
    }
}
