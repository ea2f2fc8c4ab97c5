using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Data;
using AllianceCms.Data.Mail;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;
using Alliance.JoinForm.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.JoinForm;

/// <summary>Steps of the join process shared by the workflow tests: submit, find the waiting task, decide, read the outbox.</summary>
public static class JoinJourney
{
    public sealed record Submitted(string Reference, ContentItem Application, string StatusUrl, string Email, string Name)
    {
        public string Id => Application.ContentItemId;
    }

    public static async Task<Submitted> SubmitAsync(JoinSiteFactory site, string path = "/join", string country = "country-fr", string language = "en", bool withLetter = false)
    {
        var applicant = new Applicant(site);
        var name = $"Ville {Guid.NewGuid().ToString("N")[..8]}";
        var email = $"{Guid.NewGuid():N}@example.org";
        var (page, reference) = await JoinFormTests.SubmitAsync(site, applicant, path, Applicant.ValidApplication(name, email, country, language),
            withLetter ? ("Letter", Applicant.Pdf(), "letter.pdf") : null);
        Assert.True(reference is not null, page.Html);
        var statusUrl = page.Document.QuerySelector("a[href*='/statu']")!.GetAttribute("href")!;
        return new Submitted(reference!, (await JoinFormTests.ApplicationAsync(site, reference!))!, statusUrl, email, name);
    }

    public static async Task<WorkflowInstance> InstanceAsync(JoinSiteFactory site, string applicationId)
    {
        await using var scope = site.Scope();
        var instances = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListInstancesAsync(null, 0, 1000);
        return Assert.Single(instances, i => i.DefinitionId == "join-application" && i.Input["contentItemId"]?.GetValue<string>() == applicationId);
    }

    /// <summary>The task the application's instance waits on now.</summary>
    public static async Task<UserTask> WaitingTaskAsync(JoinSiteFactory site, string applicationId)
    {
        var instance = await InstanceAsync(site, applicationId);
        Assert.True(instance.Status == WorkflowStatus.Waiting, $"{instance.Status}: {instance.FaultMessage}");
        await using var scope = site.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().GetAsync(instance.Variables["taskId"]!.GetValue<string>()))!;
    }

    /// <summary>Decides the waiting task as the inbox does: the store first (false when refused), then the workflow.</summary>
    public static async Task<bool> TryDecideAsync(JoinSiteFactory site, UserTask task, string outcome, string userId, string? comment = null)
    {
        await using var scope = site.Scope();
        if (!await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().TryDecideAsync(task.Id, outcome, userId, site.Clock.GetUtcNow().UtcDateTime)) return false;
        var resumed = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().ResumeAsync(task.InstanceId, task.ActivityId,
            new JsonObject { ["outcome"] = outcome, ["userId"] = userId, ["comment"] = comment, ["taskId"] = task.Id });
        Assert.NotNull(resumed);
        Assert.True(resumed!.Status is WorkflowStatus.Waiting or WorkflowStatus.Finished, $"{resumed.Status}: {resumed.FaultMessage}");
        return true;
    }

    /// <summary>Fires the workflow timers that are due now (the background service may fire some first: either way they fire once).</summary>
    public static async Task RunTimersAsync(JoinSiteFactory site)
    {
        await using var scope = site.Scope();
        await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().RunDueTimersAsync("test-node");
    }

    /// <summary>The messages queued for an address (sent or not), oldest first.</summary>
    public static async Task<IReadOnlyList<MailOutboxRecord>> OutboxAsync(JoinSiteFactory site, string address)
    {
        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var quoted = System.Text.Json.JsonSerializer.Serialize(address);
        return await db.Set<MailOutboxRecord>().AsNoTracking().Where(m => m.To.Contains(quoted)).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Waits (a few seconds at most) for a background step to finish what the test just started.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        T value = await read();
        for (var attempt = 0; attempt < 50 && !done(value); attempt++)
        {
            await Task.Delay(100);
            value = await read();
        }
        Assert.True(done(value), what);
        return value;
    }

    public static async Task<JoinApplicationSettings> SettingsAsync(JoinSiteFactory site)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<JoinSettingsStore>().GetAsync(CancellationToken.None);
    }

    public static async Task SaveSettingsAsync(JoinSiteFactory site, JoinApplicationSettings settings)
    {
        await using var scope = site.Scope();
        await scope.ServiceProvider.GetRequiredService<JoinSettingsStore>().SaveAsync(settings, CancellationToken.None);
    }

    public static async Task SetDeskEditorsAsync(JoinSiteFactory site, string countryId, params string[] userIds) =>
        await site.WithContentAsync(async (content, _) =>
        {
            var country = (await content.GetAsync(countryId, VersionOptions.Latest))!;
            country.Set("Country", "DeskEditors", userIds.Length == 0 ? null : new JsonArray([.. userIds.Select(u => JsonValue.Create(u))]));
            var result = await content.SaveAsync(country, publish: true);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
            return true;
        });
}
