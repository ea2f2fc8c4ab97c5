using System.Security.Claims;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Security;

/// <summary>
/// A disabled account is kept (its content and audit entries still name it) but may not sign in. The
/// flag is a user claim, so it needs no column of its own.
/// </summary>
public static class DisabledUsers
{
    public const string ClaimType = "alliance:disabled";

    public static async Task<bool> IsDisabledAsync(this UserManager<CmsUser> users, CmsUser user) =>
        (await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimType);

    public static async Task<IdentityResult> SetDisabledAsync(this UserManager<CmsUser> users, CmsUser user, bool disabled)
    {
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        if (disabled && claims.Count == 0) return await users.AddClaimAsync(user, new Claim(ClaimType, "true"));
        if (!disabled && claims.Count > 0) return await users.RemoveClaimsAsync(user, claims);
        return IdentityResult.Success;
    }
}

/// <summary>Identity's sign-in, refusing disabled accounts ("not allowed") like unconfirmed ones.</summary>
public sealed class CmsSignInManager(
    UserManager<CmsUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<CmsUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<CmsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CmsUser> confirmation)
    : SignInManager<CmsUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(CmsUser user) =>
        !await UserManager.IsDisabledAsync(user) && await base.CanSignInAsync(user);
}
