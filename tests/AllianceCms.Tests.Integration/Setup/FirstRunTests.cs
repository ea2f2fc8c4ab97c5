using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Settings;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Web.Setup;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Tests.Integration.Setup;

/// <summary>A new installation sets itself up from the Alliance recipe on its first start.</summary>
[Collection("site")]
public sealed class FirstRunTests(SiteFactory site)
{
    /// <summary>The 46 Council of Europe member states, as DOMAIN.md lists them.</summary>
    private static readonly (string Alpha2, string Alpha3, int Since, string En, string Fr)[] MemberStates =
    [
        ("AL", "ALB", 1995, "Albania", "Albanie"), ("AD", "AND", 1994, "Andorra", "Andorre"), ("AM", "ARM", 2001, "Armenia", "Arménie"),
        ("AT", "AUT", 1956, "Austria", "Autriche"), ("AZ", "AZE", 2001, "Azerbaijan", "Azerbaïdjan"), ("BE", "BEL", 1949, "Belgium", "Belgique"),
        ("BA", "BIH", 2002, "Bosnia and Herzegovina", "Bosnie-Herzégovine"), ("BG", "BGR", 1992, "Bulgaria", "Bulgarie"),
        ("HR", "HRV", 1996, "Croatia", "Croatie"), ("CY", "CYP", 1961, "Cyprus", "Chypre"), ("CZ", "CZE", 1993, "Czech Republic", "République tchèque"),
        ("DK", "DNK", 1949, "Denmark", "Danemark"), ("EE", "EST", 1993, "Estonia", "Estonie"), ("FI", "FIN", 1989, "Finland", "Finlande"),
        ("FR", "FRA", 1949, "France", "France"), ("GE", "GEO", 1999, "Georgia", "Géorgie"), ("DE", "DEU", 1950, "Germany", "Allemagne"),
        ("GR", "GRC", 1949, "Greece", "Grèce"), ("HU", "HUN", 1990, "Hungary", "Hongrie"), ("IS", "ISL", 1950, "Iceland", "Islande"),
        ("IE", "IRL", 1949, "Ireland", "Irlande"), ("IT", "ITA", 1949, "Italy", "Italie"), ("LV", "LVA", 1995, "Latvia", "Lettonie"),
        ("LI", "LIE", 1978, "Liechtenstein", "Liechtenstein"), ("LT", "LTU", 1993, "Lithuania", "Lituanie"), ("LU", "LUX", 1949, "Luxembourg", "Luxembourg"),
        ("MT", "MLT", 1965, "Malta", "Malte"), ("MD", "MDA", 1995, "Republic of Moldova", "République de Moldova"), ("MC", "MCO", 2004, "Monaco", "Monaco"),
        ("ME", "MNE", 2007, "Montenegro", "Monténégro"), ("NL", "NLD", 1949, "Netherlands", "Pays-Bas"), ("MK", "MKD", 1995, "North Macedonia", "Macédoine du Nord"),
        ("NO", "NOR", 1949, "Norway", "Norvège"), ("PL", "POL", 1991, "Poland", "Pologne"), ("PT", "PRT", 1976, "Portugal", "Portugal"),
        ("RO", "ROU", 1993, "Romania", "Roumanie"), ("SM", "SMR", 1988, "San Marino", "Saint-Marin"), ("RS", "SRB", 2003, "Serbia", "Serbie"),
        ("SK", "SVK", 1993, "Slovak Republic", "République slovaque"), ("SI", "SVN", 1993, "Slovenia", "Slovénie"), ("ES", "ESP", 1977, "Spain", "Espagne"),
        ("SE", "SWE", 1949, "Sweden", "Suède"), ("CH", "CHE", 1963, "Switzerland", "Suisse"), ("TR", "TUR", 1950, "Türkiye", "Türkiye"),
        ("UA", "UKR", 1995, "Ukraine", "Ukraine"), ("GB", "GBR", 1949, "United Kingdom", "Royaume-Uni"),
    ];

    [Fact]
    public async Task The_46_member_states_are_published_in_english_and_french()
    {
        await site.WithContentAsync(async (content, queries) =>
        {
            // Other tests of the collection may add countries of their own: look at the recipe's.
            var en = (await PublishedAsync(queries, "Country", "en")).Where(c => c.ContentItemId.StartsWith("country-")).ToList();
            var fr = (await PublishedAsync(queries, "Country", "fr")).Where(c => c.ContentItemId.StartsWith("country-")).ToList();
            Assert.Equal(46, en.Count);
            Assert.Equal(46, fr.Count);

            foreach (var (alpha2, alpha3, since, nameEn, nameFr) in MemberStates)
            {
                var country = Assert.Single(en, c => c.Get<string>("Country", "Alpha2") == alpha2);
                Assert.Equal((nameEn, alpha3, since), (country.DisplayText, country.Get<string>("Country", "Alpha3"), country.Get<int>("Country", "CoeMemberSince")));
                var french = Assert.Single(fr, c => c.LocalizationSet == country.LocalizationSet);
                Assert.Equal((nameFr, alpha2), (french.DisplayText, french.Get<string>("Country", "Alpha2")));
            }
            return true;
        });
    }

