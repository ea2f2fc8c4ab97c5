using System.Globalization;
using System.Text;

namespace AllianceCms.Display.Rendering;

/// <summary>Ordinal numbers as a culture writes them: "1st", "22nd", "130th"; "1er", "1re", "130e".</summary>
public static class Ordinals
{
    public static string Format(long n, string culture, CultureInfo formatting, bool feminine = false)
    {
        var digits = n.ToString("N0", formatting);
        var language = culture.Split('-')[0].ToLowerInvariant();
        return language switch
        {
            "fr" => digits + (n == 1 ? (feminine ? "re" : "er") : "e"),
            "en" => digits + EnglishSuffix(n),
            _ => digits + ".",
        };
    }

    private static string EnglishSuffix(long n) =>
        (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}

/// <summary>Text compared and grouped the way readers expect: "Égalité" under E, case and accents ignored.</summary>
public static class Folding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Initial(string text, CultureInfo culture)
    {
        var first = text.TrimStart(' ', '“', '"', '«', '\'', '(').FirstOrDefault();
        if (!char.IsLetter(first)) return "#";
        return Fold(first.ToString()).ToUpper(culture);
    }
}
