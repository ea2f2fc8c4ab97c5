using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Workflows.Hosting;

/// <summary>
/// On start, carries on instances a stopped process left running; then fires due timers every
/// few seconds. Each node has its own lease owner name, so a timer fires on one node only.
/// </summary>
public sealed class WorkflowTimerService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkflowTimerService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunAsync((engine, ct) => engine.RecoverAsync(ct), "recovery", stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunAsync((engine, ct) => engine.RunDueTimersAsync(_owner, ct), "timers", stoppingToken);
    }

    private async Task RunAsync(Func<WorkflowEngine, CancellationToken, Task<int>> work, string what, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await work(scope.ServiceProvider.GetRequiredService<WorkflowEngine>(), ct);
            if (count > 0) logger.LogInformation("Workflow {What}: {Count} instances moved on", what, count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Workflow {What} failed; it will be tried again", what);
        }
    }
}
