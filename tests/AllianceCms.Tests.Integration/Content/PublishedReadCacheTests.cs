using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Settings;
using AllianceCms.Data;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Content;

/// <summary>
/// Published reads come from memory, and a committed change is seen by the very next read: by id,
/// by culture variant, by route, in query pages and counts, and for settings documents.
/// </summary>
[Collection("site")]
public sealed class PublishedReadCacheTests(SiteFactory site)
{
    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<ContentItem?> PublishedAsync(string id) =>
        InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published));

    private Task<ContentItem> CreateCountryAsync(string name, bool publish = true) =>
        InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            return await content.CreateAsync(await Items.NewCountryAsync(content, name), publish).CreatedAsync();
        });

    [Fact]
    public async Task A_new_published_version_is_read_at_once_after_the_old_one_was_cached()
    {
        var item = await CreateCountryAsync(Items.Unique("Cacheland"));
        Assert.Equal(item.DisplayText, (await PublishedAsync(item.ContentItemId))!.DisplayText);

        var renamed = Items.Unique("Cacheland renamed");
        await InScopeAsync(async sp =>
        {
            var edit = item.Clone();
            edit.DisplayText = renamed;
            return await sp.GetRequiredService<IContentManager>().SaveAsync(edit, publish: true).CreatedAsync();
        });
        Assert.Equal(renamed, (await PublishedAsync(item.ContentItemId))!.DisplayText);

        await InScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(item.ContentItemId));
        Assert.Null(await PublishedAsync(item.ContentItemId));
    }

    [Fact]
    public async Task An_item_read_before_it_existed_is_found_once_published()
    {
        var draft = await CreateCountryAsync(Items.Unique("Draftland"), publish: false);
        Assert.Null(await PublishedAsync(draft.ContentItemId));
        await InScopeAsync(sp => sp.GetRequiredService<IContentManager>().PublishAsync(draft.ContentItemId));
        Assert.NotNull(await PublishedAsync(draft.ContentItemId));
    }

    [Fact]
    public async Task Query_pages_counts_and_routes_follow_a_publication()
    {
        var name = Items.Unique("Querystan");
        var query = new ContentQuery { Types = ["Country"], Culture = "en", DisplayTextContains = name };
        Task<int> CountAsync() => InScopeAsync(sp => sp.GetRequiredService<IContentQueryService>().CountAsync(query));
        Task<ContentPage<ContentItem>> PageAsync() => InScopeAsync(sp => sp.GetRequiredService<IContentQueryService>().QueryAsync(query));

        Assert.Equal(0, await CountAsync());
        Assert.Empty((await PageAsync()).Items);
        var item = await CreateCountryAsync(name);
        Assert.Equal(1, await CountAsync());
        Assert.Equal(item.ContentItemId, Assert.Single((await PageAsync()).Items).ContentItemId);

        var route = await InScopeAsync(sp => sp.GetRequiredService<IContentQueryService>().FindRouteAsync("en", item.Slug!));
        Assert.Equal(item.ContentItemId, route!.ContentItemId);
        await InScopeAsync(sp => sp.GetRequiredService<IContentManager>().DeleteAsync(item.ContentItemId));
        Assert.Equal(0, await CountAsync());
        Assert.Null(await PublishedAsync(item.ContentItemId));
    }

    [Fact]
    public async Task Every_reader_gets_its_own_copy_to_change()
    {
        var item = await CreateCountryAsync(Items.Unique("Copyland"));
        var first = (await PublishedAsync(item.ContentItemId))!;
        first.DisplayText = "changed by a caller";
        first.Set("Country", "Alpha2", "QQ");
        var second = (await PublishedAsync(item.ContentItemId))!;
        Assert.Equal(item.DisplayText, second.DisplayText);
        Assert.Equal("ZZ", second.Get<string>("Country", "Alpha2"));
    }

    [Fact]
    public async Task Reads_inside_a_transaction_see_its_own_writes_and_a_rollback_leaves_the_cache_right()
    {
        var item = await CreateCountryAsync(Items.Unique("Txland"));
        Assert.NotNull(await PublishedAsync(item.ContentItemId)); // cached
        await InScopeAsync<bool>(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var transactions = sp.GetRequiredService<ITransactionRunner>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => transactions.RunAsync<bool>(async ct =>
            {
                await content.UnpublishAsync(item.ContentItemId, ct);
                Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Published, ct));
                throw new InvalidOperationException("roll back");
            }));
            return true;
        });
        Assert.NotNull(await PublishedAsync(item.ContentItemId));
    }

    [Fact]
    public async Task A_saved_settings_document_is_read_back_at_once()
    {
        var name = "test-read-cache-" + Guid.NewGuid().ToString("N")[..8];
        await InScopeAsync(async sp => { await sp.GetRequiredService<IDocumentStore>().SaveAsync(name, new SiteSettings { SiteName = new("One", "Un") }); return true; });
        Assert.Equal("One", (await InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().GetAsync<SiteSettings>(name)))!.SiteName["en"]);
        await InScopeAsync(async sp => { await sp.GetRequiredService<IDocumentStore>().SaveAsync(name, new SiteSettings { SiteName = new("Two", "Deux") }); return true; });
        Assert.Equal("Two", (await InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().GetAsync<SiteSettings>(name)))!.SiteName["en"]);
    }

    [Fact]
    public async Task An_erased_item_is_gone_from_the_cache()
    {
        var item = await CreateCountryAsync(Items.Unique("Eraseland"));
        Assert.NotNull(await PublishedAsync(item.ContentItemId));
        Assert.True(await InScopeAsync(sp => sp.GetRequiredService<IContentEraser>().EraseAsync(item.ContentItemId)));
        Assert.Null(await PublishedAsync(item.ContentItemId));
    }
}
