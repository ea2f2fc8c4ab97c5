using AllianceCms.Core.Fields;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class DateFieldKindTests
{
    private readonly DateFieldKind _kind = new();

    [Theory]
    [InlineData("2017-06-05")]
    [InlineData(" 2017-06-05 ")]
    public void A_calendar_date_is_stored_as_year_month_day(string typed) =>
        Assert.Equal("2017-06-05", Normalize(_kind, Str(typed)).Text);

    [Fact]
    public void A_leap_day_is_a_date()
    {
        Assert.Equal("2024-02-29", Normalize(_kind, Str("2024-02-29")).Text);
    }

    [Theory]
    [InlineData("05/06/2017")]
    [InlineData("2017-6-5")]
    [InlineData("2017-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2017-06-05T10:00:00Z")]
    [InlineData("yesterday")]
    public void Other_date_formats_are_refused(string typed) =>
        Assert.Equal("InvalidDate", Normalize(_kind, Str(typed)).ErrorCode);

    [Fact]
    public void A_date_that_is_not_a_string_is_refused()
    {
        Assert.Equal("InvalidDate", Normalize(_kind, Json("20170605")).ErrorCode);
    }

    [Fact]
    public void A_blank_date_means_no_value()
    {
        var result = Normalize(_kind, Str(" "));

        Assert.Null(result.Value);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void A_date_is_indexed_as_midnight_UTC()
    {
        var entry = Assert.Single(_kind.IndexValues(Str("2017-06-05")));

        Assert.Equal(new DateTime(2017, 6, 5, 0, 0, 0, DateTimeKind.Utc), entry.Date);
        Assert.Equal(DateTimeKind.Utc, entry.Date!.Value.Kind);
    }

    [Fact]
    public void What_is_not_a_date_is_not_indexed()
    {
        Assert.Empty(_kind.IndexValues(Str("soon")));
    }
}

public sealed class DateTimeFieldKindTests
{
    private readonly DateTimeFieldKind _kind = new();

    [Theory]
    [InlineData("2014-05-22T07:00:00Z", "2014-05-22T07:00:00Z")]
    [InlineData("2014-05-22T09:00:00+02:00", "2014-05-22T07:00:00Z")]
    [InlineData("2014-05-22T01:00:00-06:00", "2014-05-22T07:00:00Z")]
    [InlineData("2014-05-22T23:30:00-02:00", "2014-05-23T01:30:00Z")]
    [InlineData("2014-05-22T07:00:00.789Z", "2014-05-22T07:00:00Z")]
    [InlineData(" 2014-05-22T07:00:00Z ", "2014-05-22T07:00:00Z")]
    public void A_point_in_time_is_stored_in_UTC(string typed, string stored) =>
        Assert.Equal(stored, Normalize(_kind, Str(typed)).Text);

    [Theory]
    [InlineData("2014-05-22T07:00", "2014-05-22T07:00:00Z")]
    [InlineData("2014-05-22T07:00:00", "2014-05-22T07:00:00Z")]
    [InlineData("2014-05-22", "2014-05-22T00:00:00Z")]
    public void A_time_without_offset_is_read_as_UTC(string typed, string stored) =>
        Assert.Equal(stored, Normalize(_kind, Str(typed)).Text);

    [Theory]
    [InlineData("not a date")]
    [InlineData("2014-13-01T00:00:00Z")]
    [InlineData("2014-05-22T25:00:00Z")]
    public void What_is_not_a_date_and_time_is_refused(string typed) =>
        Assert.Equal("InvalidDateTime", Normalize(_kind, Str(typed)).ErrorCode);

    [Theory]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    public void A_time_that_falls_off_the_calendar_in_UTC_is_refused_not_crashed_on(string typed) =>
        Assert.Equal("InvalidDateTime", Normalize(_kind, Str(typed)).ErrorCode);

    [Fact]
    public void A_date_and_time_that_is_not_a_string_is_refused()
    {
        Assert.Equal("InvalidDateTime", Normalize(_kind, Json("1400742000")).ErrorCode);
    }

    [Fact]
    public void A_blank_date_and_time_means_no_value()
    {
        var result = Normalize(_kind, Str(""));

        Assert.Null(result.Value);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void A_date_and_time_is_indexed_in_UTC()
    {
        var entry = Assert.Single(_kind.IndexValues(Str("2014-05-22T09:00:00+02:00")));

        Assert.Equal(new DateTime(2014, 5, 22, 7, 0, 0, DateTimeKind.Utc), entry.Date);
        Assert.Equal(DateTimeKind.Utc, entry.Date!.Value.Kind);
    }
}
