using System.Globalization;
using System.Text;
using AllianceCms.Core.Queries;

namespace AllianceCms.Data.Content;

/// <summary>An opaque keyset cursor: the sort value and row id of the last item of a page.</summary>
internal readonly record struct ContentCursor(string Key, long Id)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Id.ToString(CultureInfo.InvariantCulture)}|{Key}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ContentCursor Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            var bar = text.IndexOf('|');
            if (bar > 0 && long.TryParse(text[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return new ContentCursor(text[(bar + 1)..], id);
        }
        catch (FormatException) { }
        throw new InvalidQueryException("The cursor is not valid.");
    }
}
