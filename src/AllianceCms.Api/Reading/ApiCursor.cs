using System.Buffers.Text;
using System.Text;

namespace AllianceCms.Api.Reading;

/// <summary>
/// The cursor clients pass back as "after": the store's keyset cursor with the sort it was made
/// for, so that a cursor reused with another order is refused instead of skipping items.
/// </summary>
public static class ApiCursor
{
    private const string Version = "1";

    public static string Wrap(ApiSort sort, string storeCursor) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}|{sort.Name}|{storeCursor}"));

    /// <summary>The store's cursor, or null with an error when the cursor is not one of ours or belongs to another sort.</summary>
    public static string? Unwrap(string cursor, ApiSort sort, out string? error)
    {
        error = null;
        string text;
        try { text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)); }
        catch (FormatException) { text = ""; }

        var parts = text.Split('|', 3);
        if (parts.Length != 3 || parts[0] != Version || parts[2].Length == 0)
        {
            error = "The cursor is not valid: pass back a cursor this API returned.";
            return null;
        }
        if (parts[1] != sort.Name)
        {
            error = $"The cursor was made for the order '{parts[1]}', not '{sort.Name}'.";
            return null;
        }
        return parts[2];
    }
}
