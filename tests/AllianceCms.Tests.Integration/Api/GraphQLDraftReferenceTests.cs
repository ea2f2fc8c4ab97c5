using System.Net.Http.Headers;
using System.Net.Http.Json;
using AllianceCms.Api.Clients;
using AllianceCms.Core.Content;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>GraphQL references follow the version the query read: drafts for a drafts reader who asked for LATEST, published for everyone else.</summary>
[Collection("api-clients")]
public sealed class GraphQLDraftReferenceTests(ApiClientsFactory site)
{
    private const string Query = """query($s: ContentStatus) { member(id: "member-kragujevac", status: $s) { country { displayText } } }""";
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_drafts_reader_asking_for_latest_sees_the_referenced_countrys_draft_and_anonymous_callers_the_published_one()
    {
        var draftName = "Serbia draft " + Guid.NewGuid().ToString("N")[..6];
        var published = await site.WithContentAsync(async (content, _) =>
        {
            var country = (await content.GetAsync("country-rs", VersionOptions.Latest))!;
            var name = (await content.GetAsync("country-rs", VersionOptions.Published))!.DisplayText;
            country.DisplayText = draftName;
            Assert.True((await content.SaveAsync(country, publish: false)).Succeeded);
            return name;
        });
        var client = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts], ["content.view:Member", "content.view:Country"]);
        var token = await ApiClients.TokenAsync(_http, client);

        Assert.Equal(draftName, await CountryNameAsync(token, "LATEST"));
        // The same reader asking for published versions gets published references, and so do anonymous callers.
        Assert.Equal(published, await CountryNameAsync(token, "PUBLISHED"));
        Assert.Equal(published, await CountryNameAsync(null, null));

        // A drafts reader whose role may not view countries' drafts sees the published country, not the draft.
        var membersOnly = await ApiClients.CreateAsync(site, [ApiScopes.ContentDrafts], ["content.view:Member"]);
        Assert.Equal(published, await CountryNameAsync(await ApiClients.TokenAsync(_http, membersOnly), "LATEST"));
    }

    private async Task<string?> CountryNameAsync(string? token, string? status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = JsonContent.Create(new { query = Query, variables = new { s = status } }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ApiHttp.GraphQLResponse));
        if (token is not null) request.With(token);
        var data = (await GraphResult.ReadAsync(await _http.SendAsync(request))).Ok();
        return data.GetProperty("member").GetProperty("country").GetProperty("displayText").GetString();
    }
}
