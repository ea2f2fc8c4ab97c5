using AllianceCms.Workflows.Definitions;

namespace AllianceCms.Data.Workflows;

/// <summary>
/// The latest workflow definitions, kept a few seconds: every content event asks for them, and
/// definitions change rarely. A save on this node clears it at once; other nodes see it within the lifetime.
/// </summary>
public sealed class WorkflowDefinitionCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private volatile Entry? _entry;

    private sealed record Entry(IReadOnlyList<WorkflowDefinition> Definitions, DateTimeOffset LoadedAt);

    public async Task<IReadOnlyList<WorkflowDefinition>> GetAsync(Func<Task<IReadOnlyList<WorkflowDefinition>>> load)
    {
        var entry = _entry;
        if (entry is not null && clock.GetUtcNow() - entry.LoadedAt < Lifetime) return entry.Definitions;
        var definitions = await load();
        _entry = new Entry(definitions, clock.GetUtcNow());
        return definitions;
    }

    public void Invalidate() => _entry = null;
}
