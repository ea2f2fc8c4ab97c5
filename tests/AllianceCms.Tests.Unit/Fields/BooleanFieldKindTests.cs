using AllianceCms.Core.Fields;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class BooleanFieldKindTests
{
    private readonly BooleanFieldKind _kind = new();

    [Theory]
    [InlineData("true")]
    [InlineData("\"true\"")]
    [InlineData("\"True\"")]
    [InlineData("\" TRUE \"")]
    [InlineData("\"on\"")]
    [InlineData("\"yes\"")]
    [InlineData("\"1\"")]
    public void A_checked_box_is_yes(string json) =>
        Assert.Equal("true", Normalize(_kind, Json(json)).Json);

    [Theory]
    [InlineData("false")]
    [InlineData("\"false\"")]
    [InlineData("\"off\"")]
    [InlineData("\"no\"")]
    [InlineData("\"0\"")]
    [InlineData("\"\"")]
    public void An_unchecked_box_is_no(string json) =>
        Assert.Equal("false", Normalize(_kind, Json(json)).Json);

    [Theory]
    [InlineData("\"maybe\"")]
    [InlineData("\"oui\"")]
    [InlineData("1")]
    [InlineData("[true]")]
    [InlineData("{}")]
    public void Anything_else_is_refused(string json) =>
        Assert.Equal("NotABoolean", Normalize(_kind, Json(json)).ErrorCode);

    [Fact]
    public void Yes_and_no_are_indexed_as_one_and_zero()
    {
        Assert.Equal(1, Assert.Single(_kind.IndexValues(Json("true"))).Number);
        Assert.Equal(0, Assert.Single(_kind.IndexValues(Json("\"off\""))).Number);
        Assert.Empty(_kind.IndexValues(Json("\"maybe\"")));
    }
}
