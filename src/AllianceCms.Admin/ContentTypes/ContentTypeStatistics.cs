using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;
using AllianceCms.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.ContentTypes;

/// <summary>What the content types editor tells about stored content: items per type, values kept for removed fields.</summary>
public sealed class ContentTypeStatistics(CmsDbContext db)
{
    /// <summary>Items per type (translations of one item count once; deleted items are left out).</summary>
    public async Task<IReadOnlyDictionary<string, int>> ItemCountsAsync(CancellationToken ct)
    {
        var rows = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && r.DeletedUtc == null)
            .GroupBy(r => r.ContentType)
            .Select(g => new { Type = g.Key, Count = g.Select(r => r.LocalizationSet).Distinct().Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Type, r => r.Count, StringComparer.Ordinal);
    }

    /// <summary>Whether any version of any item (deleted ones included, as they may be restored) has the type.</summary>
    public Task<bool> HasItemsAsync(string type, CancellationToken ct) =>
        db.ContentItems.AnyAsync(r => r.ContentType == type, ct);

    /// <summary>The types whose items may hold values of the part's fields.</summary>
    public static IReadOnlyList<string> TypesUsing(ContentDefinitionSnapshot snapshot, string part) =>
        snapshot.Types.Where(t => t.Type.Parts.Any(p => p.Name == part)).Select(t => t.Name).ToList();

    /// <summary>How many versions (of every item of the types using the part) still hold a value of the field.</summary>
    public async Task<int> StoredValueCountAsync(IReadOnlyList<string> types, string part, string field, CancellationToken ct)
    {
        var count = 0;
        await foreach (var data in Candidates(types, field).Select(r => r.Data).AsAsyncEnumerable().WithCancellation(ct))
            if (Holds(data, part, field)) count++;
        return count;
    }

    /// <summary>Versions whose JSON mentions the field's name: a cheap filter both databases run, checked exactly in memory.</summary>
    internal IQueryable<Data.Entities.ContentItemRecord> Candidates(IReadOnlyList<string> types, string field)
    {
        var needle = "\"" + field + "\"";
        return db.ContentItems.AsNoTracking().Where(r => types.Contains(r.ContentType) && r.Data.Contains(needle)).OrderBy(r => r.Id);
    }

    internal static bool Holds(string data, string part, string field) =>
        JsonNode.Parse(data) is JsonObject content && content[part] is JsonObject values && values.ContainsKey(field);
}
