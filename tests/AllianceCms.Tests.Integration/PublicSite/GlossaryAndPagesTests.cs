using System.Text.RegularExpressions;

namespace AllianceCms.Tests.Integration.PublicSite;

[Collection("public-site")]
public sealed class GlossaryAndPagesTests(PublicSiteFactory site)
{
    [Fact]
    public async Task Glossary_is_A_to_Z_with_letter_anchors()
    {
        var html = PublicSite.MainOf(await site.PageAsync("/glossary"));
        Assert.Contains("<a href=\"#letter-R\">R</a>", html);
        Assert.Contains("<h2 id=\"letter-R\">R</h2>", html);
        var letters = Regex.Matches(html, "<h2 id=\"letter-(.)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(letters.Order(StringComparer.Ordinal).ToList(), letters);
        // Calé (Kale) is filed under C, its accent folded.
        var c = html[html.IndexOf("id=\"letter-C\"", StringComparison.Ordinal)..];
        Assert.Contains("Calé", c[..c.IndexOf("</section>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task English_and_French_terms_are_kept_distinct()
    {
        var en = PublicSite.MainOf(await site.PageAsync("/glossary"));
        var fr = PublicSite.MainOf(await site.PageAsync("/fr/glossaire"));
        Assert.Contains(">Travellers</a>", en);
        Assert.Contains(">Gens du voyage</a>", fr);
        Assert.Contains(">Roma and Travellers</a>", en);
        Assert.DoesNotContain(">Roma and Travellers</a>", fr);
        Assert.Contains(">Roms et Gens du voyage</a>", fr);
    }

    [Theory]
    [InlineData("/glossary/roma", "Related terms", "/glossary/roma-and-travellers")]
    [InlineData("/fr/glossaire/gens-du-voyage", "Termes liés", "/fr/glossaire/travellers")]
    public async Task Term_page_links_related_terms(string path, string heading, string related)
    {
        var html = PublicSite.MainOf(await site.PageAsync(path));
        Assert.Contains(heading, html);
        Assert.Contains($"href=\"{related}\"", html);
    }

    [Theory]
    [InlineData("/about", "About the Alliance", "/", "/legal-notice")]
    [InlineData("/fr/a-propos", "", "/fr", "/fr/mentions-legales")]
    public async Task Static_pages_answer_by_slug_and_the_menu_comes_from_the_content(string path, string title, string home, string footer)
    {
        var html = await site.PageAsync(path);
        if (title.Length > 0) Assert.Contains(title, html);
        Assert.Contains($"href=\"{path}\" aria-current=\"page\"", html);
        Assert.Contains($"href=\"{footer}\"", await site.PageAsync(home));
    }
}
