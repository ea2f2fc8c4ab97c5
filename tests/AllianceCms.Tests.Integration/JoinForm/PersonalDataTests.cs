using System.Net;
using System.Text.Json.Nodes;
using Alliance.JoinForm.Configuration;
using Alliance.JoinForm.PersonalData;
using Alliance.JoinForm.Submission;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;

namespace AllianceCms.Tests.Integration.JoinForm;

/// <summary>Applicants' personal data: who sees it, its export, and its erasure after the retention period.</summary>
[Collection("join")]
public sealed class PersonalDataTests(JoinSiteFactory site)
{
    private async Task<int> EraseDueAsync()
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationEraser>().EraseDueAsync(CancellationToken.None);
    }

    private Task<ContentItem?> LatestAsync(string id) => site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));

    [Fact]
    public async Task A_rejected_application_is_erased_after_the_retention_period_and_only_its_reference_and_date_stay()
    {
        var before = await JoinJourney.SettingsAsync(site);
        var shorter = await JoinJourney.SettingsAsync(site);
        shorter.RetentionDays = 30;
        await JoinJourney.SaveSettingsAsync(site, shorter);
        try
        {
            var desk = await AdminUsers.CreateAsync(site, "desk-cy", "en", "DeskEditor");
            await JoinJourney.SetDeskEditorsAsync(site, "country-cy", desk.Id);
            var old = await JoinJourney.SubmitAsync(site, "/join", "country-cy", "en", withLetter: true);
            var oldTask = await JoinJourney.WaitingTaskAsync(site, old.Id);
            Assert.True(await JoinJourney.TryDecideAsync(site, oldTask, "Reject", desk.Id, "Outside the Council of Europe."));
            var letter = Assert.Single(TaskModelFiles((await LatestAsync(old.Id))!));
            string letterPath;
            await using (var scope = site.Scope()) letterPath = scope.ServiceProvider.GetRequiredService<PrivateUploads>().PathOf(letter);
            Assert.True(File.Exists(letterPath));

            site.Clock.Advance(TimeSpan.FromDays(20));
            var recent = await JoinJourney.SubmitAsync(site, "/join", "country-cy", "en");
            Assert.True(await JoinJourney.TryDecideAsync(site, await JoinJourney.WaitingTaskAsync(site, recent.Id), "Reject", desk.Id, "Duplicate."));
            var approved = await JoinJourney.SubmitAsync(site, "/join", "country-cy", "en");
            Assert.True(await JoinJourney.TryDecideAsync(site, await JoinJourney.WaitingTaskAsync(site, approved.Id), "Approve", desk.Id));

            // 29 days after the rejection: kept.
            site.Clock.Advance(TimeSpan.FromDays(9));
            await EraseDueAsync();
            Assert.NotNull(await LatestAsync(old.Id));

            // 31 days after: erased, every version, the letter, the workflow and its task; the log keeps the reference and the date.
            site.Clock.Advance(TimeSpan.FromDays(2));
            Assert.True(await EraseDueAsync() >= 1);
            Assert.Null(await LatestAsync(old.Id));
            Assert.Empty(await site.WithContentAsync((content, _) => content.GetVersionsAsync(old.Id)));
            Assert.False(File.Exists(letterPath));
            await using (var scope = site.Scope())
            {
                Assert.Null(await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().GetAsync(oldTask.Id));
                var instances = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListInstancesAsync(null, 0, 1000);
                Assert.DoesNotContain(instances, i => i.Input["contentItemId"]?.GetValue<string>() == old.Id);
            }
            var log = await LatestAsync(ApplicationEraser.LogIdFor(old.Id));
            Assert.NotNull(log);
            Assert.Equal(old.Reference, log!.Get<string>("JoinApplicationErasure", "Reference"));
            Assert.Equal("rejected", log.Get<string>("JoinApplicationErasure", "StatusBefore"));
            Assert.NotNull(log.Get<string>("JoinApplicationErasure", "ErasedAt"));
            Assert.DoesNotContain(old.Email, log.Content.ToJsonString());
            Assert.Equal(HttpStatusCode.NotFound, (await new Applicant(site).GetAsync(old.StatusUrl)).Status);

            // The recent rejection and the approved application stay; running again erases nothing more.
            Assert.NotNull(await LatestAsync(recent.Id));
            Assert.NotNull(await LatestAsync(approved.Id));
            await EraseDueAsync();
            Assert.NotNull(await LatestAsync(recent.Id));
        }
        finally
        {
            await JoinJourney.SaveSettingsAsync(site, before);
        }
    }

    private static IReadOnlyList<string> TaskModelFiles(ContentItem application) =>
        AllianceCms.Admin.Areas.Admin.Pages.Tasks.TaskModel.MediaPaths(application.Get("JoinApplication", "Letter"));

    [Fact]
    public async Task Only_the_assigned_desk_editor_sees_the_application_and_only_an_administrator_exports_it()
    {
        var desk = await AdminUsers.CreateAsync(site, "desk-ee", "en", "DeskEditor");
        var otherDesk = await AdminUsers.CreateAsync(site, "desk-lv", "en", "DeskEditor");
        var editor = await AdminUsers.CreateAsync(site, "editor-ee", "en", "Editor");
        await JoinJourney.SetDeskEditorsAsync(site, "country-ee", desk.Id);
        var submitted = await JoinJourney.SubmitAsync(site, "/join", "country-ee", "en");
        var task = await JoinJourney.WaitingTaskAsync(site, submitted.Id);

        using (var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password))
        {
            var page = await session.GetAsync($"/admin/tasks/{task.Id}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(submitted.Email, page.Body);
            Assert.Null(page.Find($"a[href='/admin/tasks/{task.Id}/export']"));
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/admin/tasks/{task.Id}/export")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/admin/content/{submitted.Id}/edit")).Status);
        }
        foreach (var outsider in new[] { otherDesk, editor })
        {
            using var session = await AdminSession.SignedInAsync(site, outsider.UserName, outsider.Password);
            var page = await session.GetAsync($"/admin/tasks/{task.Id}");
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain(submitted.Email, page.Body);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/content/JoinApplication")).Status);
        }

        using (var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword))
        {
            var page = await admin.GetAsync($"/admin/tasks/{task.Id}");
            Assert.NotNull(page.Find($"a[href='/admin/tasks/{task.Id}/export']"));
            var export = await admin.GetAsync($"/admin/tasks/{task.Id}/export");
            Assert.Equal(HttpStatusCode.OK, export.Status);
            Assert.Equal("application/json", export.Response.Content.Headers.ContentType!.MediaType);
            var json = JsonNode.Parse(export.Body)!;
            Assert.Equal(submitted.Id, json["contentItemId"]!.GetValue<string>());
            Assert.Equal(submitted.Email, json["fields"]!["JoinApplication"]!["FocalPointEmail"]!.GetValue<string>());
            Assert.Equal(submitted.Reference, json["fields"]!["JoinApplication"]!["Reference"]!.GetValue<string>());
            Assert.NotEmpty(json["versions"]!.AsArray());
            Assert.Contains(json["task"]!["history"]!.AsArray(), h => h!["kind"]!.GetValue<string>() == "created");
        }
    }
}
