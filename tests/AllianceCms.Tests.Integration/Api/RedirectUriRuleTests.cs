using AllianceCms.Api.Clients;

namespace AllianceCms.Tests.Integration.Api;

public sealed class RedirectUriRuleTests
{
    [Theory]
    [InlineData("https://app.example.org/callback")]
    [InlineData("https://app.example.org:8443/auth/done?from=cms")]
    [InlineData("http://localhost:5173/callback")]
    [InlineData("http://127.0.0.1/callback")]
    public void A_browser_app_may_use_https_or_loopback_http(string uri) => Assert.True(RedirectUriRule.IsAllowed(uri));

    [Theory]
    [InlineData("http://app.example.org/callback")]
    [InlineData("https://app.example.org/callback#fragment")]
    [InlineData("https://user:pass@app.example.org/callback")]
    [InlineData("/callback")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://app.example.org/callback")]
    [InlineData("http://localhost.evil.example/callback")]
    [InlineData("")]
    public void Anything_else_is_refused(string uri) => Assert.False(RedirectUriRule.IsAllowed(uri));
}
