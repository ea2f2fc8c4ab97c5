using AllianceCms.Core.Fields;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class EmailFieldKindTests
{
    private readonly EmailFieldKind _kind = new();

    [Theory]
    [InlineData("desk@alliance.example.org")]
    [InlineData("Jean.Dupont+press@gouv.fr")]
    [InlineData("a@b.me")]
    public void An_e_mail_address_is_accepted_as_typed(string email) =>
        Assert.Equal(email, Normalize(_kind, Str(email)).Text);

    [Fact]
    public void An_e_mail_address_is_trimmed()
    {
        Assert.Equal("desk@alliance.example.org", Normalize(_kind, Str(" desk@alliance.example.org ")).Text);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("desk@localhost")]
    [InlineData("John Doe <john@example.org>")]
    [InlineData("john doe@example.org")]
    [InlineData("john@@example.org")]
    [InlineData("@example.org")]
    [InlineData("john@")]
    public void What_is_not_one_e_mail_address_is_refused(string email) =>
        Assert.Equal("InvalidEmail", Normalize(_kind, Str(email)).ErrorCode);

    [Fact]
    public void An_address_longer_than_the_standard_allows_is_refused()
    {
        var email = new string('a', 64) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 4)) + ".org";

        Assert.Equal("InvalidEmail", Normalize(_kind, Str(email)).ErrorCode);
    }

    [Fact]
    public void A_value_that_is_not_a_string_is_refused()
    {
        Assert.Equal("InvalidEmail", Normalize(_kind, Json("42")).ErrorCode);
    }

    [Fact]
    public void A_blank_address_means_no_value()
    {
        Assert.Null(Normalize(_kind, Str("")).Value);
    }

    [Fact]
    public void An_e_mail_address_is_indexed_in_lower_case()
    {
        Assert.Equal("jean.dupont@gouv.fr", Assert.Single(_kind.IndexValues(Str("Jean.Dupont@Gouv.FR"))).Text);
    }
}
