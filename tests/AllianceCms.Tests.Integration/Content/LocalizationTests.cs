using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Content;

[Collection("blank")]
public sealed class LocalizationTests(BlankSiteFactory site)
{
    [Fact]
    public async Task A_translation_is_a_variant_in_the_same_localization_set_with_its_own_slug()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var en = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Transland")), publish: true).CreatedAsync();
            var fr = await content.LocalizeAsync(en.ContentItemId, "fr").CreatedAsync();

            Assert.Equal(en.LocalizationSet, fr.LocalizationSet);
            Assert.Equal("fr", fr.Culture);
            Assert.NotEqual(en.ContentItemId, fr.ContentItemId);
            Assert.Equal(en.Slug, fr.Slug); // slugs are unique per culture, so the same slug is free in French
            Assert.False(fr.Published);
            var variants = await content.GetVariantsAsync(en.LocalizationSet);
            Assert.Equal(["en", "fr"], variants.Select(v => v.Culture));

            var again = await content.LocalizeAsync(en.ContentItemId, "fr");
            Assert.Equal(ContentOutcome.Invalid, again.Outcome);
            Assert.Equal("VariantExists", again.Errors.Single().Code);
            Assert.Equal("UnsupportedCulture", (await content.LocalizeAsync(en.ContentItemId, "de")).Errors.Single().Code);
            return true;
        });
    }

    [Fact]
    public async Task A_shared_field_keeps_one_value_across_cultures_while_localized_fields_differ()
    {
        await site.WithContentAsync(async (content, queries) =>
        {
            var en = await Items.NewCountryAsync(content, Items.Unique("Sharedland"));
            en.Set("Country", "Intro", "<p>English intro</p>");
            en = await content.CreateAsync(en, publish: true).CreatedAsync();
            var fr = await content.LocalizeAsync(en.ContentItemId, "fr").CreatedAsync();
            fr.Set("Country", "Intro", "<p>Introduction française</p>");
            fr = await content.SaveAsync(fr, publish: true).CreatedAsync();

            var edit = (await content.GetAsync(en.ContentItemId, VersionOptions.Latest))!;
            edit.Set("Country", "CoeMemberSince", 2001);
            await content.SaveAsync(edit, publish: true).CreatedAsync();

            var frNow = (await content.GetAsync(fr.ContentItemId, VersionOptions.Published))!;
            Assert.Equal(2001, frNow.Get<long>("Country", "CoeMemberSince"));
            Assert.Equal("<p>Introduction française</p>", frNow.Get<string>("Country", "Intro"));
            Assert.Equal(1, await queries.CountAsync(new ContentQuery
            {
                Types = ["Country"], Culture = "fr", LocalizationSet = en.LocalizationSet,
                Filters = [new FieldFilter("Country.CoeMemberSince", FilterOperator.Equals, 2001)],
            }));
            return true;
        });
    }

    [Fact]
    public async Task A_type_that_is_not_localizable_cannot_be_translated()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var application = await content.NewAsync("JoinApplication");
            application.DisplayText = Items.Unique("Testville");
            var country = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Applyland")), publish: true).CreatedAsync();
            application
                .Set("JoinApplication", "Reference", "ACR-2026-000001").Set("JoinApplication", "AuthorityType", "city")
                .Set("JoinApplication", "Country", new JsonArray(country.ContentItemId)).Set("JoinApplication", "Population", 1000)
                .Set("JoinApplication", "OfficeHolder", "A. Mayor").Set("JoinApplication", "FocalPointName", "F. Point")
                .Set("JoinApplication", "FocalPointFunction", "Officer").Set("JoinApplication", "FocalPointEmail", "f.point@example.org")
                .Set("JoinApplication", "CorrespondenceLanguage", "en").Set("JoinApplication", "ConsentGiven", true)
                .Set("JoinApplication", "Status", "submitted");
            var stored = await content.CreateAsync(application, publish: false).CreatedAsync();
            Assert.True(stored.Published); // not draftable: stored as published at once
            Assert.Null(stored.Slug); // not routable
            Assert.Equal("NotLocalizable", (await content.LocalizeAsync(stored.ContentItemId, "fr")).Errors.Single().Code);
            return true;
        });
    }
}
