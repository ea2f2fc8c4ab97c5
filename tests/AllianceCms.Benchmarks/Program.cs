using System.Diagnostics;
using System.Globalization;
using AllianceCms.Benchmarks;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Data.Content;
using Microsoft.Extensions.DependencyInjection;

// Usage: AllianceCms.Benchmarks --provider sqlite|postgres --web-dll PATH [--members N] [--news N] [--batch N] [--report FILE]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--join"))
{
    // Usage: AllianceCms.Benchmarks --join --web-dll PATH [--submissions N] [--clients N] [--kill]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await JoinBenchmark.RunAsync(Path.GetFullPath(Arg("--web-dll", "")), int.Parse(Arg("--submissions", "1000"), CultureInfo.InvariantCulture),
        int.Parse(Arg("--clients", "32"), CultureInfo.InvariantCulture), args.Contains("--kill"), CancellationToken.None);
}
if (args.Contains("--seed-big"))
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
    return await BigSiteSeeder.RunAsync(args, cancel.Token);
}
var options = BenchmarkOptions.Parse(args);
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
var ct = stopping.Token;
var report = new Report(options);
var total = Stopwatch.StartNew();

await using var site = await BenchmarkSite.CreateAsync(options.Provider, "site", Path.GetDirectoryName(options.WebDll)!);
Console.WriteLine($"== {options.Provider}: setting the recipe site up");
var watch = Stopwatch.StartNew();
await site.SetUpAsync(ct);
var setupSeconds = watch.Elapsed.TotalSeconds;
var setupCommands = site.Plans.Commands;
var recipeItems = await CountAsync(site, ct);
report.Add("Recipe import (setup), cold process", $"{recipeItems / setupSeconds:N0} items/s", $"{recipeItems} items in {setupSeconds:N2} s, migrations and first-call JIT included, {setupCommands:N0} SQL commands", "");
await using (var second = await BenchmarkSite.CreateAsync(options.Provider, "again", Path.GetDirectoryName(options.WebDll)!))
{
    // The same setup in a process that has run it once: the import's own cost.
    watch.Restart();
    await second.SetUpAsync(ct);
    var again = watch.Elapsed.TotalSeconds;
    report.Add("Recipe import (setup) again, warm process", $"{recipeItems / again:N0} items/s", $"{again:N2} s, migrations included", "");
}

if (options.SeedOnly)
{
    // For profiling the write path: set up, seed, and stop.
    var ids = await Seeder.CountryIdsAsync(site.Services, ct);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes();
    var commands = site.Plans.Commands;
    var rate = await new Seeder(site.Services, options.Batch).SeedNewsAsync(options.News, ct);
    rate = (rate + await new Seeder(site.Services, options.Batch).SeedMembersAsync(options.Members, ids, withOrdinal: true, firstNumber: 0, ct)) / 2;
    var items = (double)(options.News + options.Members);
    Console.WriteLine($"seeded at {rate:N0} items/s (mean of news and participants); {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / items:N0} µs CPU, "
        + $"{(GC.GetTotalAllocatedBytes() - allocated) / items / 1024:N0} KB allocated, {(site.Plans.Commands - commands) / items:N1} SQL commands per item; GC pause {GC.GetTotalPauseDuration().TotalSeconds:N1} s");
    return 0;
}

var country = await BusiestCountryAsync(site, ct);
Console.WriteLine($"== {options.Provider}: queries on the recipe site (country {country})");
var recipeStale = await MeasureQueriesAsync(site, country, ct);
await RefreshStatisticsAsync(site, ct);
var recipeFresh = await MeasureQueriesAsync(site, country, ct);

