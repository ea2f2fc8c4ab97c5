using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AllianceCms.Core.Fields;

/// <summary>
/// The shape shared by fields whose value is a list of ids (references, media, users): always
/// stored as an array, one element at most unless the field takes several.
/// </summary>
public abstract partial class IdListFieldKind(string name, string errorCode) : IFieldKind
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.@/\-]{0,255}$")]
    private static partial Regex IdPattern();

    public string Name { get; } = name;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsStrings(value) is not { } ids || ids.Any(id => !IdPattern().IsMatch(id) || id.Contains(".."))) return context.Error(errorCode);
        ids = ids.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 1 && !context.Settings.Multiple) return context.Error("SingleValueExpected");
        return ids.Count == 0 ? null : JsonValues.ToArray(ids);
    }

    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        JsonValues.AsStrings(value)?.Select(IndexValue.OfText) ?? [];

    /// <summary>The ids held by a stored value.</summary>
    public static IReadOnlyList<string> Ids(JsonNode? value) =>
        value is null ? [] : JsonValues.AsStrings(value) ?? [];
}

/// <summary>Content items of named types; the content validator checks they exist and are of an allowed type.</summary>
public sealed class ContentReferenceFieldKind() : IdListFieldKind(Metadata.FieldKinds.ContentReference, "ReferenceNotFound");

/// <summary>Paths of files in the media library ("flags/fr.svg").</summary>
public sealed class MediaFieldKind() : IdListFieldKind(Metadata.FieldKinds.Media, "InvalidMedia");

/// <summary>User ids, for instance the desk editors of a country.</summary>
public sealed class UserFieldKind() : IdListFieldKind(Metadata.FieldKinds.User, "InvalidUser");
