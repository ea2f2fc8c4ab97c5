namespace AllianceCms.Api.Clients;

/// <summary>What an API client may be allowed to do beyond reading published content.</summary>
public static class ApiScopes
{
    /// <summary>Read drafts: <c>status=latest|draft</c> in REST, <c>status: LATEST</c> in GraphQL.</summary>
    public const string ContentDrafts = "content:drafts";

    /// <summary>Create, update, publish, unpublish and delete content, as far as the client's role allows.</summary>
    public const string ContentWrite = "content:write";

    public static IReadOnlyList<string> All { get; } = [ContentDrafts, ContentWrite];
}
