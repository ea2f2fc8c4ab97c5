using AllianceCms.Core.Fields;
using AllianceCms.Core.Metadata;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class ChoiceFieldKindTests
{
    private readonly ChoiceFieldKind _kind = new();

    private static readonly FieldChoice[] Statuses =
    [
        new("member", "Member", "Membre"),
        new("candidate", "Candidate", "Candidat"),
        new("partner", "Partner", "Partenaire"),
    ];

    private static void Single(FieldBuilder f) => f.Choices(Statuses);

    private static void Multiple(FieldBuilder f) => f.Choices(Statuses).Multiple();

    [Fact]
    public void One_choice_is_stored_as_its_value()
    {
        Assert.Equal("\"member\"", Normalize(_kind, Str("member"), Single).Json);
    }

    [Fact]
    public void One_choice_sent_as_a_list_is_stored_as_its_value()
    {
        Assert.Equal("\"candidate\"", Normalize(_kind, Json("[\" candidate \"]"), Single).Json);
    }

    [Fact]
    public void The_same_choice_twice_counts_once()
    {
        Assert.Equal("\"member\"", Normalize(_kind, Json("[\"member\",\"member\"]"), Single).Json);
    }

    [Fact]
    public void Two_choices_in_a_single_choice_field_are_refused()
    {
        Assert.Equal("SingleValueExpected", Normalize(_kind, Json("[\"member\",\"partner\"]"), Single).ErrorCode);
    }

    [Theory]
    [InlineData("\"observer\"")]
    [InlineData("\"Member\"")]
    [InlineData("[\"member\",\"observer\"]")]
    public void A_value_that_is_not_in_the_list_is_refused(string json)
    {
        Assert.Equal("InvalidChoice", Normalize(_kind, Json(json), Single).ErrorCode);
        Assert.Equal("InvalidChoice", Normalize(_kind, Json(json), Multiple).ErrorCode);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("{\"value\":\"member\"}")]
    [InlineData("[\"member\", 2]")]
    public void A_value_that_is_not_text_is_refused(string json) =>
        Assert.Equal("InvalidChoice", Normalize(_kind, Json(json), Single).ErrorCode);

    [Fact]
    public void A_field_without_choices_accepts_no_value()
    {
        Assert.Equal("InvalidChoice", Normalize(_kind, Str("member")).ErrorCode);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("[]")]
    [InlineData("[\"\", \" \"]")]
    public void No_choice_means_no_value(string json)
    {
        var single = Normalize(_kind, Json(json), Single);
        var multiple = Normalize(_kind, Json(json), Multiple);

        Assert.True(single.Accepted && multiple.Accepted);
        Assert.Null(single.Value);
        Assert.Null(multiple.Value);
    }

    [Fact]
    public void Several_choices_are_stored_as_a_list_in_the_order_given()
    {
        Assert.Equal("[\"partner\",\"member\"]", Normalize(_kind, Json("[\"partner\",\"member\"]"), Multiple).Json);
    }

    [Fact]
    public void A_multiple_choice_field_stores_even_one_choice_as_a_list()
    {
        Assert.Equal("[\"member\"]", Normalize(_kind, Str("member"), Multiple).Json);
    }

    [Fact]
    public void Duplicate_choices_are_dropped()
    {
        Assert.Equal("[\"member\",\"partner\"]", Normalize(_kind, Json("[\"member\",\"partner\",\"member\"]"), Multiple).Json);
    }

    [Fact]
    public void Each_choice_is_indexed()
    {
        var entries = _kind.IndexValues(Json("[\"member\",\"partner\"]")).Select(e => e.Text);

        Assert.Equal(["member", "partner"], entries);
        Assert.Equal("candidate", Assert.Single(_kind.IndexValues(Str("candidate"))).Text);
    }
}
