using System.Security.Claims;
using AllianceCms.Core.Security;
using AllianceCms.Data.Entities;

namespace AllianceCms.Admin.Security;

/// <summary>What the admin reads from a signed-in user's claims.</summary>
public static class AdminPrincipal
{
    /// <summary>The permissions granted through the user's roles (role claims of type "permission").</summary>
    public static PermissionSet Permissions(this ClaimsPrincipal user) =>
        new(user.FindAll(CmsRole.PermissionClaimType).Select(c => c.Value));

    public static bool HasAnyPermission(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.HasClaim(c => c.Type == CmsRole.PermissionClaimType && c.Value.Length > 0);

    /// <summary>The Identity user id, which content items record as their owner.</summary>
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AdminClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";
}
