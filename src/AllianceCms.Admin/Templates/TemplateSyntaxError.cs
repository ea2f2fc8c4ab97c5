using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceCms.Admin.Templates;

/// <summary>Why a template's text was refused, and where: Fluid ends its messages with "(line:column)".</summary>
public sealed partial record TemplateSyntaxError(string Message, int? Line, int? Column)
{
    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();

    public static TemplateSyntaxError From(string message)
    {
        var at = Position().Matches(message).LastOrDefault();
        return at is null
            ? new TemplateSyntaxError(message, null, null)
            : new TemplateSyntaxError(message, int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture));
    }
}
