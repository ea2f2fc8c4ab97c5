using AllianceCms.Core.Audit;

namespace AllianceCms.Api.Clients;

/// <summary>
/// What happens to clients' credentials, in the audit trail (category "api-clients"): tokens issued
/// (as the client), clients created, changed, secrets rotated and clients revoked (as the administrator),
/// browser apps allowed or denied by a user (as that user).
/// </summary>
public sealed class ApiClientEvents(IAuditTrail trail)
{
    public const string Category = "api-clients";
    public const string TokenIssued = "token-issued";
    public const string SecretRotated = "secret-rotated";
    public const string Revoked = "revoked";
    public const string Allowed = "allowed";
    public const string Denied = "denied";

    public Task TokenIssuedAsync(ApiClient client, IEnumerable<string> scopes, CancellationToken ct) =>
        trail.RecordAsync(Event(client, TokenIssued) with
        {
            Summary = string.Join(' ', scopes),
            // The token request is anonymous until it succeeds: the client is the actor.
            Actor = new AuditActor(AuditActor.ClientKind, client.Actor, client.DisplayName),
        }, ct);

    public Task CreatedAsync(ApiClient client, CancellationToken ct) => trail.RecordAsync(Event(client, AuditActions.Created), ct);
    public Task ChangedAsync(ApiClient client, CancellationToken ct) => trail.RecordAsync(Event(client, AuditActions.Changed), ct);
    public Task SecretRotatedAsync(ApiClient client, CancellationToken ct) => trail.RecordAsync(Event(client, SecretRotated), ct);
    public Task RevokedAsync(ApiClient client, CancellationToken ct) => trail.RecordAsync(Event(client, Revoked), ct);

    public Task AllowedAsync(ApiClient client, IEnumerable<string> scopes, CancellationToken ct) =>
        trail.RecordAsync(Event(client, Allowed) with { Summary = $"scopes: {string.Join(' ', scopes)}" }, ct);

    public Task DeniedAsync(ApiClient client, CancellationToken ct) => trail.RecordAsync(Event(client, Denied) with { Summary = null }, ct);

    private static AuditEvent Event(ApiClient client, string action) => new(Category, action)
    {
        SubjectType = "api-client",
        SubjectId = client.ClientId,
        SubjectTitle = client.DisplayName,
        Summary = $"scopes: {string.Join(' ', client.Scopes)}; role: {client.Role ?? "-"}",
    };
}
