using AllianceCms.Admin.Localization;
using AllianceCms.Core.Audit;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Account;

/// <summary>Sign-in with a user name or e-mail address and a password; repeated failures lock the account for a while.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<CmsUser> signIn, UserManager<CmsUser> users, IOptions<IdentityOptions> identity, AdminText T, IAuditTrail audit, Security.UserAccounts accounts, AllianceCms.Core.Settings.IDocumentStore documents, ILogger<LoginModel> logger) : PageModel
{
    public const int MaxInputLength = 256;

    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = UserName.Trim();
        if (name.Length == 0 || Password.Length == 0 || name.Length > MaxInputLength || Password.Length > MaxInputLength)
        {
            Error = T["LoginMissing"];
            return Page();
        }
        var user = await users.FindByNameAsync(name) ?? (name.Contains('@') ? await users.FindByEmailAsync(name) : null);
        if (user is null)
        {
            logger.LogInformation("Failed sign-in for an unknown user name");
            await RecordAsync(AuditActions.SignInFailed, null, name);
            Error = T["LoginFailed"];
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            await RecordAsync(AuditActions.SignedIn, user, actor: AuditActor.User(user.Id, user.DisplayName ?? user.UserName ?? user.Id));
            if (await MustEnrolTwoFactorAsync(user)) return LocalRedirect("/admin/account/two-factor?required=1");
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
            return LocalRedirect($"/admin/login/two-factor?returnUrl={Uri.EscapeDataString(SafeReturnUrl(ReturnUrl))}&rememberMe={(RememberMe ? "true" : "false")}");
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out", user.Id);
            await RecordAsync(AuditActions.LockedOut, user);
            var minutes = (int)Math.Ceiling(identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes);
            Error = T["LoginLockedOut", minutes];
            return Page();
        }
        logger.LogInformation("Failed sign-in for user {UserId}", user.Id);
        await RecordAsync(AuditActions.SignInFailed, user);
        Error = result.IsNotAllowed ? T["LoginNotAllowed"] : T["LoginFailed"];
        return Page();
    }

    /// <summary>When the site asks administrators for a second factor, one without it sets it up before anything else.</summary>
    private async Task<bool> MustEnrolTwoFactorAsync(CmsUser user)
    {
        if (user.TwoFactorEnabled || !(await Security.TwoFactorPolicy.GetAsync(documents, HttpContext.RequestAborted)).RequireForAdministrators) return false;
        var adminRoles = await accounts.AdministratorRolesAsync(HttpContext.RequestAborted);
        return (await users.GetRolesAsync(user)).Any(adminRoles.Contains);
    }

    /// <summary>An attempt goes to the audit trail, about the user it named (or the name typed, when no user has it).</summary>
    private Task RecordAsync(string action, CmsUser? user, string? typedName = null, AuditActor? actor = null) =>
        audit.RecordAsync(new AuditEvent(AuditCategories.Account, action)
        {
            SubjectType = "User",
            SubjectId = user?.Id,
            SubjectTitle = user?.UserName ?? typedName,
            Actor = actor ?? new AuditActor(AuditActor.AnonymousKind, null, HttpContext.Connection.RemoteIpAddress?.ToString() ?? ""),
        }, HttpContext.RequestAborted);

    /// <summary>Only a path of this site: anything else (another host, "//host", "/\host") goes to the dashboard.</summary>
    public string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : AdminServiceCollectionExtensions.PathPrefix;
}
