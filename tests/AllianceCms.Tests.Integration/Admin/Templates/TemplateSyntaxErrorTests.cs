using AllianceCms.Admin.Templates;

namespace AllianceCms.Tests.Integration.Admin.Templates;

/// <summary>Where a refused template is wrong, read from the parser's message.</summary>
public sealed class TemplateSyntaxErrorTests
{
    [Fact]
    public void The_last_line_and_column_of_the_message_are_where_the_error_is()
    {
        var error = TemplateSyntaxError.From("Invalid 'if' tag at (3:14), expected 'endif' at (7:2)");
        Assert.Equal((7, 2), (error.Line, error.Column));
        Assert.Equal("Invalid 'if' tag at (3:14), expected 'endif' at (7:2)", error.Message);
    }

    [Fact]
    public void A_message_without_a_position_has_none()
    {
        var error = TemplateSyntaxError.From("The template is not valid Liquid.");
        Assert.Null(error.Line);
        Assert.Null(error.Column);
    }
}
