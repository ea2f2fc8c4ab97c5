using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Api.Clients;
using AllianceCms.Api.GraphQL;
using AllianceCms.Core.Queries;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// Every content type of the site written through GraphQL and REST in each culture: created with valid values for its
/// required fields, changed, published, read anonymously, taken off the site and deleted by a client allowed that type.
/// </summary>
[Collection("api-clients")]
public sealed class WritesPerTypeTests(ApiClientsFactory site)
{
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// Per type: valid values for its required fields (stored names), the reference fields among them, one field the
    /// test changes, and the error path of a required value left out (Page requires only its title).
    /// </summary>
    private sealed record Sample(string Type, string Fields, string[] References, string Changed, string ChangedValue, string Missing);

    private static readonly Sample[] Samples =
    [
        new("Country", """{"Alpha2": "QZ", "Alpha3": "QZQ"}""", [], "NationalNetwork", "\"Réseau QZ\"", "Country.Alpha2"),
        new("Member", """{"AuthorityType": "city", "Country": ["country-rs"], "Status": "active"}""", ["Country"], "Population", "5000", "Member.Country"),
        new("NewsItem", """{"PublicationDate": "2026-03-01", "Kind": "event"}""", [], "Summary", "\"A meeting of the participants.\"", "NewsItem.Kind"),
        new("GlossaryTerm", """{"Definition": "<p>A word the test defines.</p>"}""", [], "AlsoKnownAs", """["Test word"]""", "GlossaryTerm.Definition"),
        new("Page", """{"MenuPlacement": "footer"}""", [], "MenuPosition", "7", "DisplayText"),
    ];

