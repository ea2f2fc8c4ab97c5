using System.Text.Json;
using AllianceCms.Core.Localization;

namespace AllianceCms.Tests.Unit.Localization;

public sealed class LocalizedTextTests
{
    [Fact]
    public void The_text_of_the_asked_culture_is_given()
    {
        var label = new LocalizedText("Population", "Nombre d'habitants");

        Assert.Equal("Population", label.For("en"));
        Assert.Equal("Nombre d'habitants", label.For("fr"));
    }

    [Fact]
    public void Cultures_are_matched_ignoring_case()
    {
        Assert.Equal("Pays", new LocalizedText("Country", "Pays").For("FR"));
    }

    [Fact]
    public void A_regional_culture_falls_back_to_its_language()
    {
        var label = new LocalizedText("Country", "Pays");

        Assert.Equal("Pays", label.For("fr-CA"));
        Assert.Equal("Country", label.For("en-GB"));
    }

    [Fact]
    public void A_regional_text_wins_over_the_language()
    {
        var label = new LocalizedText("Colour", "Couleur") { ["en-US"] = "Color" };

        Assert.Equal("Color", label.For("en-US"));
        Assert.Equal("Colour", label.For("en-GB"));
    }

    [Theory]
    [InlineData("sr")]
    [InlineData("sr-Latn-ME")]
    [InlineData("")]
    public void A_culture_without_a_text_falls_back_to_English(string culture) =>
        Assert.Equal("Country", new LocalizedText("Country", "Pays").For(culture));

    [Fact]
    public void Without_English_any_text_is_better_than_none()
    {
        var label = new LocalizedText { ["fr"] = "Pays" };

        Assert.Equal("Pays", label.For("sr"));
    }

    [Fact]
    public void Without_any_text_the_result_is_empty()
    {
        var label = new LocalizedText();

        Assert.Equal("", label.For("fr"));
        Assert.True(label.IsEmpty);
    }

    [Fact]
    public void A_text_round_trips_through_JSON_as_an_object_per_culture()
    {
        var json = JsonSerializer.Serialize(new LocalizedText("Country", "Pays"));
        var back = JsonSerializer.Deserialize<LocalizedText>(json)!;

        Assert.Equal("{\"en\":\"Country\",\"fr\":\"Pays\"}", json);
        Assert.Equal("Pays", back.For("FR"));
    }
}

public sealed class CultureOptionsTests
{
    [Fact]
    public void The_site_is_in_English_and_French_by_default_with_English_first()
    {
        var options = new CultureOptions();

        Assert.Equal(["en", "fr"], options.Supported);
        Assert.Equal("en", options.Default);
    }

    [Fact]
    public void The_first_configured_culture_is_the_default()
    {
        Assert.Equal("fr", new CultureOptions { Supported = ["fr", "en", "sr"] }.Default);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("FR", true)]
    [InlineData("de", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("en-GB", false)]
    public void Only_configured_cultures_are_supported(string? culture, bool supported) =>
        Assert.Equal(supported, new CultureOptions().IsSupported(culture));
}
