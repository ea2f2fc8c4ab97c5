namespace Alliance.Members.Map;

/// <summary>
/// Where a whole country is drawn as one point: inside the largest part of it the map shows (France's
/// mainland rather than Corsica; the western end of a country the frame cuts off). The centre of that
/// part's area when it falls inside it, else the middle of the widest span across it at that height.
/// </summary>
internal static class CountryCentre
{
    /// <summary>The point in map coordinates for a country's outer rings (already projected), or null when none is in the box.</summary>
    public static (double X, double Y)? Of(IEnumerable<IReadOnlyList<(double X, double Y)>> rings, double width, double height)
    {
        List<(double X, double Y)>? largest = null;
        var largestArea = 0.0;
        foreach (var ring in rings)
        {
            var visible = Clip(ring, width, height);
            if (visible.Count < 3) continue;
            var area = Math.Abs(SignedArea(visible));
            if (largest is null || area > largestArea) (largest, largestArea) = (visible, area);
        }
        if (largest is null) return null;
        var centre = Centroid(largest);
        return Inside(largest, centre) ? centre : WidestSpanMiddle(largest, centre.Y) ?? centre;
    }

    /// <summary>Sutherland–Hodgman: the ring cut to the box, one side at a time.</summary>
    private static List<(double X, double Y)> Clip(IReadOnlyList<(double X, double Y)> ring, double width, double height)
    {
        var points = ring.ToList();
        points = ClipSide(points, p => p.X >= 0, (a, b) => Cross(a, b, (0 - a.X) / (b.X - a.X)));
        points = ClipSide(points, p => p.X <= width, (a, b) => Cross(a, b, (width - a.X) / (b.X - a.X)));
        points = ClipSide(points, p => p.Y >= 0, (a, b) => Cross(a, b, (0 - a.Y) / (b.Y - a.Y)));
        return ClipSide(points, p => p.Y <= height, (a, b) => Cross(a, b, (height - a.Y) / (b.Y - a.Y)));
    }

    private static List<(double X, double Y)> ClipSide(List<(double X, double Y)> points, Func<(double X, double Y), bool> keeps,
        Func<(double X, double Y), (double X, double Y), (double X, double Y)> crossing)
    {
        var kept = new List<(double X, double Y)>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var (previous, current) = (points[(i + points.Count - 1) % points.Count], points[i]);
            if (keeps(current))
            {
                if (!keeps(previous)) kept.Add(crossing(previous, current));
                kept.Add(current);
            }
            else if (keeps(previous))
            {
                kept.Add(crossing(previous, current));
            }
        }
        return kept;
    }

    private static (double X, double Y) Cross((double X, double Y) a, (double X, double Y) b, double t) =>
        (a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);

    private static double SignedArea(List<(double X, double Y)> ring)
    {
        var sum = 0.0;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++) sum += ring[j].X * ring[i].Y - ring[i].X * ring[j].Y;
        return sum / 2;
    }

    private static (double X, double Y) Centroid(List<(double X, double Y)> ring)
    {
        var area = SignedArea(ring);
        if (Math.Abs(area) < 1e-9) return (ring.Average(p => p.X), ring.Average(p => p.Y));
        double x = 0, y = 0;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var cross = ring[j].X * ring[i].Y - ring[i].X * ring[j].Y;
            x += (ring[j].X + ring[i].X) * cross;
            y += (ring[j].Y + ring[i].Y) * cross;
        }
        return (x / (6 * area), y / (6 * area));
    }

    /// <summary>Even-odd ray casting.</summary>
    internal static bool Inside(IReadOnlyList<(double X, double Y)> ring, (double X, double Y) point)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Y > point.Y) != (b.Y > point.Y) && point.X < (b.X - a.X) * (point.Y - a.Y) / (b.Y - a.Y) + a.X) inside = !inside;
        }
        return inside;
    }

    private static (double X, double Y)? WidestSpanMiddle(List<(double X, double Y)> ring, double y)
    {
        var crossings = new List<double>();
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Y > y) != (b.Y > y)) crossings.Add(a.X + (y - a.Y) * (b.X - a.X) / (b.Y - a.Y));
        }
        crossings.Sort();
        (double X, double Y)? best = null;
        var widest = -1.0;
        for (var k = 0; k + 1 < crossings.Count; k += 2)
        {
            if (crossings[k + 1] - crossings[k] <= widest) continue;
            widest = crossings[k + 1] - crossings[k];
            best = ((crossings[k] + crossings[k + 1]) / 2, y);
        }
        return best;
    }
}
