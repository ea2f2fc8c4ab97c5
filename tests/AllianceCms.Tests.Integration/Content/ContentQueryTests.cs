using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Content;

[Collection("site")]
public sealed class ContentQueryTests(SiteFactory site)
{
    [Fact]
    public async Task Participants_of_one_country_are_found_through_the_field_index_in_either_culture()
    {
        var (en, fr) = await site.WithContentAsync(async (_, queries) =>
        {
            var filter = new FieldFilter("Member.Country", FilterOperator.Equals, "country-rs");
            var english = await queries.QueryAsync(new ContentQuery { Types = ["Member"], Culture = "en", Filters = [filter], SortBy = ContentSortKey.DisplayText, Descending = false });
            var french = await queries.QueryAsync(new ContentQuery { Types = ["Member"], Culture = "fr", Filters = [filter], SortBy = ContentSortKey.DisplayText, Descending = false });
            return (english, french);
        });

        Assert.Contains(en.Items, i => i.DisplayText == "Kragujevac");
        Assert.All(en.Items, i => Assert.Equal("country-rs", i.Get("Member", "Country")!.AsArray()[0]!.GetValue<string>()));
        Assert.Equal(en.TotalCount, fr.TotalCount);
        Assert.All(fr.Items, i => Assert.Equal("fr", i.Culture));
    }

    [Fact]
    public async Task Keyset_pages_cover_every_item_once_in_order()
    {
        var (all, paged) = await site.WithContentAsync(async (_, queries) =>
        {
            var query = new ContentQuery { Types = ["Country"], Culture = "en", SortBy = ContentSortKey.DisplayText, Descending = false, PageSize = 7 };
            var everything = await queries.QueryAsync(query with { PageSize = 100 });
            var seen = new List<string>();
            string? cursor = null;
            do
            {
                var page = await queries.QueryAsync(query with { After = cursor });
                seen.AddRange(page.Items.Select(i => i.DisplayText));
                cursor = page.NextCursor;
            } while (cursor is not null);
            return (everything.Items.Select(i => i.DisplayText).ToList(), seen);
        });

        Assert.True(all.Count >= 46, $"{all.Count} countries"); // other tests of the collection add countries
        Assert.Equal(all, paged);
        Assert.Equal(all.OrderBy(n => Core.Routing.TextFolding.Fold(n), StringComparer.Ordinal), all);
    }

    [Fact]
    public async Task Offset_pages_and_newest_first_sorting_agree_with_keyset_pages()
    {
        var (offset, keyset) = await site.WithContentAsync(async (_, queries) =>
        {
            var query = new ContentQuery { Types = ["NewsItem"], Culture = "fr", PageSize = 5 };
            var first = await queries.QueryAsync(query);
            var second = await queries.QueryAsync(query with { After = first.NextCursor });
            var bySkip = await queries.QueryAsync(query with { Skip = 5 });
            return (bySkip.Items.Select(i => i.ContentItemId).ToList(), second.Items.Select(i => i.ContentItemId).ToList());
        });
        Assert.Equal(5, keyset.Count);
        Assert.Equal(keyset, offset);
    }

    [Fact]
    public async Task Sorting_on_an_indexed_number_field_orders_by_its_value()
    {
        var ordinals = await site.WithContentAsync(async (_, queries) =>
        {
            var page = await queries.QueryAsync(new ContentQuery
            {
                Types = ["Member"], Culture = "en", SortBy = ContentSortKey.Field, SortField = "Member.Ordinal", Descending = true, PageSize = 3,
            });
            return page.Items.Select(i => i.Get<long>("Member", "Ordinal")).ToList();
        });
        Assert.True(ordinals[0] >= 130);
        Assert.Equal(ordinals.OrderDescending(), ordinals);
        var reggio = await site.WithContentAsync((_, queries) => queries.QueryAsync(new ContentQuery
        {
            Types = ["Member"], Culture = "en", Filters = [new FieldFilter("Member.Ordinal", FilterOperator.Equals, 130)],
        }));
        Assert.Equal("Reggio Calabria", Assert.Single(reggio.Items).DisplayText);
    }

    [Fact]
    public async Task Filters_on_choices_dates_and_booleans_use_their_typed_columns()
    {
        // Other tests of the shared site add news, so the date filter is judged against the whole count.
        var (events, featured, recent, all) = await site.WithContentAsync(async (_, queries) =>
        {
            var e = await queries.CountAsync(new ContentQuery { Types = ["NewsItem"], Culture = "en", Filters = [new FieldFilter("NewsItem.Kind", FilterOperator.Equals, "event")] });
            var f = await queries.QueryAsync(new ContentQuery { Types = ["GlossaryTerm"], Culture = "en", Filters = [new FieldFilter("GlossaryTerm.Featured", FilterOperator.Equals, true)] });
            var r = await queries.CountAsync(new ContentQuery { Types = ["NewsItem"], Culture = "en", Filters = [new FieldFilter("NewsItem.PublicationDate", FilterOperator.GreaterOrEqual, new DateOnly(2024, 1, 1))] });
            var a = await queries.CountAsync(new ContentQuery { Types = ["NewsItem"], Culture = "en" });
            return (e, f, r, a);
        });
        Assert.True(events >= 3);
        Assert.Equal("Roma and Travellers", Assert.Single(featured.Items).DisplayText);
        Assert.InRange(recent, 1, all - 1); // the recipe's news from before 2024 (the 2014 ECRI seminar) are left out
    }

    [Fact]
    public async Task Display_text_search_ignores_case_and_diacritics()
    {
        var found = await site.WithContentAsync((_, queries) =>
            queries.QueryAsync(new ContentQuery { Types = ["Country"], Culture = "fr", DisplayTextContains = "REPUBLIQUE" }));
        Assert.Contains(found.Items, i => i.DisplayText == "République tchèque");
        Assert.Contains(found.Items, i => i.DisplayText == "République slovaque");
    }

    [Fact]
    public async Task A_filter_on_a_field_that_is_not_indexed_is_refused_clearly()
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => site.WithContentAsync((_, queries) =>
            queries.QueryAsync(new ContentQuery { Types = ["Member"], Filters = [new FieldFilter("Member.Population", FilterOperator.GreaterOrEqual, 1000)] })));
        Assert.Contains("Member.Population", error.Message);
    }

    [Fact]
    public async Task A_forged_cursor_is_refused_as_a_bad_query()
    {
        await Assert.ThrowsAsync<InvalidQueryException>(() => site.WithContentAsync((_, queries) =>
            queries.QueryAsync(new ContentQuery { Types = ["Country"], After = "not-a-cursor!" })));
    }

    [Fact]
    public async Task Drafts_are_listed_for_editors_but_not_for_the_public()
    {
        var name = Items.Unique("Draftonia");
        var (published, latest) = await site.WithContentAsync(async (content, queries) =>
        {
            await content.CreateAsync(await Items.NewCountryAsync(content, name), publish: false).CreatedAsync();
            var q = new ContentQuery { Types = ["Country"], DisplayTextContains = name };
            return (await queries.CountAsync(q), await queries.CountAsync(q with { Status = ContentStatus.DraftOnly }));
        });
        Assert.Equal(0, published);
        Assert.Equal(1, latest);
    }
}
