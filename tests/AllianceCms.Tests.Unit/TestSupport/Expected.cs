using System.Globalization;
using AllianceCms.Core.Validation;

namespace AllianceCms.Tests.Unit.TestSupport;

/// <summary>
/// The message an editor should read, built from the resource of that language, so that tests check
/// which text and which arguments were chosen without copying the wording of the .resx files.
/// </summary>
internal static class Expected
{
    public static string Message(string culture, string key, params object[] args)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        return string.Format(info, Messages.Get(key, info), args);
    }

    public static string English(string key, params object[] args) => Message("en", key, args);

    public static string French(string key, params object[] args) => Message("fr", key, args);
}
