using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Workflows;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Workflows;

/// <summary>One definition: its versions (newest first), each with its instances, and the way to edit it.</summary>
[RequirePermission(WorkflowAdmin.Permission)]
public sealed class WorkflowDefinitionModel(IWorkflowStore store, WorkflowAdminQueries queries) : PageModel
{
    public WorkflowDefinition Latest { get; private set; } = null!;
    public IReadOnlyList<WorkflowAdminQueries.VersionSummary> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string definitionId, CancellationToken ct)
    {
        if (await store.GetDefinitionAsync(definitionId, ct: ct) is not { } latest) return AdminStatusResult.NotFound;
        Latest = latest;
        Versions = await queries.VersionsAsync(definitionId, ct);
        return Page();
    }
}
