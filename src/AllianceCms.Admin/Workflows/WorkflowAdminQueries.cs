using System.Text.Json;
using AllianceCms.Data;
using AllianceCms.Data.Workflows;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Workflows;

/// <summary>The admin's read-only views of workflow definitions and instances, straight from their tables.</summary>
public sealed class WorkflowAdminQueries(CmsDbContext db, IWorkflowStore store)
{
    public sealed record DefinitionSummary(WorkflowDefinition Latest, int Versions, IReadOnlyDictionary<WorkflowStatus, int> Instances);

    public sealed record VersionSummary(int Version, bool Enabled, DateTime CreatedUtc, int Instances);

    public sealed record InstancePage(IReadOnlyList<WorkflowInstance> Instances, int Total);

    public sealed record TaskSummary(string Id, string ActivityId, string Title, UserTaskStatus Status, string? Outcome, DateTime CreatedUtc);

    /// <summary>Every definition's latest version, by name, with its instances counted by status.</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> DefinitionsAsync(CancellationToken ct)
    {
        var latest = await store.GetLatestDefinitionsAsync(ct);
        var versions = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .GroupBy(d => d.DefinitionId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = await db.Set<WorkflowInstanceRecord>().AsNoTracking()
            .GroupBy(i => new { i.DefinitionId, i.Status }).Select(g => new { g.Key.DefinitionId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return latest.Select(d => new DefinitionSummary(
                d,
                versions.FirstOrDefault(v => v.Id == d.Id)?.Count ?? 0,
                counts.Where(c => c.DefinitionId == d.Id && Enum.TryParse<WorkflowStatus>(c.Status, out _))
                    .ToDictionary(c => Enum.Parse<WorkflowStatus>(c.Status), c => c.Count)))
            .OrderBy(s => s.Latest.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A definition's versions, newest first, with how many instances each has.</summary>
    public async Task<IReadOnlyList<VersionSummary>> VersionsAsync(string definitionId, CancellationToken ct)
    {
        var versions = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version).Select(d => new { d.Version, d.Enabled, d.CreatedUtc }).ToListAsync(ct);
        var counts = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.DefinitionId == definitionId)
            .GroupBy(i => i.DefinitionVersion).Select(g => new { Version = g.Key, Count = g.Count() }).ToListAsync(ct);
        return versions.Select(v => new VersionSummary(v.Version, v.Enabled, v.CreatedUtc, counts.FirstOrDefault(c => c.Version == v.Version)?.Count ?? 0)).ToList();
    }

    /// <summary>Instances, most recently changed first, of one definition and/or status when given.</summary>
    public async Task<InstancePage> InstancesAsync(string? definitionId, WorkflowStatus? status, int page, CancellationToken ct)
    {
        var query = db.Set<WorkflowInstanceRecord>().AsNoTracking();
        if (!string.IsNullOrEmpty(definitionId)) query = query.Where(i => i.DefinitionId == definitionId);
        if (status is { } s) { var name = s.ToString(); query = query.Where(i => i.Status == name); }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(i => i.UpdatedUtc).ThenBy(i => i.Id)
            .Skip((Math.Max(page, 1) - 1) * WorkflowAdmin.PageSize).Take(WorkflowAdmin.PageSize)
            .Select(i => new { i.Json, i.Revision }).ToListAsync(ct);
        return new InstancePage(rows.Select(r => Read(r.Json, r.Revision)).ToList(), total);
    }

    /// <summary>The ids of every stored definition, for the instance filter.</summary>
    public async Task<IReadOnlyList<string>> DefinitionIdsAsync(CancellationToken ct) =>
        await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Select(d => d.DefinitionId).Distinct().OrderBy(d => d).ToListAsync(ct);

    /// <summary>The tasks an instance has put in the inbox, oldest first.</summary>
    public async Task<IReadOnlyList<TaskSummary>> TasksOfAsync(string instanceId, CancellationToken ct)
    {
        var rows = await db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.InstanceId == instanceId)
            .OrderBy(t => t.CreatedUtc).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.ActivityId, t.Title, t.Status, t.Outcome, t.CreatedUtc }).ToListAsync(ct);
        return rows.Select(t => new TaskSummary(t.Id, t.ActivityId, t.Title,
            Enum.TryParse<UserTaskStatus>(t.Status, out var status) ? status : UserTaskStatus.Open, t.Outcome, t.CreatedUtc)).ToList();
    }

    private static WorkflowInstance Read(string json, int revision)
    {
        var instance = JsonSerializer.Deserialize<WorkflowInstance>(json)!;
        instance.Revision = revision;
        return instance;
    }
}
