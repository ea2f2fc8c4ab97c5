using System.Text.Json.Nodes;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Expressions;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Workflows.Runtime;

/// <summary>
/// Starts, runs and resumes workflow instances. Each step and the saving of the instance after it
/// share one database transaction, so what a step wrote (an item, a queued e-mail) and the instance's
/// progress commit together; a process that dies mid-way leaves an instance that another process
/// carries on from the step that was running.
/// </summary>
public sealed class WorkflowEngine(
    IWorkflowStore store,
    ActivityRegistry activities,
    WorkflowExpressions expressions,
    IServiceProvider services,
    AllianceCms.Core.Content.ITransactionRunner transactions,
    TimeProvider clock,
    ILogger<WorkflowEngine> logger)
{
    /// <summary>Steps one run may take before the instance is faulted as looping.</summary>
    public const int MaxStepsPerRun = 1000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// An event happened: starts every enabled definition whose start activity matches it, and
    /// resumes instances waiting for it (with <paramref name="key"/> when given).
    /// </summary>
    public async Task<IReadOnlyList<WorkflowInstance>> TriggerAsync(string eventName, JsonObject input, string? key = null, string? correlationId = null, CancellationToken ct = default)
    {
        var touched = new List<WorkflowInstance>();
        foreach (var definition in (await store.GetLatestDefinitionsAsync(ct)).Where(d => d.Enabled))
        {
            foreach (var start in definition.Activities.Where(a => !definition.Into(a.Id).Any()))
            {
                if (activities.Find(start.Type) is not IEventActivity trigger) continue;
                if (!trigger.Matches(trigger.ReadSettings(start.Settings), eventName, input)) continue;
                touched.Add(await StartAsync(definition, start, trigger, input, correlationId, ct));
            }
        }
        foreach (var (instanceId, activityId) in await store.FindWaitingAsync(eventName, key, ct))
        {
            if (await ResumeAsync(instanceId, activityId, input, ct) is { } resumed) touched.Add(resumed);
        }
        return touched;
    }

    /// <summary>
    /// Carries on an instance waiting in <paramref name="activityId"/>. Returns null when it is not
    /// waiting there (any more): resuming twice has one effect.
    /// </summary>
    public async Task<WorkflowInstance?> ResumeAsync(string instanceId, string activityId, JsonObject input, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var instance = await store.GetInstanceAsync(instanceId, ct);
            if (instance is null || instance.Status is WorkflowStatus.Cancelled or WorkflowStatus.Finished) return null;
            var waiting = instance.Waiting.FirstOrDefault(w => w.ActivityId == activityId);
            if (waiting is null) return null;
            var definition = await DefinitionOfAsync(instance, ct);
            var activityDefinition = definition.Activity(activityId)!;
            var result = await InvokeAsync(instance, definition, activityDefinition, a => a.ResumeAsync(Context(instance, definition, activityDefinition, ct), a.ReadSettings(activityDefinition.Settings), input));
            instance.Waiting.Remove(waiting);
            Apply(instance, definition, activityDefinition, result, scheduled: false);
            try
            {
                await SaveAsync(instance, ct);
            }
            catch (WorkflowConcurrencyException)
            {
                continue; // someone else moved it on; look again
            }
            await RunAsync(instance, definition, ct);
            return instance;
        }
        return null;
    }

    /// <summary>Runs a faulted instance again from the activity that failed.</summary>
    public async Task<WorkflowInstance?> RetryAsync(string instanceId, CancellationToken ct = default)
    {
        var instance = await store.GetInstanceAsync(instanceId, ct);
        if (instance is null || instance.Status != WorkflowStatus.Faulted) return null;
        instance.Status = WorkflowStatus.Running;
        instance.FaultActivityId = instance.FaultMessage = null;
        Record(instance, instance.Scheduled.FirstOrDefault() ?? "", "", "retried", null);
        await SaveAsync(instance, ct);
        await RunAsync(instance, await DefinitionOfAsync(instance, ct), ct);
        return instance;
    }

    public async Task<WorkflowInstance?> CancelAsync(string instanceId, CancellationToken ct = default)
    {
        var instance = await store.GetInstanceAsync(instanceId, ct);
        if (instance is null || instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled) return null;
        instance.Status = WorkflowStatus.Cancelled;
        instance.Scheduled.Clear();
        instance.Waiting.Clear();
        Record(instance, "", "", "cancelled", null);
        await SaveAsync(instance, ct);
        return instance;
    }

    /// <summary>Fires the timers that are due (with a lease, so each fires on one node only).</summary>
    public async Task<int> RunDueTimersAsync(string owner, CancellationToken ct = default)
    {
        var fired = 0;
        foreach (var (instanceId, activityId) in await store.ClaimDueAsync(Now, owner, TimeSpan.FromMinutes(5), ct))
        {
            if (await ResumeAsync(instanceId, activityId, [], ct) is not null) fired++;
        }
        return fired;
    }

    /// <summary>Runs instances left running by a process that stopped (they have scheduled steps and no fault).</summary>
    public async Task<int> RecoverAsync(CancellationToken ct = default)
    {
        var recovered = 0;
        foreach (var instance in await store.ListInstancesAsync(WorkflowStatus.Running, 0, 500, ct))
        {
            if (instance.Scheduled.Count == 0) continue;
            await RunAsync(instance, await DefinitionOfAsync(instance, ct), ct);
            recovered++;
        }
        return recovered;
    }

    private async Task<WorkflowInstance> StartAsync(WorkflowDefinition definition, ActivityDefinition start, IEventActivity trigger, JsonObject input, string? correlationId, CancellationToken ct)
    {
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7().ToString("N"),
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            CorrelationId = correlationId,
            Input = (JsonObject)input.DeepClone(),
            CreatedUtc = Now,
        };
        logger.LogInformation("Workflow {Definition} v{Version} started as {Instance} by {Activity}", definition.Id, definition.Version, instance.Id, start.Id);
        var result = await InvokeAsync(instance, definition, start, a => a.ResumeAsync(Context(instance, definition, start, ct), a.ReadSettings(start.Settings), input));
        Apply(instance, definition, start, result, scheduled: false);
        await SaveAsync(instance, ct);
        await RunAsync(instance, definition, ct);
        return instance;
    }

    private async Task RunAsync(WorkflowInstance instance, WorkflowDefinition definition, CancellationToken ct)
    {
        for (var steps = 0; instance.Status == WorkflowStatus.Running && instance.Scheduled.Count > 0; steps++)
        {
            var activity = definition.Activity(instance.Scheduled[0])!;
            var tooMany = steps >= MaxStepsPerRun;
            await transactions.RunAsync(async token =>
            {
                var result = tooMany
                    ? ActivityResult.Fault($"More than {MaxStepsPerRun} steps in one run: the workflow loops.")
                    : await InvokeAsync(instance, definition, activity, a => a.ExecuteAsync(Context(instance, definition, activity, token), a.ReadSettings(activity.Settings)));
                Apply(instance, definition, activity, result, scheduled: true);
                await SaveAsync(instance, token);
                return true;
            }, ct);
        }
    }

    private async Task<ActivityResult> InvokeAsync(WorkflowInstance instance, WorkflowDefinition definition, ActivityDefinition activity, Func<IActivity, Task<ActivityResult>> call)
    {
        try
        {
            return await call(activities.Get(activity.Type));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Activity {Activity} ({Type}) of workflow instance {Instance} failed", activity.Id, activity.Type, instance.Id);
            return ActivityResult.Fault(e.Message);
        }
    }

    /// <summary>Records a step's result and schedules what follows its outcomes.</summary>
    private void Apply(WorkflowInstance instance, WorkflowDefinition definition, ActivityDefinition activity, ActivityResult result, bool scheduled)
    {
        if (result.IsFault)
        {
            instance.Status = WorkflowStatus.Faulted;
            instance.FaultActivityId = activity.Id;
            instance.FaultMessage = result.FaultMessage;
            Record(instance, activity.Id, activity.Type, "faulted", result.FaultMessage);
            return;
        }
        if (scheduled) instance.Scheduled.RemoveAt(0);
        if (result.Bookmark is { } bookmark)
        {
            instance.Waiting.RemoveAll(w => w.ActivityId == activity.Id);
            instance.Waiting.Add(new WaitingActivity(activity.Id, bookmark.Signal, bookmark.Key, bookmark.DueUtc));
            Record(instance, activity.Id, activity.Type, "waiting", bookmark.Key is null ? bookmark.Signal : $"{bookmark.Signal}:{bookmark.Key}");
        }
        else
        {
            Record(instance, activity.Id, activity.Type, "done", string.Join(", ", result.Outcomes));
            foreach (var outcome in result.Outcomes)
                foreach (var transition in definition.From(activity.Id, outcome))
                    Schedule(instance, definition, transition.To, activity.Id);
        }
        instance.Status = instance.Scheduled.Count > 0 ? WorkflowStatus.Running
            : instance.Waiting.Count > 0 ? WorkflowStatus.Waiting
            : WorkflowStatus.Finished;
    }

    private void Schedule(WorkflowInstance instance, WorkflowDefinition definition, string target, string from)
    {
        var targetDefinition = definition.Activity(target)!;
        if (activities.Find(targetDefinition.Type) is IJoinActivity join)
        {
            if (!instance.Joins.TryGetValue(target, out var arrived)) instance.Joins[target] = arrived = [];
            if (!arrived.Contains(from)) arrived.Add(from);
            var incoming = definition.Into(target).Select(t => t.From).Distinct().Count();
            if (!join.WaitsForAll(join.ReadSettings(targetDefinition.Settings)) || arrived.Count >= incoming)
            {
                instance.Joins.Remove(target);
                instance.Scheduled.Add(target);
            }
            return;
        }
        instance.Scheduled.Add(target);
    }

    private void Record(WorkflowInstance instance, string activityId, string type, string what, string? detail) =>
        instance.History.Add(new HistoryEntry(Now, activityId, type, what, detail));

    private async Task SaveAsync(WorkflowInstance instance, CancellationToken ct)
    {
        instance.UpdatedUtc = Now;
        await store.SaveInstanceAsync(instance, ct);
    }

    private async Task<WorkflowDefinition> DefinitionOfAsync(WorkflowInstance instance, CancellationToken ct) =>
        await store.GetDefinitionAsync(instance.DefinitionId, instance.DefinitionVersion, ct)
        ?? throw new InvalidOperationException($"Workflow definition {instance.DefinitionId} v{instance.DefinitionVersion} is missing.");

    private ActivityContext Context(WorkflowInstance instance, WorkflowDefinition definition, ActivityDefinition activity, CancellationToken ct) =>
        new(instance, definition, activity, services, expressions, clock, ct);
}
