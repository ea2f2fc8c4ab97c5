using AllianceCms.Admin.Localization;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Admin.Content.Versions;

/// <summary>One field of two versions: both values as text, and the word diff from the old to the current one.</summary>
public sealed record FieldComparison(string Label, string Before, string After, IReadOnlyList<DiffSegment> Diff, string? Lang)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

/// <summary>
/// Compares two versions of one item field by field, in the words editors see in the form: option
/// labels rather than ids, rich text as its plain text.
/// </summary>
public sealed class VersionComparer(ContentFormBinder binder, ContentFieldOptions options, AdminText text)
{
    public async Task<IReadOnlyList<FieldComparison>> CompareAsync(ContentTypeModel type, ContentItem old, ContentItem current, CancellationToken ct)
    {
        var before = binder.FromItem(type, old, isNew: false);
        var after = binder.FromItem(type, current, isNew: false);
        // Options are loaded for both, so that an item referenced only by the old version still shows its title.
        await options.LoadAsync(before, binder.Editors, ct);
        await options.LoadAsync(after, binder.Editors, ct);
        var lang = type.Settings.Localizable ? current.Culture : null;

        var rows = new List<FieldComparison>
        {
            Row(before.TitleLabel(text["Title"]), old.DisplayText, current.DisplayText, lang),
        };
        if (type.Settings.Routable) rows.Add(Row(text["Slug"], old.Slug ?? "", current.Slug ?? "", null));
        var oldParts = before.Parts(binder.Editors);
        foreach (var part in after.Parts(binder.Editors))
        {
            foreach (var field in part.Fields)
            {
                var previous = oldParts.SelectMany(p => p.Fields).First(f => f.Name == field.Name);
                rows.Add(Row(field.Label, Describe(previous), Describe(field), field.Lang));
            }
        }
        return rows;
    }

    private static string Describe(FieldView field)
    {
        var described = field.Editor.Describe(field.Input, field.Options);
        return field.Field.Kind == FieldKinds.RichText ? TextDiff.PlainText(described) : described;
    }

    private static FieldComparison Row(string label, string before, string after, string? lang) =>
        new(label, before, after, TextDiff.Words(before, after), lang);
}
