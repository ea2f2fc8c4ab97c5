using System.Security.Claims;
using AllianceCms.Admin.Security;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Admin.Workflows;

/// <summary>Who may open the workflow pages, and who may see what instances carry.</summary>
public static class WorkflowAdmin
{
    /// <summary>Opens the workflow definitions and instances; administrators hold it through "*".</summary>
    public const string Permission = "workflows.manage";

    public const int PageSize = 25;

    public static readonly WorkflowStatus[] Statuses =
        [WorkflowStatus.Running, WorkflowStatus.Waiting, WorkflowStatus.Faulted, WorkflowStatus.Finished, WorkflowStatus.Cancelled];

    /// <summary>
    /// An instance's input and variables may hold personal data (what a form collected): only
    /// administrators, who may see everything, see them.
    /// </summary>
    public static bool SeesVariables(ClaimsPrincipal user) => user.Permissions().Has(Core.Security.Permission.All);

    /// <summary>Parses a status as the lists' filters write it ("faulted"); null when it is none of them.</summary>
    public static WorkflowStatus? ParseStatus(string? value) =>
        Statuses.Cast<WorkflowStatus?>().FirstOrDefault(s => string.Equals(s.ToString(), value, StringComparison.OrdinalIgnoreCase));
}
