using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AllianceCms.Display.Security;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Display;

/// <summary>What browsers and caches get besides the page: validators, compression, CSP, long-lived assets.</summary>
[Collection("display")]
public sealed class HttpBehaviourTests(DisplaySiteFactory site)
{
    [Theory]
    [InlineData("/countries/germany")] // rendered, then served from the output cache
    [InlineData("/fr/pays/allemagne")]
    public async Task A_browser_that_has_the_page_gets_a_304(string path)
    {
        var client = site.Browser();
        var first = await client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);

        foreach (var _ in Enumerable.Range(0, 2)) // a miss or a hit of the output cache alike
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.IfNoneMatch.Add(etag!);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        using var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_for_browsers_that_accept_it(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/countries/italy");
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        var response = await site.Browser().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/fr/pays/france", HttpStatusCode.OK)]
    [InlineData("/countries/nowhere-at-all", HttpStatusCode.NotFound)]
    public async Task Every_page_has_a_strict_content_security_policy_and_no_inline_script_or_style(string path, HttpStatusCode status)
    {
        var response = await site.Browser().GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        // Nothing from another origin: no fonts, scripts or stylesheets from a CDN.
        foreach (Match m in Regex.Matches(html, "<(?:link|img|script)[^>]+(?:href|src)=\"([^\"]+)\""))
        {
            var url = m.Groups[1].Value;
            Assert.True(url.StartsWith('/') || url.StartsWith("http://localhost", StringComparison.Ordinal), $"{url} is not from our origin");
        }
    }

    [Fact]
    public async Task Theme_files_are_fingerprinted_and_kept_for_a_year()
    {
        var client = site.Browser();
        var html = await client.HtmlAsync("/");
        var stylesheet = Regex.Match(html, "href=\"(/theme/css/site\\.css\\?v=[0-9a-f]{12})\"").Groups[1].Value;
        Assert.NotEmpty(stylesheet);

        var response = await client.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));

        var unversioned = await client.GetAsync("/theme/css/site.css");
        Assert.True(unversioned.Headers.CacheControl!.NoCache);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, stylesheet);
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Regex.Match(html, "src=\"(/theme/images/mark\\.svg\\?v=[0-9a-f]+)\"").Groups[1].Value)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/theme/..%2Ftheme.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/theme/css/missing.css")).StatusCode);
    }

    [Theory]
    [InlineData("/news?page=abc")]
    [InlineData("/news?page=-1")]
    [InlineData("/news?page=99999")]
    [InlineData("/fr/actualites?page=0")]
    public async Task A_nonsense_page_number_gives_a_sensible_page_not_an_error(string path)
    {
        var html = await site.Browser().HtmlAsync(path);
        Assert.Contains("<h1>", html);
    }
}
