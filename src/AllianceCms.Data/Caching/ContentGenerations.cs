using System.Collections.Concurrent;

namespace AllianceCms.Data.Caching;

/// <summary>
/// A counter per content type (and per other cached table, e.g. <see cref="Documents"/>) that goes up
/// once a change to it has committed. A cached read remembers the counters it depended on and is
/// thrown away when they moved, so nothing is ever served from before a committed change.
/// </summary>
public sealed class ContentGenerations
{
    /// <summary>Named for what it stands for in <see cref="Bump"/>: every type at once.</summary>
    public const string Everything = "*";

    /// <summary>The Documents table (site settings and other named documents).</summary>
    public const string Documents = "#documents";

    private readonly ConcurrentDictionary<string, long> _byType = new(StringComparer.Ordinal);
    private long _epoch;
    private long _any;

    /// <summary>Goes up with every change of any kind: the dependency of a read that found nothing.</summary>
    public long Any => Interlocked.Read(ref _any);

    /// <summary>A stamp of <paramref name="dependencies"/>; it differs from an earlier one if any of them changed since.</summary>
    public long StampOf(IReadOnlyCollection<string>? dependencies)
    {
        if (dependencies is null || dependencies.Count == 0) return Any;
        // The counters only grow, so their sum changes exactly when one of them did.
        var stamp = Interlocked.Read(ref _epoch);
        foreach (var name in dependencies) stamp += _byType.GetValueOrDefault(name);
        return stamp;
    }

    public void Bump(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (name == Everything) Interlocked.Increment(ref _epoch);
            else _byType.AddOrUpdate(name, 1, (_, value) => value + 1);
        }
        Interlocked.Increment(ref _any);
    }
}