    [Fact]
    public async Task At_least_30_participants_from_at_least_10_countries_are_published_in_both_languages()
    {
        await site.WithContentAsync(async (_, queries) =>
        {
            var en = (await PublishedAsync(queries, "Member", "en")).Where(m => m.ContentItemId.StartsWith("member-")).ToList();
            var fr = (await PublishedAsync(queries, "Member", "fr")).Where(m => m.ContentItemId.StartsWith("member-")).ToList();
            Assert.True(en.Count >= 30, $"{en.Count} participants");
            Assert.Equal(en.Select(m => m.LocalizationSet).Order(), fr.Select(m => m.LocalizationSet).Order());
            var countries = en.Select(m => Assert.Single(m.Get("Member", "Country")!.AsArray())!.GetValue<string>()).Distinct().ToList();
            Assert.True(countries.Count >= 10, $"{countries.Count} countries");

            // The index agrees: participants can be listed per country.
            var serbia = await queries.CountAsync(new ContentQuery
            {
                Types = ["Member"],
                Culture = "en",
                Filters = [new FieldFilter("Member.Country", FilterOperator.Equals, "country-rs")],
            });
            Assert.Equal(en.Count(m => m.Get("Member", "Country")!.AsArray()[0]!.GetValue<string>() == "country-rs"), serbia);
            Assert.True(serbia >= 2);
            return true;
        });
    }

    [Theory]
    [InlineData("val-de-marne", "Val-de-Marne", "country-fr", "county", 120)]
    [InlineData("kragujevac", "Kragujevac", "country-rs", "city", 122)]
    [InlineData("megara", "Megara", "country-gr", "city", 124)]
    [InlineData("tivat", "Tivat", "country-me", "municipality", 127)]
    [InlineData("andalusia", "Andalusia", "country-es", "region", 129)]
    [InlineData("reggio-calabria", "Reggio Calabria", "country-it", "metropolitan-city", 130)]
    public async Task The_named_participants_are_there_with_their_order_of_joining(string slug, string name, string country, string authorityType, int ordinal)
    {
        await site.WithContentAsync(async (content, queries) =>
        {
            var route = await queries.FindRouteAsync("en", slug);
            Assert.NotNull(route);
            var member = (await content.GetAsync(route.ContentItemId))!;
            Assert.Equal(("Member", name, authorityType, ordinal), (member.ContentType, member.DisplayText, member.Get<string>("Member", "AuthorityType"), member.Get<int>("Member", "Ordinal")));
            Assert.Equal(country, member.Get("Member", "Country")!.AsArray()[0]!.GetValue<string>());
            Assert.NotNull(member.Get("Member", "Location")?["lat"]);
            Assert.NotNull(member.Get("Member", "Location")?["lng"]);

            var french = await content.GetVariantAsync(member.LocalizationSet, "fr");
            Assert.NotNull(french);
            Assert.Equal(ordinal, french.Get<int>("Member", "Ordinal"));
            return true;
        });
    }

    [Fact]
    public async Task Tivat_has_about_14100_inhabitants()
    {
        var tivat = await site.WithContentAsync(async (content, queries) => await content.GetAsync((await queries.FindRouteAsync("en", "tivat"))!.ContentItemId));
        Assert.Equal(14100, tivat!.Get<int>("Member", "Population"));
    }

