using System.Text.Json.Nodes;

namespace AllianceCms.Workflows.Activities;

/// <summary>An activity that an outside event starts a workflow with (content published, a signal…).</summary>
public interface IEventActivity : IActivity
{
    /// <summary>Whether the event named <paramref name="eventName"/> with <paramref name="input"/> is the one these settings wait for.</summary>
    bool Matches(object settings, string eventName, JsonObject input);
}
