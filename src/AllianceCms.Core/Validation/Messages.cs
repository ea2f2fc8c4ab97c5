using System.Globalization;
using System.Resources;

namespace AllianceCms.Core.Validation;

/// <summary>The core's user-facing messages, from Resources/Messages(.fr).resx.</summary>
public static class Messages
{
    internal static readonly ResourceManager Resources =
        new("AllianceCms.Core.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, Get(key), args);
}
