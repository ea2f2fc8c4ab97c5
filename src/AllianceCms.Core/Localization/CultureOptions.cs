using System.ComponentModel.DataAnnotations;

namespace AllianceCms.Core.Localization;

/// <summary>The cultures content is written in; the first is the default.</summary>
public sealed class CultureOptions
{
    public const string Section = "Cultures";

    [MinLength(1)]
    public List<string> Supported { get; set; } = ["en", "fr"];

    public string Default => Supported[0];

    public bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);
}
