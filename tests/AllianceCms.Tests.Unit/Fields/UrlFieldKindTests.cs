using AllianceCms.Core.Fields;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class UrlFieldKindTests
{
    private readonly UrlFieldKind _kind = new();

    [Theory]
    [InlineData("https://www.gov.me/en")]
    [InlineData("http://example.org")]
    [InlineData("https://example.org/path?q=a&b=c#top")]
    [InlineData("HTTPS://EXAMPLE.ORG/Page")]
    [InlineData("https://xn--dpartement-b7a.example.fr/")]
    public void A_web_address_is_accepted_as_typed(string url) =>
        Assert.Equal(url, Normalize(_kind, Str(url)).Text);

    [Fact]
    public void A_web_address_is_trimmed()
    {
        Assert.Equal("https://www.gov.me/en", Normalize(_kind, Str("  https://www.gov.me/en \n")).Text);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("javascript://example.org/%0Aalert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("ftp://example.org/file")]
    [InlineData("mailto:desk@example.org")]
    public void Addresses_that_are_not_http_or_https_are_refused(string url) =>
        Assert.Equal("InvalidUrl", Normalize(_kind, Str(url)).ErrorCode);

    [Theory]
    [InlineData("www.example.org")]
    [InlineData("/relative/page")]
    [InlineData("http://")]
    [InlineData("https:///path-only")]
    [InlineData("https://exa mple.org")]
    [InlineData("not a url")]
    public void Incomplete_addresses_are_refused(string url) =>
        Assert.Equal("InvalidUrl", Normalize(_kind, Str(url)).ErrorCode);

    [Fact]
    public void A_value_that_is_not_a_string_is_refused()
    {
        Assert.Equal("InvalidUrl", Normalize(_kind, Json("[\"https://example.org\"]")).ErrorCode);
    }

    [Fact]
    public void A_blank_address_means_no_value()
    {
        var result = Normalize(_kind, Str("  "));

        Assert.Null(result.Value);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void An_address_follows_the_length_rules()
    {
        Assert.Equal("TooLong", Normalize(_kind, Str("https://example.org/long"), f => f.Length(max: 20)).ErrorCode);
    }
}
