using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Settings;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Recipes;

[Collection("blank")]
public sealed class RecipeImportTests(BlankSiteFactory site)
{
    private readonly string _s = RecipeRun.NewSuffix();

    [Fact]
    public async Task Running_a_recipe_twice_creates_no_duplicates_and_no_new_versions_the_second_time()
    {
        var recipe = FullRecipe();
        await site.ImportAsync(recipe);
        var first = await StateAsync();

        await site.ImportAsync(recipe);
        var second = await StateAsync();

        Assert.Equal(9, first.Versions.Count);
        Assert.All(first.Versions, v => Assert.NotEmpty(v.Value));
        foreach (var (id, versions) in first.Versions)
            Assert.True(versions.SequenceEqual(second.Versions[id]), $"{id}: versions {string.Join(",", versions)} became {string.Join(",", second.Versions[id])}");
        Assert.Equal(first.DefinitionVersions, second.DefinitionVersions);
        Assert.Equal(first.Permissions, second.Permissions);
        Assert.Equal(first.Setting, second.Setting);
        Assert.Equal(1, first.RoleCount);
        Assert.Equal(1, second.RoleCount);
        Assert.Equal(2, second.ItemsInSet);
    }

    [Fact]
    public async Task Items_may_refer_to_items_further_down_the_recipe()
    {
        await site.ImportAsync(Recipe(ContentStep(Term("a", related: "b"), Term("b", related: "a"))));

        await site.WithContentAsync(async (content, _) =>
        {
            var a = (await content.GetAsync(TermId("a")))!;
            var b = (await content.GetAsync(TermId("b")))!;
            Assert.Equal([TermId("b")], ((JsonArray)a.Get("GlossaryTerm", "RelatedTerms")!).Select(n => n!.GetValue<string>()));
            Assert.Equal([TermId("a")], ((JsonArray)b.Get("GlossaryTerm", "RelatedTerms")!).Select(n => n!.GetValue<string>()));
            // The shared field reaches the French variants too.
            var aFr = (await content.GetVariantAsync(TermId("a"), "fr"))!;
            Assert.Equal([TermId("b")], ((JsonArray)aFr.Get("GlossaryTerm", "RelatedTerms")!).Select(n => n!.GetValue<string>()));
            return true;
        });
    }

