using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Workflows;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Recipes;
using AllianceCms.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Areas.Admin.Pages.Workflows;

/// <summary>
/// Edits a definition as JSON. What is saved is checked by the engine's own validation first and
/// stored as a new version, which new instances use; running instances stay on theirs.
/// </summary>
[RequirePermission(WorkflowAdmin.Permission)]
public sealed class WorkflowEditModel(IWorkflowStore store, WorkflowDefinitionJson reader, AdminText text) : PageModel
{
    public WorkflowDefinition Latest { get; private set; } = null!;

    [BindProperty] public string? Json { get; set; }

    /// <summary>The version the editor started from: saving over someone else's newer version is refused.</summary>
    [BindProperty] public int BaseVersion { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string definitionId, CancellationToken ct)
    {
        if (await store.GetDefinitionAsync(definitionId, ct: ct) is not { } latest) return AdminStatusResult.NotFound;
        Latest = latest;
        Json = WorkflowDefinitionJson.ForEditing(latest);
        BaseVersion = latest.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string definitionId, CancellationToken ct)
    {
        if (await store.GetDefinitionAsync(definitionId, ct: ct) is not { } latest) return AdminStatusResult.NotFound;
        Latest = latest;
        var result = reader.Read(definitionId, Json);
        if (result.Definition is not { } definition) return Refuse(result.Errors);
        if (BaseVersion != latest.Version)
        {
            // Said once: submitting again (now from the newest version) saves this text over it, knowingly.
            BaseVersion = latest.Version;
            return Refuse([new("WorkflowEditConflict", latest.Version)]);
        }
        if (WorkflowsStep.SameContent(latest, definition))
        {
            TempData["AdminMessage"] = text["WorkflowNothingChanged"];
            return RedirectToPage("/Workflows/Definition", new { area = AdminServiceCollectionExtensions.Area, definitionId });
        }
        try
        {
            await store.SaveDefinitionAsync(definition, ct);
        }
        catch (DbUpdateException)
        {
            // Another save took the same version number first (the unique index refused ours).
            BaseVersion = latest.Version + 1;
            return Refuse([new("WorkflowEditConflict", latest.Version + 1)]);
        }
        TempData["AdminMessage"] = text["WorkflowVersionSaved", definition.Version];
        return RedirectToPage("/Workflows/Definition", new { area = AdminServiceCollectionExtensions.Area, definitionId });
    }

    private PageResult Refuse(IReadOnlyList<WorkflowEditError> errors)
    {
        Errors = errors.Select(e => WorkflowText.Error(text, e)).ToList();
        return Page();
    }
}
