using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Templates;
using AllianceCms.Display.Templating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Templates;

/// <summary>Asks before removing an override, then removes it: the theme's or the module's version shows again.</summary>
[RequirePermission(AdminPermissions.ManageTemplates)]
public sealed class RemoveTemplateModel(TemplateInventory inventory, TemplateOverrides overrides, AdminText T) : PageModel
{
    public TemplateEntry Template { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute(Name = "template")] string name, CancellationToken ct)
    {
        if (await inventory.FindAsync(name, ct) is not { } template) return AdminStatusResult.NotFound;
        Template = template;
        return template.IsOverridden ? Page() : Redirect($"/admin/templates/{Uri.EscapeDataString(name)}");
    }

    public async Task<IActionResult> OnPostAsync([FromRoute(Name = "template")] string name, CancellationToken ct)
    {
        if (await inventory.FindAsync(name, ct) is null) return AdminStatusResult.NotFound;
        TempData["AdminMessage"] = await overrides.RemoveAsync(name, User, ct) ? T["TemplateOverrideRemoved", name] : T["TemplateNoOverride", name];
        // A template that only existed as an override is gone with it.
        return Redirect(await inventory.FindAsync(name, ct) is null ? "/admin/templates" : $"/admin/templates/{Uri.EscapeDataString(name)}");
    }
}
