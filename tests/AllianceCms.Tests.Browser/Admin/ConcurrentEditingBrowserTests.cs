using AllianceCms.Core.Content;
using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

/// <summary>
/// Two editors, each in their own browser, open the same news item. The first saves; the second, who
/// changed another field, is shown what the first one changed, with the choice to merge or reload; merging
/// with the preselected choices keeps both changes, and the first editor's version stays in the history.
/// </summary>
[Collection("browser")]
public sealed class ConcurrentEditingBrowserTests(BrowserSite site)
{
    private async Task<IPage> OpenAsync(TestUser user, string path)
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, path, user.UserName, user.Password);
        return page;
    }

    [Fact]
    public async Task The_second_editor_sees_the_first_editors_change_and_merging_keeps_both()
    {
        var title = Items.Unique("Two desks");
        var news = await site.Site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewNewsAsync(content, title), publish: true).CreatedAsync());
        var first = await AdminUsers.CreateAsync(site.Site, "concurrent-first", "en", "Editor");
        var second = await AdminUsers.CreateAsync(site.Site, "concurrent-second", "en", "Editor");
        var path = $"/admin/content/{news.ContentItemId}/edit";
        var alice = await OpenAsync(first, path);
        var bob = await OpenAsync(second, path);

        // Alice rewrites the summary and saves a draft.
        await alice.GetByLabel("Summary").FillAsync("Alice's summary of the meeting.");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(alice.GetByText("The draft of", new() { Exact = false }).First).ToBeVisibleAsync();

        // Bob, who opened the item before Alice saved, changes the place and saves too.
        await bob.GetByLabel("Event place").FillAsync("Strasbourg");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var conflict = bob.GetByRole(AriaRole.Alert).Filter(new() { Has = bob.GetByRole(AriaRole.Heading, new() { Name = "Someone else saved this item meanwhile" }) });
        await conflict.WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(bob);

        // What changed: Alice's summary against the one Bob still has, and Bob's place against hers.
        var summaryRow = conflict.GetByRole(AriaRole.Row).Filter(new() { Has = bob.GetByRole(AriaRole.Rowheader, new() { Name = "Summary" }) });
        Assert.Contains("Alice's summary of the meeting.", await summaryRow.TextContentAsync());
        var placeRow = conflict.GetByRole(AriaRole.Row).Filter(new() { Has = bob.GetByRole(AriaRole.Rowheader, new() { Name = "Event place" }) });
        Assert.Contains("Strasbourg", await placeRow.TextContentAsync());
        // The choices: Alice's summary (only she changed it) and Bob's place are preselected; or reload hers.
        Assert.True(await summaryRow.GetByRole(AriaRole.Radio, new() { Name = "Theirs" }).IsCheckedAsync());
        Assert.True(await placeRow.GetByRole(AriaRole.Radio, new() { Name = "Mine" }).IsCheckedAsync());
        Assert.EndsWith(path, await conflict.GetByRole(AriaRole.Link, new() { Name = "Discard my changes and open their version" }).GetAttributeAsync("href"));
        // Bob's typing is still in the form below.
        Assert.Equal("Strasbourg", await bob.GetByLabel("Event place").InputValueAsync());

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Save, keeping the value chosen for each field" }).ClickAsync();
        await Assertions.Expect(bob.GetByText("The draft of", new() { Exact = false }).First).ToBeVisibleAsync();

        // Nothing is lost: the latest version has both changes; Alice's is in the history.
        var latest = await site.Site.WithContentAsync((content, _) => content.GetAsync(news.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Alice's summary of the meeting.", latest!.Get<string>("NewsItem", "Summary"));
        Assert.Equal("Strasbourg", latest.Get<string>("NewsItem", "EventPlace"));
        Assert.Equal(title, latest.DisplayText);
        var versions = await site.Site.WithContentAsync((content, _) => content.GetVersionsAsync(news.ContentItemId));
        Assert.Contains(versions, v => v.Get<string>("NewsItem", "Summary") == "Alice's summary of the meeting." && v.Get<string>("NewsItem", "EventPlace") is null);
        Assert.Equal(news.Number + 2, latest.Number);
    }
}