Console.WriteLine($"== {options.Provider}: start to ready, recipe site");
var (ready, idle, pages) = options.NoWeb ? (new Durations([double.NaN]), double.NaN, "skipped") : await WebRunsAsync(site, runs: 5, ct);
report.Add("Start → first 200 on /health/ready (recipe site)", $"{ready.Median:N0} ms median", $"runs: {string.Join(", ", ready.All.Select(t => t.ToString("N0")))} ms", "≤ 1,500 ms", ready.Median <= 1500);
report.Add("Idle working set after warm-up (recipe site)", $"{idle:N0} MB", $"VmRSS 10 s after {pages}", "≤ 120 MB", idle <= 120);
if (!options.NoWeb)
{
    // Not the shipped configuration: what the workstation garbage collector would change.
    var (wsReady, wsIdle, _) = await WebRunsAsync(site, runs: 1, ct, new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" });
    report.Add("  same with DOTNET_gcServer=0 (informational)", $"{wsReady.Median:N0} ms, {wsIdle:N0} MB idle", "one run", "");
}

Console.WriteLine($"== {options.Provider}: seeding {options.Members:N0} participants and {options.News:N0} news items");
var countries = await Seeder.CountryIdsAsync(site.Services, ct);
var seeder = new Seeder(site.Services, options.Batch);
watch.Restart();
var commandsBefore = site.Plans.Commands;
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var memberRate = await seeder.SeedMembersAsync(options.Members, countries, withOrdinal: true, firstNumber: 0, ct);
var newsRate = await seeder.SeedNewsAsync(options.News, ct);
var overall = (options.Members + options.News) / watch.Elapsed.TotalSeconds;
var seedingCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var commandsPerItem = (site.Plans.Commands - commandsBefore) / (double)(options.Members + options.News);
var sqliteAim = options.Provider == "Sqlite";
report.Add("Seeding, all items", $"{overall:N0} items/s", $"{options.Members + options.News:N0} items in {watch.Elapsed.TotalSeconds:N0} s, batches of {options.Batch}; {commandsPerItem:N1} SQL commands and {seedingCpu.TotalMilliseconds * 1000 / (options.Members + options.News):N0} µs of this process's CPU per item", sqliteAim ? "≥ 2,000/s" : "(aim is for SQLite)", sqliteAim ? overall >= 2000 : null);
report.Add("Seeding, participants (ordinal given)", $"{memberRate:N0} items/s", "", sqliteAim ? "≥ 2,000/s" : "", sqliteAim ? memberRate >= 2000 : null);
report.Add("Seeding, news items", $"{newsRate:N0} items/s", "", sqliteAim ? "≥ 2,000/s" : "", sqliteAim ? newsRate >= 2000 : null);
var noOrdinal = await seeder.SeedMembersAsync(200, countries, withOrdinal: false, firstNumber: 1_000_000, ct);
report.Add("Seeding, participants without ordinal (big site)", $"{noOrdinal:N0} items/s", "200 items; the Members module's handler then looks up the highest ordinal", "", null);

report.Plans.Add(("the reads of one participant create (EN then FR), big site", await seeder.ExplainCreatesAsync(site, countries, 2_000_000, ct)));

GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
report.Add("Memory after seeding (benchmark process)", $"{GC.GetTotalMemory(false) / 1048576.0:N0} MB managed", $"working set {ProcStatus.ResidentMegabytes(Environment.ProcessId):N0} MB", "");

Console.WriteLine($"== {options.Provider}: queries on the big site");
// First as seeded, then after the statistics refresh the site runs 30 s after start and hourly.
var bigStale = await MeasureQueriesAsync(site, country, ct);
await RefreshStatisticsAsync(site, ct);
var bigFresh = await MeasureQueriesAsync(site, country, ct);
foreach (var (state, small, big) in new[] { ("statistics refreshed", recipeFresh, bigFresh), ("no planner statistics yet", recipeStale, bigStale) })
{
    for (var q = 0; q < small.Length; q++)
    {
        report.Add($"Query \"{small[q].Name}\", recipe site, {state}", $"p50 {small[q].P50Ms:N2} ms, p99 {small[q].P99Ms:N2} ms", $"{small[q].Rows} rows of {small[q].Total}", "");
        report.Add($"Query \"{big[q].Name}\", big site, {state}", $"p50 {big[q].P50Ms:N2} ms, p99 {big[q].P99Ms:N2} ms",
            $"{big[q].Rows} rows of {big[q].Total}; p99 {big[q].P99Ms / small[q].P99Ms:N1}× the recipe site's", "p99 ≤ 2× recipe site", big[q].P99Ms <= 2 * small[q].P99Ms);
        report.Plans.Add(($"{small[q].Name}, recipe site, {state}", small[q].Plan));
        report.Plans.Add(($"{big[q].Name}, big site, {state}", big[q].Plan));
    }
}

Console.WriteLine($"== {options.Provider}: reindex");
watch.Restart();
int versions;
await using (var scope = site.Services.CreateAsyncScope())
    versions = await scope.ServiceProvider.GetRequiredService<Reindexer>().ReindexAsync(ct);
report.Add("reindex, big site", $"{watch.Elapsed.TotalSeconds:N1} s", $"{versions:N0} versions, {versions / watch.Elapsed.TotalSeconds:N0}/s", "");

Console.WriteLine($"== {options.Provider}: start to ready, big site");
var (bigReady, bigIdle, _) = options.NoWeb ? (new Durations([double.NaN]), double.NaN, "skipped") : await WebRunsAsync(site, runs: 3, ct);
report.Add("Start → first 200 on /health/ready (big site)", $"{bigReady.Median:N0} ms median", $"runs: {string.Join(", ", bigReady.All.Select(t => t.ToString("N0")))} ms", "");
report.Add("Idle working set after warm-up (big site)", $"{bigIdle:N0} MB", "", "");

report.Add("Benchmark run time", $"{total.Elapsed.TotalMinutes:N1} min", "", "");
report.Print();
return 0;

async Task<QueryTiming[]> MeasureQueriesAsync(BenchmarkSite s, string countrySet, CancellationToken token) =>
[
    await QueryTimer.MeasureAsync(s, "FR news, page 500 of 20", QueryTimer.FrenchNewsPage500, token),
    await QueryTimer.MeasureAsync(s, "participants of one country", QueryTimer.ParticipantsOf(countrySet), token),
];

async Task RefreshStatisticsAsync(BenchmarkSite s, CancellationToken token)
{
    await using var scope = s.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<PlannerStatistics>().RefreshAsync(token);
}

async Task<int> CountAsync(BenchmarkSite s, CancellationToken token)
{
    await using var scope = s.Services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery { Status = ContentStatus.Latest }, token);
}

