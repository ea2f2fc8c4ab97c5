using AllianceCms.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Operations;

/// <summary>The pragmas are set once per pooled connection; every later open must still have them.</summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"pragmas-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_open_of_a_pooled_connection_keeps_wal_normal_sync_and_the_busy_timeout()
    {
        var options = new DbContextOptionsBuilder<Probe>().UseSqlite($"Data Source={file}").AddInterceptors(new SqlitePragmas()).Options;
        for (var open = 0; open < 3; open++)
        {
            await using var db = new Probe(options);
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode"));
            Assert.Equal("1", await Scalar(connection, "PRAGMA synchronous")); // NORMAL
            Assert.Equal("30000", await Scalar(connection, "PRAGMA busy_timeout"));
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
    }

    private sealed class Probe(DbContextOptions<Probe> options) : DbContext(options);
}
