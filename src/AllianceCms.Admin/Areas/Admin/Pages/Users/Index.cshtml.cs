using AllianceCms.Admin.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Areas.Admin.Pages.Users;

/// <summary>The users, searched by name or e-mail address and filtered by role.</summary>
[RequirePermission(AdminPermissions.ManageUsers)]
public sealed class UsersIndexModel(UserManager<CmsUser> users, RoleManager<CmsRole> roles, UserAccounts accounts) : PageModel
{
    public const int MaxShown = 200;
    public const int MaxSearchLength = 100;

    public sealed record Row(CmsUser User, IReadOnlyList<string> Roles, string Status);

    public string? Search { get; private set; }
    public string? Role { get; private set; }
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, string? role, CancellationToken ct)
    {
        Search = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (Search?.Length > MaxSearchLength) Search = Search[..MaxSearchLength];
        RoleNames = await roles.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(ct);
        Role = string.IsNullOrEmpty(role) ? null : role;
        if (Role is not null && !RoleNames.Contains(Role)) return Infrastructure.AdminStatusResult.NotFound;

        IQueryable<CmsUser> query = users.Users.AsNoTracking();
        if (Role is not null)
        {
            var members = (await users.GetUsersInRoleAsync(Role)).Select(u => u.Id).ToList();
            query = query.Where(u => members.Contains(u.Id));
        }
        if (Search is not null)
        {
            var upper = Search.ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper)
                || (u.DisplayName != null && u.DisplayName.ToUpper().Contains(upper)));
        }
        Total = await query.CountAsync(ct);
        var list = await query.OrderBy(u => u.UserName).Take(MaxShown).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var user in list)
            rows.Add(new Row(user, (await users.GetRolesAsync(user)).Order().ToList(), await accounts.StatusAsync(user)));
        Rows = rows;
        return Page();
    }
}
