using System.Text.Json;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Workflows;

/// <summary>Workflow definitions and instances in the CMS database.</summary>
public sealed class WorkflowStore(CmsDbContext db, TransactionRunner transactions, WorkflowDefinitionCache cache, TimeProvider clock) : IWorkflowStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public Task<IReadOnlyList<WorkflowDefinition>> GetLatestDefinitionsAsync(CancellationToken ct = default) =>
        cache.GetAsync(() => LoadLatestDefinitionsAsync(ct));

    private async Task<IReadOnlyList<WorkflowDefinition>> LoadLatestDefinitionsAsync(CancellationToken ct)
    {
        var latest = db.Set<WorkflowDefinitionRecord>().AsNoTracking();
        var rows = await latest
            .Where(d => d.Version == latest.Where(x => x.DefinitionId == d.DefinitionId).Max(x => x.Version))
            .Select(d => d.Json).ToListAsync(ct);
        return rows.Select(Read<WorkflowDefinition>).ToList();
    }

    public async Task<WorkflowDefinition?> GetDefinitionAsync(string id, int? version = null, CancellationToken ct = default)
    {
        var query = db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.DefinitionId == id);
        if (version is { } v) query = query.Where(d => d.Version == v);
        var json = await query.OrderByDescending(d => d.Version).Select(d => d.Json).FirstOrDefaultAsync(ct);
        return json is null ? null : Read<WorkflowDefinition>(json);
    }

    public async Task<IReadOnlyList<WorkflowDefinition>> GetDefinitionVersionsAsync(string id, CancellationToken ct = default) =>
        (await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.DefinitionId == id)
            .OrderByDescending(d => d.Version).Select(d => d.Json).ToListAsync(ct)).Select(Read<WorkflowDefinition>).ToList();

    public async Task SaveDefinitionAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        var current = await db.Set<WorkflowDefinitionRecord>().Where(d => d.DefinitionId == definition.Id)
            .Select(d => (int?)d.Version).MaxAsync(ct) ?? 0;
        definition.Version = current + 1;
        db.Add(new WorkflowDefinitionRecord
        {
            DefinitionId = definition.Id,
            Version = definition.Version,
            Enabled = definition.Enabled,
            Json = JsonSerializer.Serialize(definition, Json),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        transactions.OnRollback(cache.Invalidate);
    }

    public async Task<WorkflowInstance?> GetInstanceAsync(string id, CancellationToken ct = default)
    {
        var record = await db.Set<WorkflowInstanceRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (record is null) return null;
        var instance = Read<WorkflowInstance>(record.Json);
        instance.Revision = record.Revision;
        return instance;
    }

    public Task SaveInstanceAsync(WorkflowInstance instance, CancellationToken ct = default) =>
        transactions.RunAsync(async token =>
        {
            var expected = instance.Revision;
            instance.Revision = expected + 1;
            var json = JsonSerializer.Serialize(instance, Json);
            var status = instance.Status.ToString();
            if (expected == 0)
            {
                db.Add(new WorkflowInstanceRecord
                {
                    Id = instance.Id, DefinitionId = instance.DefinitionId, DefinitionVersion = instance.DefinitionVersion,
                    Status = status, CorrelationId = instance.CorrelationId, Revision = 1, Json = json,
                    CreatedUtc = instance.CreatedUtc, UpdatedUtc = instance.UpdatedUtc,
                });
                await db.SaveChangesAsync(token);
            }
            else
            {
                var updated = await db.Set<WorkflowInstanceRecord>()
                    .Where(i => i.Id == instance.Id && i.Revision == expected)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(i => i.Revision, expected + 1)
                        .SetProperty(i => i.Json, json)
                        .SetProperty(i => i.Status, status)
                        .SetProperty(i => i.UpdatedUtc, instance.UpdatedUtc), token);
                if (updated == 0)
                {
                    instance.Revision = expected;
                    throw new WorkflowConcurrencyException(instance.Id);
                }
            }
            await SaveWaitsAsync(instance, token);
            return true;
        }, ct);

    /// <summary>Keeps the WorkflowWaits rows equal to what the instance waits for (keeping the leases of unchanged ones).</summary>
    private async Task SaveWaitsAsync(WorkflowInstance instance, CancellationToken ct)
    {
        var rows = await db.Set<WorkflowWaitRecord>().Where(w => w.InstanceId == instance.Id).ToListAsync(ct);
        foreach (var row in rows.Where(r => !instance.Waiting.Any(w => w.ActivityId == r.ActivityId && w.Signal == r.Signal && w.Key == r.Key && w.DueUtc == r.DueUtc)))
            db.Remove(row);
        foreach (var wait in instance.Waiting.Where(w => !rows.Any(r => r.ActivityId == w.ActivityId && r.Signal == w.Signal && r.Key == w.Key && r.DueUtc == w.DueUtc)))
        {
            db.Add(new WorkflowWaitRecord { InstanceId = instance.Id, ActivityId = wait.ActivityId, Signal = wait.Signal, Key = wait.Key, DueUtc = wait.DueUtc });
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<(string InstanceId, string ActivityId)>> FindWaitingAsync(string signal, string? key, CancellationToken ct = default)
    {
        var query = db.Set<WorkflowWaitRecord>().AsNoTracking().Where(w => w.Signal == signal);
        if (key is not null) query = query.Where(w => w.Key == key);
        return (await query.Select(w => new { w.InstanceId, w.ActivityId }).ToListAsync(ct)).Select(w => (w.InstanceId, w.ActivityId)).ToList();
    }

    public async Task<IReadOnlyList<(string InstanceId, string ActivityId)>> ClaimDueAsync(DateTime nowUtc, string owner, TimeSpan lease, CancellationToken ct = default)
    {
        var candidates = await db.Set<WorkflowWaitRecord>().AsNoTracking()
            .Where(w => w.DueUtc != null && w.DueUtc <= nowUtc && (w.LeaseUntilUtc == null || w.LeaseUntilUtc < nowUtc))
            .OrderBy(w => w.DueUtc).Take(100)
            .Select(w => new { w.Id, w.InstanceId, w.ActivityId }).ToListAsync(ct);
        var claimed = new List<(string, string)>();
        var until = nowUtc + lease;
        foreach (var candidate in candidates)
        {
            // The conditional update is the lease: of several nodes, one changes the row.
            var won = await db.Set<WorkflowWaitRecord>()
                .Where(w => w.Id == candidate.Id && (w.LeaseUntilUtc == null || w.LeaseUntilUtc < nowUtc))
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.LeaseOwner, owner).SetProperty(w => w.LeaseUntilUtc, until), ct);
            if (won == 1) claimed.Add((candidate.InstanceId, candidate.ActivityId));
        }
        return claimed;
    }

    public async Task<IReadOnlyList<WorkflowInstance>> ListInstancesAsync(WorkflowStatus? status, int skip, int take, CancellationToken ct = default)
    {
        var query = db.Set<WorkflowInstanceRecord>().AsNoTracking();
        if (status is { } s) { var name = s.ToString(); query = query.Where(i => i.Status == name); }
        var rows = await query.OrderByDescending(i => i.UpdatedUtc).Skip(skip).Take(take).Select(i => new { i.Json, i.Revision }).ToListAsync(ct);
        return rows.Select(r => { var i = Read<WorkflowInstance>(r.Json); i.Revision = r.Revision; return i; }).ToList();
    }

    public Task<int> EraseByCorrelationAsync(string correlationId, CancellationToken ct = default) =>
        transactions.RunAsync(async token =>
        {
            var instances = db.Set<WorkflowInstanceRecord>().Where(i => i.CorrelationId == correlationId).Select(i => i.Id);
            var tasks = db.Set<UserTaskRecord>().Where(t => instances.Contains(t.InstanceId)).Select(t => t.Id);
            await db.Set<UserTaskEventRecord>().Where(e => tasks.Contains(e.TaskId)).ExecuteDeleteAsync(token);
            await db.Set<UserTaskAssigneeRecord>().Where(a => tasks.Contains(a.TaskId)).ExecuteDeleteAsync(token);
            await db.Set<UserTaskRecord>().Where(t => instances.Contains(t.InstanceId)).ExecuteDeleteAsync(token);
            await db.Set<WorkflowWaitRecord>().Where(w => instances.Contains(w.InstanceId)).ExecuteDeleteAsync(token);
            return await db.Set<WorkflowInstanceRecord>().Where(i => i.CorrelationId == correlationId).ExecuteDeleteAsync(token);
        }, ct);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;
}
