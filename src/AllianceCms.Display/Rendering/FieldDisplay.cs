using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Media;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// A field value as safe HTML in the page's culture, by field kind: what the generic detail page
/// shows for a type nobody wrote a template for.
/// </summary>
internal static class FieldDisplay
{
    public static async Task<string> HtmlAsync(JsonNode value, ContentFieldDefinition field, ContentItemView item, PageRenderState state, CancellationToken ct)
    {
        switch (field.Kind)
        {
            case FieldKinds.RichText:
                return JsonRead.AsString(value) ?? ""; // sanitized when saved
            case FieldKinds.Markdown:
                return DisplayFilters.ToHtml(JsonRead.AsString(value) ?? "");
            case FieldKinds.Number:
                return JsonRead.AsDecimal(value) is { } number ? Encode(Number(number, field.Settings.Decimal ? null : 0, state.CultureInfo)) : "";
            case FieldKinds.Boolean:
                return value is JsonValue b && b.TryGetValue<bool>(out var flag) ? Encode(state.T(flag ? "value.yes" : "value.no")) : "";
            case FieldKinds.Date:
                return Encode(Date(JsonRead.AsString(value), "long", state) ?? "");
            case FieldKinds.DateTime:
                return Encode(Date(JsonRead.AsString(value), "datetime", state) ?? "");
            case FieldKinds.Url:
                return JsonRead.AsString(value) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? $"<a href=\"{Encode(uri.AbsoluteUri)}\">{Encode(url)}</a>"
                    : "";
            case FieldKinds.Email:
                return JsonRead.AsString(value) is { Length: > 0 } email ? $"<a href=\"mailto:{Encode(email)}\">{Encode(email)}</a>" : "";
            case FieldKinds.Phone:
                return JsonRead.AsString(value) is { Length: > 0 } phone ? $"<a href=\"tel:{Encode(phone.Replace(" ", "", StringComparison.Ordinal))}\">{Encode(phone)}</a>" : "";
            case FieldKinds.Choice:
                return Encode(ChoiceLabels(value, field, state.Culture));
            case FieldKinds.Tags:
                return Encode(string.Join(", ", JsonRead.AsStrings(value) ?? []));
            case FieldKinds.GeoPoint:
                return value is JsonObject point && point["lat"] is { } lat && point["lng"] is { } lng
                    ? Encode(string.Format(state.CultureInfo, "{0:0.0000}, {1:0.0000}", JsonRead.AsDecimal(lat), JsonRead.AsDecimal(lng)))
                    : "";
            case FieldKinds.Media:
                return await ResponsiveImage.HtmlAsync(MediaUrls.First(value), 640, null, null, state);
            case FieldKinds.ContentReference:
                var targets = await DisplayFilters.ReferencedAsync(IdListFieldKind.Ids(value), state, ct);
                return string.Join(", ", targets.Select(t => Link(t, state)));
            case FieldKinds.User:
                return "";
            default:
                if (JsonRead.AsString(value) is not { } text) return "";
                return field.Settings.Multiline ? string.Join("<br>", text.Split('\n').Select(l => Encode(l.TrimEnd('\r')))) : Encode(text);
        }
    }

    public static string ChoiceLabels(JsonNode value, ContentFieldDefinition field, string culture)
    {
        var chosen = JsonRead.AsStrings(value) ?? [];
        return string.Join(", ", chosen.Select(v => field.Settings.Choices?.FirstOrDefault(c => c.Value == v)?.Label.For(culture) ?? v));
    }

    /// <summary>Grouped digits from five on ("14,100", "14 100"); four-digit whole numbers, years mostly, are left alone.</summary>
    public static string Number(decimal number, int? decimals, CultureInfo culture)
    {
        if (decimals is null or 0 && number == decimal.Truncate(number) && Math.Abs(number) < 10_000) return number.ToString("0", culture);
        return number.ToString(decimals is { } d ? "N" + Math.Clamp(d, 0, 10) : "#,0.##########", culture);
    }

    /// <summary>A date or date-time (a DateTime or an ISO 8601 text) in a named or .NET format, in the page's culture.</summary>
    public static string? Date(object? value, string format, PageRenderState state)
    {
        DateTime date;
        var dateOnly = false;
        switch (value)
        {
            case DateTime d: date = d; break;
            case DateTimeOffset o: date = o.UtcDateTime; break;
            case string s when TryParseDay(s, out var day):
                date = day; dateOnly = true; break;
            case string s when DateTimeFieldKind.Parse(s) is { } utc: date = utc; break;
            default: return null;
        }
        if (!dateOnly && state.TimeZone is { } zone) date = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(date, DateTimeKind.Unspecified), zone);
        var pattern = format switch
        {
            "long" => WithoutWeekday(state.CultureInfo.DateTimeFormat.LongDatePattern),
            "short" => "d",
            "datetime" => "f",
            "time" => "t",
            "month" => "Y",
            "year" => "yyyy",
            _ => format,
        };
        try { return date.ToString(pattern, state.CultureInfo); }
        catch (FormatException) { return date.ToString("D", state.CultureInfo); }
    }

    /// <summary>
    /// "2026-11-23" read by hand: dates in lists are shown for every item, and the general parser
    /// (TryParseExact) was a twentieth of a participant page with twenty related news.
    /// </summary>
    internal static bool TryParseDay(string text, out DateTime day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        var span = text.AsSpan();
        if (!int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(span[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(span[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth)) return false;
        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) return false;
        day = new DateTime(year, month, dayOfMonth);
        return true;
    }

    /// <summary>"dddd d MMMM yyyy" → "d MMMM yyyy": a date in running text rarely needs its weekday.</summary>
    private static string WithoutWeekday(string pattern)
    {
        var at = pattern.IndexOf("dddd", StringComparison.Ordinal);
        if (at < 0) return pattern;
        var rest = pattern.Remove(at, 4);
        return rest.Trim(' ', ',', '.').Replace("  ", " ", StringComparison.Ordinal);
    }

    /// <summary>A link to the item; one shown in another culture carries its lang and a visible notice.</summary>
    private static string Link(ContentItemView view, PageRenderState state)
    {
        var text = Encode(view.Item.DisplayText);
        var lang = view.IsFallback ? $" lang=\"{Encode(view.Item.Culture)}\"" : "";
        var link = view.Url is { } url ? $"<a href=\"{Encode(url)}\"{lang}>{text}</a>" : lang.Length > 0 ? $"<span{lang}>{text}</span>" : text;
        return view.IsFallback ? $"{link} {DisplayFilters.FallbackNoticeHtml(view, state)}" : link;
    }

    private static string Encode(string text) => Templating.LiquidEngine.HtmlEncoder.Encode(text);
}

/// <summary>Reads stored field values (already normalized by their field kinds) without failing on odd shapes.</summary>
internal static class JsonRead
{
    public static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static decimal? AsDecimal(JsonNode? node)
    {
        if (node is not JsonValue v) return null;
        if (v.TryGetValue<decimal>(out var d)) return d;
        if (v.TryGetValue<double>(out var f)) return (decimal)f;
        if (v.TryGetValue<long>(out var l)) return l;
        return v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    public static List<string>? AsStrings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(AsString).OfType<string>().ToList(),
        JsonValue when AsString(node) is { } one => [one],
        _ => null,
    };
}
