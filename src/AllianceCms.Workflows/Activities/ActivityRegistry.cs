namespace AllianceCms.Workflows.Activities;

/// <summary>Activities by type name; a definition naming an unknown type is refused when saved.</summary>
public sealed class ActivityRegistry(IEnumerable<IActivity> activities)
{
    private readonly Dictionary<string, IActivity> _activities = activities.ToDictionary(a => a.Type, StringComparer.Ordinal);

    public IActivity? Find(string type) => _activities.GetValueOrDefault(type);

    public IActivity Get(string type) =>
        Find(type) ?? throw new InvalidOperationException($"No workflow activity of type '{type}' is installed.");

    public IReadOnlyCollection<IActivity> All => _activities.Values;
}
