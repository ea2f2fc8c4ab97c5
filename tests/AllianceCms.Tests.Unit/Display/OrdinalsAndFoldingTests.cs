using System.Globalization;
using AllianceCms.Display.Rendering;

namespace AllianceCms.Tests.Unit.Display;

public sealed class OrdinalsAndFoldingTests
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(122, "122nd")]
    [InlineData(130, "130th")]
    [InlineData(1001, "1,001st")]
    public void English_ordinals_take_their_suffix(long n, string expected) =>
        Assert.Equal(expected, Ordinals.Format(n, "en", CultureInfo.GetCultureInfo("en-GB")));

    [Theory]
    [InlineData(1, false, "1er")]
    [InlineData(1, true, "1re")]
    [InlineData(2, false, "2e")]
    [InlineData(130, false, "130e")]
    public void French_ordinals_take_their_suffix(long n, bool feminine, string expected) =>
        Assert.Equal(expected, Ordinals.Format(n, "fr", CultureInfo.GetCultureInfo("fr"), feminine));

    [Theory]
    [InlineData("Égalité", "E")]
    [InlineData("calé", "C")]
    [InlineData("“Roma”", "R")]
    [InlineData("1913", "#")]
    [InlineData("", "#")]
    public void Initials_fold_accents_and_case(string text, string expected) =>
        Assert.Equal(expected, Folding.Initial(text, CultureInfo.GetCultureInfo("fr")));
}
