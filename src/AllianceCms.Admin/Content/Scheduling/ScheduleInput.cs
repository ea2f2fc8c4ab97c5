using System.Globalization;

namespace AllianceCms.Admin.Content.Scheduling;

/// <summary>
/// Reads the editor's "publish at" and "unpublish at" inputs: the browser's date-time control sends
/// ISO "yyyy-MM-ddTHH:mm"; without it, a date typed in the admin's language is accepted too. Times are UTC,
/// like every time the admin shows.
/// </summary>
public static class ScheduleInput
{
    public const string PublishAt = "PublishAt";
    public const string UnpublishAt = "UnpublishAt";

    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>The UTC time typed, null when blank; false when it is not a date.</summary>
    public static bool TryRead(string? text, CultureInfo culture, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTime.TryParseExact(text.Trim(), IsoFormats, CultureInfo.InvariantCulture, styles, out var value)
            || DateTime.TryParse(text.Trim(), culture, styles, out value))
        {
            utc = DateTime.SpecifyKind(value, DateTimeKind.Utc);
            return true;
        }
        return false;
    }

    /// <summary>The value of a datetime-local input for a stored UTC time.</summary>
    public static string ToInput(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "";
}
