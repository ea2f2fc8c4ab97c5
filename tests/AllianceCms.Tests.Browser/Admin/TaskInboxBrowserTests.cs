using System.Text.Json.Nodes;
using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

[Collection("browser")]
public sealed class TaskInboxBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_inbox_and_a_task_page_have_no_accessibility_violations()
    {
        var title = "Review Accessible Town " + Guid.NewGuid().ToString("N")[..6];
        var taskId = Guid.NewGuid().ToString("N");
        await site.Site.WithContentAsync(async (content, _) =>
        {
            var item = await content.NewAsync("JoinApplication");
            item.DisplayText = "Accessible Town";
            item.Set("JoinApplication", "Reference", $"ACR-2026-{Random.Shared.Next(100000, 999999)}")
                .Set("JoinApplication", "AuthorityType", "city")
                .Set("JoinApplication", "Country", new JsonArray("country-fr"))
                .Set("JoinApplication", "Population", 12000)
                .Set("JoinApplication", "OfficeHolder", "A. Mayor")
                .Set("JoinApplication", "FocalPointName", "F. Point")
                .Set("JoinApplication", "FocalPointFunction", "Officer")
                .Set("JoinApplication", "FocalPointEmail", "focal.point@example.org")
                .Set("JoinApplication", "CorrespondenceLanguage", "fr")
                .Set("JoinApplication", "ConsentGiven", true)
                .Set("JoinApplication", "Letter", "applications/a11y/letter.pdf")
                .Set("JoinApplication", "Status", "submitted");
            var created = await content.CreateAsync(item, publish: false).CreatedAsync();
            await using var scope = site.Site.Scope();
            await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().CreateAsync(new UserTask
            {
                Id = taskId, Key = "browser/" + taskId, InstanceId = "browser", ActivityId = "review", Title = title,
                SubjectContentItemId = created.ContentItemId, AssigneeRoles = ["DeskEditor"], Outcomes = ["Approve", "Reject", "RequestInformation"],
                CommentRequiredFor = ["Reject"], CreatedUtc = site.Site.Clock.GetUtcNow().UtcDateTime, DueUtc = site.Site.Clock.GetUtcNow().UtcDateTime.AddDays(-1),
            });
            return true;
        });

        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/tasks");
        Assert.Equal("Tasks", await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/tasks/{taskId}");
        Assert.Equal(title, await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        // Rejecting without a comment is refused with a message, and the page stays accessible.
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await page.Locator("[role=alert]").WaitForAsync();
        Assert.Contains("comment is required", await page.Locator("[role=alert]").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Add a comment").Last.FillAsync("Looks complete.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a comment" }).ClickAsync();
        await page.Locator("[role=status]").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
