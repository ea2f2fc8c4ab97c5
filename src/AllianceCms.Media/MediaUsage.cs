using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Metadata;
using AllianceCms.Data;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Media;

/// <summary>A content item (its latest or published version) whose media fields name a library file.</summary>
public sealed record MediaReference(string ContentItemId, string ContentType, string Culture, string DisplayText, string Field);

/// <summary>
/// Where a library file is used. Media fields are not indexed, so the versions that matter (latest and
/// published, not deleted) are narrowed by their JSON holding the path, then each is read for real.
/// </summary>
public sealed class MediaUsage(CmsDbContext db, IContentManager content, IContentDefinitionStore definitions)
{
    public async Task<IReadOnlyList<MediaReference>> FindAsync(string path, CancellationToken ct = default)
    {
        var quoted = "\"" + path + "\"";
        var candidates = await db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => (r.Latest || r.Published) && r.DeletedUtc == null && r.Data.Contains(quoted))
            .OrderBy(r => r.DisplayText).ThenBy(r => r.Culture)
            .Select(r => new { r.ContentItemVersionId, r.ContentItemId })
            .Take(200)
            .ToListAsync(ct);
        if (candidates.Count == 0) return [];
        var snapshot = await definitions.GetSnapshotAsync(ct);
        var references = new List<MediaReference>();
        foreach (var candidate in candidates)
        {
            if (await content.GetVersionAsync(candidate.ContentItemVersionId, ct) is not { } item || snapshot.Find(item.ContentType) is not { } type) continue;
            foreach (var (part, field) in type.Fields.Where(f => f.Field.Kind == FieldKinds.Media))
            {
                if (!IdListFieldKind.Ids(item.Get(part.Name, field.Name)).Contains(path, StringComparer.Ordinal)) continue;
                var reference = new MediaReference(item.ContentItemId, item.ContentType, item.Culture, item.DisplayText, $"{part.Name}.{field.Name}");
                if (!references.Contains(reference)) references.Add(reference);
            }
        }
        return references;
    }
}
