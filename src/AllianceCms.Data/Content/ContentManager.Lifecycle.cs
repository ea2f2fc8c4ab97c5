using AllianceCms.Core.Content;
using AllianceCms.Core.Validation;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

// Publishing, scheduling, deleting and restoring: operations that move flags between versions.
public sealed partial class ContentManager
{
    public async Task<ContentResult> PublishAsync(string contentItemId, CancellationToken ct = default)
    {
        var latest = await LatestRecordAsync(contentItemId, ct);
        if (latest is null || latest.DeletedUtc is not null) return ContentResult.NotFound();
        if (latest.Published) return ContentResult.Ok(ContentRecordMapper.ToItem(latest));

        var type = (await definitions.GetSnapshotAsync(ct)).Get(latest.ContentType);
        var item = ContentRecordMapper.ToItem(latest);
        var errors = await Validator.ValidateAsync(item, type, ct);
        if (errors.Count > 0) return ContentResult.Invalid(errors);

        var published = await PublishedRecordAsync(contentItemId, ct);
        item.Published = true;
        item.PublishedUtc = latest.PublishedUtc ?? Now;
        item.PublishAtUtc = null;
        var context = new ContentContext(item, type, ct) { PreviousPublished = published is null ? null : ContentRecordMapper.ToItem(published) };
        return await WriteAsync(context, [(h, c) => h.PublishingAsync(c)], [(h, c) => h.PublishedAsync(c)], async () =>
        {
            if (published is not null) published.Published = false;
            latest.Published = true;
            latest.PublishedUtc = item.PublishedUtc;
            latest.PublishAtUtc = null;
            await db.SaveChangesAsync(ct);
            if (published is not null) await IndexWriter.PruneAsync([published], ct);
        });
    }

