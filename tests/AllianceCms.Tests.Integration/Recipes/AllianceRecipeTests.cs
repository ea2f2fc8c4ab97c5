using AllianceCms.Core.Recipes;
using AllianceCms.Data;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Recipes;

/// <summary>The shipped Alliance recipe, on a database of its own so that importing it twice disturbs no shared site.</summary>
public sealed class AllianceRecipeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Importing_the_alliance_recipe_twice_changes_nothing_the_second_time()
    {
        await using var site = SiteServices.For(_database);
        await site.WithScopeAsync(async sp => { await sp.GetRequiredService<ModuleMigrator>().MigrateAsync(); return true; });
        var recipe = await File.ReadAllTextAsync(RecipeFiles.Resolve("alliance"));

        await ImportAsync(site, recipe);
        var first = await site.WithScopeAsync(StoredSite.ReadAsync);
        await ImportAsync(site, recipe);
        var second = await site.WithScopeAsync(StoredSite.ReadAsync);

        Assert.True(first.Versions.Count >= 250, $"{first.Versions.Count} versions");
        var added = second.Versions.Select(v => v.VersionId).Except(first.Versions.Select(v => v.VersionId)).ToList();
        Assert.True(added.Count == 0, $"{added.Count} new versions, e.g. of {string.Join(", ", second.Versions.Where(v => added.Contains(v.VersionId)).Take(5))}");
        StoredSite.AssertSame(first, second, sameHistory: true);
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.Equal(first.Versions.Count, await db.ContentItems.CountAsync());
            return true;
        });
    }

    private static Task ImportAsync(SiteServices site, string recipe) => site.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeExecutor.Parse(recipe));
        return true;
    });
}
