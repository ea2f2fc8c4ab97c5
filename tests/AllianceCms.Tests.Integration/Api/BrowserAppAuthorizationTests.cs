using System.Net;
using System.Text.Json;
using AllianceCms.Api.Clients;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Admin;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// Browser apps: a signed-in user allows them on the consent page (authorization code with PKCE, S256
/// only) and their tokens act for that user, within the scopes allowed and the user's own permissions.
/// </summary>
[Collection("api-clients")]
public sealed class BrowserAppAuthorizationTests(ApiClientsFactory site)
{
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task An_editor_allows_a_browser_app_and_its_token_reads_drafts_for_them()
    {
        var draftTitle = "Browser draft " + Guid.NewGuid().ToString("N")[..6];
        await SaveDraftAsync(draftTitle);
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var editor = await AdminUsers.CreateAsync(site, "consent-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var pkce = Pkce.New();

        var consent = await session.GetAsync(BrowserApps.AuthorizeUrl(app.ClientId, ApiScopes.ContentDrafts, pkce));
        Assert.Equal(HttpStatusCode.OK, consent.Status);
        Assert.Contains(app.DisplayName, consent.Text("h1"));
        Assert.Contains(ApiScopes.ContentDrafts, consent.Text("#consent-scopes"));

        var callback = BrowserApps.Callback(await session.SubmitAsync(consent.Form("#consent-form"), "button[value=allow]"));
        Assert.Equal("state-42", callback["state"]);
        var token = await BrowserApps.AccessTokenAsync(await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier));

        var draft = await ReadAsync("/api/content/Member/member-kragujevac?status=latest", token);
        Assert.Equal(HttpStatusCode.OK, draft.Status);
        Assert.Equal(draftTitle, draft.Json.GetProperty("displayText").GetString());

        // The code is good once only.
        var again = await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier);
        Assert.Equal("invalid_grant", await BrowserApps.ErrorAsync(again));

