using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Webhooks;

namespace AllianceCms.Api.Webhooks;

/// <summary>
/// Raises content.published, content.unpublished and content.deleted in the change's own transaction:
/// the outbox rows are committed with the content, so no event is lost if the process stops between the
/// two, and none is sent for a change that was rolled back.
/// </summary>
public sealed class WebhookContentHandler(IWebhookEvents events) : ITransactionalContentHandler
{
    public Task PublishedAsync(ContentContext context) => RaiseAsync(WebhookEventNames.ContentPublished, context);
    public Task UnpublishedAsync(ContentContext context) => RaiseAsync(WebhookEventNames.ContentUnpublished, context);
    public Task DeletedAsync(ContentContext context) => RaiseAsync(WebhookEventNames.ContentDeleted, context);

    private Task RaiseAsync(string name, ContentContext context)
    {
        var item = context.ContentItem;
        // Private types hold personal data: receivers learn that such an item changed, not what it says.
        var data = new JsonObject
        {
            ["id"] = item.ContentItemId,
            ["type"] = item.ContentType,
            ["culture"] = item.Culture,
            ["localizationSet"] = item.LocalizationSet,
            ["version"] = item.ContentItemVersionId,
        };
        if (!context.Type.Settings.Private)
        {
            data["displayText"] = item.DisplayText;
            data["slug"] = item.Slug;
        }
        return events.RaiseAsync(name, data, context.CancellationToken);
    }
}
