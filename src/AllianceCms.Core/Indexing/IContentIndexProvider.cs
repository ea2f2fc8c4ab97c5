using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Indexing;

/// <summary>
/// Adds typed index entries for a version when it is stored or reindexed. The core's provider
/// indexes fields marked <c>indexed</c>; modules add their own for computed values.
/// </summary>
public interface IContentIndexProvider
{
    Task DescribeAsync(IndexBuildContext context);
}

public sealed class IndexBuildContext(ContentItem item, ContentTypeModel type, CancellationToken ct)
{
    private readonly List<(string Name, IndexValue Value)> _entries = [];

    public ContentItem ContentItem { get; } = item;
    public ContentTypeModel Type { get; } = type;
    public CancellationToken CancellationToken { get; } = ct;
    public IReadOnlyList<(string Name, IndexValue Value)> Entries => _entries;

    /// <summary>Adds a value under a name such as "Member.Country".</summary>
    public void Add(string name, IndexValue value) => _entries.Add((name, value));
}
