using System.Net;
using AllianceCms.Core.Audit;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>On a site of its own: these tests change the site's name and how administrators sign in.</summary>
public sealed class SettingsPageTests : IClassFixture<BlankSiteFactory>
{
    private readonly BlankSiteFactory _site;

    public SettingsPageTests(BlankSiteFactory site) => _site = site;

    [Fact]
    public async Task An_administrator_renames_the_site_per_language_and_the_change_is_audited()
    {
        using var admin = await AdminSession.SignedInAsync(_site, "admin", CmsFactory.AdminPassword);
        var page = await admin.GetAsync("/admin/settings");
        Assert.Contains("English (en), Français (fr)", page.Text("#settings-cultures"));

        var saved = await admin.SubmitAsync(page.Form("#settings-form").Set("SiteName.en", "Renamed site").Set("SiteName.fr", "Site renommé"));

        Assert.Equal("/admin/settings", saved.Location);
        var after = await admin.GetAsync("/admin/settings");
        Assert.Equal("The settings are saved.", after.Text("[role=status]"));
        Assert.Equal("Renamed site", after.Form("#settings-form").Get("SiteName.en"));
        Assert.Contains("Renamed site", after.Text(".admin-brand"));
        await using var scope = _site.Scope();
        var entry = (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Category = AuditCategories.Settings }, 0, 1)).Entries.Single();
        Assert.Equal("siteName.en, siteName.fr", entry.Summary);
        Assert.Contains("\"after\":\"Renamed site\"", entry.Details);
    }

    [Fact]
    public async Task The_settings_page_shows_the_fixed_cultures_and_leads_to_every_other_settings_page()
    {
        using var admin = await AdminSession.SignedInAsync(_site, "admin", CmsFactory.AdminPassword);
        var page = await admin.GetAsync("/admin/settings");

        Assert.Equal("Default language: English (en).", page.Text("#settings-default-culture"));
        Assert.Contains("fixed by the site's configuration", page.Text("#settings-cultures-why"));
        var links = page.All(".settings-pages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/admin/settings/mail", links);
        Assert.Contains("/admin/settings/cache", links);
        await using var scope = _site.Scope();
        var sections = scope.ServiceProvider.GetServices<AllianceCms.Core.Settings.ISettingsSection>().ToList();
        Assert.NotEmpty(sections);
        foreach (var section in sections)
        {
            Assert.Contains($"/admin/tasks/settings/{section.Name}", links);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/tasks/settings/{section.Name}")).Status);
        }
    }

    [Fact]
    public async Task An_empty_or_too_long_name_is_refused_next_to_its_field_and_nothing_is_saved()
    {
        using var admin = await AdminSession.SignedInAsync(_site, "admin", CmsFactory.AdminPassword);
        var page = await admin.GetAsync("/admin/settings");
        var before = page.Form("#settings-form").Get("SiteName.en");

        var refused = await admin.SubmitAsync(page.Form("#settings-form").Set("SiteName.en", "").Set("SiteName.fr", new string('x', 201)));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("This field is required.", refused.Text("#settings-name-en-error"));
        Assert.Equal("At most 200 characters.", refused.Text("#settings-name-fr-error"));
        Assert.Equal(before, (await admin.GetAsync("/admin/settings")).Form("#settings-form").Get("SiteName.en"));
    }
}
