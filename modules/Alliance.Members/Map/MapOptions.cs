using System.ComponentModel.DataAnnotations;

namespace Alliance.Members.Map;

/// <summary>How the directory's map draws participants.</summary>
public sealed class MapOptions
{
    public const string Section = "Participants:Map";

    /// <summary>
    /// Above this many participants matching the directory's filters, the map draws one point per country
    /// with their number instead of one per participant (a thousand points weigh on the page and hide each other).
    /// </summary>
    [Range(1, 1000)]
    public int GroupAbove { get; set; } = 300;
}
