using System.Text.Json.Serialization;

namespace AllianceCms.Workflows.Tasks;

public enum UserTaskStatus { Open, Decided, Cancelled }

/// <summary>A decision waiting in the task inbox of its assignees (users, or every user of a role).</summary>
public sealed class UserTask
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";

    /// <summary>Unique per instance, activity and round, so a re-run step does not create a second task.</summary>
    [JsonPropertyName("key")] public string Key { get; set; } = "";
    [JsonPropertyName("instanceId")] public string InstanceId { get; set; } = "";
    [JsonPropertyName("activityId")] public string ActivityId { get; set; } = "";
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("subjectContentItemId")] public string? SubjectContentItemId { get; set; }
    [JsonPropertyName("assigneeUserIds")] public List<string> AssigneeUserIds { get; set; } = [];
    [JsonPropertyName("assigneeRoles")] public List<string> AssigneeRoles { get; set; } = [];
    [JsonPropertyName("outcomes")] public List<string> Outcomes { get; set; } = [];

    /// <summary>The outcomes that need a comment from whoever decides.</summary>
    [JsonPropertyName("commentRequiredFor")] public List<string> CommentRequiredFor { get; set; } = [];

    /// <summary>Users who may not decide this task (e.g. the one whose approval it confirms: four eyes).</summary>
    [JsonPropertyName("excludedUserIds")] public List<string> ExcludedUserIds { get; set; } = [];
    [JsonPropertyName("status")] public UserTaskStatus Status { get; set; }
    [JsonPropertyName("claimedBy")] public string? ClaimedBy { get; set; }
    [JsonPropertyName("outcome")] public string? Outcome { get; set; }
    [JsonPropertyName("decidedBy")] public string? DecidedBy { get; set; }
    [JsonPropertyName("decidedUtc")] public DateTime? DecidedUtc { get; set; }
    [JsonPropertyName("dueUtc")] public DateTime? DueUtc { get; set; }
    [JsonPropertyName("createdUtc")] public DateTime CreatedUtc { get; set; }
}

public static class UserTaskExtensions
{
    /// <summary>Whether this user may decide the task (it is open and they are not excluded from deciding it).</summary>
    public static bool MayBeDecidedBy(this UserTask task, string userId) =>
        task.Status == UserTaskStatus.Open && !task.ExcludedUserIds.Contains(userId, StringComparer.Ordinal);

    /// <summary>Whether the task is for this user: assigned to them, to one of their roles, or claimed by them.</summary>
    public static bool IsFor(this UserTask task, string userId, IEnumerable<string> roles) =>
        task.AssigneeUserIds.Contains(userId) || task.ClaimedBy == userId
        || task.AssigneeRoles.Any(r => roles.Contains(r, StringComparer.OrdinalIgnoreCase));

    public static bool Matches(this UserTask task, UserTaskQuery query) =>
        (query.AllUsers || task.IsFor(query.UserId, query.Roles)) && query.Filter switch
        {
            UserTaskFilter.Mine => task.Status == UserTaskStatus.Open && (task.AssigneeUserIds.Contains(query.UserId) || task.ClaimedBy == query.UserId),
            UserTaskFilter.Unclaimed => task.Status == UserTaskStatus.Open && task.ClaimedBy is null,
            UserTaskFilter.Overdue => task.Status == UserTaskStatus.Open && task.DueUtc < query.NowUtc,
            UserTaskFilter.Open => task.Status == UserTaskStatus.Open,
            UserTaskFilter.Decided => task.Status == UserTaskStatus.Decided,
            _ => true,
        };
}
