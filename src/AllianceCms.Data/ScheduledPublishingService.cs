using AllianceCms.Core.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Data;

/// <summary>Publishes and unpublishes items whose scheduled time has come, every half minute.</summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var done = await scope.ServiceProvider.GetRequiredService<IContentManager>().RunSchedulesAsync(stoppingToken);
                if (done > 0) logger.LogInformation("Scheduled publishing changed {Count} items", done);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled publishing failed; it will be tried again");
            }
        }
    }
}
