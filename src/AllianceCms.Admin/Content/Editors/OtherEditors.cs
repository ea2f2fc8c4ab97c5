using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Admin.Content.Editors;

/// <summary>Media as paths in the library, typed for now (the media picker comes with the library); several separated by commas.</summary>
public sealed class MediaEditor : FieldEditor
{
    public override string Kind => FieldKinds.Media;

    public override string? FormatHintKey(ContentFieldDefinition field) => field.Settings.Multiple ? "HintMediaPaths" : "HintMediaPath";

    public override FieldInput FromValue(JsonNode? value, ContentFieldDefinition field) =>
        FieldInput.Of(string.Join(", ", base.FromValue(value, field).Values));

    public override JsonNode? ToValue(FieldInput input, ContentFieldDefinition field)
    {
        var paths = input.Text.Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return paths.Length == 0 ? null : new JsonArray([.. paths.Select(p => (JsonNode)JsonValue.Create(p))]);
    }

    public override string Describe(FieldInput input, IReadOnlyList<FieldOption> options) => input.Text.Trim();
}

/// <summary>Free words typed as a comma-separated list; the core splits them.</summary>
public sealed class TagsEditor : FieldEditor
{
    public override string Kind => FieldKinds.Tags;

    public override string? FormatHintKey(ContentFieldDefinition field) => "HintTags";

    public override FieldInput FromValue(JsonNode? value, ContentFieldDefinition field) =>
        FieldInput.Of(string.Join(", ", base.FromValue(value, field).Values));

    public override string Describe(FieldInput input, IReadOnlyList<FieldOption> options) => input.Text.Trim();
}

/// <summary>A point as latitude and longitude inputs, which a map picker (admin-geo-picker.js) fills on a click.</summary>
public sealed class GeoPointEditor : FieldEditor
{
    public override string Kind => FieldKinds.GeoPoint;

    public override EditorTemplate Template(ContentFieldDefinition field) => EditorTemplate.GeoPoint;

    public override IReadOnlyList<string> SubInputs => ["lat", "lng"];

    public override FieldInput FromValue(JsonNode? value, ContentFieldDefinition field) =>
        value is JsonObject point ? FieldInput.Of(("lat", Scalar(point["lat"])), ("lng", Scalar(point["lng"]))) : FieldInput.Empty;

    public override JsonNode? ToValue(FieldInput input, ContentFieldDefinition field)
    {
        var lat = input["lat"].FirstOrDefault()?.Trim() ?? "";
        var lng = input["lng"].FirstOrDefault()?.Trim() ?? "";
        return lat.Length == 0 && lng.Length == 0 ? null : new JsonObject { ["lat"] = lat, ["lng"] = lng };
    }

    public override string Describe(FieldInput input, IReadOnlyList<FieldOption> options) =>
        string.Join(", ", new[] { input["lat"].FirstOrDefault(), input["lng"].FirstOrDefault() }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
