namespace AllianceCms.Core.Content;

/// <summary>
/// Removes an item for good: every version, its index rows and its routes. For erasing personal data
/// when its retention period ends (a soft delete would keep it); nothing can restore it afterwards.
/// </summary>
public interface IContentEraser
{
    /// <summary>True when there was something to erase.</summary>
    Task<bool> EraseAsync(string contentItemId, CancellationToken ct = default);
}
