using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Core.Localization;

namespace AllianceCms.Workflows.Definitions;

/// <summary>
/// A workflow as stored data: activities joined by named outcomes. Each published change is a new
/// version; running instances stay on the version they started with.
/// </summary>
public sealed class WorkflowDefinition
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("version")] public int Version { get; set; } = 1;
    [JsonPropertyName("name")] public LocalizedText Name { get; set; } = new();
    [JsonPropertyName("enabled")] public bool Enabled { get; set; } = true;
    [JsonPropertyName("activities")] public List<ActivityDefinition> Activities { get; set; } = [];
    [JsonPropertyName("transitions")] public List<TransitionDefinition> Transitions { get; set; } = [];

    public ActivityDefinition? Activity(string id) => Activities.FirstOrDefault(a => a.Id == id);

    public IEnumerable<TransitionDefinition> From(string activityId, string outcome) =>
        Transitions.Where(t => t.From == activityId && t.Outcome == outcome);

    public IEnumerable<TransitionDefinition> Into(string activityId) => Transitions.Where(t => t.To == activityId);
}

/// <summary>One activity of a workflow: its type (e.g. "SendEmail") and settings as that type reads them.</summary>
public sealed class ActivityDefinition
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("label")] public string? Label { get; set; }
    [JsonPropertyName("settings")] public JsonObject Settings { get; set; } = [];
}

/// <summary>When the activity <see cref="From"/> ends with <see cref="Outcome"/>, <see cref="To"/> runs next.</summary>
public sealed class TransitionDefinition
{
    [JsonPropertyName("from")] public string From { get; set; } = "";
    [JsonPropertyName("outcome")] public string Outcome { get; set; } = "";
    [JsonPropertyName("to")] public string To { get; set; } = "";
}
