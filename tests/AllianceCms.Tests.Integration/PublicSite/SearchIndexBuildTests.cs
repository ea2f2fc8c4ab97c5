using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using AllianceCms.Data;
using AllianceCms.Search;
using AllianceCms.Tests.Integration.Commands;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>The index is rebuilt by the `reindex` command, and built when a site starts without one.</summary>
[Collection("cli")]
public sealed class SearchIndexBuildTests(CliSite site)
{
    [Fact]
    public async Task Reindex_command_rebuilds_the_search_index_of_every_culture()
    {
        site.AssertSetUp();
        var folder = Path.Combine(site.Database.DataFolder, new SearchOptions().IndexFolder);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var run = await site.RunAsync("reindex").SucceedsAsync();

        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(run.Output, @"Rebuilt the search index with (\d+) published items").Groups[1].Value);
        Assert.True(count > 100, run.Output);
        using var index = IndexAt(site.Database.DataFolder, folder);
        var search = new SearchService(index);
        Assert.Contains(search.Search("en", "Val-de-Marne", 0, 10).Hits, h => h.Url.StartsWith("/participants/", StringComparison.Ordinal));
        Assert.Contains(search.Search("fr", "departement", 0, 10).Hits, h => h.Url.StartsWith("/fr/participants/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_index_is_built_and_a_built_one_is_left_alone()
    {
        site.AssertSetUp();
        var folder = Path.Combine(site.Database.DataFolder, "search-" + Guid.NewGuid().ToString("N"));
        using var index = IndexAt(site.Database.DataFolder, folder);
        await site.Services.WithScopeAsync(async sp =>
        {
            var rebuilder = new SearchIndexRebuilder(index, sp.GetRequiredService<IContentQueryService>(), sp.GetRequiredService<IContentDefinitionStore>(),
                sp.GetRequiredService<ContentUrls>(), sp.GetRequiredService<IOptions<CultureOptions>>(), NullLogger<SearchIndexRebuilder>.Instance);
            Assert.True(await rebuilder.RebuildEmptyAsync());
            var built = (index.Count("en"), index.Count("fr"));
            Assert.True(built.Item1 > 50 && built.Item2 > 50, $"{built} items");
            Assert.False(await rebuilder.RebuildEmptyAsync());
            Assert.Equal(built, (index.Count("en"), index.Count("fr")));
            return true;
        });
    }

    private static SearchIndex IndexAt(string dataFolder, string folder) =>
        new(Options.Create(new SearchOptions { IndexFolder = folder }), Options.Create(new DatabaseOptions { DataFolder = dataFolder }), NullLogger<SearchIndex>.Instance);
}
