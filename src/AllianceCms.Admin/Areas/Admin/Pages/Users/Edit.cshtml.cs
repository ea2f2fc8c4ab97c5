using System.Globalization;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Areas.Admin.Pages.Users;

/// <summary>A user's page: their details and roles, locking and disabling, and the content that names them.</summary>
[RequirePermission(AdminPermissions.ManageUsers)]
public sealed class EditUserModel(UserManager<CmsUser> users, RoleManager<CmsRole> roles, UserAccounts accounts, UserMentions mentions, AdminText T) : PageModel
{
    [BindProperty] public UserForm Form { get; set; } = new();

    public CmsUser Account { get; private set; } = null!;
    public string Status { get; private set; } = "active";
    public IReadOnlyList<UserMentions.Mention> Mentions { get; private set; } = [];
    public bool IsSelf => Account.Id == User.UserId();

    public async Task<IActionResult> OnGetAsync(string userId, CancellationToken ct)
    {
        if (await LoadAsync(userId, ct) is { } missing) return missing;
        Form.DisplayName = Account.DisplayName;
        Form.Email = Account.Email;
        Form.Culture = Account.PreferredCulture;
        Form.Roles = (await users.GetRolesAsync(Account)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string userId, CancellationToken ct)
    {
        if (await LoadAsync(userId, ct) is { } missing) return missing;
        var outcome = await accounts.UpdateAsync(Account, Form.ToChanges(), User.UserId(), ct);
        if (!outcome.Succeeded)
        {
            Form.AddErrors(outcome.Errors, T);
            return Page();
        }
        TempData["AdminMessage"] = T["UserSaved", Account.UserName!];
        return Redirect($"/admin/users/{Account.Id}");
    }

    public Task<IActionResult> OnPostLockAsync(string userId, CancellationToken ct) => ChangeStateAsync(userId, AuditActions.Locked, "UserLockedNotice", ct);
    public Task<IActionResult> OnPostUnlockAsync(string userId, CancellationToken ct) => ChangeStateAsync(userId, AuditActions.Unlocked, "UserUnlockedNotice", ct);
    public Task<IActionResult> OnPostDisableAsync(string userId, CancellationToken ct) => ChangeStateAsync(userId, AuditActions.Disabled, "UserDisabledNotice", ct);
    public Task<IActionResult> OnPostEnableAsync(string userId, CancellationToken ct) => ChangeStateAsync(userId, AuditActions.Enabled, "UserEnabledNotice", ct);

    private async Task<IActionResult> ChangeStateAsync(string userId, string action, string notice, CancellationToken ct)
    {
        if (await LoadAsync(userId, ct) is { } missing) return missing;
        var outcome = await accounts.SetStateAsync(Account, action, User.UserId(), ct);
        if (!outcome.Succeeded)
        {
            Form.AddErrors(outcome.Errors, T);
            Form.DisplayName = Account.DisplayName;
            Form.Email = Account.Email;
            Form.Culture = Account.PreferredCulture;
            Form.Roles = (await users.GetRolesAsync(Account)).ToList();
            return Page();
        }
        TempData["AdminMessage"] = T[notice, Account.UserName!];
        return Redirect($"/admin/users/{Account.Id}");
    }

    private async Task<IActionResult?> LoadAsync(string userId, CancellationToken ct)
    {
        if (userId.Length > 64 || await users.FindByIdAsync(userId) is not { } account) return Infrastructure.AdminStatusResult.NotFound;
        Account = account;
        Status = await accounts.StatusAsync(account);
        Form.AllRoles = await roles.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(ct);
        Mentions = await mentions.FindAsync(account.Id, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
        return null;
    }
}
