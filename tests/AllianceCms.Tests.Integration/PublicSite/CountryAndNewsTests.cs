using System.Net;
using System.Text.RegularExpressions;
using AllianceCms.Tests.Integration.Display;

namespace AllianceCms.Tests.Integration.PublicSite;

[Collection("public-site")]
public sealed class CountryAndNewsTests(PublicSiteFactory site)
{
    [Fact]
    public async Task Countries_list_every_member_state_in_both_languages()
    {
        var en = PublicSite.MainOf(await site.PageAsync("/countries"));
        Assert.Contains("href=\"/countries/montenegro\"", en);
        Assert.Contains("<caption>", en);
        var fr = PublicSite.MainOf(await site.PageAsync("/fr/pays"));
        Assert.Contains("href=\"/fr/pays/montenegro\"", fr);
        // Sorted with accents folded: Éire-like names sit among the E's, not after Z.
        var names = Regex.Matches(fr, "<th scope=\"row\"><a href=\"[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(names.Order(StringComparer.Create(new System.Globalization.CultureInfo("fr"), System.Globalization.CompareOptions.IgnoreNonSpace | System.Globalization.CompareOptions.IgnoreCase)).ToList(), names);
    }

    [Theory]
    [InlineData("/countries/serbia", "Kragujevac", "Member of the Council of Europe since 2003", "/participants/kragujevac", "/news/kragujevac-122nd-participant")]
    [InlineData("/fr/pays/serbie", "Kragujevac", "Membre du Conseil de l&#x27;Europe depuis 2003", "/fr/participants/kragujevac", "/fr/actualites/kragujevac-122e-participant")]
    public async Task Country_page_shows_its_participants_news_and_year_of_membership(string path, string participant, string since, string participantUrl, string newsUrl)
    {
        var html = PublicSite.MainOf(await site.PageAsync(path));
        Assert.Contains(participant, html);
        Assert.Contains(since, html);
        Assert.Contains($"href=\"{participantUrl}\"", html);
        Assert.Contains($"href=\"{newsUrl}\"", html);
    }

    [Theory]
    [InlineData("/news", "/news/")]
    [InlineData("/fr/actualites", "/fr/actualites/")]
    public async Task News_list_pages_through_the_news(string path, string prefix)
    {
        var first = PublicSite.MainOf(await site.PageAsync(path));
        Assert.Equal(10, Regex.Matches(first, $"<h3><a href=\"{prefix}").Count);
        Assert.Contains("rel=\"next\"", first);
        var second = PublicSite.MainOf(await site.PageAsync(path + "?page=2"));
        Assert.Contains("rel=\"prev\"", second);
    }

    [Fact]
    public async Task News_filter_by_kind_and_tag()
    {
        var interviews = PublicSite.MainOf(await site.PageAsync("/news?kind=interview"));
        Assert.Contains("interview-helene-garrigou-val-de-marne", interviews);
        Assert.DoesNotContain("launch-of-the-alliance", interviews);
        var tagged = PublicSite.MainOf(await site.PageAsync("/news?tag=Strasbourg"));
        Assert.Contains("summit-of-mayors-on-roma-2011", tagged);
        Assert.DoesNotContain("tivat-127th-participant", tagged);
        var fr = PublicSite.MainOf(await site.PageAsync("/fr/actualites?kind=interview"));
        Assert.Contains("entretien-helene-garrigou-val-de-marne", fr);
    }

    [Theory]
    [InlineData("/news?page=-1")]
    [InlineData("/news?page=abc")]
    [InlineData("/news?kind=nonsense")]
    [InlineData("/fr/actualites?kind=%00&tag=%3Cb%3E")]
    public async Task News_nonsense_query_strings_get_a_sensible_default(string path)
    {
        var html = await site.PageAsync(path);
        Assert.DoesNotContain("<b>", PublicSite.MainOf(html));
    }

    [Fact]
    public async Task Events_are_split_into_upcoming_and_past()
    {
        // The test clock says 25 November 2026.
        var html = PublicSite.MainOf(await site.PageAsync("/news?kind=event"));
        var upcoming = html[html.IndexOf("events-upcoming", StringComparison.Ordinal)..html.IndexOf("events-past", StringComparison.Ordinal)];
        Assert.Contains("international-roma-day-2027", upcoming);
        Assert.DoesNotContain("summit-of-mayors-on-roma-2011", upcoming);
        Assert.Contains("summit-of-mayors-on-roma-2011", html[html.IndexOf("events-past", StringComparison.Ordinal)..]);
        Assert.Contains("Événements passés", await site.PageAsync("/fr/actualites?kind=event"));
    }

    [Theory]
    [InlineData("/news/tivat-127th-participant", "/participants/tivat", "/countries/montenegro")]
    [InlineData("/fr/actualites/tivat-127e-participant", "/fr/participants/tivat", "/fr/pays/montenegro")]
    public async Task News_page_links_its_participants_and_countries(string path, string participant, string country)
    {
        var html = PublicSite.MainOf(await site.PageAsync(path));
        Assert.Contains($"href=\"{participant}\"", html);
        if (html.Contains("rel-countries", StringComparison.Ordinal)) Assert.Contains($"href=\"{country}\"", html);
    }

    [Theory]
    [InlineData("/news/summit-of-mayors-on-roma-2011")]
    [InlineData("/fr/actualites/sommet-des-maires-sur-les-roms-2011")]
    public async Task Each_event_has_an_icalendar_file(string path)
    {
        Assert.Contains($"href=\"{path}.ics\"", await site.PageAsync(path));
        var response = await site.Browser().GetAsync(path + ".ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        foreach (var line in ics.Split("\r\n")) Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line);
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT\r\n", unfolded);
        Assert.Matches(new Regex("\r\nUID:news-summit-of-mayors-on-roma-2011@"), unfolded);
        Assert.Matches(new Regex("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n"), unfolded);
        Assert.Contains("\r\nDTSTART:20110922T070000Z\r\n", unfolded);
        Assert.Contains("\r\nDTEND:20110922T160000Z\r\n", unfolded);
        Assert.Contains("\r\nSUMMARY:", unfolded);
        Assert.Contains("\r\nLOCATION:Strasbourg\\, France\r\n", unfolded);
    }

    [Fact]
    public async Task Icalendar_text_is_escaped_and_folded()
    {
        var ics = Alliance.News.EventCalendar.Write("a@b", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 2, 8, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 1, 2, 9, 0, 0, DateTimeKind.Utc), "A; B, C\\D\nE " + new string('é', 60), "Place", null, "https://example.org/e");
        Assert.Contains("SUMMARY:A\\; B\\, C\\\\D\\nE ", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75));
        Assert.Contains("\r\n é", ics);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_news_item_that_is_not_an_event_has_no_calendar_file()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/news/launch-of-the-alliance.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/news/no-such-thing.ics")).StatusCode);
    }
}
