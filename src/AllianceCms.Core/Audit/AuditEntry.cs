using System.Text.Json.Nodes;

namespace AllianceCms.Core.Audit;

/// <summary>Who did something: a signed-in user, an API client, or the system itself (setup, timers).</summary>
public sealed record AuditActor(string Kind, string? Id, string Name)
{
    public const string UserKind = "user";
    public const string ClientKind = "client";
    public const string SystemKind = "system";
    public const string AnonymousKind = "anonymous";

    public static AuditActor System { get; } = new(SystemKind, null, "system");

    public static AuditActor User(string id, string name) => new(UserKind, id, name);
}

/// <summary>What happened, as the code that did it reports it; the trail adds the time and (unless given) the actor.</summary>
public sealed record AuditEvent(string Category, string Action)
{
    public string? SubjectType { get; init; }
    public string? SubjectId { get; init; }
    public string? SubjectTitle { get; init; }
    public string? Summary { get; init; }

    /// <summary>Structured details (a content diff, the roles before and after…), stored as JSON.</summary>
    public JsonNode? Details { get; init; }

    /// <summary>Set when the actor is not the current principal (e.g. the user who just signed in).</summary>
    public AuditActor? Actor { get; init; }
}

/// <summary>One recorded entry of the audit trail.</summary>
public sealed record AuditEntry(
    long Id,
    DateTime OccurredUtc,
    AuditActor Actor,
    string Category,
    string Action,
    string? SubjectType,
    string? SubjectId,
    string? SubjectTitle,
    string? Summary,
    string? Details);
