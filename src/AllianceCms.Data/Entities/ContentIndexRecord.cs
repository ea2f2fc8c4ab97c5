namespace AllianceCms.Data.Entities;

/// <summary>
/// A typed value of an indexed field ("Member.Country" = a localization set) for one version.
/// Only latest and published versions keep index rows; queries join them to <see cref="ContentItemRecord"/>.
/// </summary>
public sealed class ContentIndexRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public string Name { get; set; } = "";
    public string? TextValue { get; set; }
    public double? NumberValue { get; set; }
    public DateTime? DateValue { get; set; }
}
