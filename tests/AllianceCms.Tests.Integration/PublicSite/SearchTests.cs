using System.Net;
using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Search;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>The Alliance site for the search tests, on a database and index of its own (they publish and unpublish).</summary>
public sealed class SearchSiteFactory : CmsFactory;

[CollectionDefinition("search")]
public sealed class SearchSiteCollection : ICollectionFixture<SearchSiteFactory>;

[Collection("search")]
public sealed class SearchTests(SearchSiteFactory site)
{
    private Task<string> SearchAsync(string path, HttpStatusCode expected = HttpStatusCode.OK) => site.Browser().HtmlAsync(path, expected);

    private static string Results(string html)
    {
        var match = Regex.Match(html, "<ol class=\"search-results\">([\\s\\S]*?)</ol>");
        return match.Success ? match.Groups[1].Value : "";
    }

    private static string[] Links(string html) =>
        Regex.Matches(html, "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Visitor_finds_participants_in_english_with_links_and_type_labels()
    {
        var html = await SearchAsync("/search?q=Val-de-Marne");
        Assert.Equal("en", Pages.Lang(html));
        var results = Results(html);
        Assert.Matches(new Regex("<a href=\"/participants/[a-z0-9-]+\"><mark>Val</mark>-<mark>de</mark>-<mark>Marne</mark></a>"), results);
        Assert.Contains("<p class=\"search-type\">Participant</p>", results);
        Assert.Contains("results for “Val-de-Marne”", html);
    }

    [Fact]
    public async Task French_search_at_its_own_address_finds_french_text_with_french_labels()
    {
        var html = await SearchAsync("/fr/recherche?q=pr%C3%A9fecture%20Cr%C3%A9teil");
        Assert.Equal("fr", Pages.Lang(html));
        var results = Results(html);
        Assert.Contains("href=\"/fr/participants/", results);
        Assert.Contains("Val-de-Marne", results);
        Assert.Contains("<mark>Créteil</mark>", results);
        Assert.Contains("résultats pour « préfecture Créteil »", html);
        // The language switch leads to the same search in English.
        Assert.Contains("href=\"/search?q=pr%C3%A9fecture%20Cr%C3%A9teil\"", html);
    }

    [Fact]
    public async Task Words_without_accents_find_words_with_accents_and_the_snippet_marks_them()
    {
        var fr = Results(await SearchAsync("/fr/recherche?q=departement"));
        Assert.Contains("<mark>département</mark>", fr);
        var en = Results(await SearchAsync("/search?q=DEPARTEMENT"));
        Assert.Contains("<mark>département</mark>", en);
        Assert.Contains("Montreuil", en);
    }

    [Fact]
    public async Task Snippets_escape_the_items_text_and_only_the_marks_are_html()
    {
        var word = "zorblax" + Guid.NewGuid().ToString("N")[..6];
        var country = await site.PublishedCountryAsync(Items.Unique("Snippetland"));
        await site.WithContentAsync(async (content, _) =>
        {
            var member = await Items.NewMemberAsync(content, Items.Unique("Escape City"), country.ContentItemId);
            member.Set("Member", "Description", $"<p>Tom &amp; Jerry wrote &lt;script&gt;alert(1)&lt;/script&gt; about {word} \"quoted\".</p>");
            return await content.CreateAsync(member, publish: true).CreatedAsync();
        });

        var results = Results(await SearchAsync($"/search?q={word}"));
        Assert.Contains($"<mark>{word}</mark>", results);
        Assert.Contains("Tom &amp; Jerry wrote &lt;script&gt;alert(1)&lt;/script&gt;", results);
        Assert.DoesNotContain("<script>", results);
    }

    [Fact]
    public async Task Publishing_unpublishing_and_translating_keep_the_index_current()
    {
        var word = "quillfeather" + Guid.NewGuid().ToString("N")[..6];
        var country = await site.PublishedCountryAsync(Items.Unique("Indexland"));
        Assert.Empty(Results(await SearchAsync($"/search?q={word}")));

        var member = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewMemberAsync(content, Items.Unique("Index City"), country.ContentItemId);
            item.Set("Member", "Description", $"<p>Known for {word} festivals.</p>");
            return await content.CreateAsync(item, publish: true).CreatedAsync();
        });
        Assert.Contains(member.DisplayText, Results(await SearchAsync($"/search?q={word}")));
        Assert.Empty(Results(await SearchAsync($"/fr/recherche?q={word}")));

        // The French translation is found in French once published, and the English one stays.
        var french = await site.WithContentAsync(async (content, _) =>
        {
            var draft = (await content.LocalizeAsync(member.ContentItemId, "fr")).Item!;
            draft.DisplayText = member.DisplayText + " (fr)";
            draft.Set("Member", "Description", $"<p>Connue pour ses fêtes {word}.</p>");
            return await content.SaveAsync(draft, publish: true).CreatedAsync();
        });
        Assert.Contains("fêtes <mark>" + word + "</mark>", Results(await SearchAsync($"/fr/recherche?q={word}")));
        Assert.Contains(member.DisplayText, Results(await SearchAsync($"/search?q={word}")));

