using Alliance.JoinForm.Submission;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.JoinForm.Workflow;

/// <summary>
/// Sets <c>variables.statusUrl</c> to the applicant's status link (in their language) for the e-mail
/// that follows; the link is recovered from the application's encrypted copy.
/// </summary>
public sealed class SetStatusLink : Activity<ApplicationSettings>
{
    public override string Type => "SetStatusLink";
    protected override IReadOnlyList<string> Outcomes(ApplicationSettings settings) => ["Done"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, ApplicationSettings settings)
    {
        var application = await settings.LoadAsync(context);
        if (application is null) return ActivityResult.Fault("The join application does not exist.");
        var token = context.Services.GetRequiredService<StatusTokens>().Unprotect(application.Get<string>(JoinFormModule.Type, "StatusTokenProtected"));
        if (token is null) return ActivityResult.Fault("The application's status link cannot be read (were the data-protection keys replaced?).");
        var origin = context.Input["origin"]?.GetValue<string>() ?? "";
        context.Variables["statusUrl"] = JoinApplications.StatusUrl(origin, JoinApplications.CorrespondenceCulture(application), token);
        return ActivityResult.Done("Done");
    }
}
