using System.Net;
using AllianceCms.Admin.Security;
using AllianceCms.Api.Clients;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>The Alliance site with Api:Clients:CacheSeconds=0: nothing about clients is kept in memory.</summary>
public sealed class UncachedApiClientsFactory : CmsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:Clients:RequireHttps", "false");
        builder.UseSetting("Api:Clients:CacheSeconds", "0");
    }
}

/// <summary>
/// Api:Clients:CacheSeconds=0 turns the cache of clients, users, consents and origins off: tokens and CORS work,
/// and what another node changes in the database is seen by the next request here, without waiting.
/// </summary>
public sealed class ApiClientsWithoutCacheTests(UncachedApiClientsFactory site) : IClassFixture<UncachedApiClientsFactory>
{
    private const string DraftUrl = "/api/content/Member/member-kragujevac?status=latest";

    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_service_client_reads_drafts_and_its_revocation_on_another_node_is_seen_at_once()
    {
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts], ["content.view:Member"]);
        var token = await ApiClients.TokenAsync(_http, client);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(DraftUrl, token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(DraftUrl, token)).StatusCode);

        await using (var scope = site.Scope())
            Assert.True(await OtherNodeStore(scope.ServiceProvider).RevokeAsync(client.Id, default));

        await ApiHttp.ProblemAsync(await GetAsync(DraftUrl, token), HttpStatusCode.Unauthorized, "client revoked on another node");
    }

    [Fact]
    public async Task A_browser_app_reads_as_its_user_until_the_user_is_disabled()
    {
        var app = await BrowserApps.CreateAsync(site, [ApiScopes.ContentDrafts]);
        var user = await AdminUsers.CreateAsync(site, "uncached-user", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var pkce = Pkce.New();
        var callback = BrowserApps.Callback(await BrowserApps.DecideAsync(session, BrowserApps.AuthorizeUrl(app.ClientId, ApiScopes.ContentDrafts, pkce), allow: true));
        var token = await BrowserApps.AccessTokenAsync(await BrowserApps.RedeemAsync(_http, app.ClientId, callback["code"], pkce.Verifier));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(DraftUrl, token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(DraftUrl, token)).StatusCode);

        // Disabling a user tells no cache: only reading the database again finds it out.
        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            Assert.True((await users.SetDisabledAsync((await users.FindByIdAsync(user.Id))!, disabled: true)).Succeeded);
        }

        await ApiHttp.ProblemAsync(await GetAsync(DraftUrl, token), HttpStatusCode.Unauthorized, "user disabled");
    }

    [Fact]
    public async Task Cors_follows_the_origins_another_node_adds_and_revokes_at_once()
    {
        var app = await ApiClients.CreateAsync(site, [], origins: ["https://uncached.example.org"]);
        var token = await ApiClients.TokenAsync(_http, app);
        Assert.Equal("https://uncached.example.org", Header(await _http.SendAsync(Preflight("https://uncached.example.org")), "Access-Control-Allow-Origin"));
        Assert.Equal("https://uncached.example.org", Header(await GetAsync("/api/content/Country?first=1", token, "https://uncached.example.org"), "Access-Control-Allow-Origin"));
        Assert.Equal("https://uncached.example.org", Header(await GetAsync("/api/content/Country?first=1", null, "https://uncached.example.org"), "Access-Control-Allow-Origin"));
        Assert.Null(Header(await _http.SendAsync(Preflight("https://late.example.org")), "Access-Control-Allow-Origin"));

        await using (var scope = site.Scope())
        {
            var otherNode = OtherNodeStore(scope.ServiceProvider);
            await otherNode.CreateAsync(new ApiClientSettings("Late app", [], null, ["https://late.example.org"], 1000), default);
            Assert.True(await otherNode.RevokeAsync(app.Id, default));
        }

        Assert.Equal("https://late.example.org", Header(await _http.SendAsync(Preflight("https://late.example.org")), "Access-Control-Allow-Origin"));
        Assert.Null(Header(await _http.SendAsync(Preflight("https://uncached.example.org")), "Access-Control-Allow-Origin"));
    }

    /// <summary>The client store of another node: it writes to the same database but forgets only in its own memory.</summary>
    private static ApiClientStore OtherNodeStore(IServiceProvider services)
    {
        var memory = new MemoryCache(new MemoryCacheOptions());
        var options = services.GetRequiredService<IOptions<ApiClientOptions>>();
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        return ActivatorUtilities.CreateInstance<ApiClientStore>(services,
            new ApiClientDirectory(scopes, memory, options), new ApiClientOrigins(scopes, memory, options));
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? token, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null) request.With(token);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await _http.SendAsync(request);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/content/Member");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
