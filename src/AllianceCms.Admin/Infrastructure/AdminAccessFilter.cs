using AllianceCms.Admin.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Admin.Infrastructure;

/// <summary>
/// On every admin page that does not allow anonymous users: a signed-in user without any permission
/// gets the admin's 403 page (the endpoint policy has already sent anonymous users to the login page).
/// Runs before the antiforgery check.
/// </summary>
public sealed class AdminAccessFilter : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        // Admin pages show drafts and private fields: no shared or browser cache may keep them.
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        if (context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()) return;
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            context.Result = new ChallengeResult(IdentityConstants.ApplicationScheme);
            return;
        }
        var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(user, AdminPolicies.Access)).Succeeded)
            context.Result = AdminStatusResult.Forbidden;
    }
}
