using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Display.Templating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Templates;

/// <summary>One template: its effective source and where it comes from, what it falls back to, and its override's history.</summary>
[RequirePermission(AdminPermissions.ManageTemplates)]
public sealed class TemplateModel(TemplateInventory inventory, TemplateStore store, TemplateHistory history) : PageModel
{
    public TemplateEntry Template { get; private set; } = null!;
    public StoredTemplate? Override { get; private set; }
    public IReadOnlyList<TemplateRevision> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromRoute(Name = "template")] string name, CancellationToken ct)
    {
        if (await inventory.FindAsync(name, ct) is not { } template) return AdminStatusResult.NotFound;
        Template = template;
        Override = await store.GetAsync(name, ct);
        Revisions = await history.ListAsync(name, ct);
        return Page();
    }
}
