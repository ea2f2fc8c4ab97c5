using System.Data.Common;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Data;
using AllianceCms.Data.Content;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Tests.Integration.Content;

/// <summary>
/// Sorting by an indexed field: an item sorts by its smallest value, items without one come first
/// ascending and last descending, ties go by age; one page, keyset pages and offset pages agree.
/// </summary>
[Collection("site")]
public sealed class FieldSortQueryTests(SiteFactory site)
{
    [Fact]
    public async Task Items_without_a_date_come_first_ascending_and_last_descending_and_equal_dates_go_by_age()
    {
        var marker = Items.Unique("Eventsort");
        await site.WithContentAsync(async (content, _) =>
        {
            await NewsAsync(content, marker, "a", "2026-03-01T10:00:00Z");
            await NewsAsync(content, marker, "b", null);
            await NewsAsync(content, marker, "c", "2026-01-01T10:00:00Z");
            await NewsAsync(content, marker, "d", "2026-03-01T10:00:00Z");
            await NewsAsync(content, marker, "e", null);
            await NewsAsync(content, marker, "f", "2026-02-01T10:00:00Z");
            await NewsAsync(content, marker, "draft", "2026-02-15T10:00:00Z", publish: false);
            await NewsAsync(content, marker, "french", "2026-02-20T10:00:00Z", culture: "fr");
            await NewsAsync(content, marker, "french-undated", null, culture: "fr");
            return 0;
        });
        var query = new ContentQuery { Types = ["NewsItem"], Culture = "en", DisplayTextContains = marker, SortBy = ContentSortKey.Field, SortField = "NewsItem.EventStart" };

        await AssertOrderAsync(query with { Descending = false }, marker, ["b", "e", "c", "f", "a", "d"]);
        await AssertOrderAsync(query with { Descending = true }, marker, ["d", "a", "f", "c", "e", "b"]);
        await AssertOrderAsync(query with { Descending = false, Status = ContentStatus.Latest }, marker, ["b", "e", "c", "f", "draft", "a", "d"]);
        await AssertOrderAsync(query with { Descending = true, Culture = "fr" }, marker, ["french", "french-undated"]);
    }

    [Fact]
    public async Task A_field_with_several_values_sorts_by_its_smallest_and_items_without_tags_sort_as_empty()
    {
        var marker = Items.Unique("Tagsort");
        await site.WithContentAsync(async (content, _) =>
        {
            await NewsAsync(content, marker, "p", null, tags: ["m", "c"]);
            await NewsAsync(content, marker, "q", null, tags: ["B", "z"]);
            await NewsAsync(content, marker, "r", null);
            await NewsAsync(content, marker, "s", null, tags: ["d"]);
            await NewsAsync(content, marker, "t", null, tags: ["c"]);
            await NewsAsync(content, marker, "u", null);
            return 0;
        });
        var query = new ContentQuery { Types = ["NewsItem"], Culture = "en", DisplayTextContains = marker, SortBy = ContentSortKey.Field, SortField = "NewsItem.Tags" };

        await AssertOrderAsync(query with { Descending = false }, marker, ["r", "u", "q", "p", "t", "s"]);
        await AssertOrderAsync(query with { Descending = true }, marker, ["s", "t", "p", "q", "u", "r"]);
    }