    public static TheoryData<string, string> TypesAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in Samples)
            foreach (var culture in new[] { "en", "fr" }) data.Add(sample.Type, culture);
        return data;
    }

    [Theory]
    [MemberData(nameof(TypesAndCultures))]
    public async Task A_writer_creates_updates_publishes_unpublishes_and_deletes_through_mutations(string type, string culture)
    {
        var sample = Samples.Single(s => s.Type == type);
        var (one, list) = (GraphNames.Camel(type), GraphNames.Camel(type) + "List");
        var token = await TokenAsync(type);
        var name = $"Graph {type} {culture} {Guid.NewGuid().ToString("N")[..6]}";
        var fields = JsonNode.Parse(sample.Fields)!.AsObject();
        var input = new JsonObject { ["displayText"] = name };
        foreach (var (field, value) in fields) input[GraphNames.Camel(field)] = value!.DeepClone();
        var selection = string.Join(' ', fields.Select(f => sample.References.Contains(f.Key) ? $"{GraphNames.Camel(f.Key)} {{ id culture }}" : GraphNames.Camel(f.Key)));

        // Left without a required value, the mutation is an error naming that field and writes nothing.
        var before = await CountAsync(type, culture);
        var incomplete = new JsonObject();
        foreach (var (field, value) in input.Where(f => f.Key != GraphNames.Camel(sample.Missing.Split('.')[^1]))) incomplete[field] = value!.DeepClone();
        var refused = await PostAsync($$"""
            mutation($input: {{type}}Input!, $culture: String) { create{{type}}(input: $input, culture: $culture) { id } }
            """, new JsonObject { ["input"] = incomplete, ["culture"] = culture }, token);
        Assert.True(refused.HasErrors, refused.Text);
        Assert.Equal("INVALID_CONTENT", refused.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(sample.Missing, refused.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("data").GetProperty("field").GetString());
        Assert.Equal(before, await CountAsync(type, culture));

        var created = (await PostAsync($$"""
            mutation($input: {{type}}Input!, $culture: String) { create{{type}}(input: $input, culture: $culture) { id culture displayText {{selection}} } }
            """, new JsonObject { ["input"] = input, ["culture"] = culture }, token)).Ok().GetProperty("create" + type);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal(culture, created.GetProperty("culture").GetString());
        Assert.Equal(name, created.GetProperty("displayText").GetString());
        foreach (var (field, value) in fields)
        {
            var answer = created.GetProperty(GraphNames.Camel(field));
            if (!sample.References.Contains(field)) { AssertJson(value, answer, field); continue; }
            // A reference answers the referenced item's variant in the writer's culture.
            var referenced = answer.ValueKind == JsonValueKind.Array ? answer[0] : answer;
            Assert.StartsWith(value![0]!.GetValue<string>(), referenced.GetProperty("id").GetString());
            Assert.Equal(culture, referenced.GetProperty("culture").GetString());
        }

        var changed = GraphNames.Camel(sample.Changed);
        var changedValue = JsonNode.Parse(sample.ChangedValue);
        var updated = (await PostAsync($$"""
            mutation($id: ID!, $input: {{type}}Input!) { update{{type}}(id: $id, input: $input) { {{changed}} } }
            """, new JsonObject { ["id"] = id, ["input"] = new JsonObject { [changed] = changedValue!.DeepClone() } }, token)).Ok();
        AssertJson(changedValue, updated.GetProperty("update" + type).GetProperty(changed), sample.Changed);
        Assert.Equal(JsonValueKind.Null, (await ReadAsync(one, id)).ValueKind);

        var published = (await PostAsync($$"""mutation($id: ID!) { publish{{type}}(id: $id) { publishedAt } }""", new JsonObject { ["id"] = id }, token)).Ok();
        Assert.NotEqual(JsonValueKind.Null, published.GetProperty("publish" + type).GetProperty("publishedAt").ValueKind);
        var read = await ReadAsync(one, id, $"culture displayText url {changed}");
        Assert.Equal(culture, read.GetProperty("culture").GetString());
        Assert.Equal(culture == "fr", read.GetProperty("url").GetString()!.StartsWith("http://localhost/fr/", StringComparison.Ordinal));
        Assert.Equal(name, read.GetProperty("displayText").GetString());
        AssertJson(changedValue, read.GetProperty(changed), sample.Changed);
        Assert.Contains(id, await ListedAsync(list, culture));

        (await PostAsync($$"""mutation($id: ID!) { unpublish{{type}}(id: $id) { id } }""", new JsonObject { ["id"] = id }, token)).Ok();
        Assert.Equal(JsonValueKind.Null, (await ReadAsync(one, id)).ValueKind);
        Assert.DoesNotContain(id, await ListedAsync(list, culture));

        Assert.True((await PostAsync($$"""mutation($id: ID!) { delete{{type}}(id: $id) }""", new JsonObject { ["id"] = id }, token)).Ok().GetProperty("delete" + type).GetBoolean());
        var latest = (await PostAsync($$"""query($id: ID!) { {{one}}(id: $id, status: LATEST) { id } }""", new JsonObject { ["id"] = id }, token)).Ok();
        Assert.Equal(JsonValueKind.Null, latest.GetProperty(one).ValueKind);
    }

    [Theory]
    [MemberData(nameof(TypesAndCultures))]
    public async Task A_writer_posts_patches_publishes_and_deletes_through_rest_and_a_missing_required_value_is_a_problem(string type, string culture)
    {
        var sample = Samples.Single(s => s.Type == type);
        var token = await TokenAsync(type);
        var name = $"Rest {type} {culture} {Guid.NewGuid().ToString("N")[..6]}";
        var fields = JsonNode.Parse(sample.Fields)!.AsObject();

        var before = await CountAsync(type, culture);
        var incomplete = Body(type, culture, sample.Missing == "DisplayText" ? null : name, fields.Where(f => $"{type}.{f.Key}" != sample.Missing));
        var problem = await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, $"/api/content/{type}", token, incomplete), HttpStatusCode.BadRequest, "missing " + sample.Missing);
        Assert.NotEmpty(problem.ErrorsFor(sample.Missing));
        Assert.Equal(before, await CountAsync(type, culture));

        var created = await JsonAsync(await SendAsync(HttpMethod.Post, $"/api/content/{type}", token, Body(type, culture, name, fields)), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal(culture, created.GetProperty("culture").GetString());
        Assert.Equal(name, created.GetProperty("displayText").GetString());
        var part = created.GetProperty("parts").GetProperty(type);
        foreach (var (field, value) in fields)
        {
            if (!sample.References.Contains(field)) AssertJson(value, part.GetProperty(field), field);
            else Assert.StartsWith(value![0]!.GetValue<string>(), part.GetProperty(field)[0].GetString());
        }
        await _http.GetProblemAsync($"/api/content/{type}/{id}", HttpStatusCode.NotFound);

        var changedValue = JsonNode.Parse(sample.ChangedValue);
        var patch = new JsonObject { ["parts"] = new JsonObject { [type] = new JsonObject { [sample.Changed] = changedValue!.DeepClone() } } };
        var patched = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/api/content/{type}/{id}", token, patch.ToJsonString()), HttpStatusCode.OK);
        AssertJson(changedValue, patched.GetProperty("parts").GetProperty(type).GetProperty(sample.Changed), sample.Changed);

        await JsonAsync(await SendAsync(HttpMethod.Post, $"/api/content/{type}/{id}/publish", token), HttpStatusCode.OK);
        var read = await _http.GetJsonAsync($"/api/content/{type}/{id}");
        Assert.Equal(culture, read.GetProperty("culture").GetString());
        Assert.Equal(name, read.GetProperty("displayText").GetString());
        AssertJson(changedValue, read.GetProperty("parts").GetProperty(type).GetProperty(sample.Changed), sample.Changed);
        var listed = (await _http.GetJsonAsync($"/api/content/{type}?culture={culture}&first=20")).GetProperty("items").EnumerateArray();
        Assert.Contains(id, listed.Select(i => i.GetProperty("id").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/content/{type}/{id}", token)).StatusCode);
        await _http.GetProblemAsync($"/api/content/{type}/{id}", HttpStatusCode.NotFound);
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Delete, $"/api/content/{type}/{id}", token), HttpStatusCode.NotFound, "deleted twice");
    }

    private static string Body(string type, string culture, string? name, IEnumerable<KeyValuePair<string, JsonNode?>> fields)
    {
        var part = new JsonObject();
        foreach (var (field, value) in fields) part[field] = value!.DeepClone();
        var body = new JsonObject { ["culture"] = culture, ["parts"] = new JsonObject { [type] = part } };
        if (name is not null) body["displayText"] = name;
        return body.ToJsonString();
    }

    private Task<int> CountAsync(string type, string culture) =>
        site.WithContentAsync((_, queries) => queries.CountAsync(new ContentQuery { Types = [type], Culture = culture, Status = ContentStatus.Latest }));

    private static void AssertJson(JsonNode? expected, JsonElement actual, string field) =>
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(actual.GetRawText())), $"{field}: expected {expected?.ToJsonString()}, got {actual.GetRawText()}");

    private async Task<string> TokenAsync(string type) =>
        await ApiClients.TokenAsync(_http, await ApiClients.CreateAsync(site, [ApiScopes.ContentWrite, ApiScopes.ContentDrafts],
            [$"content.edit:{type}", $"content.publish:{type}", $"content.delete:{type}", $"content.view:{type}"]));

    /// <summary>An item as an anonymous reader gets it: published only.</summary>
    private async Task<JsonElement> ReadAsync(string field, string id, string selection = "id") =>
        (await _http.GraphQLAsync($"query($id: ID!) {{ {field}(id: $id) {{ {selection} }} }}", new { id })).Ok().GetProperty(field);

    /// <summary>The ids an anonymous reader lists first in a culture: newest published first.</summary>
    private async Task<List<string?>> ListedAsync(string field, string culture) =>
        (await _http.GraphQLAsync($"query($c: String) {{ {field}(culture: $c, first: 20) {{ items {{ id culture }} }} }}", new { c = culture })).Ok()
            .GetProperty(field).GetProperty("items").EnumerateArray()
            .Select(i => { Assert.Equal(culture, i.GetProperty("culture").GetString()); return i.GetProperty("id").GetString(); }).ToList();

    private async Task<GraphResult> PostAsync(string query, JsonObject variables, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ApiHttp.GraphQLResponse));
        return await GraphResult.ReadAsync(await _http.SendAsync(request.With(token)));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _http.SendAsync(request.With(token));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
