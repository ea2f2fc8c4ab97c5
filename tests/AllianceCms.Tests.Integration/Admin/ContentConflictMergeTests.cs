using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>After a conflict, the editor merges field by field: their value where chosen, theirs kept elsewhere nowhere lost.</summary>
[Collection("site")]
public sealed class ContentConflictMergeTests(SiteFactory site)
{
    [Fact]
    public async Task The_second_editor_keeps_their_own_value_for_one_field_and_takes_the_other_editors_for_another()
    {
        var country = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Mergia"), "QM"), publish: true).CreatedAsync());
        var first = await AdminUsers.CreateAsync(site, "merge-first", "en", "Editor");
        var second = await AdminUsers.CreateAsync(site, "merge-second", "fr", "Editor");
        using var alice = await AdminSession.SignedInAsync(site, first.UserName, first.Password);
        using var bob = await AdminSession.SignedInAsync(site, second.UserName, second.Password);
        var url = $"/admin/content/{country.ContentItemId}/edit";
        var aliceForm = (await alice.GetAsync(url)).Form("#content-form");
        var bobForm = (await bob.GetAsync(url)).Form("#content-form");
        await alice.SubmitAsync(aliceForm.Set("Country.NationalNetwork", "Alice's network").Set("Country.CoeMemberSince", "1950"));

        var conflict = await bob.SubmitAsync(bobForm.Set("Country.NationalNetwork", "Bob's network").Set("Country.CoeMemberSince", "1999"));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Equal(2, conflict.All(".conflict-table .merge-choice").Count);
        Assert.Equal("Garder", conflict.All(".conflict-table thead th").Last().TextContent);
        Assert.True(conflict.Get("#merge-Country-NationalNetwork-mine").HasAttribute("checked"));
        var merged = conflict.Form("#content-form").Set("Merge.Country.CoeMemberSince", "theirs");
        Assert.Equal("mine", merged.Get("Merge.Country.NationalNetwork"));
        var saved = await bob.SubmitAsync(merged, "button[name=OverwriteVersionId]");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var latest = await site.WithContentAsync((content, _) => content.GetAsync(country.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Bob's network", latest!.Get<string>("Country", "NationalNetwork"));
        Assert.Equal(1950, latest.Get<int>("Country", "CoeMemberSince"));
        Assert.Equal(country.Number + 2, latest.Number);
        // Alice's version is still in the history.
        var versions = await site.WithContentAsync((content, _) => content.GetVersionsAsync(country.ContentItemId));
        Assert.Contains(versions, v => v.Get<string>("Country", "NationalNetwork") == "Alice's network");
    }
}
