using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Admin.Areas.Admin.Pages.Account;

/// <summary>
/// Signing out is a POST with an antiforgery token (a link could sign people out from another site).
/// Open to everyone, so that a user without permissions can still leave.
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<CmsUser> signIn, AllianceCms.Core.Audit.IAuditTrail audit, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Page() : LocalRedirect(AdminServiceCollectionExtensions.LoginPath);

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            // Recorded first, while the request still knows who is signing out.
            await audit.RecordAsync(new AllianceCms.Core.Audit.AuditEvent(AllianceCms.Core.Audit.AuditCategories.Account, AllianceCms.Core.Audit.AuditActions.SignedOut)
            {
                SubjectType = "User",
                SubjectId = Security.AdminPrincipal.UserId(User),
                SubjectTitle = User.Identity.Name,
            }, HttpContext.RequestAborted);
            await signIn.SignOutAsync();
            logger.LogInformation("User {UserId} signed out", Security.AdminPrincipal.UserId(User));
        }
        return LocalRedirect(AdminServiceCollectionExtensions.LoginPath);
    }
}
