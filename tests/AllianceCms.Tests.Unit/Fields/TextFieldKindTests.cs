using System.Globalization;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Recipes;
using AllianceCms.Tests.Unit.TestSupport;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class TextFieldKindTests
{
    private readonly TextFieldKind _kind = new();

    [Fact]
    public void Text_is_stored_trimmed()
    {
        Assert.Equal("Montenegro", Normalize(_kind, Str("  Montenegro \t")).Text);
    }

    [Theory]
    [InlineData("Line one\nLine two")]
    [InlineData("Line one\r\nLine two")]
    [InlineData("Line one\rLine two")]
    public void A_single_line_text_has_its_line_breaks_turned_into_spaces(string typed) =>
        Assert.Equal("Line one Line two", Normalize(_kind, Str(typed)).Text);

    [Fact]
    public void A_multi_line_text_keeps_its_line_breaks()
    {
        var result = Normalize(_kind, Str("  Line one\nLine two\n"), f => f.Multiline());

        Assert.Equal("Line one\nLine two", result.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void Blank_text_means_no_value_and_is_not_an_error(string typed)
    {
        var result = Normalize(_kind, Str(typed), f => f.Length(min: 3));

        Assert.Null(result.Value);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void Text_shorter_than_the_minimum_is_refused_with_the_minimum_in_the_message()
    {
        using var english = new UiCulture(CultureInfo.GetCultureInfo("en"));

        var result = Normalize(_kind, Str("ab"), f => f.Length(min: 3));

        Assert.Equal("TooShort", result.ErrorCode);
        Assert.Equal(Expected.English("TooShort", "Sample", 3), result.Errors[0].Message);
        Assert.Equal(FieldPath, result.Errors[0].Path);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Text_longer_than_the_maximum_is_refused()
    {
        using var english = new UiCulture(CultureInfo.GetCultureInfo("en"));

        var result = Normalize(_kind, Str("abcdef"), f => f.Length(max: 5));

        Assert.Equal("TooLong", result.ErrorCode);
        Assert.Equal(Expected.English("TooLong", "Sample", 5), result.Errors[0].Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("abcde")]
    [InlineData("  abcde  ")]
    public void Text_within_the_length_limits_is_accepted(string typed)
    {
        var result = Normalize(_kind, Str(typed), f => f.Length(min: 3, max: 5));

        Assert.True(result.Accepted);
        Assert.Equal(typed.Trim(), result.Text);
    }

    [Theory]
    [InlineData("ME")]
    [InlineData(" FR ")]
    public void Text_matching_the_pattern_is_accepted(string typed)
    {
        var result = Normalize(_kind, Str(typed), f => f.Pattern("^[A-Z]{2}$"));

        Assert.Equal(typed.Trim(), result.Text);
    }

    [Theory]
    [InlineData("Mne")]
    [InlineData("me")]
    [InlineData("M1")]
    public void Text_not_matching_the_pattern_is_refused(string typed) =>
        Assert.Equal("Pattern", Normalize(_kind, Str(typed), f => f.Pattern("^[A-Z]{2}$")).ErrorCode);

    [Fact]
    public void A_pathological_pattern_cannot_hang_the_save()
    {
        var result = Normalize(_kind, Str(new string('a', 40) + "!"), f => f.Pattern("^(a+)+$"));

        Assert.Equal("Pattern", result.ErrorCode);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("[\"a\"]")]
    [InlineData("{\"en\":\"a\"}")]
    public void A_value_that_is_not_a_string_is_refused(string json) =>
        Assert.Equal("InvalidText", Normalize(_kind, Json(json)).ErrorCode);

    [Fact]
    public void Text_is_indexed_as_typed()
    {
        var entry = Assert.Single(_kind.IndexValues(Str("Crna Gora")));

        Assert.Equal("Crna Gora", entry.Text);
        Assert.Null(entry.Number);
        Assert.Null(entry.Date);
    }

    [Fact]
    public void A_long_text_is_cut_in_the_index()
    {
        var entry = Assert.Single(_kind.IndexValues(Str(new string('x', 500))));

        Assert.Equal(IndexValue.MaxTextLength, entry.Text!.Length);
    }

    // Half a surrogate pair is not valid text: a strict UTF-8 encoder (as a database driver uses) refuses it.
    [Fact]
    public void Cutting_a_long_text_for_the_index_never_splits_an_emoji()
    {
        var text = new string('x', IndexValue.MaxTextLength - 1) + "😀 and more";

        var indexed = IndexValue.OfText(text).Text!;

        Assert.False(char.IsHighSurrogate(indexed[^1]));
        Assert.Equal(new string('x', IndexValue.MaxTextLength - 1), indexed);
        Assert.Equal(indexed, System.Text.Encoding.UTF8.GetString(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(indexed)));
    }

    [Fact]
    public void A_text_of_exactly_the_index_length_is_indexed_whole()
    {
        var text = new string('x', IndexValue.MaxTextLength - 2) + "😀";

        Assert.Equal(text, IndexValue.OfText(text).Text);
    }

    [Fact]
    public void A_value_that_is_not_text_is_not_indexed()
    {
        Assert.Empty(_kind.IndexValues(Json("42")));
    }
}
