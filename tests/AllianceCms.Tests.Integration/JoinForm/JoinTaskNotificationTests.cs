using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Admin;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Tests.Integration.JoinForm;

/// <summary>Assignees of a join task are e-mailed, reminded after N days and the task escalates to administrators after M days.</summary>
[Collection("join")]
public sealed class JoinTaskNotificationTests(JoinSiteFactory site)
{
    private async Task MoveClockToAsync(DateTime utc)
    {
        var by = utc - site.Clock.GetUtcNow().UtcDateTime;
        if (by > TimeSpan.Zero) site.Clock.Advance(by);
        await JoinJourney.RunTimersAsync(site);
    }

    private async Task<IReadOnlyList<string>> AdministratorsAsync()
    {
        await using var scope = site.Scope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().GetUsersInRoleAsync("Administrator")).Select(u => u.Id).ToList();
    }

    [Fact]
    public async Task Desk_editor_is_mailed_in_their_language_reminded_once_then_the_task_escalates_to_administrators()
    {
        var settings = await JoinJourney.SettingsAsync(site);
        var desk = await AdminUsers.CreateAsync(site, "desk-lu", "fr", "DeskEditor");
        await JoinJourney.SetDeskEditorsAsync(site, "country-lu", desk.Id);
        var submitted = await JoinJourney.SubmitAsync(site, "/join", "country-lu", "en");
        var task = await JoinJourney.WaitingTaskAsync(site, submitted.Id);
        Assert.Equal([desk.Id], task.AssigneeUserIds);

        // Assigned: one e-mail in French (the editor's language, not the applicant's), linking to the task.
        var assigned = Assert.Single(await JoinJourney.OutboxAsync(site, desk.Email));
        Assert.StartsWith("Nouvelle tâche", assigned.Subject);
        Assert.Contains(submitted.Reference, assigned.Subject);
        Assert.Contains($"https://alliance.example.org/admin/tasks/{task.Id}", assigned.HtmlBody);
        Assert.Equal("fr", assigned.Culture);

        // A minute before N days: nothing more.
        var reminderAt = task.CreatedUtc.AddDays(settings.ReminderDays);
        await MoveClockToAsync(reminderAt.AddMinutes(-1));
        Assert.Single(await JoinJourney.OutboxAsync(site, desk.Email));

        // At N days: one reminder, and only one however often the timers run.
        await MoveClockToAsync(reminderAt.AddMinutes(1));
        var mails = await JoinJourney.EventuallyAsync(() => JoinJourney.OutboxAsync(site, desk.Email), m => m.Count == 2, "the reminder was queued");
        Assert.StartsWith("Rappel", mails[1].Subject);
        Assert.Contains($"/admin/tasks/{task.Id}", mails[1].HtmlBody);
        await JoinJourney.RunTimersAsync(site);
        Assert.Equal(2, (await JoinJourney.OutboxAsync(site, desk.Email)).Count);
        var administrators = await AdministratorsAsync();
        Assert.NotEmpty(administrators);
        var reminded = await JoinJourney.WaitingTaskAsync(site, submitted.Id);
        Assert.DoesNotContain(administrators, reminded.AssigneeUserIds.Contains);

        // At M days: the administrators are e-mailed and become assignees; the desk editor keeps the task.
        await MoveClockToAsync(task.CreatedUtc.AddDays(settings.EscalationDays).AddMinutes(1));
        var escalated = await JoinJourney.EventuallyAsync(() => JoinJourney.WaitingTaskAsync(site, submitted.Id),
            t => administrators.All(t.AssigneeUserIds.Contains), "the administrators were added to the task");
        Assert.Contains(desk.Id, escalated.AssigneeUserIds);
        var adminMail = Assert.Single(await JoinJourney.OutboxAsync(site, "admin@example.org"), m => m.IdempotencyKey!.StartsWith($"task:{task.Id}:", StringComparison.Ordinal));
        Assert.StartsWith("Escalated to you", adminMail.Subject);
        Assert.Contains($"/admin/tasks/{task.Id}", adminMail.HtmlBody);
        await JoinJourney.RunTimersAsync(site);
        Assert.Equal(2, (await JoinJourney.OutboxAsync(site, desk.Email)).Count);
        Assert.Single(await JoinJourney.OutboxAsync(site, "admin@example.org"), m => m.IdempotencyKey!.StartsWith($"task:{task.Id}:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decided_task_is_neither_reminded_nor_escalated()
    {
        var settings = await JoinJourney.SettingsAsync(site);
        var desk = await AdminUsers.CreateAsync(site, "desk-mt", "en", "DeskEditor");
        await JoinJourney.SetDeskEditorsAsync(site, "country-mt", desk.Id);
        var submitted = await JoinJourney.SubmitAsync(site, "/join", "country-mt", "en");
        var task = await JoinJourney.WaitingTaskAsync(site, submitted.Id);
        var assigned = Assert.Single(await JoinJourney.OutboxAsync(site, desk.Email));
        Assert.StartsWith("New task", assigned.Subject);

        Assert.True(await JoinJourney.TryDecideAsync(site, task, "Reject", desk.Id, "Not an authority."));
        await MoveClockToAsync(task.CreatedUtc.AddDays(settings.EscalationDays + 5));
        await JoinJourney.RunTimersAsync(site);

        Assert.Single(await JoinJourney.OutboxAsync(site, desk.Email));
        Assert.DoesNotContain(await JoinJourney.OutboxAsync(site, "admin@example.org"), m => m.IdempotencyKey!.StartsWith($"task:{task.Id}:", StringComparison.Ordinal));
        await using var scope = site.Scope();
        var history = await scope.ServiceProvider.GetRequiredService<AllianceCms.Workflows.Tasks.IUserTaskStore>().GetHistoryAsync(task.Id);
        Assert.DoesNotContain(history, h => h.Kind is "reminded" or "escalated");
    }
}
