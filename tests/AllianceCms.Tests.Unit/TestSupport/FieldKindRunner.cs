using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Tests.Unit.TestSupport;

/// <summary>What a field kind made of one value: the value to store and the errors it reported.</summary>
internal sealed record Normalized(JsonNode? Value, IReadOnlyList<ContentError> Errors)
{
    public bool Accepted => Errors.Count == 0;

    /// <summary>The code of the single error reported; fails the test when there is not exactly one.</summary>
    public string ErrorCode => Assert.Single(Errors).Code;

    public string? Text => Value?.GetValue<string>();

    public string Json => Value?.ToJsonString() ?? "null";
}

/// <summary>Runs one field kind on one value the way the content validator does.</summary>
internal static class FieldKindRunner
{
    public const string FieldPath = "Member.Sample";

    public static Normalized Normalize(IFieldKind kind, JsonNode value, Action<FieldBuilder>? configure = null, string culture = "en")
    {
        var field = new ContentFieldDefinition { Name = "Sample", Kind = kind.Name, Label = new LocalizedText("Sample", "Échantillon") };
        configure?.Invoke(new FieldBuilder(field.Settings));
        var errors = new List<ContentError>();
        var stored = kind.Normalize(value, new FieldValueContext(FieldPath, field, culture, errors));
        return new Normalized(stored, errors);
    }

    /// <summary>A value as it arrives in a JSON body, e.g. <c>Json("\"2014-05-22\"")</c> or <c>Json("42")</c>.</summary>
    public static JsonNode Json(string json) => JsonNode.Parse(json)!;

    /// <summary>A string value as a form or API sends it.</summary>
    public static JsonNode Str(string text) => JsonValue.Create(text);
}
