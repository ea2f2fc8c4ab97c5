using AllianceCms.Core.Metadata;

namespace AllianceCms.Tests.Unit.Metadata;

public sealed class ContentDefinitionValidatorTests
{
    private static ContentPartDefinition Part(Action<PartBuilder> build, string name = "Member")
    {
        var editor = new ContentDefinitionEditor(ContentDefinitionSnapshot.Empty).AlterPart(name, build);
        return Assert.Single(editor.ChangedParts);
    }

    private static ContentPartDefinition ValidPart() => Part(p => p
        .Field("Population", FieldKinds.Number, "Population", "Population", f => f.Range(0, 10_000_000_000))
        .Field("Status", FieldKinds.Choice, "Status", "Statut", f => f.Choices(new FieldChoice("member", "Member", "Membre")))
        .Field("IsoCode", FieldKinds.Text, "ISO code", "Code ISO", f => f.Pattern("^[A-Z]{2}$").Length(2, 2)));

    [Fact]
    public void A_coherent_part_has_no_errors()
    {
        Assert.Empty(ContentDefinitionValidator.Validate(ValidPart()));
    }

    [Fact]
    public void Every_built_in_kind_is_known()
    {
        var part = Part(p =>
        {
            foreach (var kind in typeof(FieldKinds).GetFields().Select(f => (string)f.GetValue(null)!))
                p.Field("F" + kind, kind, kind, kind, f => f.Choices(new FieldChoice("x", "X", "X")));
        });

        Assert.Empty(ContentDefinitionValidator.Validate(part));
    }

    [Theory]
    [InlineData("member")]
    [InlineData("1Member")]
    [InlineData("Member-Part")]
    [InlineData("Member Part")]
    [InlineData("Mémber")]
    [InlineData("")]
    public void A_part_name_must_be_a_technical_name(string name)
    {
        var error = Assert.Single(ContentDefinitionValidator.Validate(new ContentPartDefinition { Name = name }));

        Assert.Contains($"Part name '{name}'", error);
    }

    [Fact]
    public void A_technical_name_is_at_most_64_characters()
    {
        Assert.Empty(ContentDefinitionValidator.Validate(new ContentPartDefinition { Name = "M" + new string('x', 63) }));
        Assert.Single(ContentDefinitionValidator.Validate(new ContentPartDefinition { Name = "M" + new string('x', 64) }));
    }

    [Theory]
    [InlineData("population")]
    [InlineData("Pop.Count")]
    [InlineData("Pop_Count")]
    public void A_field_name_must_be_a_technical_name(string name)
    {
        var error = Assert.Single(ContentDefinitionValidator.Validate(Part(p => p.Field(name, FieldKinds.Text, "x", "x"))));

        Assert.Contains($"'Member.{name}'", error);
    }

    [Fact]
    public void An_unknown_field_kind_is_refused_naming_it()
    {
        var error = Assert.Single(ContentDefinitionValidator.Validate(Part(p => p.Field("Colour", "colour", "Colour", "Couleur"))));

        Assert.Contains("'Member.Colour'", error);
        Assert.Contains("'colour'", error);
    }

    [Fact]
    public void Field_kinds_are_case_sensitive()
    {
        Assert.Single(ContentDefinitionValidator.Validate(Part(p => p.Field("Summary", "Text", "Summary", "Résumé"))));
    }

    [Fact]
    public void A_field_defined_twice_is_refused()
    {
        var part = ValidPart();
        part.Fields.Add(new ContentFieldDefinition { Name = "Population", Kind = FieldKinds.Number });

        var error = Assert.Single(ContentDefinitionValidator.Validate(part));

        Assert.Contains("'Population' more than once", error);
    }

    [Fact]
    public void A_choice_field_without_choices_is_refused()
    {
        var withoutList = Part(p => p.Field("Status", FieldKinds.Choice, "Status", "Statut"));
        var withEmptyList = Part(p => p.Field("Status", FieldKinds.Choice, "Status", "Statut", f => f.Choices()));

        Assert.Contains("needs at least one choice", Assert.Single(ContentDefinitionValidator.Validate(withoutList)));
        Assert.Contains("needs at least one choice", Assert.Single(ContentDefinitionValidator.Validate(withEmptyList)));
    }

