namespace AllianceCms.Data.Audit;

/// <summary>A row of the audit trail; never updated once written.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTime OccurredUtc { get; set; }
    public string ActorKind { get; set; } = "";
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string Category { get; set; } = "";
    public string Action { get; set; } = "";
    public string? SubjectType { get; set; }
    public string? SubjectId { get; set; }
    public string? SubjectTitle { get; set; }
    public string? Summary { get; set; }
    public string? Details { get; set; }
}
