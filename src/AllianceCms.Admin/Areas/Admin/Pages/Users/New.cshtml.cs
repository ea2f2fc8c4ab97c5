using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Areas.Admin.Pages.Users;

/// <summary>Creates a user, who either gets an invitation e-mail to choose a password or an initial password now.</summary>
[RequirePermission(AdminPermissions.ManageUsers)]
public sealed class NewUserModel(UserAccounts accounts, RoleManager<CmsRole> roles, AdminText T) : PageModel
{
    public const string Invite = "invite";
    public const string InitialPassword = "password";

    [BindProperty] public UserForm Form { get; set; } = new();
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? SetUp { get; set; }
    [BindProperty] public string? Password { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form.Culture = AdminCulture.Default;
        SetUp = Invite;
        await LoadRolesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadRolesAsync(ct);
        var usePassword = SetUp == InitialPassword;
        var siteBase = new Uri($"{Request.Scheme}://{Request.Host}/");
        var outcome = await accounts.CreateAsync(UserName ?? "", Form.ToChanges(), usePassword ? Password ?? "" : null, usePassword ? null : siteBase, ct);
        if (!outcome.Succeeded)
        {
            Form.AddErrors(outcome.Errors, T);
            return Page();
        }
        TempData["AdminMessage"] = usePassword ? T["UserCreated", outcome.User!.UserName!] : T["UserInvited", outcome.User!.UserName!, outcome.User.Email!];
        return Redirect($"/admin/users/{outcome.User.Id}");
    }

    private async Task LoadRolesAsync(CancellationToken ct) =>
        Form.AllRoles = await roles.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(ct);
}
