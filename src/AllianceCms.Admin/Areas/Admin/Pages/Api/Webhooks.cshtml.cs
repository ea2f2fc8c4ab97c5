using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Api.Webhooks;
using AllianceCms.Core.Security;
using AllianceCms.Core.Webhooks;
using AllianceCms.Data.Webhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Api;

/// <summary>Webhook subscriptions (the secret shown once) and the delivery log with redelivery. Administrators only.</summary>
[RequirePermission(Permission.All)]
public sealed class WebhooksModel(WebhookSubscriptions subscriptions, AdminText T) : PageModel
{
    public const int LogSize = 50;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ReceiverUrl { get; set; }
    [BindProperty] public List<string> Events { get; set; } = [];
    [BindProperty] public string? OtherEvents { get; set; }
    [BindProperty] public int? SubscriptionId { get; set; }
    [BindProperty] public long? DeliveryId { get; set; }

    public IReadOnlyList<WebhookSubscriptionRecord> Subscriptions { get; private set; } = [];
    public IReadOnlyList<WebhookDeliveryRecord> Deliveries { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);
    public WebhookSubscriptionRecord? Created { get; private set; }
    public string? Message { get; private set; }

    /// <summary>The events offered as checkboxes; modules' events are typed in "other events".</summary>
    public static IReadOnlyList<string> KnownEvents { get; } = [.. WebhookEventNames.Content, "*"];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var name = Name?.Trim() ?? "";
        if (name.Length is 0 or > 100) Errors[nameof(Name)] = T["WebhookNameRequired"];
        if (!Uri.TryCreate(ReceiverUrl?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.ToString().Length > 2000)
            Errors[nameof(ReceiverUrl)] = T["WebhookBadUrl"];
        var events = Events.Concat((OtherEvents ?? "").Split([' ', ',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        if (events.Count == 0) Errors[nameof(Events)] = T["WebhookNoEvents"];
        else if (events.FirstOrDefault(e => e != "*" && !WebhookOutbox.EventNamePattern().IsMatch(e)) is { } bad) Errors[nameof(Events)] = T["WebhookBadEvent", bad];
        if (Errors.Count == 0)
        {
            Created = await subscriptions.CreateAsync(name, url!.ToString(), events, ct);
            Message = T["WebhookCreated", name];
            (Name, ReceiverUrl, Events, OtherEvents) = (null, null, [], null);
            ModelState.Clear();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostToggleAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var subscription = Subscriptions.FirstOrDefault(s => s.Id == SubscriptionId);
        if (subscription is null) Errors[""] = T["WebhookGone"];
        else
        {
            await subscriptions.SetEnabledAsync(subscription.Id, !subscription.Enabled, ct);
            Message = T[subscription.Enabled ? "WebhookDisabled" : "WebhookEnabled", subscription.Name];
            await LoadAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var subscription = Subscriptions.FirstOrDefault(s => s.Id == SubscriptionId);
        if (subscription is null) Errors[""] = T["WebhookGone"];
        else
        {
            await subscriptions.DeleteAsync(subscription.Id, ct);
            Message = T["WebhookDeleted", subscription.Name];
            await LoadAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRedeliverAsync(CancellationToken ct)
    {
        if (DeliveryId is { } id && await subscriptions.RedeliverAsync(id, ct)) Message = T["WebhookRedelivering"];
        else Errors[""] = T["WebhookDeliveryGone"];
        await LoadAsync(ct);
        return Page();
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    public string NameOf(int subscriptionId) => Subscriptions.FirstOrDefault(s => s.Id == subscriptionId)?.Name ?? subscriptionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken ct)
    {
        Subscriptions = await subscriptions.ListAsync(ct);
        Deliveries = await subscriptions.RecentDeliveriesAsync(LogSize, ct);
    }
}
