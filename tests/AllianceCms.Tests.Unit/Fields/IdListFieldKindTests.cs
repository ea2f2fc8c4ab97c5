using System.Text.Json.Nodes;
using AllianceCms.Core.Fields;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

/// <summary>References, media and users share one shape: a list of ids, one at most unless the field takes several.</summary>
public sealed class IdListFieldKindTests
{
    public static TheoryData<IdListFieldKind, string> KindsAndErrorCodes => new()
    {
        { new ContentReferenceFieldKind(), "ReferenceNotFound" },
        { new MediaFieldKind(), "InvalidMedia" },
        { new UserFieldKind(), "InvalidUser" },
    };

    public static TheoryData<IdListFieldKind> Kinds => new() { new ContentReferenceFieldKind(), new MediaFieldKind(), new UserFieldKind() };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void One_id_is_always_stored_as_a_list(IdListFieldKind kind)
    {
        Assert.Equal("[\"4f1c2e\"]", Normalize(kind, Str(" 4f1c2e ")).Json);
        Assert.Equal("[\"4f1c2e\"]", Normalize(kind, Json("[\"4f1c2e\"]")).Json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Two_ids_in_a_single_value_field_are_refused(IdListFieldKind kind)
    {
        Assert.Equal("SingleValueExpected", Normalize(kind, Json("[\"a1\",\"b2\"]")).ErrorCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_field_taking_several_ids_keeps_them_in_order_without_duplicates(IdListFieldKind kind)
    {
        var result = Normalize(kind, Json("[\"b2\",\"a1\",\"b2\"]"), f => f.Multiple());

        Assert.Equal("[\"b2\",\"a1\"]", result.Json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_same_id_twice_counts_once_in_a_single_value_field(IdListFieldKind kind)
    {
        Assert.Equal("[\"a1\"]", Normalize(kind, Json("[\"a1\",\"a1\"]")).Json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void No_id_means_no_value(IdListFieldKind kind)
    {
        foreach (var json in new[] { "\"\"", "[]", "[\" \"]" })
        {
            var result = Normalize(kind, Json(json), f => f.Multiple());
            Assert.True(result.Accepted, json);
            Assert.Null(result.Value);
        }
    }

    [Theory]
    [MemberData(nameof(KindsAndErrorCodes))]
    public void Path_traversal_is_refused(IdListFieldKind kind, string code)
    {
        foreach (var id in new[] { "../x", "..", "flags/../../etc/passwd", "flags/..", "/etc/passwd", "..\\x", "flags\\fr.svg", "C:/Windows", "%2e%2e/x", ".hidden" })
            Assert.Equal(code, Normalize(kind, Str(id)).ErrorCode);
    }

    [Theory]
    [MemberData(nameof(KindsAndErrorCodes))]
    public void Ids_with_unexpected_characters_are_refused(IdListFieldKind kind, string code)
    {
        foreach (var id in new[] { "a b", "<script>", "id;drop", "a?b=c", "ä", new string('a', 257) })
            Assert.Equal(code, Normalize(kind, Str(id)).ErrorCode);
    }

    [Theory]
    [MemberData(nameof(KindsAndErrorCodes))]
    public void One_bad_id_spoils_the_list(IdListFieldKind kind, string code)
    {
        Assert.Equal(code, Normalize(kind, Json("[\"good-id\",\"../bad\"]"), f => f.Multiple()).ErrorCode);
    }

    [Theory]
    [MemberData(nameof(KindsAndErrorCodes))]
    public void A_value_that_is_not_a_string_or_a_list_of_strings_is_refused(IdListFieldKind kind, string code)
    {
        foreach (var json in new[] { "42", "{\"id\":\"a\"}", "[\"a\", 1]", "true" })
            Assert.Equal(code, Normalize(kind, Json(json), f => f.Multiple()).ErrorCode);
    }

    [Theory]
    [InlineData("flags/me.svg")]
    [InlineData("2024/reports/annual-report_v2.pdf")]
    [InlineData("photos/summit.2024.jpg")]
    public void A_media_path_in_the_library_is_accepted(string path)
    {
        Assert.Equal($"[\"{path}\"]", Normalize(new MediaFieldKind(), Str(path)).Json);
    }

    [Theory]
    [InlineData("jean.dupont@gouv.fr")]
    [InlineData("0190a3c5-7b2e-7cc1-9f3e-1b2c3d4e5f60")]
    public void A_user_id_is_accepted(string id)
    {
        Assert.Equal($"[\"{id}\"]", Normalize(new UserFieldKind(), Str(id)).Json);
    }

    [Fact]
    public void Each_id_is_indexed()
    {
        var entries = new MediaFieldKind().IndexValues(Json("[\"flags/me.svg\",\"flags/fr.svg\"]")).Select(e => e.Text);

        Assert.Equal(["flags/me.svg", "flags/fr.svg"], entries);
    }

    [Fact]
    public void The_ids_of_a_stored_value_can_be_read_back()
    {
        Assert.Equal(["a1", "b2"], IdListFieldKind.Ids(Json("[\"a1\",\"b2\"]")));
        Assert.Equal(["a1"], IdListFieldKind.Ids(Str("a1")));
        Assert.Empty(IdListFieldKind.Ids(null));
        Assert.Empty(IdListFieldKind.Ids(new JsonObject()));
    }
}
