using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;

namespace AllianceCms.Display.Pages;

/// <summary>One URL of a sitemap, with every translation of it (itself included) as hreflang alternates.</summary>
public sealed record SitemapEntry(string Url, DateTime? Modified, IReadOnlyList<(string Culture, string Url)> Alternates);

/// <summary>
/// A sitemap file: "pages" (the home and list pages of each culture) or the published items of one
/// routable type in one culture, page by page ("Member.fr.2"), in publication order.
/// </summary>
public sealed record SitemapPart(string Name, ContentTypeModel? Type, string? Culture, int Page)
{
    public const string FixedPages = "pages";
}

/// <summary>
/// Splits the site's URLs into sitemap parts of at most a page size each and reads one part: the
/// items come from the index tables a page of <see cref="ContentQuery.MaxPageSize"/> at a time (an
/// offset to the part's start, then the cursor), and their translations by localization set, a
/// hundred sets a query, so that a part costs the same whatever its place in a big site.
/// </summary>
public sealed class SitemapReader(IContentQueryService queries, ContentUrls urls, IReadOnlyList<string> cultures, int pageSize)
{
    /// <summary>Every part of the site, and how many URLs they hold together (items without a URL included).</summary>
    public async Task<(IReadOnlyList<SitemapPart> Parts, int Urls)> PartsAsync(ContentDefinitionSnapshot snapshot, CancellationToken ct)
    {
        var parts = new List<SitemapPart> { new(SitemapPart.FixedPages, null, null, 1) };
        var urlCount = FixedEntries(snapshot).Count;
        foreach (var type in RoutableTypes(snapshot))
        {
            foreach (var culture in cultures)
            {
                var count = await queries.CountAsync(new ContentQuery { Types = [type.Name], Culture = culture }, ct);
                urlCount += count;
                for (var page = 1; (page - 1) * pageSize < count; page++) parts.Add(new($"{type.Name}.{culture}.{page}", type, culture, page));
            }
        }
        return (parts, urlCount);
    }

    /// <summary>The part of that name ("pages", "Member.fr.2"), or null when there is none.</summary>
    public async Task<SitemapPart?> FindAsync(ContentDefinitionSnapshot snapshot, string name, CancellationToken ct)
    {
        if (name == SitemapPart.FixedPages) return new(name, null, null, 1);
        var bits = name.Split('.');
        if (bits.Length != 3 || !int.TryParse(bits[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) || page < 1) return null;
        var type = RoutableTypes(snapshot).FirstOrDefault(t => t.Name == bits[0]);
        var culture = cultures.FirstOrDefault(c => c == bits[1]);
        if (type is null || culture is null) return null;
        var count = await queries.CountAsync(new ContentQuery { Types = [type.Name], Culture = culture }, ct);
        return (page - 1L) * pageSize < count ? new(name, type, culture, page) : null;
    }

    public async IAsyncEnumerable<SitemapEntry> EntriesAsync(ContentDefinitionSnapshot snapshot, SitemapPart part, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (part.Type is not { } type || part.Culture is not { } culture)
        {
            foreach (var entry in FixedEntries(snapshot)) yield return entry;
            yield break;
        }
        var others = cultures.Where(c => c != culture).ToList();
        var query = new ContentQuery
        {
            Types = [type.Name], Culture = culture, SortBy = ContentSortKey.PublishedUtc, Descending = false,
            IncludeTotal = false, Skip = (part.Page - 1) * pageSize,
        };
        for (var left = pageSize; left > 0;)
        {
            var batch = await queries.QueryAsync(query with { PageSize = Math.Min(ContentQuery.MaxPageSize, left) }, ct);
            var sets = batch.Items.Select(i => i.LocalizationSet).Distinct().ToList();
            var translations = new List<ContentItem>();
            // By localization set alone: with the type and culture too, SQLite may walk the type's
            // whole (type, culture) index instead of seeking each set. Every culture of a set comes
            // back, so a query asks for no more sets than a page can hold variants of.
            foreach (var chunk in others.Count == 0 ? Enumerable.Empty<string[]>() : sets.Chunk(Math.Max(1, ContentQuery.MaxPageSize / cultures.Count)))
            {
                var found = await queries.QueryAsync(new ContentQuery { LocalizationSets = chunk, PageSize = ContentQuery.MaxPageSize, IncludeTotal = false }, ct);
                translations.AddRange(found.Items.Where(i => i.Culture != culture && i.ContentType == type.Name));
            }
            var bySet = translations.ToLookup(i => i.LocalizationSet);
            foreach (var item in batch.Items)
            {
                if (urls.UrlFor(item, type) is not { } url) continue;
                var alternates = bySet[item.LocalizationSet].Append(item)
                    .Select(i => (i.Culture, Url: urls.UrlFor(i, type)))
                    .Where(a => a.Url is not null).Select(a => (a.Culture, a.Url!))
                    .OrderBy(a => CultureOrder(a.Culture)).ToList();
                yield return new SitemapEntry(url, item.ModifiedUtc, alternates.Count > 1 ? alternates : []);
            }
            left -= batch.Items.Count;
            if (batch.NextCursor is null) break;
            query = query with { After = batch.NextCursor, Skip = 0 };
        }
    }

    private int CultureOrder(string culture)
    {
        for (var i = 0; i < cultures.Count; i++) if (cultures[i] == culture) return i;
        return cultures.Count;
    }

    internal static IEnumerable<ContentTypeModel> RoutableTypes(ContentDefinitionSnapshot snapshot) =>
        snapshot.Types.Where(t => t.Settings is { Private: false, Routable: true });

    /// <summary>The home of each culture, then each list page in each culture, with each other's cultures as alternates.</summary>
    private List<SitemapEntry> FixedEntries(ContentDefinitionSnapshot snapshot)
    {
        var groups = new List<List<(string Culture, string Url)>> { cultures.Select(c => (c, PageModels.HomeUrl(c, urls))).ToList() };
        foreach (var type in snapshot.Types.Where(PageModels.HasListPage))
            groups.Add(cultures.Select(c => (c, Url: PageModels.ListUrl(type, c, urls))).Where(x => x.Url is not null).Select(x => (x.c, x.Url!)).ToList());
        return groups.SelectMany(g => g.Select(x => new SitemapEntry(x.Url, null, g.Count > 1 ? g : []))).ToList();
    }
}
