using AllianceCms.Admin.Localization;
using AllianceCms.Media;

namespace AllianceCms.Admin.Areas.Admin.Pages.Media;

/// <summary>The library's messages in the admin's language.</summary>
internal static class MediaText
{
    /// <summary>"report.pdf: the file is larger than 10 MB."; a problem of the whole upload has no file name.</summary>
    public static string Describe(AdminText text, MediaProblem problem, string? fileName = null)
    {
        var arguments = problem.Arguments.Select(a => a is string culture && culture.Length == 2 ? Language(text, culture) : a).ToArray();
        var message = text[problem.Code, arguments];
        return fileName is { Length: > 0 } ? text["MediaFileProblem", fileName, message] : message;
    }

    /// <summary>A culture's name in the admin's language ("French", "français").</summary>
    public static string Language(AdminText text, string culture) =>
        text["MediaLanguage_" + culture] is var name && name != "MediaLanguage_" + culture ? name : AdminCulture.Autonym(culture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(System.Globalization.CultureInfo.CurrentCulture) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) + " KB",
        _ => MediaLibrary.MegaBytes(bytes),
    };
}
