using System.Text.Encodings.Web;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Account;

/// <summary>
/// "My account", two-factor sign-in: a TOTP key (RFC 6238) to add to an authenticator app, a code to
/// prove it works, then one-time recovery codes shown once.
/// </summary>
public sealed class TwoFactorModel(UserManager<CmsUser> users, SignInManager<CmsUser> signIn, IAuditTrail audit, AdminText T) : PageModel
{
    public const int RecoveryCodeCount = 10;

    public bool Enabled { get; private set; }
    public string? Key { get; private set; }
    public string? AuthenticatorUri { get; private set; }

    /// <summary>The <see cref="AuthenticatorUri"/> as a QR code (SVG markup we generate, safe to write as is).</summary>
    public string? QrCodeSvg { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public string? Error { get; private set; }
    public bool Required => Request.Query.ContainsKey("required");

    [BindProperty] public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (!Enabled) await ShowKeyAsync(user, create: false);
        return Page();
    }

    /// <summary>A new key (the old one stops working): the first step of setting up, or starting again.</summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return Redirect("/admin/account/two-factor");
        await users.ResetAuthenticatorKeyAsync(user);
        await ShowKeyAsync(user, create: false);
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return Redirect("/admin/account/two-factor");
        var code = (Code ?? "").Replace(" ", "").Replace("-", "");
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)
            || await users.GetAuthenticatorKeyAsync(user) is null
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = T["TwoFactorWrongCode"];
            await ShowKeyAsync(user, create: true);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        Enabled = true;
        await RecordAsync(user, AuditActions.TwoFactorEnabled, ct);
        // The cookie is issued again so that it carries the new security stamp.
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await RecordAsync(user, AuditActions.TwoFactorDisabled, ct);
            await signIn.RefreshSignInAsync(user);
        }
        TempData["AdminMessage"] = T["TwoFactorDisabledNotice"];
        return Redirect("/admin/account/two-factor");
    }

    private async Task ShowKeyAsync(CmsUser user, bool create)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (key is null && create)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        if (key is null) return;
        Key = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var issuer = UrlEncoder.Default.Encode(Request.Host.Host);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{UrlEncoder.Default.Encode(user.UserName!)}?secret={key}&issuer={issuer}&digits=6";
        QrCodeSvg = TwoFactorQrCode.Svg(AuthenticatorUri);
    }

    private Task RecordAsync(CmsUser user, string action, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(AuditCategories.Account, action) { SubjectType = "User", SubjectId = user.Id, SubjectTitle = user.UserName }, ct);
}
