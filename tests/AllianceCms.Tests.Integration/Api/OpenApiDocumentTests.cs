using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

[Collection("site")]
public sealed partial class OpenApiDocumentTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task The_document_has_a_schema_and_paths_per_public_type_without_private_fields()
    {
        var document = await _client.GetJsonAsync("/api/openapi/v1.json");

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var type in new[] { "Country", "Member", "NewsItem", "GlossaryTerm", "Page" })
        {
            Assert.True(schemas.TryGetProperty(type, out _), type);
            Assert.True(schemas.TryGetProperty(type + "Page", out _), type + "Page");
            var paths = document.GetProperty("paths");
            Assert.True(paths.TryGetProperty($"/api/content/{type}", out _));
            Assert.True(paths.TryGetProperty($"/api/content/{type}/{{id}}", out _));
            Assert.True(paths.TryGetProperty($"/api/content/{type}/by-slug/{{culture}}/{{slug}}", out _));
        }
        Assert.False(schemas.TryGetProperty("JoinApplication", out _));
        Assert.DoesNotContain("JoinApplication", document.GetRawText());

        var memberFields = schemas.GetProperty("Member").GetProperty("properties").GetProperty("parts").GetProperty("properties").GetProperty("Member").GetProperty("properties");
        Assert.True(memberFields.TryGetProperty("FocalPointRole", out _));
        Assert.False(memberFields.TryGetProperty("FocalPointEmail", out _));
        Assert.Equal("date", memberFields.GetProperty("JoinedOn").GetProperty("format").GetString());
        Assert.Contains("suspended", memberFields.GetProperty("Status").GetProperty("enum").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null));

        var listParameters = document.GetProperty("paths").GetProperty("/api/content/Member").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("filter[Member.Country]", listParameters);
        Assert.Contains("filter[Member.Ordinal][gte]", listParameters);
        Assert.DoesNotContain("filter[Member.Population]", listParameters);
        Assert.DoesNotContain("filter[Member.FocalPointEmail]", listParameters);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/graphql", out _));
    }

    [Fact]
    public async Task The_api_reference_page_loads_everything_from_our_origin()
    {
        var page = await _client.GetAsync("/api/docs/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'sha256-", policy);
        Assert.DoesNotContain("http", policy);
        Assert.DoesNotContain("unsafe-inline", policy.Split("style-src")[0]);
        var sources = SourceAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.DoesNotMatch("^(https?:)?//", s));
        Assert.DoesNotContain("fonts.scalar.com", html);
        Assert.Contains("\"telemetry\":false", html);

        foreach (var script in sources)
        {
            var asset = await _client.GetAsync(new Uri(new Uri("http://localhost/api/docs/"), script));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [GeneratedRegex("""(?:src|href)="([^"]+)""")]
    private static partial Regex SourceAttribute();
}
