using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Admin.Content.Editors;

/// <summary>A number input with the field's range; the browser sends invariant notation ("1.5").</summary>
public sealed class NumberEditor : FieldEditor
{
    public override string Kind => FieldKinds.Number;

    public override string InputType => "number";
}

/// <summary>
/// A checkbox. Unticked means "no", except on a required field, where it means "no answer yet"
/// so that the core asks for it (a consent must be given, not merely recorded as refused).
/// </summary>
public sealed class BooleanEditor : FieldEditor
{
    public override string Kind => FieldKinds.Boolean;

    public override EditorTemplate Template(ContentFieldDefinition field) => EditorTemplate.Checkbox;

    public override FieldInput FromValue(JsonNode? value, ContentFieldDefinition field) =>
        value?.GetValueKind() == JsonValueKind.True ? FieldInput.Of("true") : FieldInput.Empty;

    public override JsonNode? ToValue(FieldInput input, ContentFieldDefinition field) =>
        input.Contains("true") ? JsonValue.Create(true) : field.Settings.Required ? null : JsonValue.Create(false);

    public override string Describe(FieldInput input, IReadOnlyList<FieldOption> options) =>
        input.Contains("true") ? "✓" : "–";
}

/// <summary>A native date input; its value is "YYYY-MM-DD" as the core stores it.</summary>
public sealed class DateEditor : FieldEditor
{
    public override string Kind => FieldKinds.Date;

    public override string InputType => "date";
}

/// <summary>A native datetime-local input read and shown in UTC, which the label says.</summary>
public sealed class DateTimeEditor : FieldEditor
{
    public override string Kind => FieldKinds.DateTime;

    public override string InputType => "datetime-local";

    public override string? FormatHintKey(ContentFieldDefinition field) => "HintUtc";

    public override FieldInput FromValue(JsonNode? value, ContentFieldDefinition field)
    {
        var text = Scalar(value);
        if (text.Length == 0) return FieldInput.Empty;
        if (DateTimeFieldKind.Parse(text) is not { } utc) return FieldInput.Of(text);
        var format = utc.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss";
        return FieldInput.Of(utc.ToString(format, CultureInfo.InvariantCulture));
    }
}
