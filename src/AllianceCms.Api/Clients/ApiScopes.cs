namespace AllianceCms.Api.Clients;

/// <summary>What an API client may be allowed to do beyond reading published content.</summary>
public static class ApiScopes
{
    /// <summary>Read drafts: <c>status=latest|draft</c> in REST, <c>status: LATEST</c> in GraphQL.</summary>
    public const string ContentDrafts = "content:drafts";

    /// <summary>Create, update, publish, unpublish and delete content, as far as the client's role allows.</summary>
    public const string ContentWrite = "content:write";

    /// <summary>
    /// OAuth's offline_access, for browser apps: not given by an administrator but asked for by the app and
    /// allowed by the user on the consent page. The code is then exchanged for a refresh token too, so the
    /// app keeps its user signed in (Api:Clients:RefreshTokenDays) without sending them to the consent page again.
    /// </summary>
    public const string OfflineAccess = "offline_access";

    /// <summary>The scopes an administrator gives a client (offline_access is the user's to allow).</summary>
    public static IReadOnlyList<string> All { get; } = [ContentDrafts, ContentWrite];

    /// <summary>What each scope allows, for the OpenAPI document (the consent and client pages have their own, translated).</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ContentDrafts] = "Read drafts (status=latest in REST, status: LATEST in GraphQL), as far as the client's role or the user's permissions allow viewing them.",
        [ContentWrite] = "Create, update, publish, unpublish and delete content, as far as the client's role or the user's permissions allow.",
        [OfflineAccess] = "Browser apps only, allowed by the user: a refresh token with the access token, to stay signed in.",
    };
}
