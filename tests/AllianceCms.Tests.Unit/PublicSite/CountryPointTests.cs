using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Members.Map;

namespace AllianceCms.Tests.Unit.PublicSite;

/// <summary>Where the directory's map draws a whole country as one point: inside that country, on the map.</summary>
public sealed class CountryPointTests
{
    private static readonly EuropeMap Map = new();

    /// <summary>The Council of Europe's member states, as the Alliance's recipe names them.</summary>
    public static TheoryData<string> MemberStates() => new(
        "AD", "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GE", "GR", "HR", "HU", "IE",
        "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR", "UA");

    [Theory]
    [MemberData(nameof(MemberStates))]
    public void Every_member_state_has_a_point_on_the_map(string alpha2)
    {
        var point = Map.CountryPointAt(alpha2);
        Assert.NotNull(point);
        var (x, y) = Parse(point.Value);
        Assert.InRange(x, 0, Map.Projection.Width);
        Assert.InRange(y, 0, Map.Projection.Height);
    }

    [Theory]
    [InlineData("FR", "France")]         // mainland, not Corsica or overseas
    [InlineData("NO", "Norway")]         // long and bent: its area's centre may fall in Sweden
    [InlineData("HR", "Croatia")]        // a crescent
    [InlineData("GR", "Greece")]
    [InlineData("IT", "Italy")]
    [InlineData("GB", "United Kingdom")]
    [InlineData("DK", "Denmark")]
    [InlineData("AZ", "Azerbaijan")]     // partly east of the frame
    [InlineData("TR", "Turkey")]
    [InlineData("ME", "Montenegro")]
    [InlineData("mk", "Macedonia")]      // codes in any case
    public void A_countrys_point_lies_inside_its_outline(string alpha2, string outlineName)
    {
        var (x, y) = Parse(Map.CountryPointAt(alpha2)!.Value);
        var outline = Assert.Single(Map.Outlines, o => o.Name == outlineName);
        var rings = Regex.Matches(outline.PathData, "M[^Z]*Z").Select(ring => Regex.Matches(ring.Value, @"[ML]([0-9.\-]+) ([0-9.\-]+)")
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList());
        Assert.True(rings.Count(r => Inside(r, x, y)) % 2 == 1, $"({x}, {y}) is not inside {outlineName}");
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("")]
    [InlineData("US")]
    public void A_code_the_map_does_not_show_has_no_point(string alpha2) => Assert.Null(Map.CountryPointAt(alpha2));

    private static (double X, double Y) Parse((string X, string Y) point) =>
        (double.Parse(point.X, CultureInfo.InvariantCulture), double.Parse(point.Y, CultureInfo.InvariantCulture));

    /// <summary>Even-odd ray casting.</summary>
    private static bool Inside(List<(double X, double Y)> ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Y > y) != (b.Y > y) && x < (b.X - a.X) * (y - a.Y) / (b.Y - a.Y) + a.X) inside = !inside;
        }
        return inside;
    }
}
