using System.Text.Json.Nodes;

namespace AllianceCms.Core.Webhooks;

/// <summary>
/// Tells subscribed systems that something happened. Raising an event stores one delivery per
/// matching subscription in an outbox; a background loop posts them, signed, with retries. The
/// CMS raises the content events; modules raise their own (e.g. "join-application.submitted").
/// </summary>
public interface IWebhookEvents
{
    /// <param name="eventName">Lower-case words with dots and dashes, e.g. "content.published".</param>
    /// <param name="data">What receivers get under "data": ids and a few fields, never secrets.</param>
    Task RaiseAsync(string eventName, JsonObject data, CancellationToken ct = default);
}

/// <summary>The events the CMS itself raises.</summary>
public static class WebhookEventNames
{
    public const string ContentPublished = "content.published";
    public const string ContentUnpublished = "content.unpublished";
    public const string ContentDeleted = "content.deleted";

    public static IReadOnlyList<string> Content { get; } = [ContentPublished, ContentUnpublished, ContentDeleted];
}
