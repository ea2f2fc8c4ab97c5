using System.Text.Json;
using AllianceCms.Workflows.Activities;

namespace AllianceCms.Workflows.Definitions;

/// <summary>Refuses a definition that could not run: unknown activity types, bad settings, dangling transitions.</summary>
public sealed class WorkflowDefinitionValidator(ActivityRegistry activities)
{
    public IReadOnlyList<string> Validate(WorkflowDefinition definition)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(definition.Id)) errors.Add("The workflow needs an id.");
        foreach (var duplicate in definition.Activities.GroupBy(a => a.Id).Where(g => g.Count() > 1))
            errors.Add($"Activity id '{duplicate.Key}' is used twice.");

        var outcomes = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var activity in definition.Activities)
        {
            var type = activities.Find(activity.Type);
            if (type is null) { errors.Add($"Activity '{activity.Id}' has the unknown type '{activity.Type}'."); continue; }
            try
            {
                outcomes[activity.Id] = type.Outcomes(type.ReadSettings(activity.Settings));
            }
            catch (JsonException e)
            {
                errors.Add($"Activity '{activity.Id}' ({activity.Type}) has invalid settings: {e.Message}");
            }
        }

        foreach (var t in definition.Transitions)
        {
            if (definition.Activity(t.From) is null) errors.Add($"A transition starts at the unknown activity '{t.From}'.");
            else if (outcomes.TryGetValue(t.From, out var known) && !known.Contains(t.Outcome))
                errors.Add($"Activity '{t.From}' has no outcome '{t.Outcome}' (it has: {string.Join(", ", known)}).");
            if (definition.Activity(t.To) is null) errors.Add($"A transition leads to the unknown activity '{t.To}'.");
        }

        var starts = definition.Activities.Where(a => !definition.Into(a.Id).Any() && activities.Find(a.Type) is IEventActivity).ToList();
        if (starts.Count == 0) errors.Add("The workflow needs a start: an event activity with no transition into it.");
        return errors;
    }
}
