using AllianceCms.Core.Fields;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class TagsFieldKindTests
{
    private readonly TagsFieldKind _kind = new();

    [Fact]
    public void Tags_typed_with_commas_are_split_and_trimmed()
    {
        Assert.Equal("[\"peace\",\"security\",\"defence\"]", Normalize(_kind, Str("peace, security,defence ")).Json);
    }

    [Fact]
    public void Tags_sent_as_a_list_are_kept_in_order()
    {
        Assert.Equal("[\"NATO\",\"Cyber\"]", Normalize(_kind, Json("[\" NATO \",\"Cyber\"]")).Json);
    }

    [Fact]
    public void The_same_tag_in_another_case_counts_once_and_the_first_spelling_wins()
    {
        Assert.Equal("[\"Peace\",\"security\"]", Normalize(_kind, Str("Peace, security, peace, PEACE, Security")).Json);
        Assert.Equal("[\"NATO\"]", Normalize(_kind, Json("[\"NATO\",\"nato\",\"Nato\"]")).Json);
    }

    [Fact]
    public void Accented_tags_are_deduplicated_ignoring_case()
    {
        var tags = Normalize(_kind, Str("Économie, économie")).Value!.AsArray();

        Assert.Equal("Économie", Assert.Single(tags)!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" , ,, \"")]
    [InlineData("[]")]
    [InlineData("[\"\", \"  \"]")]
    public void No_tags_means_no_value(string json)
    {
        var result = Normalize(_kind, Json(json));

        Assert.True(result.Accepted);
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_tag_of_the_maximum_length_is_accepted_and_a_longer_one_refused()
    {
        Assert.True(Normalize(_kind, Str(new string('t', TagsFieldKind.MaxTagLength))).Accepted);
        Assert.Equal("TooLong", Normalize(_kind, Str("short, " + new string('t', TagsFieldKind.MaxTagLength + 1))).ErrorCode);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("[\"peace\", 42]")]
    [InlineData("{\"tag\":\"peace\"}")]
    public void A_value_that_is_not_words_is_refused(string json) =>
        Assert.Equal("InvalidTags", Normalize(_kind, Json(json)).ErrorCode);

    [Fact]
    public void Tags_are_indexed_lower_cased_so_that_filters_ignore_case()
    {
        var entries = _kind.IndexValues(Json("[\"NATO\",\"Économie\"]")).Select(e => e.Text);

        Assert.Equal(["nato", "économie"], entries);
    }
}
