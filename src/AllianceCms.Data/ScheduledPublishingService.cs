using AllianceCms.Core.Content;
using AllianceCms.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Data;

/// <summary>Publishes and unpublishes items whose scheduled time has come, every half minute.</summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingService> logger)
    : ScopedPeriodicService(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(30);
    protected override string WorkName => "Scheduled publishing";

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<IContentManager>().RunSchedulesAsync(ct);
}
