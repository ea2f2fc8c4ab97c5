using System.Text.RegularExpressions;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Admin.ContentTypes;

/// <summary>A type's labels and settings as the type page shows and posts them.</summary>
public sealed partial class TypeForm
{
    public const int MaxLabel = 200;

    /// <summary>First path segments the host itself answers: a type's pages cannot live there.</summary>
    private static readonly string[] ReservedPrefixes = ["admin", "api", "media", "theme", "fr", "en", "sitemap.xml", "robots.txt", "search", "recherche"];

    public static readonly string[] Flags = ["creatable", "draftable", "versionable", "localizable", "listable", "private", "routable"];

    public string LabelEn { get; set; } = "";
    public string LabelFr { get; set; } = "";
    public string TitleLabelEn { get; set; } = "";
    public string TitleLabelFr { get; set; } = "";
    public string RoutePrefixEn { get; set; } = "";
    public string RoutePrefixFr { get; set; } = "";
    public HashSet<string> Checked { get; } = new(StringComparer.Ordinal);

    public static TypeForm From(ContentTypeDefinition type)
    {
        var s = type.Settings;
        var form = new TypeForm
        {
            LabelEn = type.Label.GetValueOrDefault("en") ?? "",
            LabelFr = type.Label.GetValueOrDefault("fr") ?? "",
            TitleLabelEn = s.TitleLabel?.GetValueOrDefault("en") ?? "",
            TitleLabelFr = s.TitleLabel?.GetValueOrDefault("fr") ?? "",
            RoutePrefixEn = s.RoutePrefix.GetValueOrDefault("en") ?? "",
            RoutePrefixFr = s.RoutePrefix.GetValueOrDefault("fr") ?? "",
        };
        foreach (var (flag, on) in new[] { ("creatable", s.Creatable), ("draftable", s.Draftable), ("versionable", s.Versionable), ("localizable", s.Localizable), ("listable", s.Listable), ("private", s.Private), ("routable", s.Routable) })
            if (on) form.Checked.Add(flag);
        return form;
    }

    public static TypeForm From(IFormCollection posted)
    {
        var form = new TypeForm
        {
            LabelEn = posted["label-en"].ToString().Trim(),
            LabelFr = posted["label-fr"].ToString().Trim(),
            TitleLabelEn = posted["title-label-en"].ToString().Trim(),
            TitleLabelFr = posted["title-label-fr"].ToString().Trim(),
            RoutePrefixEn = posted["route-prefix-en"].ToString().Trim().Trim('/'),
            RoutePrefixFr = posted["route-prefix-fr"].ToString().Trim().Trim('/'),
        };
        foreach (var flag in Flags)
            if (posted[flag].Contains("true")) form.Checked.Add(flag);
        return form;
    }

    public bool Is(string flag) => Checked.Contains(flag);

    public FormErrors Validate(ContentTypeText S)
    {
        var errors = new FormErrors();
        Label(errors, S, "label-en", LabelEn, required: true);
        Label(errors, S, "label-fr", LabelFr, required: true);
        Label(errors, S, "title-label-en", TitleLabelEn, required: false);
        Label(errors, S, "title-label-fr", TitleLabelFr, required: false);
        if (Is("routable"))
        {
            Prefix(errors, S, "route-prefix-en", RoutePrefixEn);
            Prefix(errors, S, "route-prefix-fr", RoutePrefixFr);
        }
        return errors;
    }

    public ContentTypeSettings ToSettings() => new()
    {
        Creatable = Is("creatable"),
        Draftable = Is("draftable"),
        Versionable = Is("versionable"),
        Localizable = Is("localizable"),
        Listable = Is("listable"),
        Private = Is("private"),
        Routable = Is("routable"),
        RoutePrefix = Is("routable") ? new LocalizedText(RoutePrefixEn, RoutePrefixFr) : new LocalizedText(),
        TitleLabel = TitleLabelEn.Length == 0 && TitleLabelFr.Length == 0 ? null
            : new LocalizedText(TitleLabelEn.Length > 0 ? TitleLabelEn : TitleLabelFr, TitleLabelFr.Length > 0 ? TitleLabelFr : TitleLabelEn),
    };

    internal static void Label(FormErrors errors, ContentTypeText S, string input, string value, bool required)
    {
        if (required && value.Length == 0) errors.Note(input, S["ErrorRequired"]);
        else if (value.Length > MaxLabel) errors.Note(input, S["ErrorTooLong", MaxLabel]);
    }

    private static void Prefix(FormErrors errors, ContentTypeText S, string input, string value)
    {
        if (value.Length == 0) return;
        if (value.Length > 100 || !PrefixPattern().IsMatch(value)) errors.Note(input, S["ErrorRoutePrefix"]);
        else if (ReservedPrefixes.Contains(value.Split('/')[0], StringComparer.Ordinal)) errors.Note(input, S["ErrorRoutePrefixReserved", value.Split('/')[0]]);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*$")]
    private static partial Regex PrefixPattern();
}
