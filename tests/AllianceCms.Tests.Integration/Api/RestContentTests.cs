using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

[Collection("site")]
public sealed class RestContentTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string, string> TypesAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { "Country", "Member", "NewsItem", "GlossaryTerm", "Page" })
            foreach (var culture in new[] { "en", "fr" }) data.Add(type, culture);
        return data;
    }

    [Theory]
    [MemberData(nameof(TypesAndCultures))]
    public async Task Each_type_lists_its_published_items_in_either_culture(string type, string culture)
    {
        var page = await _client.GetJsonAsync($"/api/content/{type}?culture={culture}&first=100");
        var expected = await site.WithContentAsync((_, queries) => queries.CountAsync(new ContentQuery { Types = [type], Culture = culture }));

        Assert.True(expected > 0);
        Assert.Equal(expected, page.GetProperty("totalCount").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Math.Min(expected, 100), items.Count);
        Assert.All(items, item =>
        {
            Assert.Equal(type, item.GetProperty("type").GetString());
            Assert.Equal(culture, item.GetProperty("culture").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("displayText").GetString()));
            Assert.StartsWith("http://localhost/", item.GetProperty("url").GetString());
            Assert.Equal(JsonValueKind.Object, item.GetProperty("parts").GetProperty(type).ValueKind);
        });
    }

    [Fact]
    public async Task A_participant_shows_its_public_fields_and_never_its_private_ones()
    {
        var member = await _client.GetJsonAsync("/api/content/Member/member-kragujevac");
        var fields = member.GetProperty("parts").GetProperty("Member");

        Assert.Equal("Kragujevac", member.GetProperty("displayText").GetString());
        Assert.Equal("member-kragujevac", member.GetProperty("localizationSet").GetString());
        Assert.Equal("http://localhost/participants/kragujevac", member.GetProperty("url").GetString());
        Assert.Equal("country-rs", fields.GetProperty("Country")[0].GetString());
        Assert.True(fields.TryGetProperty("FocalPointRole", out _));
        foreach (var hidden in new[] { "FocalPointName", "FocalPointEmail", "FocalPointPhone" })
            Assert.False(fields.TryGetProperty(hidden, out _), $"{hidden} is private");
        Assert.DoesNotContain("example.org", member.GetRawText());

        var country = await _client.GetJsonAsync("/api/content/Country/country-rs");
        Assert.False(country.GetProperty("parts").GetProperty("Country").TryGetProperty("DeskEditors", out _));
    }

    [Fact]
    public async Task A_private_type_does_not_exist_for_anonymous_clients()
    {
        var problem = await _client.GetProblemAsync("/api/content/JoinApplication", HttpStatusCode.NotFound);
        Assert.Contains("JoinApplication", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("JoinApplication", problem.GetProperty("detail").GetString()!.Split("Types:").Last());
    }

    [Fact]
    public async Task Unknown_types_and_ids_are_404_problems()
    {
        await _client.GetProblemAsync("/api/content/Nothing", HttpStatusCode.NotFound);
        var wrongCase = await _client.GetProblemAsync("/api/content/member", HttpStatusCode.NotFound);
        Assert.Contains("did you mean 'Member'", wrongCase.GetProperty("detail").GetString());
        await _client.GetProblemAsync("/api/content/Member/no-such-member", HttpStatusCode.NotFound);
        // An id of another type is not found under this one.
        await _client.GetProblemAsync("/api/content/Member/country-rs", HttpStatusCode.NotFound);
        await _client.GetProblemAsync($"/api/content/Member/{new string('x', 300)}", HttpStatusCode.NotFound);
        await _client.GetProblemAsync("/api/content/Country/by-slug/en/atlantis", HttpStatusCode.NotFound);
        await _client.GetProblemAsync("/api/nothing/here", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task An_item_is_found_by_its_slug_in_each_culture(string culture)
    {
        var id = culture == "en" ? "country-rs" : "country-rs-fr";
        var byId = await _client.GetJsonAsync($"/api/content/Country/{id}");
        var slug = byId.GetProperty("slug").GetString();

        var bySlug = await _client.GetJsonAsync($"/api/content/Country/by-slug/{culture}/{slug}");

        Assert.Equal(id, bySlug.GetProperty("id").GetString());
        Assert.Equal(culture == "en" ? "Serbia" : "Serbie", bySlug.GetProperty("displayText").GetString());
        Assert.Equal(culture == "en" ? "http://localhost/countries/serbia" : $"http://localhost/fr/pays/{slug}", bySlug.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Participants_are_filtered_by_country_with_the_id_of_either_variant()
    {
        var english = await _client.GetJsonAsync("/api/content/Member?filter[Member.Country]=country-rs&sort=displayText");
        var french = await _client.GetJsonAsync("/api/content/Member?culture=fr&filter%5BMember.Country%5D=country-rs-fr&sort=displayText");

        Assert.Contains("Kragujevac", Names(english));
        Assert.Equal(english.GetProperty("totalCount").GetInt32(), french.GetProperty("totalCount").GetInt32());
        Assert.All(Items(english).Concat(Items(french)), i => Assert.Equal("country-rs", i.GetProperty("parts").GetProperty("Member").GetProperty("Country")[0].GetString()));

        // Several values: repeated, or with [in].
        var two = await _client.GetJsonAsync("/api/content/Member?filter[Member.Country]=country-rs&filter[Member.Country]=country-me");
        var twoIn = await _client.GetJsonAsync("/api/content/Member?filter[Member.Country][in]=country-rs,country-me");
        Assert.Equal(two.GetProperty("totalCount").GetInt32(), twoIn.GetProperty("totalCount").GetInt32());
        Assert.True(two.GetProperty("totalCount").GetInt32() > english.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Numbers_dates_choices_tags_and_booleans_filter_and_sort()
    {
        var ordinals = Items(await _client.GetJsonAsync("/api/content/Member?filter[Member.Ordinal][gte]=100&filter[Member.Ordinal][lte]=110&sort=Member.Ordinal&first=100"))
            .Select(i => i.GetProperty("parts").GetProperty("Member").GetProperty("Ordinal").GetInt32()).ToList();
        Assert.NotEmpty(ordinals);
        Assert.All(ordinals, o => Assert.InRange(o, 100, 110));
        Assert.Equal(ordinals.Order(), ordinals);

        var descending = Items(await _client.GetJsonAsync("/api/content/Member?sort=-Member.JoinedOn&filter[Member.JoinedOn][gte]=2014-01-01&first=100"))
            .Select(i => i.GetProperty("parts").GetProperty("Member").GetProperty("JoinedOn").GetString()!).ToList();
        Assert.NotEmpty(descending);
        Assert.All(descending, d => Assert.True(string.CompareOrdinal(d, "2014-01-01") >= 0));
        Assert.Equal(descending.OrderDescending(StringComparer.Ordinal), descending);

        var cities = Items(await _client.GetJsonAsync("/api/content/Member?filter[Member.AuthorityType][in]=city,region&first=100"));
        Assert.All(cities, i => Assert.Contains(i.GetProperty("parts").GetProperty("Member").GetProperty("AuthorityType").GetString(), new[] { "city", "region" }));

        var events = Items(await _client.GetJsonAsync("/api/content/NewsItem?filter[NewsItem.Kind]=event&filter[NewsItem.PublicationDate][lte]=2011-12-31"));
        Assert.Contains(events, e => e.GetProperty("id").GetString() == "news-summit-of-mayors-on-roma-2011");

        var tagged = Items(await _client.GetJsonAsync("/api/content/NewsItem?filter[NewsItem.Tags]=summit%20of%20MAYORS"));
        Assert.Contains(tagged, e => e.GetProperty("id").GetString() == "news-summit-of-mayors-on-roma-2011");

        var featured = Items(await _client.GetJsonAsync("/api/content/GlossaryTerm?filter[GlossaryTerm.Featured]=true&first=100"));
        Assert.Contains(featured, t => t.GetProperty("id").GetString() == "glossary-roma-and-travellers");
        Assert.All(featured, t => Assert.True(t.GetProperty("parts").GetProperty("GlossaryTerm").GetProperty("Featured").GetBoolean()));
    }

    [Fact]
    public async Task Cursor_pages_cover_every_item_once_in_order_with_the_total_on_each()
    {
        var all = Names(await _client.GetJsonAsync("/api/content/Country?sort=displayText&first=100"));
        var seen = new List<string>();
        string? next = "/api/content/Country?sort=displayText&first=7";
        while (next is not null)
        {
            var page = await _client.GetJsonAsync(next);
            Assert.Equal(all.Count, page.GetProperty("totalCount").GetInt32());
            seen.AddRange(Names(page));
            next = page.GetProperty("next").GetString();
            Assert.Equal(next is null, page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null);
        }
        Assert.Equal(all, seen);
        Assert.True(all.Count >= 46);
    }

    [Fact]
    public async Task Expanded_references_are_the_referenced_items_in_the_referring_culture()
    {
        var french = await _client.GetJsonAsync("/api/content/Member/member-kragujevac-fr?expand=Member.Country,localizations");

        var country = french.GetProperty("references").GetProperty("Member.Country").EnumerateArray().Single();
        Assert.Equal("country-rs-fr", country.GetProperty("id").GetString());
        Assert.Equal("Serbie", country.GetProperty("displayText").GetString());
        Assert.Equal("RS", country.GetProperty("parts").GetProperty("Country").GetProperty("Alpha2").GetString());
        var english = french.GetProperty("localizations").EnumerateArray().Single();
        Assert.Equal("member-kragujevac", english.GetProperty("id").GetString());
        Assert.Equal("http://localhost/participants/kragujevac", english.GetProperty("url").GetString());

        var news = await _client.GetJsonAsync("/api/content/NewsItem?expand=*&first=20");
        Assert.All(Items(news), n => Assert.True(n.GetProperty("references").TryGetProperty("NewsItem.RelatedCountries", out _)));
        var plain = await _client.GetJsonAsync("/api/content/Member/member-kragujevac");
        Assert.False(plain.TryGetProperty("references", out _));
    }

    [Fact]
    public async Task Published_content_carries_an_etag_and_answers_304_while_it_is_unchanged()
    {
        const string url = "/api/content/Member?filter[Member.Country]=country-rs&expand=Member.Country";
        var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());

        Assert.Equal(HttpStatusCode.NotModified, (await GetWithAsync(url, etag.ToString())).StatusCode);
        var notModified = await GetWithAsync(url, $"\"other\", {etag.Tag}");
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await GetWithAsync(url, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetWithAsync(url, "W/\"something-else\"")).StatusCode);

        // Another representation has another tag.
        var other = await _client.GetAsync("/api/content/Member?filter[Member.Country]=country-rs");
        Assert.NotEqual(etag, other.Headers.ETag);

        var item = await _client.GetAsync("/api/content/Country/country-rs");
        Assert.Equal(HttpStatusCode.NotModified, (await GetWithAsync("/api/content/Country/country-rs", item.Headers.ETag!.ToString())).StatusCode);

        using var head = new HttpRequestMessage(HttpMethod.Head, "/api/content/Country/country-rs");
        var headResponse = await _client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.Equal(item.Headers.ETag, headResponse.Headers.ETag);
        Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> GetWithAsync(string url, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await _client.SendAsync(request);
    }

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    private static List<string> Names(JsonElement page) => Items(page).Select(i => i.GetProperty("displayText").GetString()!).ToList();
}
