namespace Alliance.Members.Map;

/// <summary>
/// The one projection of the participants' map: Lambert conformal conic (standard parallels 35°N and
/// 65°N, centred on 10°E, as European maps commonly use), scaled and shifted so that the geographic
/// frame fills a <see cref="Width"/> × <see cref="Height"/> SVG box with north up. Outlines and points
/// both go through <see cref="Project"/>, so a city always lands inside its country.
/// </summary>
public sealed class MapProjection
{
    private const double Deg = Math.PI / 180;
    private const double CentralMeridian = 10, Parallel1 = 35, Parallel2 = 65, OriginLatitude = 52;

    private static readonly double N = Math.Log(Math.Cos(Parallel1 * Deg) / Math.Cos(Parallel2 * Deg))
        / Math.Log(Math.Tan((45 + Parallel2 / 2) * Deg) / Math.Tan((45 + Parallel1 / 2) * Deg));
    private static readonly double F = Math.Cos(Parallel1 * Deg) * Math.Pow(Math.Tan((45 + Parallel1 / 2) * Deg), N) / N;
    private static readonly double Rho0 = Rho(OriginLatitude);

    private readonly double _scale, _offsetX, _offsetY;

    /// <summary>Fits the frame (degrees) into the box: the frame's projected bounds, sampled along its edges, touch the box's sides.</summary>
    public MapProjection(MapFrame frame, double width)
    {
        Frame = frame;
        var edge = new List<(double X, double Y)>();
        for (var i = 0; i <= 64; i++)
        {
            var lon = frame.West + (frame.East - frame.West) * i / 64;
            var lat = frame.South + (frame.North - frame.South) * i / 64;
            edge.Add(Raw(lon, frame.South));
            edge.Add(Raw(lon, frame.North));
            edge.Add(Raw(frame.West, lat));
            edge.Add(Raw(frame.East, lat));
        }
        var (minX, maxX) = (edge.Min(p => p.X), edge.Max(p => p.X));
        var (minY, maxY) = (edge.Min(p => p.Y), edge.Max(p => p.Y));
        _scale = width / (maxX - minX);
        _offsetX = -minX * _scale;
        _offsetY = maxY * _scale; // y grows downwards in SVG
        Width = width;
        Height = Math.Round((maxY - minY) * _scale);
    }

    public MapFrame Frame { get; }
    public double Width { get; }
    public double Height { get; }

    /// <summary>SVG coordinates of a point in degrees.</summary>
    public (double X, double Y) Project(double longitude, double latitude)
    {
        var (x, y) = Raw(longitude, latitude);
        return (x * _scale + _offsetX, _offsetY - y * _scale);
    }

    /// <summary>Whether a point in degrees is inside the frame (and so on the map).</summary>
    public bool Shows(double longitude, double latitude) => Frame.Contains(longitude, latitude);

    private static (double X, double Y) Raw(double longitude, double latitude)
    {
        var rho = Rho(latitude);
        var theta = N * (longitude - CentralMeridian) * Deg;
        return (rho * Math.Sin(theta), Rho0 - rho * Math.Cos(theta));
    }

    private static double Rho(double latitude) => F / Math.Pow(Math.Tan((45 + Math.Clamp(latitude, -89, 89) / 2) * Deg), N);
}

/// <summary>A geographic frame in degrees.</summary>
public sealed record MapFrame(double West, double East, double South, double North)
{
    public bool Contains(double longitude, double latitude) =>
        longitude >= West && longitude <= East && latitude >= South && latitude <= North;
}
