using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>/api/graphql follows the GraphQL-over-HTTP specification and its limits answer with GraphQL errors, never a 500.</summary>
[Collection("site")]
public sealed class GraphQLOverHttpTests(SiteFactory site)
{
    private const string Query = """{ country(id: "country-rs") { displayText } }""";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task A_query_by_get_answers_in_graphql_response_json_with_an_etag()
    {
        var result = await _client.GraphQLGetAsync(Query);

        Assert.Equal("Serbia", result.Ok().GetProperty("country").GetProperty("displayText").GetString());
        Assert.Equal(ApiHttp.GraphQLResponse, result.MediaType);
        Assert.Contains("Accept", result.Response.Headers.Vary);
        var etag = result.Response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/graphql?query={Uri.EscapeDataString(Query)}");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Variables_and_operation_name_work_by_get_and_post()
    {
        const string document = "query A($id: ID!) { country(id: $id) { displayText } } query B { countryList(first: 1) { totalCount } }";
        var get = await _client.GraphQLGetAsync(document, $"&operationName=A&variables={Uri.EscapeDataString("""{"id":"country-fr"}""")}");
        Assert.Equal("France", get.Ok().GetProperty("country").GetProperty("displayText").GetString());

        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent("""{"query":"query A($id: ID!) { country(id: $id) { displayText } } query B { countryList(first: 1) { totalCount } }","operationName":"B"}""", Encoding.UTF8, "application/json"),
        };
        var result = await GraphResult.ReadAsync(await _client.SendAsync(post));
        Assert.True(result.Ok().GetProperty("countryList").GetProperty("totalCount").GetInt32() >= 46);
    }

    [Fact]
    public async Task Without_accept_the_answer_is_graphql_response_json_and_plain_json_clients_get_json()
    {
        var none = await _client.GraphQLAsync(Query, accept: null);
        Assert.Equal(ApiHttp.GraphQLResponse, none.MediaType);

        var json = await _client.GraphQLAsync(Query, accept: "application/json");
        Assert.Equal("application/json", json.MediaType);
        json.Ok();

        // With application/json a request error is still a 200, as the specification asks for older clients.
        var invalid = await _client.GraphQLAsync("{ nothing }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.True(invalid.HasErrors);
    }

    [Fact]
    public async Task Request_errors_are_400_and_field_errors_200()
    {
        var syntax = await _client.GraphQLAsync("{ country(id: ");
        Assert.Equal(HttpStatusCode.BadRequest, syntax.Status);
        Assert.Equal(ApiHttp.GraphQLResponse, syntax.MediaType);
        Assert.True(syntax.HasErrors);
        Assert.False(syntax.Body.TryGetProperty("data", out _));

        var validation = await _client.GraphQLAsync("{ country(id: 5, extra: true) { nope } }");
        Assert.Equal(HttpStatusCode.BadRequest, validation.Status);

        var field = await _client.GraphQLAsync("""{ countryList(first: 0) { totalCount } }""");
        Assert.Equal(HttpStatusCode.OK, field.Status);
        Assert.True(field.HasErrors);
    }

    [Fact]
    public async Task Malformed_http_requests_are_rejected_with_the_status_the_specification_gives()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("{not json", "application/json")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("""["a", "b"]""", "application/json")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("""{"query": 42}""", "application/json")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("""{"variables": {}}""", "application/json")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("""{"query": "{ __typename }", "variables": "not an object"}""", "application/json")).Status);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostAsync(Query, "text/plain")).Status);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostAsync("""{"query":"{ __typename }"}""", "application/json; charset=latin1")).Status);

        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/graphql")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync($"/api/graphql?query={Uri.EscapeDataString(Query)}&variables=%7Bbroken")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync($"/api/graphql?query={Uri.EscapeDataString(Query)}&query=x")).StatusCode);

        var mutation = await _client.GraphQLGetAsync("mutation { delete }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
        Assert.Contains("POST", mutation.Response.Content.Headers.Allow);

        using var html = new HttpRequestMessage(HttpMethod.Get, $"/api/graphql?query={Uri.EscapeDataString(Query)}");
        html.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        Assert.Equal(HttpStatusCode.NotAcceptable, (await _client.SendAsync(html)).StatusCode);

        var huge = await PostAsync($$"""{"query":"{ __typename }","padding":"{{new string('x', 300_000)}}"}""", "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.Status);
    }

    [Fact]
    public async Task A_query_nested_too_deep_is_refused_before_it_runs()
    {
        var nested = new StringBuilder("{ country(id: \"country-rs\") { ");
        for (var i = 0; i < 20; i++) nested.Append("localization(culture: \"fr\") { ");
        nested.Append("id").Append(' ', 1).Append(string.Concat(Enumerable.Repeat("} ", 22)));

        var result = await _client.GraphQLAsync(nested.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(result.Errors, e => e.Contains("depth", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_query_too_costly_is_refused_before_it_runs()
    {
        // 100 participants × their localizations × theirs again × their country's localizations…
        const string costly = """
            { a: memberList(first: 100) { items { localizations { localizations { country { localizations { displayText alpha2 alpha3 } } } } } }
              b: memberList(first: 100) { items { localizations { localizations { country { localizations { displayText alpha2 alpha3 } } } } } } }
            """;
        var result = await _client.GraphQLAsync(costly);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(result.Errors, e => e.Contains("complexity", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Huge_queries_and_absurd_nesting_are_request_errors_not_failures()
    {
        var aliases = new StringBuilder("{");
        for (var i = 0; i < 2000; i++) aliases.Append($" a{i}: __typename");
        aliases.Append('}');
        var huge = await _client.GraphQLAsync(aliases.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, huge.Status);
        Assert.Contains(huge.Errors, e => e.Contains("longer than"));

        var braces = await _client.GraphQLAsync(new string('{', 5000));
        Assert.Equal(HttpStatusCode.BadRequest, braces.Status);
        Assert.True(braces.HasErrors);

        var lists = await _client.GraphQLAsync("query($v: [[[[[[[[[[String]]]]]]]]]]) { __typename }", new { v = new object[] { new object[] { new object[] { "x" } } } });
        Assert.NotEqual(HttpStatusCode.InternalServerError, lists.Status);
    }

    [Fact]
    public async Task The_standard_introspection_query_passes_the_limits()
    {
        var result = await _client.GraphQLAsync(IntrospectionQuery);

        var types = result.Ok().GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        foreach (var type in new[] { "Country", "Member", "NewsItem", "GlossaryTerm", "Page", "ContentItem", "MemberFilter", "MemberConnection" })
            Assert.Contains(type, types);
        Assert.DoesNotContain("JoinApplication", types);
    }

    private async Task<GraphResult> PostAsync(string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await _client.SendAsync(request);
        var result = await GraphResult.ReadAsync(response);
        Assert.NotEqual(HttpStatusCode.InternalServerError, result.Status);
        return result;
    }

    /// <summary>The query GraphiQL and most tools send to learn a schema.</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
