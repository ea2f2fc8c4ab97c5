using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Account;

/// <summary>
/// "Forgot password": the same answer whether or not an account has the address, so the form does not
/// tell who has an account; rate-limited per address and per client.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<CmsUser> users, UserAccounts accounts, PasswordResetLimiter limiter, AdminText T) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    public string? Error { get; private set; }
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var email = (Email ?? "").Trim();
        if (email.Length == 0 || email.Length > LoginModel.MaxInputLength || !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            Error = T["UserBadEmail"];
            return Page();
        }
        if (!limiter.TryAcquire(AllianceCms.Display.Security.ClientRateLimiter.ClientAddress(HttpContext), email))
        {
            Error = T["ForgotPasswordTooMany"];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        if (await users.FindByEmailAsync(email) is { } user && await users.IsEmailConfirmedAsync(user) && !await users.IsDisabledAsync(user))
            await accounts.SendPasswordLinkAsync(user, new Uri($"{Request.Scheme}://{Request.Host}/"), "ResetSubject", "ResetText", ct);
        Sent = true;
        return Page();
    }
}
