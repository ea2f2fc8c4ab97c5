using System.Text.Json;
using AllianceCms.Workflows.Activities;

namespace AllianceCms.Workflows.Definitions;

/// <summary>Refuses a definition that could not run: unknown activity types, bad settings, dangling transitions.</summary>
public sealed class WorkflowDefinitionValidator(ActivityRegistry activities)
{
    public IReadOnlyList<string> Validate(WorkflowDefinition definition) => Check(definition).Select(p => p.Message).ToList();

    /// <summary>The same checks as <see cref="Validate"/>, as codes and arguments an admin can translate.</summary>
    public IReadOnlyList<WorkflowDefinitionProblem> Check(WorkflowDefinition definition)
    {
        var errors = new List<WorkflowDefinitionProblem>();
        void Add(string code, string message, params string[] args) => errors.Add(new(code, args, message));
        if (string.IsNullOrWhiteSpace(definition.Id)) Add(WorkflowDefinitionProblem.MissingId, "The workflow needs an id.");
        foreach (var duplicate in definition.Activities.GroupBy(a => a.Id).Where(g => g.Count() > 1))
            Add(WorkflowDefinitionProblem.DuplicateActivity, $"Activity id '{duplicate.Key}' is used twice.", duplicate.Key);

        var outcomes = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var activity in definition.Activities)
        {
            var type = activities.Find(activity.Type);
            if (type is null) { Add(WorkflowDefinitionProblem.UnknownType, $"Activity '{activity.Id}' has the unknown type '{activity.Type}'.", activity.Id, activity.Type); continue; }
            try
            {
                outcomes[activity.Id] = type.Outcomes(type.ReadSettings(activity.Settings));
            }
            catch (JsonException e)
            {
                Add(WorkflowDefinitionProblem.InvalidSettings, $"Activity '{activity.Id}' ({activity.Type}) has invalid settings: {e.Message}", activity.Id, activity.Type, e.Message);
            }
        }

        foreach (var t in definition.Transitions)
        {
            if (definition.Activity(t.From) is null) Add(WorkflowDefinitionProblem.UnknownSource, $"A transition starts at the unknown activity '{t.From}'.", t.From);
            else if (outcomes.TryGetValue(t.From, out var known) && !known.Contains(t.Outcome))
                Add(WorkflowDefinitionProblem.UnknownOutcome, $"Activity '{t.From}' has no outcome '{t.Outcome}' (it has: {string.Join(", ", known)}).", t.From, t.Outcome, string.Join(", ", known));
            if (definition.Activity(t.To) is null) Add(WorkflowDefinitionProblem.UnknownTarget, $"A transition leads to the unknown activity '{t.To}'.", t.To);
        }

        var starts = definition.Activities.Where(a => !definition.Into(a.Id).Any() && activities.Find(a.Type) is IEventActivity).ToList();
        if (starts.Count == 0) Add(WorkflowDefinitionProblem.NoStart, "The workflow needs a start: an event activity with no transition into it.");
        return errors;
    }
}
