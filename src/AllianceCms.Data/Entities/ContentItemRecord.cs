namespace AllianceCms.Data.Entities;

/// <summary>One version of one culture variant: typed columns for queries, the parts and fields as JSON.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public int Number { get; set; }
    public string ContentType { get; set; } = "";
    public string Culture { get; set; } = "";
    public string LocalizationSet { get; set; } = "";
    public string DisplayText { get; set; } = "";

    /// <summary>Lower-cased, diacritics-folded display text for case-insensitive search and sorting.</summary>
    public string DisplayTextNormalized { get; set; } = "";
    public string? Slug { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? PublishAtUtc { get; set; }
    public DateTime? UnpublishAtUtc { get; set; }
    public DateTime? DeletedUtc { get; set; }
    public string Data { get; set; } = "{}";
}
