using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Renders a Liquid value and takes the outcome of the same name, or "Default".</summary>
public sealed class Switch : Activity<Switch.Settings>
{
    public sealed class Settings
    {
        [JsonPropertyName("value")] public string Value { get; set; } = "";
        [JsonPropertyName("cases")] public List<string> Cases { get; set; } = [];
    }

    public override string Type => "Switch";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => [.. settings.Cases, "Default"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        var value = (await context.RenderAsync(settings.Value)).Trim();
        return ActivityResult.Done(settings.Cases.Contains(value) ? value : "Default");
    }
}
