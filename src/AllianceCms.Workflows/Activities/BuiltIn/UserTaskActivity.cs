using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>
/// Puts a decision in the task inbox and waits for it. Assignees are users (ids from Liquid, e.g.
/// computed by an earlier activity) or, when that gives none, every user of the listed roles.
/// Optionally e-mails the assignees, reminds them after some days without a decision and then
/// escalates the task to other roles (whose users are added as assignees): the wait carries a timer
/// for the next of these, and a decision ends the wait, timers included.
/// </summary>
public sealed class UserTaskActivity : Activity<UserTaskActivity.Settings>
{
    public const string Signal = "UserTask";

    public sealed class Settings
    {
        [JsonPropertyName("title")] public string Title { get; set; } = "";
        [JsonPropertyName("subjectContentItemId")] public string? SubjectContentItemId { get; set; }

        /// <summary>Comma-separated user ids (Liquid).</summary>
        [JsonPropertyName("assignees")] public string? Assignees { get; set; }
        [JsonPropertyName("fallbackRoles")] public List<string> FallbackRoles { get; set; } = [];
        [JsonPropertyName("outcomes")] public List<string> Outcomes { get; set; } = [];

        /// <summary>The outcomes that need a comment (e.g. ["Reject"]); the inbox refuses them without one.</summary>
        [JsonPropertyName("commentRequiredFor")] public List<string> CommentRequiredFor { get; set; } = [];

        /// <summary>Days until the task is overdue (Liquid, e.g. "{{ variables.dueDays }}").</summary>
        [JsonPropertyName("dueDays")] public string? DueDays { get; set; }

        /// <summary>Comma-separated ids of users who may not decide (Liquid), e.g. the approver a second editor must confirm.</summary>
        [JsonPropertyName("excludedUsers")] public string? ExcludedUsers { get; set; }

        /// <summary>E-mail the assignees when the task is created.</summary>
        [JsonPropertyName("notifyAssignees")] public bool NotifyAssignees { get; set; }

        /// <summary>Days without a decision after which the assignees are reminded once (Liquid; empty or 0: never).</summary>
        [JsonPropertyName("reminderDays")] public string? ReminderDays { get; set; }

        /// <summary>Days without a decision after which the task is escalated to <see cref="EscalationRoles"/> (Liquid; empty or 0: never).</summary>
        [JsonPropertyName("escalationDays")] public string? EscalationDays { get; set; }

        [JsonPropertyName("escalationRoles")] public List<string> EscalationRoles { get; set; } = ["Administrator"];
    }

