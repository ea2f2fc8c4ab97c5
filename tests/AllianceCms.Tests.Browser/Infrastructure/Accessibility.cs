using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Infrastructure;

/// <summary>Runs axe-core on a page against WCAG 2.x A and AA and fails with a readable list of violations.</summary>
public static class Accessibility
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        var report = string.Join(Environment.NewLine, results.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}"));
        Assert.True(results.Violations.Length == 0, $"axe-core found {results.Violations.Length} violation(s) on {page.Url}:{Environment.NewLine}{report}");
    }
}
