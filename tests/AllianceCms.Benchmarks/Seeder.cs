using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Benchmarks;

/// <summary>
/// Seeds the big site through <see cref="IContentManager.CreateAsync"/>, as an import would: each
/// batch of items is one scope and one transaction (<see cref="ITransactionRunner.RunAsync"/>),
/// and every item goes through validation, handlers, slug assignment, index rows and routes.
/// Items come in EN/FR pairs sharing a localization set, like the recipe's.
/// </summary>
public sealed class Seeder(IServiceProvider services, int batchSize)
{
    private static readonly string[] AuthorityTypes = ["city", "municipality", "county", "region", "metropolitan-city", "other"];
    private static readonly string[] Priorities = ["education", "employment", "housing", "health", "anti-discrimination", "participation", "culture"];
    private static readonly string[] Kinds = ["news", "event", "interview"];
    private static readonly string[] Words = ["Roma", "inclusion", "seminar", "housing", "schools", "mediators", "Strasbourg", "network", "youth", "health", "women", "culture", "dialogue", "report", "training", "forum"];

    /// <summary>The English ids of the recipe's countries, which participants reference.</summary>
    public static async Task<IReadOnlyList<string>> CountryIdsAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IContentQueryService>().QueryAsync(
            new ContentQuery { Types = ["Country"], Culture = "en", SortBy = ContentSortKey.DisplayText, Descending = false, PageSize = ContentQuery.MaxPageSize }, ct);
        return page.Items.Select(i => i.ContentItemId).ToList();
    }

    /// <summary>Participants: <paramref name="count"/> items, half of them French variants; ordinals are given, as an import of the real list would.</summary>
    public Task<double> SeedMembersAsync(int count, IReadOnlyList<string> countries, bool withOrdinal, int firstNumber, CancellationToken ct) =>
        SeedAsync(count, firstNumber, ct, (n, culture) =>
        {
            var item = new ContentItem { ContentType = "Member", Culture = culture, LocalizationSet = $"bench-member-{n}", ContentItemId = culture == "en" ? $"bench-member-{n}" : $"bench-member-{n}-fr" };
            var city = $"{Words[n % Words.Length]} {Words[(n / 7) % Words.Length]} {n.ToString(CultureInfo.InvariantCulture)}";
            item.DisplayText = culture == "en" ? $"Municipality of {city}" : $"Municipalité de {city}";
            item.Set("Member", "AuthorityType", AuthorityTypes[n % AuthorityTypes.Length])
                .Set("Member", "Country", new JsonArray(countries[n % countries.Count]))
                .Set("Member", "Status", n % 50 == 0 ? "suspended" : "active")
                .Set("Member", "JoinedOn", new DateOnly(2013, 1, 1).AddDays(n % 4000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Set("Member", "Population", 5000 + n * 37 % 900000)
                .Set("Member", "RomaPopulation", 100 + n * 13 % 40000)
                .Set("Member", "RomaPopulationYear", 2010 + n % 15)
                .Set("Member", "Location", new JsonObject { ["lat"] = 35 + n % 3000 / 100.0, ["lng"] = -9 + n % 4000 / 100.0 })
                .Set("Member", "Priorities", new JsonArray(Priorities[n % 7], Priorities[(n + 3) % 7]))
                .Set("Member", "FocalPointRole", culture == "en" ? "Roma inclusion officer" : "Chargé de l'inclusion des Roms")
                .Set("Member", "Description", culture == "en"
                    ? $"<p>{city} is a municipality that joined the Alliance; its priorities are {Priorities[n % 7]} and {Priorities[(n + 3) % 7]}.</p>"
                    : $"<p>{city} est une municipalité membre de l'Alliance ; ses priorités sont {Priorities[n % 7]} et {Priorities[(n + 3) % 7]}.</p>");
            if (withOrdinal) item.Set("Member", "Ordinal", 1000 + n);
            return item;
        });

    /// <summary>News: <paramref name="count"/> items, half EN and half FR, published over 2005–2026.</summary>
    public Task<double> SeedNewsAsync(int count, CancellationToken ct) =>
        SeedAsync(count, 0, ct, (n, culture) =>
        {
            var item = new ContentItem { ContentType = "NewsItem", Culture = culture, LocalizationSet = $"bench-news-{n}", ContentItemId = culture == "en" ? $"bench-news-{n}" : $"bench-news-{n}-fr" };
            var date = new DateTime(2005, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(n * 3.3 % (22 * 365 * 24));
            var topic = $"{Words[n % Words.Length]} {Words[(n / 3) % Words.Length]} {Words[(n / 11) % Words.Length]}";
            item.DisplayText = culture == "en" ? $"{topic} in the Alliance, report {n}" : $"{topic} dans l'Alliance, rapport {n}";
            item.PublishedUtc = date;
            item.CreatedUtc = date;
            item.Set("NewsItem", "PublicationDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Set("NewsItem", "Kind", Kinds[n % Kinds.Length])
                .Set("NewsItem", "Summary", culture == "en" ? $"What happened: {topic}." : $"Ce qui s'est passé : {topic}.")
                .Set("NewsItem", "Body", culture == "en"
                    ? $"<p>The Alliance reports on <strong>{topic}</strong>.</p><p>Participants met to share what works.</p>"
                    : $"<p>L'Alliance rend compte de <strong>{topic}</strong>.</p><p>Les participants se sont réunis pour partager ce qui marche.</p>")
                .Set("NewsItem", "Tags", new JsonArray(Words[n % Words.Length].ToLowerInvariant(), Words[(n / 5) % Words.Length].ToLowerInvariant()));
            return item;
        });

    /// <summary>Creates one participant in EN and FR and explains the reads that took.</summary>
    public async Task<string> ExplainCreatesAsync(BenchmarkSite site, IReadOnlyList<string> countries, int number, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var builder = new Seeder(services, 1);
        site.Plans.Start();
        await builder.SeedMembersAsync(2, countries, withOrdinal: true, number, ct);
        var db = scope.ServiceProvider.GetRequiredService<Data.CmsDbContext>();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.OpenConnectionAsync(db.Database, ct);
        return await site.Plans.ExplainAsync(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database), ct);
    }

    /// <summary>Creates count items (pairs n/EN, n/FR), returns items per second.</summary>
    private async Task<double> SeedAsync(int count, int firstNumber, CancellationToken ct, Func<int, string, ContentItem> build)
    {
        var watch = Stopwatch.StartNew();
        var done = 0;
        var lastReport = watch.Elapsed;
        while (done < count)
        {
            var size = Math.Min(batchSize, count - done);
            await using var scope = services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var transactions = scope.ServiceProvider.GetRequiredService<ITransactionRunner>();
            var start = done;
            await transactions.RunAsync(async token =>
            {
                for (var i = start; i < start + size; i++)
                {
                    var n = firstNumber + i / 2;
                    var result = await content.CreateAsync(build(n, i % 2 == 0 ? "en" : "fr"), publish: true, token);
                    if (!result.Succeeded)
                        throw new InvalidOperationException($"Item {n} was refused: {result.Outcome} {string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Message}"))}");
                }
                return true;
            }, ct);
            done += size;
            if (watch.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = watch.Elapsed;
                Console.WriteLine($"    {done:N0}/{count:N0} ({done / watch.Elapsed.TotalSeconds:N0} items/s)");
            }
        }
        return count / watch.Elapsed.TotalSeconds;
    }
}
