using System.Text.Json;
using AllianceCms.Core.Settings;
using AllianceCms.Data.Caching;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data;

/// <summary>Named JSON documents in the Documents table; the version column guards concurrent saves.</summary>
public sealed class DocumentStore(CmsDbContext db, PublishedReadCache cache, TimeProvider clock) : IDocumentStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly string[] DependsOnDocuments = [ContentGenerations.Documents];

    public async Task<T?> GetAsync<T>(string name, CancellationToken ct = default) where T : class
    {
        // The text is cached, not the object: every caller gets its own to change.
        var json = await cache.GetOrLoadAsync(db, "document:" + name,
            () => db.Documents.AsNoTracking().Where(d => d.Name == name).Select(d => d.Json).FirstOrDefaultAsync(ct),
            _ => DependsOnDocuments, text => text);
        return json is null ? null : JsonSerializer.Deserialize<T>(json, Json);
    }

    public async Task SaveAsync<T>(string name, T document, CancellationToken ct = default) where T : class
    {
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Name == name, ct);
        if (record is null)
        {
            record = new DocumentRecord { Name = name };
            db.Documents.Add(record);
        }
        record.Json = JsonSerializer.Serialize(document, Json);
        record.Version++;
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
