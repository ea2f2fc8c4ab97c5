using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AllianceCms.Api.Clients;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>A client the test registered, with its one-time secret.</summary>
internal sealed record TestApiClient(ApiClient Client, string Secret)
{
    public string Id => Client.ClientId;
}

/// <summary>Registers API clients as an administrator would, and fetches their tokens as the client would.</summary>
internal static class ApiClients
{
    public static async Task<TestApiClient> CreateAsync(CmsFactory site, string[] scopes, string[]? permissions = null, string[]? origins = null, int perMinute = 1000)
    {
        var role = permissions is null ? null : await AdminUsers.CreateRoleAsync(site, "api-role", permissions);
        await using var scope = site.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ApiClientStore>();
        var (client, secret) = await store.CreateAsync(new ApiClientSettings("Test app " + Guid.NewGuid().ToString("N")[..6], scopes, role, origins ?? [], perMinute), default);
        return new TestApiClient(client, secret!);
    }

    public static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string secret, string? scope)
    {
        var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null) fields["scope"] = scope;
        return await http.PostAsync("/api/connect/token", new FormUrlEncodedContent(fields));
    }

    public static async Task<string> TokenAsync(HttpClient http, TestApiClient client, string? scope = null)
    {
        var response = await RequestTokenAsync(http, client.Id, client.Secret, scope ?? string.Join(' ', client.Client.Scopes));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Bearer", json.RootElement.GetProperty("token_type").GetString());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A request with the client's token.</summary>
    public static HttpRequestMessage With(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
