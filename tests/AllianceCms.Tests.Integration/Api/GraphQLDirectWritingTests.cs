using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// Selections of content fields are written straight from the items (ContentExecutionStrategy); what they
/// answer must be what GraphQL.NET answers running each field on its own.
/// </summary>
[Collection("site")]
public sealed class GraphQLDirectWritingTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [MemberData(nameof(GraphQLContentTests.TypesAndCultures), MemberType = typeof(GraphQLContentTests))]
    public async Task Every_field_of_every_type_answers_the_same_written_directly_as_field_by_field(string type, string field, string culture)
    {
        var selection = new FullSelection((await _client.GraphQLAsync(FullSelection.Introspection)).Ok().GetProperty("__schema"));
        string Query(bool fieldByField) => $$"""
            query { {{field}}(culture: "{{culture}}", first: 20) { totalCount items { ...all } } }
            fragment all on {{type}} { {{selection.For(type, fieldByField)}} }
            """;

        using var directly = new DirectSelections(site);
        var direct = (await _client.GraphQLAsync(Query(fieldByField: false))).Ok();
        Assert.True(directly.Direct > 0, "The list was not written directly.");
        Assert.Equal(0, directly.Fallback);

        using var fieldByField = new DirectSelections(site);
        var executed = (await _client.GraphQLAsync(Query(fieldByField: true))).Ok();
        Assert.Equal(0, fieldByField.Direct);

        Assert.True(direct.GetProperty(field).GetProperty("items").GetArrayLength() > 0);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(direct.GetRawText()), JsonNode.Parse(executed.GetRawText())),
            $"Direct:\n{direct.GetRawText()}\n\nField by field:\n{executed.GetRawText()}");
    }

    [Theory]
    [InlineData("en", "fr")]
    [InlineData("fr", "en")]
    public async Task Other_cultures_asked_for_by_a_literal_are_written_directly_as_field_by_field(string culture, string other)
    {
        string Query(string directive) => $$"""
            { memberList(culture: "{{culture}}", first: 40) { items { displayText{{directive}}
                other: localization(culture: "{{other}}") { id culture displayText{{directive}} url country { displayText{{directive}} } }
                same: localization(culture: "{{culture}}") { id{{directive}} }
                localizations { id{{directive}} culture } } } }
            """;
        using var directly = new DirectSelections(site);
        var direct = (await _client.GraphQLAsync(Query(""))).Ok();
        Assert.True(directly.Direct > 0);
        Assert.Equal(0, directly.Fallback);
        using var fieldByField = new DirectSelections(site);
        var executed = (await _client.GraphQLAsync(Query(" @include(if: true)"))).Ok();
        Assert.Equal(0, fieldByField.Direct);

        // Other tests of this site add participants in one culture only: those answer null.
        var variants = direct.GetProperty("memberList").GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("other")).Where(o => o.ValueKind != JsonValueKind.Null).ToList();
        Assert.True(variants.Count > 20);
        Assert.All(variants, v => Assert.Equal(other, v.GetProperty("culture").GetString()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(direct.GetRawText()), JsonNode.Parse(executed.GetRawText())),
            $"Direct:\n{direct.GetRawText()}\n\nField by field:\n{executed.GetRawText()}");
    }

    [Fact]
    public async Task Arguments_from_variables_are_read_on_each_request()
    {
        const string query = """query($c: String!) { member(id: "member-kragujevac") { localization(culture: $c) { culture displayText } } }""";
        foreach (var (culture, name) in new[] { ("fr", "Kragujevac"), ("en", "Kragujevac"), ("fr", "Kragujevac") })
        {
            using var directly = new DirectSelections(site);
            var variant = (await _client.GraphQLAsync(query, new { c = culture })).Ok().GetProperty("member").GetProperty("localization");
            Assert.Equal(1, directly.Direct);
            Assert.Equal(culture, variant.GetProperty("culture").GetString());
            Assert.Equal(name, variant.GetProperty("displayText").GetString());
        }

        // The same field selected twice is merged anew on each request (its arguments known to that request only):
        // the item runs field by field, and each request still gets its own culture.
        const string twice = """query($c: String!) { member(id: "member-kragujevac") { localization(culture: $c) { culture } localization(culture: $c) { id } } }""";
        foreach (var (culture, id) in new[] { ("fr", "member-kragujevac-fr"), ("en", "member-kragujevac"), ("fr", "member-kragujevac-fr") })
        {
            var variant = (await _client.GraphQLAsync(twice, new { c = culture })).Ok().GetProperty("member").GetProperty("localization");
            Assert.Equal(culture, variant.GetProperty("culture").GetString());
            Assert.Equal(id, variant.GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task A_culture_the_site_does_not_have_is_an_error_on_that_field_alone()
    {
        var answer = await _client.GraphQLAsync("""{ member(id: "member-kragujevac") { displayText localization(culture: "xx") { id } } }""");

        Assert.Equal("Kragujevac", answer.Data.GetProperty("member").GetProperty("displayText").GetString());
        Assert.Equal(JsonValueKind.Null, answer.Data.GetProperty("member").GetProperty("localization").ValueKind);
        var error = Assert.Single(answer.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["member", "localization"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Aliases_fragments_on_the_interface_and_repeated_fields_are_written_as_graphql_merges_them()
    {
        const string query = """
            { contentItem(id: "member-kragujevac") {
                __typename kind: contentType
                ... on Member { country { displayText } country { id alpha2 } name: displayText }
                ...more
            } }
            fragment more on Member { location { lat } location { lng } priorities }
            """;
        using var directly = new DirectSelections(site);
        var item = (await _client.GraphQLAsync(query)).Ok().GetProperty("contentItem");

        Assert.True(directly.Direct > 0);
        Assert.Equal(["__typename", "kind", "country", "name", "location", "priorities"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Member", item.GetProperty("__typename").GetString());
        Assert.Equal(["displayText", "id", "alpha2"], item.GetProperty("country").EnumerateObject().Select(p => p.Name));
        Assert.Equal("RS", item.GetProperty("country").GetProperty("alpha2").GetString());
        Assert.Equal(["lat", "lng"], item.GetProperty("location").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Skip_and_include_with_variables_are_obeyed()
    {
        const string query = """
            query($withCountry: Boolean!) { member(id: "member-kragujevac") { displayText country @include(if: $withCountry) { displayText } } }
            """;
        var with = (await _client.GraphQLAsync(query, new { withCountry = true })).Ok().GetProperty("member");
        var without = (await _client.GraphQLAsync(query, new { withCountry = false })).Ok().GetProperty("member");

        Assert.Equal("Serbia", with.GetProperty("country").GetProperty("displayText").GetString());
        Assert.False(without.TryGetProperty("country", out _));
    }
}
