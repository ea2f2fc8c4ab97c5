using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Roles;

/// <summary>
/// A role's permissions: per content type and action, none, the user's own items or any item; the
/// other permissions the site declares; or everything ("*"). Each save is audited with what changed.
/// </summary>
[RequirePermission(AdminPermissions.ManageRoles)]
public sealed class EditRoleModel(RoleManager<CmsRole> roles, IContentDefinitionStore definitions, PermissionCatalog catalog, UserAccounts accounts, IAuditTrail audit, AdminText T) : PageModel
{
    public const string None = "none";
    public const string Own = "own";
    public const string Any = "any";
    public static readonly string[] Reaches = [None, Own, Any];

    public sealed record TypeRow(string Name, string Label);

    public CmsRole Role { get; private set; } = null!;
    public IReadOnlyList<TypeRow> Types { get; private set; } = [];
    public IReadOnlyList<Permission> Others { get; private set; } = [];
    public HashSet<string> Granted { get; private set; } = new(StringComparer.Ordinal);
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string roleName, CancellationToken ct) =>
        await LoadAsync(roleName, ct) ?? Page();

    public async Task<IActionResult> OnPostSaveAsync(string roleName, CancellationToken ct)
    {
        if (await LoadAsync(roleName, ct) is { } missing) return missing;
        var wanted = Read(Request.Form);
        var description = Request.Form["Description"].ToString().Trim();
        if (description.Length > 500) Error = T["TextTooLong", 500];
        else if (Granted.Contains(Permission.All) && !wanted.Contains(Permission.All) && !await accounts.HasAdministratorBesidesRoleAsync(Role.Name!, ct))
            Error = T["UserLastAdministrator"];
        if (Error is not null)
        {
            Granted = wanted;
            return Page();
        }

        var added = wanted.Except(Granted).Order(StringComparer.Ordinal).ToList();
        var removed = Granted.Except(wanted).Order(StringComparer.Ordinal).ToList();
        var claims = await roles.GetClaimsAsync(Role);
        foreach (var claim in claims.Where(c => c.Type == CmsRole.PermissionClaimType && removed.Contains(c.Value)))
            await roles.RemoveClaimAsync(Role, claim);
        foreach (var permission in added)
            await roles.AddClaimAsync(Role, new Claim(CmsRole.PermissionClaimType, permission));
        var oldDescription = Role.Description;
        if ((Role.Description ?? "") != description)
        {
            Role.Description = description.Length == 0 ? null : description;
            await roles.UpdateAsync(Role);
        }
        if (added.Count > 0 || removed.Count > 0 || oldDescription != Role.Description)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Roles, AuditActions.Changed)
            {
                SubjectType = "Role", SubjectId = Role.Id, SubjectTitle = Role.Name,
                Summary = string.Join(", ", added.Select(a => "+" + a).Concat(removed.Select(r => "-" + r))),
                Details = new JsonObject
                {
                    ["added"] = new JsonArray(added.Select(a => (JsonNode)a).ToArray()),
                    ["removed"] = new JsonArray(removed.Select(r => (JsonNode)r).ToArray()),
                    ["description"] = oldDescription == Role.Description ? null : new JsonObject { ["before"] = oldDescription, ["after"] = Role.Description },
                },
            }, ct);
        }
        TempData["AdminMessage"] = T["RoleSaved", Role.Name!];
        return Redirect($"/admin/roles/{Uri.EscapeDataString(Role.Name!)}");
    }

    public static string FieldName(string type, string action) => $"c:{type}:{action}";

    public string ReachOf(string type, string action) =>
        Granted.Contains(Permission.ForContent(action, type)) ? Any
        : Granted.Contains(Permission.ForContent(action, type, ownOnly: true)) ? Own : None;

    /// <summary>The permissions the posted form asks for; unknown types, actions and values are ignored.</summary>
    private HashSet<string> Read(IFormCollection form)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        if (form["Everything"] == "true") wanted.Add(Permission.All);
        foreach (var type in Types.Select(t => t.Name).Prepend(Permission.All))
            foreach (var action in ContentActions.AllActions)
            {
                var reach = form[FieldName(type, action)].ToString();
                if (reach == Any) wanted.Add(Permission.ForContent(action, type));
                else if (reach == Own) wanted.Add(Permission.ForContent(action, type, ownOnly: true));
            }
        foreach (var permission in form["Permissions"])
            if (permission is not null && Others.Any(o => o.Name == permission)) wanted.Add(permission);
        return wanted;
    }

    private async Task<IActionResult?> LoadAsync(string roleName, CancellationToken ct)
    {
        if (roleName.Length > 256 || await roles.FindByNameAsync(roleName) is not { } role) return Infrastructure.AdminStatusResult.NotFound;
        Role = role;
        Granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == CmsRole.PermissionClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Types = (await definitions.GetSnapshotAsync(ct)).Types
            .Select(t => new TypeRow(t.Name, Infrastructure.AdminShell.TypeLabel(t, culture)))
            .OrderBy(t => t.Label, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true)).ToList();
        Others = catalog.Others(Granted);
        return null;
    }
}
