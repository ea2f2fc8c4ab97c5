using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Tasks;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Admin.Areas.Admin.Pages.Tasks;

/// <summary>
/// One task: its subject item with every field (private ones too: the task is about it), its files,
/// claim and release, reassignment, comments, one button per outcome and the history. Only its
/// assignees (and administrators) see it; anyone else gets a 404.
/// </summary>
[RequirePermission(TaskInbox.Permission)]
public sealed class TaskModel(
    TaskInbox inbox, IContentManager content, IContentDefinitionStore definitions, IWorkflowStore workflows,
    WorkflowEngine engine, IEnumerable<ITaskPanelProvider> panelProviders, TaskNotifier notifier, AdminText text, ILogger<TaskModel> logger) : PageModel
{
    public const int MaxCommentLength = 4000;

    public sealed record FieldView(string Label, string? Value, IReadOnlyList<string> Files, bool Private);

    public sealed record TimelineEntry(DateTime Utc, string Text, string? Detail);

    public UserTask Current { get; private set; } = null!;
    public ContentItem? Subject { get; private set; }
    public string? SubjectTypeLabel { get; private set; }

    /// <summary>Whether the user may download everything stored about the subject (a person's data export).</summary>
    public bool MayExport { get; private set; }
    public IReadOnlyList<FieldView> Fields { get; private set; } = [];
    public IReadOnlyList<UserTaskEvent> Comments { get; private set; } = [];
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<TaskPanel> Panels { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Candidates { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public DateTime Now { get; private set; }
    public string? UserId => User.UserId();
    public bool IsOpen => Current.Status == UserTaskStatus.Open;
    public bool ClaimedByOther => Current.ClaimedBy is not null && Current.ClaimedBy != UserId;
    public bool MayDecide => IsOpen && (!ClaimedByOther || TaskInbox.SeesAll(User)) && !IsExcluded;

    /// <summary>The task confirms this user's own decision (four eyes): someone else must decide it.</summary>
    public bool IsExcluded => UserId is { } id && Current.ExcludedUserIds.Contains(id);

    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public List<string> Assignees { get; set; } = [];

    /// <summary>An error about what was just posted, shown above the form it concerns.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string taskId, CancellationToken ct)
    {
        if (await inbox.FindAsync(User, taskId, ct) is not { } task) return AdminStatusResult.NotFound;
        Current = task;
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostClaimAsync(string taskId, CancellationToken ct) => ActAsync(taskId, async task =>
        await inbox.Store.TryClaimAsync(task.Id, UserId!, inbox.Now, ct) ? "MessageTaskClaimed" : Message(task, "MessageTaskClaimedByOther"), ct);

    public Task<IActionResult> OnPostReleaseAsync(string taskId, CancellationToken ct) => ActAsync(taskId, async task =>
        await inbox.Store.TryReleaseAsync(task.Id, UserId!, inbox.Now, ct) ? "MessageTaskReleased" : Message(task, "MessageTaskNotClaimedByYou"), ct);

    public async Task<IActionResult> OnPostReassignAsync(string taskId, CancellationToken ct)
    {
        if (await inbox.FindAsync(User, taskId, ct) is not { } task) return AdminStatusResult.NotFound;
        var candidates = (await inbox.CandidatesAsync(ct)).Select(c => c.Id).ToHashSet();
        var chosen = Assignees.Where(candidates.Contains).Distinct().ToList();
        if (chosen.Count == 0) return await ShowErrorAsync(task, "MessageChooseAssignee", ct);
        if (!await inbox.Store.TryReassignAsync(task.Id, chosen, UserId!, inbox.Now, ct)) return Done(task, "MessageTaskAlreadyDecided");
        await notifier.NotifyAsync(task, TaskMailKind.Assigned, chosen, [], ct);
        return Done(task, "MessageTaskReassigned");
    }

    public async Task<IActionResult> OnPostCommentAsync(string taskId, CancellationToken ct)
    {
        if (await inbox.FindAsync(User, taskId, ct) is not { } task) return AdminStatusResult.NotFound;
        var comment = Comment?.Trim() ?? "";
        if (comment.Length == 0) return await ShowErrorAsync(task, "MessageCommentEmpty", ct);
        if (comment.Length > MaxCommentLength) return await ShowErrorAsync(task, "MessageCommentTooLong", ct);
        await inbox.Store.AddCommentAsync(task.Id, UserId!, comment, inbox.Now, ct);
        return Done(task, "MessageCommentAdded");
    }

    public async Task<IActionResult> OnPostDecideAsync(string taskId, CancellationToken ct)
    {
        if (await inbox.FindAsync(User, taskId, ct) is not { } task) return AdminStatusResult.NotFound;
        if (task.Status != UserTaskStatus.Open) return Done(task, "MessageTaskAlreadyDecided");
        if (Outcome is null || !task.Outcomes.Contains(Outcome)) return await ShowErrorAsync(task, "MessageChooseOutcome", ct);
        if (!TaskInbox.SeesAll(User) && task.ClaimedBy is not null && task.ClaimedBy != UserId) return Done(task, "MessageTaskClaimedByOther");
        if (!task.MayBeDecidedBy(UserId!)) return Done(task, "MessageTaskExcludedDecider");
        var comment = Comment?.Trim() ?? "";
        if (comment.Length > MaxCommentLength) return await ShowErrorAsync(task, "MessageCommentTooLong", ct);
        if (comment.Length == 0 && task.CommentRequiredFor.Contains(Outcome)) return await ShowErrorAsync(task, "MessageCommentRequired", ct, Outcome);

        // The store decides who wins; only the winner resumes the workflow.
        if (!await inbox.Store.TryDecideAsync(task.Id, Outcome, UserId!, inbox.Now, ct)) return Done(task, "MessageTaskAlreadyDecided");
        if (comment.Length > 0) await inbox.Store.AddCommentAsync(task.Id, UserId!, comment, inbox.Now, ct);
        try
        {
            await engine.ResumeAsync(task.InstanceId, task.ActivityId,
                new JsonObject { ["outcome"] = Outcome, ["userId"] = UserId, ["comment"] = comment, ["taskId"] = task.Id }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Task {TaskId} was decided ({Outcome}) but its workflow instance {InstanceId} could not go on.", task.Id, Outcome, task.InstanceId);
            return Done(task, "MessageTaskDecidedWorkflowFailed");
        }
        return Done(task, "MessageTaskDecided");
    }

    /// <summary>A claim or release on an open task the user may see; else the reason.</summary>
    private async Task<IActionResult> ActAsync(string taskId, Func<UserTask, Task<string>> act, CancellationToken ct)
    {
        if (await inbox.FindAsync(User, taskId, ct) is not { } task) return AdminStatusResult.NotFound;
        if (task.Status != UserTaskStatus.Open) return Done(task, "MessageTaskAlreadyDecided");
        return Done(task, await act(task));
    }

    private static string Message(UserTask task, string key) => task.Status == UserTaskStatus.Open ? key : "MessageTaskAlreadyDecided";

    private IActionResult Done(UserTask task, string messageKey)
    {
        TempData["AdminMessage"] = text[messageKey];
        return RedirectToPage("/Tasks/Task", new { area = AdminServiceCollectionExtensions.Area, taskId = task.Id });
    }

    private async Task<IActionResult> ShowErrorAsync(UserTask task, string messageKey, CancellationToken ct, params object?[] args)
    {
        Current = task;
        Error = text[messageKey, args];
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = inbox.Now;
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (Current.SubjectContentItemId is { } subjectId && await content.GetAsync(subjectId, VersionOptions.Latest, ct) is { } subject)
        {
            Subject = subject;
            if ((await definitions.GetSnapshotAsync(ct)).Find(subject.ContentType) is { } type)
            {
                SubjectTypeLabel = AdminShell.TypeLabel(type, culture);
                MayExport = User.Permissions().Can(Core.Security.ContentActions.View, type, isOwner: false);
                Fields = type.Fields.Select(f => View(subject, f.Part.Name, f.Field, culture)).ToList();
            }
        }

        var history = await inbox.Store.GetHistoryAsync(Current.Id, ct);
        Comments = history.Where(h => h.Kind == UserTaskEventKinds.Commented).ToList();
        Candidates = await inbox.CandidatesAsync(ct);
        Names = await inbox.NamesAsync(history.Select(h => h.UserId)
            .Concat(history.Where(h => h.Kind is UserTaskEventKinds.Reassigned or UserTaskEventKinds.Escalated).SelectMany(h => (h.Text ?? "").Split(',')))
            .Concat(Current.AssigneeUserIds).Append(Current.ClaimedBy).Append(Current.DecidedBy), ct);

        var timeline = history.Where(h => h.Kind != UserTaskEventKinds.Commented).Select(h => new TimelineEntry(h.Utc, h.Kind switch
        {
            UserTaskEventKinds.Created => text["HistoryCreated"],
            UserTaskEventKinds.Claimed => text["HistoryClaimed", NameOf(h.UserId)],
            UserTaskEventKinds.Released => text["HistoryReleased", NameOf(h.UserId)],
            UserTaskEventKinds.Reassigned => text["HistoryReassigned", NameOf(h.UserId), string.Join(", ", (h.Text ?? "").Split(',').Select(NameOf))],
            UserTaskEventKinds.Decided => text["HistoryDecided", NameOf(h.UserId), h.Text],
            UserTaskEventKinds.Reminded => text["HistoryReminded"],
            UserTaskEventKinds.Escalated => text["HistoryEscalated", string.Join(", ", (h.Text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(NameOf))],
            _ => h.Kind,
        }, null)).ToList();
        timeline.AddRange(Comments.Select(c => new TimelineEntry(c.Utc, text["HistoryCommented", NameOf(c.UserId)], null)));
        if (await workflows.GetInstanceAsync(Current.InstanceId, ct) is { } instance)
            timeline.AddRange(instance.History.Select(h => new TimelineEntry(h.Utc, text["HistoryWorkflowStep", h.ActivityId, h.Type, h.Event], h.Detail)));
        Timeline = timeline.OrderBy(t => t.Utc).ToList();

        var panels = new List<TaskPanel>();
        foreach (var provider in panelProviders)
            if (await provider.GetPanelAsync(new TaskPanelContext(Current, Subject, culture), ct) is { } panel) panels.Add(panel);
        Panels = panels;
    }

    public string NameOf(string? id) => id is null ? "" : Names.GetValueOrDefault(id, id);

    private FieldView View(ContentItem item, string part, ContentFieldDefinition field, string culture)
    {
        var label = field.Label.For(culture) is { Length: > 0 } l ? l : field.Name;
        var value = item.Get(part, field.Name);
        var isPrivate = field.Settings.Private;
        if (field.Kind == FieldKinds.Media)
            return new FieldView(label, null, MediaPaths(value), isPrivate);
        return new FieldView(label, Format(value), [], isPrivate);
    }

    /// <summary>A media field's paths: a string (several separated by commas) or an array of strings.</summary>
    public static IReadOnlyList<string> MediaPaths(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        JsonArray a => a.Select(n => n is JsonValue x && x.TryGetValue<string>(out var s) ? s : n is JsonObject o ? o["path"]?.GetValue<string>() : null)
            .OfType<string>().Where(s => s.Length > 0).ToList(),
        JsonObject o when o["path"] is JsonValue p && p.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private string? Format(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? text["Yes"] : text["No"],
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        JsonArray a => string.Join(", ", a.Select(n => n is JsonValue x && x.TryGetValue<string>(out var s) ? s : n?.ToJsonString())),
        _ => value.ToJsonString(),
    };
}
