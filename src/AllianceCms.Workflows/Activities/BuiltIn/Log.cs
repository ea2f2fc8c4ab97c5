using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Writes a Liquid-rendered line to the log.</summary>
public sealed class Log : Activity<Log.Settings>
{
    public sealed class Settings
    {
        [JsonPropertyName("message")] public string Message { get; set; } = "";
        [JsonPropertyName("level")] public LogLevel Level { get; set; } = LogLevel.Information;
    }

    public override string Type => "Log";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Workflow");
        logger.Log(settings.Level, "Workflow {Instance} ({Definition}): {Message}", context.Instance.Id, context.Definition.Id, await context.RenderAsync(settings.Message));
        return ActivityResult.Done("Done");
    }
}
