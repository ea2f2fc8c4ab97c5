namespace AllianceCms.Admin.Content.Editors;

/// <summary>
/// The editors by field kind. A field kind without an editor (say, one a module adds) fails as soon as the
/// admin needs the registry, with the kinds to write editors for, rather than on one form.
/// </summary>
public sealed class FieldEditorRegistry
{
    private readonly Dictionary<string, FieldEditor> _editors;

    public FieldEditorRegistry(IEnumerable<FieldEditor> editors, AllianceCms.Core.Fields.FieldKindRegistry kinds)
    {
        _editors = editors.ToDictionary(e => e.Kind, StringComparer.Ordinal);
        var missing = kinds.Names.Where(k => !_editors.ContainsKey(k)).Order().ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"The admin has no editor for the field kind(s) {string.Join(", ", missing)}: register a FieldEditor for each.");
    }

    public FieldEditor Get(string kind) =>
        _editors.TryGetValue(kind, out var editor) ? editor : throw new InvalidOperationException($"No editor for the field kind '{kind}'.");

    public static IReadOnlyList<FieldEditor> BuiltIn { get; } =
    [
        new TextEditor(), new RichTextEditor(), new MarkdownEditor(), new NumberEditor(), new BooleanEditor(),
        new DateEditor(), new DateTimeEditor(), new UrlEditor(), new EmailEditor(), new PhoneEditor(),
        new ChoiceEditor(), new ContentReferenceEditor(), new MediaEditor(), new GeoPointEditor(), new TagsEditor(), new UserEditor(),
    ];
}
