using System.Text.Json.Nodes;
using Alliance.JoinForm.Configuration;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.JoinForm.Workflow;

/// <summary>
/// Sets <c>variables.join</c> to the current join application settings (reminderDays, escalationDays,
/// fourEyes, publishMember), so that the tasks that follow use what administrators last saved.
/// </summary>
public sealed class ReadJoinSettings : Activity<NoSettings>
{
    public override string Type => "ReadJoinSettings";
    protected override IReadOnlyList<string> Outcomes(NoSettings settings) => ["Done"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, NoSettings settings)
    {
        var current = await context.Services.GetRequiredService<JoinSettingsStore>().GetAsync(context.CancellationToken);
        context.Variables["join"] = new JsonObject
        {
            ["reminderDays"] = current.ReminderDays,
            ["escalationDays"] = current.EscalationDays,
            ["fourEyes"] = current.FourEyes,
            ["publishMember"] = current.PublishMemberOnApproval,
        };
        return ActivityResult.Done("Done");
    }
}
