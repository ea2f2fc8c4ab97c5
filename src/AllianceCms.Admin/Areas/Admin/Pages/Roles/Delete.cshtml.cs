using System.Text.Json.Nodes;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using AllianceCms.Core.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Roles;

/// <summary>
/// Deleting a role the administrators added, after a confirmation that says who holds it: they lose it
/// (and its permissions) with the role. The site's own roles, declared by its recipe, cannot be deleted,
/// nor the last role that makes someone an administrator. Audited.
/// </summary>
[RequirePermission(AdminPermissions.ManageRoles)]
public sealed class DeleteRoleModel(RoleManager<CmsRole> roles, UserManager<CmsUser> users, UserAccounts accounts, ITransactionRunner transactions, IAuditTrail audit, AdminText T) : PageModel
{
    public CmsRole Role { get; private set; } = null!;
    public IReadOnlyList<CmsUser> Members { get; private set; } = [];
    public bool BuiltIn { get; private set; }

    /// <summary>Why the role cannot be deleted, if it cannot.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string roleName, CancellationToken ct) => await LoadAsync(roleName, ct) ?? Page();

    public async Task<IActionResult> OnPostDeleteAsync(string roleName, CancellationToken ct)
    {
        if (await LoadAsync(roleName, ct) is { } missing) return missing;
        if (Refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var members = Members.Select(m => m.UserName!).Order(StringComparer.Ordinal).ToList();
        await transactions.RunAsync(async token =>
        {
            // Through the user manager, so that each member's security stamp changes and their sessions lose the permissions.
            foreach (var member in Members) Check(await users.RemoveFromRoleAsync(member, Role.Name!));
            Check(await roles.DeleteAsync(Role));
            await audit.RecordAsync(new AuditEvent(AuditCategories.Roles, AuditActions.Deleted)
            {
                SubjectType = "Role", SubjectId = Role.Id, SubjectTitle = Role.Name,
                Summary = members.Count == 0 ? null : string.Join(", ", members),
                Details = new JsonObject { ["members"] = new JsonArray(members.Select(m => (JsonNode)m).ToArray()) },
            }, token);
            return true;
        }, ct);
        TempData["AdminMessage"] = T["RoleDeleted", Role.Name!];
        return Redirect("/admin/roles");
    }

    private async Task<IActionResult?> LoadAsync(string roleName, CancellationToken ct)
    {
        if (roleName.Length > 256 || await roles.FindByNameAsync(roleName) is not { } role) return Infrastructure.AdminStatusResult.NotFound;
        Role = role;
        Members = (await users.GetUsersInRoleAsync(role.Name!)).OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToList();
        var claims = await roles.GetClaimsAsync(role);
        BuiltIn = claims.Any(c => c.Type == CmsRole.BuiltInClaimType);
        if (BuiltIn) Refusal = T["RoleBuiltIn"];
        else if (claims.Any(c => c.Type == CmsRole.PermissionClaimType && c.Value == Permission.All) && !await accounts.HasAdministratorBesidesRoleAsync(role.Name!, ct))
            Refusal = T["UserLastAdministrator"];
        return null;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
