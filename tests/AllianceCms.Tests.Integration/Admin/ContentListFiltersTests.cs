using System.Net;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>Lists filter on the type's indexed fields: participants by country, news by kind.</summary>
[Collection("site")]
public sealed class ContentListFiltersTests(SiteFactory site)
{
    [Fact]
    public async Task Participants_are_filtered_by_country_and_the_filter_stays_in_the_page_links()
    {
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var page = await session.GetAsync("/admin/content/Member?culture=en&f.Member.Country=country-me");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("country-me", page.Get("#filter-Member-Country option:checked").GetAttribute("value"));
        Assert.Equal("Montenegro", page.Get("#filter-Member-Country option:checked").TextContent);
        var titles = page.All("table.data-table tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Contains("Tivat", titles);
        var all = await session.GetAsync("/admin/content/Member?culture=en");
        Assert.NotEqual(all.Text(".result-count"), page.Text(".result-count"));
        Assert.All(page.All("thead th a"), a => Assert.Contains("f.Member.Country=country-me", a.GetAttribute("href")));
    }

    [Fact]
    public async Task News_are_filtered_by_kind_and_an_unknown_value_is_ignored()
    {
        var word = Guid.NewGuid().ToString("N")[..8];
        await site.WithContentAsync(async (content, _) =>
        {
            await content.CreateAsync(await Items.NewNewsAsync(content, $"Event {word}", kind: "event"), publish: true).CreatedAsync();
            await content.CreateAsync(await Items.NewNewsAsync(content, $"Interview {word}", kind: "interview"), publish: true).CreatedAsync();
            return 0;
        });
        var editor = await AdminUsers.CreateAsync(site, "list-filter", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var events = await session.GetAsync($"/admin/content/NewsItem?q={word}&f.NewsItem.Kind=event");
        Assert.Equal([$"Event {word}"], events.All("table.data-table tbody tr td:first-child a").Select(a => a.TextContent));
        Assert.Equal("Genre", events.Text("label[for=filter-NewsItem-Kind]"));

        var unknown = await session.GetAsync($"/admin/content/NewsItem?q={word}&f.NewsItem.Kind=%3Cscript%3E");
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(2, unknown.All("table.data-table tbody tr").Count);
    }
}
