using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using System.Text.Json;
using AllianceCms.Api.Clients;
using AllianceCms.Core.Content;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>Tokens of API clients: issued for their scopes only, checked on every request, refused once revoked.</summary>
[Collection("api-clients")]
public sealed class ApiClientTokenTests(ApiClientsFactory site)
{
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_client_with_the_drafts_scope_reads_drafts_its_role_may_view_and_anonymous_callers_still_read_published()
    {
        var draftTitle = "Draft title " + Guid.NewGuid().ToString("N")[..6];
        await site.WithContentAsync(async (content, _) =>
        {
            var item = (await content.GetAsync("member-kragujevac", VersionOptions.Latest))!;
            item.DisplayText = draftTitle;
            return (await content.SaveAsync(item, publish: false)).Succeeded ? 0 : throw new InvalidOperationException("draft not saved");
        });
        var viewer = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts], ["content.view:Member"]);
        var noRole = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var readOnly = await ApiClients.CreateAsync(site, [], ["content.view:Member"]);

        var drafts = await GetAsync("/api/content/Member/member-kragujevac?status=latest", await ApiClients.TokenAsync(_http, viewer));
        Assert.Equal(HttpStatusCode.OK, drafts.StatusCode);
        var draft = JsonDocument.Parse(await drafts.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(draftTitle, draft.GetProperty("displayText").GetString());
        Assert.False(draft.GetProperty("published").GetBoolean());

        // The same scope without a role that may view Members: the draft is not there for it.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/content/Member/member-kragujevac?status=draft", await ApiClients.TokenAsync(_http, noRole))).StatusCode);
        // A token without the scope, and no token at all, are refused drafts but read the published version.
        var readOnlyToken = await ApiClients.TokenAsync(_http, readOnly, scope: "");
        await ApiHttp.ProblemAsync(await GetAsync("/api/content/Member/member-kragujevac?status=latest", readOnlyToken), HttpStatusCode.Forbidden, "no scope");
        await _http.GetProblemAsync("/api/content/Member/member-kragujevac?status=latest", HttpStatusCode.Forbidden);
        var published = await _http.GetJsonAsync("/api/content/Member/member-kragujevac");
        Assert.NotEqual(draftTitle, published.GetProperty("displayText").GetString());
        Assert.False(published.TryGetProperty("published", out _));
    }

    [Fact]
    public async Task A_token_is_issued_only_for_the_scopes_the_client_was_given_and_the_right_secret()
    {
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);

        var wrongSecret = await ApiClients.RequestTokenAsync(_http, client.Id, "not-the-secret", ApiScopes.ContentDrafts);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal("invalid_client", Error(await wrongSecret.Content.ReadAsStringAsync()));

        var otherScope = await ApiClients.RequestTokenAsync(_http, client.Id, client.Secret, ApiScopes.ContentWrite);
        Assert.Equal(HttpStatusCode.BadRequest, otherScope.StatusCode);
        Assert.Contains(Error(await otherScope.Content.ReadAsStringAsync()), new[] { "invalid_scope", "invalid_request" });

        var unknown = await ApiClients.RequestTokenAsync(_http, "c-doesnotexist", client.Secret, null);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjbGllbnQ6eCJ9.c2lnbmF0dXJl")]
    public async Task A_malformed_or_forged_token_is_answered_401_problem_json_even_for_published_content(string token)
    {
        var response = await GetAsync("/api/content/Member", token);
        var problem = await ApiHttp.ProblemAsync(response, HttpStatusCode.Unauthorized, "forged");
        Assert.Contains("access token", problem.GetProperty("detail").GetString());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_well_formed_token_signed_with_another_key_is_refused()
    {
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _http.BaseAddress!.ToString(),
            Claims = new Dictionary<string, object> { ["sub"] = client.Client.Actor, [TokenEndpoint.ClientClaim] = client.Id, ["scope"] = ApiScopes.ContentDrafts },
            Expires = site.Clock.GetUtcNow().UtcDateTime.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "forged" }, SecurityAlgorithms.RsaSha256),
        });
        await ApiHttp.ProblemAsync(await GetAsync("/api/content/Member?status=latest", forged), HttpStatusCode.Unauthorized, "forged");
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var token = await ApiClients.TokenAsync(_http, client);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Member", token)).StatusCode);

        site.Clock.Advance(TimeSpan.FromMinutes(61));
        await ApiHttp.ProblemAsync(await GetAsync("/api/content/Member", token), HttpStatusCode.Unauthorized, "expired");
    }

    [Fact]
    public async Task A_revoked_client_gets_no_token_and_its_tokens_stop_working()
    {
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var token = await ApiClients.TokenAsync(_http, client);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Member?status=latest", token)).StatusCode);

        await using (var scope = site.Scope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiClientStore>().RevokeAsync(client.Id, default));

        await ApiHttp.ProblemAsync(await GetAsync("/api/content/Member?status=latest", token), HttpStatusCode.Unauthorized, "revoked");
        Assert.NotEqual(HttpStatusCode.OK, (await ApiClients.RequestTokenAsync(_http, client.Id, client.Secret, null)).StatusCode);
    }

    [Fact]
    public async Task A_rotated_secret_replaces_the_old_one_at_once()
    {
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);
        string newSecret;
        await using (var scope = site.Scope())
            newSecret = (await scope.ServiceProvider.GetRequiredService<ApiClientStore>().RotateSecretAsync(client.Id, default))!;

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClients.RequestTokenAsync(_http, client.Id, client.Secret, null)).StatusCode);
        Assert.NotEmpty(await ApiClients.TokenAsync(_http, client with { Secret = newSecret }));
    }

    [Fact]
    public async Task Each_client_has_its_own_rate_limit()
    {
        var limited = await ApiClients.CreateAsync(site, [], perMinute: 3);
        var other = await ApiClients.CreateAsync(site, [], perMinute: 3);
        var token = await ApiClients.TokenAsync(_http, limited);
        var otherToken = await ApiClients.TokenAsync(_http, other);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Country?first=1", token)).StatusCode);
        var refused = await GetAsync("/api/content/Country?first=1", token);
        await ApiHttp.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "4th request");
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Country?first=1", otherToken)).StatusCode);
        // Anonymous reads are not counted against any client.
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/api/content/Country?first=1")).StatusCode);
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Country?first=1", token)).StatusCode);
    }

    [Fact]
    public async Task Cors_is_allowed_for_each_client_s_own_origins()
    {
        var app = await ApiClients.CreateAsync(site, [], origins: ["https://app.example.org"]);
        await ApiClients.CreateAsync(site, [], origins: ["https://other.example.org"]);
        var token = await ApiClients.TokenAsync(_http, app);

        var preflight = await _http.SendAsync(Preflight("https://app.example.org"));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("https://app.example.org", Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Contains("Authorization", Header(preflight, "Access-Control-Allow-Headers"));
        Assert.Null(Header(await _http.SendAsync(Preflight("https://evil.example.org")), "Access-Control-Allow-Origin"));

        // With the token, only the client's own origins: another client's origin gets no CORS header.
        Assert.Equal("https://app.example.org", Header(await GetAsync("/api/content/Country?first=1", token, "https://app.example.org"), "Access-Control-Allow-Origin"));
        Assert.Null(Header(await GetAsync("/api/content/Country?first=1", token, "https://other.example.org"), "Access-Control-Allow-Origin"));
        Assert.Null(Header(await GetAsync("/api/content/Country?first=1", token, "https://evil.example.org"), "Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string token, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url).With(token);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await _http.SendAsync(request);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/content/Member");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private static string? Error(string body) => JsonDocument.Parse(body).RootElement.GetProperty("error").GetString();
}
