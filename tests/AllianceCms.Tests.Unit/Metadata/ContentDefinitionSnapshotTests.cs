using AllianceCms.Core.Metadata;
using AllianceCms.Tests.Unit.TestSupport;

namespace AllianceCms.Tests.Unit.Metadata;

public sealed class ContentDefinitionSnapshotTests
{
    [Fact]
    public void Asking_for_an_undefined_type_fails_loudly_naming_it()
    {
        var snapshot = AllianceDefinitions.Snapshot();

        var error = Assert.Throws<UnknownContentTypeException>(() => snapshot.Get("Participant"));

        Assert.Equal("Participant", error.ContentType);
        Assert.Contains("'Participant'", error.Message);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void Finding_an_undefined_type_gives_nothing()
    {
        Assert.Null(AllianceDefinitions.Snapshot().Find("Participant"));
        Assert.Null(ContentDefinitionSnapshot.Empty.Find("Member"));
    }

    [Fact]
    public void Type_names_are_case_sensitive()
    {
        Assert.Throws<UnknownContentTypeException>(() => AllianceDefinitions.Snapshot().Get("member"));
    }

    [Fact]
    public void The_empty_snapshot_has_no_definitions()
    {
        Assert.Equal(0, ContentDefinitionSnapshot.Empty.Version);
        Assert.Empty(ContentDefinitionSnapshot.Empty.Types);
        Assert.Empty(ContentDefinitionSnapshot.Empty.Parts);
    }

    [Fact]
    public void Types_are_listed_by_name()
    {
        Assert.Equal(["Country", "Member", "Note"], AllianceDefinitions.Snapshot().Types.Select(t => t.Name));
    }

    [Fact]
    public void A_type_resolves_its_parts_in_position_order()
    {
        var parts = new ContentPartDefinition[] { new() { Name = "Member" }, new() { Name = "Seo" } };
        var type = new ContentTypeDefinition
        {
            Name = "Member",
            Parts = [new ContentTypePartReference { Name = "Seo", Position = 1 }, new ContentTypePartReference { Name = "Member", Position = 0 }],
        };

        var model = new ContentDefinitionSnapshot(1, [type], parts).Get("Member");

        Assert.Equal(["Member", "Seo"], model.Parts.Select(p => p.Name));
        Assert.Same(parts[0], model.Parts[0]);
    }

    [Fact]
    public void A_part_that_is_not_defined_resolves_to_an_empty_part()
    {
        var type = new ContentTypeDefinition { Name = "Member", Parts = [new ContentTypePartReference { Name = "Seo" }] };

        var part = Assert.Single(new ContentDefinitionSnapshot(1, [type], []).Get("Member").Parts);

        Assert.Equal("Seo", part.Name);
        Assert.Empty(part.Fields);
    }

    [Fact]
    public void A_types_fields_come_part_by_part_in_position_order()
    {
        var part = new ContentPartDefinition
        {
            Name = "Member",
            Fields = [new() { Name = "Second", Position = 1 }, new() { Name = "First", Position = 0 }],
        };
        var type = new ContentTypeDefinition { Name = "Member", Parts = [new ContentTypePartReference { Name = "Member" }] };

        var model = new ContentDefinitionSnapshot(1, [type], [part]).Get("Member");

        Assert.Equal(["Member.First", "Member.Second"], model.Fields.Select(f => $"{f.Part.Name}.{f.Field.Name}"));
    }

    [Fact]
    public void A_field_is_found_by_part_and_name()
    {
        var member = AllianceDefinitions.Member;

        Assert.Equal(FieldKinds.Number, member.FindField("Member", "Population")!.Value.Field.Kind);
        Assert.Null(member.FindField("Member", "Anthem"));
        Assert.Null(member.FindField("Country", "IsoCode"));
        Assert.Null(member.FindField("Member", "Motto"));
    }

    [Fact]
    public void The_snapshot_keeps_its_version()
    {
        Assert.Equal(42, new ContentDefinitionSnapshot(42, [], []).Version);
    }
}
