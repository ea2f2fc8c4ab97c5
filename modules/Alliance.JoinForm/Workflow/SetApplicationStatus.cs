using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Core.Content;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.JoinForm.Workflow;

/// <summary>Sets the application's status (submitted, information-requested, approved, rejected…), which its status page shows.</summary>
public sealed class SetApplicationStatus : Activity<SetApplicationStatus.Settings>
{
    public sealed class Settings : ApplicationSettings
    {
        [JsonPropertyName("status")] public string Status { get; set; } = "";
    }

    public override string Type => "SetApplicationStatus";

    /// <summary>The webhook event raised when an application is approved or rejected.</summary>
    public const string DecidedEvent = "join-application.decided";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        var application = await settings.LoadAsync(context);
        if (application is null) return ActivityResult.Fault("The join application does not exist.");
        var status = (await context.RenderAsync(settings.Status)).Trim();
        if (application.Get<string>(JoinFormModule.Type, "Status") == status) return ActivityResult.Done("Done"); // a re-run
        application.Set(JoinFormModule.Type, "Status", JsonValue.Create(status));
        var result = await context.Services.GetRequiredService<IContentManager>().SaveAsync(application, publish: true, context.CancellationToken);
        if (result.Succeeded && status is "approved" or "rejected")
            await context.Services.GetRequiredService<AllianceCms.Core.Webhooks.IWebhookEvents>().RaiseAsync(DecidedEvent, new JsonObject
            {
                ["id"] = application.ContentItemId,
                ["reference"] = application.Get<string>(JoinFormModule.Type, "Reference"),
                ["decision"] = status,
            }, context.CancellationToken);
        return result.Succeeded ? ActivityResult.Done("Done")
            : ActivityResult.Fault($"The status '{status}' could not be saved: {string.Join(" ", result.Errors.Select(e => e.Message))} ({result.Outcome})");
    }
}