    [Fact]
    public async Task An_item_naming_an_item_further_down_is_stored_once_with_the_recipe_s_dates()
    {
        var news = $$"""
            { "type": "NewsItem", "contentItemId": "news-early-{{_s}}", "displayText": "Early news {{_s}}",
              "createdUtc": "2012-03-04T10:00:00Z", "publishedUtc": "2012-03-05T11:00:00Z",
              "content": { "NewsItem": { "PublicationDate": "2012-03-05", "Kind": "news", "RelatedMembers": [ "member-late-{{_s}}" ] } } }
            """;
        var member = $$"""
            { "type": "Member", "contentItemId": "member-late-{{_s}}", "displayText": "Latetown {{_s}}",
              "content": { "Member": { "AuthorityType": "city", "Country": [ "{{CountrySet}}" ], "Status": "active" } } }
            """;
        await site.ImportAsync(Recipe(ContentStep(news, member, CountryVariants(CountrySet))));

        var versions = await site.VersionsAsync($"news-early-{_s}");
        var stored = Assert.Single(versions);
        Assert.Equal(new DateTime(2012, 3, 4, 10, 0, 0, DateTimeKind.Utc), stored.CreatedUtc);
        Assert.Equal(new DateTime(2012, 3, 5, 11, 0, 0, DateTimeKind.Utc), stored.PublishedUtc);
        Assert.Equal($"member-late-{_s}", stored.Get("NewsItem", "RelatedMembers")![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Items_referring_to_each_other_are_stored_once_with_the_recipe_s_publication_dates()
    {
        // Single-culture items: no later variant spreads the shared field back in place.
        string Single(string name, string related, string publishedUtc) => $$"""
            { "type": "GlossaryTerm", "contentItemId": "{{TermId(name)}}", "culture": "en", "publishedUtc": "{{publishedUtc}}",
              "displayText": "Lone term {{name}} {{_s}}",
              "content": { "GlossaryTerm": { "Definition": "<p>{{name}}</p>", "RelatedTerms": [ "{{TermId(related)}}" ] } } }
            """;
        await site.ImportAsync(Recipe(ContentStep(Single("a", "b", "2015-01-01T00:00:00Z"), Single("b", "a", "2015-01-02T00:00:00Z"))));

        var a = Assert.Single(await site.VersionsAsync(TermId("a")));
        var b = Assert.Single(await site.VersionsAsync(TermId("b")));
        Assert.Equal(new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc), a.PublishedUtc);
        Assert.Equal(new DateTime(2015, 1, 2, 0, 0, 0, DateTimeKind.Utc), b.PublishedUtc);
    }

    [Fact]
    public async Task A_variants_item_creates_an_english_and_a_french_variant_in_one_localization_set()
    {
        var set = $"country-variants-{_s}";
        await site.ImportAsync(Recipe(ContentStep(CountryVariants(set))));

        await site.WithContentAsync(async (content, _) =>
        {
            var en = (await content.GetAsync(set))!;
            var fr = (await content.GetAsync(set + "-fr"))!;
            Assert.Equal(("en", set, $"Variantland {_s}", $"variantland-{_s}"), (en.Culture, en.LocalizationSet, en.DisplayText, en.Slug));
            Assert.Equal(("fr", set, $"Variantie {_s}", $"variantie-{_s}"), (fr.Culture, fr.LocalizationSet, fr.DisplayText, fr.Slug));
            Assert.True(en.Published && fr.Published);
            // Shared fields in both, each variant's own text in each.
            Assert.Equal("QV", en.Get<string>("Country", "Alpha2"));
            Assert.Equal("QV", fr.Get<string>("Country", "Alpha2"));
            Assert.Contains("English", en.Get<string>("Country", "Intro"));
            Assert.Contains("Français", fr.Get<string>("Country", "Intro"));
            var variants = await content.GetVariantsAsync(set);
            Assert.Equal(["en", "fr"], variants.Select(v => v.Culture));
            return true;
        });
    }

    private sealed record State(
        Dictionary<string, string[]> Versions, Dictionary<string, int> DefinitionVersions, string[] Permissions, string? Setting, int RoleCount, int ItemsInSet);

    private async Task<State> StateAsync()
    {
        await using var scope = site.Scope();
        var sp = scope.ServiceProvider;
        var content = sp.GetRequiredService<IContentManager>();
        var versions = new Dictionary<string, string[]>();
        foreach (var id in ItemIds) versions[id] = (await content.GetVersionsAsync(id)).Select(v => $"{v.Number}:{v.ContentItemVersionId}:{v.Published}").ToArray();

        var store = sp.GetRequiredService<IContentDefinitionStore>();
        var definitions = new Dictionary<string, int>
        {
            ["part"] = (await store.GetHistoryAsync("part", Widget)).Count,
            ["type"] = (await store.GetHistoryAsync("type", Widget)).Count,
        };
        var roles = sp.GetRequiredService<RoleManager<CmsRole>>();
        var role = await roles.FindByNameAsync(RoleName);
        var permissions = role is null ? [] : (await roles.GetClaimsAsync(role)).Select(c => c.Value).Order().ToArray();
        var settings = await sp.GetRequiredService<IDocumentStore>().GetAsync<SiteSettings>(SiteSettings.DocumentName);
        var setting = settings?.Extra.TryGetValue(SettingKey, out var value) == true ? value.GetRawText() : null;
        var roleCount = await roles.Roles.CountAsync(r => r.Name == RoleName);
        return new State(versions, definitions, permissions, setting, roleCount, (await content.GetVariantsAsync(CountrySet)).Count);
    }

    private string Widget => $"Widget{_s}";
    private string RoleName => $"Idempotent{_s}";
    private string SettingKey => $"Idempotent{_s}";
    private string CountrySet => $"country-again-{_s}";
    private string TermId(string name) => $"term-{name}-{_s}";
    private string[] ItemIds => [CountrySet, CountrySet + "-fr", $"member-again-{_s}", $"widget-{_s}", $"draft-{_s}", TermId("a"), TermId("a") + "-fr", TermId("b"), TermId("b") + "-fr"];

    private string FullRecipe() => Recipe(
        $$"""{ "name": "Settings", "settings": { "{{SettingKey}}": { "level": 3 } } }""",
        $$"""{ "name": "Roles", "roles": [ { "name": "{{RoleName}}", "description": "Runs twice", "permissions": [ "content.view:*", "content.edit:{{Widget}}" ] } ] }""",
        $$"""
        { "name": "ContentDefinitions",
          "parts": [ { "name": "{{Widget}}", "label": { "en": "Widget", "fr": "Gadget" },
                       "fields": [ { "name": "Colour", "kind": "choice", "label": { "en": "Colour", "fr": "Couleur" },
                                     "settings": { "required": true, "indexed": true, "choices": [ { "value": "red", "label": { "en": "Red", "fr": "Rouge" } } ] } },
                                   { "name": "Size", "kind": "number", "label": { "en": "Size", "fr": "Taille" }, "position": 1, "settings": { "min": 0 } } ] } ],
          "types": [ { "name": "{{Widget}}", "label": { "en": "Widget", "fr": "Gadget" }, "settings": { "listable": false },
                       "parts": [ { "name": "{{Widget}}" } ] } ] }
        """,
        ContentStep(
            CountryVariants(CountrySet),
            $$"""
            { "type": "Member", "localizationSet": "member-again-{{_s}}",
              "shared": { "Member": { "AuthorityType": "city", "Country": [ "{{CountrySet}}" ], "Status": "active", "Population": 1200 } },
              "variants": { "en": { "contentItemId": "member-again-{{_s}}", "displayText": "Againtown {{_s}}" } } }
            """,
            $$"""{ "type": "{{Widget}}", "contentItemId": "widget-{{_s}}", "displayText": "Red widget {{_s}}", "content": { "{{Widget}}": { "Colour": "red", "Size": 2 } } }""",
            $$"""{ "type": "NewsItem", "contentItemId": "draft-{{_s}}", "published": false, "displayText": "Draft news {{_s}}", "content": { "NewsItem": { "PublicationDate": "2026-02-01", "Kind": "news", "Body": "<p>Soon <script>alert(1)</script></p>" } } }""",
            Term("a", related: "b"),
            Term("b", related: "a")));

    private string CountryVariants(string set) => $$"""
        { "type": "Country", "localizationSet": "{{set}}", "published": true,
          "shared": { "Country": { "Alpha2": "QV", "Alpha3": "QVQ", "CoeMemberSince": 1999 } },
          "variants": {
            "en": { "displayText": "Variantland {{_s}}", "slug": "variantland-{{_s}}", "content": { "Country": { "Intro": "<p>English intro</p>" } } },
            "fr": { "displayText": "Variantie {{_s}}", "slug": "variantie-{{_s}}", "content": { "Country": { "Intro": "<p>Introduction en Français</p>" } } } } }
        """;

    private string Term(string name, string related, string? publishedUtc = null) => $$"""
        { "type": "GlossaryTerm", "localizationSet": "{{TermId(name)}}", {{(publishedUtc is null ? "" : $"\"publishedUtc\": \"{publishedUtc}\",")}}
          "shared": { "GlossaryTerm": { "RelatedTerms": [ "{{TermId(related)}}" ] } },
          "variants": {
            "en": { "contentItemId": "{{TermId(name)}}", "displayText": "Term {{name}} {{_s}}", "content": { "GlossaryTerm": { "Definition": "<p>Means {{name}}.</p>" } } },
            "fr": { "displayText": "Terme {{name}} {{_s}}", "content": { "GlossaryTerm": { "Definition": "<p>Veut dire {{name}}.</p>" } } } } }
        """;

    private static string Recipe(params string[] steps) => $$"""{ "name": "again", "steps": [ {{string.Join(", ", steps)}} ] }""";

    private static string ContentStep(params string[] items) => $$"""{ "name": "Content", "items": [ {{string.Join(", ", items)}} ] }""";
}
