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
    [JsonPropertyName("status")] public UserTaskStatus Status { get; set; }
    [JsonPropertyName("claimedBy")] public string? ClaimedBy { get; set; }
    [JsonPropertyName("outcome")] public string? Outcome { get; set; }
    [JsonPropertyName("decidedBy")] public string? DecidedBy { get; set; }
    [JsonPropertyName("decidedUtc")] public DateTime? DecidedUtc { get; set; }
    [JsonPropertyName("dueUtc")] public DateTime? DueUtc { get; set; }
    [JsonPropertyName("createdUtc")] public DateTime CreatedUtc { get; set; }
}
