using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Admin.Content.Editors;

/// <summary>How a form renders one field (which partial, which input type and attributes).</summary>
public enum EditorTemplate
{
    /// <summary>One &lt;input&gt; of <see cref="FieldEditor.InputType"/>.</summary>
    Input,
    TextArea,
    Checkbox,
    /// <summary>A &lt;select&gt; (with "multiple" when the field takes several values).</summary>
    Select,
    Checkboxes,
    GeoPoint,
}

/// <summary>
/// The editor of one field kind: how a stored value becomes form inputs, how posted inputs become the
/// value handed to the content manager (which checks and normalizes it), and how it is rendered.
/// One small class per kind, registered in <see cref="FieldEditorRegistry"/>.
/// </summary>
public abstract class FieldEditor
{
    public abstract string Kind { get; }

    public virtual EditorTemplate Template(ContentFieldDefinition field) => EditorTemplate.Input;

    /// <summary>The type attribute of an &lt;input&gt; template.</summary>
    public virtual string InputType => "text";

    /// <summary>The named sub-inputs besides the field's own ("lat"/"lng" for a point).</summary>
    public virtual IReadOnlyList<string> SubInputs => [""];

    /// <summary>Whether the form needs a list of options for the field (choices, items, users).</summary>
    public virtual bool HasOptions => false;

    /// <summary>A hint shown under the label for every field of the kind (a resource key), e.g. the expected format.</summary>
    public virtual string? FormatHintKey(ContentFieldDefinition field) => null;

    public virtual FieldInput FromValue(JsonNode? value, ContentFieldDefinition field) => value switch
    {
        null => FieldInput.Empty,
        JsonArray array => FieldInput.Of(array.Select(Scalar).Where(s => s.Length > 0)),
        _ => FieldInput.Of(Scalar(value)),
    };

    /// <summary>The value to save; null removes the field's value. The content manager validates it.</summary>
    public virtual JsonNode? ToValue(FieldInput input, ContentFieldDefinition field) =>
        input.Text.Trim() is { Length: > 0 } ? JsonValue.Create(input.Text) : null;

    /// <summary>The value as a short text, to compare two versions side by side.</summary>
    public virtual string Describe(FieldInput input, IReadOnlyList<FieldOption> options) => string.Join(", ", input.Values);

    /// <summary>A JSON scalar as the text an input shows: numbers in invariant notation, whatever the UI language.</summary>
    protected static string Scalar(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    protected static string Label(IReadOnlyList<FieldOption> options, string value) =>
        options.FirstOrDefault(o => o.Value == value)?.Label ?? value;

    protected static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
}
