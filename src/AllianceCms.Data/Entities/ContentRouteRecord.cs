namespace AllianceCms.Data.Entities;

/// <summary>A slug in a culture. The current one serves the item; former ones redirect to it.</summary>
public sealed class ContentRouteRecord
{
    public long Id { get; set; }
    public string Culture { get; set; } = "";
    public string Slug { get; set; } = "";
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public bool IsCurrent { get; set; }
    public DateTime CreatedUtc { get; set; }
}
