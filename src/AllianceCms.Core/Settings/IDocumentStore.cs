namespace AllianceCms.Core.Settings;

/// <summary>
/// Named JSON documents for site-wide state (settings, counters); each save bumps a version so
/// that concurrent writers do not overwrite each other silently.
/// </summary>
public interface IDocumentStore
{
    Task<T?> GetAsync<T>(string name, CancellationToken ct = default) where T : class;
    Task SaveAsync<T>(string name, T document, CancellationToken ct = default) where T : class;
}
