using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AllianceCms.Api.Clients;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>A PKCE pair: the verifier the app keeps, and its S256 challenge sent in the authorization request.</summary>
internal sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce New()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}

/// <summary>What a browser app does in the authorization code flow, played through HttpClient.</summary>
internal static class BrowserApps
{
    public const string RedirectUri = "https://app.example.org/callback";

    public static async Task<ApiClient> CreateAsync(CmsFactory site, string[] scopes, string redirectUri = RedirectUri, int perMinute = 1000)
    {
        await using var scope = site.Scope();
        var (client, secret) = await scope.ServiceProvider.GetRequiredService<ApiClientStore>().CreateAsync(
            new ApiClientSettings("Browser app " + Guid.NewGuid().ToString("N")[..6], scopes, null, [], perMinute, ApiClientKind.BrowserApp, [redirectUri]), default);
        Assert.Null(secret);
        return client;
    }

    public static string AuthorizeUrl(string clientId, string scope, Pkce? pkce, string redirectUri = RedirectUri, string method = "S256", string state = "state-42")
    {
        var query = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = scope,
            ["state"] = state,
        };
        if (pkce is not null)
        {
            query["code_challenge"] = method == "plain" ? pkce.Verifier : pkce.Challenge;
            query["code_challenge_method"] = method;
        }
        return QueryHelpers.AddQueryString(BrowserAppConsent.Path, query);
    }

    /// <summary>Opens the consent page as the signed-in user and clicks Allow (or Deny); returns the redirect.</summary>
    public static async Task<AdminPage> DecideAsync(AdminSession user, string authorizeUrl, bool allow)
    {
        var page = await user.GetAsync(authorizeUrl);
        Assert.True(page.Status == HttpStatusCode.OK, $"consent page: {page.Status} {page.Body}");
        var form = page.Form("#consent-form");
        return await user.SubmitAsync(form, allow ? "button[value=allow]" : "button[value=deny]");
    }

    /// <summary>The parameters of the redirect back to the app.</summary>
    public static Dictionary<string, string> Callback(AdminPage redirect)
    {
        Assert.True(redirect.Status == HttpStatusCode.Redirect, $"expected a redirect to the app: {redirect.Status} {redirect.Body}");
        var location = new Uri(redirect.Location!);
        Assert.Equal(RedirectUri, location.GetLeftPart(UriPartial.Path));
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>
    /// The OAuth error of a refused authorization request: OpenIddict sends it back to the app when the
    /// redirect URI is already trusted, else the consent page explains it (400, no redirect).
    /// </summary>
    public static string RefusalOf(AdminPage answer)
    {
        Assert.Null(answer.Find("#consent-form"));
        if (answer.Status == HttpStatusCode.Redirect) return Callback(answer)["error"];
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
        return answer.Text("#consent-error-code");
    }

    public static Task<HttpResponseMessage> RedeemAsync(HttpClient http, string clientId, string code, string verifier, string redirectUri = RedirectUri) =>
        http.PostAsync(TokenEndpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = redirectUri,
        }));

    public static Task<HttpResponseMessage> RefreshAsync(HttpClient http, string clientId, string refreshToken, string? scope = null)
    {
        var fields = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["client_id"] = clientId, ["refresh_token"] = refreshToken };
        if (scope is not null) fields["scope"] = scope;
        return http.PostAsync(TokenEndpoint.Path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The token response of a successful exchange, parsed.</summary>
    public static async Task<JsonElement> TokenResponseAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<string> AccessTokenAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
}
