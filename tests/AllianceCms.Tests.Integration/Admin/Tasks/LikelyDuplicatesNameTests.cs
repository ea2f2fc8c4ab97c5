using Alliance.JoinForm.Admin;

namespace AllianceCms.Tests.Integration.Admin.Tasks;

/// <summary>What counts as the same name for the "likely duplicates" panel.</summary>
public sealed class LikelyDuplicatesNameTests
{
    [Theory]
    [InlineData("Ville de Montreuil", "Montreuil")]
    [InlineData("Tivat Municipality", "Opština Tivat")]
    [InlineData("Région Île-de-France", "Ile de France")]
    [InlineData("Département de la Seine-Saint-Denis", "Seine Saint-Denis")]
    [InlineData("Commune de Montreuil", "Montreuill")]
    [InlineData("City of Graz", "Stadt Grazz")]
    public void Names_that_differ_only_by_the_kind_of_authority_accents_or_a_typo_are_similar(string a, string b) =>
        Assert.True(LikelyDuplicates.IsSimilar(LikelyDuplicates.Normalize(a), LikelyDuplicates.Normalize(b)), $"{a} ~ {b}");

    [Theory]
    [InlineData("Ville de Lyon", "Ville de Nice")]
    [InlineData("Saint-Denis", "Saint-Étienne")]
    [InlineData("City of Bar", "Budva Municipality")]
    public void Different_places_are_not_similar(string a, string b) =>
        Assert.False(LikelyDuplicates.IsSimilar(LikelyDuplicates.Normalize(a), LikelyDuplicates.Normalize(b)), $"{a} !~ {b}");

    [Fact]
    public void The_edit_distance_stops_past_its_limit() =>
        Assert.Equal((1, 3), (LikelyDuplicates.Levenshtein("graz", "grazz", 2), LikelyDuplicates.Levenshtein("abcdef", "uvwxyz", 2)));
}
