using AllianceCms.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alliance.JoinForm.PersonalData;

/// <summary>Erases expired applications at start and then every hour.</summary>
public sealed class ApplicationErasureService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApplicationErasureService> logger)
    : ScopedPeriodicService(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);
    protected override string WorkName => "Erasure of expired join applications";

    protected override Task<int> BeforeFirstRunAsync(IServiceProvider services, CancellationToken ct) => RunOnceAsync(services, ct);

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ApplicationEraser>().EraseDueAsync(ct);
}
