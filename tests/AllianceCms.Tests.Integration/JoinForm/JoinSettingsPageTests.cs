using System.Net;
using AllianceCms.Tests.Integration.Admin;

namespace AllianceCms.Tests.Integration.JoinForm;

/// <summary>The join application settings page: administrators only, EN/FR, values checked before anything is saved.</summary>
[Collection("join")]
public sealed class JoinSettingsPageTests(JoinSiteFactory site)
{
    private const string Url = "/admin/tasks/settings/join-applications";

    [Fact]
    public async Task An_administrator_changes_the_settings_in_french_and_bad_values_are_refused_with_a_message()
    {
        var before = await JoinJourney.SettingsAsync(site);
        var admin = await AdminUsers.CreateAsync(site, "settings-admin", "fr", "Administrator");
        using var session = await AdminSession.SignedInAsync(site, admin.UserName, admin.Password);
        try
        {
            var page = await session.GetAsync(Url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Demandes d'adhésion", page.Text("h1"));
            Assert.Equal(before.ReminderDays.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Get("#setting-ReminderDays").GetAttribute("value"));

            // Not a number, and an escalation before the reminder: refused, explained in French, nothing saved.
            var form = page.Form("#process-settings").Set("ReminderDays", "abc").Set("RetentionDays", "5");
            var refused = await session.SubmitAsync(form);
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Contains("Indiquez un nombre entier.", refused.Text("#setting-ReminderDays-error"));
            Assert.Contains("entre 30 et", refused.Text("#setting-RetentionDays-error"));
            var order = refused.Form("#process-settings").Set("ReminderDays", "10").Set("EscalationDays", "10").Set("RetentionDays", "90");
            var refusedAgain = await session.SubmitAsync(order);
            Assert.Equal(HttpStatusCode.BadRequest, refusedAgain.Status);
            Assert.Contains("La transmission doit suivre le rappel", refusedAgain.Text("#setting-EscalationDays-error"));
            Assert.Equal(before.ReminderDays, (await JoinJourney.SettingsAsync(site)).ReminderDays);

            // Valid: saved, and the workflow reads them for the next applications.
            var valid = refusedAgain.Form("#process-settings").Set("ReminderDays", "3").Set("EscalationDays", "6").Set("RetentionDays", "90").Set("FourEyes", "true");
            var saved = await session.SubmitAsync(valid);
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
            var settings = await JoinJourney.SettingsAsync(site);
            Assert.Equal((3, 6, 90, true), (settings.ReminderDays, settings.EscalationDays, settings.RetentionDays, settings.FourEyes));
            Assert.Contains("enregistrés", System.Net.WebUtility.HtmlDecode((await session.GetAsync(saved.Location!)).Body));
        }
        finally
        {
            await JoinJourney.SaveSettingsAsync(site, before);
        }
    }

    [Fact]
    public async Task Editors_and_desk_editors_may_not_open_the_settings()
    {
        foreach (var role in new[] { "Editor", "DeskEditor" })
        {
            var user = await AdminUsers.CreateAsync(site, "settings-" + role.ToLowerInvariant(), "en", role);
            using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync(Url)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.PostWithTokenAsync(Url, ("ReminderDays", "1"))).Status);
        }
        using var admin = await AdminSession.SignedInAsync(site, "admin", Infrastructure.CmsFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/tasks/settings/no-such-section")).Status);
    }
}
