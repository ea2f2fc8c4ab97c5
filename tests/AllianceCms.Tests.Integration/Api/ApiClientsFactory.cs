using AllianceCms.Api.Clients;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>The Alliance site on its own database, for tests of API clients and webhooks: tokens over plain HTTP (the test server has no TLS).</summary>
public sealed class ApiClientsFactory : CmsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:Clients:RequireHttps", "false");
        // Webhook tests send the outbox themselves, with the test clock: the background loop stays out of their way.
        builder.UseSetting("Api:Webhooks:IntervalSeconds", "86400");
        // After every other handler: a failure inside the transaction, once the content and its outbox rows are written.
        builder.ConfigureTestServices(services => services.AddScoped<IContentHandler, FailingTransactionalHandler>());
    }
}

/// <summary>Fails inside the content transaction for items titled with <see cref="Marker"/>, as a crash after the write would.</summary>
public sealed class FailingTransactionalHandler : ITransactionalContentHandler
{
    public const string Marker = "Fail-in-transaction";

    public Task PublishedAsync(ContentContext context) =>
        context.ContentItem.DisplayText?.StartsWith(Marker, StringComparison.Ordinal) == true
            ? throw new InvalidOperationException("The handler failed after the write.")
            : Task.CompletedTask;
}

[CollectionDefinition("api-clients")]
public sealed class ApiClientsCollection : ICollectionFixture<ApiClientsFactory>;
