using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Validation;
using AllianceCms.Data.Caching;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Data.Content;

/// <summary>
/// The content manager over EF Core: every write is one transaction over the version rows,
/// their index rows and routes; "-ing" handlers run inside it, "-ed" handlers after commit.
/// </summary>
public sealed partial class ContentManager(
    CmsDbContext db,
    IContentDefinitionStore definitions,
    IServiceProvider services,
    PublishedReadCache readCache,
    IOptions<CultureOptions> cultures,
    TimeProvider clock) : IContentManager
{
    // What only writes use, resolved from the request's scope on first use: most requests only read,
    // and building the content handlers (search, audit, workflows, webhooks, and what they depend on)
    // for every page was a tenth of a page's time.
    private ContentValidator Validator => field ??= services.GetRequiredService<ContentValidator>();
    private ContentIndexWriter IndexWriter => field ??= services.GetRequiredService<ContentIndexWriter>();
    private RouteWriter Routes => field ??= services.GetRequiredService<RouteWriter>();
    private SharedFieldSynchronizer SharedFields => field ??= services.GetRequiredService<SharedFieldSynchronizer>();
    private ContentHandlers Handlers => field ??= services.GetRequiredService<ContentHandlers>();
    private ContentReferenceLookup References => field ??= services.GetRequiredService<ContentReferenceLookup>();
    private TransactionRunner Transactions => field ??= services.GetRequiredService<TransactionRunner>();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ContentItem> NewAsync(string contentType, string? culture = null, CancellationToken ct = default)
    {
        var type = (await definitions.GetSnapshotAsync(ct)).Get(contentType);
        var id = ContentIds.New();
        return new ContentItem
        {
            ContentItemId = id,
            ContentType = type.Name,
            Culture = culture ?? cultures.Value.Default,
            LocalizationSet = id,
        };
    }

    public async Task<ContentResult> CreateAsync(ContentItem item, bool publish, CancellationToken ct = default)
    {
        var type = (await definitions.GetSnapshotAsync(ct)).Get(item.ContentType);
        if (string.IsNullOrEmpty(item.ContentItemId)) item.ContentItemId = ContentIds.New();
        if (string.IsNullOrEmpty(item.LocalizationSet)) item.LocalizationSet = item.ContentItemId;
        if (string.IsNullOrEmpty(item.Culture)) item.Culture = cultures.Value.Default;
        publish |= !type.Settings.Draftable;

        var errors = (await Validator.ValidateAsync(item, type, ct)).ToList();
        if (errors.Count > 0) return ContentResult.Invalid(errors);
        // One round trip for both refusals: the id is taken, or the set already has this culture.
        var (id, set, culture) = (item.ContentItemId, item.LocalizationSet, item.Culture);
        var clashes = await db.ContentItems.AsNoTracking()
            .Where(r => r.ContentItemId == id || (r.LocalizationSet == set && r.Culture == culture && r.Latest))
            .Select(r => r.ContentItemId).Distinct().ToListAsync(ct);
        if (clashes.Contains(id))
            return ContentResult.Conflict(await GetAsync(item.ContentItemId, VersionOptions.Latest, ct));
        if (clashes.Count > 0)
            return ContentResult.Invalid([new ContentError("Culture", "VariantExists", Messages.Format("VariantExists", item.Culture))]);

        var now = Now;
        item.ContentItemVersionId = ContentIds.New();
        item.Number = 1;
        item.Latest = true;
        item.Published = publish;
        item.Owner ??= item.Author;
        if (item.CreatedUtc == default) item.CreatedUtc = now;
        item.ModifiedUtc = item.CreatedUtc > now ? item.CreatedUtc : now;
        item.PublishedUtc = publish ? item.PublishedUtc ?? now : null;
        item.DeletedUtc = null;

        var context = new ContentContext(item, type, ct);
        return await WriteAsync(context, publish ? [(h, c) => h.CreatingAsync(c), (h, c) => h.PublishingAsync(c)] : [(h, c) => h.CreatingAsync(c)],
            publish ? [(h, c) => h.CreatedAsync(c), (h, c) => h.PublishedAsync(c)] : [(h, c) => h.CreatedAsync(c)],
            async () =>
            {
                // The version, its index rows, its route and the shared fields it spreads: one SaveChanges.
                var record = ContentRecordMapper.ToRecord(item);
                db.ContentItems.Add(record);
                await IndexWriter.AddAsync(record, item, type, ct);
                await Routes.StageRouteAsync(item, ct);
                await SharedFields.SpreadAsync(item, type, ct);
                await db.SaveChangesAsync(ct);
            });
    }

    public async Task<ContentResult> SaveAsync(ContentItem item, bool publish = false, CancellationToken ct = default)
    {
        var latest = await LatestRecordAsync(item.ContentItemId, ct);
        if (latest is null || latest.DeletedUtc is not null) return ContentResult.NotFound();
        if (latest.ContentItemVersionId != item.ContentItemVersionId) return ContentResult.Conflict(ContentRecordMapper.ToItem(latest));
        if (item.ContentType != latest.ContentType)
            return ContentResult.Invalid([new ContentError("ContentType", "TypeChanged", Messages.Get("TypeChanged"))]);
        var type = (await definitions.GetSnapshotAsync(ct)).Get(latest.ContentType);
        publish |= !type.Settings.Draftable;

        var errors = (await Validator.ValidateAsync(item, type, ct)).ToList();
        if (errors.Count > 0) return ContentResult.Invalid(errors);

        var published = latest.Published ? latest : await PublishedRecordAsync(item.ContentItemId, ct);
        var now = Now;
        // What the caller may not change is taken from the stored item.
        item.ContentType = latest.ContentType;
        item.Culture = latest.Culture;
        item.LocalizationSet = latest.LocalizationSet;
        item.CreatedUtc = latest.CreatedUtc;
        item.Owner = latest.Owner;
        item.ContentItemVersionId = ContentIds.New();
        item.Number = latest.Number + 1;
        item.Latest = true;
        item.Published = publish;
        item.ModifiedUtc = now;
        // PublishedUtc is when the item was first published: a correction does not move it up the news.
        item.PublishedUtc = publish ? item.PublishedUtc ?? latest.PublishedUtc ?? now : latest.PublishedUtc;
        item.PublishAtUtc = publish ? null : latest.PublishAtUtc;
        item.UnpublishAtUtc = latest.UnpublishAtUtc;
        item.DeletedUtc = null;

        var context = new ContentContext(item, type, ct) { PreviousPublished = published is null ? null : ContentRecordMapper.ToItem(published) };
        return await WriteAsync(context,
            publish ? [(h, c) => h.UpdatingAsync(c), (h, c) => h.PublishingAsync(c)] : [(h, c) => h.UpdatingAsync(c)],
            publish ? [(h, c) => h.UpdatedAsync(c), (h, c) => h.PublishedAsync(c)] : [(h, c) => h.UpdatedAsync(c)],
            async () =>
            {
                latest.Latest = false;
                if (publish && published is not null) published.Published = false;
                var record = ContentRecordMapper.ToRecord(item);
                db.ContentItems.Add(record);
                await IndexWriter.PruneAsync([latest, .. published is null ? Array.Empty<ContentItemRecord>() : [published]], ct);
                await IndexWriter.AddAsync(record, item, type, ct);
                await Routes.StageRouteAsync(item, ct);
                await SharedFields.SpreadAsync(item, type, ct);
                await db.SaveChangesAsync(ct);
                if (!type.Settings.Versionable) await DropHistoryAsync(item.ContentItemId, ct);
            });
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken ct = default) =>
        options == VersionOptions.Published
            ? readCache.GetOrLoadAsync(db, "item:" + contentItemId, (Manager: this, contentItemId, options, ct), static s => s.Manager.LoadAsync(s.contentItemId, s.options, s.ct), PublishedReadCache.TypesOf, PublishedReadCache.Copy)
            : LoadAsync(contentItemId, options, ct);

    private async Task<ContentItem?> LoadAsync(string contentItemId, VersionOptions options, CancellationToken ct)
    {
        var query = db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId);
        query = options == VersionOptions.Published ? query.Where(r => r.Published && r.DeletedUtc == null) : query.Where(r => r.Latest);
        var record = await query.FirstOrDefaultAsync(ct);
        return record is null ? null : ContentRecordMapper.ToItem(record);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken ct = default)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, ct);
        return record is null ? null : ContentRecordMapper.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken ct = default)
    {
        var records = await db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId)
            .OrderByDescending(r => r.Number).ToListAsync(ct);
        return records.Select(ContentRecordMapper.ToItem).ToList();
    }

    public Task<ContentItem?> GetVariantAsync(string localizationSet, string culture, VersionOptions options = VersionOptions.Published, CancellationToken ct = default) =>
        options == VersionOptions.Published
            ? readCache.GetOrLoadAsync(db, $"variant:{localizationSet}:{culture}", (Manager: this, localizationSet, culture, options, ct),
                static s => s.Manager.LoadVariantAsync(s.localizationSet, s.culture, s.options, s.ct), PublishedReadCache.TypesOf, PublishedReadCache.Copy)
            : LoadVariantAsync(localizationSet, culture, options, ct);

    private async Task<ContentItem?> LoadVariantAsync(string localizationSet, string culture, VersionOptions options, CancellationToken ct)
    {
        var query = db.ContentItems.AsNoTracking().Where(r => r.LocalizationSet == localizationSet && r.Culture == culture);
        query = options == VersionOptions.Published ? query.Where(r => r.Published && r.DeletedUtc == null) : query.Where(r => r.Latest && r.DeletedUtc == null);
        var record = await query.FirstOrDefaultAsync(ct);
        return record is null ? null : ContentRecordMapper.ToItem(record);
    }

    public Task<IReadOnlyList<ContentItem>> GetVariantsAsync(string localizationSet, VersionOptions options = VersionOptions.Latest, CancellationToken ct = default) =>
        options == VersionOptions.Published
            ? readCache.GetOrLoadAsync(db, "variants:" + localizationSet, (Manager: this, localizationSet, options, ct),
                static s => s.Manager.LoadVariantsAsync(s.localizationSet, s.options, s.ct), PublishedReadCache.TypesOf, PublishedReadCache.Copy)
            : LoadVariantsAsync(localizationSet, options, ct);

    private async Task<IReadOnlyList<ContentItem>> LoadVariantsAsync(string localizationSet, VersionOptions options, CancellationToken ct)
    {
        var query = db.ContentItems.AsNoTracking().Where(r => r.LocalizationSet == localizationSet && r.DeletedUtc == null);
        query = options == VersionOptions.Published ? query.Where(r => r.Published) : query.Where(r => r.Latest);
        var records = await query.OrderBy(r => r.Culture).ToListAsync(ct);
        return records.Select(ContentRecordMapper.ToItem).ToList();
    }

    /// <summary>
    /// Runs "-ing" handlers, writes in a transaction with the transactional "-ed" handlers, then runs the
    /// other "-ed" handlers once committed.
    /// </summary>
    private async Task<ContentResult> WriteAsync(
        ContentContext context,
        Func<IContentHandler, ContentContext, Task>[] before,
        Func<IContentHandler, ContentContext, Task>[] after,
        Func<Task> write)
    {
        foreach (var call in before) await Handlers.InvokeAsync(call, context);
        if (context.Errors.Count > 0) return ContentResult.Invalid(context.Errors);

        if (context.Type.Settings.Routable)
        {
            var routeError = await Routes.AssignSlugAsync(context.ContentItem, context.Type, context.CancellationToken);
            if (routeError is not null) return ContentResult.Invalid([routeError]);
        }
        else
        {
            context.ContentItem.Slug = null;
        }

        try
        {
            await Transactions.RunAsync(async _ =>
            {
                await write();
                // Outbox rows (webhooks) are written with the content: both are committed, or neither.
                foreach (var call in after) await Handlers.InvokeInTransactionAsync(call, context);
                return true;
            }, context.CancellationToken);
            ContentTracking.Forget(db);
        }
        catch (DbUpdateException)
        {
            if (!await IsConcurrentWriteAsync(context.ContentItem)) throw;
            return ContentResult.Conflict(await GetAsync(context.ContentItem.ContentItemId, VersionOptions.Latest, context.CancellationToken));
        }

        await Transactions.AfterCommit(async () =>
        {
            foreach (var call in after) await Handlers.InvokeAfterCommitAsync(call, context);
        });
        return ContentResult.Ok(context.ContentItem);
    }

    /// <summary>A unique-key failure on the version number means another save won the race.</summary>
    private async Task<bool> IsConcurrentWriteAsync(ContentItem item)
    {
        db.ChangeTracker.Clear();
        return await db.ContentItems.AsNoTracking().AnyAsync(r => r.ContentItemId == item.ContentItemId && r.Number >= item.Number);
    }

    private Task<ContentItemRecord?> LatestRecordAsync(string contentItemId, CancellationToken ct) =>
        db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Latest, ct);

    private Task<ContentItemRecord?> PublishedRecordAsync(string contentItemId, CancellationToken ct) =>
        db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published, ct);

    /// <summary>For types that keep no history: only the latest and published versions remain.</summary>
    private Task DropHistoryAsync(string contentItemId, CancellationToken ct) =>
        db.ContentItems.Where(r => r.ContentItemId == contentItemId && !r.Latest && !r.Published).ExecuteDeleteAsync(ct);
}
