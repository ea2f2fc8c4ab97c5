using System.Text.Json.Nodes;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities;

public enum ActivityKind
{
    /// <summary>Starts an instance, or resumes one waiting for it (content published, form submitted…).</summary>
    Event,
    /// <summary>Does something and ends with an outcome at once.</summary>
    Task,
    /// <summary>Waits: for a person's decision, a signal or a time.</summary>
    Blocking,
}

/// <summary>
/// One kind of workflow step. Implement <see cref="Activity{TSettings}"/>: one class per activity,
/// registered with <c>services.AddWorkflowActivity&lt;T&gt;()</c>. Steps may run more than once (after a
/// crash), so they must be idempotent.
/// </summary>
public interface IActivity
{
    /// <summary>The name stored in definitions; never change it once shipped.</summary>
    string Type { get; }
    ActivityKind Kind { get; }
    Type SettingsType { get; }

    /// <summary>The outcomes this activity may end with, given its settings (for validation and the designer).</summary>
    IReadOnlyList<string> Outcomes(object settings);

    object ReadSettings(JsonObject settings);

    Task<ActivityResult> ExecuteAsync(ActivityContext context, object settings);

    /// <summary>For blocking and event activities: carries on when what they waited for happens.</summary>
    Task<ActivityResult> ResumeAsync(ActivityContext context, object settings, JsonObject input);
}
