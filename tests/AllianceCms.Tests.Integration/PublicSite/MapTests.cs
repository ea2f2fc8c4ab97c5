using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

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
}
