using System.Net;
using AllianceCms.Api.Clients;
using AllianceCms.Tests.Integration.Api;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Admin.Api;

/// <summary>The admin page of API clients: created with a secret shown once, edited, rotated and revoked by administrators only.</summary>
[Collection("api-clients")]
public sealed class ApiClientsAdminTests(ApiClientsFactory site)
{
    private readonly HttpClient _api = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task An_administrator_creates_a_client_whose_secret_is_shown_once_and_works()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var page = await admin.GetAsync("/admin/api/clients");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var name = "Mobile app " + Guid.NewGuid().ToString("N")[..6];
        var form = page.Form("#client-form").Set("DisplayName", name).Set("Scopes", ApiScopes.ContentDrafts).Set("Role", "Editor")
            .Set("Origins", "https://app.example.org").Set("RequestsPerMinute", "120");
        var created = await admin.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var clientId = created.Text("#new-client-id");
        var secret = created.Text("#new-client-secret");
        Assert.StartsWith("c-", clientId);
        Assert.True(secret.Length >= 40, secret);
        Assert.Contains(name, created.Text("#api-clients"));

        var token = await ApiClients.TokenAsync(_api, new TestApiClient(new ApiClient(clientId, name, [ApiScopes.ContentDrafts], "Editor", [], 120, default, null), secret));
        Assert.NotEmpty(token);
        // The list never shows the secret again.
        Assert.DoesNotContain(secret, (await admin.GetAsync("/admin/api/clients")).Body);

        var rotated = await admin.PostWithTokenAsync("/admin/api/clients?handler=Rotate", ("ClientId", clientId));
        var newSecret = rotated.Text("#new-client-secret");
        Assert.NotEqual(secret, newSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClients.RequestTokenAsync(_api, clientId, secret, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApiClients.RequestTokenAsync(_api, clientId, newSecret, null)).StatusCode);

        var revoked = await admin.PostWithTokenAsync("/admin/api/clients?handler=Revoke", ("ClientId", clientId));
        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.NotEqual(HttpStatusCode.OK, (await ApiClients.RequestTokenAsync(_api, clientId, newSecret, null)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_edits_a_client_s_scopes_and_limit()
    {
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts]);
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var edit = await admin.GetAsync($"/admin/api/clients?edit={client.Id}");
        var saved = await admin.SubmitAsync(edit.Form("#client-form").Set("Scopes", ApiScopes.ContentWrite).Set("RequestsPerMinute", "42"));
        Assert.Equal(HttpStatusCode.OK, saved.Status);

        await using var scope = site.Scope();
        var stored = await scope.ServiceProvider.GetRequiredService<ApiClientStore>().FindAsync(client.Id, default);
        Assert.Equal([ApiScopes.ContentWrite], stored!.Scopes);
        Assert.Equal(42, stored.RequestsPerMinute);
    }

    [Theory]
    [InlineData("en", "is not an origin")]
    [InlineData("fr", "n'est pas une origine")]
    public async Task Bad_settings_are_refused_with_messages_in_the_administrator_s_language(string culture, string originMessage)
    {
        var user = await AdminUsers.CreateAsync(site, "api-admin", culture, "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var page = await admin.GetAsync("/admin/api/clients");
        var before = page.All("#api-clients tbody tr").Count;
        var result = await admin.SubmitAsync(page.Form("#client-form").Set("DisplayName", "").Set("Origins", "https://app.example.org/path").Set("RequestsPerMinute", "0"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.NotEmpty(result.Text("#client-name-error"));
        Assert.Contains(originMessage, result.Text("#client-origins-error"));
        Assert.NotEmpty(result.Text("#client-rate-error"));
        Assert.Equal(before, result.All("#api-clients tbody tr").Count);
    }

    [Fact]
    public async Task Editors_may_not_open_or_post_to_the_clients_page()
    {
        var editor = await AdminUsers.CreateAsync(site, "api-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/api/clients")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.PostWithTokenAsync("/admin/api/clients?handler=Create", ("DisplayName", "Sneaky"), ("RequestsPerMinute", "10"))).Status);
    }

    [Fact]
    public async Task An_administrator_creates_a_browser_app_with_redirect_uris_and_no_secret()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var page = await admin.GetAsync("/admin/api/clients");
        var name = "Single-page app " + Guid.NewGuid().ToString("N")[..6];
        var form = page.Form("#client-form").Set("DisplayName", name).Set("Kind", nameof(ApiClientKind.BrowserApp))
            .Set("Scopes", ApiScopes.ContentDrafts).Set("RedirectUris", "http://app.example.org/callback");

        // Plain HTTP is for the loopback host only: the form says so and nothing is created.
        var refused = await admin.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("http://app.example.org/callback", refused.Text("#client-redirects-error"));
        Assert.DoesNotContain(name, refused.Find("#api-clients")?.TextContent ?? "");

        var created = await admin.SubmitAsync(refused.Form("#client-form")
            .Set("RedirectUris", "https://app.example.org/callback\nhttp://localhost:5173/callback"));
        var clientId = created.Text("#new-client-id");
        Assert.Null(created.Find("#new-client-secret"));
        await using var scope = site.Scope();
        var stored = (await scope.ServiceProvider.GetRequiredService<ApiClientStore>().FindAsync(clientId, default))!;
        Assert.Equal(ApiClientKind.BrowserApp, stored.Kind);
        Assert.Equal(["http://localhost:5173/callback", "https://app.example.org/callback"], stored.RedirectUris);
        Assert.Null(stored.Role);
        Assert.Contains("https://app.example.org", stored.AllowedOrigins);
    }

    [Fact]
    public async Task A_browser_app_needs_a_redirect_uri_and_the_french_admin_says_so()
    {
        var user = await AdminUsers.CreateAsync(site, "clients-fr", "fr", "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var page = await admin.GetAsync("/admin/api/clients");
        var refused = await admin.SubmitAsync(page.Form("#client-form").Set("DisplayName", "Appli").Set("Kind", nameof(ApiClientKind.BrowserApp)));
        Assert.Contains("au moins une URI de redirection", refused.Text("#client-redirects-error"));
    }
}
