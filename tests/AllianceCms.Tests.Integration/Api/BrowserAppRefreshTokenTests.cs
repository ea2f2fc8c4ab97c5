using System.Net;
using System.Text.Json;
using AllianceCms.Admin.Security;
using AllianceCms.Api.Clients;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenIddict.Abstractions;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// Browser apps that a user allowed to keep them signed in (offline_access): a refresh token with the
/// code, each good once, sliding for Api:Clients:RefreshTokenDays, and refused once the app is revoked or
/// the user may no longer sign in; every refusal an OAuth JSON error.
/// </summary>
[Collection("api-clients")]
public sealed class BrowserAppRefreshTokenTests(ApiClientsFactory site)
{
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_refresh_token_gives_new_tokens_once_and_its_second_use_revokes_the_new_ones_too()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "refresh-rotation", "en", "Editor");
        var first = await TokensAsync(app, user, $"{ApiScopes.ContentDrafts} {ApiScopes.OfflineAccess}");
        var firstRefresh = first.GetProperty("refresh_token").GetString()!;
        Assert.Contains(ApiScopes.OfflineAccess, first.GetProperty("scope").GetString()!.Split(' '));

        var second = await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, firstRefresh));
        var secondRefresh = second.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(firstRefresh, secondRefresh);
        Assert.NotEqual(first.GetProperty("access_token").GetString(), second.GetProperty("access_token").GetString());
        // The new access token acts for the user with the scopes allowed.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/content/Member/member-kragujevac?status=latest", second.GetProperty("access_token").GetString()!)).StatusCode);

        // The first refresh token was used: sent again, it is refused, and so is the one it was exchanged for.
        await AssertRefusedAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, firstRefresh), "invalid_grant");
        await AssertRefusedAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, secondRefresh), "invalid_grant");
    }

    [Fact]
    public async Task A_refresh_may_ask_for_fewer_scopes_but_not_more()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts, ApiScopes.ContentWrite]);
        var user = await AdminUsers.CreateAsync(site, "refresh-narrow", "en", "Editor");
        var refresh = (await TokensAsync(app, user, $"{ApiScopes.ContentDrafts} {ApiScopes.OfflineAccess}")).GetProperty("refresh_token").GetString()!;

        await AssertRefusedAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, refresh, $"{ApiScopes.ContentWrite} {ApiScopes.OfflineAccess}"), "invalid_grant");
        var narrower = await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, refresh, ApiScopes.OfflineAccess));
        // (No "scope" in the answer: it is the one asked for.)
        Assert.True(narrower.TryGetProperty("refresh_token", out _));
        var drafts = await GetAsync("/api/content/Member/member-kragujevac?status=latest", narrower.GetProperty("access_token").GetString()!);
        await ApiHttp.ProblemAsync(drafts, HttpStatusCode.Forbidden, "drafts without the scope");
    }

    [Fact]
    public async Task Without_offline_access_the_code_gives_no_refresh_token()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "refresh-none", "en", "Editor");
        var tokens = await TokensAsync(app, user, ApiScopes.ContentDrafts);
        Assert.False(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task A_refresh_token_slides_each_time_it_is_used_and_expires_when_unused_for_its_lifetime()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "refresh-sliding", "en", "Editor");
        var refresh = (await TokensAsync(app, user, ApiScopes.OfflineAccess)).GetProperty("refresh_token").GetString()!;

        // Used every 13 days, it lasts beyond the 14 days of one token.
        for (var i = 0; i < 2; i++)
        {
            site.Clock.Advance(TimeSpan.FromDays(13));
            refresh = (await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, refresh))).GetProperty("refresh_token").GetString()!;
        }
        site.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await AssertRefusedAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, refresh), "invalid_grant");
    }

    [Fact]
    public async Task A_user_disabled_or_removed_since_can_no_longer_refresh()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var disabled = await AdminUsers.CreateAsync(site, "refresh-disabled", "en", "Editor");
        var removed = await AdminUsers.CreateAsync(site, "refresh-removed", "en", "Editor");
        var disabledRefresh = (await TokensAsync(app, disabled, ApiScopes.OfflineAccess)).GetProperty("refresh_token").GetString()!;
        var removedRefresh = (await TokensAsync(app, removed, ApiScopes.OfflineAccess)).GetProperty("refresh_token").GetString()!;

        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            Assert.True((await users.SetDisabledAsync((await users.FindByIdAsync(disabled.Id))!, disabled: true)).Succeeded);
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(removed.Id))!)).Succeeded);
        }

        await AssertRefusedAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, disabledRefresh), "invalid_grant");
        await AssertRefusedAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, removedRefresh), "invalid_grant");
    }

    [Fact]
    public async Task A_revoked_app_can_no_longer_refresh()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "refresh-revoked", "en", "Editor");
        var refresh = (await TokensAsync(app, user, ApiScopes.OfflineAccess)).GetProperty("refresh_token").GetString()!;

        await using (var scope = site.Scope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiClientStore>().RevokeAsync(app.ClientId, default));

        // Revoking the app revoked its tokens in OpenIddict's store: the refresh token is refused as such.
        await AssertRefusedAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, refresh), "invalid_grant");
    }

    [Fact]
    public async Task Used_tokens_are_pruned_past_the_refresh_lifetime_and_the_live_refresh_token_stays()
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "refresh-pruned", "en", "Editor");
        var first = (await TokensAsync(app, user, ApiScopes.OfflineAccess)).GetProperty("refresh_token").GetString()!;
        var second = (await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, first))).GetProperty("refresh_token").GetString()!;
        site.Clock.Advance(TimeSpan.FromDays(13));
        var live = (await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, second))).GetProperty("refresh_token").GetString()!;
        // The code and the two refresh tokens sent are used.
        Assert.Equal(3, (await StoredTokenStatusesAsync(app)).Count(s => s == OpenIddictConstants.Statuses.Redeemed));

        // Within the lifetime the used ones are kept (a reuse is recognised as such); past it they go.
        await using (var scope = site.Scope()) await ApiTokenPruning.PruneAsync(scope.ServiceProvider, default);
        Assert.Equal(3, (await StoredTokenStatusesAsync(app)).Count(s => s == OpenIddictConstants.Statuses.Redeemed));
        site.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await using (var scope = site.Scope()) Assert.True(await ApiTokenPruning.PruneAsync(scope.ServiceProvider, default) >= 3);

        Assert.DoesNotContain(OpenIddictConstants.Statuses.Redeemed, await StoredTokenStatusesAsync(app));
        await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, live));
    }

    [Theory]
    [InlineData("not-a-refresh-token", "invalid_grant")]
    [InlineData("", "invalid_request")]
    public async Task A_malformed_refresh_request_is_an_oauth_error_not_a_500(string refreshToken, string error)
    {
        var app = await BrowserApps.CreateAsync(site, []);
        await AssertRefusedAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, refreshToken), error);
    }

    [Fact]
    public async Task A_service_client_gets_no_refresh_token()
    {
        var service = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var response = await ApiClients.RequestTokenAsync(_http, service.Id, service.Secret, $"{ApiScopes.ContentDrafts} {ApiScopes.OfflineAccess}");
        // offline_access needs the refresh grant, which only browser apps have.
        await AssertRefusedAsync(response, "invalid_request");
    }

    [Theory]
    [InlineData("en", "stay signed in")]
    [InlineData("fr", "rester connectée")]
    public async Task The_consent_page_says_the_app_asks_to_keep_the_user_signed_in(string culture, string expected)
    {
        var app = await BrowserApps.CreateAsync(site, []);
        var user = await AdminUsers.CreateAsync(site, "refresh-consent", culture, "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);

        var consent = await session.GetAsync(BrowserApps.AuthorizeUrl(app.ClientId, ApiScopes.OfflineAccess, Pkce.New()));
        Assert.Equal(HttpStatusCode.OK, consent.Status);
        var scopes = consent.Text("#consent-scopes");
        Assert.Contains(ApiScopes.OfflineAccess, scopes);
        Assert.Contains(expected, scopes);

        var plain = await session.GetAsync(BrowserApps.AuthorizeUrl(app.ClientId, "", Pkce.New()));
        Assert.DoesNotContain(ApiScopes.OfflineAccess, plain.Text("#consent-scopes"));
    }

    private async Task<JsonElement> TokensAsync(ApiClient app, TestUser user, string scope)
    {
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, scope, pkce), allow: true));
        return await BrowserApps.TokenResponseAsync(await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier));
    }

    /// <summary>The status of each token OpenIddict stored for the app.</summary>
    private async Task<List<string?>> StoredTokenStatusesAsync(ApiClient app)
    {
        await using var scope = site.Scope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var id = await applications.GetIdAsync((await applications.FindByClientIdAsync(app.ClientId))!);
        var statuses = new List<string?>();
        await foreach (var token in tokens.FindByApplicationIdAsync(id!)) statuses.Add(await tokens.GetStatusAsync(token));
        return statuses;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400 {error}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(error, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await _http.SendAsync(request.With(token));
    }
}
