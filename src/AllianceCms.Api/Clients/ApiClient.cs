namespace AllianceCms.Api.Clients;

/// <summary>
/// An application allowed to call the API with its own credentials. Its writes are checked against
/// the permissions of <see cref="Role"/> and recorded under <see cref="Actor"/>.
/// </summary>
public sealed record ApiClient(
    string ClientId,
    string DisplayName,
    IReadOnlyList<string> Scopes,
    string? Role,
    IReadOnlyList<string> Origins,
    int RequestsPerMinute,
    DateTime CreatedUtc,
    DateTime? RevokedUtc)
{
    public const string ActorPrefix = "client:";

    public bool IsRevoked => RevokedUtc is not null;

    /// <summary>Who the client is in owners, authors and the audit trail: "client:{id}".</summary>
    public string Actor => ActorPrefix + ClientId;
}

/// <summary>What an administrator sets on a client.</summary>
public sealed record ApiClientSettings(
    string DisplayName,
    IReadOnlyList<string> Scopes,
    string? Role,
    IReadOnlyList<string> Origins,
    int RequestsPerMinute);
