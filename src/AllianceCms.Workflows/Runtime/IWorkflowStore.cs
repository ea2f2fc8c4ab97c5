using AllianceCms.Workflows.Definitions;

namespace AllianceCms.Workflows.Runtime;

/// <summary>Where definitions and instances live; implemented over the CMS database.</summary>
public interface IWorkflowStore
{
    /// <summary>The newest version of each definition.</summary>
    Task<IReadOnlyList<WorkflowDefinition>> GetLatestDefinitionsAsync(CancellationToken ct = default);
    Task<WorkflowDefinition?> GetDefinitionAsync(string id, int? version = null, CancellationToken ct = default);
    Task<IReadOnlyList<WorkflowDefinition>> GetDefinitionVersionsAsync(string id, CancellationToken ct = default);

    /// <summary>Stores the definition as a new version (its <see cref="WorkflowDefinition.Version"/> is set).</summary>
    Task SaveDefinitionAsync(WorkflowDefinition definition, CancellationToken ct = default);

    Task<WorkflowInstance?> GetInstanceAsync(string id, CancellationToken ct = default);

    /// <summary>Saves the instance if nobody saved it since it was read; bumps its revision.</summary>
    /// <exception cref="WorkflowConcurrencyException">Another process saved it in between.</exception>
    Task SaveInstanceAsync(WorkflowInstance instance, CancellationToken ct = default);

    /// <summary>Instances waiting for a signal (with that key when given).</summary>
    Task<IReadOnlyList<(string InstanceId, string ActivityId)>> FindWaitingAsync(string signal, string? key, CancellationToken ct = default);

    /// <summary>
    /// Takes a lease on waits whose time has come; only one caller (node) gets each, until the
    /// lease ends, so a timer fires once even when several nodes poll.
    /// </summary>
    Task<IReadOnlyList<(string InstanceId, string ActivityId)>> ClaimDueAsync(DateTime nowUtc, string owner, TimeSpan lease, CancellationToken ct = default);

    Task<IReadOnlyList<WorkflowInstance>> ListInstancesAsync(WorkflowStatus? status, int skip, int take, CancellationToken ct = default);

    /// <summary>
    /// Deletes for good the instances about <paramref name="correlationId"/>, with their waits and user
    /// tasks (comments and history included): what they held may be personal data whose time is up.
    /// Returns how many instances were deleted.
    /// </summary>
    Task<int> EraseByCorrelationAsync(string correlationId, CancellationToken ct = default);
}

public sealed class WorkflowConcurrencyException(string instanceId)
    : InvalidOperationException($"Workflow instance {instanceId} was changed by another process.");
