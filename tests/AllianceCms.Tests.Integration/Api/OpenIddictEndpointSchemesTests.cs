using AllianceCms.Api.Clients;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server.AspNetCore;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>OpenIddict's server handles its own endpoints' requests and is not asked about any other.</summary>
[Collection("api-clients")]
public sealed class OpenIddictEndpointSchemesTests(ApiClientsFactory site)
{
    private async Task<bool> OfferedToOpenIddictAsync(string path)
    {
        var accessor = site.Services.GetRequiredService<IHttpContextAccessor>();
        var previous = accessor.HttpContext;
        accessor.HttpContext = new DefaultHttpContext { Request = { Path = path } };
        try
        {
            var schemes = await site.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetRequestHandlerSchemesAsync();
            return schemes.Any(s => s.Name == OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        finally { accessor.HttpContext = previous; }
    }

    [Theory]
    [InlineData(TokenEndpoint.Path)]
    [InlineData(BrowserAppConsent.Path)]
    [InlineData("/API/Connect/Token")]
    [InlineData("/.well-known/openid-configuration")]
    [InlineData("/.well-known/jwks")]
    public async Task Its_endpoints_are_offered_to_it(string path) => Assert.True(await OfferedToOpenIddictAsync(path));

    [Theory]
    [InlineData("/")]
    [InlineData("/participants/tivat")]
    [InlineData("/api/content/Member")]
    [InlineData("/api/connect/tokens-elsewhere")]
    public async Task Other_requests_are_not(string path) => Assert.False(await OfferedToOpenIddictAsync(path));

    [Fact]
    public void The_provider_in_use_is_the_filtering_one() =>
        Assert.IsType<OpenIddictEndpointSchemes>(site.Services.GetRequiredService<IAuthenticationSchemeProvider>());
}