    [Theory]
    [InlineData("[a-z")]
    [InlineData("(unclosed")]
    [InlineData("*start")]
    public void An_invalid_pattern_is_refused(string pattern)
    {
        var error = Assert.Single(ContentDefinitionValidator.Validate(Part(p => p.Field("Code", FieldKinds.Text, "Code", "Code", f => f.Pattern(pattern)))));

        Assert.Contains("'Member.Code' has an invalid pattern", error);
    }

    [Fact]
    public void A_minimum_above_the_maximum_is_refused()
    {
        var error = Assert.Single(ContentDefinitionValidator.Validate(Part(p => p.Field("Population", FieldKinds.Number, "P", "P", f => f.Range(10, 5)))));

        Assert.Contains("'Member.Population' has a minimum above its maximum", error);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(null, 5)]
    [InlineData(5, null)]
    public void A_range_open_on_one_side_or_of_one_value_is_fine(int? min, int? max)
    {
        Assert.Empty(ContentDefinitionValidator.Validate(Part(p => p.Field("Population", FieldKinds.Number, "P", "P", f => f.Range(min, max)))));
    }

    // A text field with minLength 10 and maxLength 5 could never be saved.
    [Fact]
    public void A_minimum_length_above_the_maximum_length_is_refused()
    {
        var error = Assert.Single(ContentDefinitionValidator.Validate(Part(p => p.Field("Code", FieldKinds.Text, "Code", "Code", f => f.Length(10, 5)))));

        Assert.Contains("'Member.Code'", error);
        Assert.Contains("length", error);
    }

    [Fact]
    public void A_negative_length_is_refused()
    {
        Assert.Single(ContentDefinitionValidator.Validate(Part(p => p.Field("Code", FieldKinds.Text, "Code", "Code", f => f.Length(-1)))));
        Assert.Single(ContentDefinitionValidator.Validate(Part(p => p.Field("Code", FieldKinds.Text, "Code", "Code", f => f.Length(max: -1)))));
    }

    [Fact]
    public void Every_problem_of_a_part_is_reported_at_once()
    {
        var part = Part(p => p
            .Field("colour", "colour", "c", "c")
            .Field("Status", FieldKinds.Choice, "S", "S", f => f.Pattern("[")), name: "member");

        Assert.Equal(5, ContentDefinitionValidator.Validate(part).Count);
    }

    [Fact]
    public void A_type_made_of_defined_parts_has_no_errors()
    {
        var parts = new Dictionary<string, ContentPartDefinition> { ["Member"] = ValidPart() };
        var type = new ContentTypeDefinition { Name = "Member", Parts = [new ContentTypePartReference { Name = "Member" }] };

        Assert.Empty(ContentDefinitionValidator.Validate(type, parts));
    }

    [Fact]
    public void A_type_using_an_undefined_part_is_refused_naming_it()
    {
        var type = new ContentTypeDefinition { Name = "Member", Parts = [new ContentTypePartReference { Name = "Seo" }] };

        var error = Assert.Single(ContentDefinitionValidator.Validate(type, new Dictionary<string, ContentPartDefinition>()));

        Assert.Equal("Type 'Member' uses the part 'Seo', which is not defined.", error);
    }

    [Theory]
    [InlineData("member")]
    [InlineData("Member Type")]
    [InlineData("")]
    public void A_type_name_must_be_a_technical_name(string name)
    {
        var error = Assert.Single(ContentDefinitionValidator.Validate(new ContentTypeDefinition { Name = name }, new Dictionary<string, ContentPartDefinition>()));

        Assert.Contains($"Type name '{name}'", error);
    }

    [Fact]
    public void Invalid_definitions_fail_loudly_with_every_error()
    {
        var exception = new InvalidContentDefinitionException(["First problem.", "Second problem."]);

        Assert.Equal("First problem. Second problem.", exception.Message);
        Assert.Equal(2, exception.Errors.Count);
    }
}
