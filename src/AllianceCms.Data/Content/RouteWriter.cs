using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Routing;
using AllianceCms.Core.Validation;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>
/// Gives routable items a slug that is unique in their culture and an address the site does not already
/// answer otherwise (<see cref="IReservedPaths"/>). A slug the editor typed must be free; a generated one
/// gets "-2", "-3"… A replaced slug stays as a redirect to the new one.
/// </summary>
public sealed class RouteWriter(CmsDbContext db, TimeProvider clock, ContentUrls urls, IEnumerable<IReservedPaths> reserved)
{
    private const int MaxSuffix = 1000;

    /// <summary>Generated candidates are checked in growing chunks: the bare slug alone is free nearly always.</summary>
    private static readonly (int From, int To)[] SuffixChunks = [(1, 1), (2, 10), (11, 100), (101, MaxSuffix)];

    /// <summary>Sets <see cref="ContentItem.Slug"/> if empty; returns an error when the slug belongs to another item or its address to the site.</summary>
    public async Task<ContentError?> AssignSlugAsync(ContentItem item, ContentTypeModel type, CancellationToken ct)
    {
        if (item.Slug is { } wanted)
        {
            if ((await TakenAsync(item, [wanted], ct)).Count > 0) return new ContentError("Slug", "SlugTaken", Messages.Format("SlugTaken", wanted));
            var path = urls.PathFor(type, item.Culture, wanted);
            return await IsReservedAsync(path, ct) ? new ContentError("Slug", "SlugReserved", Messages.Format("SlugReserved", wanted, path)) : null;
        }

        var root = SlugGenerator.Generate(item.DisplayText);
        if (root.Length == 0) root = item.ContentType.ToLowerInvariant();
        foreach (var (from, to) in SuffixChunks)
        {
            var candidates = Enumerable.Range(from, to - from + 1).Select(i => Candidate(root, i)).ToList();
            var taken = await TakenAsync(item, candidates, ct);
            foreach (var free in candidates.Where(c => !taken.Contains(c)))
            {
                if (await IsReservedAsync(urls.PathFor(type, item.Culture, free), ct)) continue;
                item.Slug = free;
                return null;
            }
        }
        item.Slug = $"{root[..Math.Min(root.Length, 80)]}-{ContentIds.New()[..12]}";
        return null;
    }

    /// <summary>
    /// Makes the item's slug its current route; its former slug remains as a redirect. The change is
    /// staged: the caller's SaveChanges writes it with the version.
    /// </summary>
    public async Task StageRouteAsync(ContentItem item, CancellationToken ct)
    {
        if (item.Slug is null) return;
        // A union rather than an OR: SQLite factors the culture out of "a OR b" and then scans the
        // culture's routes; each half of the union is an index seek.
        var (id, culture, slug) = (item.ContentItemId, item.Culture, item.Slug);
        var routes = await db.ContentRoutes.Where(r => r.ContentItemId == id && r.Culture == culture)
            .Union(db.ContentRoutes.Where(r => r.Culture == culture && r.Slug == slug))
            .ToListAsync(ct);
        foreach (var route in routes.Where(r => r.ContentItemId == item.ContentItemId)) route.IsCurrent = route.Slug == item.Slug;
        if (routes.FirstOrDefault(r => r.Slug == item.Slug) is { } existing)
        {
            if (existing.ContentItemId == item.ContentItemId) return;
            // A former slug of another item: the newer claim wins and that redirect ends. Taking the
            // row over (rather than deleting it and adding one) keeps the unique (culture, slug) key
            // satisfied within one SaveChanges.
            existing.ContentItemId = item.ContentItemId;
            existing.ContentType = item.ContentType;
            existing.IsCurrent = true;
            existing.CreatedUtc = clock.GetUtcNow().UtcDateTime;
            return;
        }
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

    private async ValueTask<bool> IsReservedAsync(string path, CancellationToken ct)
    {
        foreach (var paths in reserved)
            if (await paths.IsReservedAsync(path, ct)) return true;
        return false;
    }

    private static string Candidate(string root, int i) =>
        i == 1 ? root : $"{root[..Math.Min(root.Length, SlugGenerator.MaxLength - 6)]}-{i}";

    /// <summary>The slugs among <paramref name="slugs"/> that are another item's current route, in one query.</summary>
    private async Task<HashSet<string>> TakenAsync(ContentItem item, List<string> slugs, CancellationToken ct)
    {
        var (id, culture) = (item.ContentItemId, item.Culture);
        var query = db.ContentRoutes.AsNoTracking().Where(r => r.Culture == culture && r.IsCurrent && r.ContentItemId != id);
        // One slug compares with "=" (one index seek); several go as one list parameter.
        if (slugs.Count == 1)
        {
            var slug = slugs[0];
            query = query.Where(r => r.Slug == slug);
        }
        else
        {
            query = query.Where(r => slugs.Contains(r.Slug));
        }
        return (await query.Select(r => r.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }
}
