namespace AllianceCms.Core.Content;

/// <summary>Finds what content references point at, without loading whole items.</summary>
public interface IContentReferenceLookup
{
    /// <summary>The items among <paramref name="contentItemIds"/> that exist (latest version, not deleted).</summary>
    Task<IReadOnlyDictionary<string, ContentReferenceInfo>> FindAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken ct = default);
}

public sealed record ContentReferenceInfo(string ContentItemId, string ContentType, string LocalizationSet, string Culture);
