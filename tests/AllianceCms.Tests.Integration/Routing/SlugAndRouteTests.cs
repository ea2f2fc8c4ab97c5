using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Routing;

[Collection("site")]
public sealed class SlugAndRouteTests(SiteFactory site)
{
    private HttpClient Client() => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_slug_is_generated_from_the_title_with_diacritics_transliterated()
    {
        var item = await site.WithContentAsync(async (content, _) =>
        {
            var country = await Items.NewCountryAsync(content, "Département de la Seine-Saint-Denis", culture: "fr");
            return await content.CreateAsync(country, publish: true).CreatedAsync();
        });
        Assert.Equal("departement-de-la-seine-saint-denis", item.Slug);
        var response = await Client().GetAsync("/fr/pays/departement-de-la-seine-saint-denis");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"fr\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_second_item_with_the_same_title_gets_a_numbered_slug_and_a_typed_duplicate_is_refused()
    {
        var name = Items.Unique("Twinland");
        await site.WithContentAsync(async (content, _) =>
        {
            var first = await content.CreateAsync(await Items.NewCountryAsync(content, name), publish: true).CreatedAsync();
            var second = await content.CreateAsync(await Items.NewCountryAsync(content, name), publish: true).CreatedAsync();
            Assert.Equal(first.Slug + "-2", second.Slug);

            var typed = await Items.NewCountryAsync(content, Items.Unique("Other"));
            typed.Slug = first.Slug;
            var refused = await content.CreateAsync(typed, publish: true);
            Assert.Equal(ContentOutcome.Invalid, refused.Outcome);
            Assert.Equal("SlugTaken", refused.Errors.Single().Code);
            Assert.Equal("Slug", refused.Errors.Single().Path);
            return true;
        });
    }

    [Fact]
    public async Task An_old_slug_answers_with_a_permanent_redirect_to_the_new_one()
    {
        var item = await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Movingland")), publish: true).CreatedAsync();
            var renamed = created.Clone();
            renamed.Slug = created.Slug + "-renamed";
            await content.SaveAsync(renamed, publish: true).CreatedAsync();
            return created;
        });

        var response = await Client().GetAsync($"/countries/{item.Slug}?from=test");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/countries/{item.Slug}-renamed?from=test", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync($"/countries/{item.Slug}-renamed")).StatusCode);
    }

    [Theory]
    [InlineData("/countries/france", HttpStatusCode.OK)]
    [InlineData("/fr/pays/france", HttpStatusCode.OK)]
    [InlineData("/participants/tivat", HttpStatusCode.OK)]
    [InlineData("/about", HttpStatusCode.OK)]
    [InlineData("/fr/a-propos", HttpStatusCode.OK)]
    [InlineData("/pays/france", HttpStatusCode.NotFound)]
    [InlineData("/news/france", HttpStatusCode.NotFound)]
    [InlineData("/countries/no-such-country", HttpStatusCode.NotFound)]
    [InlineData("/countries/Not A Slug", HttpStatusCode.NotFound)]
    public async Task Friendly_urls_follow_each_culture_and_type(string path, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await Client().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Drafts_private_fields_and_private_types_never_reach_the_public()
    {
        var tivat = await (await Client().GetAsync("/participants/tivat")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("@example.org", tivat); // the focal point's e-mail is private
        Assert.Contains("Tivat", tivat);

        var draft = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Secretland")), publish: false).CreatedAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Client().GetAsync($"/countries/{draft.Slug}")).StatusCode);
    }
}
