using AllianceCms.Display.Rendering;

namespace AllianceCms.Tests.Unit.Display;

/// <summary>Date fields' "yyyy-MM-dd" values are read by hand: exactly what the general parser accepted, nothing more.</summary>
public sealed class DayParsingTests
{
    [Theory]
    [InlineData("2026-11-23", 2026, 11, 23)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void A_calendar_day_is_read(string text, int year, int month, int day)
    {
        Assert.True(FieldDisplay.TryParseDay(text, out var parsed));
        Assert.Equal(new DateTime(year, month, day), parsed);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2026/11/23")]
    [InlineData("2026-1-230")]
    [InlineData("+026-11-23")]
    [InlineData("2026-11-2x")]
    [InlineData("2026-11-23T10:00:00Z")]
    [InlineData("")]
    public void Anything_else_is_not(string text)
    {
        Assert.False(FieldDisplay.TryParseDay(text, out _));
        Assert.False(DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
    }
}
