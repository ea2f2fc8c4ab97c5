namespace AllianceCms.Core.Audit;

/// <summary>
/// The record of who did what and when: content changes, sign-ins, users, roles and settings.
/// Entries are only ever added; the admin reads them with filters.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Adds an entry now, as the current principal (or the event's own actor, or "system").</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default);

    /// <summary>One page of the entries matching the query, newest first, with how many match in all.</summary>
    Task<AuditPage> QueryAsync(AuditQuery query, int skip, int take, CancellationToken ct = default);

    /// <summary>Every entry matching the query, newest first, read in batches (for exports).</summary>
    IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, CancellationToken ct = default);
}

/// <summary>Filters of the audit trail; null or empty means "any".</summary>
public sealed record AuditQuery
{
    /// <summary>Part of the actor's name, or their exact id.</summary>
    public string? Actor { get; init; }
    public string? Category { get; init; }
    public string? Action { get; init; }

    /// <summary>Part of the subject's title, or its exact id.</summary>
    public string? Subject { get; init; }
    public string? SubjectType { get; init; }
    public DateTime? FromUtc { get; init; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTime? ToUtc { get; init; }
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);

/// <summary>Who the current operation runs as; the host knows (an HTTP request's principal), the core does not.</summary>
public interface IAuditActorAccessor
{
    AuditActor Current { get; }
}
