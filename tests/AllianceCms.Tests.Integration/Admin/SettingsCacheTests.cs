using System.Net;
using AllianceCms.Core.Settings;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>
/// The page cache set in the admin: its duration applies at the next request, 0 turns it off, and the
/// clear button drops every cached page. The site's name is changed behind the site's back (straight in
/// the settings document), a change that evicts nothing, so only the cache decides what the public sees.
/// </summary>
public sealed class SettingsCacheTests(BlankSiteFactory site) : IClassFixture<BlankSiteFactory>
{
    private async Task RenameBehindTheCacheAsync(string name)
    {
        await using var scope = site.Scope();
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentName) ?? new SiteSettings();
        settings.SiteName["en"] = name;
        await documents.SaveAsync(SiteSettings.DocumentName, settings);
    }

    private static async Task<AdminPage> SetMinutesAsync(AdminSession admin, string minutes) =>
        await admin.SubmitAsync((await admin.GetAsync("/admin/settings/cache")).Form("#cache-form").Set("Minutes", minutes));

    private async Task<(string Html, bool FromCache)> HomeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(), response.FromCache());
    }

    [Fact]
    public async Task With_zero_minutes_pages_are_not_cached_and_a_change_shows_at_once()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        Assert.Equal("/admin/settings/cache", (await SetMinutesAsync(admin, "0")).Location);
        Assert.Equal("0", (await admin.GetAsync("/admin/settings/cache")).Form("#cache-form").Get("Minutes"));
        var client = site.Browser();
        await HomeAsync(client);

        var name = Items.Unique("Uncached name");
        await RenameBehindTheCacheAsync(name);

        var (html, fromCache) = await HomeAsync(client);
        Assert.False(fromCache);
        Assert.Contains(name, html);
    }

    [Fact]
    public async Task Cached_pages_stay_until_the_clear_button_drops_them()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        await SetMinutesAsync(admin, "60");
        var client = site.Browser();
        await HomeAsync(client);
        Assert.True((await HomeAsync(client)).FromCache);

        var name = Items.Unique("Name behind the cache");
        await RenameBehindTheCacheAsync(name);
        Assert.DoesNotContain(name, (await HomeAsync(client)).Html);

        var cleared = await admin.SubmitAsync((await admin.GetAsync("/admin/settings/cache")).Form("#cache-clear"));
        Assert.Equal("/admin/settings/cache", cleared.Location);
        Assert.Equal("The page cache is cleared: every page will be rendered again.", (await admin.GetAsync("/admin/settings/cache")).Text("[role=status]"));
        var (html, fromCache) = await HomeAsync(client);
        Assert.False(fromCache);
        Assert.Contains(name, html);
    }

    [Fact]
    public async Task Renaming_the_site_in_the_admin_refreshes_the_cached_pages()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        await SetMinutesAsync(admin, "60");
        var client = site.Browser();
        await HomeAsync(client);
        var name = Items.Unique("Renamed in the admin");

        await admin.SubmitAsync((await admin.GetAsync("/admin/settings")).Form("#settings-form").Set("SiteName.en", name));

        Assert.Contains(name, (await HomeAsync(client)).Html);
    }

    [Fact]
    public async Task A_duration_that_is_not_a_whole_number_of_minutes_in_range_is_refused()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        await SetMinutesAsync(admin, "15");

        var refused = await SetMinutesAsync(admin, "-3");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("A whole number of minutes from 0 to 10080.", refused.Text("#cache-minutes-error"));
        Assert.Equal("15", (await admin.GetAsync("/admin/settings/cache")).Form("#cache-form").Get("Minutes"));
    }
}
