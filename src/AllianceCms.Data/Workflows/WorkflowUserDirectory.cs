using AllianceCms.Data.Entities;
using AllianceCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Workflows;

/// <summary>Task assignees from the user accounts: e-mail, display name and preferred language.</summary>
public sealed class WorkflowUserDirectory(CmsDbContext db) : IWorkflowUserDirectory
{
    public async Task<IReadOnlyList<WorkflowUser>> FindAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        return (await db.Set<CmsUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(ct)).Select(ToUser).ToList();
    }

    public async Task<IReadOnlyList<WorkflowUser>> InRolesAsync(IEnumerable<string> roles, CancellationToken ct = default)
    {
        var names = roles.Select(r => r.ToUpperInvariant()).Distinct().ToList();
        if (names.Count == 0) return [];
        var users = from user in db.Set<CmsUser>().AsNoTracking()
                    join link in db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>() on user.Id equals link.UserId
                    join role in db.Set<CmsRole>() on link.RoleId equals role.Id
                    where names.Contains(role.NormalizedName!)
                    select user;
        return (await users.Distinct().OrderBy(u => u.Id).ToListAsync(ct)).Select(ToUser).ToList();
    }

    private static WorkflowUser ToUser(CmsUser u) =>
        new(u.Id, u.Email, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName, u.PreferredCulture);
}
