using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AllianceCms.Workflows.Runtime;

public enum WorkflowStatus { Running, Waiting, Finished, Faulted, Cancelled }

/// <summary>
/// One run of a workflow definition version: its variables, what it will run next, what it waits
/// for and what it has done. Saved after every step so that another process can carry it on.
/// </summary>
public sealed class WorkflowInstance
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("definitionId")] public string DefinitionId { get; set; } = "";
    [JsonPropertyName("definitionVersion")] public int DefinitionVersion { get; set; }
    [JsonPropertyName("status")] public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;

    /// <summary>What the instance is about (e.g. a content item id), for finding it from the outside.</summary>
    [JsonPropertyName("correlationId")] public string? CorrelationId { get; set; }

    [JsonPropertyName("input")] public JsonObject Input { get; set; } = [];
    [JsonPropertyName("variables")] public JsonObject Variables { get; set; } = [];

    /// <summary>Activities to run next, in order. The head stays until it has run, so a crash re-runs it.</summary>
    [JsonPropertyName("scheduled")] public List<string> Scheduled { get; set; } = [];

    [JsonPropertyName("waiting")] public List<WaitingActivity> Waiting { get; set; } = [];

    /// <summary>For each join activity, the incoming activities that have arrived.</summary>
    [JsonPropertyName("joins")] public Dictionary<string, List<string>> Joins { get; set; } = [];

    [JsonPropertyName("history")] public List<HistoryEntry> History { get; set; } = [];
    [JsonPropertyName("faultActivityId")] public string? FaultActivityId { get; set; }
    [JsonPropertyName("faultMessage")] public string? FaultMessage { get; set; }
    [JsonPropertyName("createdUtc")] public DateTime CreatedUtc { get; set; }
    [JsonPropertyName("updatedUtc")] public DateTime UpdatedUtc { get; set; }

    /// <summary>Incremented by every save; a save from an older revision is refused.</summary>
    [JsonPropertyName("revision")] public int Revision { get; set; }
}

/// <summary>A suspended activity and the bookmark that resumes it.</summary>
public sealed record WaitingActivity(
    [property: JsonPropertyName("activityId")] string ActivityId,
    [property: JsonPropertyName("signal")] string Signal,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("dueUtc")] DateTime? DueUtc);

/// <summary>What happened at one step.</summary>
public sealed record HistoryEntry(
    [property: JsonPropertyName("utc")] DateTime Utc,
    [property: JsonPropertyName("activityId")] string ActivityId,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("detail")] string? Detail);