    public override string Type => "UserTask";
    public override ActivityKind Kind => ActivityKind.Blocking;
    protected override IReadOnlyList<string> Outcomes(Settings settings) => settings.Outcomes;

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        var users = await IdsAsync(context, settings.Assignees);
        var now = context.Clock.GetUtcNow().UtcDateTime;
        DateTime? due = await DaysAsync(context, settings.DueDays) is { } d ? now.AddDays(d) : null;
        var round = context.Instance.History.Count(h => h.ActivityId == context.Activity.Id && h.Event == "waiting");
        var store = context.Services.GetRequiredService<IUserTaskStore>();
        var task = await store.CreateAsync(new UserTask
        {
            Id = Guid.CreateVersion7().ToString("N"),
            Key = $"{context.Instance.Id}/{context.Activity.Id}/{round}",
            InstanceId = context.Instance.Id,
            ActivityId = context.Activity.Id,
            Title = (await context.RenderAsync(settings.Title)).Trim(),
            SubjectContentItemId = settings.SubjectContentItemId is null ? null : await context.RenderAsync(settings.SubjectContentItemId),
            AssigneeUserIds = users,
            AssigneeRoles = users.Count == 0 ? [.. settings.FallbackRoles] : [],
            Outcomes = [.. settings.Outcomes],
            CommentRequiredFor = [.. settings.CommentRequiredFor],
            ExcludedUserIds = await IdsAsync(context, settings.ExcludedUsers),
            DueUtc = due,
            CreatedUtc = now,
        }, context.CancellationToken);
        context.Variables["taskId"] = task.Id;
        if (settings.NotifyAssignees && task.Status == UserTaskStatus.Open)
            await context.Services.GetRequiredService<TaskNotifier>().NotifyAsync(task, TaskMailKind.Assigned, task.AssigneeUserIds, task.AssigneeRoles, context.CancellationToken);
        return ActivityResult.Suspend(new Bookmark(Signal, task.Id, await NextTimerAsync(context, settings, task, new HashSet<string>())));
    }

    /// <summary>
    /// Input: { "outcome": "Approve", "userId": "…", "comment": "…" } from the inbox, once the task is
    /// decided; without an outcome, the task's timer has fired: remind or escalate, then wait on.
    /// </summary>
    protected override async Task<ActivityResult> ResumeAsync(ActivityContext context, Settings settings, JsonObject input)
    {
        if (input["outcome"] is null && context.Instance.Waiting.FirstOrDefault(w => w.ActivityId == context.Activity.Id)?.Key is { } taskId)
            return await TimerAsync(context, settings, taskId);
        var outcome = input["outcome"]?.GetValue<string>();
        if (outcome is null || !settings.Outcomes.Contains(outcome))
            return ActivityResult.Fault($"'{outcome}' is not an outcome of this task.");
        context.Variables["decision"] = input.DeepClone();
        return ActivityResult.Done(outcome);
    }

    /// <summary>Sends what is due (the reminder, the escalation; each once) and waits for the next.</summary>
    private static async Task<ActivityResult> TimerAsync(ActivityContext context, Settings settings, string taskId)
    {
        var ct = context.CancellationToken;
        var store = context.Services.GetRequiredService<IUserTaskStore>();
        var task = await store.GetAsync(taskId, ct);
        if (task is null || task.Status != UserTaskStatus.Open) return ActivityResult.Suspend(new Bookmark(Signal, taskId));
        var notifier = context.Services.GetRequiredService<TaskNotifier>();
        var now = context.Clock.GetUtcNow().UtcDateTime;
        var done = (await store.GetHistoryAsync(taskId, ct)).Select(e => e.Kind).ToHashSet();

        if (await DaysAsync(context, settings.ReminderDays) is { } reminder && task.CreatedUtc.AddDays(reminder) <= now && !done.Contains(UserTaskEventKinds.Reminded))
        {
            var reminded = await notifier.NotifyAsync(task, TaskMailKind.Reminder, task.AssigneeUserIds, task.AssigneeRoles, ct);
            await store.AddEventAsync(taskId, UserTaskEventKinds.Reminded, null, now, string.Join(",", reminded.Select(u => u.Id)), ct);
            done.Add(UserTaskEventKinds.Reminded);
        }
        if (await DaysAsync(context, settings.EscalationDays) is { } escalation && task.CreatedUtc.AddDays(escalation) <= now && !done.Contains(UserTaskEventKinds.Escalated))
        {
            var directory = context.Services.GetService<IWorkflowUserDirectory>();
            var escalatedTo = directory is null ? [] : (await directory.InRolesAsync(settings.EscalationRoles, ct)).Select(u => u.Id).Distinct().ToList();
            await notifier.NotifyAsync(task, TaskMailKind.Escalated, escalatedTo, [], ct);
            await store.TryAddAssigneesAsync(taskId, escalatedTo, UserTaskEventKinds.Escalated, now, ct);
            done.Add(UserTaskEventKinds.Escalated);
        }
        return ActivityResult.Suspend(new Bookmark(Signal, taskId, await NextTimerAsync(context, settings, task, done)));
    }

    /// <summary>When the next reminder or escalation not yet <paramref name="done"/> is due; null when none is left.</summary>
    private static async Task<DateTime?> NextTimerAsync(ActivityContext context, Settings settings, UserTask task, IReadOnlySet<string> done)
    {
        var times = new List<DateTime>();
        if (!done.Contains(UserTaskEventKinds.Reminded) && await DaysAsync(context, settings.ReminderDays) is { } reminder) times.Add(task.CreatedUtc.AddDays(reminder));
        if (!done.Contains(UserTaskEventKinds.Escalated) && await DaysAsync(context, settings.EscalationDays) is { } escalation) times.Add(task.CreatedUtc.AddDays(escalation));
        return times.Count == 0 ? null : times.Min();
    }

    /// <summary>A positive number of days from a Liquid setting; null when empty, zero or not a number.</summary>
    private static async Task<double?> DaysAsync(ActivityContext context, string? template) =>
        template is not null && decimal.TryParse(await context.RenderAsync(template), NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days > 0
            ? (double)days : null;

    private static async Task<List<string>> IdsAsync(ActivityContext context, string? template) =>
        template is null ? [] : (await context.RenderAsync(template))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
