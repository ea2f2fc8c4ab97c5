using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Recipes;
using AllianceCms.Tests.Unit.TestSupport;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

public sealed class FieldKindRegistryTests
{
    private static readonly string[] DeclaredKinds =
        typeof(FieldKinds).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_declared_field_kind_has_a_built_in_implementation_and_no_other()
    {
        var builtIn = FieldKindRegistry.BuiltIn.Select(k => k.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(DeclaredKinds, builtIn);
    }

    [Fact]
    public void The_registry_finds_each_kind_by_name()
    {
        var registry = new FieldKindRegistry(FieldKindRegistry.BuiltIn);

        foreach (var name in DeclaredKinds) Assert.Equal(name, registry.Get(name).Name);
        Assert.Equal(DeclaredKinds.Length, registry.Names.Count);
    }

    [Fact]
    public void Asking_for_an_unknown_kind_fails_loudly_naming_it()
    {
        var registry = new FieldKindRegistry(FieldKindRegistry.BuiltIn);

        var error = Assert.Throws<InvalidOperationException>(() => registry.Get("colour"));

        Assert.Contains("'colour'", error.Message);
    }

    [Fact]
    public void Kind_names_are_case_sensitive()
    {
        var registry = new FieldKindRegistry(FieldKindRegistry.BuiltIn);

        Assert.Throws<InvalidOperationException>(() => registry.Get("Text"));
    }

    public static TheoryData<string> KindsWhereAnEmptyStringMeansNoValue => new()
    {
        FieldKinds.Text, FieldKinds.RichText, FieldKinds.Markdown, FieldKinds.Number, FieldKinds.Date, FieldKinds.DateTime,
        FieldKinds.Url, FieldKinds.Email, FieldKinds.Phone, FieldKinds.Choice, FieldKinds.ContentReference,
        FieldKinds.Media, FieldKinds.Tags, FieldKinds.User,
    };

    [Theory]
    [MemberData(nameof(KindsWhereAnEmptyStringMeansNoValue))]
    public void An_empty_form_input_means_no_value(string kindName)
    {
        var kind = new FieldKindRegistry(FieldKindRegistry.BuiltIn).Get(kindName);

        var result = Normalize(kind, Str(""));

        Assert.True(result.Accepted);
        Assert.Null(result.Value);
    }

    [Fact]
    public void An_error_message_names_the_field_by_its_label_in_the_users_language()
    {
        var field = new ContentFieldDefinition { Name = "Population", Kind = FieldKinds.Number, Label = new LocalizedText("Population", "Nombre d'habitants") };
        var errors = new List<ContentError>();
        using (new UiCulture(CultureInfo.GetCultureInfo("fr")))
            new NumberFieldKind().Normalize(Str("many"), new FieldValueContext("Member.Population", field, "fr", errors));

        var error = Assert.Single(errors);
        Assert.Equal(new ContentError("Member.Population", "NotANumber", Expected.French("NotANumber", "Nombre d'habitants")), error);
        Assert.Contains("nombre", error.Message);
        Assert.NotEqual(Expected.English("NotANumber", "Nombre d'habitants"), error.Message);
    }

    [Fact]
    public void A_field_without_a_label_is_named_by_its_technical_name()
    {
        var field = new ContentFieldDefinition { Name = "Population", Kind = FieldKinds.Number };
        var errors = new List<ContentError>();

        var context = new FieldValueContext("Member.Population", field, "en", errors);

        Assert.Equal("Population", context.Label);
        Assert.Null(context.Error("NotANumber"));
        Assert.StartsWith("Population ", Assert.Single(errors).Message);
    }

    [Fact]
    public void A_kind_without_index_values_indexes_nothing()
    {
        IFieldKind kind = new MarkdownFieldKind();

        Assert.Empty(kind.IndexValues(JsonValue.Create("text")));
    }
}
