using System.Net;
using System.Text.Json;
using AllianceCms.Api.Clients;
using AllianceCms.Data;
using AllianceCms.Tests.Integration.Admin;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// A browser app's access tokens live and die with the consent (OpenIddict's authorization) they were issued
/// under: a reused refresh token or code revokes it, and the access tokens already out are refused from the next
/// request on, while a normal refresh leaves every token of the consent working.
/// </summary>
[Collection("api-clients")]
public sealed class BrowserAppConsentRevocationTests(ApiClientsFactory site)
{
    private const string DraftUrl = "/api/content/Member/member-kragujevac?status=latest";

    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Access_tokens_issued_before_a_refresh_token_reuse_are_refused_after_it()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "reuse-access", "en", "Editor");
        var first = await TokensAsync(app, user, $"{ApiScopes.ContentDrafts} {ApiScopes.OfflineAccess}");
        var firstAccess = first.GetProperty("access_token").GetString()!;
        var firstRefresh = first.GetProperty("refresh_token").GetString()!;
        var second = await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, firstRefresh));
        var secondAccess = second.GetProperty("access_token").GetString()!;
        // Both work, and this node now remembers their consent as valid.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(firstAccess)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(secondAccess)).StatusCode);

        // The used refresh token comes back (a thief, or the app it was stolen from): its consent is revoked,
        // and this node forgets what it remembered at once, well within the cache time.
        Assert.Equal(HttpStatusCode.BadRequest, (await BrowserApps.RefreshAsync(_http, app.ClientId, firstRefresh)).StatusCode);
        Assert.Equal([OpenIddictConstants.Statuses.Revoked], await ConsentStatusesAsync(app));

        await ApiHttp.ProblemAsync(await GetAsync(firstAccess), HttpStatusCode.Unauthorized, "access token of a revoked consent");
        await ApiHttp.ProblemAsync(await GetAsync(secondAccess), HttpStatusCode.Unauthorized, "access token of a revoked consent");
    }

    [Fact]
    public async Task A_normal_refresh_leaves_the_old_and_the_new_access_token_working()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "rotation-access", "en", "Editor");
        var first = await TokensAsync(app, user, $"{ApiScopes.ContentDrafts} {ApiScopes.OfflineAccess}");
        var firstAccess = first.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(firstAccess)).StatusCode);

        var second = await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, first.GetProperty("refresh_token").GetString()!));
        var third = await BrowserApps.TokenResponseAsync(await BrowserApps.RefreshAsync(_http, app.ClientId, second.GetProperty("refresh_token").GetString()!));

        // Rotation marks each refresh token used, not the consent: it stays one and valid, and every access token works
        // until it expires, even once the cache has been read again.
        Assert.Equal([OpenIddictConstants.Statuses.Valid], await ConsentStatusesAsync(app));
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(firstAccess)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(second.GetProperty("access_token").GetString()!)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(third.GetProperty("access_token").GetString()!)).StatusCode);
    }

    [Fact]
    public async Task The_access_token_of_a_reused_code_is_refused_after_the_reuse()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "reuse-code", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var code = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, ApiScopes.ContentDrafts, pkce), allow: true))["code"];
        var access = await BrowserApps.AccessTokenAsync(await BrowserApps.RedeemAsync(_http, app.ClientId, code, pkce.Verifier));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(access)).StatusCode);

        var again = await BrowserApps.RedeemAsync(_http, app.ClientId, code, pkce.Verifier);
        Assert.Equal("invalid_grant", await BrowserApps.ErrorAsync(again));

        await ApiHttp.ProblemAsync(await GetAsync(access), HttpStatusCode.Unauthorized, "access token of a reused code");
    }

    [Fact]
    public async Task A_consent_the_site_revokes_is_refused_at_once()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "revoked-here", "en", "Editor");
        var access = (await TokensAsync(app, user, ApiScopes.ContentDrafts)).GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(access)).StatusCode);

        await using (var scope = site.Scope())
        {
            var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
            var consent = await authorizations.FindByIdAsync(await ConsentIdAsync(scope.ServiceProvider, app));
            Assert.True(await authorizations.TryRevokeAsync(consent!));
        }

        await ApiHttp.ProblemAsync(await GetAsync(access), HttpStatusCode.Unauthorized, "access token of a consent revoked on this node");
    }

    [Fact]
    public async Task A_consent_revoked_by_another_node_is_refused_here_once_the_cache_time_is_over()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "revoked-elsewhere", "en", "Editor");
        var access = (await TokensAsync(app, user, ApiScopes.ContentDrafts)).GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(access)).StatusCode);

        // Another node revokes the consent: only the database changes, this node's memory does not hear of it.
        await using (var scope = site.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var id = await ConsentIdAsync(scope.ServiceProvider, app);
            Assert.Equal(1, await db.Set<OpenIddictEntityFrameworkCoreAuthorization>().Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, OpenIddictConstants.Statuses.Revoked)));
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(access)).StatusCode);
        site.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(access)).StatusCode);
        site.Clock.Advance(TimeSpan.FromSeconds(2));
        await ApiHttp.ProblemAsync(await GetAsync(access), HttpStatusCode.Unauthorized, "access token of a consent revoked elsewhere");
    }

    private async Task<JsonElement> TokensAsync(ApiClient app, TestUser user, string scope)
    {
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, scope, pkce), allow: true));
        return await BrowserApps.TokenResponseAsync(await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier));
    }

    /// <summary>The status of each consent OpenIddict stored for the app.</summary>
    private async Task<List<string?>> ConsentStatusesAsync(ApiClient app)
    {
        await using var scope = site.Scope();
        var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        var statuses = new List<string?>();
        await foreach (var authorization in authorizations.FindByApplicationIdAsync(await ApplicationIdAsync(scope.ServiceProvider, app)))
            statuses.Add(await authorizations.GetStatusAsync(authorization));
        return statuses;
    }

    private static async Task<string> ConsentIdAsync(IServiceProvider services, ApiClient app)
    {
        var authorizations = services.GetRequiredService<IOpenIddictAuthorizationManager>();
        var ids = new List<string?>();
        await foreach (var authorization in authorizations.FindByApplicationIdAsync(await ApplicationIdAsync(services, app)))
            ids.Add(await authorizations.GetIdAsync(authorization));
        return Assert.Single(ids)!;
    }

    private static async Task<string> ApplicationIdAsync(IServiceProvider services, ApiClient app)
    {
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        return (await applications.GetIdAsync((await applications.FindByClientIdAsync(app.ClientId))!))!;
    }

    private async Task<HttpResponseMessage> GetAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DraftUrl);
        return await _http.SendAsync(request.With(token));
    }
}
