using System.Net;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

[Collection("site")]
public sealed class AdminLoginTests(SiteFactory site)
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_and_back_after_signing_in()
    {
        using var session = AdminSession.Anonymous(site);
        var refused = await session.GetAsync("/admin/content/Country?status=draft");
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.StartsWith("http://localhost/admin/login?returnUrl=", refused.Location);

        var login = await session.GetAsync(new Uri(refused.Location!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, login.Status);
        var form = login.Form("main form").Set("UserName", "admin").Set("Password", CmsFactory.AdminPassword);
        var signedIn = await session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/admin/content/Country?status=draft", signedIn.Location);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(signedIn.Location!)).Status);
    }

    [Fact]
    public async Task The_login_page_speaks_the_browsers_language_until_the_user_is_known()
    {
        using var french = AdminSession.Anonymous(site, "fr-CH, fr;q=0.9, en;q=0.5");
        using var german = AdminSession.Anonymous(site, "de-DE, de;q=0.9");

        var page = await french.GetAsync("/admin/login");

        Assert.Equal("fr", page.Get("html").GetAttribute("lang"));
        Assert.Equal("Se connecter", page.Text("h1"));
        Assert.Equal("en", (await german.GetAsync("/admin/login")).Get("html").GetAttribute("lang"));
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_user_signs_in_with_their_e_mail_address()
    {
        var user = await AdminUsers.CreateAsync(site, "mail-login", "en", "Editor");
        using var session = AdminSession.Anonymous(site);

        var result = await session.LogInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("/admin", result.Location);
        var dashboard = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Contains(user.UserName.Split('-')[0], dashboard.Text("header"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_that_does_not_tell_which_part_was_wrong()
    {
        var user = await AdminUsers.CreateAsync(site, "wrong-password", "en", "Editor");
        using var session = AdminSession.Anonymous(site);

        var wrongPassword = await session.LogInAsync(user.UserName, "not the password at all");
        var unknownUser = await session.LogInAsync("nobody-" + Guid.NewGuid().ToString("N"), "whatever password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Equal("The user name or the password is not right.", wrongPassword.Text("[role=alert]"));
        Assert.Equal(wrongPassword.Text("[role=alert]"), unknownUser.Text("[role=alert]"));
        Assert.Equal(user.UserName, wrongPassword.Form("main form").Get("UserName"));
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var user = await AdminUsers.CreateAsync(site, "lockout", "en", "Editor");
        using var session = AdminSession.Anonymous(site);

        for (var i = 0; i < 4; i++)
            Assert.Contains("not right", (await session.LogInAsync(user.UserName, "wrong password " + i)).Text("[role=alert]"));
        var fifth = await session.LogInAsync(user.UserName, "wrong password 5");
        var rightPassword = await session.LogInAsync(user.UserName, user.Password);

        Assert.Contains("locked", fifth.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.OK, rightPassword.Status);
        Assert.Contains("Try again in 15 minutes", rightPassword.Text("[role=alert]"));

        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AllianceCms.Data.Entities.CmsUser>>();
        var lockedUntil = await users.GetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!);
        Assert.InRange(lockedUntil!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Theory]
    [InlineData("https://evil.example.org/admin")]
    [InlineData("//evil.example.org/admin")]
    [InlineData("/\\evil.example.org")]
    public async Task The_return_address_after_signing_in_stays_on_this_site(string returnUrl)
    {
        using var session = AdminSession.Anonymous(site);

        var result = await session.LogInAsync("admin", CmsFactory.AdminPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("/admin", result.Location);
    }

    [Fact]
    public async Task Signing_out_takes_a_post_with_a_token_and_ends_the_session()
    {
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var dashboard = await session.GetAsync("/admin");

        var withoutToken = await session.PostAsync("/admin/logout", []);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.Status);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).Status);

        var signedOut = await session.SubmitAsync(dashboard.Form("form.logout"));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal("/admin/login", signedOut.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task A_signed_in_user_without_any_permission_gets_a_refusal_page_and_can_still_sign_out()
    {
        var user = await AdminUsers.CreateAsync(site, "no-rights", "fr");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);

        var dashboard = await session.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Forbidden, dashboard.Status);
        Assert.Equal("fr", dashboard.Get("html").GetAttribute("lang"));
        Assert.Equal("Accès refusé", dashboard.Text("h1"));
        var signedOut = await session.SubmitAsync(dashboard.Form("form.logout"));
        Assert.Equal("/admin/login", signedOut.Location);
    }
}
