using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>A point on the map: <c>{ "lat": 42.43, "lng": 18.70 }</c> in WGS 84 degrees.</summary>
public sealed class GeoPointFieldKind : IFieldKind
{
    public string Name => FieldKinds.GeoPoint;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (value is not JsonObject point) return context.Error("InvalidGeoPoint");
        var lat = point["lat"] is { } latNode ? JsonValues.AsDecimal(latNode) : null;
        var lng = point["lng"] is { } lngNode ? JsonValues.AsDecimal(lngNode) : null;
        if (lat is null && lng is null && point.Count <= 2 && point.All(p => p.Value is null || JsonValues.AsString(p.Value) == "")) return null;
        if (lat is not { } la || lng is not { } lo || la < -90 || la > 90 || lo < -180 || lo > 180 || point.Count > 2)
            return context.Error("InvalidGeoPoint");
        return new JsonObject { ["lat"] = Math.Round(la, 6), ["lng"] = Math.Round(lo, 6) };
    }
}
