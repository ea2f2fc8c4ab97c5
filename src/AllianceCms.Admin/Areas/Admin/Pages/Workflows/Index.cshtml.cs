using AllianceCms.Admin.Security;
using AllianceCms.Admin.Workflows;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Workflows;

/// <summary>The workflow definitions: each one's latest version, whether it starts new instances, and its instances by status.</summary>
[RequirePermission(WorkflowAdmin.Permission)]
public sealed class WorkflowListModel(WorkflowAdminQueries queries) : PageModel
{
    public IReadOnlyList<WorkflowAdminQueries.DefinitionSummary> Definitions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Definitions = await queries.DefinitionsAsync(ct);
}
