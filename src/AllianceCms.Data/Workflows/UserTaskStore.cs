using System.Text.Json;
using AllianceCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Workflows;

/// <summary>The task inbox in the CMS database.</summary>
public sealed class UserTaskStore(CmsDbContext db) : IUserTaskStore
{
    public async Task<UserTask> CreateAsync(UserTask task, CancellationToken ct = default)
    {
        var existing = await db.Set<UserTaskRecord>().AsNoTracking().Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Key == task.Key, ct);
        if (existing is not null) return ToTask(existing);
        var record = new UserTaskRecord
        {
            Id = task.Id, Key = task.Key, InstanceId = task.InstanceId, ActivityId = task.ActivityId, Title = task.Title,
            SubjectContentItemId = task.SubjectContentItemId, Outcomes = JsonSerializer.Serialize(task.Outcomes),
            Status = task.Status.ToString(), DueUtc = task.DueUtc, CreatedUtc = task.CreatedUtc,
            Assignees = [.. task.AssigneeUserIds.Select(u => new UserTaskAssigneeRecord { TaskId = task.Id, UserId = u }),
                         .. task.AssigneeRoles.Select(r => new UserTaskAssigneeRecord { TaskId = task.Id, Role = r })],
        };
        db.Add(record);
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
        var open = UserTaskStatus.Open.ToString();
        var decided = UserTaskStatus.Decided.ToString();
        return await db.Set<UserTaskRecord>().Where(t => t.Id == id && t.Status == open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, decided).SetProperty(t => t.Outcome, outcome)
                .SetProperty(t => t.DecidedBy, userId).SetProperty(t => t.DecidedUtc, utc), ct) == 1;
    }

    internal static UserTask ToTask(UserTaskRecord r) => new()
    {
        Id = r.Id, Key = r.Key, InstanceId = r.InstanceId, ActivityId = r.ActivityId, Title = r.Title,
        SubjectContentItemId = r.SubjectContentItemId, Outcomes = JsonSerializer.Deserialize<List<string>>(r.Outcomes) ?? [],
        Status = Enum.Parse<UserTaskStatus>(r.Status), ClaimedBy = r.ClaimedBy, Outcome = r.Outcome, DecidedBy = r.DecidedBy,
        DecidedUtc = r.DecidedUtc, DueUtc = r.DueUtc, CreatedUtc = r.CreatedUtc,
        AssigneeUserIds = r.Assignees.Where(a => a.UserId is not null).Select(a => a.UserId!).ToList(),
        AssigneeRoles = r.Assignees.Where(a => a.Role is not null).Select(a => a.Role!).ToList(),
    };
}
