using AllianceCms.Core.Fields;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class MarkdownFieldKindTests
{
    private readonly IFieldKind _kind = new MarkdownFieldKind();

    [Fact]
    public void Markdown_source_is_stored_as_typed_without_surrounding_blanks()
    {
        const string source = "## Members\n\n* **Montenegro** joined in 2017\n* _North Macedonia_ in 2020";

        Assert.Equal(source, Normalize(_kind, Str("\n" + source + "\n\n")).Text);
    }

    [Fact]
    public void Blank_markdown_means_no_value()
    {
        var result = Normalize(_kind, Str("  \n "));

        Assert.Null(result.Value);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void Markdown_follows_the_length_rules()
    {
        Assert.Equal("TooLong", Normalize(_kind, Str("**far too long**"), f => f.Length(max: 5)).ErrorCode);
        Assert.Equal("TooShort", Normalize(_kind, Str("*a*"), f => f.Length(min: 5)).ErrorCode);
    }

    [Fact]
    public void A_value_that_is_not_a_string_is_refused()
    {
        Assert.Equal("InvalidText", Normalize(_kind, Json("[\"# a\"]")).ErrorCode);
    }

    [Fact]
    public void Markdown_is_not_indexed()
    {
        Assert.Empty(_kind.IndexValues(Str("# Title")));
    }
}
