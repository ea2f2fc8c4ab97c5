using System.Net;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Workflows.Tasks;

namespace AllianceCms.Tests.Integration.Admin.Tasks;

/// <summary>A task's page shows its subject whole: private fields, attached files (to the task's users only) and the modules' panels.</summary>
[Collection("site")]
public sealed class TaskSubjectTests(SiteFactory site)
{
    private async Task<string> NewTaskAsync(string subjectId, params string[] roles)
    {
        await using var scope = site.Scope();
        var id = Guid.NewGuid().ToString("N");
        await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().CreateAsync(new UserTask
        {
            Id = id, Key = "subject/" + id, InstanceId = "none-" + id[..8], ActivityId = "review", Title = "Review " + id[..6],
            SubjectContentItemId = subjectId, AssigneeRoles = [.. roles], Outcomes = ["Approve", "Reject", "RequestInformation"],
            CreatedUtc = site.Clock.GetUtcNow().UtcDateTime,
        });
        return id;
    }

    private static async Task<ContentItem> NewApplicationAsync(IContentManager content, string name, string countryId, string? letter = null)
    {
        var item = await content.NewAsync("JoinApplication");
        item.DisplayText = name;
        item.Set("JoinApplication", "Reference", $"ACR-2026-{Random.Shared.Next(100000, 999999)}")
            .Set("JoinApplication", "AuthorityType", "city")
            .Set("JoinApplication", "Country", new JsonArray(countryId))
            .Set("JoinApplication", "Population", 12000)
            .Set("JoinApplication", "OfficeHolder", "A. Mayor")
            .Set("JoinApplication", "FocalPointName", "Focal Private-Name")
            .Set("JoinApplication", "FocalPointFunction", "Officer")
            .Set("JoinApplication", "FocalPointEmail", "focal.point@example.org")
            .Set("JoinApplication", "CorrespondenceLanguage", "fr")
            .Set("JoinApplication", "ConsentGiven", true)
            .Set("JoinApplication", "Status", "submitted");
        if (letter is not null) item.Set("JoinApplication", "Letter", letter);
        return item;
    }

    [Fact]
    public async Task The_subject_is_shown_with_its_private_fields_and_its_files_only_to_the_users_of_the_task()
    {
        var folder = Guid.NewGuid().ToString("N");
        var path = Path.Combine(site.Database.DataFolder, "private", "applications", folder);
        Directory.CreateDirectory(path);
        await File.WriteAllTextAsync(Path.Combine(path, "letter.pdf"), "%PDF-1.4 signed letter");
        await File.WriteAllTextAsync(Path.Combine(site.Database.DataFolder, "private", "secret.txt"), "not attached");

        var (application, taskId) = await site.WithContentAsync(async (content, _) =>
        {
            var country = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Filestan"), "QF"), publish: true).CreatedAsync();
            var item = await content.CreateAsync(await NewApplicationAsync(content, Items.Unique("Letterville"), country.ContentItemId, $"applications/{folder}/letter.pdf"), publish: false).CreatedAsync();
            return (item, await NewTaskAsync(item.ContentItemId, "DeskEditor"));
        });
        var desk = await AdminUsers.CreateAsync(site, "task-files", "en", "DeskEditor");
        var author = await AdminUsers.CreateAsync(site, "task-files-author", "en", "Author");
        var editor = await AdminUsers.CreateAsync(site, "task-files-editor", "en", "Editor");

        using (var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password))
        {
            var page = await session.GetAsync($"/admin/tasks/{taskId}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Focal Private-Name", page.Text(".subject-fields"));
            Assert.Contains(application.DisplayText, page.Text("#subject-heading"));
            var link = page.Get(".subject-fields .files a");
            Assert.Equal($"/admin/tasks/{taskId}/files/applications/{folder}/letter.pdf", link.GetAttribute("href"));

            var file = await session.Client.GetAsync(link.GetAttribute("href"));
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
            Assert.Equal("%PDF-1.4 signed letter", await file.Content.ReadAsStringAsync());

            // Only the files of the subject, and nothing outside the private folder.
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/tasks/{taskId}/files/secret.txt")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/tasks/{taskId}/files/applications/{folder}/..%2F..%2F..%2Fsecret.txt")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/tasks/{taskId}/files/..%2F..%2Fcms.db")).StatusCode);
        }
        using (var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password))
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/tasks/{taskId}/files/applications/{folder}/letter.pdf")).StatusCode);
        using (var session = await AdminSession.SignedInAsync(site, author.UserName, author.Password))
            Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync($"/admin/tasks/{taskId}/files/applications/{folder}/letter.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_join_application_shows_members_of_its_country_and_open_applications_with_a_similar_name()
    {
        var stem = "Qzx" + Guid.NewGuid().ToString("N")[..5].Replace('0', 'a').Replace('1', 'b');
        var (taskId, member, other, unrelated) = await site.WithContentAsync(async (content, _) =>
        {
            var country = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Dupland"), "QD"), publish: true).CreatedAsync();
            var elsewhere = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Farland"), "QE"), publish: true).CreatedAsync();
            var member = await content.CreateAsync(await Items.NewMemberAsync(content, $"{stem}", country.ContentItemId), publish: true).CreatedAsync();
            var unrelated = await content.CreateAsync(await Items.NewMemberAsync(content, "Zzyzx Wholly Different", country.ContentItemId), publish: true).CreatedAsync();
            var other = await content.CreateAsync(await NewApplicationAsync(content, $"Municipality of {stem}h", elsewhere.ContentItemId), publish: false).CreatedAsync();
            var application = await content.CreateAsync(await NewApplicationAsync(content, $"Ville de {stem.ToUpperInvariant()}", country.ContentItemId), publish: false).CreatedAsync();
            return (await NewTaskAsync(application.ContentItemId, "DeskEditor"), member, other, unrelated);
        });
        var desk = await AdminUsers.CreateAsync(site, "task-dups", "en", "DeskEditor");
        using var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password);
        var page = await session.GetAsync($"/admin/tasks/{taskId}");
        var panel = Assert.Single(page.All(".task-panel"), p => p.TextContent.Contains("Likely duplicates"));
        var links = panel.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/admin/content/{member.ContentItemId}/edit", links);
        Assert.Contains($"/admin/content/{other.ContentItemId}/edit", links);
        Assert.DoesNotContain($"/admin/content/{unrelated.ContentItemId}/edit", links);
    }
}
