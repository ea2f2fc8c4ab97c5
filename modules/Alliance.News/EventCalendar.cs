using System.Globalization;
using System.Text;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Alliance.News;

/// <summary>
/// An event's iCalendar file (RFC 5545) beside its page: "/news/{slug}.ics", "/fr/actualites/{slug}.ics".
/// One VEVENT with times in UTC, text escaped and lines folded at 75 octets.
/// </summary>
public static class EventCalendar
{
    public static async Task<IResult> HandleAsync(HttpContext http, ContentUrls urls, IContentManager content, IConfiguration configuration, TimeProvider clock, CancellationToken ct)
    {
        var path = http.Request.Path.Value ?? "";
        if (!path.EndsWith(".ics", StringComparison.Ordinal)) return Results.NotFound();
        var match = await urls.ResolveAsync(path[..^4], ct);
        if (match is null || match.RedirectTo is not null || match.Type.Name != NewsModule.Type) return Results.NotFound();
        var item = await content.GetAsync(match.ContentItemId, VersionOptions.Published, ct);
        if (item is null || item.Get(NewsModule.Type, "Kind")?.GetValue<string>() != "event") return Results.NotFound();
        if (Utc(item, "EventStart") is not { } start) return Results.NotFound();
        var end = Utc(item, "EventEnd") is { } e && e > start ? e : start.AddHours(1);

        var origin = NewsFeeds.Origin(http, configuration);
        var url = origin + urls.UrlFor(item, match.Type);
        var ics = Write(item.LocalizationSet + "@" + new Uri(origin).Host, clock.GetUtcNow().UtcDateTime, start, end,
            item.DisplayText, item.Get(NewsModule.Type, "EventPlace")?.GetValue<string>(), item.Get(NewsModule.Type, "Summary")?.GetValue<string>(), url);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{item.Slug}.ics\"";
        return Results.Text(ics, "text/calendar; charset=utf-8", new UTF8Encoding(false));
    }

    private static DateTime? Utc(ContentItem item, string field) =>
        item.Get(NewsModule.Type, field)?.GetValue<string>() is { } text ? DateTimeFieldKind.Parse(text) : null;

    public static string Write(string uid, DateTime stamp, DateTime start, DateTime end, string summary, string? location, string? description, string url)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Alliance CMS//Events//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + Escape(uid),
            "DTSTAMP:" + Stamp(stamp),
            "DTSTART:" + Stamp(start),
            "DTEND:" + Stamp(end),
            "SUMMARY:" + Escape(summary),
        };
        if (!string.IsNullOrWhiteSpace(location)) lines.Add("LOCATION:" + Escape(location));
        if (!string.IsNullOrWhiteSpace(description)) lines.Add("DESCRIPTION:" + Escape(description));
        lines.Add("URL:" + url);
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var builder = new StringBuilder();
        foreach (var line in lines) builder.Append(Fold(line));
        return builder.ToString();
    }

    private static string Stamp(DateTime utc) => utc.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11).</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Lines of at most 75 octets, continued with CRLF and a space, never splitting a UTF-8 character (§3.1).</summary>
    public static string Fold(string line)
    {
        var builder = new StringBuilder();
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            builder.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        return builder.Append("\r\n").ToString();
    }
}
