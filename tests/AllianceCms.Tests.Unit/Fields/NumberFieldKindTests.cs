using System.Globalization;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Recipes;
using AllianceCms.Tests.Unit.TestSupport;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class NumberFieldKindTests
{
    private readonly NumberFieldKind _kind = new();

    [Theory]
    [InlineData("14100", "14100")]
    [InlineData("-3", "-3")]
    [InlineData("\"14100\"", "14100")]
    [InlineData("\" 42 \"", "42")]
    [InlineData("2.0", "2")]
    [InlineData("\"2.00\"", "2")]
    public void An_integer_field_stores_whole_numbers(string json, string stored)
    {
        var result = Normalize(_kind, Json(json));

        Assert.True(result.Accepted);
        Assert.Equal(stored, result.Json);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("\"0.25\"")]
    [InlineData("-7.1")]
    public void An_integer_field_refuses_a_fraction(string json) =>
        Assert.Equal("NotAnInteger", Normalize(_kind, Json(json)).ErrorCode);

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("\"3.14159\"", 3.14159)]
    [InlineData("42", 42.0)]
    [InlineData("\"-0.5\"", -0.5)]
    public void A_decimal_field_stores_fractions(string json, double expected)
    {
        var result = Normalize(_kind, Json(json), f => f.Decimal());

        Assert.True(result.Accepted);
        Assert.Equal((decimal)expected, result.Value!.GetValue<decimal>());
    }

    [Fact]
    public void A_number_set_from_code_is_accepted_too()
    {
        Assert.Equal("14100", Normalize(_kind, System.Text.Json.Nodes.JsonValue.Create(14100m)).Json);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public void A_blank_number_means_no_value(string json)
    {
        var result = Normalize(_kind, Json(json));

        Assert.Null(result.Value);
        Assert.True(result.Accepted);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"12abc\"")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("{\"value\":1}")]
    [InlineData("\"1e3\"")]
    public void What_is_not_a_number_is_refused(string json) =>
        Assert.Equal("NotANumber", Normalize(_kind, Json(json)).ErrorCode);

    // Invariant parsing with thousands separators read "1,5" as 15: a silent tenfold error.
    [Theory]
    [InlineData("\"1,5\"")]
    [InlineData("\"14,100\"")]
    [InlineData("\"1,000,000\"")]
    public void A_number_with_a_comma_is_refused_rather_than_misread(string json)
    {
        Assert.Equal("NotANumber", Normalize(_kind, Json(json), f => f.Decimal()).ErrorCode);
        Assert.Equal("NotANumber", Normalize(_kind, Json(json)).ErrorCode);
    }

    [Fact]
    public void A_number_below_the_minimum_is_refused_naming_the_minimum()
    {
        using var english = new UiCulture(CultureInfo.GetCultureInfo("en"));

        var result = Normalize(_kind, Json("-1"), f => f.Range(min: 0));

        Assert.Equal("BelowMin", result.ErrorCode);
        Assert.Equal(Expected.English("BelowMin", "Sample", "0"), result.Errors[0].Message);
    }

    [Fact]
    public void A_number_above_the_maximum_is_refused_naming_the_maximum()
    {
        using var english = new UiCulture(CultureInfo.GetCultureInfo("en"));

        var result = Normalize(_kind, Json("101"), f => f.Range(max: 100));

        Assert.Equal("AboveMax", result.ErrorCode);
        Assert.Equal(Expected.English("AboveMax", "Sample", "100"), result.Errors[0].Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("50")]
    public void The_range_bounds_are_inclusive(string json) =>
        Assert.True(Normalize(_kind, Json(json), f => f.Range(0, 100)).Accepted);

    [Fact]
    public void A_decimal_range_checks_fractions()
    {
        Assert.Equal("BelowMin", Normalize(_kind, Json("0.49"), f => f.Decimal().Range(min: 0.5m)).ErrorCode);
        Assert.True(Normalize(_kind, Json("0.5"), f => f.Decimal().Range(min: 0.5m)).Accepted);
    }

    // Casting such a value to long threw an OverflowException: a 500 instead of a message.
    [Theory]
    [InlineData("100000000000000000000", "AboveMax")]
    [InlineData("\"-100000000000000000000\"", "BelowMin")]
    public void A_whole_number_too_large_to_store_is_refused_not_crashed_on(string json, string code) =>
        Assert.Equal(code, Normalize(_kind, Json(json)).ErrorCode);

    [Fact]
    public void The_largest_storable_whole_number_is_accepted()
    {
        Assert.Equal(long.MaxValue.ToString(CultureInfo.InvariantCulture),
            Normalize(_kind, Json(long.MaxValue.ToString(CultureInfo.InvariantCulture))).Json);
    }

    [Theory]
    [InlineData("14100", 14100.0)]
    [InlineData("\"1.5\"", 1.5)]
    public void A_number_is_indexed_as_a_number(string json, double expected)
    {
        var entry = Assert.Single(_kind.IndexValues(Json(json)));

        Assert.Equal(expected, entry.Number);
        Assert.Null(entry.Text);
    }

    [Fact]
    public void What_is_not_a_number_is_not_indexed()
    {
        Assert.Empty(_kind.IndexValues(Json("\"n/a\"")));
    }
}
