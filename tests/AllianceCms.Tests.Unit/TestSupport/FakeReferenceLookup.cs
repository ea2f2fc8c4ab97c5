using AllianceCms.Core.Content;

namespace AllianceCms.Tests.Unit.TestSupport;

/// <summary>Items that "exist" for reference checks, without a database.</summary>
internal sealed class FakeReferenceLookup : IContentReferenceLookup
{
    private readonly Dictionary<string, ContentReferenceInfo> _items = new(StringComparer.Ordinal);

    public List<IReadOnlyCollection<string>> Calls { get; } = [];

    public FakeReferenceLookup With(string contentItemId, string contentType, string culture = "en")
    {
        _items[contentItemId] = new ContentReferenceInfo(contentItemId, contentType, contentItemId, culture);
        return this;
    }

    public Task<IReadOnlyDictionary<string, ContentReferenceInfo>> FindAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken ct = default)
    {
        Calls.Add(contentItemIds);
        IReadOnlyDictionary<string, ContentReferenceInfo> found = contentItemIds
            .Where(_items.ContainsKey)
            .Distinct()
            .ToDictionary(id => id, id => _items[id], StringComparer.Ordinal);
        return Task.FromResult(found);
    }
}
