using System.Net;
using System.Text;
using System.Text.Json;
using AllianceCms.Admin.Security;
using AllianceCms.Api.Clients;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// What a browser app's token does and where it stops: writes as its user, expiry, users who may no
/// longer sign in, unknown scopes and malformed Authorization headers, each answered without a 500.
/// </summary>
[Collection("api-clients")]
public sealed class BrowserAppTokenTests(ApiClientsFactory site)
{
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_browser_app_writes_as_its_user_who_owns_the_item_and_is_named_in_the_audit_trail()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentWrite, ApiScopes.ContentDrafts]);
        var editor = await AdminUsers.CreateAsync(site, "app-writer", "en", "Editor");
        var token = await TokenAsync(app, editor, $"{ApiScopes.ContentWrite} {ApiScopes.ContentDrafts}");
        var name = "Appville " + Guid.NewGuid().ToString("N")[..6];

        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/content/Member")
        {
            Content = new StringContent("""{"displayText": "NAME", "parts": {"Member": {"AuthorityType": "city", "Country": ["country-rs"], "Status": "active"}}}""".Replace("NAME", name),
                Encoding.UTF8, "application/json"),
        };
        var created = await _http.SendAsync(create.With(token));
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;

        var stored = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.Equal(editor.Id, stored!.Owner);
        Assert.Equal(editor.Id, stored.Author);
        await using var scope = site.Scope();
        var entries = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Subject = id }, 0, 10);
        var entry = Assert.Single(entries.Entries);
        Assert.Equal((AuditActor.UserKind, editor.Id), (entry.Actor.Kind, entry.Actor.Id));
        Assert.Contains(app.DisplayName, entry.Actor.Name);
    }

    [Fact]
    public async Task A_browser_app_token_expires_like_any_other()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "app-expiry", "en", "Editor");
        var token = await TokenAsync(app, user, "");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Country?first=1", token)).StatusCode);

        site.Clock.Advance(TimeSpan.FromMinutes(61));
        await ApiHttp.ProblemAsync(await GetAsync("/api/content/Country?first=1", token), HttpStatusCode.Unauthorized, "expired");
    }

    [Fact]
    public async Task A_browser_apps_rate_limit_applies_to_each_of_its_users()
    {
        var app = await BrowserApps.CreateAsync(site, [], perMinute: 3);
        var ana = await TokenAsync(app, await AdminUsers.CreateAsync(site, "app-rate-a", "en", "Editor"), "");
        var ben = await TokenAsync(app, await AdminUsers.CreateAsync(site, "app-rate-b", "en", "Editor"), "");

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Country?first=1", ana)).StatusCode);
        var refused = await GetAsync("/api/content/Country?first=1", ana);
        var problem = await ApiHttp.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "ana's 4th request");
        Assert.Contains("each user", problem.GetProperty("detail").GetString());
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // Ana's use of the app takes nothing from Ben's budget: he gets the full limit, then his own 429.
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Country?first=1", ben)).StatusCode);
        await ApiHttp.ProblemAsync(await GetAsync("/api/content/Country?first=1", ben), HttpStatusCode.TooManyRequests, "ben's 4th request");
    }

    [Fact]
    public async Task A_code_is_not_exchanged_for_a_user_disabled_since_they_allowed_the_app()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "app-disabled", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, "", pkce), allow: true));

        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            Assert.True((await users.SetDisabledAsync((await users.FindByIdAsync(user.Id))!, disabled: true)).Succeeded);
        }

        var response = await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", await BrowserApps.ErrorAsync(response));
    }

    [Fact]
    public async Task An_unknown_scope_is_refused_by_the_authorization_and_token_endpoints()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "app-scope", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);

        var answer = await session.GetAsync(BrowserApps.AuthorizeUrl(app.ClientId, "content:everything", Pkce.New()));
        Assert.Equal("invalid_scope", BrowserApps.RefusalOf(answer));
        // A scope the app was not given is refused too.
        answer = await session.GetAsync(BrowserApps.AuthorizeUrl(app.ClientId, ApiScopes.ContentWrite, Pkce.New()));
        Assert.Contains(BrowserApps.RefusalOf(answer), new[] { "invalid_scope", "invalid_request" });

        var service = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var token = await ApiClients.RequestTokenAsync(_http, service.Id, service.Secret, "content:everything");
        Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
        Assert.Equal("invalid_scope", await BrowserApps.ErrorAsync(token));
    }

    [Theory]
    [InlineData("Basic YWRtaW46cGFzc3dvcmQ=")]
    [InlineData("Bearer")]
    [InlineData("Bearer  ")]
    public async Task An_authorization_header_that_is_not_a_bearer_token_is_a_401_problem(string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/content/Country?first=1");
        request.Headers.TryAddWithoutValidation("Authorization", header);
        var response = await _http.SendAsync(request);
        await ApiHttp.ProblemAsync(response, HttpStatusCode.Unauthorized, header);
    }

    [Fact]
    public async Task A_service_clients_secret_cannot_redeem_a_code_and_a_browser_app_cannot_use_client_credentials()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var response = await _http.PostAsync(TokenEndpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = app.ClientId,
        }));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}");
        Assert.Contains(await BrowserApps.ErrorAsync(response), new[] { "unauthorized_client", "invalid_client", "invalid_request" });
    }

    private async Task<string> TokenAsync(ApiClient app, TestUser user, string scope)
    {
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, scope, pkce), allow: true));
        return await BrowserApps.AccessTokenAsync(await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier));
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await _http.SendAsync(request.With(token));
    }
}
