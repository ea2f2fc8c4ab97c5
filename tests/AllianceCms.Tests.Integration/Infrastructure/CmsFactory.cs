using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceCms.Tests.Integration.Infrastructure;

/// <summary>
/// The real site in memory on its own database, set up from a recipe on first start like a new
/// installation. Subclasses choose the recipe.
/// </summary>
public class CmsFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Test-Admin-Password-1";

    public TestDatabase Database { get; private set; } = null!;
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    protected virtual string Recipe => "alliance";

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Start();
    }

    /// <summary>Starts the host (migrations and setup run now); in memory unless overridden.</summary>
    protected virtual void Start() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.Settings()) builder.UseSetting(key, value);
        builder.UseSetting("Setup:Recipe", Recipe);
        builder.UseSetting("Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Setup:AdminEmail", "admin@example.org");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Runs work with a fresh scope's content manager and query service.</summary>
    public async Task<T> WithContentAsync<T>(Func<IContentManager, IContentQueryService, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider.GetRequiredService<IContentManager>(), scope.ServiceProvider.GetRequiredService<IContentQueryService>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>The Alliance site with its seed content, shared by the tests of the "site" collection.</summary>
public sealed class SiteFactory : CmsFactory;

/// <summary>A site with the modules' types and roles but no content.</summary>
public sealed class BlankSiteFactory : CmsFactory
{
    protected override string Recipe => "blank";
}

[CollectionDefinition("site")]
public sealed class SiteCollection : ICollectionFixture<SiteFactory>;

[CollectionDefinition("blank")]
public sealed class BlankSiteCollection : ICollectionFixture<BlankSiteFactory>;
