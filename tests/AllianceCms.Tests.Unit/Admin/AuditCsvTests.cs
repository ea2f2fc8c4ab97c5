using AllianceCms.Core.Audit;

namespace AllianceCms.Tests.Unit.Admin;

public sealed class AuditCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("a=b", "a=b")]
    public void A_cell_is_quoted_when_it_must_be_and_never_starts_a_formula(string? value, string expected) =>
        Assert.Equal(expected, AuditCsv.Cell(value));

    [Fact]
    public void A_line_ends_with_crlf_and_separates_cells_with_commas() =>
        Assert.Equal("a,,\"b,c\"\r\n", AuditCsv.Line(["a", null, "b,c"]));
}
