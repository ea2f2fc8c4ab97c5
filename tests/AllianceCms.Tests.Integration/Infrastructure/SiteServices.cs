using AllianceCms.Core;
using AllianceCms.Core.Modules;
using AllianceCms.Data;
using AllianceCms.Web;
using AllianceCms.Workflows;
using Microsoft.Extensions.Configuration;

namespace AllianceCms.Tests.Integration.Infrastructure;

/// <summary>
/// The CMS services over a test database without a web host, composed as Program.cs does it: to
/// look at (or change) a database that the command-line tests run the built host against.
/// </summary>
public sealed class SiteServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private SiteServices(ServiceProvider provider) => _provider = provider;

    public IServiceProvider Services => _provider;

    /// <summary>The services of the Alliance site (or of the given modules) on <paramref name="database"/>.</summary>
    public static SiteServices For(TestDatabase database, IEnumerable<IModule>? modules = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        // Another process (the command under test) writes this database, so reads must not be kept in memory.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings())
            .AddInMemoryCollection([new("Database:ReadCacheEntries", "0")]).AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCmsCore(configuration, modules ?? AllianceModules.All());
        services.AddCmsData(configuration, database.DataFolder);
        services.AddCmsWorkflows(); // recipes carry workflow definitions ("Workflows" step)
        return new SiteServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    public AsyncServiceScope Scope() => _provider.CreateAsyncScope();

    /// <summary>Runs work in a fresh scope.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
