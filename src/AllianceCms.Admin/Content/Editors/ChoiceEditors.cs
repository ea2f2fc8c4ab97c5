using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Admin.Content.Editors;

/// <summary>A select for one choice, checkboxes for several; labels in the admin's language.</summary>
public sealed class ChoiceEditor : FieldEditor
{
    public override string Kind => FieldKinds.Choice;

    public override EditorTemplate Template(ContentFieldDefinition field) =>
        field.Settings.Multiple ? EditorTemplate.Checkboxes : EditorTemplate.Select;

    public override bool HasOptions => true;

    public override JsonNode? ToValue(FieldInput input, ContentFieldDefinition field) =>
        input.Values is { Count: > 0 } values
            ? field.Settings.Multiple ? new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]) : JsonValue.Create(values[0])
            : null;

    public override string Describe(FieldInput input, IReadOnlyList<FieldOption> options) =>
        string.Join(", ", input.Values.Select(v => Label(options, v)));
}

/// <summary>
/// Fields whose value is a list of ids chosen from a list (content items, users): a select, with
/// "multiple" when the field takes several. Always saved as an array, as the core stores it.
/// </summary>
public abstract class IdSelectEditor : FieldEditor
{
    public override EditorTemplate Template(ContentFieldDefinition field) => EditorTemplate.Select;

    public override bool HasOptions => true;

    public override JsonNode? ToValue(FieldInput input, ContentFieldDefinition field) =>
        input.Values is { Count: > 0 } ids ? new JsonArray([.. ids.Select(v => (JsonNode)JsonValue.Create(v))]) : null;

    public override string Describe(FieldInput input, IReadOnlyList<FieldOption> options) =>
        string.Join(", ", input.Values.Select(v => Label(options, v)));
}

/// <summary>Items of the allowed types (a searchable picker comes later).</summary>
public sealed class ContentReferenceEditor : IdSelectEditor
{
    public override string Kind => FieldKinds.ContentReference;
}

public sealed class UserEditor : IdSelectEditor
{
    public override string Kind => FieldKinds.User;
}
