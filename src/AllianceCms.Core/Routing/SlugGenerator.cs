using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AllianceCms.Core.Routing;

/// <summary>
/// Turns a title into a URL slug: lower-case ASCII letters, digits and single hyphens, with
/// diacritics transliterated ("Département" → "departement", "Straße" → "strasse").
/// </summary>
public static partial class SlugGenerator
{
    public const int MaxLength = 120;

    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d", ['ł'] = "l",
        ['þ'] = "th", ['ı'] = "i", ['ħ'] = "h", ['ŋ'] = "n", ['ĸ'] = "k", ['ŧ'] = "t",
        // Cyrillic, for titles typed in Serbian, Ukrainian or Bulgarian.
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['ђ'] = "dj", ['е'] = "e",
        ['є'] = "ye", ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "yi", ['й'] = "y", ['ј'] = "j",
        ['к'] = "k", ['л'] = "l", ['љ'] = "lj", ['м'] = "m", ['н'] = "n", ['њ'] = "nj", ['о'] = "o", ['п'] = "p",
        ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "c", ['у'] = "u", ['ф'] = "f", ['х'] = "h", ['ц'] = "c",
        ['ч'] = "ch", ['џ'] = "dz", ['ш'] = "sh", ['щ'] = "sht", ['ъ'] = "a", ['ь'] = "", ['ю'] = "yu", ['я'] = "ya",
        ['ё'] = "e", ['ы'] = "y", ['э'] = "e",
    };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(slug);

    public static string Generate(string text)
    {
        var builder = new StringBuilder(text.Length);
        // Letters are looked up composed first: й, ї and ё have their own transliterations, which
        // decomposing them into a base letter and a mark would lose.
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormC))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (Transliterations.TryGetValue(c, out var latin)) builder.Append(latin);
            else if (char.IsAscii(c)) builder.Append('-');
            else AppendDecomposed(builder, c);
        }
        var slug = HyphenRuns().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        return slug;
    }

    /// <summary>Appends a letter without its diacritics ("é" → "e"), or a hyphen for what has no Latin form.</summary>
    private static void AppendDecomposed(StringBuilder builder, char c)
    {
        if (char.IsSurrogate(c)) { builder.Append('-'); return; } // emoji and other symbols outside the BMP
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(d)) builder.Append(d);
            else if (Transliterations.TryGetValue(d, out var latin)) builder.Append(latin);
            else builder.Append('-');
        }
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex HyphenRuns();
}
