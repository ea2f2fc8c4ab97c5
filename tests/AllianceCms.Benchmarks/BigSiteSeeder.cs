using System.Diagnostics;
using System.Globalization;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Benchmarks;

/// <summary>
/// <c>--seed-big</c>: sets a SQLite data folder up from the Alliance recipe (unless it already is) and
/// adds the big site's participants and news (<see cref="BigSiteData"/>) through
/// <see cref="IContentManager.CreateAsync"/>, published, one transaction per batch. Safe to run again:
/// a batch whose first and last items exist is skipped, so a finished site is left as it is and an
/// interrupted run carries on where it stopped (a batch is all or nothing).
/// </summary>
public static class BigSiteSeeder
{
    // Usage: AllianceCms.Benchmarks --seed-big --data FOLDER [--web-dll PATH] [--participants 10000] [--news 100000] [--batch 1000]
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        int Number(string name, string fallback) => int.Parse(Arg(name, fallback), CultureInfo.InvariantCulture);
        var data = Arg("--data", "");
        if (data.Length == 0) { Console.Error.WriteLine("--seed-big needs --data FOLDER (the site's Database:DataFolder)."); return 64; }
        var webDll = Path.GetFullPath(Arg("--web-dll", Path.Combine(RepositoryRoot.Path, "src/AllianceCms.Web/bin/Release/net10.0/AllianceCms.Web.dll")));
        if (!File.Exists(webDll)) { Console.Error.WriteLine($"Build the site first (Release): {webDll}"); return 66; }
        var participants = Number("--participants", "10000");
        var news = Number("--news", "100000");
        var batch = Number("--batch", "1000");
        if (participants < 2 || participants % 2 != 0 || news < 0 || news % 2 != 0 || batch < 2 || batch % 2 != 0)
        {
            Console.Error.WriteLine("--participants, --news and --batch are even numbers (EN/FR pairs); at least 2 participants.");
            return 64;
        }

        await using var site = BenchmarkSite.OpenFolder(data, Path.GetDirectoryName(webDll)!);
        var total = Stopwatch.StartNew();
        await site.SetUpAsync(ct);
        Console.WriteLine($"Site ready in {site.DataFolder} ({total.Elapsed.TotalSeconds:N1} s)");
        var countries = await CountriesAsync(site.Services, ct);
        var pairs = participants / 2;

        var watch = Stopwatch.StartNew();
        var made = await SeedAsync(site.Services, "participants", participants, batch, n => BigSiteData.MemberId(n, "en"),
            (n, culture) => BigSiteData.Member(n, culture, countries), ct);
        Console.WriteLine($"Participants: {made:N0} created ({participants - made:N0} were there) in {watch.Elapsed.TotalSeconds:N0} s");
        watch.Restart();
        made = await SeedAsync(site.Services, "news items", news, batch, n => BigSiteData.NewsId(n, "en"),
            (n, culture) => BigSiteData.News(n, culture, pairs, countries), ct);
        Console.WriteLine($"News items: {made:N0} created ({news - made:N0} were there) in {watch.Elapsed.TotalSeconds:N0} s");
        Console.WriteLine($"Done in {total.Elapsed.TotalMinutes:N1} min. Run `AllianceCms.Web.dll reindex` on this folder to rebuild the search index.");
        return 0;
    }

    private static async Task<IReadOnlyList<BigSiteData.Country>> CountriesAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IContentQueryService>().QueryAsync(
            new ContentQuery { Types = ["Country"], Culture = "en", SortBy = ContentSortKey.DisplayText, Descending = false, PageSize = ContentQuery.MaxPageSize }, ct);
        var countries = page.Items.Select(i => new BigSiteData.Country(i.ContentItemId, i.Get("Country", "Alpha2")?.GetValue<string>() ?? "")).ToList();
        if (countries.Count == 0) throw new InvalidOperationException("The site has no countries: set it up from the Alliance recipe.");
        return countries;
    }

    /// <summary>Creates items 0..count-1 as EN/FR pairs (item i is pair i/2), batch by batch; returns how many it created.</summary>
    private static async Task<int> SeedAsync(IServiceProvider services, string what, int count, int batchSize, Func<int, string> englishId,
        Func<int, string, ContentItem> build, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var created = 0;
        var lastReport = TimeSpan.Zero;
        for (var start = 0; start < count; start += batchSize)
        {
            var size = Math.Min(batchSize, count - start);
            await using var scope = services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            // A batch is one transaction: if its first and last pairs exist, all of it does.
            if (await content.GetAsync(englishId(start / 2), VersionOptions.Latest, ct) is not null
                && await content.GetAsync(englishId((start + size - 1) / 2), VersionOptions.Latest, ct) is not null)
                continue;
            await scope.ServiceProvider.GetRequiredService<ITransactionRunner>().RunAsync(async token =>
            {
                for (var i = start; i < start + size; i++)
                {
                    var result = await content.CreateAsync(build(i / 2, i % 2 == 0 ? "en" : "fr"), publish: true, token);
                    if (!result.Succeeded)
                        throw new InvalidOperationException($"{what} {i / 2} was refused: {result.Outcome} {string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Message}"))}");
                }
                return true;
            }, ct);
            created += size;
            if (watch.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = watch.Elapsed;
                Console.WriteLine($"    {what}: {start + size:N0}/{count:N0} ({created / watch.Elapsed.TotalSeconds:N0} items/s)");
            }
        }
        return created;
    }
}
