using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Members.Map;

namespace AllianceCms.Tests.Unit.PublicSite;

public sealed class MapProjectionTests
{
    private static readonly EuropeMap Map = new();

    [Theory]
    [InlineData("France", 2.35, 48.86)]    // Paris
    [InlineData("Spain", -3.70, 40.42)]    // Madrid
    [InlineData("Finland", 24.94, 60.17)]  // Helsinki
    [InlineData("Montenegro", 19.26, 42.44)] // Podgorica
    [InlineData("Romania", 26.10, 44.43)]  // Bucharest
    [InlineData("Ireland", -6.26, 53.35)]  // Dublin
    public void A_city_lands_inside_its_countrys_outline(string country, double lng, double lat)
    {
        var outline = Assert.Single(Map.Outlines, o => o.Name == country);
        var point = Map.PointAt(lng, lat);
        Assert.NotNull(point);
        var (x, y) = (double.Parse(point.Value.X, CultureInfo.InvariantCulture), double.Parse(point.Value.Y, CultureInfo.InvariantCulture));

        var rings = Rings(outline.PathData);
        var (minX, maxX) = (rings.SelectMany(r => r).Min(p => p.X), rings.SelectMany(r => r).Max(p => p.X));
        var (minY, maxY) = (rings.SelectMany(r => r).Min(p => p.Y), rings.SelectMany(r => r).Max(p => p.Y));
        Assert.InRange(x, minX, maxX);
        Assert.InRange(y, minY, maxY);
        Assert.True(rings.Any(r => Inside(r, x, y)), $"({x}, {y}) is in {country}'s box but not inside its outline");
    }

    [Fact]
    public void North_is_up_and_west_is_left()
    {
        var (_, oslo) = Map.Projection.Project(10.75, 59.91);
        var (_, rome) = Map.Projection.Project(12.50, 41.90);
        var (lisbon, _) = Map.Projection.Project(-9.14, 38.72);
        var (athens, _) = Map.Projection.Project(23.73, 37.98);
        Assert.True(oslo < rome);
        Assert.True(lisbon < athens);
    }

    [Fact]
    public void Every_point_of_the_frame_is_inside_the_drawing()
    {
        var frame = Map.Projection.Frame;
        foreach (var (lng, lat) in new[] { (frame.West, frame.North), (frame.East, frame.North), (frame.West, frame.South), (frame.East, frame.South), ((frame.West + frame.East) / 2, frame.North) })
        {
            var (x, y) = Map.Projection.Project(lng, lat);
            Assert.InRange(x, -0.01, Map.Projection.Width + 0.01);
            Assert.InRange(y, -0.01, Map.Projection.Height + 0.01);
        }
    }

    [Fact]
    public void A_place_outside_the_frame_is_not_on_the_map()
    {
        Assert.Null(Map.PointAt(-74.0, 40.7)); // New York
        Assert.Null(Map.PointAt(139.7, 35.7)); // Tokyo
    }

    [Fact]
    public void Coordinates_are_written_the_same_in_every_culture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var map = new EuropeMap();
            Assert.Matches(new Regex(@"^(M[0-9.\- ]+(L[0-9.\- ]+)+Z)+$"), map.Outlines[0].PathData);
            Assert.DoesNotContain(",", string.Concat(map.Outlines.Select(o => o.PathData)));
            Assert.DoesNotContain(",", Map.PointAt(2.35, 48.86)!.Value.X + Map.PointAt(2.35, 48.86)!.Value.Y);
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    private static List<List<(double X, double Y)>> Rings(string path) =>
        Regex.Matches(path, "M[^Z]*Z").Select(ring => Regex.Matches(ring.Value, @"[ML]([0-9.\-]+) ([0-9.\-]+)")
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList()).ToList();

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
