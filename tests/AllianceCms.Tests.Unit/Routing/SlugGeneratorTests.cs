using AllianceCms.Core.Routing;

namespace AllianceCms.Tests.Unit.Routing;

public sealed class SlugGeneratorTests
{
    [Fact]
    public void Slug_of_a_French_departement_is_transliterated()
    {
        Assert.Equal("departement-de-la-seine-saint-denis", SlugGenerator.Generate("Département de la Seine-Saint-Denis"));
    }

    [Theory]
    [InlineData("Élysée", "elysee")]
    [InlineData("Île-de-France", "ile-de-france")]
    [InlineData("Œuvre complète", "oeuvre-complete")]
    [InlineData("Ça façonne", "ca-faconne")]
    [InlineData("Noël à Besançon", "noel-a-besancon")]
    public void French_accents_and_ligatures_become_plain_letters(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("Großbritannien", "grossbritannien")]
    [InlineData("Gießen an der Lahn", "giessen-an-der-lahn")]
    [InlineData("Ärzte über Öl", "arzte-uber-ol")]
    public void German_sharp_s_becomes_ss(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("Łódź", "lodz")]
    [InlineData("Wrocław", "wroclaw")]
    [InlineData("Gdańsk i Białystok", "gdansk-i-bialystok")]
    [InlineData("Żółć", "zolc")]
    public void Polish_l_with_stroke_and_accents_are_transliterated(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("Београд", "beograd")]
    [InlineData("Црна Гора", "crna-gora")]
    [InlineData("Ђурђевдан", "djurdjevdan")]
    [InlineData("Љубљана", "ljubljana")]
    [InlineData("Његош", "njegosh")]
    [InlineData("Ћуприја", "cuprija")]
    [InlineData("Џеп", "dzep")]
    public void Serbian_Cyrillic_titles_are_transliterated(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("Đakovo", "dakovo")]
    [InlineData("Čačak i Šabac", "cacak-i-sabac")]
    [InlineData("Žabljak", "zabljak")]
    public void Serbian_and_Croatian_Latin_titles_are_transliterated(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    // й, ї and ё decompose into a base letter and a mark; their own transliterations must win.
    [Theory]
    [InlineData("Андрій", "andriy")]
    [InlineData("Україна", "ukrayina")]
    [InlineData("Край", "kray")]
    public void Ukrainian_letters_with_marks_use_their_own_transliteration(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Fact]
    public void A_title_typed_with_combining_marks_gives_the_same_slug_as_a_precomposed_one()
    {
        Assert.Equal(SlugGenerator.Generate("Département"), SlugGenerator.Generate("De\u0301partement"));
        Assert.Equal(SlugGenerator.Generate("Край"), SlugGenerator.Generate("Кра\u0438\u0306"));
    }

    [Theory]
    [InlineData("Ærø", "aero")]
    [InlineData("Øresund", "oresund")]
    [InlineData("Þingvellir", "thingvellir")]
    [InlineData("Işık", "isik")]
    [InlineData("Malta ħaġar", "malta-hagar")]
    public void Nordic_Turkish_and_Maltese_letters_are_transliterated(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("L'Assemblée nationale", "l-assemblee-nationale")]
    [InlineData("L’Assemblée nationale", "l-assemblee-nationale")]
    [InlineData("Côte d’Ivoire", "cote-d-ivoire")]
    [InlineData("Women's rights", "women-s-rights")]
    public void Apostrophes_separate_words(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("Hello!!! -- World???", "hello-world")]
    [InlineData("  --Intro--  ", "intro")]
    [InlineData("C# & .NET: 10 tips", "c-net-10-tips")]
    [InlineData("a / b \\ c | d", "a-b-c-d")]
    [InlineData("«Quoted» “title”", "quoted-title")]
    [InlineData("Tabs\tand\nnew lines", "tabs-and-new-lines")]
    [InlineData("Hello 👋 world", "hello-world")]
    public void Runs_of_punctuation_and_spaces_become_one_hyphen(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("COVID-19 in 2020", "covid-19-in-2020")]
    [InlineData("G7 Summit", "g7-summit")]
    public void Digits_are_kept(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?…")]
    [InlineData("---")]
    public void A_title_without_letters_or_digits_gives_an_empty_slug(string title) =>
        Assert.Equal("", SlugGenerator.Generate(title));

    [Fact]
    public void A_long_title_is_cut_to_the_maximum_length()
    {
        var slug = SlugGenerator.Generate(string.Join(" ", Enumerable.Repeat("Parliamentary", 30)));

        Assert.True(slug.Length <= SlugGenerator.MaxLength);
        Assert.StartsWith("parliamentary-parliamentary", slug);
        Assert.True(SlugGenerator.IsValid(slug));
    }

    [Fact]
    public void A_slug_cut_on_a_hyphen_does_not_end_with_it()
    {
        // 119 letters, then a word break at position 120.
        var title = new string('a', SlugGenerator.MaxLength - 1) + " " + "tail";

        var slug = SlugGenerator.Generate(title);

        Assert.Equal(new string('a', SlugGenerator.MaxLength - 1), slug);
        Assert.True(SlugGenerator.IsValid(slug));
    }

    [Fact]
    public void A_title_of_exactly_the_maximum_length_is_kept_whole()
    {
        var title = new string('b', SlugGenerator.MaxLength);

        Assert.Equal(title, SlugGenerator.Generate(title));
    }

    [Theory]
    [InlineData("Département de la Seine-Saint-Denis")]
    [InlineData("Црна Гора")]
    [InlineData("Hello!!! -- World???")]
    [InlineData("Straße über Łódź")]
    public void Generated_slugs_are_valid(string title) =>
        Assert.True(SlugGenerator.IsValid(SlugGenerator.Generate(title)));

    [Fact]
    public void Generating_from_a_slug_gives_the_same_slug()
    {
        const string slug = "departement-de-la-seine-saint-denis";

        Assert.Equal(slug, SlugGenerator.Generate(slug));
    }

    [Theory]
    [InlineData("departement-de-la-seine-saint-denis")]
    [InlineData("a")]
    [InlineData("g7")]
    [InlineData("2024-annual-report")]
    public void Lowercase_words_joined_by_single_hyphens_are_valid_slugs(string slug) =>
        Assert.True(SlugGenerator.IsValid(slug));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Departement")]
    [InlineData("département")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    [InlineData("with space")]
    [InlineData("under_score")]
    [InlineData("path/segment")]
    [InlineData("../etc")]
    public void Other_texts_are_not_valid_slugs(string? slug) =>
        Assert.False(SlugGenerator.IsValid(slug));

    [Fact]
    public void A_slug_longer_than_the_maximum_is_not_valid()
    {
        Assert.True(SlugGenerator.IsValid(new string('a', SlugGenerator.MaxLength)));
        Assert.False(SlugGenerator.IsValid(new string('a', SlugGenerator.MaxLength + 1)));
    }
}
