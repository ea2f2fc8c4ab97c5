using AllianceCms.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace AllianceCms.Api.Clients;

/// <summary>
/// Every hour, deletes the tokens and consents OpenIddict stored that can no longer be used (expired, used,
/// revoked) once they are older than a refresh token's lifetime. Every token issued is stored, which is what
/// makes a refresh token good once and revocable; without pruning those tables only grow.
/// </summary>
public sealed class ApiTokenPruning(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApiTokenPruning> logger)
    : ScopedPeriodicService(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);
    protected override string WorkName => "API token pruning";

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) => PruneAsync(services, ct);

    /// <summary>
    /// Keeps what is younger than a refresh token's lifetime: a used refresh token sent again within it is then
    /// still recognised as reused (and its consent's tokens revoked), not merely unknown.
    /// </summary>
    public static async Task<int> PruneAsync(IServiceProvider services, CancellationToken ct)
    {
        var lifetime = TimeSpan.FromDays(services.GetRequiredService<IOptions<ApiClientOptions>>().Value.RefreshTokenDays);
        var threshold = services.GetRequiredService<TimeProvider>().GetUtcNow() - lifetime;
        var tokens = await services.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, ct);
        var authorizations = await services.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, ct);
        return (int)Math.Min(int.MaxValue, tokens + authorizations);
    }
}
