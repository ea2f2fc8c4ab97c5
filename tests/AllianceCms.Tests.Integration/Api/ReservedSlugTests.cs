using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Api.Clients;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// Pages live at the top level of the site, beside cultures' homes, types' lists and built-in pages: a page whose
/// address is one of those could never be shown, so its slug is refused (typed) or moved aside (generated).
/// </summary>
[Collection("api-clients")]
public sealed class ReservedSlugTests(ApiClientsFactory site)
{
    private readonly HttpClient _http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static TheoryData<string, string> TakenAddresses => new()
    {
        { "en", "news" },        // the news list
        { "fr", "actualites" },  // its French list
        { "en", "fr" },          // the French home
        { "en", "search" },      // the search page
        { "fr", "recherche" },
        { "en", "admin" },
        { "en", "api" },
        { "en", "media" },
    };

    [Theory]
    [MemberData(nameof(TakenAddresses))]
    public async Task A_page_cannot_take_the_address_of_a_list_a_home_or_a_built_in_page(string culture, string slug)
    {
        var token = await ApiClients.TokenAsync(_http, await ApiClients.CreateAsync(site, [ApiScopes.ContentWrite], ["content.edit:Page", "content.publish:Page"]));

        var typed = await PostAsync(token, new JsonObject { ["culture"] = culture, ["displayText"] = "Typed " + slug, ["slug"] = slug, ["publish"] = true });
        var problem = await ApiHttp.ProblemAsync(typed, HttpStatusCode.BadRequest, "slug " + slug);
        Assert.NotEmpty(problem.ErrorsFor("Slug"));

        // A title that would make that slug gets the next free one, and its page shows.
        var title = char.ToUpperInvariant(slug[0]) + slug[1..];
        var generated = await PostAsync(token, new JsonObject { ["culture"] = culture, ["displayText"] = title, ["publish"] = true, ["parts"] = new JsonObject { ["Page"] = new JsonObject { ["Body"] = "<p>Reserved slug test</p>" } } });
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        var item = JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEqual(slug, item.GetProperty("slug").GetString());
        var page = await _http.GetAsync(item.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Reserved slug test", await page.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string token, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content/Page") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        return await _http.SendAsync(request.With(token));
    }
}
