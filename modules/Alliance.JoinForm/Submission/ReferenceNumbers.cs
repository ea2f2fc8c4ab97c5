using System.Globalization;
using AllianceCms.Core.Settings;

namespace Alliance.JoinForm.Submission;

/// <summary>
/// Hands out ACR-{year}-{000123} from one document counter per year, which never gives a number
/// twice, even to submissions at the same instant; a submission that fails afterwards leaves a gap.
/// </summary>
public sealed class ReferenceNumbers(IDocumentCounters counters, TimeProvider clock)
{
    public static string Format(int year, int number) => $"ACR-{year.ToString(CultureInfo.InvariantCulture)}-{number.ToString("D6", CultureInfo.InvariantCulture)}";

    public async Task<string> NextAsync(CancellationToken ct)
    {
        var year = clock.GetUtcNow().Year;
        return Format(year, await counters.NextAsync($"JoinForm.References.{year.ToString(CultureInfo.InvariantCulture)}", ct));
    }
}
