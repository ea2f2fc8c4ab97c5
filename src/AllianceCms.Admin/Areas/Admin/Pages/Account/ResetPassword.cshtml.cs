using AllianceCms.Admin.Localization;
using AllianceCms.Core.Audit;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Account;

/// <summary>Choosing a password from an e-mailed link (an invitation or "forgot password"), with Identity's password rules.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<CmsUser> users, IOptions<IdentityOptions> identity, IAuditTrail audit, AdminText T) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public List<string> Errors { get; } = [];
    public int MinimumLength => identity.Value.Password.RequiredLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = UserId is { Length: > 0 and <= 64 } id ? await users.FindByIdAsync(id) : null;
        if (user is null || string.IsNullOrEmpty(Token) || Token.Length > 2000)
        {
            Errors.Add(T["PasswordLinkInvalid"]);
            return Page();
        }
        if (string.IsNullOrEmpty(Password) || Password.Length > LoginModel.MaxInputLength) Errors.Add(T["PasswordTooShort", MinimumLength]);
        else if (Password != Confirm) Errors.Add(T["PasswordsDiffer"]);
        if (Errors.Count > 0) return Page();

        var result = await users.ResetPasswordAsync(user, Token, Password!);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            return Page();
        }
        // A locked account (too many wrong passwords) opens again once its owner proves they read its mail.
        if (await users.IsLockedOutAsync(user) && await users.GetLockoutEndDateAsync(user) != DateTimeOffset.MaxValue)
            await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Account, AuditActions.PasswordReset)
        {
            SubjectType = "User", SubjectId = user.Id, SubjectTitle = user.UserName,
            Actor = AuditActor.User(user.Id, user.DisplayName ?? user.UserName ?? user.Id),
        }, ct);
        TempData["AdminMessage"] = T["PasswordChanged"];
        return LocalRedirect(AdminServiceCollectionExtensions.LoginPath);
    }
}
