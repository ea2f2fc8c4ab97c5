using AllianceCms.Api.Clients;
using Microsoft.OpenApi;

namespace AllianceCms.Api.OpenApi;

public sealed partial class ContentOpenApiDocument
{
    /// <summary>
    /// How callers authenticate: one OAuth 2.0 scheme with the two flows API clients use, and on each
    /// operation which scope it needs, or that it also works without a token.
    /// </summary>
    private sealed partial class Writer
    {
        private const string OAuth2 = "oauth2";

        private void AddSecurityScheme()
        {
            // Absolute URLs of this host (behind a proxy, as forwarded): tools open them as they are.
            var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
            var token = new Uri(site + TokenEndpoint.Path);
            document.Components!.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
            {
                [OAuth2] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.OAuth2,
                    Description = "Services (clients with a secret) use client credentials. Browser apps (public clients) use the " +
                        "authorization code with PKCE (S256 only): the signed-in user allows them on a consent page and the token " +
                        "acts for that user; with offline_access the code also gives a refresh token, good once, each refresh " +
                        "returning a new one.",
                    Flows = new OpenApiOAuthFlows
                    {
                        ClientCredentials = new OpenApiOAuthFlow { TokenUrl = token, Scopes = Describe(ApiScopes.All) },
                        AuthorizationCode = new OpenApiOAuthFlow
                        {
                            AuthorizationUrl = new Uri(site + BrowserAppConsent.Path),
                            TokenUrl = token,
                            RefreshUrl = token,
                            Scopes = Describe([.. ApiScopes.All, ApiScopes.OfflineAccess]),
                        },
                    },
                },
            };
        }

        /// <summary>Reads: without a token (published content), or with one; the drafts scope adds status=latest.</summary>
        private List<OpenApiSecurityRequirement> ReadSecurity() => [Anonymous, Requirement(ApiScopes.ContentDrafts)];

        private List<OpenApiSecurityRequirement> WriteSecurity() => [Requirement(ApiScopes.ContentWrite)];

        /// <summary>
        /// Queries work without a token; drafts (status: LATEST) need the drafts scope, and mutations (POST only)
        /// the write scope.
        /// </summary>
        private List<OpenApiSecurityRequirement> GraphQLSecurity(bool mutations) =>
            mutations ? [Anonymous, Requirement(ApiScopes.ContentDrafts), Requirement(ApiScopes.ContentWrite)] : ReadSecurity();

        /// <summary>An empty requirement: no token needed.</summary>
        private static OpenApiSecurityRequirement Anonymous => [];

        private OpenApiSecurityRequirement Requirement(string scope) => new() { [new OpenApiSecuritySchemeReference(OAuth2, document)] = [scope] };

        private static Dictionary<string, string> Describe(IEnumerable<string> scopes) =>
            scopes.ToDictionary(s => s, s => ApiScopes.Descriptions[s], StringComparer.Ordinal);
    }
}