    [Fact]
    public async Task The_ECRI_seminar_of_22_and_23_May_2014_is_an_event_in_both_languages()
    {
        await site.WithContentAsync(async (content, queries) =>
        {
            var events = await queries.QueryAsync(new ContentQuery
            {
                Types = ["NewsItem"],
                Culture = "en",
                PageSize = 50,
                Filters =
                [
                    new FieldFilter("NewsItem.Kind", FilterOperator.Equals, "event"),
                    new FieldFilter("NewsItem.EventStart", FilterOperator.GreaterOrEqual, new DateTime(2014, 5, 22, 0, 0, 0, DateTimeKind.Utc)),
                    new FieldFilter("NewsItem.EventStart", FilterOperator.LessOrEqual, new DateTime(2014, 5, 22, 23, 59, 59, DateTimeKind.Utc)),
                ],
            });
            var seminar = Assert.Single(events.Items);
            Assert.Contains("ECRI", seminar.DisplayText);
            Assert.Equal(new DateOnly(2014, 5, 22), DateOnly.FromDateTime(DateTime.Parse(seminar.Get<string>("NewsItem", "EventStart")!).ToUniversalTime()));
            Assert.Equal(new DateOnly(2014, 5, 23), DateOnly.FromDateTime(DateTime.Parse(seminar.Get<string>("NewsItem", "EventEnd")!).ToUniversalTime()));

            var french = await content.GetVariantAsync(seminar.LocalizationSet, "fr");
            Assert.NotNull(french);
            Assert.Contains("ECRI", french.DisplayText);
            Assert.Equal("event", french.Get<string>("NewsItem", "Kind"));
            return true;
        });
    }

    [Fact]
    public async Task One_glossary_term_is_featured_in_the_please_note_box_in_both_languages()
    {
        await site.WithContentAsync(async (_, queries) =>
        {
            foreach (var culture in new[] { "en", "fr" })
            {
                var featured = await queries.QueryAsync(new ContentQuery
                {
                    Types = ["GlossaryTerm"],
                    Culture = culture,
                    Filters = [new FieldFilter("GlossaryTerm.Featured", FilterOperator.Equals, true)],
                });
                var term = Assert.Single(featured.Items, t => t.ContentItemId.StartsWith("glossary-"));
                Assert.False(string.IsNullOrWhiteSpace(term.Get<string>("GlossaryTerm", "Definition")));
            }
            var terms = await queries.CountAsync(new ContentQuery { Types = ["GlossaryTerm"], Culture = "fr" });
            Assert.True(terms >= 18, $"{terms} glossary terms in French");
            return true;
        });
    }

    [Theory]
    [InlineData("about", "a-propos")]
    [InlineData("legal-notice", "mentions-legales")]
    [InlineData("privacy", "confidentialite")]
    [InlineData("accessibility", "accessibilite")]
    public async Task The_static_pages_are_published_in_both_languages(string slugEn, string slugFr)
    {
        await site.WithContentAsync(async (content, queries) =>
        {
            var en = await queries.FindRouteAsync("en", slugEn);
            var fr = await queries.FindRouteAsync("fr", slugFr);
            Assert.True(en is { IsCurrent: true, ContentType: "Page" }, $"/{slugEn}: {en}");
            Assert.True(fr is { IsCurrent: true, ContentType: "Page" }, $"/fr/{slugFr}: {fr}");
            var pageEn = (await content.GetAsync(en.ContentItemId))!;
            var pageFr = (await content.GetAsync(fr.ContentItemId))!;
            Assert.Equal(pageEn.LocalizationSet, pageFr.LocalizationSet);
            Assert.Equal(("en", "fr"), (pageEn.Culture, pageFr.Culture));
            Assert.False(string.IsNullOrWhiteSpace(pageEn.Get<string>("Page", "Body")));
            Assert.False(string.IsNullOrWhiteSpace(pageFr.Get<string>("Page", "Body")));
            return true;
        });
    }

    [Fact]
    public async Task The_administrator_is_created_with_the_configured_password()
    {
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var admin = await users.FindByNameAsync("admin");
        Assert.NotNull(admin);
        Assert.Equal("admin@example.org", admin.Email);
        Assert.True(await users.IsInRoleAsync(admin, SiteSetup.AdministratorRole));
        Assert.True(await users.CheckPasswordAsync(admin, CmsFactory.AdminPassword));
        Assert.False(await users.CheckPasswordAsync(admin, CmsFactory.AdminPassword + "x"));
    }

    [Fact]
    public async Task The_setup_is_recorded_so_that_it_runs_once()
    {
        await using var scope = site.Scope();
        var setup = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<SiteSetup.SetupState>(SiteSetup.DocumentName);
        Assert.NotNull(setup);
        Assert.Equal("alliance", setup.Recipe);
        Assert.True(await scope.ServiceProvider.GetRequiredService<SiteSetup>().IsSetUpAsync(default));
    }

    private static async Task<List<ContentItem>> PublishedAsync(IContentQueryService queries, string type, string culture)
    {
        var all = new List<ContentItem>();
        var query = new ContentQuery { Types = [type], Culture = culture, PageSize = ContentQuery.MaxPageSize, SortBy = ContentSortKey.DisplayText, Descending = false };
        while (true)
        {
            var page = await queries.QueryAsync(query);
            all.AddRange(page.Items);
            if (page.NextCursor is null) return all;
            query = query with { After = page.NextCursor };
        }
    }
}
