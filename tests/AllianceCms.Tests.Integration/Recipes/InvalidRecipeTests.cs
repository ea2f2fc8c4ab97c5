using AllianceCms.Core.Content;
using AllianceCms.Core.Recipes;
using AllianceCms.Core.Settings;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Recipes;

/// <summary>
/// An invalid recipe is refused whole: the errors name the step and the JSON path of each problem,
/// and nothing is written, not even the valid steps before the bad one.
/// </summary>
[Collection("blank")]
public sealed class InvalidRecipeTests(BlankSiteFactory site)
{
    private readonly string _s = RecipeRun.NewSuffix();

    [Fact]
    public async Task An_unknown_step_is_refused_and_the_valid_steps_before_it_are_not_run()
    {
        var errors = await site.RefusedAsync(Recipe(SettingsStep(), RolesStep(), """{ "name": "Contents", "items": [] }"""));

        var error = errors.HasError("Contents", "$.steps[2].name");
        Assert.Contains("Unknown step 'Contents'", error.Message);
        Assert.Contains("Content", error.Message); // the known steps are listed
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_unknown_key_deep_in_an_item_is_refused_with_its_path()
    {
        var item3 = $$"""{ "type": "Country", "contentItemId": "{{Id(3)}}", "displayText": "Keyland {{_s}}", "colour": "red", "content": {{CountryFields()}} }""";
        var errors = await site.RefusedAsync(Recipe(SettingsStep(), RolesStep(), ContentStep(Country(0), Country(1), Country(2), item3)));

        var error = errors.HasError("Content", "$.steps[2].items[3].colour");
        Assert.Contains("colour", error.Message);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public void An_unknown_key_at_the_top_of_the_recipe_is_refused_when_it_is_read()
    {
        var refused = Assert.Throws<InvalidRecipeException>(() => RecipeExecutor.Parse("""{ "name": "typo", "stepz": [] }"""));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("$.stepz", error.JsonPath);
        Assert.Contains("stepz", error.Message);
    }

    [Fact]
    public async Task An_unknown_content_type_is_refused_with_its_path()
    {
        var unknown = $$"""{ "type": "Countri", "contentItemId": "{{Id(1)}}", "displayText": "Typoland {{_s}}" }""";
        var errors = await site.RefusedAsync(Recipe(RolesStep(), ContentStep(Country(0), unknown, Country(2))));

        Assert.Contains("Countri", errors.HasError("Content", "$.steps[1].items[1].type").Message);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_bad_choice_value_deep_in_item_3_is_refused_with_the_field_path()
    {
        var member = Member(3, authorityType: "village", country: Id(0));
        var errors = await site.RefusedAsync(Recipe(RolesStep(), ContentStep(Country(0), Country(1), Country(2), member)));

        errors.HasError("Content", "$.steps[1].items[3].content.Member.AuthorityType");
        Assert.All(errors, e => Assert.StartsWith("$.steps[1].items[3]", e.JsonPath)); // the valid items have no errors
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_bad_shared_value_of_a_variants_item_is_reported_where_it_is_written()
    {
        var item = $$"""
            { "type": "Country", "localizationSet": "{{Id(1)}}",
              "shared": { "Country": { "Alpha2": "QX", "Alpha3": "QXQ", "CoeMemberSince": "soon" } },
              "variants": {
                "en": { "displayText": "Sharedland {{_s}}" },
                "fr": { "displayText": "Partageland {{_s}}" } } }
            """;
        var errors = await site.RefusedAsync(Recipe(RolesStep(), ContentStep(Country(0), item)));

        errors.HasError("Content", "$.steps[1].items[1].shared.Country.CoeMemberSince");
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_variant_without_a_title_is_refused_at_that_variant()
    {
        var item = $$"""
            { "type": "Country", "localizationSet": "{{Id(1)}}", "shared": {{CountryFields()}},
              "variants": { "en": { "displayText": "Titledland {{_s}}" }, "fr": { "displayText": "  " } } }
            """;
        var errors = await site.RefusedAsync(Recipe(RolesStep(), ContentStep(Country(0), item)));

        Assert.Equal("$.steps[1].items[1].variants.fr.displayText", Assert.Single(errors).JsonPath);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_reference_to_an_item_that_does_not_exist_is_refused()
    {
        var member = Member(1, country: $"country-nowhere-{_s}");
        var errors = await site.RefusedAsync(Recipe(RolesStep(), ContentStep(Country(0), member)));

        errors.HasError("Content", "$.steps[1].items[1].content.Member.Country");
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_slug_used_twice_in_the_recipe_is_refused()
    {
        var errors = await site.RefusedAsync(Recipe(RolesStep(), ContentStep(Country(0, slug: $"twice-{_s}"), Country(1), Country(2, slug: $"twice-{_s}"))));

        Assert.Contains($"twice-{_s}", errors.HasError("Content", "$.steps[1].items[2].slug").Message);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Two_items_claiming_the_same_culture_of_one_localization_set_are_refused()
    {
        var first = $$"""{ "type": "Country", "contentItemId": "{{Id(0)}}", "localizationSet": "set-{{_s}}", "culture": "en", "displayText": "Onceland {{_s}}", "content": {{CountryFields()}} }""";
        var second = $$"""{ "type": "Country", "contentItemId": "{{Id(1)}}", "localizationSet": "set-{{_s}}", "culture": "en", "displayText": "Twiceland {{_s}}", "content": {{CountryFields()}} }""";
        var errors = await site.RefusedAsync(Recipe(RolesStep(), ContentStep(first, second)));

        errors.HasError("Content", "$.steps[1].items[1]*");
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_item_that_would_be_a_second_variant_of_a_stored_item_in_the_same_culture_is_refused_and_nothing_is_written()
    {
        var stored = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Storedland")), publish: true).CreatedAsync());
        var clash = $$"""{ "type": "Country", "contentItemId": "{{Id(1)}}", "localizationSet": "{{stored.LocalizationSet}}", "culture": "en", "displayText": "Clashland {{_s}}", "content": {{CountryFields()}} }""";

        var errors = await site.RefusedAsync(Recipe(SettingsStep(), RolesStep(), ContentStep(Country(0), clash)));

        errors.HasError("Content", "$.steps[2].items[1]*");
        await AssertNothingWrittenAsync();
        Assert.Single(await site.VersionsAsync(stored.ContentItemId));
    }

    [Fact]
    public async Task An_item_whose_id_belongs_to_a_stored_item_of_another_type_is_refused()
    {
        var stored = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Stored news")), publish: true).CreatedAsync());
        var clash = $$"""{ "type": "Country", "contentItemId": "{{stored.ContentItemId}}", "displayText": "Hijackland {{_s}}", "content": {{CountryFields()}} }""";

        var errors = await site.RefusedAsync(Recipe(RolesStep(), ContentStep(Country(0), clash)));

        errors.HasError("Content", "$.steps[1].items[1]*");
        await AssertNothingWrittenAsync();
        var versions = await site.VersionsAsync(stored.ContentItemId);
        Assert.Equal("NewsItem", Assert.Single(versions).ContentType);
    }

    private async Task AssertNothingWrittenAsync()
    {
        Assert.False(await site.RoleExistsAsync(RoleName), "The role of the recipe's valid Roles step was stored.");
        for (var i = 0; i < 4; i++) Assert.Empty(await site.VersionsAsync(Id(i)));
        await using var scope = site.Scope();
        var settings = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<SiteSettings>(SiteSettings.DocumentName);
        Assert.False(settings?.Extra.ContainsKey(SettingKey), "The recipe's valid Settings step was stored.");
    }

    private string RoleName => $"Reviewer{_s}";
    private string SettingKey => $"RecipeTest{_s}";
    private string Id(int i) => $"recipe-test-{_s}-{i}";

    private static string Recipe(params string[] steps) => $$"""{ "name": "invalid", "steps": [ {{string.Join(", ", steps)}} ] }""";

    private string SettingsStep() => $$"""{ "name": "Settings", "settings": { "{{SettingKey}}": { "on": true } } }""";

    private string RolesStep() => $$"""{ "name": "Roles", "roles": [ { "name": "{{RoleName}}", "permissions": [ "content.view:*" ] } ] }""";

    private static string ContentStep(params string[] items) => $$"""{ "name": "Content", "items": [ {{string.Join(", ", items)}} ] }""";

    private static string CountryFields() => """{ "Country": { "Alpha2": "QX", "Alpha3": "QXQ", "CoeMemberSince": 1990 } }""";

    private string Country(int i, string? slug = null) =>
        $$"""{ "type": "Country", "contentItemId": "{{Id(i)}}", "displayText": "Recipeland {{_s}} {{i}}", "slug": "{{slug ?? $"recipeland-{_s}-{i}"}}", "content": {{CountryFields()}} }""";

    private string Member(int i, string country, string authorityType = "city") =>
        $$"""
        { "type": "Member", "contentItemId": "{{Id(i)}}", "displayText": "Recipetown {{_s}}",
          "content": { "Member": { "AuthorityType": "{{authorityType}}", "Country": [ "{{country}}" ], "Status": "active" } } }
        """;
}
