using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Recipes;
using AllianceCms.Core.Validation;
using AllianceCms.Tests.Unit.TestSupport;
using Microsoft.Extensions.Options;

namespace AllianceCms.Tests.Unit.Validation;

public sealed class ContentValidatorTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    private readonly FakeReferenceLookup _references = new FakeReferenceLookup()
        .With("country-me", "Country")
        .With("country-fr", "Country")
        .With("member-fr", "Member");

    private ContentValidator Validator() =>
        new(new FieldKindRegistry(FieldKindRegistry.BuiltIn), _references, Options.Create(new CultureOptions()));

    private static ContentItem Montenegro() => new ContentItem
    {
        ContentItemId = "member-me",
        ContentType = "Member",
        Culture = "en",
        DisplayText = "Montenegro",
        Slug = "montenegro",
    }.Set("Member", "Summary", JsonValue.Create("Joined in 2017."));

    private async Task<IReadOnlyList<ContentError>> ValidateAsync(ContentItem item, ContentTypeModel? type = null, CultureInfo? culture = null)
    {
        using (new UiCulture(culture ?? English))
            return await Validator().ValidateAsync(item, type ?? AllianceDefinitions.Member);
    }

    private static ContentError SingleError(IReadOnlyList<ContentError> errors, string path) =>
        Assert.Single(errors, e => e.Path == path);

    [Fact]
    public async Task A_complete_member_is_valid()
    {
        var item = Montenegro()
            .Set("Member", "Population", JsonValue.Create("620000"))
            .Set("Member", "Country", JsonValue.Create("country-me"))
            .Set("Member", "Partners", new JsonArray("country-me", "country-fr"))
            .Set("Member", "Website", JsonValue.Create("https://www.gov.me/en"))
            .Set("Member", "Joined", JsonValue.Create("2017-06-05"));

        Assert.Empty(await ValidateAsync(item));
    }

    [Fact]
    public async Task Values_are_normalized_in_place_so_that_what_is_stored_is_canonical()
    {
        var item = Montenegro()
            .Set("Member", "Summary", JsonValue.Create("  Joined in 2017. "))
            .Set("Member", "Population", JsonValue.Create("620000"))
            .Set("Member", "Country", JsonValue.Create("country-me"))
            .Set("Member", "Website", JsonValue.Create(" https://www.gov.me/en "));
        item.DisplayText = "  Montenegro ";

        Assert.Empty(await ValidateAsync(item));

        Assert.Equal("Montenegro", item.DisplayText);
        Assert.Equal("Joined in 2017.", item.Get<string>("Member", "Summary"));
        Assert.Equal(620000L, item.Get<long>("Member", "Population"));
        Assert.Equal("[\"country-me\"]", item.Get("Member", "Country")!.ToJsonString());
        Assert.Equal("https://www.gov.me/en", item.Get<string>("Member", "Website"));
    }

    [Fact]
    public async Task A_blank_optional_value_is_removed_from_the_item()
    {
        var item = Montenegro().Set("Member", "Website", JsonValue.Create("  "));

        Assert.Empty(await ValidateAsync(item));
        Assert.Null(item.Get("Member", "Website"));
    }

    [Fact]
    public async Task A_required_field_left_out_is_reported()
    {
        var item = Montenegro();
        item.Content = [];

        var error = SingleError(await ValidateAsync(item), "Member.Summary");

        Assert.Equal("Required", error.Code);
        Assert.Equal(Expected.English("Required", "Summary"), error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_required_field_left_blank_is_reported(string blank)
    {
        var errors = await ValidateAsync(Montenegro().Set("Member", "Summary", JsonValue.Create(blank)));

        Assert.Equal("Required", SingleError(errors, "Member.Summary").Code);
    }

    [Fact]
    public async Task A_required_field_with_a_wrong_value_reports_only_what_is_wrong_with_it()
    {
        var errors = await ValidateAsync(Montenegro().Set("Member", "Summary", JsonValue.Create(new string('x', 201))));

        Assert.Equal("TooLong", SingleError(errors, "Member.Summary").Code);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        var item = Montenegro()
            .Set("Member", "Summary", JsonValue.Create(""))
            .Set("Member", "Population", JsonValue.Create(-5))
            .Set("Member", "Website", JsonValue.Create("javascript:alert(1)"))
            .Set("Member", "Joined", JsonValue.Create("5 June 2017"));
        item.DisplayText = "";

        var errors = await ValidateAsync(item);

        Assert.Equal(
            ["DisplayText:Required", "Member.Summary:Required", "Member.Population:BelowMin", "Member.Website:InvalidUrl", "Member.Joined:InvalidDate"],
            errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public async Task A_value_for_a_field_the_type_does_not_have_is_refused()
    {
        var errors = await ValidateAsync(Montenegro().Set("Member", "Colour", JsonValue.Create("blue")));

        var error = SingleError(errors, "Member.Colour");
        Assert.Equal("UnknownField", error.Code);
        Assert.Equal(Expected.English("UnknownField", "Colour"), error.Message);
    }

    [Fact]
    public async Task A_part_the_type_does_not_have_is_refused()
    {
        var item = Montenegro();
        item.Content["Country"] = new JsonObject { ["IsoCode"] = "ME" };

        Assert.Equal("UnknownField", SingleError(await ValidateAsync(item), "Country").Code);
    }

    [Fact]
    public async Task A_part_that_is_not_an_object_is_refused()
    {
        var item = Montenegro();
        item.Content["Member"] = "Montenegro";

        Assert.Contains(await ValidateAsync(item), e => e.Path == "Member" && e.Code == "UnknownField");
    }

    [Fact]
    public async Task The_value_of_a_removed_field_is_kept_until_purged()
    {
        var item = Montenegro().Set("Member", "Motto", JsonValue.Create("Unity"));

        Assert.Empty(await ValidateAsync(item));
        Assert.Equal("Unity", item.Get<string>("Member", "Motto"));
    }

    [Fact]
    public async Task A_title_is_required()
    {
        var item = Montenegro();
        item.DisplayText = "   ";

        var error = SingleError(await ValidateAsync(item), "DisplayText");

        Assert.Equal("Required", error.Code);
        Assert.Equal(Expected.English("Required", "Title"), error.Message);
    }

    [Fact]
    public async Task A_missing_title_is_named_with_the_types_title_label()
    {
        var country = new ContentItem { ContentType = "Country", Culture = "fr", Slug = "monte-negro" }.Set("Country", "IsoCode", JsonValue.Create("ME"));

        var english = SingleError(await ValidateAsync(country, AllianceDefinitions.Country), "DisplayText");
        var french = SingleError(await ValidateAsync(country, AllianceDefinitions.Country, French), "DisplayText");

        Assert.Equal(Expected.English("Required", "Name"), english.Message);
        Assert.Equal(Expected.French("Required", "Nom"), french.Message);
    }

    // A definition imported with "titleLabel": {} gave the message " is required.".
    [Fact]
    public async Task An_empty_title_label_falls_back_to_Title()
    {
        var snapshot = AllianceDefinitions.Snapshot();
        var country = snapshot.Get("Country");
        country.Settings.TitleLabel = new LocalizedText();
        var item = new ContentItem { ContentType = "Country", Culture = "en" }.Set("Country", "IsoCode", JsonValue.Create("ME"));

        var error = SingleError(await ValidateAsync(item, country), "DisplayText");

        Assert.Equal(Expected.English("Required", "Title"), error.Message);
    }

    [Fact]
    public async Task A_title_longer_than_the_maximum_is_refused()
    {
        var item = Montenegro();
        item.DisplayText = new string('M', ContentValidator.MaxDisplayTextLength + 1);

        var error = SingleError(await ValidateAsync(item), "DisplayText");

        Assert.Equal("TooLong", error.Code);
        Assert.Equal(Expected.English("TooLong", "Title", ContentValidator.MaxDisplayTextLength), error.Message);
    }

    [Fact]
    public async Task A_title_of_the_maximum_length_is_accepted()
    {
        var item = Montenegro();
        item.DisplayText = new string('M', ContentValidator.MaxDisplayTextLength);

        Assert.Empty(await ValidateAsync(item));
    }

    [Theory]
    [InlineData("Monte Negro")]
    [InlineData("montenegro/")]
    [InlineData("crna--gora")]
    [InlineData("črna-gora")]
    [InlineData("../admin")]
    public async Task A_slug_that_is_not_lowercase_words_and_hyphens_is_refused(string slug)
    {
        var item = Montenegro();
        item.Slug = slug;

        var error = SingleError(await ValidateAsync(item), "Slug");

        Assert.Equal("SlugInvalid", error.Code);
        Assert.Equal(Expected.English("SlugInvalid"), error.Message);
    }

    [Fact]
    public async Task A_slug_is_trimmed()
    {
        var item = Montenegro();
        item.Slug = " crna-gora ";

        Assert.Empty(await ValidateAsync(item));
        Assert.Equal("crna-gora", item.Slug);
    }

    [Fact]
    public async Task A_blank_slug_is_left_for_the_content_manager_to_generate()
    {
        var item = Montenegro();
        item.Slug = "  ";

        Assert.Empty(await ValidateAsync(item));
        Assert.Null(item.Slug);
    }

    [Fact]
    public async Task An_item_of_a_type_without_routes_gets_no_slug()
    {
        var note = new ContentItem { ContentType = "Note", Culture = "en", DisplayText = "Desk note", Slug = "Not A Slug" };

        Assert.Empty(await ValidateAsync(note, AllianceDefinitions.Note));
        Assert.Null(note.Slug);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("english")]
    public async Task A_culture_the_site_does_not_support_is_refused(string culture)
    {
        var item = Montenegro();
        item.Culture = culture;

        var error = SingleError(await ValidateAsync(item), "Culture");

        Assert.Equal("UnsupportedCulture", error.Code);
        Assert.Equal(Expected.English("UnsupportedCulture", culture), error.Message);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("FR")]
    [InlineData("en")]
    public async Task The_configured_cultures_are_supported_whatever_their_case(string culture)
    {
        var item = Montenegro();
        item.Culture = culture;

        Assert.Empty(await ValidateAsync(item));
    }

    [Fact]
    public async Task The_supported_cultures_come_from_the_options()
    {
        var validator = new ContentValidator(new FieldKindRegistry(FieldKindRegistry.BuiltIn), _references,
            Options.Create(new CultureOptions { Supported = ["en", "sr"] }));
        var item = Montenegro();
        item.Culture = "fr";

        using (new UiCulture(English))
            Assert.Equal("UnsupportedCulture", Assert.Single(await validator.ValidateAsync(item, AllianceDefinitions.Member)).Code);
    }

    [Fact]
    public async Task A_reference_to_an_item_that_does_not_exist_is_refused()
    {
        var errors = await ValidateAsync(Montenegro().Set("Member", "Country", JsonValue.Create("country-xx")));

        var error = SingleError(errors, "Member.Country");
        Assert.Equal("ReferenceNotFound", error.Code);
        Assert.Equal(Expected.English("ReferenceNotFound", "Country"), error.Message);
    }

    [Fact]
    public async Task One_missing_item_among_several_references_is_refused()
    {
        var errors = await ValidateAsync(Montenegro().Set("Member", "Partners", new JsonArray("country-fr", "country-xx")));

        Assert.Equal("ReferenceNotFound", SingleError(errors, "Member.Partners").Code);
    }

    [Fact]
    public async Task A_reference_to_an_item_of_a_type_not_allowed_here_is_refused()
    {
        var errors = await ValidateAsync(Montenegro().Set("Member", "Country", JsonValue.Create("member-fr")));

        var error = SingleError(errors, "Member.Country");
        Assert.Equal("ReferenceWrongType", error.Code);
        Assert.Equal(Expected.English("ReferenceWrongType", "Country"), error.Message);
    }

    [Fact]
    public async Task A_malformed_reference_is_refused_without_looking_it_up()
    {
        var errors = await ValidateAsync(Montenegro().Set("Member", "Country", JsonValue.Create("../country-me")));

        Assert.Equal("ReferenceNotFound", SingleError(errors, "Member.Country").Code);
        Assert.Empty(_references.Calls);
    }

    [Fact]
    public async Task References_of_every_field_are_looked_up_in_one_go()
    {
        var item = Montenegro()
            .Set("Member", "Country", JsonValue.Create("country-me"))
            .Set("Member", "Partners", new JsonArray("country-me", "country-fr"));

        Assert.Empty(await ValidateAsync(item));

        var call = Assert.Single(_references.Calls);
        Assert.Equal(["country-me", "country-fr"], call.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task An_item_without_references_does_not_look_any_up()
    {
        Assert.Empty(await ValidateAsync(Montenegro()));
        Assert.Empty(_references.Calls);
    }

    [Fact]
    public async Task Messages_come_out_in_French_for_a_French_editor()
    {
        var item = Montenegro()
            .Set("Member", "Summary", JsonValue.Create(""))
            .Set("Member", "Population", JsonValue.Create("beaucoup"))
            .Set("Member", "Country", JsonValue.Create("member-fr"))
            .Set("Member", "Colour", JsonValue.Create("bleu"));
        item.Culture = "de";
        item.Slug = "Monténégro";

        var errors = await ValidateAsync(item, culture: French);

        Assert.Equal(Expected.French("UnsupportedCulture", "de"), SingleError(errors, "Culture").Message);
        Assert.Equal(Expected.French("SlugInvalid"), SingleError(errors, "Slug").Message);
        Assert.Equal(Expected.French("UnknownField", "Colour"), SingleError(errors, "Member.Colour").Message);
        Assert.Equal(Expected.French("Required", "Résumé"), SingleError(errors, "Member.Summary").Message);
        Assert.Equal(Expected.French("NotANumber", "Nombre d'habitants"), SingleError(errors, "Member.Population").Message);
        Assert.Equal(Expected.French("ReferenceWrongType", "Pays"), SingleError(errors, "Member.Country").Message);
        Assert.Contains("obligatoire", SingleError(errors, "Member.Summary").Message);
        Assert.NotEqual(Expected.English("Required", "Résumé"), SingleError(errors, "Member.Summary").Message);
    }

    [Fact]
    public async Task Messages_come_out_in_French_for_a_regional_French_culture()
    {
        var item = Montenegro();
        item.DisplayText = "";

        var errors = await ValidateAsync(item, culture: CultureInfo.GetCultureInfo("fr-CA"));

        Assert.Equal(Expected.French("Required", "Titre"), SingleError(errors, "DisplayText").Message);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("de")]
    [InlineData("")]
    public async Task Messages_come_out_in_English_for_anyone_else(string cultureName)
    {
        var item = Montenegro().Set("Member", "Summary", JsonValue.Create(""));

        var errors = await ValidateAsync(item, culture: CultureInfo.GetCultureInfo(cultureName));

        Assert.Equal(Expected.English("Required", "Summary"), SingleError(errors, "Member.Summary").Message);
    }

    [Fact]
    public async Task The_error_codes_do_not_depend_on_the_language()
    {
        var english = await ValidateAsync(Montenegro().Set("Member", "Population", JsonValue.Create(-1)));
        var french = await ValidateAsync(Montenegro().Set("Member", "Population", JsonValue.Create(-1)), culture: French);

        Assert.Equal(english.Select(e => (e.Path, e.Code)), french.Select(e => (e.Path, e.Code)));
        Assert.NotEqual(english.Single().Message, french.Single().Message);
    }
}
