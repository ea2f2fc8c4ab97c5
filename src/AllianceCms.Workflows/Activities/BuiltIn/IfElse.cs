using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Goes one way or the other on a Liquid condition, e.g. <c>variables.assignees != ""</c>.</summary>
public sealed class IfElse : Activity<IfElse.Settings>
{
    public sealed class Settings
    {
        [JsonPropertyName("condition")] public string Condition { get; set; } = "false";
    }

    public override string Type => "IfElse";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["True", "False"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings) =>
        ActivityResult.Done(await context.EvaluateAsync(settings.Condition) ? "True" : "False");
}
