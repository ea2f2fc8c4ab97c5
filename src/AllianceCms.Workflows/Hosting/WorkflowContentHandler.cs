using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Workflows.Activities.BuiltIn;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Hosting;

/// <summary>Turns content events into workflow events ("content.published" with the item's id, type and culture).</summary>
public sealed class WorkflowContentHandler(WorkflowEngine engine) : IContentHandler
{
    public Task CreatedAsync(ContentContext context) => TriggerAsync("created", context);
    public Task UpdatedAsync(ContentContext context) => TriggerAsync("updated", context);
    public Task PublishedAsync(ContentContext context) => TriggerAsync("published", context);
    public Task UnpublishedAsync(ContentContext context) => TriggerAsync("unpublished", context);
    public Task DeletedAsync(ContentContext context) => TriggerAsync("deleted", context);

    private Task TriggerAsync(string what, ContentContext context)
    {
        var item = context.ContentItem;
        var input = new JsonObject
        {
            ["contentItemId"] = item.ContentItemId,
            ["contentType"] = item.ContentType,
            ["culture"] = item.Culture,
            ["localizationSet"] = item.LocalizationSet,
            ["displayText"] = item.DisplayText,
        };
        return engine.TriggerAsync(ContentEvent.Prefix + what, input, key: item.ContentItemId, correlationId: item.ContentItemId, ct: context.CancellationToken);
    }
}
