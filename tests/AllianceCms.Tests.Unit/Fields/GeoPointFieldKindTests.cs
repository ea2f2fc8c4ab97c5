using AllianceCms.Core.Fields;
using AllianceCms.Tests.Unit.TestSupport;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class GeoPointFieldKindTests
{
    private readonly IFieldKind _kind = new GeoPointFieldKind();

    private static (decimal Lat, decimal Lng) Point(Normalized result) =>
        (result.Value!["lat"]!.GetValue<decimal>(), result.Value!["lng"]!.GetValue<decimal>());

    [Fact]
    public void Podgorica_is_a_point_on_the_map()
    {
        var result = Normalize(_kind, Json("{\"lat\": 42.4304, \"lng\": 19.2594}"));

        Assert.True(result.Accepted);
        Assert.Equal((42.4304m, 19.2594m), Point(result));
    }

    [Fact]
    public void Coordinates_sent_as_text_are_read_as_numbers()
    {
        var result = Normalize(_kind, Json("{\"lat\": \"42.4304\", \"lng\": \" 19.2594 \"}"));

        Assert.Equal((42.4304m, 19.2594m), Point(result));
        Assert.Equal("{\"lat\":42.4304,\"lng\":19.2594}", result.Json);
    }

    [Fact]
    public void Coordinates_are_rounded_to_six_decimals()
    {
        var result = Normalize(_kind, Json("{\"lat\": 42.123456789, \"lng\": -0.0000004}"));

        Assert.Equal((42.123457m, 0m), Point(result));
    }

    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    public void The_poles_and_the_antimeridian_are_on_the_map(double lat, double lng)
    {
        var json = FormattableString.Invariant($"{{\"lat\": {lat}, \"lng\": {lng}}}");

        Assert.True(Normalize(_kind, Json(json)).Accepted);
    }

    [Theory]
    [InlineData("{\"lat\": 90.0001, \"lng\": 0}")]
    [InlineData("{\"lat\": -91, \"lng\": 0}")]
    [InlineData("{\"lat\": 0, \"lng\": 180.5}")]
    [InlineData("{\"lat\": 0, \"lng\": -181}")]
    public void A_point_off_the_map_is_refused(string json) =>
        Assert.Equal("InvalidGeoPoint", Normalize(_kind, Json(json)).ErrorCode);

    [Theory]
    [InlineData("{\"lat\": 42}")]
    [InlineData("{\"lng\": 19}")]
    [InlineData("{\"lat\": 42, \"lng\": 19, \"alt\": 50}")]
    [InlineData("{\"latitude\": 42, \"longitude\": 19}")]
    [InlineData("{\"lat\": \"north\", \"lng\": 19}")]
    [InlineData("{\"lat\": \"\", \"lng\": 19}")]
    [InlineData("{\"lat\": [42], \"lng\": 19}")]
    [InlineData("[42, 19]")]
    [InlineData("\"42, 19\"")]
    [InlineData("42")]
    public void A_value_not_shaped_like_a_point_is_refused(string json) =>
        Assert.Equal("InvalidGeoPoint", Normalize(_kind, Json(json)).ErrorCode);

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"lat\": \"\", \"lng\": \"\"}")]
    [InlineData("{\"lat\": null, \"lng\": null}")]
    public void An_empty_point_means_no_value(string json)
    {
        var result = Normalize(_kind, Json(json));

        Assert.True(result.Accepted);
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_point_is_not_indexed()
    {
        Assert.Empty(_kind.IndexValues(Json("{\"lat\": 42, \"lng\": 19}")));
    }
}
