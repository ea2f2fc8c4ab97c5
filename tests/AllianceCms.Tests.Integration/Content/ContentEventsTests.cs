using System.Globalization;
using AllianceCms.Core.Content;
using AllianceCms.Core.Recipes;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Content;

[Collection("blank")]
public sealed class ContentEventsTests(BlankSiteFactory site)
{
    /// <summary>Records events; refuses to create items whose title starts with "Forbidden".</summary>
    private sealed class RecordingHandler(List<string> log) : IContentHandler
    {
        public Task CreatingAsync(ContentContext context)
        {
            log.Add("creating");
            if (context.ContentItem.DisplayText.StartsWith("Forbidden", StringComparison.Ordinal))
                context.AddError(new ContentError("DisplayText", "Forbidden", "Not this one."));
            return Task.CompletedTask;
        }

        public Task CreatedAsync(ContentContext context) { log.Add("created"); return Task.CompletedTask; }
        public Task PublishingAsync(ContentContext context) { log.Add("publishing"); return Task.CompletedTask; }
        public Task PublishedAsync(ContentContext context) { log.Add($"published:{context.PreviousPublished?.Number}"); return Task.CompletedTask; }
        public Task UpdatedAsync(ContentContext context) { log.Add("updated"); return Task.CompletedTask; }
        public Task UnpublishedAsync(ContentContext context) { log.Add("unpublished"); return Task.CompletedTask; }
        public Task DeletedAsync(ContentContext context) { log.Add("deleted"); return Task.CompletedTask; }
        public Task RestoredAsync(ContentContext context) { log.Add("restored"); return Task.CompletedTask; }
    }

    [Fact]
    public async Task Handlers_hear_every_step_of_an_items_life_and_can_stop_a_creation()
    {
        var log = new List<string>();
        await using var host = site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<IContentHandler>(_ => new RecordingHandler(log))));
        await using var scope = host.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();

        var refused = await content.CreateAsync(await Items.NewCountryAsync(content, "Forbidden land"), publish: true);
        Assert.Equal("Forbidden", refused.Errors.Single().Code);
        var queries = scope.ServiceProvider.GetRequiredService<AllianceCms.Core.Queries.IContentQueryService>();
        Assert.Equal(0, await queries.CountAsync(new() { Types = ["Country"], Status = AllianceCms.Core.Queries.ContentStatus.Latest, DisplayTextContains = "Forbidden land" }));
        Assert.Equal(["creating", "publishing"], log);
        log.Clear();

        var item = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Eventland")), publish: true).CreatedAsync();
        var edit = item.Clone();
        edit.DisplayText = Items.Unique("Eventland again");
        await content.SaveAsync(edit, publish: true).CreatedAsync();
        await content.UnpublishAsync(item.ContentItemId).CreatedAsync();
        await content.DeleteAsync(item.ContentItemId).CreatedAsync();
        await content.RestoreAsync(item.ContentItemId).CreatedAsync();

        Assert.Equal(["creating", "publishing", "created", "published:", "publishing", "updated", "published:1", "unpublished", "deleted", "restored"], log);
    }

    [Fact]
    public async Task Field_errors_are_written_in_the_editors_language()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewCountryAsync(content, "");
            ContentResult result;
            using (new UiCulture(CultureInfo.GetCultureInfo("fr")))
                result = await content.CreateAsync(item, publish: false);
            Assert.Equal("Le champ «\u00a0Nom\u00a0» est obligatoire.", result.Errors.Single(e => e.Path == "DisplayText").Message);

            using (new UiCulture(CultureInfo.GetCultureInfo("en")))
                result = await content.CreateAsync(item, publish: false);
            Assert.Equal("Name is required.", result.Errors.Single(e => e.Path == "DisplayText").Message);
            return true;
        });
    }
}
