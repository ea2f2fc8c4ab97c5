using System.ComponentModel.DataAnnotations;

namespace AllianceCms.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Where content is stored: "Database" in appsettings.json or Database__* environment variables.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite, overrides the file in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file, media and private uploads; relative paths are under the content root.</summary>
    [Required] public string DataFolder { get; set; } = "App_Data";

    public string SqliteFileName { get; set; } = "alliance.db";

    /// <summary>
    /// How many published reads (items, query pages, routes, documents) are kept in memory; 0 turns
    /// the read cache off. It follows this process's own writes only: use 0 when several nodes share
    /// one database.
    /// </summary>
    [Range(0, 10_000_000)] public int ReadCacheEntries { get; set; } = 50_000;

    /// <summary>
    /// An upper bound on how long a cached read is kept even when nothing changed. Zero keeps nothing (the
    /// read cache is off); a negative age is refused at start.
    /// </summary>
    public TimeSpan ReadCacheMaxAge { get; set; } = TimeSpan.FromMinutes(30);
}
