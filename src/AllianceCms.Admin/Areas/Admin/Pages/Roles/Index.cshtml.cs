using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Areas.Admin.Pages.Roles;

/// <summary>The roles with how many users hold each, and a form to add one.</summary>
[RequirePermission(AdminPermissions.ManageRoles)]
public sealed class RolesIndexModel(RoleManager<CmsRole> roles, UserManager<CmsUser> users, IAuditTrail audit, AdminText T) : PageModel
{
    public sealed record Row(CmsRole Role, int Members, bool BuiltIn);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    public string? NameError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var name = (Name ?? "").Trim();
        if (name.Length == 0) NameError = T["UserFieldRequired"];
        else if (name.Length > 64 || name.Any(c => !(char.IsLetterOrDigit(c) || c is '.' or '_' or '-'))) NameError = T["RoleBadName"];
        else if (await roles.RoleExistsAsync(name)) NameError = T["RoleNameTaken"];
        if (NameError is null && (Description ?? "").Length > 500) NameError = T["TextTooLong", 500];
        if (NameError is not null)
        {
            await LoadAsync(ct);
            return Page();
        }
        var role = new CmsRole(name) { Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim() };
        var result = await roles.CreateAsync(role);
        if (!result.Succeeded)
        {
            NameError = string.Join(" ", result.Errors.Select(e => e.Description));
            await LoadAsync(ct);
            return Page();
        }
        await audit.RecordAsync(new AuditEvent(AuditCategories.Roles, AuditActions.Created) { SubjectType = "Role", SubjectId = role.Id, SubjectTitle = role.Name }, ct);
        TempData["AdminMessage"] = T["RoleCreated", name];
        return Redirect($"/admin/roles/{Uri.EscapeDataString(name)}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = new List<Row>();
        foreach (var role in await roles.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct))
            rows.Add(new Row(role, (await users.GetUsersInRoleAsync(role.Name!)).Count,
                (await roles.GetClaimsAsync(role)).Any(c => c.Type == CmsRole.BuiltInClaimType)));
        Rows = rows;
    }
}
