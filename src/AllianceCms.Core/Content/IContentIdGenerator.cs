namespace AllianceCms.Core.Content;

/// <summary>Makes ids for items and versions: time-ordered, so new rows append to indexes.</summary>
public static class ContentIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
