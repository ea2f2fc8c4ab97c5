using AllianceCms.Data;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Commands;

/// <summary>
/// <c>backup</c> while the site runs, then <c>restore</c> into a new database. The running site is the
/// shared Alliance site: it keeps its connections open, so what it wrote last may be only in SQLite's
/// write-ahead log, which a plain copy of the database file would miss.
/// </summary>
[Collection("site")]
public sealed class BackupRestoreTests(SiteFactory site)
{
    [BackupToolsFact]
    public async Task A_backup_taken_while_the_site_runs_restores_into_a_new_database_with_the_same_content()
    {
        var file = Path.Combine(site.Database.DataFolder, $"backup-{Guid.NewGuid():N}.{(site.Database.IsPostgres ? "dump" : "db")}");

        var backup = await CliHost.RunAsync(site.Database, ["backup", file]).SucceedsAsync();
        Assert.Contains(file, backup.Output);
        Assert.True(new FileInfo(file).Length > 0);

        await using var target = await TestDatabase.CreateAsync();
        await CliHost.RunAsync(target, ["restore", file]).SucceedsAsync();

        await using var restored = SiteServices.For(target);
        StoredSite expected;
        await using (var scope = site.Scope()) expected = await StoredSite.ReadAsync(scope.ServiceProvider);
        var actual = await restored.WithScopeAsync(StoredSite.ReadAsync);
        Assert.True(actual.Published.Count >= 250, $"{actual.Published.Count} published items restored");
        StoredSite.AssertSame(expected, actual, sameHistory: true);
    }

    [SqliteFact]
    public async Task Restoring_a_file_that_is_not_a_backup_fails_with_one_line_and_leaves_the_database_alone()
    {
        var notABackup = Path.Combine(site.Database.DataFolder, $"not-a-backup-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(notABackup, "hello");
        await using var target = await TestDatabase.CreateAsync();
        await using var services = SiteServices.For(target);
        await services.WithScopeAsync(async sp => { await sp.GetRequiredService<ModuleMigrator>().MigrateAsync(); return true; });
        var before = await services.WithScopeAsync(StoredSite.ReadAsync);

        var run = await CliHost.RunAsync(target, ["restore", notABackup]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(notABackup, Assert.Single(run.ErrorLines));
        var after = await services.WithScopeAsync(StoredSite.ReadAsync);
        Assert.NotEmpty(after.Definitions);
        StoredSite.AssertSame(before, after, sameHistory: true);
    }
}

/// <summary>A fact that runs on SQLite, and on PostgreSQL only when pg_dump and pg_restore are on the PATH.</summary>
public sealed class BackupToolsFactAttribute : FactAttribute
{
    public BackupToolsFactAttribute()
    {
        if (TestDatabase.UsePostgres && !(OnPath("pg_dump") && OnPath("pg_restore")))
            Skip = "pg_dump and pg_restore are not on the PATH.";
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));
}

/// <summary>A fact about SQLite files only (PostgreSQL backups are pg_restore's business).</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.UsePostgres) Skip = "About the SQLite backup file only.";
    }
}
