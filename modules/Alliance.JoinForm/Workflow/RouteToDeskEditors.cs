using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.JoinForm.Workflow;

/// <summary>
/// Sets <c>variables.assignees</c> to the desk editors of the application's country (comma-separated
/// user ids), or to nothing, so that the user task that follows falls back to its roles (Editor).
/// </summary>
public sealed class RouteToDeskEditors : Activity<ApplicationSettings>
{
    public override string Type => "RouteToDeskEditors";
    protected override IReadOnlyList<string> Outcomes(ApplicationSettings settings) => ["Done"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, ApplicationSettings settings)
    {
        var application = await settings.LoadAsync(context);
        if (application is null) return ActivityResult.Fault("The join application does not exist.");
        var editors = new List<string>();
        if (IdListFieldKind.Ids(application.Get(JoinFormModule.Type, "Country")).FirstOrDefault() is { } countryId)
        {
            var country = await context.Services.GetRequiredService<IContentManager>().GetAsync(countryId, VersionOptions.Latest, context.CancellationToken);
            if (country is not null) editors.AddRange(IdListFieldKind.Ids(country.Get("Country", "DeskEditors")));
        }
        context.Variables["assignees"] = string.Join(",", editors.Distinct());
        return ActivityResult.Done("Done");
    }
}
