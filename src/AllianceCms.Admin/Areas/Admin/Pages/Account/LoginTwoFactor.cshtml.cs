using AllianceCms.Admin.Localization;
using AllianceCms.Core.Audit;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(SignInManager<CmsUser> signIn, IAuditTrail audit, AdminText T) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect(AdminServiceCollectionExtensions.LoginPath) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return LocalRedirect(AdminServiceCollectionExtensions.LoginPath);
        var code = (Code ?? "").Replace(" ", "").Trim();
        if (code.Length is 0 or > 64)
        {
            Error = T["TwoFactorWrongCode"];
            return Page();
        }
        // Six digits are an authenticator code; anything else is tried as a recovery code.
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        var actor = AuditActor.User(user.Id, user.DisplayName ?? user.UserName ?? user.Id);
        var subject = new AuditEvent(AuditCategories.Account, AuditActions.SignedIn) { SubjectType = "User", SubjectId = user.Id, SubjectTitle = user.UserName, Actor = actor };
        if (result.Succeeded)
        {
            await audit.RecordAsync(subject with { Summary = "two-factor" }, ct);
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AdminServiceCollectionExtensions.PathPrefix);
        }
        await audit.RecordAsync(subject with { Action = result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, Summary = "two-factor", Actor = null }, ct);
        Error = result.IsLockedOut ? T["LoginLockedOut", 15] : T["TwoFactorWrongCode"];
        return Page();
    }
}
