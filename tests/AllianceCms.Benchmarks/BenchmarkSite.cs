using AllianceCms.Admin;
using AllianceCms.Api;
using AllianceCms.Core;
using AllianceCms.Data;
using AllianceCms.Display;
using AllianceCms.Web;
using AllianceCms.Workflows;
using AllianceCms.Web.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AllianceCms.Benchmarks;

/// <summary>
/// The site's services composed as Program.cs composes them (core, data, API, display, admin,
/// workflows, the Alliance modules, setup), so that every content handler the site has runs here too,
/// without the web host, on a database of its own: a SQLite file in a temporary folder or a fresh
/// PostgreSQL database on the server named by ALLIANCE_TEST_POSTGRES.
/// </summary>
public sealed class BenchmarkSite : IAsyncDisposable
{
    private readonly string? _postgresServer;
    private readonly string? _postgresName;
    private readonly bool _keepFolder;

    private BenchmarkSite(string provider, string dataFolder, string? connectionString, string? server, string? name, string contentRoot, bool keepFolder = false)
    {
        _keepFolder = keepFolder;
        Provider = provider;
        DataFolder = dataFolder;
        ConnectionString = connectionString;
        _postgresServer = server;
        _postgresName = name;
        Plans = new QueryPlanCapture(provider);

        // The built site's own settings first, as its process reads them, then this site's database.
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(contentRoot, "appsettings.json"), optional: false)
            .AddInMemoryCollection(Settings()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true));
        services.AddCmsCore(configuration, AllianceModules.All());
        services.AddCmsData(configuration, dataFolder);
        services.AddCmsApi(configuration);
        services.AddCmsDisplay(configuration, contentRoot);
        services.AddCmsAdmin();
        services.AddCmsWorkflows();
        services.AddOptions<SetupOptions>().Bind(configuration.GetSection(SetupOptions.Section));
        services.AddScoped<SiteSetup>();
        // Sees the SQL the content services send, to show its query plan.
        if (provider == "Postgres") services.ConfigureDbContext<PostgresCmsDbContext>(o => o.AddInterceptors(Plans));
        else services.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(Plans));
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public string Provider { get; }
    public string DataFolder { get; }
    public string? ConnectionString { get; }
    public ServiceProvider Services { get; }
    public QueryPlanCapture Plans { get; }

    /// <param name="contentRoot">The built site's folder (beside AllianceCms.Web.dll): its settings and themes.</param>
    public static async Task<BenchmarkSite> CreateAsync(string provider, string label, string contentRoot)
    {
        var folder = Path.Combine(Path.GetTempPath(), "alliance-bench", $"{label}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (provider != "Postgres") return new BenchmarkSite("Sqlite", folder, null, null, null, contentRoot);

        var server = Environment.GetEnvironmentVariable("ALLIANCE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("ALLIANCE_TEST_POSTGRES must hold the PostgreSQL server's connection string (source scripts/postgres.sh; pg_start).");
        var name = $"bench_{label}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new BenchmarkSite("Postgres", folder, cs, server, name, contentRoot);
    }

    /// <summary>A SQLite site in a data folder of the caller's (created if missing), which is kept when this is disposed.</summary>
    public static BenchmarkSite OpenFolder(string dataFolder, string contentRoot)
    {
        Directory.CreateDirectory(dataFolder);
        return new BenchmarkSite("Sqlite", Path.GetFullPath(dataFolder), null, null, null, contentRoot, keepFolder: true);
    }

    /// <summary>The settings of this site, also handed to the web process as environment variables.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Database:Provider", Provider);
        yield return new("Database:DataFolder", DataFolder);
        if (ConnectionString is not null) yield return new("Database:ConnectionString", ConnectionString);
        yield return new("Setup:Recipe", Path.Combine(RepositoryRoot.Path, "recipes", "alliance.recipe.json"));
        yield return new("Setup:AdminPassword", "Benchmark-Admin-Password-1");
        yield return new("Setup:AdminEmail", "admin@example.org");
        yield return new("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Migrates and sets the site up from the Alliance recipe, as the first start does.</summary>
    public async Task SetUpAsync(CancellationToken ct)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ModuleMigrator>().MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<SiteSetup>().EnsureSetUpAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        if (_keepFolder) return;
        if (Environment.GetEnvironmentVariable("ALLIANCE_BENCH_KEEP") == "1") { Console.WriteLine($"Kept {DataFolder}"); return; }
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The repository root, found from the working directory or the program's folder.</summary>
public static class RepositoryRoot
{
    public static readonly string Path = Find();

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "AllianceCms.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
