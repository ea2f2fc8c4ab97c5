namespace AllianceCms.Core.Content;

/// <summary>
/// Items that the current unit of work creates before it commits, such as the items of a recipe
/// imported in one transaction: references to them count as found, so items that refer to each
/// other (related glossary terms) are each stored once, whole.
/// </summary>
public sealed class PendingContentReferences
{
    private readonly Dictionary<string, ContentReferenceInfo> _items = new(StringComparer.Ordinal);

    public void Add(ContentReferenceInfo item) => _items[item.ContentItemId] = item;

    public void Clear() => _items.Clear();

    public bool TryGet(string contentItemId, out ContentReferenceInfo item) => _items.TryGetValue(contentItemId, out item!);
}
