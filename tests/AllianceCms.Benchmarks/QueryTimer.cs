using System.Diagnostics;
using AllianceCms.Core.Queries;
using AllianceCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Benchmarks;

/// <summary>p50/p99 of one content query, each run in a fresh scope as a request would be.</summary>
public sealed record QueryTiming(string Name, double P50Ms, double P99Ms, int Rows, int? Total, string Plan);

public static class QueryTimer
{
    public const int Warmup = 100;
    public const int Runs = 500;

    /// <summary>Page 500 of 20 of the published French news, newest first.</summary>
    public static ContentQuery FrenchNewsPage500 => new()
    {
        Types = ["NewsItem"], Culture = "fr", Status = ContentStatus.Published,
        SortBy = ContentSortKey.PublishedUtc, Descending = true, Skip = 499 * 20, PageSize = 20,
    };

    /// <summary>The first page of the published participants of one country (both cultures).</summary>
    public static ContentQuery ParticipantsOf(string countryLocalizationSet) => new()
    {
        Types = ["Member"], Status = ContentStatus.Published,
        Filters = [new FieldFilter("Member.Country", FilterOperator.Equals, countryLocalizationSet)],
    };

    public static async Task<QueryTiming> MeasureAsync(BenchmarkSite site, string name, ContentQuery query, CancellationToken ct)
    {
        ContentPage<Core.Content.ContentItem>? page = null;
        for (var i = 0; i < Warmup; i++) page = await RunAsync(site, query, ct);

        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await RunAsync(site, query, ct);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);

        // Once more, to show how the database runs the statements.
        string plan;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            site.Plans.Start();
            await scope.ServiceProvider.GetRequiredService<IContentQueryService>().QueryAsync(query, ct);
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            await db.Database.OpenConnectionAsync(ct);
            plan = await site.Plans.ExplainAsync(db.Database.GetDbConnection(), ct);
        }
        return new QueryTiming(name, Percentile(times, 0.50), Percentile(times, 0.99), page!.Items.Count, page.TotalCount, plan);
    }

    private static async Task<ContentPage<Core.Content.ContentItem>> RunAsync(BenchmarkSite site, ContentQuery query, CancellationToken ct)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentQueryService>().QueryAsync(query, ct);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
