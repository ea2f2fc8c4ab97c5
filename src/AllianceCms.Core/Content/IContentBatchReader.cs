namespace AllianceCms.Core.Content;

/// <summary>
/// Loads the items behind many ids in one round trip, so that API lists showing references or
/// other cultures never query once per item.
/// </summary>
public interface IContentBatchReader
{
    /// <summary>
    /// For each id, every culture variant of its localization set (the item itself included) in
    /// the given version, deleted items left out. Ids that match nothing have no entry.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<ContentItem>>> GetVariantsAsync(
        IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken ct = default);
}
