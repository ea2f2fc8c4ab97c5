using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Waits for a delay (e.g. "7.00:00:00", or Liquid giving a number of days) or until a time.</summary>
public sealed class WaitForTime : Activity<WaitForTime.Settings>
{
    public const string Signal = "Timer";

    public sealed class Settings
    {
        /// <summary>A TimeSpan ("1.00:00:00") or a Liquid template rendering one.</summary>
        [JsonPropertyName("delay")] public string? Delay { get; set; }

        /// <summary>Alternatively a number of days, possibly from Liquid ("{{ variables.reminderDays }}").</summary>
        [JsonPropertyName("days")] public string? Days { get; set; }
    }

    public override string Type => "WaitForTime";
    public override ActivityKind Kind => ActivityKind.Blocking;
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        TimeSpan delay;
        if (settings.Days is { } days && decimal.TryParse(await context.RenderAsync(days), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            delay = TimeSpan.FromDays((double)d);
        else if (settings.Delay is { } text && TimeSpan.TryParse(await context.RenderAsync(text), CultureInfo.InvariantCulture, out var span))
            delay = span;
        else
            return ActivityResult.Fault("WaitForTime needs a delay (a time span) or a number of days.");
        return ActivityResult.Suspend(new Bookmark(Signal, context.Instance.Id + ":" + context.Activity.Id, context.Clock.GetUtcNow().UtcDateTime + delay));
    }

    protected override Task<ActivityResult> ResumeAsync(ActivityContext context, Settings settings, JsonObject input) => Done("Done");
}
