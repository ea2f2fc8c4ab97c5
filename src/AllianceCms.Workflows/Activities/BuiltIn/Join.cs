using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Where branches meet: waits for all incoming branches ("all") or goes on with the first ("any").</summary>
public sealed class Join : Activity<Join.Settings>, IJoinActivity
{
    public sealed class Settings
    {
        [JsonPropertyName("mode")] public string Mode { get; set; } = "all";
    }

    public override string Type => "Join";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    public bool WaitsForAll(object settings) => ((Settings)settings).Mode != "any";

    protected override Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings) => Done("Done");
}
