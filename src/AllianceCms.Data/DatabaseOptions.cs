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
}
