namespace AllianceCms.Display.Rendering;

/// <summary>What templates added to each named zone of the page, in order.</summary>
public sealed class Zones
{
    private readonly Dictionary<string, List<string>> _zones = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string zone, string html)
    {
        if (html.Length == 0) return;
        if (!_zones.TryGetValue(zone, out var parts)) _zones[zone] = parts = [];
        parts.Add(html);
    }

    public IReadOnlyList<string> Get(string zone) => _zones.TryGetValue(zone, out var parts) ? parts : [];

    /// <summary>A point to come back to when a template fails half-way: what it added is taken away.</summary>
    public Mark Save() => new(this, _zones.ToDictionary(z => z.Key, z => z.Value.Count, StringComparer.OrdinalIgnoreCase));

    public readonly struct Mark(Zones zones, Dictionary<string, int> counts)
    {
        public void Restore()
        {
            foreach (var (zone, parts) in zones._zones)
            {
                var keep = counts.GetValueOrDefault(zone);
                if (parts.Count > keep) parts.RemoveRange(keep, parts.Count - keep);
            }
        }
    }
}
