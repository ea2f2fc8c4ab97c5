using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Starts a workflow when a named signal is raised (a form submitted, a module's event); mid-flow, waits for it.</summary>
public sealed class SignalEvent : Activity<SignalEvent.Settings>, IEventActivity
{
    public sealed class Settings
    {
        [JsonPropertyName("signal")] public string Signal { get; set; } = "";

        /// <summary>Mid-flow: a Liquid template for the key the signal must carry (e.g. a status token).</summary>
        [JsonPropertyName("key")] public string? Key { get; set; }
    }

    public override string Type => "Signal";
    public override ActivityKind Kind => ActivityKind.Event;
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    public bool Matches(object settings, string eventName, JsonObject input) => ((Settings)settings).Signal == eventName;

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings) =>
        ActivityResult.Suspend(new Bookmark(settings.Signal, settings.Key is null ? null : await context.RenderAsync(settings.Key)));

    protected override Task<ActivityResult> ResumeAsync(ActivityContext context, Settings settings, JsonObject input)
    {
        context.Variables["signal"] = input.DeepClone();
        return Done("Done");
    }
}
