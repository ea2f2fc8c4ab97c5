using AllianceCms.Core.Content;
using AllianceCms.Core.Routing;
using AllianceCms.Core.Validation;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>
/// Gives routable items a slug that is unique in their culture. A slug the editor typed must be
/// free; a generated one gets "-2", "-3"… A replaced slug stays as a redirect to the new one.
/// </summary>
public sealed class RouteWriter(CmsDbContext db, TimeProvider clock)
{
    private const int MaxSuffix = 1000;

    /// <summary>Sets <see cref="ContentItem.Slug"/> if empty; returns an error when the slug belongs to another item.</summary>
    public async Task<ContentError?> AssignSlugAsync(ContentItem item, CancellationToken ct)
    {
        if (item.Slug is { } wanted)
        {
            return await IsTakenAsync(item, wanted, ct)
                ? new ContentError("Slug", "SlugTaken", Messages.Format("SlugTaken", wanted))
                : null;
        }

        var root = SlugGenerator.Generate(item.DisplayText);
        if (root.Length == 0) root = item.ContentType.ToLowerInvariant();
        for (var i = 1; i <= MaxSuffix; i++)
        {
            var candidate = i == 1 ? root : $"{root[..Math.Min(root.Length, SlugGenerator.MaxLength - 6)]}-{i}";
            if (!await IsTakenAsync(item, candidate, ct))
            {
                item.Slug = candidate;
                return null;
            }
        }
        item.Slug = $"{root[..Math.Min(root.Length, 80)]}-{ContentIds.New()[..12]}";
        return null;
    }

    /// <summary>Makes the item's slug its current route; its former slug remains as a redirect.</summary>
    public async Task SaveRouteAsync(ContentItem item, CancellationToken ct)
    {
        if (item.Slug is null) return;
        var routes = await db.ContentRoutes
            .Where(r => r.Culture == item.Culture && (r.ContentItemId == item.ContentItemId || r.Slug == item.Slug))
            .ToListAsync(ct);
        foreach (var route in routes.Where(r => r.ContentItemId == item.ContentItemId)) route.IsCurrent = route.Slug == item.Slug;
        var existing = routes.FirstOrDefault(r => r.Slug == item.Slug);
        if (existing is not null && existing.ContentItemId != item.ContentItemId)
        {
            // A former slug of another item: the newer claim wins and that redirect ends.
            db.ContentRoutes.Remove(existing);
            existing = null;
            await db.SaveChangesAsync(ct);
        }
        if (existing is null)
        {
            db.ContentRoutes.Add(new ContentRouteRecord
            {
                Culture = item.Culture,
                Slug = item.Slug,
                ContentItemId = item.ContentItemId,
                ContentType = item.ContentType,
                IsCurrent = true,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private Task<bool> IsTakenAsync(ContentItem item, string slug, CancellationToken ct) =>
        db.ContentRoutes.AnyAsync(r => r.Culture == item.Culture && r.Slug == slug && r.IsCurrent && r.ContentItemId != item.ContentItemId, ct);
}
