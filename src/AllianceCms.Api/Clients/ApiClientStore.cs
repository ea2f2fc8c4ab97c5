using System.Security.Cryptography;
using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AllianceCms.Api.Clients;

/// <summary>
/// API clients as OpenIddict applications: the client id and hashed secret are OpenIddict's, the
/// CMS's settings (role, origins, rate limit, revocation) travel in the application's properties.
/// </summary>
public sealed class ApiClientStore(IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens,
    ApiClientDirectory directory, ApiClientOrigins origins, ApiClientEvents events, TimeProvider clock)
{
    private const string RoleProperty = "cms:role";
    private const string OriginsProperty = "cms:origins";
    private const string RateProperty = "cms:requestsPerMinute";
    private const string CreatedProperty = "cms:created";
    private const string RevokedProperty = "cms:revoked";

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken ct)
    {
        var clients = new List<ApiClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, ct))
            clients.Add(await ReadAsync(application, ct));
        return clients.OrderBy(c => c.IsRevoked).ThenBy(c => c.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<ApiClient?> FindAsync(string clientId, CancellationToken ct) =>
        await applications.FindByClientIdAsync(clientId, ct) is { } application ? await ReadAsync(application, ct) : null;

    /// <summary>Creates a client; returns its secret, shown once and stored only hashed (none for a browser app).</summary>
    public async Task<(ApiClient Client, string? Secret)> CreateAsync(ApiClientSettings settings, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor { ClientId = "c-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant() };
        descriptor.Properties[CreatedProperty] = JsonSerializer.SerializeToElement(clock.GetUtcNow().UtcDateTime);
        var secret = settings.Kind == ApiClientKind.Service ? NewSecret() : null;
        descriptor.ClientSecret = secret;
        descriptor.ClientType = settings.Kind == ApiClientKind.Service ? ClientTypes.Confidential : ClientTypes.Public;
        Apply(descriptor, settings);
        var application = await applications.CreateAsync(descriptor, ct);
        origins.Forget();
        var client = await ReadAsync(application, ct);
        await events.CreatedAsync(client, ct);
        return (client, secret);
    }

    public async Task<ApiClient?> UpdateAsync(string clientId, ApiClientSettings settings, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(clientId, ct) is not { } application) return null;
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, ct);
        if (descriptor.Properties.ContainsKey(RevokedProperty)) return await ReadAsync(application, ct);
        Apply(descriptor, settings);
        await applications.UpdateAsync(application, descriptor, ct);
        directory.Forget(clientId);
        origins.Forget();
        var client = await ReadAsync(application, ct);
        await events.ChangedAsync(client, ct);
        return client;
    }

    /// <summary>A new secret replaces the old one at once; tokens already issued stay valid until they expire.</summary>
    public async Task<string?> RotateSecretAsync(string clientId, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(clientId, ct) is not { } application) return null;
        var client = await ReadAsync(application, ct);
        if (client.IsRevoked || client.Kind != ApiClientKind.Service) return null;
        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, ct);
        await events.SecretRotatedAsync(client, ct);
        return secret;
    }

    /// <summary>
    /// No more tokens, and the ones issued are refused from the next request on (within the directory's cache
    /// time on other nodes); a browser app's consents and refresh tokens are revoked in OpenIddict's store too.
    /// </summary>
    public async Task<bool> RevokeAsync(string clientId, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(clientId, ct) is not { } application) return false;
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, ct);
        if (descriptor.Properties.ContainsKey(RevokedProperty)) return true;
        descriptor.Properties[RevokedProperty] = JsonSerializer.SerializeToElement(clock.GetUtcNow().UtcDateTime);
        descriptor.Permissions.Clear();
        await applications.UpdateAsync(application, descriptor, ct);
        // The secret is useless now: replace it by one nobody knows (a browser app has none).
        if (descriptor.ClientType == ClientTypes.Confidential) await applications.UpdateAsync(application, NewSecret(), ct);
        if (await applications.GetIdAsync(application, ct) is { } id)
        {
            await authorizations.RevokeByApplicationIdAsync(id, ct);
            await tokens.RevokeByApplicationIdAsync(id, ct);
        }
        directory.Forget(clientId);
        origins.Forget();
        await events.RevokedAsync(await ReadAsync(application, ct), ct);
        return true;
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// A confidential client of the client-credentials grant, or a public browser app of the code flow with
    /// PKCE (and refresh tokens) and its redirect URIs (its kind, set at creation, never changes), with the scopes it was given.
    /// </summary>
    private static void Apply(OpenIddictApplicationDescriptor descriptor, ApiClientSettings settings)
    {
        descriptor.DisplayName = settings.DisplayName;
        descriptor.Permissions.Clear();
        descriptor.Requirements.Clear();
        descriptor.RedirectUris.Clear();
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        if (descriptor.ClientType == ClientTypes.Public)
        {
            descriptor.ConsentType = ConsentTypes.Explicit;
            descriptor.Permissions.Add(Permissions.Endpoints.Authorization);
            descriptor.Permissions.Add(Permissions.GrantTypes.AuthorizationCode);
            // Used only if the user allows offline_access on the consent page.
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
            descriptor.Permissions.Add(Permissions.ResponseTypes.Code);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            foreach (var uri in settings.RedirectUris.Where(RedirectUriRule.IsAllowed)) descriptor.RedirectUris.Add(new Uri(uri));
        }
        else
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }
        foreach (var scope in settings.Scopes.Where(ApiScopes.All.Contains)) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        descriptor.Properties[RoleProperty] = JsonSerializer.SerializeToElement(descriptor.ClientType == ClientTypes.Public ? null : settings.Role);
        descriptor.Properties[OriginsProperty] = JsonSerializer.SerializeToElement(settings.Origins);
        descriptor.Properties[RateProperty] = JsonSerializer.SerializeToElement(settings.RequestsPerMinute);
    }

    private async Task<ApiClient> ReadAsync(object application, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, ct);
        var p = descriptor.Properties;
        return new ApiClient(
            descriptor.ClientId!,
            descriptor.DisplayName ?? descriptor.ClientId!,
            descriptor.Permissions.Where(x => x.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(x => x[Permissions.Prefixes.Scope.Length..]).Order(StringComparer.Ordinal).ToList(),
            p.TryGetValue(RoleProperty, out var role) && role.ValueKind == JsonValueKind.String ? role.GetString() : null,
            p.TryGetValue(OriginsProperty, out var origins) && origins.ValueKind == JsonValueKind.Array ? origins.EnumerateArray().Select(o => o.GetString()!).ToList() : [],
            p.TryGetValue(RateProperty, out var rate) && rate.TryGetInt32(out var perMinute) ? perMinute : 0,
            p.TryGetValue(CreatedProperty, out var created) ? created.GetDateTime() : DateTime.MinValue,
            p.TryGetValue(RevokedProperty, out var revoked) ? revoked.GetDateTime() : null,
            descriptor.ClientType == ClientTypes.Public ? ApiClientKind.BrowserApp : ApiClientKind.Service,
            descriptor.RedirectUris.Select(u => u.OriginalString).Order(StringComparer.Ordinal).ToList());
    }
}
