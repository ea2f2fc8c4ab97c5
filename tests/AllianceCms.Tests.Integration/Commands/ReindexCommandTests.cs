using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Data;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Commands;

[Collection("cli")]
public sealed class ReindexCommandTests(CliSite site)
{
    private static readonly ContentQuery ParticipantsInSerbia = new()
    {
        Types = ["Member"],
        Culture = "en",
        Filters = [new FieldFilter("Member.Country", FilterOperator.Equals, "country-rs")],
    };

    [Fact]
    public async Task Reindex_rebuilds_the_index_rows_and_routes_from_the_stored_documents()
    {
        site.AssertSetUp();
        // A replaced slug, so that there is a former route (a redirect) to rebuild too.
        await site.Services.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var page = (await content.GetAsync("page-legal-notice-fr", VersionOptions.Latest))!.Clone();
            page.Slug = "mentions-legales-et-credits";
            return await content.SaveAsync(page, publish: true).CreatedAsync();
        });
        var before = await site.Services.WithScopeAsync(IndexAsync);
        Assert.True(before.Serbia >= 2, $"{before.Serbia} participants in Serbia");
        Assert.Contains(before.Routes, r => r is { Slug: "mentions-legales", IsCurrent: false });

        await site.Services.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            await db.ContentIndex.ExecuteDeleteAsync();
            return await db.ContentRoutes.ExecuteDeleteAsync();
        });
        var emptied = await site.Services.WithScopeAsync(IndexAsync);
        Assert.Equal((0, 0, 0), (emptied.Serbia, emptied.IndexRows.Count, emptied.Routes.Count));

        var run = await site.RunAsync("reindex").SucceedsAsync();
        Assert.Contains("Reindexed", run.Output);

        var after = await site.Services.WithScopeAsync(IndexAsync);
        Assert.Equal(before.Serbia, after.Serbia);
        Assert.Equal(before.IndexRows, after.IndexRows);
        Assert.Equal(before.Routes, after.Routes);
        await site.Services.WithScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<IContentQueryService>();
            Assert.Equal(new RouteMatch("page-legal-notice-fr", "Page", "fr", "mentions-legales-et-credits", false), await queries.FindRouteAsync("fr", "mentions-legales"));
            Assert.True((await queries.FindRouteAsync("en", "tivat"))!.IsCurrent);
            return true;
        });
    }

    private sealed record Route(string Culture, string Slug, string ContentItemId, string ContentType, bool IsCurrent);

    private sealed record Index(int Serbia, List<string> IndexRows, List<Route> Routes);

    private static async Task<Index> IndexAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var rows = await db.ContentIndex.AsNoTracking().ToListAsync();
        var routes = await db.ContentRoutes.AsNoTracking().ToListAsync();
        return new Index(
            await sp.GetRequiredService<IContentQueryService>().CountAsync(ParticipantsInSerbia),
            rows.Select(r => $"{r.DocumentId} {r.Name} {r.TextValue} {r.NumberValue} {r.DateValue:O}").Order(StringComparer.Ordinal).ToList(),
            routes.Select(r => new Route(r.Culture, r.Slug, r.ContentItemId, r.ContentType, r.IsCurrent)).OrderBy(r => r.Culture).ThenBy(r => r.Slug, StringComparer.Ordinal).ToList());
    }
}
