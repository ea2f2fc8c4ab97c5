using System.Net;
using System.Text.Json;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>Whatever a client puts in the query string, the answer is a 4xx problem naming the parameter, never a 500.</summary>
[Collection("site")]
public sealed class RestBadInputTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("first=0", "first", "between 1 and 100")]
    [InlineData("first=101", "first", "between 1 and 100")]
    [InlineData("first=abc", "first", "whole number")]
    [InlineData("first=-5", "first", "whole number")]
    [InlineData("first=1&first=2", "first", "more than once")]
    [InlineData("after=not-a-cursor", "after", "not valid")]
    [InlineData("after=", "after", "not valid")]
    [InlineData("filter[Member.Population]=5", "filter[Member.Population]", "not indexed")]
    [InlineData("filter[Member.FocalPointEmail]=someone@example.org", "filter[Member.FocalPointEmail]", "not a field")]
    [InlineData("filter[Nope]=1", "filter[Nope]", "not a field")]
    [InlineData("filter[Member.Ordinal]=abc", "filter[Member.Ordinal]", "not a number")]
    [InlineData("filter[Member.Ordinal][between]=1", "filter[Member.Ordinal][between]", "Unknown operator")]
    [InlineData("filter[Member.Status]=sleeping", "filter[Member.Status]", "not one of the choices")]
    [InlineData("filter[Member.Country][startsWith]=country", "filter[Member.Country][startsWith]", "cannot be filtered")]
    [InlineData("filter[Member.JoinedOn][gte]=yesterday", "filter[Member.JoinedOn][gte]", "not a date")]
    [InlineData("filter[Member.Country]=", "filter[Member.Country]", "needs a value")]
    [InlineData("filter[Member.Ordinal][gte]=1&filter[Member.Ordinal][gte]=2", "filter[Member.Ordinal][gte]", "more than once")]
    [InlineData("filter%5BMember.Country=country-rs", "filter[Member.Country", "Unknown parameter")]
    [InlineData("sort=bogus", "sort", "not a sort key")]
    [InlineData("sort=Member.Population", "sort", "not a sort key")]
    [InlineData("sort=--displayText", "sort", "not a sort key")]
    [InlineData("culture=de", "culture", "not a culture")]
    [InlineData("expand=Member.Status", "expand", "cannot be expanded")]
    [InlineData("status=bogus", "status", "not a status")]
    [InlineData("colour=red", "colour", "Unknown parameter")]
    public async Task A_malformed_list_query_is_a_400_problem_naming_the_parameter(string query, string parameter, string message)
    {
        var problem = await _client.GetProblemAsync($"/api/content/Member?{query}", HttpStatusCode.BadRequest);

        var errors = problem.ErrorsFor(parameter);
        Assert.True(errors.Count > 0, $"No error for '{parameter}': {problem.GetRawText()}");
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_problem_of_a_request_is_reported_at_once()
    {
        var problem = await _client.GetProblemAsync("/api/content/Member?first=0&sort=nope&culture=xx&filter[Member.Ordinal]=x", HttpStatusCode.BadRequest);

        foreach (var parameter in new[] { "first", "sort", "culture", "filter[Member.Ordinal]" })
            Assert.NotEmpty(problem.ErrorsFor(parameter));
    }

    [Fact]
    public async Task A_cursor_is_refused_with_another_order()
    {
        var page = await _client.GetJsonAsync("/api/content/Country?sort=displayText&first=5");
        var cursor = page.GetProperty("nextCursor").GetString();

        var problem = await _client.GetProblemAsync($"/api/content/Country?sort=-displayText&first=5&after={cursor}", HttpStatusCode.BadRequest);

        Assert.Contains(problem.ErrorsFor("after"), e => e.Contains("made for the order 'displayText'"));
    }

    [Fact]
    public async Task Drafts_are_refused_to_anonymous_clients()
    {
        var problem = await _client.GetProblemAsync("/api/content/Member?status=latest", HttpStatusCode.Forbidden);
        Assert.Contains("drafts", problem.GetProperty("detail").GetString());
        await _client.GetProblemAsync("/api/content/Member/member-kragujevac?status=latest", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Item_endpoints_refuse_unknown_parameters_and_cultures()
    {
        var unknown = await _client.GetProblemAsync("/api/content/Member/member-kragujevac?first=2", HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknown.ErrorsFor("first"));
        var culture = await _client.GetProblemAsync("/api/content/Country/by-slug/de/serbien", HttpStatusCode.BadRequest);
        Assert.NotEmpty(culture.ErrorsFor("culture"));
        var expand = await _client.GetProblemAsync("/api/content/Country/country-rs?expand=Country.Alpha2", HttpStatusCode.BadRequest);
        Assert.NotEmpty(expand.ErrorsFor("expand"));
    }

    [Fact]
    public async Task Writes_without_a_token_are_401_and_other_methods_are_not_allowed()
    {
        var delete = await _client.DeleteAsync("/api/content/Member/member-kragujevac");
        await ApiHttp.ProblemAsync(delete, HttpStatusCode.Unauthorized, "anonymous DELETE");
        Assert.Equal("Bearer", delete.Headers.WwwAuthenticate.ToString());

        var response = await _client.PutAsync("/api/content/Member", new StringContent("{}"));
        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Strange_characters_in_the_path_are_not_found_rather_than_failing()
    {
        foreach (var path in new[] { "/api/content/Member/%01", "/api/content/Member/..%2F..%2Fetc", "/api/content/%F0%9F%92%A9", "/api/content/Country/by-slug/en/%E2%80%AE" })
        {
            var response = await _client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
            Assert.Equal(ApiHttp.ProblemJson, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ValueKind);
        }
    }
}
