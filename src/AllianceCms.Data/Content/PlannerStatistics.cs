using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Data.Content;

/// <summary>
/// Refreshes the query planner's statistics on the content tables. Without them SQLite guesses
/// that "ContentType = ?" is selective and, for a field filter, walks every item of the type
/// instead of the few index rows that match; PostgreSQL's autovacuum analyzes on its own, but
/// only some time after a bulk load.
/// </summary>
public sealed class PlannerStatistics(CmsDbContext db)
{
    public Task RefreshAsync(CancellationToken ct = default) => db is PostgresCmsDbContext
        ? db.Database.ExecuteSqlRawAsync("ANALYZE \"ContentItems\", \"ContentIndex\", \"ContentRoutes\"", ct)
        // SQLite's own advice for long-lived connections; the limit bounds the cost on big tables.
        : db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", ct);
}

/// <summary>Refreshes planner statistics shortly after start, then every hour.</summary>
public sealed class PlannerStatisticsService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PlannerStatisticsService> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRun = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not at once: start-up has the CPU to itself first.
        await Task.Delay(FirstRun, clock, stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PlannerStatistics>().RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Refreshing the planner statistics failed; it will be tried again");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
