using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Core.Hosting;

/// <summary>
/// A background loop that runs one piece of work every <see cref="Interval"/>, each time in a
/// fresh DI scope (as a request would). A failure is logged and the work is tried again next time.
/// </summary>
public abstract class ScopedPeriodicService(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the work is, for the log ("Scheduled publishing").</summary>
    protected abstract string WorkName { get; }

    /// <summary>Does the work once; returns how many things it changed.</summary>
    protected abstract Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct);

    /// <summary>Runs once before the first tick (e.g. to recover what a stopped process left).</summary>
    protected virtual Task<int> BeforeFirstRunAsync(IServiceProvider services, CancellationToken ct) => Task.FromResult(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunInScopeAsync(BeforeFirstRunAsync, stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunInScopeAsync(RunOnceAsync, stoppingToken);
    }

    private async Task RunInScopeAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await work(scope.ServiceProvider, ct);
            if (count > 0) logger.LogInformation("{Work}: {Count} done", WorkName, count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Work} failed; it will be tried again", WorkName);
        }
    }
}
