using AllianceCms.Core.Metadata;

namespace AllianceCms.Data.Definitions;

/// <summary>
/// The process-wide definitions snapshot. Each node re-checks the database's definition stamp at
/// most every <see cref="CheckInterval"/>, so a change made on another node shows up here too.
/// </summary>
public sealed class DefinitionCache(TimeProvider clock)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    private volatile Entry? _entry;

    internal sealed record Entry(ContentDefinitionSnapshot Snapshot, string Stamp, DateTimeOffset CheckedAt);

    internal Entry? Current => _entry;

    internal bool NeedsCheck(Entry entry) => clock.GetUtcNow() - entry.CheckedAt > CheckInterval;

    internal void Set(ContentDefinitionSnapshot snapshot, string stamp) => _entry = new Entry(snapshot, stamp, clock.GetUtcNow());

    internal void Touch(Entry entry) => _entry = entry with { CheckedAt = clock.GetUtcNow() };

    public void Invalidate() => _entry = null;
}
