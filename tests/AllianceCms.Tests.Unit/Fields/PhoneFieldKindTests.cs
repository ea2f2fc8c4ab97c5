using AllianceCms.Core.Fields;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class PhoneFieldKindTests
{
    private readonly PhoneFieldKind _kind = new();

    [Theory]
    [InlineData("+382 20 123 456")]
    [InlineData("(020) 123-456")]
    [InlineData("01.23.45.67.89")]
    [InlineData("+33 (0)1 23 45 67 89")]
    [InlineData("1234")]
    public void A_phone_number_as_people_write_it_is_accepted(string phone) =>
        Assert.Equal(phone, Normalize(_kind, Str(phone)).Text);

    [Fact]
    public void A_phone_number_is_trimmed()
    {
        Assert.Equal("+382 20 123 456", Normalize(_kind, Str("  +382 20 123 456 ")).Text);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("call me")]
    [InlineData("+1 555 0199 ext. 3")]
    [InlineData("++382 20 123 456")]
    [InlineData("(((( ))))")]
    [InlineData("382+20")]
    [InlineData("<script>")]
    public void What_is_not_a_phone_number_is_refused(string phone) =>
        Assert.Equal("InvalidPhone", Normalize(_kind, Str(phone)).ErrorCode);

    [Fact]
    public void A_number_longer_than_thirty_characters_is_refused()
    {
        Assert.Equal("InvalidPhone", Normalize(_kind, Str("+" + new string('1', 31))).ErrorCode);
    }

    [Fact]
    public void A_value_that_is_not_a_string_is_refused()
    {
        Assert.Equal("InvalidPhone", Normalize(_kind, Json("38220123456")).ErrorCode);
    }

    [Fact]
    public void A_blank_phone_number_means_no_value()
    {
        Assert.Null(Normalize(_kind, Str(" ")).Value);
    }
}
