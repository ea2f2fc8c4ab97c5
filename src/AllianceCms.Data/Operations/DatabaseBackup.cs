using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AllianceCms.Data.Operations;

/// <summary>
/// Backs the database up to a file and restores it. SQLite: <c>VACUUM INTO</c>, a consistent copy
/// even while the site runs. PostgreSQL: <c>pg_dump</c>/<c>pg_restore</c> in their custom format.
/// </summary>
public sealed class DatabaseBackup(CmsDbContext db, IOptions<DatabaseOptions> options)
{
    public async Task BackupAsync(string file, CancellationToken ct = default)
    {
        file = Path.GetFullPath(file);
        if (File.Exists(file)) throw new IOException($"{file} exists already; choose a new file name.");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (options.Value.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [file], ct);
        else
            await RunAsync("pg_dump", ["--format=custom", "--no-owner", $"--file={file}"], ct);
    }

    /// <summary>Replaces the database with a backup. Run it with the site stopped.</summary>
    public async Task RestoreAsync(string file, CancellationToken ct = default)
    {
        file = Path.GetFullPath(file);
        if (!File.Exists(file)) throw new FileNotFoundException($"No backup at {file}.");
        if (options.Value.Provider == DatabaseProvider.Postgres)
        {
            await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", file], ct);
            return;
        }

        await CheckSqliteFileAsync(file, ct);
        var target = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        await db.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        var staging = target + ".restoring";
        File.Copy(file, staging, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(target + suffix);
        File.Move(staging, target, overwrite: true);
    }

    private static async Task CheckSqliteFileAsync(string file, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var result = (string?)await command.ExecuteScalarAsync(ct);
            if (result != "ok") throw new InvalidDataException($"{file} failed the integrity check: {result}");
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ContentItems'";
            if ((long)(await command.ExecuteScalarAsync(ct))! == 0) throw new InvalidDataException($"{file} is not a backup of this site.");
        }
        catch (SqliteException e)
        {
            throw new InvalidDataException($"{file} is not a SQLite database: {e.Message}");
        }
    }

    /// <summary>Runs a PostgreSQL client tool against the configured database, passing the password by environment.</summary>
    private async Task RunAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.ArgumentList.Add($"--host={cs.Host}");
        start.ArgumentList.Add($"--port={cs.Port}");
        start.ArgumentList.Add($"--username={cs.Username}");
        start.ArgumentList.Add($"--dbname={cs.Database}");
        if (cs.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started.");
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Trim()}");
    }
}
