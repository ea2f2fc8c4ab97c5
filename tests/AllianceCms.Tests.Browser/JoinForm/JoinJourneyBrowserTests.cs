using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Data;
using AllianceCms.Data.Entities;
using AllianceCms.Data.Mail;
using AllianceCms.Tests.Browser.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.JoinForm;

/// <summary>The join journey in Chromium: a French application, its country's desk editor (only them), a question, an answer, the approval.</summary>
[Collection("browser")]
public sealed partial class JoinJourneyBrowserTests(BrowserSite site)
{
    private const string Password = "Journey-Password-42";

    [GeneratedRegex(@"ACR-\d{4}-\d{6}")]
    private static partial Regex Reference();

    private async Task<(string Id, string UserName)> UserAsync(string prefix, string role)
    {
        await using var scope = site.Site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        var user = new CmsUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true, PreferredCulture = "en", DisplayName = prefix };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return (user.Id, name);
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/tasks", userName, Password);
        return page;
    }

    private async Task<int> HomeFigureAsync(IPage page)
    {
        await page.GotoAsync("/");
        var text = await page.Locator("#counter").First.TextContentAsync() ?? "";
        return int.Parse(Regex.Match(text, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_french_application_is_asked_for_information_answered_and_approved_by_its_desk_editor_only()
    {
        var desk = await UserAsync("desk-at", "DeskEditor");
        var otherDesk = await UserAsync("desk-si", "DeskEditor");
        await site.Site.WithContentAsync(async (content, _) =>
        {
            var country = (await content.GetAsync("country-at", VersionOptions.Latest))!;
            country.Set("Country", "DeskEditors", new System.Text.Json.Nodes.JsonArray(desk.Id));
            Assert.True((await content.SaveAsync(country, publish: true)).Succeeded);
            return true;
        });
        var visitor = await site.NewPageAsync("fr-FR");
        var figureBefore = await HomeFigureAsync(visitor);

        // The applicant fills the form in French.
        var name = $"Graz {Guid.NewGuid().ToString("N")[..6]}";
        var email = $"{Guid.NewGuid():N}@example.at";
        await visitor.GotoAsync("/fr/adherer");
        await visitor.FillAsync("[name=DisplayText]", name);
        await visitor.SelectOptionAsync("[name=AuthorityType]", "city");
        await visitor.SelectOptionAsync("[name=Country]", "country-at");
        await visitor.FillAsync("[name=Population]", "290000");
        await visitor.FillAsync("[name=OfficeHolder]", "Elke Kahr");
        await visitor.FillAsync("[name=FocalPointName]", "Anna Berger");
        await visitor.FillAsync("[name=FocalPointFunction]", "Chargée de mission");
        await visitor.FillAsync("[name=FocalPointEmail]", email);
        await visitor.CheckAsync("#f-CorrespondenceLanguage-fr");
        await visitor.CheckAsync("#f-ConsentGiven");
        site.Site.Clock.Advance(TimeSpan.FromSeconds(30)); // a person takes a while
        await visitor.Locator("form button[type=submit]").Last.ClickAsync();
        await visitor.Locator(".reference").WaitForAsync();
        var reference = Reference().Match(await visitor.Locator(".reference").TextContentAsync() ?? "").Value;
        Assert.NotEmpty(reference);
        var statusUrl = await visitor.Locator("a[href*='/fr/adherer/statut/']").First.GetAttributeAsync("href");

        // Only the desk editor of Austria sees the task.
        var other = await SignInAsync(otherDesk.UserName);
        Assert.Equal(0, await other.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(reference)) }).CountAsync());
        var editor = await SignInAsync(desk.UserName);
        await editor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(reference)) }).First.ClickAsync();
        await editor.Locator("#decision-comment").FillAsync("Merci d'envoyer la délibération du conseil.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "RequestInformation" }).ClickAsync();
        await editor.Locator("[role=status], .notice").First.WaitForAsync();

        // The applicant answers through the status link.
        await visitor.GotoAsync(statusUrl!);
        await visitor.FillAsync("#f-Answer", "Voici la délibération.");
        await visitor.Locator("form button[type=submit]").Last.ClickAsync();
        await visitor.Locator("[role=status]").First.WaitForAsync();

        // The task comes back; the desk editor approves.
        await editor.GotoAsync("/admin/tasks");
        await editor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(reference)) }).First.ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await editor.Locator("[role=status], .notice").First.WaitForAsync();

        // The participant is on the site, the figure has grown, the news draft exists, the e-mails are queued.
        Assert.Equal(figureBefore + 1, await HomeFigureAsync(visitor));
        await using var scope = site.Site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var member = await db.Set<ContentItemRecord>().AsNoTracking().SingleAsync(i => i.ContentType == "Member" && i.Latest && i.Culture == "en" && i.DisplayText == name);
        Assert.True(member.Published);
        Assert.True(await db.Set<ContentItemRecord>().AnyAsync(i => i.ContentItemId == "news-" + member.ContentItemId && !i.Published));
        var subjects = await db.Set<MailOutboxRecord>().AsNoTracking().Where(m => m.To.Contains(email)).Select(m => m.Subject).ToListAsync();
        Assert.Contains(subjects, s => s.Contains(reference) && s.Contains("Informations complémentaires"));
        Assert.Contains(subjects, s => s.Contains("Bienvenue dans l'Alliance"));
        Assert.Contains(subjects, s => s.Contains(reference)); // the confirmation
        var deskEmail = $"{desk.UserName}@example.org";
        Assert.Contains(await db.Set<MailOutboxRecord>().AsNoTracking().Where(m => m.To.Contains(deskEmail)).Select(m => m.Subject).ToListAsync(), s => s.StartsWith("New task"));
    }
}
