using System.Globalization;
using System.Resources;

namespace AllianceCms.Admin.Localization;

/// <summary>
/// The admin's interface strings, from Localization/Admin(.fr).resx, in the current UI culture.
/// Views get it as <c>T</c>: <c>@T["SaveDraft"]</c>, <c>@T["ItemsFound", count]</c>.
/// </summary>
public sealed class AdminText
{
    internal static readonly ResourceManager Resources = new("AllianceCms.Admin.Localization.Admin", typeof(AdminText).Assembly);

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string this[string key, params object?[] args] => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>A string in a culture; the key itself when it is missing, so a gap shows instead of failing.</summary>
    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;
}
