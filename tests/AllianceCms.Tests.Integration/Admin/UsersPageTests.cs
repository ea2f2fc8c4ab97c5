using System.Net;
using AllianceCms.Core.Audit;
using AllianceCms.Data;
using AllianceCms.Data.Mail;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Admin;

[Collection("site")]
public sealed class UsersPageTests(SiteFactory site)
{
    private const string UserForm = "#user-form";

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string subjectId)
    {
        await using var scope = site.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Subject = subjectId }, 0, 100)).Entries.Reverse().ToList();
    }

    internal static async Task<IReadOnlyList<MailOutboxRecord>> OutboxAsync(CmsFactory site, string address)
    {
        await using var scope = site.Scope();
        var quoted = System.Text.Json.JsonSerializer.Serialize(address);
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<MailOutboxRecord>().AsNoTracking()
            .Where(m => m.To.Contains(quoted)).OrderBy(m => m.Id).ToListAsync();
    }

    [Fact]
    public async Task An_administrator_creates_an_editor_with_an_initial_password_who_then_signs_in()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var name = "new-editor-" + Guid.NewGuid().ToString("N")[..8];

        var form = (await admin.GetAsync("/admin/users/new")).Form(UserForm)
            .Set("UserName", name).Set("Form.DisplayName", "New Editor").Set("Form.Email", name + "@example.org")
            .Set("Form.Roles", "Editor").Set("SetUp", "password").Set("Password", "A-Good-Password-123");
        var created = await admin.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var page = await admin.GetAsync(created.Location!);
        Assert.Contains($"The user “{name}” is created.", page.Text("[role=status]"));
        Assert.Equal("Active", page.Text("#user-status"));
        using var editor = AdminSession.Anonymous(site);
        Assert.Equal("/admin", (await editor.LogInAsync(name, "A-Good-Password-123")).Location);
        var id = created.Location!.Split('/').Last();
        var entry = Assert.Single(await AuditAsync(id), e => e.Category == AuditCategories.Users);
        Assert.Equal(AuditActions.Created, entry.Action);
        Assert.Contains(name, (await admin.GetAsync("/admin/users?q=" + name.ToUpperInvariant() + "&role=Editor")).Text(".users-table tbody"));
        Assert.Equal("0 users", (await admin.GetAsync("/admin/users?q=" + name + "&role=Author")).Text(".result-count"));
    }

    [Fact]
    public async Task A_weak_initial_password_and_a_taken_name_are_refused_with_clear_messages_in_french()
    {
        var french = await AdminUsers.CreateAsync(site, "admin-fr", "fr", "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, french.UserName, french.Password);

        var form = (await admin.GetAsync("/admin/users/new")).Form(UserForm)
            .Set("UserName", "admin").Set("Form.Email", "not-an-address").Set("SetUp", "password").Set("Password", "short");
        var refused = await admin.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Ce nom d'utilisateur est déjà pris.", refused.Text("#user-name-error"));
        Assert.Equal("Saisissez une adresse électronique valide.", refused.Text("#user-email-error"));
        form = refused.Form(UserForm).Set("UserName", "fresh-" + Guid.NewGuid().ToString("N")[..8]).Set("Form.Email", Guid.NewGuid().ToString("N")[..8] + "@example.org")
            .Set("Password", "short");
        var weak = await admin.SubmitAsync(form);
        Assert.Contains("Le mot de passe doit comporter au moins 12 caractères.", weak.Text("#user-password-error"));
    }

    [Fact]
    public async Task An_invited_user_gets_a_link_in_their_language_and_chooses_a_password_with_it()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var name = "invited-" + Guid.NewGuid().ToString("N")[..8];
        var email = name + "@example.org";

        var form = (await admin.GetAsync("/admin/users/new")).Form(UserForm)
            .Set("UserName", name).Set("Form.Email", email).Set("Form.Culture", "fr").Set("Form.Roles", "Author").Set("SetUp", "invite");
        var created = await admin.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);

        var message = Assert.Single(await OutboxAsync(site, email));
        Assert.Equal("fr", message.Culture);
        Assert.StartsWith("Votre compte sur", message.Subject);
        var link = System.Text.RegularExpressions.Regex.Match(message.TextBody!, @"https?://\S+/admin/account/reset-password\?\S+").Value.TrimEnd('.');
        using var invited = AdminSession.Anonymous(site);
        var resetPage = await invited.GetAsync(new Uri(link).PathAndQuery);
        var mismatch = await invited.SubmitAsync(resetPage.Form("main form").Set("Password", "Chosen-Password-123").Set("Confirm", "Other-Password-123"));
        Assert.Contains("The two passwords are not the same.", mismatch.Text("#reset-errors"));
        var saved = await invited.SubmitAsync(mismatch.Form("main form").Set("Password", "Chosen-Password-123").Set("Confirm", "Chosen-Password-123"));
        Assert.Equal("/admin/login", saved.Location);
        Assert.Equal("/admin", (await invited.LogInAsync(name, "Chosen-Password-123")).Location);
        using var again = AdminSession.Anonymous(site);
        var reused = await again.SubmitAsync((await again.GetAsync(new Uri(link).PathAndQuery)).Form("main form").Set("Password", "Another-Password-123").Set("Confirm", "Another-Password-123"));
        Assert.Contains("This link is not valid or has expired.", reused.Text("#reset-errors"));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_unknown_addresses_and_is_rate_limited()
    {
        var user = await AdminUsers.CreateAsync(site, "forgetful", "en", "Editor");
        using var session = AdminSession.Anonymous(site);

        var known = await session.SubmitAsync((await session.GetAsync("/admin/forgot-password")).Form("main form").Set("Email", user.Email));
        var unknown = await session.SubmitAsync((await session.GetAsync("/admin/forgot-password")).Form("main form").Set("Email", "nobody-" + Guid.NewGuid().ToString("N")[..6] + "@example.org"));

        Assert.Equal(known.Text("#forgot-sent"), unknown.Text("#forgot-sent"));
        Assert.NotEmpty(known.Text("#forgot-sent"));
        var mail = Assert.Single(await OutboxAsync(site, user.Email));
        Assert.Contains("/admin/account/reset-password?user=", mail.TextBody);
        for (var i = 0; i < 2; i++) await session.SubmitAsync((await session.GetAsync("/admin/forgot-password")).Form("main form").Set("Email", user.Email));
        var limited = await session.SubmitAsync((await session.GetAsync("/admin/forgot-password")).Form("main form").Set("Email", user.Email));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("Too many requests: wait a while before asking again.", limited.Text("#forgot-error"));
        Assert.Equal(3, (await OutboxAsync(site, user.Email)).Count);
    }

    [Fact]
    public async Task Changing_roles_locking_and_disabling_are_audited_and_take_effect()
    {
        var user = await AdminUsers.CreateAsync(site, "managed", "en", "Author");
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var page = await admin.GetAsync($"/admin/users/{user.Id}");

        var saved = await admin.SubmitAsync(page.Form(UserForm).Set("Form.Roles", "Editor", "DeskEditor").Set("Form.DisplayName", "Managed Person"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        page = await admin.GetAsync($"/admin/users/{user.Id}");
        Assert.Equal(["DeskEditor", "Editor"], page.Form(UserForm).GetAll("Form.Roles").Order());

        var disabled = await admin.SubmitAsync(page.Form("form[action$='handler=Disable']"));
        Assert.Equal(HttpStatusCode.Redirect, disabled.Status);
        Assert.Equal("Disabled", (await admin.GetAsync($"/admin/users/{user.Id}")).Text("#user-status"));
        using (var session = AdminSession.Anonymous(site))
            Assert.Equal("This account may not sign in yet.", (await session.LogInAsync(user.UserName, user.Password)).Text("[role=alert]"));
        page = await admin.GetAsync($"/admin/users/{user.Id}");
        await admin.SubmitAsync(page.Form("form[action$='handler=Enable']"));
        page = await admin.GetAsync($"/admin/users/{user.Id}");
        await admin.SubmitAsync(page.Form("form[action$='handler=Lock']"));
        Assert.Equal("Locked", (await admin.GetAsync($"/admin/users/{user.Id}")).Text("#user-status"));
        using (var session = AdminSession.Anonymous(site))
            Assert.Equal(HttpStatusCode.OK, (await session.LogInAsync(user.UserName, user.Password)).Status);
        page = await admin.GetAsync($"/admin/users/{user.Id}");
        await admin.SubmitAsync(page.Form("form[action$='handler=Unlock']"));
        using (var session = AdminSession.Anonymous(site))
            Assert.Equal("/admin", (await session.LogInAsync(user.UserName, user.Password)).Location);

        var actions = (await AuditAsync(user.Id)).Where(e => e.Category == AuditCategories.Users).Select(e => e.Action).ToList();
        Assert.Equal([AuditActions.Updated, AuditActions.Disabled, AuditActions.Enabled, AuditActions.Locked, AuditActions.Unlocked], actions);
        var update = (await AuditAsync(user.Id)).First(e => e.Action == AuditActions.Updated);
        Assert.Contains("\"before\":[\"Author\"]", update.Details);
        Assert.Contains("\"after\":[\"DeskEditor\",\"Editor\"]", update.Details);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_disable_or_demote_themselves()
    {
        var self = await AdminUsers.CreateAsync(site, "self-admin", "en", "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, self.UserName, self.Password);
        var page = await admin.GetAsync($"/admin/users/{self.Id}");
        Assert.Null(page.Find("form[action$='handler=Lock']"));
        Assert.Null(page.Find("form[action$='handler=Disable']"));

        var demoted = await admin.SubmitAsync(page.Form(UserForm).Set("Form.Roles", "Editor"));
        var locked = await admin.PostWithTokenAsync($"/admin/users/{self.Id}?handler=Lock");

        Assert.Equal("You cannot lock, disable or change the roles of your own account.", demoted.Text("[role=alert]"));
        Assert.Equal("You cannot lock, disable or change the roles of your own account.", locked.Text("[role=alert]"));
        Assert.Equal("Active", (await admin.GetAsync($"/admin/users/{self.Id}")).Text("#user-status"));
    }

    [Fact]
    public async Task The_user_page_lists_the_content_whose_user_fields_name_them()
    {
        var desk = await AdminUsers.CreateAsync(site, "desk-of", "en", "DeskEditor");
        var country = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewCountryAsync(content, Items.Unique("Deskland"), "QD");
            item.Set("Country", "DeskEditors", new System.Text.Json.Nodes.JsonArray(desk.Id));
            return await content.CreateAsync(item, publish: true).CreatedAsync();
        });
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var page = await admin.GetAsync($"/admin/users/{desk.Id}");

        Assert.Contains(country.DisplayText, page.Text(".user-mentions"));
        Assert.Contains("Desk editors", page.Text(".user-mentions"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users/no-such-user")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users?role=NoSuchRole")).Status);
    }
}

