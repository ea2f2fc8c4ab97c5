using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AllianceCms.Api.Clients;
using AllianceCms.Core.Content;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>GraphQL writes and drafts: the same scopes, per-item permissions and validation as REST, reported as GraphQL errors.</summary>
[Collection("api-clients")]
public sealed class GraphQLMutationTests(ApiClientsFactory site)
{
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private const string Create = """
        mutation($name: String!, $culture: String) {
          createMember(culture: $culture, input: { displayText: $name, authorityType: "city", country: ["country-rs"], status: "active", population: 5000 }) {
            id culture displayText population country { id } } }
        """;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task A_writer_creates_updates_publishes_unpublishes_and_deletes_through_mutations(string culture)
    {
        var token = await TokenAsync([ApiScopes.ContentWrite, ApiScopes.ContentDrafts], "content.edit:Member", "content.publish:Member", "content.delete:Member", "content.view:Member");
        var name = $"Graphville {culture} {Guid.NewGuid().ToString("N")[..6]}";

        var created = (await PostAsync(Create, new { name, culture }, token)).Ok().GetProperty("createMember");
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal(culture, created.GetProperty("culture").GetString());
        Assert.Equal(5000, created.GetProperty("population").GetInt64());
        // The reference resolves to the country's variant in the item's culture.
        Assert.StartsWith("country-rs", created.GetProperty("country").GetProperty("id").GetString());

        // A draft: anonymous readers do not see it, the drafts scope does with status LATEST.
        Assert.Equal(JsonValueKind.Null, (await _http.GraphQLAsync($$"""{ member(id: "{{id}}") { id } }""")).Ok().GetProperty("member").ValueKind);
        var draft = (await PostAsync($$"""{ member(id: "{{id}}", status: LATEST) { displayText } }""", null, token)).Ok();
        Assert.Equal(name, draft.GetProperty("member").GetProperty("displayText").GetString());
        var anonymousDrafts = await _http.GraphQLAsync($$"""{ member(id: "{{id}}", status: LATEST) { id } }""");
        Assert.Contains("FORBIDDEN", anonymousDrafts.Text);

        var updated = (await PostAsync($$"""mutation { updateMember(id: "{{id}}", input: { population: 6000 }, publish: true) { population publishedAt } }""", null, token)).Ok();
        Assert.Equal(6000, updated.GetProperty("updateMember").GetProperty("population").GetInt64());
        Assert.Equal(name, (await _http.GraphQLAsync($$"""{ member(id: "{{id}}") { displayText } }""")).Ok().GetProperty("member").GetProperty("displayText").GetString());

        (await PostAsync($$"""mutation { unpublishMember(id: "{{id}}") { id } }""", null, token)).Ok();
        Assert.Equal(JsonValueKind.Null, (await _http.GraphQLAsync($$"""{ member(id: "{{id}}") { id } }""")).Ok().GetProperty("member").ValueKind);
        (await PostAsync($$"""mutation { publishMember(id: "{{id}}") { id } }""", null, token)).Ok();
        Assert.True((await PostAsync($$"""mutation { deleteMember(id: "{{id}}") }""", null, token)).Ok().GetProperty("deleteMember").GetBoolean());
        Assert.Equal(JsonValueKind.Null, (await _http.GraphQLAsync($$"""{ member(id: "{{id}}") { id } }""")).Ok().GetProperty("member").ValueKind);
    }

    [Fact]
    public async Task Invalid_fields_are_errors_naming_the_field_path_and_nothing_is_written()
    {
        var token = await TokenAsync([ApiScopes.ContentWrite], "content.edit:Member");
        var name = "Invalidville " + Guid.NewGuid().ToString("N")[..6];
        var result = await PostAsync("""
            mutation($name: String!) { createMember(input: { displayText: $name, authorityType: "planet", country: ["country-nowhere"], status: "active" }) { id } }
            """, new { name }, token);

        Assert.True(result.Status == HttpStatusCode.OK && result.HasErrors, result.Text);
        Assert.True(result.Text.Contains("\"field\":\"Member.Country\"", StringComparison.Ordinal), result.Text);
        var errors = result.Body.GetProperty("errors").EnumerateArray().ToList();
        var fields = errors.Select(e => e.GetProperty("extensions").GetProperty("data").GetProperty("field").GetString()).ToList();
        Assert.Contains("Member.AuthorityType", fields);
        Assert.Contains("Member.Country", fields);
        Assert.All(errors, e => Assert.Equal("INVALID_CONTENT", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Empty(await site.WithContentAsync(async (_, q) => (await q.QueryAsync(new() { Types = ["Member"], Status = AllianceCms.Core.Queries.ContentStatus.Latest, DisplayTextContains = name })).Items));

        // Unknown input fields and wrong types never reach the resolver: the request is invalid.
        var unknown = await PostAsync("""mutation { createMember(input: { displayText: "X", shoeSize: 4 }) { id } }""", null, token);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        var wrongType = await PostAsync("""mutation { createMember(input: { displayText: "X", population: "many" }) { id } }""", null, token);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
    }

    [Fact]
    public async Task Mutations_need_a_token_with_the_write_scope_and_a_role_allowing_this_very_item()
    {
        var anonymous = await PostAsync("""mutation { deleteMember(id: "member-kragujevac") }""", null, null);
        Assert.Equal("UNAUTHENTICATED", Code(anonymous));

        var noScope = await TokenAsync([ApiScopes.ContentDrafts], "content.delete:Member");
        Assert.Equal("FORBIDDEN", Code(await PostAsync("""mutation { deleteMember(id: "member-kragujevac") }""", null, noScope)));

        var ownOnly = await TokenAsync([ApiScopes.ContentWrite], "content.edit.own:Member", "content.delete.own:Member", "content.publish.own:Member");
        Assert.Equal("FORBIDDEN", Code(await PostAsync("""mutation { updateMember(id: "member-kragujevac", input: { displayText: "Mine now" }) { id } }""", null, ownOnly)));
        Assert.Equal("FORBIDDEN", Code(await PostAsync("""mutation { unpublishMember(id: "member-kragujevac") { id } }""", null, ownOnly)));
        Assert.Equal("NOT_FOUND", Code(await PostAsync("""mutation { deleteMember(id: "country-rs") }""", null, ownOnly)));

        var mine = (await PostAsync(Create, new { name = "Ownville " + Guid.NewGuid().ToString("N")[..6], culture = "en" }, ownOnly)).Ok().GetProperty("createMember").GetProperty("id").GetString();
        (await PostAsync($$"""mutation { updateMember(id: "{{mine}}", input: { displayText: "Ownville renamed" }) { id } }""", null, ownOnly)).Ok();

        var kragujevac = await site.WithContentAsync((content, _) => content.GetAsync("member-kragujevac", VersionOptions.Latest));
        Assert.NotEqual("Mine now", kragujevac!.DisplayText);
        Assert.True(kragujevac.Published);
    }

    private async Task<string> TokenAsync(string[] scopes, params string[] permissions) =>
        await ApiClients.TokenAsync(_http, await ApiClients.CreateAsync(site, scopes, permissions));

    private async Task<GraphResult> PostAsync(string query, object? variables, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ApiHttp.GraphQLResponse));
        if (token is not null) request.With(token);
        return await GraphResult.ReadAsync(await _http.SendAsync(request));
    }

    private static string? Code(GraphResult result) =>
        result.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