    [Fact]
    public async Task Equal_numbers_go_by_age_across_page_boundaries()
    {
        var marker = Items.Unique("Ordinalsort");
        await site.WithContentAsync(async (content, _) =>
        {
            var country = (await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Ordinalia")), publish: true).CreatedAsync()).ContentItemId;
            foreach (var (name, ordinal) in new[] { ("m1", 9001), ("m2", 9000), ("m3", 9000), ("m4", 9002), ("m5", 9000), ("m6", 9001) })
            {
                var member = await Items.NewMemberAsync(content, $"{marker} {name}", country);
                member.Set("Member", "Ordinal", ordinal);
                await content.CreateAsync(member, publish: true).CreatedAsync();
            }
            return 0;
        });
        var query = new ContentQuery { Types = ["Member"], Culture = "en", DisplayTextContains = marker, SortBy = ContentSortKey.Field, SortField = "Member.Ordinal" };

        await AssertOrderAsync(query with { Descending = false }, marker, ["m2", "m3", "m5", "m1", "m6", "m4"]);
        await AssertOrderAsync(query with { Descending = true }, marker, ["m4", "m6", "m1", "m5", "m3", "m2"]);
    }

    [Fact]
    public async Task Published_lists_sort_by_the_published_value_and_editors_by_the_draft_value()
    {
        var marker = Items.Unique("Draftsort");
        await site.WithContentAsync(async (content, _) =>
        {
            var early = await NewsAsync(content, marker, "early-then-late", "2026-01-01T10:00:00Z");
            await NewsAsync(content, marker, "middle", "2026-02-01T10:00:00Z");
            var draft = (await content.GetAsync(early.ContentItemId, VersionOptions.Latest))!;
            draft.Set("NewsItem", "EventStart", "2026-03-01T10:00:00Z");
            await content.SaveAsync(draft, publish: false).CreatedAsync();
            return 0;
        });
        var query = new ContentQuery { Types = ["NewsItem"], Culture = "en", DisplayTextContains = marker, SortBy = ContentSortKey.Field, SortField = "NewsItem.EventStart", Descending = false };

        await AssertOrderAsync(query, marker, ["early-then-late", "middle"]);
        await AssertOrderAsync(query with { Status = ContentStatus.Latest }, marker, ["middle", "early-then-late"]);
    }

    [SqlitePlanFact]
    public async Task A_long_list_sorted_by_a_field_is_read_in_the_order_of_the_value_index_without_sorting_its_matches()
    {
        var marker = Items.Unique("Plansort");
        await site.WithContentAsync(async (content, _) =>
        {
            foreach (var day in new[] { 3, 1, 2 }) await NewsAsync(content, marker, $"d{day}", $"2026-05-0{day}T10:00:00Z");
            return 0;
        });
        var query = new ContentQuery
        {
            Types = ["NewsItem"], Culture = "en", DisplayTextContains = marker, SortBy = ContentSortKey.Field, SortField = "NewsItem.EventStart",
            PageSize = 2, IncludeTotal = false,
        };

        FieldSortPlan.SortMatchesUpTo = 0; // as if the list were long
        var sent = new SentCommands();
        try
        {
            using var listening = DiagnosticListener.AllListeners.Subscribe(sent);
            await Task.Delay(TimeSpan.FromMilliseconds(1100)); // EF caches "nobody listens" for a second (ConfigureLoggingCacheTime)
            await using var scope = site.Scope();
            var page = await scope.ServiceProvider.GetRequiredService<ContentQueryService>().QueryAsync(query);
            Assert.Equal(["d3", "d2"], page.Items.Select(i => i.DisplayText[(marker.Length + 1)..]));
        }
        finally
        {
            FieldSortPlan.SortMatchesUpTo = 1000;
        }

        // Other test classes run meanwhile (and walk too while the threshold is 0), and their commands are still being
        // recorded: this query's walk is found in a copy, by the marker it names (lower-cased as the search stores it).
        List<(string CommandText, List<(string Name, object? Value)> Parameters)> commands;
        lock (sent.Commands) commands = [.. sent.Commands];
        var walk = Assert.Single(commands, c => c.CommandText.Contains("\"DateValue\" AS \"Value\"")
            && c.Parameters.Any(p => p.Value?.ToString()?.Contains(marker, StringComparison.OrdinalIgnoreCase) == true));
        await using var planScope = site.Scope();
        var connection = planScope.ServiceProvider.GetRequiredService<CmsDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + walk.CommandText;
        foreach (var (name, value) in walk.Parameters)
        {
            var parameter = explain.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            explain.Parameters.Add(parameter);
        }
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));

