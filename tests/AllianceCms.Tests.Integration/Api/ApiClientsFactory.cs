using AllianceCms.Api.Clients;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

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
    }
}

[CollectionDefinition("api-clients")]
public sealed class ApiClientsCollection : ICollectionFixture<ApiClientsFactory>;
