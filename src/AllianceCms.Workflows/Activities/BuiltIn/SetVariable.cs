using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Sets a variable to a Liquid-rendered text.</summary>
public sealed class SetVariable : Activity<SetVariable.Settings>
{
    public sealed class Settings
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("value")] public string Value { get; set; } = "";
    }

    public override string Type => "SetVariable";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        context.Variables[settings.Name] = await context.RenderAsync(settings.Value);
        return ActivityResult.Done("Done");
    }
}
