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
    }

    public override string Type => "UserTask";
    public override ActivityKind Kind => ActivityKind.Blocking;
    protected override IReadOnlyList<string> Outcomes(Settings settings) => settings.Outcomes;

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        var users = settings.Assignees is null ? [] : (await context.RenderAsync(settings.Assignees))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var now = context.Clock.GetUtcNow().UtcDateTime;
        DateTime? due = settings.DueDays is { } days && decimal.TryParse(await context.RenderAsync(days), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? now.AddDays((double)d) : null;
        var round = context.Instance.History.Count(h => h.ActivityId == context.Activity.Id && h.Event == "waiting");
        var task = await context.Services.GetRequiredService<IUserTaskStore>().CreateAsync(new UserTask
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
            DueUtc = due,
            CreatedUtc = now,
        }, context.CancellationToken);
        context.Variables["taskId"] = task.Id;
        return ActivityResult.Suspend(new Bookmark(Signal, task.Id));
    }

    /// <summary>Input: { "outcome": "Approve", "userId": "…", "comment": "…" } from the inbox, once the task is decided.</summary>
    protected override Task<ActivityResult> ResumeAsync(ActivityContext context, Settings settings, JsonObject input)
    {
        var outcome = input["outcome"]?.GetValue<string>();
        if (outcome is null || !settings.Outcomes.Contains(outcome))
            return Task.FromResult(ActivityResult.Fault($"'{outcome}' is not an outcome of this task."));
        context.Variables["decision"] = input.DeepClone();
        return Done(outcome);
    }
}