        Assert.StartsWith("SEARCH c USING COVERING INDEX IX_ContentIndex_Name_DateValue_DocumentId", plan[0]);
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE"));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("not a number")]
    public async Task A_forged_cursor_on_a_number_sort_is_refused_as_a_bad_query(string key)
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes($"12|{key}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await Assert.ThrowsAsync<InvalidQueryException>(() => site.WithContentAsync((_, queries) => queries.QueryAsync(new ContentQuery
        {
            Types = ["Member"], SortBy = ContentSortKey.Field, SortField = "Member.Ordinal", After = cursor,
        })));
    }

    /// <summary>
    /// The whole list in one page, in keyset pages of two and in offset pages of two: all in the
    /// expected order, whether the matches are sorted as they are or read in the order of the value
    /// index, with the filter checked item by item or against its ids read at once.
    /// </summary>
    private async Task AssertOrderAsync(ContentQuery query, string marker, string[] expected)
    {
        foreach (var (plan, sortUpTo, deepOffset) in new[] { ("sorted", 1_000_000, 1000), ("walked", 0, 1000), ("walked, ids at once", 0, 1) })
        {
            FieldSortPlan.SortMatchesUpTo = sortUpTo;
            FieldSortPlan.DeepOffset = deepOffset;
            try
            {
                var (whole, keyset, offset) = await ReadAsync(query, expected.Length);
                string[] Names(IEnumerable<ContentItem> items) => items.Select(i => i.DisplayText[(marker.Length + 1)..]).ToArray();
                Assert.True(expected.SequenceEqual(Names(whole.Items)), $"{plan}, one page: {string.Join(" ", Names(whole.Items))}");
                Assert.Equal(expected.Length, whole.TotalCount);
                Assert.Null(whole.NextCursor);
                Assert.True(expected.SequenceEqual(Names(keyset)), $"{plan}, keyset pages: {string.Join(" ", Names(keyset))}");
                Assert.True(expected.SequenceEqual(Names(offset)), $"{plan}, offset pages: {string.Join(" ", Names(offset))}");
            }
            finally
            {
                FieldSortPlan.SortMatchesUpTo = 1000;
                FieldSortPlan.DeepOffset = 1000;
            }
        }
    }

    private async Task<(ContentPage<ContentItem> Whole, List<ContentItem> Keyset, List<ContentItem> Offset)> ReadAsync(ContentQuery query, int count)
    {
        // The query service itself: the read cache in front of it would answer the later plans from the first.
        await using var scope = site.Scope();
        var queries = scope.ServiceProvider.GetRequiredService<ContentQueryService>();
        // Whole lists with their total, pages without, so that the plan is also chosen on the bounded count of matches.
        var whole = await queries.QueryAsync(query with { PageSize = 50 });
        var keyset = new List<ContentItem>();
        string? cursor = null;
        do
        {
            var page = await queries.QueryAsync(query with { PageSize = 2, After = cursor, IncludeTotal = false });
            Assert.True(page.Items.Count is > 0 and <= 2);
            keyset.AddRange(page.Items);
            cursor = page.NextCursor;
        } while (cursor is not null);
        var offset = new List<ContentItem>();
        for (var skip = 0; skip < count + 2; skip += 2)
            offset.AddRange((await queries.QueryAsync(query with { PageSize = 2, Skip = skip, IncludeTotal = false })).Items);
        return (whole, keyset, offset);
    }

    private static async Task<ContentItem> NewsAsync(IContentManager content, string marker, string name, string? eventStart,
        bool publish = true, string culture = "en", string[]? tags = null)
    {
        var item = await Items.NewNewsAsync(content, $"{marker} {name}", culture: culture);
        if (eventStart is not null) item.Set("NewsItem", "EventStart", eventStart);
        if (tags is not null) item.Set("NewsItem", "Tags", new JsonArray(tags.Select(t => (JsonNode)t).ToArray()));
        return await content.CreateAsync(item, publish).CreatedAsync();
    }

    /// <summary>The SQL commands EF sends while subscribed, with their parameters.</summary>
    private sealed class SentCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public List<(string CommandText, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) listener.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Value is CommandEventData data && e.Key.EndsWith(nameof(RelationalEventId.CommandExecuting), StringComparison.Ordinal))
                lock (Commands) Commands.Add((data.Command.CommandText, data.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        }

        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}

/// <summary>About SQLite's query plans (PostgreSQL plans small test tables its own way).</summary>
public sealed class SqlitePlanFactAttribute : FactAttribute
{
    public SqlitePlanFactAttribute()
    {
        if (TestDatabase.UsePostgres) Skip = "About SQLite's query plans only.";
    }
}
