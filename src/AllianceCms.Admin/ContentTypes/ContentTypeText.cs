using System.Globalization;
using System.Resources;

namespace AllianceCms.Admin.ContentTypes;

/// <summary>
/// The content types editor's strings, from ContentTypes/ContentTypeText(.fr).resx, in the current UI culture
/// (kept beside the feature so that it stays one folder). Views get it as <c>S</c>.
/// </summary>
public sealed class ContentTypeText
{
    internal static readonly ResourceManager Resources = new("AllianceCms.Admin.ContentTypes.ContentTypeText", typeof(ContentTypeText).Assembly);

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string this[string key, params object?[] args] => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>A string in a culture; the key itself when it is missing, so a gap shows instead of failing.</summary>
    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

    /// <summary>The human name of a field kind; a kind a module adds without words shows its technical name.</summary>
    public string KindLabel(string kind) => this["Kind_" + kind] is var label && label != "Kind_" + kind ? label : kind;
}
