using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Runs several branches: every outcome listed is followed.</summary>
public sealed class Fork : Activity<Fork.Settings>
{
    public sealed class Settings
    {
        [JsonPropertyName("branches")] public List<string> Branches { get; set; } = [];
    }

    public override string Type => "Fork";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => settings.Branches;

    protected override Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings) =>
        Task.FromResult(ActivityResult.Done([.. settings.Branches]));
}
