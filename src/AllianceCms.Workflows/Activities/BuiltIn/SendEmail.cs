using System.Text.Json.Serialization;
using AllianceCms.Core.Mail;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Queues an e-mail whose recipients, subject and body are Liquid templates.</summary>
public sealed class SendEmail : Activity<SendEmail.Settings>
{
    public sealed class Settings
    {
        /// <summary>Comma-separated addresses (Liquid).</summary>
        [JsonPropertyName("to")] public string To { get; set; } = "";
        [JsonPropertyName("subject")] public string Subject { get; set; } = "";
        [JsonPropertyName("body")] public string Body { get; set; } = "";
        [JsonPropertyName("culture")] public string? Culture { get; set; }
    }

    public override string Type => "SendEmail";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        var to = (await context.RenderAsync(settings.To)).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (to.Length == 0) return ActivityResult.Done("Done");
        // The key makes a re-run of this step (after a crash) send nothing twice.
        var key = $"wf:{context.Instance.Id}:{context.Activity.Id}:{context.Instance.History.Count(h => h.ActivityId == context.Activity.Id)}";
        await context.Services.GetRequiredService<IMailQueue>().EnqueueAsync(new MailMessageModel(
            to, (await context.RenderAsync(settings.Subject)).Trim(), await context.RenderAsync(settings.Body),
            IdempotencyKey: key, Culture: settings.Culture is null ? null : await context.RenderAsync(settings.Culture)), context.CancellationToken);
        return ActivityResult.Done("Done");
    }
}
