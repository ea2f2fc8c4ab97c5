using System.ComponentModel.DataAnnotations;

namespace AllianceCms.Api.Clients;

/// <summary>Settings of API client authentication (section "Api:Clients").</summary>
public sealed class ApiClientOptions
{
    /// <summary>
    /// Refuse token requests over plain HTTP. Leave on in production (behind a proxy, forward the
    /// scheme); tests and loopback benchmarks turn it off.
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>
    /// How long a browser app's refresh token (asked for with offline_access) lasts unused. Each refresh
    /// returns a new one for as long again, so a user who comes back within this time stays signed in.
    /// </summary>
    [Range(1, 365)]
    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>
    /// How long a refresh token already exchanged may be sent again (two tabs of one app refreshing at once).
    /// 0: a second use is refused at once, and the user's tokens of that consent are revoked as stolen.
    /// </summary>
    [Range(0, 300)]
    public int RefreshTokenReuseSeconds { get; set; }

    /// <summary>
    /// Signing and encryption keys kept in memory only (tests): tokens die with the process. Otherwise
    /// they are created once and kept under the data folder's "api-keys" (never development certificates).
    /// </summary>
    public bool EphemeralKeys { get; set; }

    /// <summary>Default limit for new clients, in requests per minute.</summary>
    [Range(1, 1_000_000)]
    public int DefaultRequestsPerMinute { get; set; } = 600;

    /// <summary>
    /// How long a client's settings, the user and consent behind a browser app's token, and the clients' origins
    /// are trusted before they are read again (what other nodes revoke or change is seen after this long).
    /// 0: nothing is kept, every request reads them from the database (seen at once, a few queries more per request).
    /// </summary>
    [Range(0, 3600)]
    public int CacheSeconds { get; set; } = 30;
}
