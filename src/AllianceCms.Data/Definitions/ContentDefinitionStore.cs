using System.Text.Json;
using AllianceCms.Core.Metadata;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Definitions;

/// <summary>Definitions in the ContentDefinitions table, each save a new version kept in ContentDefinitionHistory.</summary>
public sealed class ContentDefinitionStore(CmsDbContext db, DefinitionCache cache, TransactionRunner transactions, TimeProvider clock)
    : IContentDefinitionStore
{
    public const string TypeKind = "type";
    public const string PartKind = "part";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public async ValueTask<ContentDefinitionSnapshot> GetSnapshotAsync(CancellationToken ct = default)
    {
        var entry = cache.Current;
        if (entry is not null && !cache.NeedsCheck(entry)) return entry.Snapshot;

        var stamp = await ReadStampAsync(ct);
        if (entry is not null && entry.Stamp == stamp)
        {
            cache.Touch(entry);
            return entry.Snapshot;
        }

        var records = await db.ContentDefinitions.AsNoTracking().ToListAsync(ct);
        var snapshot = new ContentDefinitionSnapshot(
            records.Count == 0 ? 0 : records.Sum(r => (long)r.Version),
            records.Where(r => r.Kind == TypeKind).Select(r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.Json, Json)!),
            records.Where(r => r.Kind == PartKind).Select(r => JsonSerializer.Deserialize<ContentPartDefinition>(r.Json, Json)!));
        cache.Set(snapshot, stamp);
        return snapshot;
    }

    public Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken ct = default) =>
        SaveAsync(TypeKind, type.Name, JsonSerializer.Serialize(type, Json), ct);

    public Task SavePartAsync(ContentPartDefinition part, CancellationToken ct = default) =>
        SaveAsync(PartKind, part.Name, JsonSerializer.Serialize(part, Json), ct);

    public async Task DeleteTypeAsync(string name, CancellationToken ct = default)
    {
        await db.ContentDefinitions.Where(d => d.Kind == TypeKind && d.Name == name).ExecuteDeleteAsync(ct);
        Changed();
    }

    public async Task<IReadOnlyList<DefinitionVersion>> GetHistoryAsync(string kind, string name, CancellationToken ct = default) =>
        await db.ContentDefinitionHistory.AsNoTracking()
            .Where(h => h.Kind == kind && h.Name == name)
            .OrderByDescending(h => h.Version)
            .Select(h => new DefinitionVersion(h.Kind, h.Name, h.Version, h.Json, h.CreatedUtc))
            .ToListAsync(ct);

    private async Task SaveAsync(string kind, string name, string json, CancellationToken ct)
    {
        var record = await db.ContentDefinitions.FirstOrDefaultAsync(d => d.Kind == kind && d.Name == name, ct);
        if (record?.Json == json) return;
        var now = clock.GetUtcNow().UtcDateTime;
        if (record is null)
        {
            record = new ContentDefinitionRecord { Kind = kind, Name = name };
            db.ContentDefinitions.Add(record);
        }
        record.Version++;
        record.Json = json;
        record.ModifiedUtc = now;
        db.ContentDefinitionHistory.Add(new ContentDefinitionHistoryRecord { Kind = kind, Name = name, Version = record.Version, Json = json, CreatedUtc = now });
        await db.SaveChangesAsync(ct);
        Changed();
    }

    private void Changed()
    {
        cache.Invalidate();
        transactions.OnRollback(cache.Invalidate);
    }

    /// <summary>Changes whenever any definition is saved or removed, on any node.</summary>
    private async Task<string> ReadStampAsync(CancellationToken ct)
    {
        var count = await db.ContentDefinitions.CountAsync(ct);
        var versions = count == 0 ? 0 : await db.ContentDefinitions.SumAsync(d => d.Version, ct);
        return $"{count}:{versions}";
    }
}