        // The user's allowing the app is in the audit trail, as theirs.
        await using var scope = site.Scope();
        var entries = await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
            .QueryAsync(new AuditQuery { Category = ApiClientEvents.Category, Action = ApiClientEvents.Allowed, Subject = app.ClientId }, 0, 10);
        Assert.Equal(editor.Id, Assert.Single(entries.Entries).Actor.Id);
    }

    [Fact]
    public async Task A_token_acts_within_the_users_permissions_not_beyond()
    {
        await SaveDraftAsync("Draft no viewer may see " + Guid.NewGuid().ToString("N")[..6]);
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts, ApiScopes.ContentWrite]);
        // A user who may only view news: no member drafts, no writes of members, whatever the app's scopes.
        var role = await AdminUsers.CreateRoleAsync(site, "news-viewer", "content.view:NewsItem");
        var user = await AdminUsers.CreateAsync(site, "consent-viewer", "en", role);
        var token = await TokenForAsync(app, user, $"{ApiScopes.ContentDrafts} {ApiScopes.ContentWrite}");

        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync("/api/content/Member/member-kragujevac?status=draft", token)).Status);
        using var write = new HttpRequestMessage(HttpMethod.Patch, "/api/content/Member/member-kragujevac")
        {
            Content = new StringContent("""{"displayText":"Changed by an app"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var refused = await _http.SendAsync(write.With(token));
        var problem = await ApiHttp.ProblemAsync(refused, HttpStatusCode.Forbidden, "write beyond the user's rights");
        Assert.Contains("consent-viewer", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_authorization_request_without_a_code_challenge_or_with_plain_is_refused()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "consent-pkce", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);

        foreach (var url in new[] { BrowserApps.AuthorizeUrl(app.ClientId, "", pkce: null), BrowserApps.AuthorizeUrl(app.ClientId, "", Pkce.New(), method: "plain") })
        {
            Assert.Equal("invalid_request", BrowserApps.RefusalOf(await session.GetAsync(url)));
        }
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_an_invalid_grant()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "consent-verifier", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, "", pkce), allow: true));

        var response = await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], Pkce.New().Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", await BrowserApps.ErrorAsync(response));
    }

    [Fact]
    public async Task An_unregistered_redirect_uri_shows_an_error_and_sends_nobody_there()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "consent-redirect", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);

        var answer = await session.GetAsync(BrowserApps.AuthorizeUrl(app.ClientId, "", Pkce.New(), redirectUri: "https://evil.example.com/steal"));
        Assert.Equal("invalid_request", BrowserApps.RefusalOf(answer));
        Assert.Contains("redirect_uri", answer.Text("#consent-error-description"));
        Assert.Contains("not registered", answer.Text("[role=alert]"));
    }

    [Fact]
    public async Task Denying_sends_the_user_back_with_access_denied_and_no_code()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "consent-deny", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);

        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, ApiScopes.ContentDrafts, Pkce.New()), allow: false));
        Assert.Equal("access_denied", callback["error"]);
        Assert.Equal("state-42", callback["state"]);
        Assert.False(callback.ContainsKey("code"));
    }

    [Fact]
    public async Task Anonymous_visitors_sign_in_first_and_come_back_to_the_consent_page_in_their_language()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "consent-fr", "fr", "Editor");
        using var session = AdminSession.Anonymous(site);
        var url = BrowserApps.AuthorizeUrl(app.ClientId, ApiScopes.ContentDrafts, Pkce.New());

        var first = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.StartsWith("/admin/login?returnUrl=", first.Location);

        var returnUrl = Uri.UnescapeDataString(first.Location!["/admin/login?returnUrl=".Length..]);
        var signedIn = await session.LogInAsync(user.UserName, user.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var consent = await session.GetAsync(signedIn.Location!);
        Assert.Equal(HttpStatusCode.OK, consent.Status);
        Assert.Contains("Autoriser", consent.Text("#consent-form"));
        Assert.Equal("fr", consent.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_consent_form_needs_its_antiforgery_token()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "consent-csrf", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var consent = await session.GetAsync(BrowserApps.AuthorizeUrl(app.ClientId, "", Pkce.New()));
        var form = consent.Form("#consent-form").Remove(AdminSession.AntiforgeryField);

        var answer = await session.SubmitAsync(form, "button[value=allow]");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
    }

    [Fact]
    public async Task A_revoked_browser_app_is_refused_at_every_step()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "consent-revoked", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, ApiScopes.ContentDrafts, pkce), allow: true));
        var token = await BrowserApps.AccessTokenAsync(await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier));
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync("/api/content/Member?status=latest", token)).Status);

        // A second code, given before the revocation, is not exchanged after it.
        var pending = Pkce.New();
        var pendingCallback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, "", pending), allow: true));
        await using (var scope = site.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ApiClientStore>();
            Assert.Null(await store.RotateSecretAsync(app.ClientId, default)); // a browser app has no secret to rotate
            Assert.True(await store.RevokeAsync(app.ClientId, default));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await ReadAsync("/api/content/Member?status=latest", token)).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await BrowserApps.RedeemAsync(_http, app.ClientId, pendingCallback["code"], pending.Verifier)).StatusCode);
        var again = await session.GetAsync(BrowserApps.AuthorizeUrl(app.ClientId, "", Pkce.New()));
        Assert.NotEmpty(BrowserApps.RefusalOf(again));
    }

    [Fact]
    public async Task The_token_endpoint_answers_browser_apps_origins_with_cors()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, TokenEndpoint.Path);
        preflight.Headers.Add("Origin", "https://app.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var answer = await _http.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("https://app.example.org", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var stranger = new HttpRequestMessage(HttpMethod.Options, TokenEndpoint.Path);
        stranger.Headers.Add("Origin", "https://elsewhere.example.net");
        stranger.Headers.Add("Access-Control-Request-Method", "POST");
        Assert.False((await _http.SendAsync(stranger)).Headers.Contains("Access-Control-Allow-Origin"));
        Assert.NotNull(app);
    }

    private async Task<string> TokenForAsync(ApiClient app, TestUser user, string scope)
    {
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, scope, pkce), allow: true));
        return await BrowserApps.AccessTokenAsync(await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier));
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> ReadAsync(string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var response = await _http.SendAsync(request.With(token));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : default);
    }

    private Task SaveDraftAsync(string title) => site.WithContentAsync(async (content, _) =>
    {
        var item = (await content.GetAsync("member-kragujevac", VersionOptions.Latest))!;
        item.DisplayText = title;
        return (await content.SaveAsync(item, publish: false)).Succeeded ? 0 : throw new InvalidOperationException("draft not saved");
    });
}
