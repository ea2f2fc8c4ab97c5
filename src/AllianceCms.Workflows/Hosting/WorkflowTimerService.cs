using AllianceCms.Core.Hosting;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Workflows.Hosting;

/// <summary>
/// On start, carries on instances a stopped process left running; then fires due timers every
/// few seconds. Each node has its own lease owner name, so a timer fires on one node only.
/// </summary>
public sealed class WorkflowTimerService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkflowTimerService> logger)
    : ScopedPeriodicService(scopes, clock, logger)
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(10);
    protected override string WorkName => "Workflow timers";

    protected override Task<int> BeforeFirstRunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<WorkflowEngine>().RecoverAsync(ct);

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<WorkflowEngine>().RunDueTimersAsync(_owner, ct);
}
