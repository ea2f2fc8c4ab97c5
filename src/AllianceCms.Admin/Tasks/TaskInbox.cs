using System.Security.Claims;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Security;
using AllianceCms.Data.Entities;
using AllianceCms.Workflows.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Tasks;

/// <summary>Who sees which tasks, and the names of the users they mention.</summary>
public sealed class TaskInbox(IUserTaskStore store, UserManager<CmsUser> users, RoleManager<CmsRole> roles, TimeProvider clock)
{
    /// <summary>The permission that opens the inbox.</summary>
    public const string Permission = "workflows.tasks";

    public IUserTaskStore Store => store;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Administrators ("*") see and decide every task.</summary>
    public static bool SeesAll(ClaimsPrincipal user) => user.Permissions().Has(Core.Security.Permission.All);

    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    public UserTaskQuery QueryFor(ClaimsPrincipal user, UserTaskFilter filter) =>
        new(user.UserId() ?? "", RolesOf(user), filter, Now, SeesAll(user));

    public static bool MaySee(ClaimsPrincipal user, UserTask task) =>
        SeesAll(user) || (user.UserId() is { } id && task.IsFor(id, RolesOf(user)));

    /// <summary>The task, when it exists and the user may see it (else null: the page answers 404).</summary>
    public async Task<UserTask?> FindAsync(ClaimsPrincipal user, string id, CancellationToken ct)
    {
        if (id.Length > 64) return null;
        var task = await store.GetAsync(id, ct);
        return task is not null && MaySee(user, task) ? task : null;
    }

    /// <summary>Display names by user id (the user name when there is no display name).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.Where(i => !string.IsNullOrEmpty(i)).Select(i => i!).Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<string, string>();
        var found = await users.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct);
        return found.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : $"{u.DisplayName} ({u.UserName})");
    }

    /// <summary>The users a task may be given to: those of the roles holding the inbox's permission (or every permission).</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> CandidatesAsync(CancellationToken ct)
    {
        var ids = new HashSet<string>();
        foreach (var role in await roles.Roles.AsNoTracking().ToListAsync(ct))
        {
            var claims = await roles.GetClaimsAsync(role);
            if (!claims.Any(c => c.Type == CmsRole.PermissionClaimType && (c.Value == Permission || c.Value == Core.Security.Permission.All))) continue;
            foreach (var member in await users.GetUsersInRoleAsync(role.Name!)) ids.Add(member.Id);
        }
        var names = await NamesAsync(ids, ct);
        return names.Select(n => (n.Key, n.Value)).OrderBy(n => n.Value, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
