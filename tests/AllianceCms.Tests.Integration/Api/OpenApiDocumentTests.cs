using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceCms.Api.Clients;
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
    public async Task The_document_describes_the_oauth_flows_and_the_scope_each_operation_needs()
    {
        var document = await _client.GetJsonAsync("/api/openapi/v1.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        Assert.Equal("oauth2", scheme.GetProperty("type").GetString());
        var flows = scheme.GetProperty("flows");
        var service = flows.GetProperty("clientCredentials");
        Assert.Equal("http://localhost/api/connect/token", service.GetProperty("tokenUrl").GetString());
        Assert.Equal(ApiScopes.All.Order(), ScopesOf(service).Keys.Order());
        var browser = flows.GetProperty("authorizationCode");
        Assert.Equal("http://localhost/api/connect/authorize", browser.GetProperty("authorizationUrl").GetString());
        Assert.Equal("http://localhost/api/connect/token", browser.GetProperty("tokenUrl").GetString());
        Assert.Equal("http://localhost/api/connect/token", browser.GetProperty("refreshUrl").GetString());
        var declared = ScopesOf(browser);
        Assert.Equal([.. ApiScopes.All, ApiScopes.OfflineAccess], declared.Keys.Order());
        Assert.All(declared.Values, description => Assert.False(string.IsNullOrWhiteSpace(description)));

        // Reads work anonymously (an empty requirement) or with the drafts scope; writes need the write scope.
        var paths = document.GetProperty("paths");
        Assert.Equal(["", "oauth2:content:drafts"], Security(paths, "/api/content/Member", "get"));
        Assert.Equal(["", "oauth2:content:drafts"], Security(paths, "/api/content/Member/{id}", "get"));
        Assert.Equal(["", "oauth2:content:drafts"], Security(paths, "/api/content/Member/by-slug/{culture}/{slug}", "get"));
        Assert.Equal(["", "oauth2:content:drafts"], Security(paths, "/api/graphql", "get"));
        Assert.Equal(["", "oauth2:content:drafts", "oauth2:content:write"], Security(paths, "/api/graphql", "post"));
        foreach (var (path, method) in new[]
        {
            ("/api/content/Member", "post"), ("/api/content/Member/{id}", "put"), ("/api/content/Member/{id}", "patch"),
            ("/api/content/Member/{id}", "delete"), ("/api/content/Member/{id}/publish", "post"), ("/api/content/Member/{id}/unpublish", "post"),
        })
        {
            Assert.Equal(["oauth2:content:write"], Security(paths, path, method));
        }
        Assert.Equal("#/components/schemas/MemberInput", paths.GetProperty("/api/content/Member").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var input = document.GetProperty("components").GetProperty("schemas").GetProperty("MemberInput");
        Assert.True(input.GetProperty("properties").GetProperty("parts").GetProperty("properties").GetProperty("Member").GetProperty("properties").TryGetProperty("Country", out _));

        // Every operation says how it may be called, and names only scopes the scheme declares.
        foreach (var path in paths.EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var requirements = Security(paths, path.Name, operation.Name);
                Assert.True(requirements.Count > 0, $"{operation.Name} {path.Name} has no security");
                Assert.All(requirements.Where(r => r.Length > 0), r => Assert.Contains(r["oauth2:".Length..], declared.Keys));
            }
    }

    /// <summary>An operation's security requirements, each as "scheme:scope" ("" for the empty one).</summary>
    private static List<string> Security(JsonElement paths, string path, string method) =>
        paths.GetProperty(path).GetProperty(method).GetProperty("security").EnumerateArray()
            .Select(r => string.Join(' ', r.EnumerateObject().SelectMany(s => s.Value.EnumerateArray().Select(scope => $"{s.Name}:{scope.GetString()}"))))
            .ToList();

    private static Dictionary<string, string> ScopesOf(JsonElement flow) =>
        flow.GetProperty("scopes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

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
