using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Commands;

[Collection("cli")]
public sealed class ExportImportTests(CliSite site)
{
    [Fact]
    public async Task Export_then_import_into_an_empty_database_gives_the_same_content()
    {
        site.AssertSetUp();
        // Beyond what the recipe made: a draft waiting over a published version, and an unpublished item.
        await site.Services.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var france = (await content.GetAsync("country-fr-fr", VersionOptions.Latest))!;
            var draft = france.Clone();
            draft.DisplayText = "France (brouillon)";
            draft.Set("Country", "Intro", "<p>Un nouveau texte, pas encore publié.</p>");
            await content.SaveAsync(draft).CreatedAsync();
            await content.UnpublishAsync("page-privacy-fr").CreatedAsync();
            return true;
        });

        var file = site.TempFile("export.json");
        var export = await site.RunAsync("export", file).SucceedsAsync();
        Assert.Contains(file, export.Output);

        await using var target = await TestDatabase.CreateAsync();
        var import = await CliHost.RunAsync(target, ["import", file]).SucceedsAsync();
        Assert.Contains("Imported", import.Output);

        await using var imported = SiteServices.For(target);
        var expected = await site.Services.WithScopeAsync(StoredSite.ReadAsync);
        var actual = await imported.WithScopeAsync(StoredSite.ReadAsync);
        Assert.True(expected.Latest.Count >= 250, $"{expected.Latest.Count} items only");
        Assert.Contains(expected.Latest.Values, v => !v.Published && expected.Published.ContainsKey(v.ContentItemId));
        Assert.Contains(expected.Latest.Values, v => !v.Published && !expected.Published.ContainsKey(v.ContentItemId));
        StoredSite.AssertSame(expected, actual);
    }
}
