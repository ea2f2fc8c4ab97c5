using AllianceCms.Core.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Core.Audit;

/// <summary>
/// Records every content operation, whoever made it (admin, API, workflow), once it is committed.
/// An update's entry lists the fields that changed against the version it replaced.
/// </summary>
public sealed class AuditContentHandler(IAuditTrail trail, IServiceProvider services, ILogger<AuditContentHandler> logger) : IContentHandler
{
    // The version an update replaces, read before the write (it may be pruned by then), by new version id.
    private readonly Dictionary<string, ContentItem?> _replaced = new(StringComparer.Ordinal);

    // The content manager is resolved when needed: it is the one calling this handler.
    public async Task UpdatingAsync(ContentContext context) =>
        _replaced[context.ContentItem.ContentItemVersionId] = await services.GetRequiredService<IContentManager>()
            .GetAsync(context.ContentItem.ContentItemId, VersionOptions.Latest, context.CancellationToken);

    public Task CreatedAsync(ContentContext context) => RecordAsync(context, AuditActions.Created);

    public Task UpdatedAsync(ContentContext context)
    {
        _replaced.Remove(context.ContentItem.ContentItemVersionId, out var before);
        var changes = ContentChanges.Compare(before, context.ContentItem);
        var details = new System.Text.Json.Nodes.JsonObject
        {
            ["version"] = context.ContentItem.Number,
            ["changes"] = ContentChanges.ToJson(changes),
        };
        var summary = changes.Count == 0 ? null : string.Join(", ", changes.Select(c => c.Field));
        return RecordAsync(context, AuditActions.Updated, summary, details);
    }

    public Task PublishedAsync(ContentContext context) => RecordAsync(context, AuditActions.Published);
    public Task UnpublishedAsync(ContentContext context) => RecordAsync(context, AuditActions.Unpublished);
    public Task DeletedAsync(ContentContext context) => RecordAsync(context, AuditActions.Deleted);
    public Task RestoredAsync(ContentContext context) => RecordAsync(context, AuditActions.Restored);

    private async Task RecordAsync(ContentContext context, string action, string? summary = null, System.Text.Json.Nodes.JsonObject? details = null)
    {
        var item = context.ContentItem;
        details ??= new System.Text.Json.Nodes.JsonObject { ["version"] = item.Number };
        details["culture"] = item.Culture;
        details["versionId"] = item.ContentItemVersionId;
        try
        {
            await trail.RecordAsync(new AuditEvent(AuditCategories.Content, action)
            {
                SubjectType = item.ContentType,
                SubjectId = item.ContentItemId,
                SubjectTitle = item.DisplayText,
                Summary = summary,
                Details = details,
            }, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The operation is committed already: a failed audit write is logged loudly, not turned into an error page.
            logger.LogError(e, "Could not record {Action} of content item {ContentItemId} in the audit trail", action, item.ContentItemId);
        }
    }
}