// The country with the most participants in the recipe: its localization set is what the filter compares.
async Task<string> BusiestCountryAsync(BenchmarkSite s, CancellationToken token)
{
    await using var scope = s.Services.CreateAsyncScope();
    var queries = scope.ServiceProvider.GetRequiredService<IContentQueryService>();
    var members = await queries.QueryAsync(new ContentQuery { Types = ["Member"], Culture = "en", PageSize = ContentQuery.MaxPageSize }, token);
    var id = members.Items.Select(m => m.Get("Member", "Country")?[0]?.GetValue<string>()).Where(c => c is not null)
        .GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key!;
    var countryItem = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest, token);
    return countryItem!.LocalizationSet;
}

// Starts the site several times; the last run is warmed up with a few pages, left idle, and measured.
async Task<(Durations Ready, double IdleMb, string Pages)> WebRunsAsync(BenchmarkSite s, int runs, CancellationToken token, IReadOnlyDictionary<string, string>? environment = null)
{
    string[] paths = ["/", "/?culture=fr", "/countries/france", "/fr/pays/france", "/participants/agia-varvara", "/fr/participants/agia-varvara", "/about", "/health"];
    var times = new List<double>();
    double idleMb = 0;
    var visited = "";
    for (var i = 0; i < runs; i++)
    {
        var (web, toReady) = await WebProcess.StartAsync(options.WebDll, s, token, environment);
        await using (web)
        {
            times.Add(toReady.TotalMilliseconds);
            if (i < runs - 1) continue;
            var statuses = await web.HitAsync(paths, times: 20, token);
            visited = $"{paths.Length} pages × 20 ({string.Join(", ", statuses.Select(x => $"{x.Path} {x.Status}"))})";
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            idleMb = web.ResidentMegabytes();
        }
    }
    return (new Durations(times), idleMb, visited);
}

internal sealed record Durations(List<double> All)
{
    public double Median => All.Order().ElementAt(All.Count / 2);
}
