using Microsoft.Data.Sqlite;
using Npgsql;

namespace AllianceCms.Tests.Integration.Infrastructure;

/// <summary>
/// A database of its own for one test host: a SQLite file in a temporary folder, or, when
/// ALLIANCE_TEST_DATABASE=postgres, a fresh database on the throwaway server the test script starts
/// (ALLIANCE_TEST_POSTGRES holds its connection string).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string folder, string provider, string? connectionString, string? name)
    {
        DataFolder = folder;
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = name;
    }

    private readonly string? _postgresName;

    public string DataFolder { get; }
    public string Provider { get; }
    public string? ConnectionString { get; }
    public bool IsPostgres => Provider == "Postgres";

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("ALLIANCE_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "alliance-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (!UsePostgres) return new TestDatabase(folder, "Sqlite", null, null);

        var server = Environment.GetEnvironmentVariable("ALLIANCE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("ALLIANCE_TEST_POSTGRES must hold the test server's connection string.");
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(folder, "Postgres", cs, name);
    }

    /// <summary>Host settings that point the site at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Database:Provider", Provider);
        yield return new("Database:DataFolder", DataFolder);
        if (ConnectionString is not null) yield return new("Database:ConnectionString", ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = Environment.GetEnvironmentVariable("ALLIANCE_TEST_POSTGRES")!;
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
