using AllianceCms.Admin.Localization;
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
public sealed class LoginModel(SignInManager<CmsUser> signIn, UserManager<CmsUser> users, IOptions<IdentityOptions> identity, AdminText T, ILogger<LoginModel> logger) : PageModel
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
            Error = T["LoginFailed"];
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out", user.Id);
            var minutes = (int)Math.Ceiling(identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes);
            Error = T["LoginLockedOut", minutes];
            return Page();
        }
        logger.LogInformation("Failed sign-in for user {UserId}", user.Id);
        Error = result.IsNotAllowed ? T["LoginNotAllowed"] : T["LoginFailed"];
        return Page();
    }

    /// <summary>Only a path of this site: anything else (another host, "//host", "/\host") goes to the dashboard.</summary>
    public string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : AdminServiceCollectionExtensions.PathPrefix;
}
