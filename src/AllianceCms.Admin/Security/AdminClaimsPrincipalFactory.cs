using System.Security.Claims;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Security;

/// <summary>
/// Identity's factory (user, roles and the roles' permission claims) plus the user's admin language
/// and display name, so that no request needs the database to know them.
/// </summary>
public sealed class AdminClaimsPrincipalFactory(UserManager<CmsUser> users, RoleManager<CmsRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CmsUser, CmsRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CmsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AdminClaimTypes.Culture, user.PreferredCulture));
        if (!string.IsNullOrWhiteSpace(user.DisplayName)) identity.AddClaim(new Claim(AdminClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}
