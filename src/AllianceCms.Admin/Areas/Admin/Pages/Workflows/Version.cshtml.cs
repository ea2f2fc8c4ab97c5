using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Workflows;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Workflows;

/// <summary>One version of a definition, read-only: its diagram, the same as a list of steps, and its JSON.</summary>
[RequirePermission(WorkflowAdmin.Permission)]
public sealed class WorkflowVersionModel(IWorkflowStore store, WorkflowOutline outline) : PageModel
{
    public WorkflowDefinition Definition { get; private set; } = null!;
    public int LatestVersion { get; private set; }
    public IReadOnlyList<WorkflowOutline.Step> Steps { get; private set; } = [];
    public string DiagramJson { get; private set; } = "";
    public string Json { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string definitionId, int version, CancellationToken ct)
    {
        if (await store.GetDefinitionAsync(definitionId, version, ct) is not { } definition) return AdminStatusResult.NotFound;
        Definition = definition;
        LatestVersion = (await store.GetDefinitionAsync(definitionId, ct: ct))?.Version ?? version;
        Steps = outline.Steps(definition);
        DiagramJson = outline.DiagramJson(definition);
        Json = WorkflowDefinitionJson.ForReading(definition);
        return Page();
    }
}
