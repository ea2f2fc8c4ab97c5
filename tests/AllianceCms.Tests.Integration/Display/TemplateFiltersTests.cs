using AllianceCms.Display.Templating;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Display;

/// <summary>The filters and tags a template author writes with, on a French page.</summary>
[Collection("display")]
public sealed class TemplateFiltersTests(DisplaySiteFactory site)
{
    [Fact]
    public async Task Filters_format_in_the_pages_culture_and_zones_reach_the_layout()
    {
        var country = await site.PublishedCountryAsync(Items.Unique("Filtreland"), culture: "fr");
        await using (var scope = site.Scope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<TemplateStore>().SaveAsync($"Content-Country-Detail-{country.Slug}", """
                {% zone "head" %}<meta name="probe" content="from a zone">{% endzone %}
                <div id="md">{{ "**gras** <script>alert(1)</script>" | markdown }}</div>
                <p id="date">{{ "2015-02-19" | localized_date }}</p>
                <p id="short-date">{{ "2015-02-19" | localized_date: "short" }}</p>
                <p id="number">{{ 1234567 | localized_number }}</p>
                <p id="t">{{ "notfound.title" | t }}</p>
                <p id="media">{{ "logos/tivat.png" | media_url: width: 320 }}</p>
                <p id="field">{{ item | field: "Country.Alpha2" }} {{ item.Country.Alpha3 }} {{ item.fields.Country.CoeMemberSince }}</p>
                <p id="label">{{ item | field_label: "Country.Alpha2" }}</p>
                <p id="url">{{ item | url }} {{ "Country" | list_url }} {{ "/join" | culture_url }}</p>
                <p id="lang">[{{ item | lang_attr }}]</p>
                """);
            Assert.True(saved.Saved, saved.Error);
        }

        var html = await site.Browser().HtmlAsync($"/fr/pays/{country.Slug}");
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("<meta name=\"probe\" content=\"from a zone\">", head);
        Assert.Contains("<div id=\"md\"><p><strong>gras</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<p id=\"date\">19 février 2015</p>", html);
        Assert.Contains("<p id=\"short-date\">19/02/2015</p>", html);
        Assert.Matches("<p id=\"number\">1.234.567</p>".Replace(".", "(\\s|&#x202F;|&#xA0;|\u202F|\u00A0)"), html);
        Assert.Contains("<p id=\"t\">Page introuvable</p>", html);
        Assert.Contains("<p id=\"media\">/media/logos/tivat.png?w=320</p>", html);
        Assert.Contains("<p id=\"field\">ZZ ZZZ 1990</p>", html);
        Assert.Contains("<p id=\"label\">Code ISO 3166-1 alpha-2</p>", html);
        Assert.Contains($"<p id=\"url\">/fr/pays/{country.Slug} /fr/pays /fr/join</p>", html);
        Assert.Contains("<p id=\"lang\">[]</p>", html); // same culture as the page: no lang attribute
    }
}