    public async Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken ct = default)
    {
        var published = await PublishedRecordAsync(contentItemId, ct);
        if (published is null)
        {
            var latest = await LatestRecordAsync(contentItemId, ct);
            return latest is null || latest.DeletedUtc is not null ? ContentResult.NotFound() : ContentResult.Ok(ContentRecordMapper.ToItem(latest));
        }
        var type = (await definitions.GetSnapshotAsync(ct)).Get(published.ContentType);
        var item = ContentRecordMapper.ToItem(published);
        var context = new ContentContext(item, type, ct) { PreviousPublished = ContentRecordMapper.ToItem(published) };
        item.Published = false;
        return await WriteAsync(context, [(h, c) => h.UnpublishingAsync(c)], [(h, c) => h.UnpublishedAsync(c)], async () =>
        {
            published.Published = false;
            await db.ContentItems.Where(r => r.ContentItemId == contentItemId && r.Latest)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.UnpublishAtUtc, (DateTime?)null), ct);
            await db.SaveChangesAsync(ct);
            await IndexWriter.PruneAsync([published], ct);
        });
    }

    public async Task<ContentResult> ScheduleAsync(string contentItemId, DateTime? publishAtUtc, DateTime? unpublishAtUtc, CancellationToken ct = default)
    {
        var latest = await LatestRecordAsync(contentItemId, ct);
        if (latest is null || latest.DeletedUtc is not null) return ContentResult.NotFound();
        latest.PublishAtUtc = publishAtUtc?.ToUniversalTime();
        latest.UnpublishAtUtc = unpublishAtUtc?.ToUniversalTime();
        await db.SaveChangesAsync(ct);
        return ContentResult.Ok(ContentRecordMapper.ToItem(latest));
    }

    public async Task<int> RunSchedulesAsync(CancellationToken ct = default)
    {
        var now = Now;
        var due = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && r.DeletedUtc == null && ((r.PublishAtUtc != null && r.PublishAtUtc <= now) || (r.UnpublishAtUtc != null && r.UnpublishAtUtc <= now)))
            .Select(r => new { r.ContentItemId, r.PublishAtUtc, r.UnpublishAtUtc })
            .Take(500)
            .ToListAsync(ct);
        var done = 0;
        foreach (var item in due)
        {
            // Each action is idempotent, so two nodes running the same schedule publish once.
            if (item.PublishAtUtc <= now && (await PublishAsync(item.ContentItemId, ct)).Succeeded) done++;
            if (item.UnpublishAtUtc <= now && (await UnpublishAsync(item.ContentItemId, ct)).Succeeded) done++;
        }
        return done;
    }

    public async Task<ContentResult> DeleteAsync(string contentItemId, CancellationToken ct = default)
    {
        var latest = await LatestRecordAsync(contentItemId, ct);
        if (latest is null || latest.DeletedUtc is not null) return ContentResult.NotFound();
        var published = await PublishedRecordAsync(contentItemId, ct);
        var type = (await definitions.GetSnapshotAsync(ct)).Get(latest.ContentType);
        var item = ContentRecordMapper.ToItem(latest);
        item.DeletedUtc = Now;
        item.Published = false;
        var context = new ContentContext(item, type, ct) { PreviousPublished = published is null ? null : ContentRecordMapper.ToItem(published) };
        return await WriteAsync(context, [(h, c) => h.DeletingAsync(c)], [(h, c) => h.DeletedAsync(c)], async () =>
        {
            latest.DeletedUtc = item.DeletedUtc;
            latest.Published = false;
            latest.PublishAtUtc = null;
            latest.UnpublishAtUtc = null;
            if (published is not null) published.Published = false;
            await db.SaveChangesAsync(ct);
            if (published is not null) await IndexWriter.PruneAsync([published], ct);
            References.Forget(contentItemId);
        });
    }

    public async Task<ContentResult> RestoreAsync(string contentItemId, CancellationToken ct = default)
    {
        var latest = await LatestRecordAsync(contentItemId, ct);
        if (latest is null || latest.DeletedUtc is null) return ContentResult.NotFound();
        var type = (await definitions.GetSnapshotAsync(ct)).Get(latest.ContentType);
        var item = ContentRecordMapper.ToItem(latest);
        item.DeletedUtc = null;
        var context = new ContentContext(item, type, ct);
        // The slug may have been taken meanwhile: a restored item then gets a fresh one.
        if (item.Slug is not null && await Routes.AssignSlugAsync(item, type, ct) is not null) item.Slug = null;
        return await WriteAsync(context, [(h, c) => h.RestoringAsync(c)], [(h, c) => h.RestoredAsync(c)], async () =>
        {
            latest.DeletedUtc = null;
            latest.Slug = item.Slug;
            await Routes.StageRouteAsync(item, ct);
            await db.SaveChangesAsync(ct);
        });
    }

    public async Task<ContentResult> CloneAsync(string contentItemId, CancellationToken ct = default)
    {
        var source = await GetAsync(contentItemId, VersionOptions.Latest, ct);
        if (source is null || source.IsDeleted) return ContentResult.NotFound();
        var copy = Fresh(source);
        copy.ContentItemId = ContentIds.New();
        copy.LocalizationSet = copy.ContentItemId;
        copy.DisplayText = $"{source.DisplayText} ({Messages.Get("Copy")})";
        return await CreateAsync(copy, publish: false, ct);
    }

    public async Task<ContentResult> LocalizeAsync(string contentItemId, string culture, CancellationToken ct = default)
    {
        var source = await GetAsync(contentItemId, VersionOptions.Latest, ct);
        if (source is null || source.IsDeleted) return ContentResult.NotFound();
        var type = (await definitions.GetSnapshotAsync(ct)).Get(source.ContentType);
        if (!type.Settings.Localizable)
            return ContentResult.Invalid([new ContentError("Culture", "NotLocalizable", Messages.Get("NotLocalizable"))]);
        if (!cultures.Value.IsSupported(culture))
            return ContentResult.Invalid([new ContentError("Culture", "UnsupportedCulture", Messages.Format("UnsupportedCulture", culture))]);
        var variant = Fresh(source);
        variant.ContentItemId = ContentIds.New();
        variant.Culture = culture.ToLowerInvariant();
        return await CreateAsync(variant, publish: false, ct);
    }

    public async Task<ContentResult> RestoreVersionAsync(string contentItemVersionId, CancellationToken ct = default)
    {
        var version = await GetVersionAsync(contentItemVersionId, ct);
        if (version is null) return ContentResult.NotFound();
        var latest = await GetAsync(version.ContentItemId, VersionOptions.Latest, ct);
        if (latest is null || latest.IsDeleted) return ContentResult.NotFound();
        version.ContentItemVersionId = latest.ContentItemVersionId;
        return await SaveAsync(version, publish: false, ct);
    }

    /// <summary>A copy of an item's content to be stored as a new item: no ids, flags, slug or dates.</summary>
    private static ContentItem Fresh(ContentItem source)
    {
        var copy = source.Clone();
        copy.ContentItemVersionId = "";
        copy.Number = 0;
        copy.Slug = null;
        copy.Latest = copy.Published = false;
        copy.CreatedUtc = default;
        copy.PublishedUtc = copy.PublishAtUtc = copy.UnpublishAtUtc = copy.DeletedUtc = null;
        return copy;
    }
}
