using System.Text.RegularExpressions;

namespace AllianceCms.Core.Menus;

/// <summary>Why an entry was refused; <see cref="Code"/> names the message (the admin has it in each language).</summary>
public sealed record MenuEntryError(int Index, string Field, string Code)
{
    public const string LabelRequired = "LabelRequired";
    public const string LabelTooLong = "LabelTooLong";
    public const string TargetRequired = "TargetRequired";
    public const string TwoTargets = "TwoTargets";
    public const string UrlInvalid = "UrlInvalid";
    public const string ItemNotFound = "ItemNotFound";
    public const string ItemNotRoutable = "ItemNotRoutable";
    public const string TooManyEntries = "TooManyEntries";

    /// <summary>The same, in English words, for recipes and logs.</summary>
    public string Describe() => Code switch
    {
        LabelRequired => "The label is required.",
        LabelTooLong => $"The label has more than {MenuRules.MaxLabelLength} characters.",
        TargetRequired => "Choose a content item or type a URL.",
        TwoTargets => "Give a content item or a URL, not both.",
        UrlInvalid => "The URL must be absolute (http:// or https://) or start with a single '/' on this site.",
        ItemNotFound => "The content item does not exist.",
        ItemNotRoutable => "The content item has no page of its own.",
        TooManyEntries => $"A menu has at most {MenuRules.MaxEntries} entries.",
        _ => Code,
    };
}

/// <summary>What a menu may hold: names, labels and URLs.</summary>
public static partial class MenuRules
{
    public const int MaxEntries = 50;
    public const int MaxLabelLength = 100;
    public const int MaxUrlLength = 2000;

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_\-]{0,63}$")]
    private static partial Regex NamePattern();

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>An absolute http(s) URL, or a path on this site ("/fr/pays", not "//elsewhere" nor "javascript:").</summary>
    public static bool IsValidUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxUrlLength || url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return false;
        if (url.StartsWith('/'))
            return !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Relative, out _);
        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps) && absolute.Host.Length > 0;
    }
}