        await site.WithContentAsync(async (content, _) => await content.UnpublishAsync(member.ContentItemId));
        Assert.Empty(Results(await SearchAsync($"/search?q={word}")));
        Assert.NotEmpty(Results(await SearchAsync($"/fr/recherche?q={word}")));

        await site.WithContentAsync(async (content, _) => await content.DeleteAsync(french.ContentItemId));
        Assert.Empty(Results(await SearchAsync($"/fr/recherche?q={word}")));
    }

    [Fact]
    public async Task Private_fields_are_never_searchable()
    {
        var secret = "hushname" + Guid.NewGuid().ToString("N")[..6];
        var country = await site.PublishedCountryAsync(Items.Unique("Privateland"));
        await site.PublishedMemberAsync(country, Items.Unique("Private City"), m => m.Set("Member", "FocalPointName", secret));
        Assert.Empty(Results(await SearchAsync($"/search?q={secret}")));
    }

    [Theory]
    [InlineData("/search?q=%2B-%26%26%7C%7C!()%7B%7D%5B%5D%5E%22~*%3F%3A%5C%2F")]
    [InlineData("/search?q=title%3AVal*%20AND%20(%22Marne")]
    [InlineData("/search?q=")]
    [InlineData("/search")]
    [InlineData("/search?q=%20%20%20")]
    [InlineData("/search?q=Marne&page=-1")]
    [InlineData("/search?q=Marne&page=abc")]
    [InlineData("/search?q=Marne&page=99999999999")]
    [InlineData("/fr/recherche?q=Marne&page=0&page=2")]
    [InlineData("/search?q[]=x&q=%00")]
    public async Task Odd_input_answers_a_page_never_an_error(string path)
    {
        var html = await SearchAsync(path);
        Assert.Contains("role=\"search\"", html);
    }

    [Fact]
    public async Task The_visitors_words_are_escaped_wherever_the_page_repeats_them()
    {
        var html = await SearchAsync("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E");
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;", html);
    }

    [Fact]
    public async Task Lucene_syntax_is_searched_as_words()
    {
        // +Marne -(Val)~ "de*": the operators are punctuation, so this is "Marne Val de".
        var results = Results(await SearchAsync("/search?q=%2BMarne%20-(Val)~%20%22de*%22"));
        Assert.Contains("<mark>Marne</mark>", results);
    }

    [Fact]
    public async Task A_ten_kilobyte_search_is_refused_with_a_400_page_in_the_visitors_language()
    {
        var huge = new string('a', 10 * 1024);
        var en = await SearchAsync($"/search?q={huge}", HttpStatusCode.BadRequest);
        Assert.Contains("The search is too long: use at most 200 characters.", en);
        Assert.DoesNotContain(huge, en);
        var fr = await SearchAsync($"/fr/recherche?q={huge}", HttpStatusCode.BadRequest);
        Assert.Contains("La recherche est trop longue : 200 caractères au plus.", fr);
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last_and_pages_link_to_each_other()
    {
        var html = await SearchAsync("/search?q=the&page=500");
        var last = Regex.Match(html, "Page (\\d+) of (\\d+)");
        Assert.True(last.Success, "no pager for a common word");
        Assert.Equal(last.Groups[2].Value, last.Groups[1].Value);
        Assert.Contains("rel=\"prev\"", html);
        Assert.NotEmpty(Results(html));
    }

    [Fact]
    public async Task Every_page_has_a_search_box_in_the_header_that_works_without_script()
    {
        var en = await SearchAsync("/");
        Assert.Matches(new Regex("<form class=\"header-search\" role=\"search\" method=\"get\" action=\"/search\">"), en);
        var fr = await SearchAsync("/fr");
        Assert.Matches(new Regex("<form class=\"header-search\" role=\"search\" method=\"get\" action=\"/fr/recherche\">"), fr);
    }

    [Fact]
    public async Task Rebuilding_the_index_gives_the_same_results()
    {
        var before = Links(Results(await SearchAsync("/search?q=Marne")));
        Assert.NotEmpty(before);
        int count;
        await using (var scope = site.Scope()) count = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>().RebuildAsync();
        Assert.True(count > 100, $"{count} items indexed");
        Assert.Equal(before, Links(Results(await SearchAsync("/search?q=Marne"))));
    }
}

internal static class SearchSiteItems
{
    public static Task<ContentItem> PublishedMemberAsync(this SearchSiteFactory site, ContentItem country, string name, Action<ContentItem> edit) =>
        site.WithContentAsync(async (content, _) =>
        {
            var member = await Items.NewMemberAsync(content, name, country.ContentItemId);
            edit(member);
            return await content.CreateAsync(member, publish: true).CreatedAsync();
        });
}
