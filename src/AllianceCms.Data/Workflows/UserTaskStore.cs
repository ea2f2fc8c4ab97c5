using System.Text.Json;
using AllianceCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Workflows;

/// <summary>The task inbox in the CMS database.</summary>
public sealed class UserTaskStore(CmsDbContext db, TransactionRunner transactions) : IUserTaskStore
{
    private static readonly string OpenStatus = UserTaskStatus.Open.ToString();

    public async Task<UserTask> CreateAsync(UserTask task, CancellationToken ct = default)
    {
        var existing = await db.Set<UserTaskRecord>().AsNoTracking().Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Key == task.Key, ct);
        if (existing is not null) return ToTask(existing);
        var record = new UserTaskRecord
        {
            Id = task.Id, Key = task.Key, InstanceId = task.InstanceId, ActivityId = task.ActivityId, Title = task.Title,
            SubjectContentItemId = task.SubjectContentItemId, Outcomes = JsonSerializer.Serialize(task.Outcomes),
            CommentRequiredFor = JsonSerializer.Serialize(task.CommentRequiredFor),
            ExcludedUserIds = JsonSerializer.Serialize(task.ExcludedUserIds),
            Status = task.Status.ToString(), DueUtc = task.DueUtc, CreatedUtc = task.CreatedUtc,
            Assignees = [.. task.AssigneeUserIds.Select(u => new UserTaskAssigneeRecord { TaskId = task.Id, UserId = u }),
                         .. task.AssigneeRoles.Select(r => new UserTaskAssigneeRecord { TaskId = task.Id, Role = r })],
        };
        db.Add(record);
        db.Add(new UserTaskEventRecord { TaskId = task.Id, Kind = UserTaskEventKinds.Created, Utc = task.CreatedUtc });
        await db.SaveChangesAsync(ct);
        return task;
    }

    public async Task<UserTask?> GetAsync(string id, CancellationToken ct = default)
    {
        var record = await db.Set<UserTaskRecord>().AsNoTracking().Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Id == id, ct);
        return record is null ? null : ToTask(record);
    }

    public async Task<bool> TryDecideAsync(string id, string outcome, string userId, DateTime utc, CancellationToken ct = default)
    {
        var decided = UserTaskStatus.Decided.ToString();
        var excluded = JsonSerializer.Serialize(userId); // as the JSON array holds it, quotes included
        var won = await db.Set<UserTaskRecord>().Where(t => t.Id == id && t.Status == OpenStatus && !t.ExcludedUserIds.Contains(excluded))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, decided).SetProperty(t => t.Outcome, outcome)
                .SetProperty(t => t.DecidedBy, userId).SetProperty(t => t.DecidedUtc, utc), ct) == 1;
        if (won) await AddEventAsync(id, UserTaskEventKinds.Decided, userId, utc, outcome, ct);
        return won;
    }

    public async Task<IReadOnlyList<UserTask>> ListAsync(UserTaskQuery query, int skip, int take, CancellationToken ct = default)
    {
        var records = await Filter(query).OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id)
            .Skip(skip).Take(take).Include(t => t.Assignees).AsNoTracking().AsSplitQuery().ToListAsync(ct);
        return records.Select(ToTask).ToList();
    }

    public Task<int> CountAsync(UserTaskQuery query, CancellationToken ct = default) => Filter(query).CountAsync(ct);

    private IQueryable<UserTaskRecord> Filter(UserTaskQuery query)
    {
        var tasks = db.Set<UserTaskRecord>().AsQueryable();
        var user = query.UserId;
        if (!query.AllUsers)
        {
            var roles = query.Roles.ToList();
            tasks = tasks.Where(t => t.ClaimedBy == user || t.Assignees.Any(a => a.UserId == user || (a.Role != null && roles.Contains(a.Role))));
        }
        var decided = UserTaskStatus.Decided.ToString();
        var now = query.NowUtc;
        return query.Filter switch
        {
            UserTaskFilter.Mine => tasks.Where(t => t.Status == OpenStatus && (t.ClaimedBy == user || t.Assignees.Any(a => a.UserId == user))),
            UserTaskFilter.Unclaimed => tasks.Where(t => t.Status == OpenStatus && t.ClaimedBy == null),
            UserTaskFilter.Overdue => tasks.Where(t => t.Status == OpenStatus && t.DueUtc != null && t.DueUtc < now),
            UserTaskFilter.Open => tasks.Where(t => t.Status == OpenStatus),
            UserTaskFilter.Decided => tasks.Where(t => t.Status == decided),
            _ => tasks,
        };
    }

    public async Task<bool> TryClaimAsync(string id, string userId, DateTime utc, CancellationToken ct = default)
    {
        var won = await db.Set<UserTaskRecord>().Where(t => t.Id == id && t.Status == OpenStatus && t.ClaimedBy == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, userId), ct) == 1;
        if (won) await AddEventAsync(id, UserTaskEventKinds.Claimed, userId, utc, null, ct);
        return won || await db.Set<UserTaskRecord>().AnyAsync(t => t.Id == id && t.Status == OpenStatus && t.ClaimedBy == userId, ct);
    }

    public async Task<bool> TryReleaseAsync(string id, string userId, DateTime utc, CancellationToken ct = default)
    {
        var won = await db.Set<UserTaskRecord>().Where(t => t.Id == id && t.Status == OpenStatus && t.ClaimedBy == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, (string?)null), ct) == 1;
        if (won) await AddEventAsync(id, UserTaskEventKinds.Released, userId, utc, null, ct);
        return won;
    }

    public async Task<bool> TryReassignAsync(string id, IReadOnlyList<string> userIds, string byUserId, DateTime utc, CancellationToken ct = default)
    {
        var users = userIds.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct().ToList();
        if (users.Count == 0) return false;
        return await transactions.RunAsync(async token =>
        {
            var changed = await db.Set<UserTaskRecord>().Where(t => t.Id == id && t.Status == OpenStatus)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, (string?)null), token) == 1;
            if (!changed) return false;
            await db.Set<UserTaskAssigneeRecord>().Where(a => a.TaskId == id).ExecuteDeleteAsync(token);
            db.AddRange(users.Select(u => new UserTaskAssigneeRecord { TaskId = id, UserId = u }));
            db.Add(new UserTaskEventRecord { TaskId = id, Kind = UserTaskEventKinds.Reassigned, UserId = byUserId, Utc = utc, Text = string.Join(",", users) });
            await db.SaveChangesAsync(token);
            return true;
        }, ct);
    }

    public async Task<bool> TryAddAssigneesAsync(string id, IReadOnlyList<string> userIds, string kind, DateTime utc, CancellationToken ct = default)
    {
        return await transactions.RunAsync(async token =>
        {
            var task = await db.Set<UserTaskRecord>().Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Id == id && t.Status == OpenStatus, token);
            if (task is null) return false;
            var added = userIds.Where(u => !string.IsNullOrWhiteSpace(u) && !task.Assignees.Any(a => a.UserId == u)).Distinct().ToList();
            db.AddRange(added.Select(u => new UserTaskAssigneeRecord { TaskId = id, UserId = u }));
            db.Add(new UserTaskEventRecord { TaskId = id, Kind = kind, Utc = utc, Text = string.Join(",", added) });
            await db.SaveChangesAsync(token);
            return true;
        }, ct);
    }

    public Task AddCommentAsync(string id, string userId, string text, DateTime utc, CancellationToken ct = default) =>
        AddEventAsync(id, UserTaskEventKinds.Commented, userId, utc, text.Length > 4000 ? text[..4000] : text, ct);

    public async Task<IReadOnlyList<UserTaskEvent>> GetHistoryAsync(string id, CancellationToken ct = default) =>
        (await db.Set<UserTaskEventRecord>().AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.Id).ToListAsync(ct))
            .Select(e => new UserTaskEvent(e.Kind, e.UserId, e.Utc, e.Text)).ToList();

    public async Task AddEventAsync(string id, string kind, string? userId, DateTime utc, string? text, CancellationToken ct)
    {
        db.Add(new UserTaskEventRecord { TaskId = id, Kind = kind, UserId = userId, Utc = utc, Text = text });
        await db.SaveChangesAsync(ct);
    }

    internal static UserTask ToTask(UserTaskRecord r) => new()
    {
        Id = r.Id, Key = r.Key, InstanceId = r.InstanceId, ActivityId = r.ActivityId, Title = r.Title,
        SubjectContentItemId = r.SubjectContentItemId, Outcomes = JsonSerializer.Deserialize<List<string>>(r.Outcomes) ?? [],
        CommentRequiredFor = JsonSerializer.Deserialize<List<string>>(r.CommentRequiredFor) ?? [],
        ExcludedUserIds = JsonSerializer.Deserialize<List<string>>(r.ExcludedUserIds) ?? [],
        Status = Enum.Parse<UserTaskStatus>(r.Status), ClaimedBy = r.ClaimedBy, Outcome = r.Outcome, DecidedBy = r.DecidedBy,
        DecidedUtc = r.DecidedUtc, DueUtc = r.DueUtc, CreatedUtc = r.CreatedUtc,
        AssigneeUserIds = r.Assignees.Where(a => a.UserId is not null).Select(a => a.UserId!).ToList(),
        AssigneeRoles = r.Assignees.Where(a => a.Role is not null).Select(a => a.Role!).ToList(),
    };
}
