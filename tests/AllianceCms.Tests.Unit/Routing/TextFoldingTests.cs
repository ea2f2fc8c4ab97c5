using AllianceCms.Core.Routing;

namespace AllianceCms.Tests.Unit.Routing;

public sealed class TextFoldingTests
{
    [Fact]
    public void Departement_matches_Departement_with_its_accent()
    {
        Assert.Equal("departement", TextFolding.Fold("Département"));
    }

    [Theory]
    [InlineData("ÉLYSÉE", "elysee")]
    [InlineData("Zürich", "zurich")]
    [InlineData("Crna Gora", "crna gora")]
    [InlineData("Čačak", "cacak")]
    [InlineData("São Tomé e Príncipe", "sao tome e principe")]
    public void Folding_lowercases_and_strips_diacritics(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void Spaces_and_punctuation_are_kept()
    {
        Assert.Equal("seine-saint-denis, l'ile", TextFolding.Fold("Seine-Saint-Denis, L'Île"));
    }

    [Fact]
    public void Precomposed_and_combining_accents_fold_the_same()
    {
        Assert.Equal(TextFolding.Fold("Département"), TextFolding.Fold("De\u0301partement"));
    }

    [Theory]
    [InlineData("Département")]
    [InlineData("Црна Гора")]
    [InlineData("")]
    public void Folding_twice_changes_nothing_more(string text) =>
        Assert.Equal(TextFolding.Fold(text), TextFolding.Fold(TextFolding.Fold(text)));

    [Fact]
    public void Cyrillic_is_lowercased_but_not_transliterated()
    {
        Assert.Equal("црна гора", TextFolding.Fold("Црна Гора"));
    }
}
