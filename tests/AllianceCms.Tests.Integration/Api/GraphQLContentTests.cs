using System.Net;
using System.Text.Json;
using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

[Collection("site")]
public sealed class GraphQLContentTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string, string, string> TypesAndCultures()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (type, field) in new[] { ("Country", "countryList"), ("Member", "memberList"), ("NewsItem", "newsItemList"), ("GlossaryTerm", "glossaryTermList"), ("Page", "pageList") })
            foreach (var culture in new[] { "en", "fr" }) data.Add(type, field, culture);
        return data;
    }

    [Theory]
    [MemberData(nameof(TypesAndCultures))]
    public async Task Each_type_has_a_list_in_either_culture(string type, string field, string culture)
    {
        var data = (await _client.GraphQLAsync($"{{ {field}(culture: \"{culture}\", first: 100) {{ totalCount items {{ id contentType culture displayText url }} }} }}")).Ok();
        var expected = await site.WithContentAsync((_, queries) => queries.CountAsync(new ContentQuery { Types = [type], Culture = culture }));

        var list = data.GetProperty(field);
        Assert.Equal(expected, list.GetProperty("totalCount").GetInt32());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Math.Min(expected, 100), items.Count);
        Assert.All(items, i =>
        {
            Assert.Equal(type, i.GetProperty("contentType").GetString());
            Assert.Equal(culture, i.GetProperty("culture").GetString());
        });
    }

    [Fact]
    public async Task An_item_by_id_has_its_fields_its_references_and_its_other_culture()
    {
        var member = (await _client.GraphQLAsync("""
            { member(id: "member-kragujevac") {
                displayText slug url ordinal joinedOn status priorities population location { lat lng }
                country { id displayText alpha2 coeMemberSince }
                localization(culture: "fr") { id culture url country { displayText } }
                localizations { id culture }
            } }
            """)).Ok().GetProperty("member");

        Assert.Equal("Kragujevac", member.GetProperty("displayText").GetString());
        Assert.Equal("http://localhost/participants/kragujevac", member.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Number, member.GetProperty("ordinal").ValueKind);
        Assert.Equal("2014-04-10", member.GetProperty("joinedOn").GetString());
        Assert.Equal("active", member.GetProperty("status").GetString());
        Assert.Contains("education", member.GetProperty("priorities").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(44.0128, member.GetProperty("location").GetProperty("lat").GetDouble(), 4);
        Assert.Equal("Serbia", member.GetProperty("country").GetProperty("displayText").GetString());
        Assert.Equal("RS", member.GetProperty("country").GetProperty("alpha2").GetString());
        Assert.Equal(2003, member.GetProperty("country").GetProperty("coeMemberSince").GetInt32());

        var french = member.GetProperty("localization");
        Assert.Equal("member-kragujevac-fr", french.GetProperty("id").GetString());
        Assert.Equal("http://localhost/fr/participants/kragujevac", french.GetProperty("url").GetString());
        Assert.Equal("Serbie", french.GetProperty("country").GetProperty("displayText").GetString());
        Assert.Equal(["fr"], member.GetProperty("localizations").EnumerateArray().Select(l => l.GetProperty("culture").GetString()));
    }

    [Theory]
    [InlineData("en", "serbia", "Serbia")]
    [InlineData("fr", "serbie", "Serbie")]
    public async Task An_item_is_found_by_slug_and_culture(string culture, string slug, string name)
    {
        var data = (await _client.GraphQLAsync("query($c: String!, $s: String!) { countryBySlug(culture: $c, slug: $s) { displayText culture } }",
            new { c = culture, s = slug })).Ok();

        Assert.Equal(name, data.GetProperty("countryBySlug").GetProperty("displayText").GetString());
        Assert.Equal(culture, data.GetProperty("countryBySlug").GetProperty("culture").GetString());
    }

    [Fact]
    public async Task Unknown_ids_and_slugs_are_null_not_errors()
    {
        var data = (await _client.GraphQLAsync("""{ member(id: "nobody") { id } countryBySlug(culture: "en", slug: "atlantis") { id } other: member(id: "country-rs") { id } }""")).Ok();

        Assert.Equal(JsonValueKind.Null, data.GetProperty("member").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("countryBySlug").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("other").ValueKind);
    }

    [Fact]
    public async Task Lists_filter_on_indexed_fields_order_and_page_with_cursors()
    {
        var filtered = (await _client.GraphQLAsync("""
            { memberList(culture: "fr", filter: { country: { in: ["country-rs", "country-me-fr"] }, status: { eq: "active" } }, orderBy: { field: ORDINAL, direction: DESC }, first: 50) {
                totalCount items { ordinal country { alpha2 } } } }
            """)).Ok().GetProperty("memberList");
        var items = filtered.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(filtered.GetProperty("totalCount").GetInt32(), items.Count);
        Assert.All(items, i => Assert.Contains(i.GetProperty("country").GetProperty("alpha2").GetString(), new[] { "RS", "ME" }));
        var ordinals = items.Select(i => i.GetProperty("ordinal").GetInt64()).ToList();
        Assert.Equal(ordinals.OrderDescending(), ordinals);

        var range = (await _client.GraphQLAsync("""{ newsItemList(filter: { publicationDate: { gte: "2011-01-01", lte: "2011-12-31" }, kind: { eq: "event" } }) { items { id } } }""")).Ok();
        Assert.Contains(range.GetProperty("newsItemList").GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "news-summit-of-mayors-on-roma-2011");

        const string page = "query($after: String) { countryList(orderBy: { field: DISPLAY_TEXT }, first: 9, after: $after) { totalCount items { displayText } pageInfo { hasNextPage endCursor } } }";
        var all = (await _client.GraphQLAsync("{ countryList(orderBy: { field: DISPLAY_TEXT }, first: 100) { items { displayText } } }")).Ok()
            .GetProperty("countryList").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayText").GetString()).ToList();
        var seen = new List<string?>();
        string? cursor = null;
        do
        {
            var list = (await _client.GraphQLAsync(page, new { after = cursor })).Ok().GetProperty("countryList");
            seen.AddRange(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayText").GetString()));
            var info = list.GetProperty("pageInfo");
            cursor = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        } while (cursor is not null);
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task References_to_several_items_and_the_common_interface_resolve()
    {
        var data = (await _client.GraphQLAsync("""
            { glossaryTerm(id: "glossary-roma-and-travellers") { featured alsoKnownAs relatedTerms { id displayText } }
              newsItem(id: "news-summit-of-mayors-on-roma-2011") { tags eventStart relatedCountries { displayText } }
              contentItem(id: "country-fr-fr") { __typename displayText ... on Country { alpha3 } } }
            """)).Ok();

        var term = data.GetProperty("glossaryTerm");
        Assert.True(term.GetProperty("featured").GetBoolean());
        Assert.Equal(4, term.GetProperty("relatedTerms").GetArrayLength());
        var news = data.GetProperty("newsItem");
        Assert.Equal("2011-09-22T07:00:00Z", news.GetProperty("eventStart").GetString());
        Assert.Equal("France", news.GetProperty("relatedCountries")[0].GetProperty("displayText").GetString());
        Assert.Equal("Country", data.GetProperty("contentItem").GetProperty("__typename").GetString());
        Assert.Equal("FRA", data.GetProperty("contentItem").GetProperty("alpha3").GetString());
    }

    [Fact]
    public async Task Private_fields_and_types_are_not_in_the_schema()
    {
        var asked = await _client.GraphQLAsync("""{ member(id: "member-kragujevac") { focalPointEmail } }""");
        Assert.Equal(HttpStatusCode.BadRequest, asked.Status);
        Assert.Contains(asked.Errors, e => e.Contains("Cannot query field 'focalPointEmail'"));
        Assert.False(asked.Body.TryGetProperty("data", out _));

        var types = (await _client.GraphQLAsync("""
            { member: __type(name: "Member") { fields { name } } country: __type(name: "Country") { fields { name } } application: __type(name: "JoinApplication") { name } }
            """)).Ok();
        var memberFields = types.GetProperty("member").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("focalPointRole", memberFields);
        Assert.DoesNotContain("focalPointName", memberFields);
        Assert.DoesNotContain("focalPointEmail", memberFields);
        Assert.DoesNotContain("focalPointPhone", memberFields);
        Assert.DoesNotContain("deskEditors", types.GetProperty("country").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, types.GetProperty("application").ValueKind);

        var privateFilter = await _client.GraphQLAsync("""{ memberList(filter: { focalPointEmail: { eq: "x" } }) { totalCount } }""");
        Assert.Equal(HttpStatusCode.BadRequest, privateFilter.Status);
    }

    [Fact]
    public async Task Bad_arguments_are_errors_on_the_field_and_the_rest_still_answers()
    {
        var result = await _client.GraphQLAsync("""
            { tooMany: memberList(first: 1000) { totalCount }
              badCulture: countryList(culture: "de") { totalCount }
              badCursor: countryList(after: "nonsense") { totalCount }
              badDate: newsItemList(filter: { publicationDate: { gte: "soon" } }) { totalCount }
              badChoice: memberList(filter: { status: { eq: "sleeping" } }) { totalCount }
              badLocalization: country(id: "country-rs") { localization(culture: "xx") { id } }
              fine: countryList(first: 1) { totalCount } }
            """);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.True(result.Data.GetProperty("fine").GetProperty("totalCount").GetInt32() >= 46);
        foreach (var alias in new[] { "tooMany", "badCulture", "badCursor", "badDate", "badChoice" })
            Assert.Equal(JsonValueKind.Null, result.Data.GetProperty(alias).ValueKind);
        var errors = string.Join("\n", result.Errors);
        Assert.Contains("first: The page size must be between 1 and 100.", errors);
        Assert.Contains("culture: 'de' is not a culture", errors);
        Assert.Contains("after: The cursor is not valid", errors);
        Assert.Contains("filter.publicationDate.gte: 'soon' is not a date", errors);
        Assert.Contains("filter.status.eq: 'sleeping' is not one of the choices", errors);
        Assert.Contains("'xx' is not a culture", errors);
        Assert.All(result.Body.GetProperty("errors").EnumerateArray(), e => Assert.True(e.TryGetProperty("path", out _)));
    }
}
