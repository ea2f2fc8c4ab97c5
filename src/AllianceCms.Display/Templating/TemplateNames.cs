using System.Text.RegularExpressions;

namespace AllianceCms.Display.Templating;

/// <summary>Template names: letters, digits, '-', '_' and '.', as in a file name without its extension.</summary>
public static partial class TemplateNames
{
    public const string Extension = ".liquid";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,199}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>"nav.liquid" → "nav"; null when the path is not a template file name.</summary>
    public static string? FromFileName(string path)
    {
        var file = path.Replace('\\', '/').TrimStart('/');
        if (!file.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) file += Extension;
        var name = file[..^Extension.Length];
        return IsValid(name) ? name : null;
    }
}
