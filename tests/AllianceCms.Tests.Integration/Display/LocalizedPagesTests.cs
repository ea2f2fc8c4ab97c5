using System.Net;
using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceCms.Tests.Integration.Display;

/// <summary>Every page in its culture: lang, the language switch, alternates, 404 and error pages in EN and FR.</summary>
[Collection("display")]
public sealed class LocalizedPagesTests(DisplaySiteFactory site)
{
    [Theory]
    [InlineData("/", "en")]
    [InlineData("/fr", "fr")]
    [InlineData("/countries", "en")]
    [InlineData("/fr/pays", "fr")]
    [InlineData("/countries/france", "en")]
    [InlineData("/fr/pays/france", "fr")]
    [InlineData("/fr/a-propos", "fr")]
    public async Task A_page_says_which_language_it_is_in(string path, string lang)
    {
        var response = await site.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(lang, Pages.Lang(await response.Content.ReadAsStringAsync()));
        Assert.Equal([lang], response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task The_language_switch_leads_to_the_same_item_in_the_other_language()
    {
        var client = site.Browser();
        var en = await client.HtmlAsync("/countries/france");
        Assert.Contains("<a href=\"/fr/pays/france\" hreflang=\"fr\" lang=\"fr\">Français</a>", en);
        var fr = await client.HtmlAsync("/fr/pays/france");
        Assert.Contains("<a href=\"/countries/france\" hreflang=\"en\" lang=\"en\">English</a>", fr);

        Assert.Contains("<a href=\"/fr\" hreflang=\"fr\" lang=\"fr\">Français</a>", await client.HtmlAsync("/"));
        Assert.Contains("<a href=\"/news\" hreflang=\"en\" lang=\"en\">English</a>", await client.HtmlAsync("/fr/actualites"));
    }

    [Fact]
    public async Task An_untranslated_item_switches_to_the_nearest_page_in_the_other_language_and_has_no_false_hreflang()
    {
        var country = await site.PublishedCountryAsync(Items.Unique("Englishonlyland"));
        var html = await site.Browser().HtmlAsync($"/countries/{country.Slug}");
        Assert.Contains("href=\"/fr/pays\" hreflang=\"fr\" lang=\"fr\"", html);
        Assert.DoesNotContain("rel=\"alternate\" hreflang=\"fr\"", html);
    }

    [Fact]
    public async Task A_page_names_its_canonical_address_its_translations_and_its_open_graph_card()
    {
        var html = await site.Browser().HtmlAsync("/fr/pays/france");
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/fr/pays/france\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/countries/france\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost/fr/pays/france\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/countries/france\">", html);
        Assert.Contains("<meta property=\"og:title\" content=\"France\">", html);
        Assert.Contains("<meta property=\"og:locale\" content=\"fr_FR\">", html);
        Assert.Contains("<meta property=\"og:url\" content=\"http://localhost/fr/pays/france\">", html);
    }

    [Fact]
    public async Task The_header_has_a_skip_link_the_alliance_name_and_the_main_navigation_from_the_pages()
    {
        var html = await site.Browser().HtmlAsync("/fr");
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">Aller au contenu principal</a>", html);
        Assert.Contains("Alliance européenne des villes et des régions pour l'inclusion des Roms", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("<main id=\"main\"", html);
        Assert.Contains("<a href=\"/fr/a-propos\">", html); // the page placed in the main menu
        Assert.Contains("<a href=\"/fr/participants\">Participants</a>", html);
        Assert.Contains("<a href=\"https://www.facebook.com/", html);
        Assert.Contains("<a href=\"/fr/actualites/rss.xml\"", html);
    }

    [Theory]
    [InlineData("/countries/no-such-country", "en", "Page not found")]
    [InlineData("/no/such/page", "en", "Page not found")]
    [InlineData("/fr/pays/aucun-pays", "fr", "Page introuvable")]
    [InlineData("/fr/nulle-part", "fr", "Page introuvable")]
    public async Task An_unknown_address_gets_a_404_page_in_the_language_of_its_prefix(string path, string lang, string title)
    {
        var response = await site.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(lang, Pages.Lang(html));
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_error_gets_the_error_page_in_the_language_of_its_prefix_and_api_clients_get_problem_details()
    {
        await using var host = site.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Decorate<IContentQueryService>(inner => new ExplodingRoutes(inner))));

        var fr = await host.Browser().GetAsync("/fr/pays/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, fr.StatusCode);
        var html = await fr.Content.ReadAsStringAsync();
        Assert.Equal("fr", Pages.Lang(html));
        Assert.Contains("<h1>Une erreur est survenue</h1>", html);
        Assert.DoesNotContain("InvalidOperationException", html);

        var en = await host.Browser().GetAsync("/countries/boom");
        Assert.Contains("<h1>Something went wrong</h1>", await en.Content.ReadAsStringAsync());

        using var api = new HttpRequestMessage(HttpMethod.Get, "/countries/boom");
        api.Headers.Accept.ParseAdd("application/json");
        var problem = await host.CreateClient().SendAsync(api);
        Assert.Equal(HttpStatusCode.InternalServerError, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_item_shown_in_the_other_language_carries_its_lang_and_a_visible_notice()
    {
        var (country, member) = await site.WithContentAsync(async (content, _) =>
        {
            var country = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Untranslatedland")), publish: true).CreatedAsync();
            var member = await content.CreateAsync(await Items.NewMemberAsync(content, Items.Unique("Ville"), country.ContentItemId, culture: "fr"), publish: true).CreatedAsync();
            return (country, member);
        });

        var html = await site.Browser().HtmlAsync($"/fr/participants/{member.Slug}");
        Assert.Contains($"<a href=\"/countries/{country.Slug}\" lang=\"en\">{country.DisplayText}</a> <span class=\"fallback-notice\" lang=\"fr\">(en anglais)</span>", html);
    }

    [Fact]
    public async Task Private_fields_never_reach_the_public_page()
    {
        var html = await site.Browser().HtmlAsync("/participants/tivat");
        Assert.Contains("<h1>Tivat</h1>", html);
        Assert.DoesNotContain("@example.org", html);
        Assert.DoesNotContain("Focal point's e-mail", System.Net.WebUtility.HtmlDecode(html));
    }

    /// <summary>Fails to resolve the slug "boom", as a database fault would.</summary>
    private sealed class ExplodingRoutes(IContentQueryService inner) : IContentQueryService
    {
        public Task<ContentPage<AllianceCms.Core.Content.ContentItem>> QueryAsync(ContentQuery query, CancellationToken ct = default) => inner.QueryAsync(query, ct);
        public Task<int> CountAsync(ContentQuery query, CancellationToken ct = default) => inner.CountAsync(query, ct);
        public Task<IReadOnlyList<string>> DistinctTextValuesAsync(ContentQuery query, string field, CancellationToken ct = default) => inner.DistinctTextValuesAsync(query, field, ct);

        public Task<RouteMatch?> FindRouteAsync(string culture, string slug, CancellationToken ct = default) =>
            slug == "boom" ? throw new InvalidOperationException("The database is on fire.") : inner.FindRouteAsync(culture, slug, ct);
    }
}

internal static class ServiceDecoration
{
    /// <summary>Wraps the registered (scoped) service in a decorator.</summary>
    public static IServiceCollection Decorate<T>(this IServiceCollection services, Func<T, T> decorate) where T : class
    {
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Replace(ServiceDescriptor.Describe(typeof(T), sp =>
        {
            var inner = original.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!);
            return decorate((T)inner);
        }, original.Lifetime));
        return services;
    }
}
