namespace AllianceCms.Data.Entities;

/// <summary>The current definition of a type or part ("type"/"part"), as JSON.</summary>
public sealed class ContentDefinitionRecord
{
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public string Json { get; set; } = "";
    public DateTime ModifiedUtc { get; set; }
}

/// <summary>Every version a definition has had, for history and audit.</summary>
public sealed class ContentDefinitionHistoryRecord
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public string Json { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

/// <summary>The last migration step a module has applied.</summary>
public sealed class ModuleMigrationRecord
{
    public string ModuleId { get; set; } = "";
    public int Step { get; set; }
    public DateTime AppliedUtc { get; set; }
}

/// <summary>A named site-wide JSON document (settings and the like).</summary>
public sealed class DocumentRecord
{
    public string Name { get; set; } = "";
    public string Json { get; set; } = "";
    public int Version { get; set; }
    public DateTime ModifiedUtc { get; set; }
}
