using System.Globalization;
using System.Text;

namespace AllianceCms.Core.Audit;

/// <summary>
/// Audit entries as CSV (RFC 4180) for spreadsheets. A cell that a spreadsheet would run as a
/// formula (starting with = + - @, or a tab or carriage return) is prefixed with an apostrophe.
/// </summary>
public static class AuditCsv
{
    public static readonly string[] Header =
        ["Id", "OccurredUtc", "ActorKind", "ActorId", "ActorName", "Category", "Action", "SubjectType", "SubjectId", "SubjectTitle", "Summary", "Details"];

    public static async Task WriteAsync(TextWriter writer, IAsyncEnumerable<AuditEntry> entries, CancellationToken ct = default)
    {
        await writer.WriteAsync(Line(Header));
        await foreach (var e in entries.WithCancellation(ct))
        {
            await writer.WriteAsync(Line([
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.OccurredUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                e.Actor.Kind, e.Actor.Id, e.Actor.Name, e.Category, e.Action,
                e.SubjectType, e.SubjectId, e.SubjectTitle, e.Summary, e.Details,
            ]));
        }
        await writer.FlushAsync(ct);
    }

    public static string Line(IReadOnlyList<string?> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) line.Append(',');
            line.Append(Cell(cells[i]));
        }
        return line.Append("\r\n").ToString();
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
