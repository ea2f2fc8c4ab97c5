namespace AllianceCms.Api.Clients;

/// <summary>How a client gets its tokens.</summary>
public enum ApiClientKind
{
    /// <summary>A server with a secret (client credentials): it acts as itself, with its role's rights.</summary>
    Service,

    /// <summary>
    /// An app in a browser, which cannot keep a secret (public client): a signed-in user allows it on a
    /// consent page (authorization code with PKCE), and its tokens act for that user, within the scopes allowed.
    /// </summary>
    BrowserApp,
}

/// <summary>
/// An application allowed to call the API. A service client's writes are checked against the
/// permissions of <see cref="Role"/> and recorded under <see cref="Actor"/>; a browser app acts for the
/// user who allowed it, with that user's permissions.
/// </summary>
public sealed record ApiClient(
    string ClientId,
    string DisplayName,
    IReadOnlyList<string> Scopes,
    string? Role,
    IReadOnlyList<string> Origins,
    int RequestsPerMinute,
    DateTime CreatedUtc,
    DateTime? RevokedUtc,
    ApiClientKind Kind = ApiClientKind.Service,
    IReadOnlyList<string>? RedirectUris = null)
{
    public const string ActorPrefix = "client:";

    public bool IsRevoked => RevokedUtc is not null;

    /// <summary>Who the client is in owners, authors and the audit trail: "client:{id}".</summary>
    public string Actor => ActorPrefix + ClientId;

    /// <summary>Where the authorization endpoint may send a browser app's users back (absolute URIs).</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = RedirectUris ?? [];

    /// <summary>The origins whose pages may call the API with CORS: those set, and a browser app's redirect URIs' origins.</summary>
    public IEnumerable<string> AllowedOrigins =>
        Origins.Concat(RedirectUris.Select(u => new Uri(u).GetLeftPart(UriPartial.Authority))).Distinct(StringComparer.OrdinalIgnoreCase);
}

/// <summary>What an administrator sets on a client (a browser app's role is ignored: it acts with its user's rights).</summary>
public sealed record ApiClientSettings(
    string DisplayName,
    IReadOnlyList<string> Scopes,
    string? Role,
    IReadOnlyList<string> Origins,
    int RequestsPerMinute,
    ApiClientKind Kind = ApiClientKind.Service,
    IReadOnlyList<string>? RedirectUris = null)
{
    public IReadOnlyList<string> RedirectUris { get; init; } = RedirectUris ?? [];
}
