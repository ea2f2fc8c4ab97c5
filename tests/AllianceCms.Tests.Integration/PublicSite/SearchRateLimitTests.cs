using System.Net;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>The site with a search limit small enough to reach in a test: three searches a minute per address.</summary>
public sealed class RateLimitedSearchSiteFactory : CmsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Search:RateLimitPermits", "3");
        builder.UseSetting("Search:RateLimitWindowSeconds", "60");
    }
}

public sealed class SearchRateLimitTests : IClassFixture<RateLimitedSearchSiteFactory>
{
    private readonly RateLimitedSearchSiteFactory _site;

    public SearchRateLimitTests(RateLimitedSearchSiteFactory site) => _site = site;

    [Fact]
    public async Task One_address_searching_too_often_gets_a_429_page_in_its_language_and_the_form_still_shows()
    {
        var client = _site.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q=roma{i}")).StatusCode);

        // The empty form is not a search: it is never refused.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search")).StatusCode);

        var refused = await client.GetAsync("/search?q=roma");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        var en = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Too many searches from your connection: please wait 60 seconds, then try again.", en);
        Assert.Contains("name=\"q\"", en);
        Assert.DoesNotContain("class=\"search-results\"", en);

        var fr = await client.GetAsync("/fr/recherche?q=roms");
        Assert.Equal(HttpStatusCode.TooManyRequests, fr.StatusCode);
        Assert.Contains("Trop de recherches depuis votre connexion : attendez 60 secondes, puis réessayez.", await fr.Content.ReadAsStringAsync());
    }
}
