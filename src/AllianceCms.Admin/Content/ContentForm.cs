using System.Globalization;
using AllianceCms.Admin.Content.Editors;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Admin.Content;

/// <summary>The names of the editor form's own inputs; fields are named "Part.Field" like their error paths.</summary>
public static class ContentFormNames
{
    public const string DisplayText = "DisplayText";
    public const string Slug = "Slug";
    public const string Culture = "Culture";

    /// <summary>The version the editor started from: a save on top of a newer one is a conflict.</summary>
    public const string BaseVersionId = "BaseVersionId";

    /// <summary>Sent only by the conflict panel's button: save on top of this newer version, knowingly.</summary>
    public const string OverwriteVersionId = "OverwriteVersionId";

    /// <summary>Prefix of the conflict panel's per-field choice ("Merge.Part.Field" = "theirs" takes the other editor's value).</summary>
    public const string MergePrefix = "Merge.";
    public const string TakeTheirs = "theirs";
}

/// <summary>
/// What the editor of one item shows: the values (as typed, so that nothing is lost when a save is
/// refused), the errors next to their fields, the options of selects and, after a conflict, the other version.
/// </summary>
public sealed class ContentForm(ContentTypeModel type, ContentItem? stored, string culture)
{
    public ContentTypeModel Type { get; } = type;

    /// <summary>The latest stored version the form edits; null for a new item.</summary>
    public ContentItem? Stored { get; } = stored;

    public bool IsNew => Stored is null;
    public string Culture { get; set; } = culture;
    public string DisplayText { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? BaseVersionId { get; set; }
    public bool ReadOnly { get; set; }

    public Dictionary<string, FieldInput> Inputs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, IReadOnlyList<FieldOption>> Options { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<ContentError> Errors { get; set; } = [];
    public ContentConflict? Conflict { get; set; }

    /// <summary>The variant being translated from, shown read-only next to each localized field.</summary>
    public ContentForm? Source { get; set; }

    public FieldInput InputFor(string path) => Inputs.GetValueOrDefault(path) ?? FieldInput.Empty;

    public IReadOnlyList<FieldOption> OptionsFor(string path) => Options.GetValueOrDefault(path) ?? [];

    public IReadOnlyList<string> ErrorsFor(string path) =>
        Errors.Where(e => string.Equals(e.Path, path, StringComparison.Ordinal)).Select(e => e.Message).Distinct().ToList();

    /// <summary>The label of the title input: the type's own ("Name", "Term") or the given default.</summary>
    public string TitleLabel(string fallback) =>
        Type.Settings.TitleLabel?.For(UiCulture) is { Length: > 0 } label ? label : fallback;

    /// <summary>The parts with their fields, in order, ready to render.</summary>
    public IReadOnlyList<PartView> Parts(FieldEditorRegistry editors) =>
        Type.Parts.Where(p => p.Fields.Count > 0).Select(part => new PartView(
            part,
            part.Label.For(UiCulture) is { Length: > 0 } label ? label : part.Name,
            part.Fields.OrderBy(f => f.Position).Select(field => FieldView(part, field, editors.Get(field.Kind))).ToList()))
            .ToList();

    private FieldView FieldView(ContentPartDefinition part, ContentFieldDefinition field, FieldEditor editor)
    {
        var path = $"{part.Name}.{field.Name}";
        return new FieldView(part, field, editor, InputFor(path), ErrorsFor(path), OptionsFor(path),
            field.Label.For(UiCulture) is { Length: > 0 } label ? label : field.Name,
            field.Settings.Hint?.For(UiCulture) is { Length: > 0 } hint ? hint : null,
            ReadOnly,
            // A localized value is written in the item's language; tell assistive technology so.
            field.Settings.Localized && Type.Settings.Localizable ? Culture : null,
            // Shared fields hold one value for every culture: shown once, with no source next to them.
            Source is { } source && field.Settings.Localized ? SourceText(editor, field, source.InputFor(path), OptionsFor(path)) : null,
            Source?.Culture);
    }

    private static string SourceText(FieldEditor editor, ContentFieldDefinition field, FieldInput input, IReadOnlyList<FieldOption> options)
    {
        var text = editor.Describe(input, options);
        return field.Kind == FieldKinds.RichText ? Versions.TextDiff.PlainText(text) : text;
    }

    private static string UiCulture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

public sealed record PartView(ContentPartDefinition Part, string Label, IReadOnlyList<FieldView> Fields);

/// <summary>One field as the form renders it: ids and names derive from "Part.Field".</summary>
public sealed record FieldView(
    ContentPartDefinition Part, ContentFieldDefinition Field, FieldEditor Editor, FieldInput Input,
    IReadOnlyList<string> Errors, IReadOnlyList<FieldOption> Options, string Label, string? Hint, bool ReadOnly, string? Lang,
    string? SourceText = null, string? SourceLang = null)
{
    public string SourceId => Id + "-source";

    public string Name => $"{Part.Name}.{Field.Name}";
    public string Id => $"f-{Part.Name}-{Field.Name}";
    public string NameOf(string sub) => sub.Length == 0 ? Name : $"{Name}.{sub}";
    public string IdOf(string sub) => sub.Length == 0 ? Id : $"{Id}-{sub}";
    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";
    public bool HasErrors => Errors.Count > 0;
    public FieldSettings Settings => Field.Settings;
    public EditorTemplate Template => Editor.Template(Field);

    /// <summary>The ids that describe the input: its hint, its format and its error, for aria-describedby.</summary>
    public string? DescribedBy(bool hasFormatHint)
    {
        var ids = new List<string>();
        if (Hint is not null || hasFormatHint) ids.Add(HintId);
        if (HasErrors) ids.Add(ErrorId);
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}

/// <summary>Someone saved the item after the editor loaded it: their version, and what differs from what the editor typed.</summary>
public sealed record ContentConflict(ContentItem Current, string SavedBy, IReadOnlyList<ConflictDifference> Differences);

/// <summary>
/// One field that differs; <see cref="Path"/> names the field (or "DisplayText", "Slug") for the per-field merge choice.
/// <see cref="TheirsByDefault"/>: only the other editor changed it (this editor's value is still the one they started
/// from), so the merge takes their value unless this editor chooses otherwise.
/// </summary>
public sealed record ConflictDifference(string Label, string Theirs, string Yours, string Path = "", bool TheirsByDefault = false)
{
    /// <summary>The name of the choice posted with the form: "mine" or "theirs" (preselected by <see cref="TheirsByDefault"/>).</summary>
    public string MergeName => ContentFormNames.MergePrefix + Path;
}
