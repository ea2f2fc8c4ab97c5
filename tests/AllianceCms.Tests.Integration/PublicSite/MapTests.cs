using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace AllianceCms.Tests.Integration.PublicSite;

[Collection("public-site")]
public sealed class MapTests(PublicSiteFactory site)
{
    [Theory]
    [InlineData("en", "/participants")]
    [InlineData("fr", "/fr/participants")]
    public async Task Participants_page_draws_country_outlines_and_a_named_link_per_located_participant(string culture, string path)
    {
        var html = await site.PageAsync(path);
        var map = Regex.Match(html, "<svg class=\"map-europe\"[\\s\\S]*?</svg>").Value;
        Assert.NotEmpty(map);
        var outlines = Regex.Matches(map, "<path class=\"map-country\" data-name=\"([^\"]+)\" d=\"(M[0-9. LMZ-]+)\"/>");
        Assert.True(outlines.Count > 40, $"{outlines.Count} country outlines");
        Assert.Contains(outlines, o => o.Groups[1].Value == "France");
        Assert.DoesNotContain("map-grid", map);

        var located = await site.WithContentAsync(async (_, queries) =>
        {
            var page = await queries.QueryAsync(new ContentQuery { Types = ["Member"], Culture = culture, PageSize = ContentQuery.MaxPageSize });
            return page.Items.Where(i => i.Get("Member", "Location") is JsonObject { Count: > 0 }).ToList();
        });
        Assert.True(located.Count >= 5, $"{located.Count} located participants in the recipe");
        var points = Regex.Matches(map, "<a href=\"([^\"]+)\" class=\"map-point\" aria-label=\"([^\"]+)\"><circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" r=\"5\"/>");
        Assert.Equal(located.Count, points.Count);
        foreach (var item in located)
            Assert.Contains(points, p => WebUtility.HtmlDecode(p.Groups[2].Value) == item.DisplayText && p.Groups[1].Value.EndsWith("/" + item.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_newly_published_participant_appears_on_the_map_where_it_is_and_one_without_a_location_does_not()
    {
        var country = await site.PublishedCountryAsync(Items.Unique("Maplandia"));
        var lyon = await site.PublishedMemberAsync(Items.Unique("Mapped Lyon"), country.ContentItemId, m => m.Set("Member", "Location", new JsonObject { ["lat"] = 45.76, ["lng"] = 4.84 }));
        var nowhere = await site.PublishedMemberAsync(Items.Unique("Unmapped Town"), country.ContentItemId);

        var map = Regex.Match(await site.PageAsync("/participants"), "<svg class=\"map-europe\"[\\s\\S]*?</svg>").Value;
        var point = Regex.Match(map, $"<a href=\"/participants/{lyon.Slug}\" class=\"map-point\" aria-label=\"{lyon.DisplayText}\"><circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");
        Assert.True(point.Success, "Lyon is not on the map");
        var france = Regex.Match(map, "data-name=\"France\" d=\"([^\"]+)\"").Groups[1].Value;
        var xs = Regex.Matches(france, @"[ML]([0-9.]+) ([0-9.]+)").Select(m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Y: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var (x, y) = (double.Parse(point.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(point.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(x, xs.Min(p => p.X), xs.Max(p => p.X));
        Assert.InRange(y, xs.Min(p => p.Y), xs.Max(p => p.Y));
        Assert.DoesNotContain(nowhere.DisplayText, map);
    }

    private static string MapOf(string html) => Regex.Match(html, "<svg class=\"map-europe\"[\\s\\S]*?</svg>").Value;

    /// <summary>The map's links of one kind ("map-point": a participant, "map-group": a country) as (href, accessible name).</summary>
    private static List<(string Href, string Label)> Links(string map, string kind) =>
        Regex.Matches(map, $"<a href=\"([^\"]+)\" class=\"{kind}\" aria-label=\"([^\"]+)\"").Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

    /// <summary>The located participants a filter selects, by name, as the query service finds them.</summary>
    private Task<List<string>> LocatedAsync(string culture, params FieldFilter[] filters) =>
        site.WithContentAsync(async (_, queries) =>
        {
            var page = await queries.QueryAsync(new ContentQuery { Types = ["Member"], Culture = culture, Filters = filters, PageSize = ContentQuery.MaxPageSize });
            return page.Items.Where(i => i.Get("Member", "Location") is JsonObject { Count: > 0 }).Select(i => i.DisplayText).Order(StringComparer.Ordinal).ToList();
        });

    [Theory]
    [InlineData("en", "/participants")]
    [InlineData("fr", "/fr/participants")]
    public async Task The_map_draws_only_the_participants_the_filters_select(string culture, string path)
    {
        var montenegro = Links(MapOf(await site.PageAsync(path + "?country=country-me")), "map-point").Select(p => p.Label).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(await LocatedAsync(culture, new FieldFilter("Member.Country", FilterOperator.Equals, "country-me")), montenegro);
        Assert.Contains("Tivat", montenegro);

        var regions = Links(MapOf(await site.PageAsync(path + "?type=region")), "map-point").Select(p => p.Label).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(await LocatedAsync(culture, new FieldFilter("Member.AuthorityType", FilterOperator.Equals, "region")), regions);
        Assert.DoesNotContain("Tivat", regions);

        var housing = Links(MapOf(await site.PageAsync(path + "?priority=housing&q=Tir")), "map-point").Select(p => p.Label).ToList();
        Assert.Equal(["Tirana"], housing);
        Assert.Empty(Links(MapOf(await site.PageAsync(path + "?q=nothing-like-this")), "map-point"));
        Assert.Empty(Links(MapOf(await site.PageAsync(path + "?q=nothing-like-this")), "map-group"));
    }

    [Theory]
    [InlineData("en", "/participants", "/countries/", "{0}: {1} participants", "{0}: 1 participant", "Each point is a country")]
    [InlineData("fr", "/fr/participants", "/fr/pays/", "{0} : {1} participants", "{0} : 1 participant", "Chaque point est un pays")]
    public async Task Above_the_limit_the_map_draws_one_point_per_country_with_its_number_linking_to_its_page(
        string culture, string path, string countryPrefix, string many, string one, string note)
    {
        using var grouped = site.WithWebHostBuilder(b => b.UseSetting("Participants:Map:GroupAbove", "5"));
        var client = grouped.Browser();
        var html = await client.HtmlAsync(path);
        var map = MapOf(html);
        Assert.Contains(note, html);
        Assert.Empty(Links(map, "map-point"));

        // Each country on the map (the tests' own countries have no ISO code the map knows) with its participants in that culture.
        var expected = await site.WithContentAsync(async (_, queries) =>
        {
            var countries = (await queries.QueryAsync(new ContentQuery { Types = ["Country"], Culture = culture, PageSize = ContentQuery.MaxPageSize })).Items
                .Where(c => c.Get<string>("Country", "Alpha2") != "ZZ").ToList();
            var members = (await queries.QueryAsync(new ContentQuery { Types = ["Member"], Culture = culture, PageSize = ContentQuery.MaxPageSize })).Items;
            return countries.Select(c => (Country: c, Count: members.Count(m => Core.Fields.IdListFieldKind.Ids(m.Get("Member", "Country")).Contains(c.LocalizationSet))))
                .Where(x => x.Count > 0)
                .Select(x => (Href: countryPrefix + x.Country.Slug, Label: x.Count == 1 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, one, x.Country.DisplayText) : string.Format(System.Globalization.CultureInfo.InvariantCulture, many, x.Country.DisplayText, x.Count), x.Count))
                .ToList();
        });
        Assert.Contains(expected, e => e.Count == 1);
        Assert.Contains(expected, e => e.Count > 1);
        var groups = Links(map, "map-group");
        Assert.Equal(expected.Select(e => (e.Href, e.Label)).Order(), groups.Order());
        foreach (var (href, _, count) in expected)
            Assert.Matches(new Regex($"<a href=\"{Regex.Escape(href)}\" class=\"map-group\"[^>]*><circle cx=\"[0-9.]+\" cy=\"[0-9.]+\" r=\"[0-9]+\"/><text [^>]*aria-hidden=\"true\">{count}</text>"), map);

        // The filters apply to the groups too, and a selection within the limit is drawn point by point again.
        var municipalities = await LocatedAsync(culture, new FieldFilter("Member.AuthorityType", FilterOperator.Equals, "municipality"));
        Assert.True(municipalities.Count > 5, $"{municipalities.Count} municipalities");
        var filtered = Links(MapOf(await client.HtmlAsync(path + "?type=municipality")), "map-group");
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count <= groups.Count);
        Assert.NotEqual(groups, filtered);
        var tivat = MapOf(await client.HtmlAsync(path + "?q=Tivat"));
        Assert.Empty(Links(tivat, "map-group"));
        Assert.Equal(["Tivat"], Links(tivat, "map-point").Select(p => p.Label));
    }
}
