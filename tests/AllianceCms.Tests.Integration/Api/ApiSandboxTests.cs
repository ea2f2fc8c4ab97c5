using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Data.Definitions;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>API tests that change the site, on a database of their own.</summary>
[Collection("api-sandbox")]
public sealed class ApiSandboxTests(ApiSandboxFactory site)
{
    private readonly HttpClient _client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_list_of_20_participants_with_their_countries_costs_the_same_few_queries_as_a_list_of_2()
    {
        const string query = """
            query($n: Int) { memberList(first: $n, orderBy: { field: DISPLAY_TEXT }) {
              totalCount items { displayText country { displayText localization(culture: "fr") { displayText } } } } }
            """;
        await _client.GraphQLAsync(query, new { n = 2 }); // builds the schema and loads the definitions

        var (two, twoCommands) = await CountedAsync(() => _client.GraphQLAsync(query, new { n = 2 }));
        var (twenty, twentyCommands) = await CountedAsync(() => _client.GraphQLAsync(query, new { n = 20 }));

        var items = twenty.Ok().GetProperty("memberList").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("country").GetProperty("localization").GetProperty("displayText").GetString())));
        two.Ok();
        // Count, page, and one query for every country with all its culture variants (the French ones included).
        Assert.True(twentyCommands.Count <= 3, string.Join("\n---\n", twentyCommands));
        Assert.Equal(twoCommands.Count, twentyCommands.Count);

        // Without a field that takes arguments the items are written directly, and their countries still cost one query.
        const string direct = "query($n: Int) { memberList(first: $n, orderBy: { field: DISPLAY_TEXT }) { totalCount items { displayText country { displayText alpha2 } } } }";
        await _client.GraphQLAsync(direct, new { n = 2 });
        using var selections = new DirectSelections(site);
        var (directTwo, directTwoCommands) = await CountedAsync(() => _client.GraphQLAsync(direct, new { n = 2 }));
        var (directTwenty, directTwentyCommands) = await CountedAsync(() => _client.GraphQLAsync(direct, new { n = 20 }));
        Assert.Equal(2, selections.Direct);
        directTwo.Ok();
        var directItems = directTwenty.Ok().GetProperty("memberList").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, directItems.Count);
        Assert.All(directItems, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("country").GetProperty("alpha2").GetString())));
        Assert.True(directTwentyCommands.Count <= 3, string.Join("\n---\n", directTwentyCommands));
        Assert.Equal(directTwoCommands.Count, directTwentyCommands.Count);

        await _client.GetJsonAsync("/api/content/Member?first=2&expand=Member.Country,localizations");
        var (_, rest) = await CountedAsync(() => _client.GetJsonAsync("/api/content/Member?first=20&expand=Member.Country,localizations"));
        Assert.True(rest.Count <= 3, string.Join("\n---\n", rest));
    }

    [Fact]
    public async Task A_field_added_at_runtime_appears_in_graphql_rest_and_openapi_without_a_restart()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GraphQLAsync("""{ member(id: "member-kragujevac") { motto } }""")).Status);
        Assert.False(MemberFields(await _client.GetJsonAsync("/api/openapi/v1.json")).TryGetProperty("Motto", out _));
        var etagBefore = (await _client.GetAsync("/api/content/Member/member-kragujevac")).Headers.ETag;

        await using (var scope = site.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DefinitionEditorApplier>().AlterAsync(definitions => definitions
                .AlterPart("Member", p => p.Field("Motto", FieldKinds.Text, "Motto", "Devise", f => f.Indexed().Length(max: 100))));
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var member = (await content.GetAsync("member-kragujevac", VersionOptions.Latest))!;
            member.Set("Member", "Motto", JsonValue.Create("Together we learn"));
            await content.SaveAsync(member, publish: true).CreatedAsync();
        }

        var graph = (await _client.GraphQLAsync("""
            { member(id: "member-kragujevac") { motto } memberList(filter: { motto: { eq: "Together we learn" } }) { totalCount } }
            """)).Ok();
        Assert.Equal("Together we learn", graph.GetProperty("member").GetProperty("motto").GetString());
        Assert.Equal(1, graph.GetProperty("memberList").GetProperty("totalCount").GetInt32());

        var item = await _client.GetAsync("/api/content/Member/member-kragujevac");
        Assert.NotEqual(etagBefore, item.Headers.ETag);
        var rest = JsonDocument.Parse(await item.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Together we learn", rest.GetProperty("parts").GetProperty("Member").GetProperty("Motto").GetString());
        var filtered = await _client.GetJsonAsync("/api/content/Member?filter[Member.Motto]=Together%20we%20learn");
        Assert.Equal(1, filtered.GetProperty("totalCount").GetInt32());

        var document = await _client.GetJsonAsync("/api/openapi/v1.json");
        Assert.Equal(100, MemberFields(document).GetProperty("Motto").GetProperty("maxLength").GetInt32());
        Assert.Contains(document.GetProperty("paths").GetProperty("/api/content/Member").GetProperty("get").GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "filter[Member.Motto]");
    }

    [Fact]
    public async Task Drafts_are_invisible_to_anonymous_clients()
    {
        var draft = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewMemberAsync(content, Items.Unique("Draftville"), "country-rs");
            return await content.CreateAsync(item, publish: false).CreatedAsync();
        });

        await _client.GetProblemAsync($"/api/content/Member/{draft.ContentItemId}", HttpStatusCode.NotFound);
        await _client.GetProblemAsync($"/api/content/Member/by-slug/en/{draft.Slug}", HttpStatusCode.NotFound);
        var list = await _client.GetJsonAsync("/api/content/Member?filter[Member.Country]=country-rs&first=100");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == draft.ContentItemId);
        var graph = (await _client.GraphQLAsync($$"""{ member(id: "{{draft.ContentItemId}}") { id } contentItem(id: "{{draft.ContentItemId}}") { id } }""")).Ok();
        Assert.Equal(JsonValueKind.Null, graph.GetProperty("member").ValueKind);
        Assert.Equal(JsonValueKind.Null, graph.GetProperty("contentItem").ValueKind);

        // Once published, it is there, with a new ETag for the list.
        var before = (await _client.GetAsync("/api/content/Member?filter[Member.Country]=country-rs&first=100")).Headers.ETag;
        await site.WithContentAsync(async (content, _) => await content.PublishAsync(draft.ContentItemId).CreatedAsync());
        var after = await _client.GetAsync("/api/content/Member?filter[Member.Country]=country-rs&first=100");
        Assert.NotEqual(before, after.Headers.ETag);
        Assert.Contains(draft.ContentItemId, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_former_slug_redirects_to_the_current_one()
    {
        var renamed = await site.WithContentAsync(async (content, _) =>
        {
            var country = (await content.GetAsync("country-me-fr", VersionOptions.Latest))!;
            country.Slug = "montenegro-nouveau";
            return await content.SaveAsync(country, publish: true).CreatedAsync();
        });

        var response = await _client.GetAsync("/api/content/Country/by-slug/fr/montenegro?expand=localizations");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/content/Country/by-slug/fr/montenegro-nouveau?expand=localizations", response.Headers.Location!.OriginalString);
        var current = await _client.GetJsonAsync(response.Headers.Location.OriginalString);
        Assert.Equal(renamed.ContentItemId, current.GetProperty("id").GetString());

        var graph = (await _client.GraphQLAsync("""{ countryBySlug(culture: "fr", slug: "montenegro") { id slug } }""")).Ok();
        Assert.Equal("montenegro-nouveau", graph.GetProperty("countryBySlug").GetProperty("slug").GetString());
    }

    private async Task<(T Result, List<string> Commands)> CountedAsync<T>(Func<Task<T>> request)
    {
        using var recording = site.Commands.Record();
        var result = await request();
        return (result, [.. recording.Commands]);
    }

    private static JsonElement MemberFields(JsonElement document) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty("Member").GetProperty("properties")
            .GetProperty("parts").GetProperty("properties").GetProperty("Member").GetProperty("properties");
}
