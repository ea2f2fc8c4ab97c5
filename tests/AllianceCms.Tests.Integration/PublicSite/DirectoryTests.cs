using System.Net;
using System.Text.RegularExpressions;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.PublicSite;

[Collection("public-site")]
public sealed class DirectoryTests(PublicSiteFactory site)
{
    private static List<string> Rows(string html) =>
        Regex.Matches(html, "<th scope=\"row\"><a href=\"[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();

    [Theory]
    [InlineData("/participants", "Participants of the Alliance", "Order of joining")]
    [InlineData("/fr/participants", "Participants de l&#x27;Alliance", "Rang d&#x27;adhésion")]
    public async Task Directory_is_an_accessible_table_with_caption_and_scopes(string path, string caption, string ordinalHeader)
    {
        var html = PublicSite.MainOf(await site.PageAsync(path));
        Assert.Contains("<table class=\"directory\">", html);
        Assert.Contains("<caption>" + caption, html);
        Assert.Contains("<th scope=\"col\"", html);
        Assert.Contains(ordinalHeader, html);
        Assert.NotEmpty(Rows(html));
        Assert.Contains("<form class=\"filters\" method=\"get\"", html);
        foreach (var id in new[] { "f-country", "f-type", "f-priority", "f-q" }) Assert.Contains($"<label for=\"{id}\">", html);
    }

    [Fact]
    public async Task Each_row_carries_its_ordinal_with_localized_suffix()
    {
        var en = await site.PageAsync("/participants?q=Tivat");
        Assert.Contains("<td>127th</td>", en);
        var fr = await site.PageAsync("/fr/participants?q=Tivat");
        Assert.Contains("<td>127e</td>", fr);
        Assert.Contains("The 127th participant", await site.PageAsync("/participants/tivat"));
        Assert.Contains("127e participant", await site.PageAsync("/fr/participants/tivat"));
    }

    [Fact]
    public async Task Filters_by_country_type_and_priority_work_as_a_plain_get_form()
    {
        var serbia = Rows(await site.PageAsync("/participants?country=country-rs"));
        Assert.Contains("Kragujevac", serbia);
        Assert.DoesNotContain("Tivat", serbia);

        var regions = Rows(await site.PageAsync("/participants?type=region"));
        Assert.Contains("Andalusia", regions);
        Assert.DoesNotContain("Tivat", regions);

        var housing = await site.PageAsync("/participants?priority=housing&q=Tir");
        Assert.Contains("Tirana", Rows(housing));
        Assert.Contains("<option value=\"housing\" selected>", housing);

        var fr = Rows(await site.PageAsync("/fr/participants?country=country-me&type=municipality"));
        Assert.Contains("Tivat", fr);
        Assert.DoesNotContain("Podgorica", fr); // a city of the same country
        Assert.DoesNotContain("Kragujevac", fr);
    }

    [Fact]
    public async Task Name_search_finds_participants()
    {
        Assert.Equal(["Tivat"], Rows(await site.PageAsync("/participants?q=tiva")));
        Assert.Empty(Rows(await site.PageAsync("/participants?q=nothing-like-this")));
        Assert.Contains("No participant matches", await site.PageAsync("/participants?q=nothing-like-this"));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("ordinal")]
    [InlineData("joined")]
    [InlineData("country")]
    public async Task Columns_sort_both_ways(string column)
    {
        var asc = await site.PageAsync($"/participants?sort={column}&dir=asc");
        var desc = await site.PageAsync($"/participants?sort={column}&dir=desc");
        Assert.Contains("aria-sort=\"ascending\"", asc);
        Assert.Contains("aria-sort=\"descending\"", desc);
        Assert.NotEqual(Rows(asc), Rows(desc));
        if (column == "ordinal")
        {
            var ordinals = Regex.Matches(desc, "<td>(\\d+)th</td>|<td>(\\d+)(?:st|nd|rd)</td>").Select(m => int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)).ToList();
            Assert.Equal(ordinals.OrderDescending().ToList(), ordinals);
        }
        if (column == "name") Assert.StartsWith("A", Rows(asc)[0]);
    }

