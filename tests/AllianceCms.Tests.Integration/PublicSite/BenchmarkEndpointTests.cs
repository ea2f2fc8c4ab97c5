using System.Net;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Web.Operations;
using Microsoft.AspNetCore.Hosting;

namespace AllianceCms.Tests.Integration.PublicSite;

[Collection("public-site")]
public sealed class BenchmarkEndpointTests(PublicSiteFactory site)
{
    [Fact]
    public async Task The_bare_benchmark_endpoint_does_not_exist_by_default()
    {
        var response = await site.Browser().GetAsync(BareBenchmarkEndpoint.Path + "?path=/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task When_turned_on_it_sends_the_same_bytes_as_the_page()
    {
        await using var host = site.WithWebHostBuilder(b => b.UseSetting("Benchmark:BareEndpoint", "true"));
        var client = host.Browser();
        var page = await client.GetByteArrayAsync("/participants");
        var bare = await client.GetAsync(BareBenchmarkEndpoint.Path + "?path=/participants");
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Equal(page, await bare.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(BareBenchmarkEndpoint.Path + "?path=//example.org/")).StatusCode);
    }
}
