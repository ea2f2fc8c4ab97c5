using AllianceCms.Core.Content;
using AllianceCms.Core.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Api.Webhooks;

internal static class WebhooksRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // Scoped: it joins the caller's transaction.
        services.AddScoped<IWebhookEvents, WebhookOutbox>();
        services.AddScoped<IContentHandler, WebhookContentHandler>();
        services.AddScoped<WebhookSender>();
        services.AddScoped<WebhookSubscriptions>();
        services.AddHostedService<WebhookDeliveryService>();
        // Receivers are told where to send by administrators; a redirect could lead the request elsewhere, so none are followed.
        services.AddHttpClient(WebhookSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        return services;
    }
}
