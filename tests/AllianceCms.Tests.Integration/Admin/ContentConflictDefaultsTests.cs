using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>
/// The conflict view's preselected choices come from a three-way comparison: a field only the other
/// editor changed defaults to their value, one this editor changed defaults to theirs, so merging
/// without picking anything loses neither editor's work.
/// </summary>
[Collection("site")]
public sealed class ContentConflictDefaultsTests(SiteFactory site)
{
    [Fact]
    public async Task Merging_with_the_preselected_choices_keeps_both_editors_changes_to_different_fields()
    {
        var country = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Threeway"), "QT"), publish: true).CreatedAsync());
        var first = await AdminUsers.CreateAsync(site, "threeway-first", "en", "Editor");
        var second = await AdminUsers.CreateAsync(site, "threeway-second", "en", "Editor");
        using var alice = await AdminSession.SignedInAsync(site, first.UserName, first.Password);
        using var bob = await AdminSession.SignedInAsync(site, second.UserName, second.Password);
        var url = $"/admin/content/{country.ContentItemId}/edit";
        var aliceForm = (await alice.GetAsync(url)).Form("#content-form");
        var bobForm = (await bob.GetAsync(url)).Form("#content-form");
        await alice.SubmitAsync(aliceForm.Set("Country.NationalNetwork", "Alice's network"));

        var conflict = await bob.SubmitAsync(bobForm.Set("Country.CoeMemberSince", "1999"));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        // Only Alice changed the network: hers is preselected. Only Bob changed the year: his is.
        Assert.True(conflict.Get("#merge-Country-NationalNetwork-theirs").HasAttribute("checked"));
        Assert.False(conflict.Get("#merge-Country-NationalNetwork-mine").HasAttribute("checked"));
        Assert.True(conflict.Get("#merge-Country-CoeMemberSince-mine").HasAttribute("checked"));
        var saved = await bob.SubmitAsync(conflict.Form("#content-form"), "button[name=OverwriteVersionId]");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var latest = await site.WithContentAsync((content, _) => content.GetAsync(country.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Alice's network", latest!.Get<string>("Country", "NationalNetwork"));
        Assert.Equal(1999, latest.Get<int>("Country", "CoeMemberSince"));
    }
}
