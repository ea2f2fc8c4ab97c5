using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Api.Clients;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>REST writes by API clients: scopes, the role's permissions item by item, concurrency and bad input that writes nothing.</summary>
[Collection("api-clients")]
public sealed class ApiWriteTests(ApiClientsFactory site)
{
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string NewMember(string name, string culture = "en", bool publish = false) => $$"""
        {"culture": "{{culture}}", "displayText": "{{name}}", "publish": {{(publish ? "true" : "false")}},
         "parts": {"Member": {"AuthorityType": "city", "Country": ["country-rs"], "Status": "active"} } }
        """;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task A_writer_creates_updates_publishes_unpublishes_and_deletes_a_member_in_either_culture(string culture)
    {
        var token = await WriterTokenAsync("content.edit:Member", "content.publish:Member", "content.delete:Member", "content.view:Member");
        var name = $"Testville {culture} {Guid.NewGuid().ToString("N")[..6]}";

        var created = await SendAsync(HttpMethod.Post, "/api/content/Member", token, NewMember(name, culture));
        var item = await JsonAsync(created, HttpStatusCode.Created);
        var id = item.GetProperty("id").GetString()!;
        Assert.Equal(culture, item.GetProperty("culture").GetString());
        Assert.EndsWith($"/api/content/Member/{id}", created.Headers.Location!.ToString());
        Assert.Equal($"\"{item.GetProperty("version").GetString()}\"", created.Headers.ETag!.Tag);
        // A draft: not there for anonymous readers.
        await _http.GetProblemAsync($"/api/content/Member/{id}", HttpStatusCode.NotFound);

        var stored = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.Equal("client:" + ClientIdOf(token), stored!.Owner);

        var patched = await SendAsync(HttpMethod.Patch, $"/api/content/Member/{id}", token, """{"parts": {"Member": {"Population": 12345}}, "publish": true}""",
            ifMatch: created.Headers.ETag!.Tag);
        var patchedItem = await JsonAsync(patched, HttpStatusCode.OK);
        Assert.Equal(12345, patchedItem.GetProperty("parts").GetProperty("Member").GetProperty("Population").GetInt32());
        Assert.Equal("city", patchedItem.GetProperty("parts").GetProperty("Member").GetProperty("AuthorityType").GetString());
        var published = await _http.GetJsonAsync($"/api/content/Member/{id}");
        Assert.Equal(name, published.GetProperty("displayText").GetString());

        await JsonAsync(await SendAsync(HttpMethod.Post, $"/api/content/Member/{id}/unpublish", token), HttpStatusCode.OK);
        await _http.GetProblemAsync($"/api/content/Member/{id}", HttpStatusCode.NotFound);
        await JsonAsync(await SendAsync(HttpMethod.Post, $"/api/content/Member/{id}/publish", token), HttpStatusCode.OK);
        await _http.GetJsonAsync($"/api/content/Member/{id}");

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/content/Member/{id}", token)).StatusCode);
        await _http.GetProblemAsync($"/api/content/Member/{id}", HttpStatusCode.NotFound);
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Delete, $"/api/content/Member/{id}", token), HttpStatusCode.NotFound, "deleted twice");
    }

    [Fact]
    public async Task Put_replaces_the_visible_fields_and_keeps_private_ones()
    {
        var token = await WriterTokenAsync("content.edit:Member");
        var item = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/content/Member", token, NewMember("Replaceville")), HttpStatusCode.Created);
        var id = item.GetProperty("id").GetString()!;
        await site.WithContentAsync(async (content, _) =>
        {
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            latest.Set("Member", "FocalPointName", JsonValue.Create("Ana"));
            latest.Set("Member", "Population", JsonValue.Create(10));
            return (await content.SaveAsync(latest)).Succeeded;
        });

        var put = await SendAsync(HttpMethod.Put, $"/api/content/Member/{id}", token, """{"displayText": "Replaceville", "parts": {"Member": {"AuthorityType": "county", "Country": ["country-rs"], "Status": "active"}}}""");
        var replaced = await JsonAsync(put, HttpStatusCode.OK);
        var member = replaced.GetProperty("parts").GetProperty("Member");
        Assert.Equal("county", member.GetProperty("AuthorityType").GetString());
        Assert.Equal(JsonValueKind.Null, member.GetProperty("Population").ValueKind);
        Assert.False(member.TryGetProperty("FocalPointName", out _));
        var stored = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.Equal("Ana", stored!.Get<string>("Member", "FocalPointName"));
    }

    [Fact]
    public async Task A_role_limited_to_its_own_items_cannot_touch_others_and_writes_need_the_scope()
    {
        var ownOnly = await WriterTokenAsync("content.edit.own:Member", "content.publish.own:Member", "content.delete.own:Member");
        var mine = await JsonAsync(await SendAsync(HttpMethod.Post, "/api/content/Member", ownOnly, NewMember("Mineville", publish: true)), HttpStatusCode.Created);
        await JsonAsync(await SendAsync(HttpMethod.Patch, $"/api/content/Member/{mine.GetProperty("id").GetString()}", ownOnly, """{"displayText": "Mineville 2"}"""), HttpStatusCode.OK);

        var before = await _http.GetJsonAsync("/api/content/Member/member-kragujevac");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Patch, "/api/content/Member/member-kragujevac", ownOnly, """{"displayText": "Taken over"}"""), HttpStatusCode.Forbidden, "someone else's");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Delete, "/api/content/Member/member-kragujevac", ownOnly), HttpStatusCode.Forbidden, "delete someone else's");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Member/member-kragujevac/unpublish", ownOnly), HttpStatusCode.Forbidden, "unpublish someone else's");
        // Another type the role says nothing about.
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Country", ownOnly, """{"displayText": "Nowhere"}"""), HttpStatusCode.Forbidden, "other type");

        var editorWithoutPublish = await WriterTokenAsync("content.edit:Member");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Member", editorWithoutPublish, NewMember("Publishville", publish: true)), HttpStatusCode.Forbidden, "publish without the right");

        var readOnlyClient = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts], ["content.edit:Member"]);
        var readOnly = await ApiClients.TokenAsync(_http, readOnlyClient);
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Member", readOnly, NewMember("Scopeless")), HttpStatusCode.Forbidden, "no write scope");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Member", null, NewMember("Anonville")), HttpStatusCode.Unauthorized, "anonymous");

        Assert.Equal(before.GetProperty("displayText").GetString(), (await _http.GetJsonAsync("/api/content/Member/member-kragujevac")).GetProperty("displayText").GetString());
        Assert.Equal(0, await CountAsync("Publishville") + await CountAsync("Scopeless") + await CountAsync("Anonville"));
    }

    [Fact]
    public async Task Stale_versions_are_refused_with_412_for_if_match_and_409_for_a_version_in_the_body()
    {
        var token = await WriterTokenAsync("content.edit:Member", "content.delete:Member");
        var created = await SendAsync(HttpMethod.Post, "/api/content/Member", token, NewMember("Raceville"));
        var item = await JsonAsync(created, HttpStatusCode.Created);
        var id = item.GetProperty("id").GetString()!;
        var firstVersion = item.GetProperty("version").GetString()!;
        var second = await SendAsync(HttpMethod.Patch, $"/api/content/Member/{id}", token, """{"displayText": "Raceville 2"}""", ifMatch: $"\"{firstVersion}\"");
        await JsonAsync(second, HttpStatusCode.OK);

        var stale = await SendAsync(HttpMethod.Patch, $"/api/content/Member/{id}", token, """{"displayText": "Raceville 3"}""", ifMatch: $"\"{firstVersion}\"");
        await ApiHttp.ProblemAsync(stale, HttpStatusCode.PreconditionFailed, "stale If-Match");
        Assert.Equal(second.Headers.ETag!.Tag, stale.Headers.ETag!.Tag);
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Patch, $"/api/content/Member/{id}", token, $$"""{"displayText": "Raceville 3", "version": "{{firstVersion}}"}"""),
            HttpStatusCode.Conflict, "stale version");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Delete, $"/api/content/Member/{id}", token, ifMatch: $"\"{firstVersion}\""), HttpStatusCode.PreconditionFailed, "stale delete");

        var latest = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.Equal("Raceville 2", latest!.DisplayText);
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "{\"displayText\": ", "body", "not valid JSON" },
        { "[1, 2]", "body", "JSON object" },
        { "{\"displayText\": \"X\", \"colour\": \"red\"}", "colour", "Unknown property" },
        { "{\"displayText\": \"X\", \"parts\": {\"Member\": {\"Shoe\": 1}}}", "Member.Shoe", "no field" },
        { "{\"displayText\": \"X\", \"parts\": {\"Spaceship\": {}}}", "Spaceship", "no part" },
        { "{\"displayText\": 12}", "displayText", "string" },
        { "{\"displayText\": \"X\", \"publish\": \"yes\"}", "publish", "true or false" },
        { "{\"culture\": \"de\", \"displayText\": \"X\"}", "culture", "not a culture" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_bodies_are_400_problems_naming_what_is_wrong_and_write_nothing(string body, string path, string message)
    {
        var token = await WriterTokenAsync("content.edit:Member");
        var problem = await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Member", token, body), HttpStatusCode.BadRequest, body);
        Assert.Contains(problem.ErrorsFor(path), m => m.Contains(message, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await CountAsync("X"));
    }

    [Fact]
    public async Task Field_values_of_the_wrong_kind_are_refused_with_their_field_path_in_the_caller_s_language()
    {
        var token = await WriterTokenAsync("content.edit:Member");
        const string body = """{"displayText": "Wrongville", "parts": {"Member": {"AuthorityType": "planet", "Country": ["country-nowhere"], "Status": "active", "Population": "many"}}}""";

        var english = await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Member", token, body), HttpStatusCode.BadRequest, "en");
        Assert.NotEmpty(english.ErrorsFor("Member.AuthorityType"));
        Assert.NotEmpty(english.ErrorsFor("Member.Country"));
        Assert.NotEmpty(english.ErrorsFor("Member.Population"));

        var french = await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Member", token, body, language: "fr-FR,fr;q=0.9"), HttpStatusCode.BadRequest, "fr");
        Assert.NotEqual(english.ErrorsFor("Member.Population"), french.ErrorsFor("Member.Population"));
        Assert.Equal(0, await CountAsync("Wrongville"));
    }

    [Fact]
    public async Task Unknown_types_and_ids_and_non_json_bodies_are_4xx_problems()
    {
        var token = await WriterTokenAsync("content.edit:Member", "content.delete:Member", "content.publish:Member");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/member", token, NewMember("Caseville")), HttpStatusCode.NotFound, "wrong case");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Patch, "/api/content/Member/nope", token, "{}"), HttpStatusCode.NotFound, "unknown id");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Delete, "/api/content/Member/country-rs", token), HttpStatusCode.NotFound, "id of another type");
        await ApiHttp.ProblemAsync(await SendAsync(HttpMethod.Post, "/api/content/Member/nope/publish", token), HttpStatusCode.NotFound, "publish unknown");

        using var form = new HttpRequestMessage(HttpMethod.Post, "/api/content/Member") { Content = new StringContent("displayText=X", Encoding.UTF8, "application/x-www-form-urlencoded") };
        await ApiHttp.ProblemAsync(await _http.SendAsync(form.With(token)), HttpStatusCode.UnsupportedMediaType, "form body");
    }

    private async Task<string> WriterTokenAsync(params string[] permissions)
    {
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentWrite, ApiScopes.ContentDrafts], permissions);
        var token = await ApiClients.TokenAsync(_http, client);
        _clientIds[token] = client.Id;
        return token;
    }

    private readonly Dictionary<string, string> _clientIds = [];

    private string ClientIdOf(string token) => _clientIds[token];

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? token, string? json = null, string? ifMatch = null, string? language = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (token is not null) request.With(token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await _http.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private Task<int> CountAsync(string displayText) =>
        site.WithContentAsync(async (_, queries) =>
        {
            var page = await queries.QueryAsync(new ContentQuery { Types = ["Member"], Status = ContentStatus.Latest, DisplayTextContains = displayText, PageSize = 100 });
            return page.Items.Count(i => i.DisplayText == displayText);
        });
}
