namespace AllianceCms.Core.Fields;

/// <summary>The field kinds by name; modules may register more kinds as <see cref="IFieldKind"/> services.</summary>
public sealed class FieldKindRegistry(IEnumerable<IFieldKind> kinds)
{
    private readonly Dictionary<string, IFieldKind> _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public IFieldKind Get(string name) =>
        _kinds.TryGetValue(name, out var kind) ? kind : throw new InvalidOperationException($"Unknown field kind '{name}'.");

    public IReadOnlyCollection<string> Names => _kinds.Keys;

    /// <summary>Every kind the core ships, for registration and for tests.</summary>
    public static IReadOnlyList<IFieldKind> BuiltIn { get; } =
    [
        new TextFieldKind(), new RichTextFieldKind(), new MarkdownFieldKind(), new NumberFieldKind(),
        new BooleanFieldKind(), new DateFieldKind(), new DateTimeFieldKind(), new UrlFieldKind(),
        new EmailFieldKind(), new PhoneFieldKind(), new ChoiceFieldKind(), new ContentReferenceFieldKind(),
        new MediaFieldKind(), new GeoPointFieldKind(), new TagsFieldKind(), new UserFieldKind(),
    ];
}
