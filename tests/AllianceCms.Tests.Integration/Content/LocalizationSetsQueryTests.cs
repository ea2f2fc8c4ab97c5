using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Content;

/// <summary>Several localization sets in one query: how the sitemap finds the translations of a page of items.</summary>
[Collection("site")]
public sealed class LocalizationSetsQueryTests(SiteFactory site)
{
    [Fact]
    public async Task Items_of_any_of_the_sets_are_found_in_every_culture_and_nothing_else()
    {
        var page = await site.WithContentAsync((_, queries) => queries.QueryAsync(new ContentQuery
        {
            LocalizationSets = ["member-tivat", "country-fr", "no-such-set"],
            PageSize = ContentQuery.MaxPageSize,
        }));

        Assert.Equal(
            ["country-fr/en", "country-fr/fr", "member-tivat/en", "member-tivat/fr"],
            page.Items.Select(i => $"{i.LocalizationSet}/{i.Culture}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Asking_for_more_sets_than_a_page_holds_is_refused_clearly()
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => site.WithContentAsync((_, queries) => queries.QueryAsync(new ContentQuery
        {
            LocalizationSets = Enumerable.Range(0, ContentQuery.MaxPageSize + 1).Select(i => $"set-{i}").ToList(),
        })));
        Assert.Contains("localization sets", error.Message);
    }
}
