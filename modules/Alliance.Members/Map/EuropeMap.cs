using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Alliance.Members.Map;

/// <summary>A country's outline as SVG path data in the map's coordinates.</summary>
public sealed record CountryOutline(string Name, string PathData);

/// <summary>
/// The map of Europe the participants are drawn on: Natural Earth country outlines (1:50m, embedded
/// from the front-end build's europe.geo.json) projected once, path data kept for the life of the
/// process. Coordinates are written with the invariant culture: "12.5", never "12,5".
/// </summary>
public sealed class EuropeMap
{
    public const double Width = 800;
    internal const string ResourceName = "Alliance.Members.Map.europe.geo.json";

    private readonly Lazy<Drawing> _drawing;

    private sealed record Drawing(MapProjection Projection, IReadOnlyList<CountryOutline> Outlines, IReadOnlyDictionary<string, (double X, double Y)> CentresById);

    public EuropeMap() : this(() => typeof(EuropeMap).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The map outlines ({ResourceName}) are not embedded: build the front end (frontend/build.mjs) first.")) { }

    public EuropeMap(Func<Stream> geoJson) => _drawing = new(() => Draw(geoJson));

    public MapProjection Projection => _drawing.Value.Projection;
    public IReadOnlyList<CountryOutline> Outlines => _drawing.Value.Outlines;

    /// <summary>
    /// Where a country (by ISO alpha-2 code) is drawn as one point, rounded like <see cref="PointAt"/>:
    /// inside the largest part of it the map shows, even when that part is too small to outline; null when the map does not show it.
    /// </summary>
    public (string X, string Y)? CountryPointAt(string alpha2) =>
        CountryCodes.NumericByAlpha2.TryGetValue(alpha2.Trim(), out var id) && _drawing.Value.CentresById.TryGetValue(id, out var centre)
            ? (Format(centre.X), Format(centre.Y))
            : null;

    /// <summary>Where a point in degrees goes on the map, rounded to a tenth of a pixel; null outside the frame.</summary>
    public (string X, string Y)? PointAt(double longitude, double latitude)
    {
        if (!Projection.Shows(longitude, latitude)) return null;
        var (x, y) = Projection.Project(longitude, latitude);
        return (Format(x), Format(y));
    }

    private static Drawing Draw(Func<Stream> open)
    {
        using var stream = open();
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var f = root.GetProperty("frame");
        var projection = new MapProjection(new MapFrame(f.GetProperty("west").GetDouble(), f.GetProperty("east").GetDouble(), f.GetProperty("south").GetDouble(), f.GetProperty("north").GetDouble()), Width);
        var outlines = new List<CountryOutline>();
        var centres = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            var name = feature.GetProperty("properties").TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            IEnumerable<JsonElement> polygons = geometry.GetProperty("type").GetString() switch
            {
                "Polygon" => [coordinates],
                "MultiPolygon" => coordinates.EnumerateArray(),
                _ => [],
            };
            var path = new StringBuilder();
            foreach (var ring in polygons.SelectMany(p => p.EnumerateArray())) AppendRing(path, ring, projection);
            if (path.Length > 0) outlines.Add(new CountryOutline(name, path.ToString()));

            // A polygon's first ring is its outer edge; the others are holes.
            var outerRings = polygons.Select(p => (IReadOnlyList<(double X, double Y)>)p.EnumerateArray().First().EnumerateArray()
                .Select(c => projection.Project(c[0].GetDouble(), c[1].GetDouble())).ToList());
            if (feature.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && CountryCentre.Of(outerRings, projection.Width, projection.Height) is { } centre)
                centres[id.GetString()!] = centre;
        }
        return new Drawing(projection, outlines.OrderBy(o => o.Name, StringComparer.Ordinal).ToList(), centres);
    }

    /// <summary>
    /// One closed ring in whole pixels: left out when it falls wholly outside the box or is smaller than
    /// a couple of pixels, points closer than a pixel merged (the page stays light: 1:50m is finer than the map).
    /// </summary>
    private static void AppendRing(StringBuilder path, JsonElement ring, MapProjection projection)
    {
        var points = ring.EnumerateArray().Select(c => projection.Project(c[0].GetDouble(), c[1].GetDouble())).ToList();
        if (points.Count < 3) return;
        if (points.All(p => p.X < 0) || points.All(p => p.X > projection.Width) || points.All(p => p.Y < 0) || points.All(p => p.Y > projection.Height)) return;
        if (points.Max(p => p.X) - points.Min(p => p.X) < 2 && points.Max(p => p.Y) - points.Min(p => p.Y) < 2) return;
        var written = 0;
        (double X, double Y) last = (double.NaN, double.NaN);
        var ringPath = new StringBuilder();
        foreach (var point in points)
        {
            var p = (X: Math.Round(point.X), Y: Math.Round(point.Y));
            if (written > 0 && p == last) continue;
            ringPath.Append(written == 0 ? 'M' : 'L').Append(Whole(p.X)).Append(' ').Append(Whole(p.Y));
            last = p;
            written++;
        }
        if (written >= 3) path.Append(ringPath).Append('Z');
    }

    private static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string Format(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
