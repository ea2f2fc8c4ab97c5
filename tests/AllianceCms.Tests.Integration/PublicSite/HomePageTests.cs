using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.PublicSite;

[Collection("public-site")]
public sealed class HomePageTests(PublicSiteFactory site)
{
    [Fact]
    public async Task Visitor_sees_the_live_figure_computed_from_active_participants_in_both_languages()
    {
        var (participants, countries) = await site.ActiveFiguresAsync();
        Assert.Contains($"{participants} cities and regions from {countries} countries", await site.PageAsync("/"));
        var (fr, frCountries) = await site.ActiveFiguresAsync("fr");
        Assert.Contains($"{fr} villes et régions de {frCountries} pays", await site.PageAsync("/fr"));
    }

    [Fact]
    public async Task Suspended_participants_are_not_counted()
    {
        var (participants, _) = await site.ActiveFiguresAsync();
        // The recipe has a suspended participant (Beja): the figure is below the number of published participants.
        var all = await site.WithContentAsync((_, queries) => queries.CountAsync(new Core.Queries.ContentQuery { Types = ["Member"], Culture = "en" }));
        Assert.True(participants < all, $"{participants} active of {all}");
    }

    [Fact]
    public async Task Publishing_an_active_participant_changes_the_home_figure_on_the_very_next_request()
    {
        var client = site.Browser();
        await client.HtmlAsync("/");
        var cached = await client.GetAsync("/");
        Assert.True(cached.FromCache());
        var (participants, countries) = await site.ActiveFiguresAsync();
        Assert.Contains($"{participants} cities and regions from {countries} countries", await cached.Content.ReadAsStringAsync());

        var country = await site.PublishedCountryAsync(Items.Unique("Figureland"));
        await site.PublishedMemberAsync(Items.Unique("Figure City"), country.ContentItemId);

        var fresh = await client.GetAsync("/");
        Assert.False(fresh.FromCache());
        Assert.Contains($"{participants + 1} cities and regions from {countries + 1} countries", await fresh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Home_links_to_the_join_form_in_the_visitors_language()
    {
        var en = PublicSite.MainOf(await site.PageAsync("/"));
        Assert.Contains("href=\"/join\"", en);
        Assert.Contains("Join the Alliance", en);
        var fr = PublicSite.MainOf(await site.PageAsync("/fr"));
        Assert.Contains("href=\"/fr/adherer\"", fr);
        Assert.Contains("Rejoindre l&#x27;Alliance", fr);
    }

    [Fact]
    public async Task Please_note_box_shows_the_featured_glossary_term()
    {
        var en = PublicSite.MainOf(await site.PageAsync("/"));
        Assert.Matches(new Regex("class=\"please-note\"[\\s\\S]*Please note[\\s\\S]*Roma and Travellers[\\s\\S]*umbrella term"), en);
        Assert.Contains("href=\"/glossary/roma-and-travellers\"", en);
        var fr = PublicSite.MainOf(await site.PageAsync("/fr"));
        Assert.Matches(new Regex("class=\"please-note\"[\\s\\S]*À noter"), fr);
        Assert.Contains("/fr/glossaire/", fr);
    }

    [Fact]
    public async Task Home_shows_latest_news_events_and_follow_links()
    {
        var en = PublicSite.MainOf(await site.PageAsync("/"));
        Assert.Contains("Latest news", en);
        Assert.Contains("href=\"/news/", en);
        Assert.Contains("class=\"events\"", en);
        Assert.Contains("https://www.facebook.com/", en);
        Assert.Contains("href=\"/news/rss.xml\"", en);
        var fr = PublicSite.MainOf(await site.PageAsync("/fr"));
        Assert.Contains("Dernières actualités", fr);
        Assert.Contains("href=\"/fr/actualites/rss.xml\"", fr);
    }

    [Fact]
    public async Task Numbers_are_formatted_in_the_pages_culture()
    {
        // Tivat: about 14,100 inhabitants.
        Assert.Contains("14,100", await site.PageAsync("/participants/tivat"));
        Assert.Matches(new Regex("14(&#x202F;|&#xA0;|\u202F|\u00A0| )100"), await site.PageAsync("/fr/participants/tivat"));
    }
}