    [Fact]
    public async Task Pages_of_twenty_with_links_that_keep_the_filters()
    {
        var first = await site.PageAsync("/participants?sort=ordinal");
        Assert.Equal(20, Rows(first).Count);
        Assert.Matches("rel=\"next\"", first);
        var second = await site.PageAsync("/participants?sort=ordinal&page=2");
        Assert.Empty(Rows(first).Intersect(Rows(second)));
        Assert.Contains("sort=ordinal", Regex.Match(second, "href=\"([^\"]+)\" rel=\"prev\"").Groups[1].Value);
    }

    [Theory]
    [InlineData("/participants?page=-1")]
    [InlineData("/participants?page=abc")]
    [InlineData("/participants?page=99999999999999")]
    [InlineData("/participants?country=nowhere&type=castle&priority=%3Cscript%3E")]
    [InlineData("/participants?sort=%27%3BDROP&dir=sideways")]
    [InlineData("/fr/participants?page=-1&country=xx")]
    public async Task Nonsense_query_strings_get_a_sensible_default(string path)
    {
        var html = await site.PageAsync(path);
        Assert.Equal(20, Rows(html).Count);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task A_10_KB_search_is_cut_short_and_answered()
    {
        var text = new string('a', 10_240);
        var response = await site.Browser().GetAsync("/participants?q=" + text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No participant matches", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Participant_page_shows_public_fields_country_and_website_but_never_private_ones()
    {
        var html = await site.PageAsync("/participants/tirana");
        Assert.Contains("href=\"/countries/albania\"", html);
        Assert.Contains("https://www.tirana.al", html);
        Assert.Contains("Roma inclusion", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ardita", html);
        Assert.DoesNotContain("example.org", html);
        Assert.DoesNotContain("+355", html);
        var fr = await site.PageAsync("/fr/participants/tirana");
        Assert.Contains("href=\"/fr/pays/albanie\"", fr);
    }

    [Fact]
    public async Task Participant_page_lists_its_related_news()
    {
        var country = await site.PublishedCountryAsync(Items.Unique("Newsland"));
        var member = await site.PublishedMemberAsync(Items.Unique("Newstown"), country.ContentItemId);
        var title = Items.Unique("Newstown joins");
        await site.WithContentAsync(async (content, _) =>
        {
            var news = await Items.NewNewsAsync(content, title);
            news.Set("NewsItem", "RelatedMembers", new System.Text.Json.Nodes.JsonArray(member.ContentItemId));
            return await content.CreateAsync(news, publish: true).CreatedAsync();
        });
        var html = await site.PageAsync($"/participants/{member.Slug}");
        Assert.Contains("Related news", html);
        Assert.Contains(title, html);
    }

    [Theory]
    [InlineData("/participants", "/participants/tivat")]
    [InlineData("/fr/participants", "/fr/participants/tivat")]
    public async Task Map_is_inline_svg_with_a_link_per_participant_and_no_third_party(string path, string tivat)
    {
        var html = await site.PageAsync(path);
        var map = html[html.IndexOf("<svg class=\"map-europe\"", StringComparison.Ordinal)..html.IndexOf("</svg>", StringComparison.Ordinal)];
        Assert.Contains($"<a href=\"{tivat}\" class=\"map-point\" aria-label=\"Tivat\">", map);
        // Tivat, 42.435°N 18.696°E, projected on the map (Alliance.Members' EuropeMap), with a decimal point in every culture (no "295,6").
        Assert.Matches(new System.Text.RegularExpressions.Regex($"<a href=\"{tivat}\" class=\"map-point\" aria-label=\"Tivat\"><circle cx=\"[0-9]+(\\.[0-9])?\" cy=\"[0-9]+(\\.[0-9])?\""), map);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("tile", html, StringComparison.OrdinalIgnoreCase);
    }
}