/// <summary>On a site of its own, where "admin" is the only administrator.</summary>
public sealed class UsersLastAdministratorTests : IClassFixture<BlankSiteFactory>
{
    private readonly BlankSiteFactory _site;

    public UsersLastAdministratorTests(BlankSiteFactory site) => _site = site;

    [Fact]
    public async Task The_last_active_administrator_cannot_lose_the_role_or_be_locked_by_a_user_manager()
    {
        var role = await AdminUsers.CreateRoleAsync(_site, "UserManagers", "users.manage");
        var manager = await AdminUsers.CreateAsync(_site, "user-manager", "en", role);
        var adminId = await AdminUsers.IdOfAsync(_site, "admin");
        using var session = await AdminSession.SignedInAsync(_site, manager.UserName, manager.Password);
        var page = await session.GetAsync($"/admin/users/{adminId}");

        var demoted = await session.SubmitAsync(page.Form("#user-form").Set("Form.Roles", "Editor"));
        var locked = await session.SubmitAsync(page.Form("form[action$='handler=Lock']"));
        var disabled = await session.SubmitAsync(page.Form("form[action$='handler=Disable']"));

        const string Message = "At least one active administrator must remain: this change would leave none.";
        Assert.Equal(Message, demoted.Text("[role=alert]"));
        Assert.Equal(Message, locked.Text("[role=alert]"));
        Assert.Equal(Message, disabled.Text("[role=alert]"));
        Assert.Equal("Active", (await session.GetAsync($"/admin/users/{adminId}")).Text("#user-status"));
        Assert.Equal(["Administrator"], (await session.GetAsync($"/admin/users/{adminId}")).Form("#user-form").GetAll("Form.Roles"));
    }
}
