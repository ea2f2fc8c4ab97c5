using AllianceCms.Core.Metadata;
using AllianceCms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Security;

/// <summary>The admin's policy names.</summary>
public static class AdminPolicies
{
    /// <summary>Every admin page: a user signed in with the admin's cookie (else a redirect to the login page).</summary>
    public const string SignedIn = "Admin.SignedIn";

    /// <summary>A signed-in user with at least one permission: what the admin area asks of everyone.</summary>
    public const string Access = "Admin.Access";

    /// <summary>Prefix of the policies <see cref="PermissionPolicyProvider"/> builds: "Permission:media.manage".</summary>
    public const string PermissionPrefix = "Permission:";

    public static string ForPermission(string permission) => PermissionPrefix + permission;

    internal static AuthorizationPolicyBuilder SignedInBuilder() =>
        new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser();
}

/// <summary>The user has at least one permission.</summary>
public sealed class AdminAccessRequirement : IAuthorizationRequirement;

/// <summary>The user holds a named permission (or "*").</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>The user may do a content action on the <see cref="ContentResource"/> being authorized.</summary>
public sealed record ContentRequirement(string Action) : IAuthorizationRequirement
{
    public static ContentRequirement View { get; } = new(ContentActions.View);
    public static ContentRequirement Edit { get; } = new(ContentActions.Edit);
    public static ContentRequirement Publish { get; } = new(ContentActions.Publish);
    public static ContentRequirement Delete { get; } = new(ContentActions.Delete);
}

/// <summary>An item (or an item about to be created, which its creator will own) as authorization sees it.</summary>
public sealed record ContentResource(ContentTypeModel Type, string? Owner, bool IsNew = false)
{
    public bool IsOwnedBy(string? userId) => IsNew || (userId is not null && string.Equals(Owner, userId, StringComparison.Ordinal));
}

/// <summary>Decides every admin requirement from the permission claims of the user's roles.</summary>
public sealed class PermissionAuthorizationHandler : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return Task.CompletedTask;
        var permissions = user.Permissions();
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var granted = requirement switch
            {
                AdminAccessRequirement => user.HasAnyPermission(),
                PermissionRequirement p => permissions.Has(p.Permission),
                ContentRequirement c => context.Resource is ContentResource r && permissions.Can(c.Action, r.Type, r.IsOwnedBy(user.UserId())),
                _ => false,
            };
            if (granted) context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// Builds "Permission:{name}" policies on demand, so a page can say
/// <c>[RequirePermission("media.manage")]</c> without registering a policy per permission.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(AdminPolicies.PermissionPrefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        var permission = policyName[AdminPolicies.PermissionPrefix.Length..];
        return permission.Length == 0 ? null
            : AdminPolicies.SignedInBuilder().AddRequirements(new PermissionRequirement(permission)).Build();
    }
}

/// <summary>Requires a named permission on a page, e.g. <c>[RequirePermission("media.manage")]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(AdminPolicies.ForPermission(permission))
{
    public string Permission { get; } = permission;
}
