using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Routing;
using Microsoft.Extensions.Options;

namespace AllianceCms.Core.Validation;

/// <summary>
/// Checks an item against its type and normalizes its values in place (trimmed text, sanitized
/// HTML, canonical dates), so that what is stored is always valid. Messages use the current UI culture.
/// </summary>
public sealed class ContentValidator(FieldKindRegistry kinds, IContentReferenceLookup references, IOptions<CultureOptions> cultures)
{
    public const int MaxDisplayTextLength = 400;

    public async Task<IReadOnlyList<ContentError>> ValidateAsync(ContentItem item, ContentTypeModel type, CancellationToken ct = default)
    {
        var errors = new List<ContentError>();
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        CheckItem(item, type, errors, culture);
        CheckUnknownFields(item, type, errors);
        var referenced = new List<(string Path, ContentFieldDefinition Field, IReadOnlyList<string> Ids, string Label)>();

        foreach (var (part, field) in type.Fields)
        {
            var path = $"{part.Name}.{field.Name}";
            var context = new FieldValueContext(path, field, culture, errors);
            var value = item.Get(part.Name, field.Name);
            var normalized = value is null ? null : kinds.Get(field.Kind).Normalize(value, context);
            var failed = errors.Count > 0 && errors[^1].Path == path;
            if (!failed) item.Set(part.Name, field.Name, normalized);
            if (normalized is null && !failed && field.Settings.Required)
                context.Error("Required");
            if (field.Kind == FieldKinds.ContentReference && normalized is not null)
                referenced.Add((path, field, IdListFieldKind.Ids(normalized), context.Label));
        }

        if (referenced.Count > 0) await CheckReferencesAsync(referenced, errors, ct);
        return errors;
    }

    private void CheckItem(ContentItem item, ContentTypeModel type, List<ContentError> errors, string culture)
    {
        item.DisplayText = item.DisplayText?.Trim() ?? "";
        var titleLabel = type.Settings.TitleLabel?.For(culture) is { Length: > 0 } label ? label : Messages.Get("Title");
        if (item.DisplayText.Length == 0)
            errors.Add(new ContentError("DisplayText", "Required", Messages.Format("Required", titleLabel)));
        else if (item.DisplayText.Length > MaxDisplayTextLength)
            errors.Add(new ContentError("DisplayText", "TooLong", Messages.Format("TooLong", titleLabel, MaxDisplayTextLength)));

        if (!cultures.Value.IsSupported(item.Culture))
            errors.Add(new ContentError("Culture", "UnsupportedCulture", Messages.Format("UnsupportedCulture", item.Culture)));

        if (type.Settings.Routable)
        {
            item.Slug = string.IsNullOrWhiteSpace(item.Slug) ? null : item.Slug.Trim();
            if (item.Slug is not null && !SlugGenerator.IsValid(item.Slug))
                errors.Add(new ContentError("Slug", "SlugInvalid", Messages.Get("SlugInvalid")));
        }
        else
        {
            item.Slug = null;
        }
    }

    /// <summary>Values for fields the type does not have are refused, except those of removed fields, kept until purged.</summary>
    private static void CheckUnknownFields(ContentItem item, ContentTypeModel type, List<ContentError> errors)
    {
        foreach (var (partName, partNode) in item.Content)
        {
            var part = type.Parts.FirstOrDefault(p => p.Name == partName);
            if (part is null || partNode is not JsonObject fields)
            {
                errors.Add(new ContentError(partName, "UnknownField", Messages.Format("UnknownField", partName)));
                continue;
            }
            foreach (var (fieldName, _) in fields)
            {
                if (part.Field(fieldName) is null && !part.RemovedFields.Contains(fieldName))
                    errors.Add(new ContentError($"{partName}.{fieldName}", "UnknownField", Messages.Format("UnknownField", fieldName)));
            }
        }
    }

    private async Task CheckReferencesAsync(
        List<(string Path, ContentFieldDefinition Field, IReadOnlyList<string> Ids, string Label)> referenced,
        List<ContentError> errors, CancellationToken ct)
    {
        var found = await references.FindAsync(referenced.SelectMany(r => r.Ids).Distinct().ToList(), ct);
        foreach (var (path, field, ids, label) in referenced)
        {
            var allowed = field.Settings.AllowedTypes;
            if (ids.Any(id => !found.ContainsKey(id)))
                errors.Add(new ContentError(path, "ReferenceNotFound", Messages.Format("ReferenceNotFound", label)));
            else if (allowed is { Count: > 0 } && ids.Any(id => !allowed.Contains(found[id].ContentType)))
                errors.Add(new ContentError(path, "ReferenceWrongType", Messages.Format("ReferenceWrongType", label)));
        }
    }
}
