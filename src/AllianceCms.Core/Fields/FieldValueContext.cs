using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Validation;

namespace AllianceCms.Core.Fields;

/// <summary>What a field kind needs to check one value and report errors in the user's language.</summary>
public sealed class FieldValueContext(string path, ContentFieldDefinition field, string culture, ICollection<ContentError> errors)
{
    public string Path { get; } = path;
    public ContentFieldDefinition Field { get; } = field;
    public FieldSettings Settings => Field.Settings;
    public string Label { get; } = field.Label.For(culture) is { Length: > 0 } label ? label : field.Name;

    /// <summary>Adds an error (and returns null, the "no value" result) whose message is the resource <paramref name="code"/> formatted with the label first.</summary>
    public System.Text.Json.Nodes.JsonNode? Error(string code, params object?[] args)
    {
        errors.Add(new ContentError(Path, code, Messages.Format(code, [Label, .. args])));
        return null;
    }
}
