using System.Text.Json;
using System.Text.Json.Serialization;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Definitions;

namespace AllianceCms.Admin.Workflows;

/// <summary>
/// A definition as the diagram page shows it: the steps in the order they run (starts first,
/// then breadth-first along the transitions) with where each outcome leads, for the text
/// alternative; and the compact JSON the diagram script draws from.
/// </summary>
public sealed class WorkflowOutline(ActivityRegistry activities)
{
    public sealed record Branch(string Outcome, ActivityDefinition? Next);

    public sealed record Step(ActivityDefinition Activity, bool IsStart, IReadOnlyList<Branch> Branches);

    private sealed record DiagramActivity(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("start")] bool Start);

    private sealed record DiagramTransition(
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("outcome")] string Outcome,
        [property: JsonPropertyName("to")] string To);

    public IReadOnlyList<Step> Steps(WorkflowDefinition definition)
    {
        var starts = definition.Activities.Where(a => IsStart(definition, a)).ToList();
        var order = new List<ActivityDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<ActivityDefinition>(starts);
        foreach (var s in starts) seen.Add(s.Id);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            order.Add(current);
            foreach (var t in definition.Transitions.Where(t => t.From == current.Id))
                if (definition.Activity(t.To) is { } next && seen.Add(next.Id)) queue.Enqueue(next);
        }
        // Steps no start reaches are still part of the definition: list them after.
        order.AddRange(definition.Activities.Where(a => seen.Add(a.Id)));
        return order.Select(a => new Step(a, starts.Contains(a), Branches(definition, a))).ToList();
    }

    /// <summary>The JSON the diagram script reads; safe inside a script data block (the encoder escapes &lt; and &amp;).</summary>
    public string DiagramJson(WorkflowDefinition definition) => JsonSerializer.Serialize(new
    {
        activities = definition.Activities.Select(a => new DiagramActivity(a.Id, WorkflowText.Label(a), a.Type, IsStart(definition, a))),
        transitions = definition.Transitions.Select(t => new DiagramTransition(t.From, t.Outcome, t.To)),
    });

    private bool IsStart(WorkflowDefinition definition, ActivityDefinition activity) =>
        !definition.Into(activity.Id).Any() && activities.Find(activity.Type) is IEventActivity;

    /// <summary>Each outcome the activity declares (or a transition names), and the steps it leads to; none when it ends there.</summary>
    private IReadOnlyList<Branch> Branches(WorkflowDefinition definition, ActivityDefinition activity)
    {
        var outcomes = new List<string>();
        if (activities.Find(activity.Type) is { } type)
        {
            try { outcomes.AddRange(type.Outcomes(type.ReadSettings(activity.Settings))); }
            catch (JsonException) { } // a stored version the engine refuses now still shows its transitions
        }
        outcomes.AddRange(definition.Transitions.Where(t => t.From == activity.Id).Select(t => t.Outcome));
        return outcomes.Distinct(StringComparer.Ordinal).SelectMany(o =>
        {
            var targets = definition.Transitions.Where(t => t.From == activity.Id && t.Outcome == o).Select(t => definition.Activity(t.To)).ToList();
            return targets.Count == 0 ? [new Branch(o, null)] : targets.Select(next => new Branch(o, next));
        }).ToList();
    }
}
