using AllianceCms.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace AllianceCms.Api.Clients;

/// <summary>
/// OpenIddict as the API's token server (client credentials for services, the code flow with PKCE for
/// browser apps) and as the validator of its bearer tokens.
/// </summary>
internal static class ApiClientsRegistration
{
    public static IServiceCollection AddApiClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiClientOptions>().Bind(configuration.GetSection(ApiOptions.Section + ":Clients"))
            .ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(ApiOptions.Section + ":Clients").Get<ApiClientOptions>() ?? new ApiClientOptions();

        services.AddMemoryCache();
        services.AddSingleton<ApiClientDirectory>();
        services.AddSingleton<ApiUserDirectory>();
        services.AddSingleton<ApiAuthorizationStatus>();
        services.AddScoped<BrowserAppConsent>();
        services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, TokenEndpointCors.StartupFilter>();
        services.AddSingleton<ApiClientOrigins>();
        services.AddSingleton<ClientRateLimits>();
        services.AddScoped<ApiClientStore>();
        services.AddScoped<ApiClientEvents>();
        services.AddHostedService<ApiTokenPruning>();

        services.AddOpenIddict()
            .AddCore(o =>
            {
                o.UseEntityFrameworkCore().UseDbContext<CmsDbContext>();
                // A consent whose tokens OpenIddict revoked is revoked too, and the gate's cache forgets it at once
                // (see ApiAuthorizationStatus).
                o.ReplaceTokenManager(typeof(ApiTokenManager<>));
                o.ReplaceAuthorizationManager(typeof(ApiAuthorizationManager<>));
            })
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                o.SetAuthorizationEndpointUris(BrowserAppConsent.Path.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                // Browser apps: the code flow, always with PKCE, and only its S256 form ("plain" protects nothing).
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.Configure(server => server.CodeChallengeMethods.Remove(OpenIddict.Abstractions.OpenIddictConstants.CodeChallengeMethods.Plain));
                // Refresh tokens for browser apps allowed offline_access: stored (OpenIddict's token entities, in our
                // database) so that each is good once (rolling), a second use revokes the consent and what it issued, and
                // revoking the app revokes them; each refresh returns a new one for the whole lifetime again (sliding).
                o.AllowRefreshTokenFlow()
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(settings.RefreshTokenDays))
                    .SetRefreshTokenReuseLeeway(TimeSpan.FromSeconds(settings.RefreshTokenReuseSeconds));
                o.RegisterScopes([.. ApiScopes.All]);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(settings.AccessTokenMinutes));
                var aspNetCore = o.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough()
                    // Authorization requests that cannot go back to the app (unknown app, unregistered redirect URI) are explained on the consent page, in the user's language.
                    .EnableErrorPassthrough();
                if (!settings.RequireHttps) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });

        // Keys from the data folder (or memory for tests), never development certificates.
        services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<DatabaseOptions>, IOptions<ApiClientOptions>>((server, database, clients) =>
        {
            var (signing, encrypting) = clients.Value.EphemeralKeys ? ApiTokenKeys.Ephemeral() : ApiTokenKeys.Load(database.Value.DataFolder);
            server.SigningCredentials.Add(signing);
            server.EncryptionCredentials.Add(encrypting);
        });
        return services;
    }
}
