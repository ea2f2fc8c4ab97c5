namespace AllianceCms.Core.Media;

/// <summary>
/// Told when a library file changes what pages show of it (its alternative text) or disappears, so
/// that what was cached with the old facts can be dropped.
/// </summary>
public interface IMediaChangeHandler
{
    Task ChangedAsync(string path, CancellationToken ct = default);
}
