using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Workflows;
using AllianceCms.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Workflows;

/// <summary>The instances that stopped on a failing step, with the error and the buttons to retry or cancel them.</summary>
[RequirePermission(WorkflowAdmin.Permission)]
public sealed class WorkflowFaultedModel(IWorkflowStore store, WorkflowAdminQueries queries) : PageModel
{
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public int Total { get; private set; }
    public IReadOnlyList<WorkflowInstance> Instances { get; private set; } = [];

    /// <summary>The label of each failed step, by instance id (its id when the version is gone).</summary>
    public IReadOnlyDictionary<string, string> FailedSteps { get; private set; } = new Dictionary<string, string>();

    /// <param name="p">The page number ("page" is the route value naming the Razor page).</param>
    public async Task<IActionResult> OnGetAsync(int? p, CancellationToken ct)
    {
        PageNumber = Math.Max(p ?? 1, 1);
        var result = await queries.InstancesAsync(null, WorkflowStatus.Faulted, PageNumber, ct);
        Total = result.Total;
        PageCount = Math.Max(1, (Total + WorkflowAdmin.PageSize - 1) / WorkflowAdmin.PageSize);
        if (PageNumber > PageCount) return AdminStatusResult.NotFound;
        Instances = result.Instances;
        var steps = new Dictionary<string, string>();
        foreach (var group in Instances.GroupBy(i => (i.DefinitionId, i.DefinitionVersion)))
        {
            var definition = await store.GetDefinitionAsync(group.Key.DefinitionId, group.Key.DefinitionVersion, ct);
            foreach (var i in group)
            {
                var activityId = i.FaultActivityId ?? "";
                steps[i.Id] = definition?.Activity(activityId) is { } a ? WorkflowText.Label(a) : activityId;
            }
        }
        FailedSteps = steps;
        return Page();
    }

    public string ReturnUrl => PageNumber == 1 ? "/admin/workflows/faulted" : $"/admin/workflows/faulted?p={PageNumber}";
}
