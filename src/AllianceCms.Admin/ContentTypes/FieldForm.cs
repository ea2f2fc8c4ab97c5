using System.Globalization;
using System.Text.RegularExpressions;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Admin.ContentTypes;

/// <summary>
/// A field's name, kind, labels and settings as the field pages show and post them. Only the settings
/// that concern the field's kind are kept; the form of a new field shows them all, grouped by kind.
/// </summary>
public sealed class FieldForm
{
    public const int MaxHint = 500;
    public const int MaxChoice = 100;
    public const int BlankChoiceRows = 3;

    public static readonly string[] Flags = ["required", "shared", "indexed", "private", "multiline", "multiple", "decimal"];

    public sealed record Choice(string Value, string En, string Fr);

    public string Name { get; set; } = "";
    public string Kind { get; set; } = FieldKinds.Text;
    public string LabelEn { get; set; } = "";
    public string LabelFr { get; set; } = "";
    public string HintEn { get; set; } = "";
    public string HintFr { get; set; } = "";
    public string MinLength { get; set; } = "";
    public string MaxLength { get; set; } = "";
    public string Min { get; set; } = "";
    public string Max { get; set; } = "";
    public string Pattern { get; set; } = "";
    public HashSet<string> Checked { get; } = new(StringComparer.Ordinal);
    public List<string> AllowedTypes { get; } = [];
    public List<Choice> Choices { get; } = [];

    public bool Is(string flag) => Checked.Contains(flag);

    public string LabelFor(string culture) => new LocalizedText(LabelEn, LabelFr).For(culture) is { Length: > 0 } label ? label : Name;

    // Which settings a kind reads (see FieldSettings).
    public static bool HasLengthSettings(string kind) => kind is FieldKinds.Text or FieldKinds.Url or FieldKinds.Email or FieldKinds.Phone;
    public static bool HasMultiline(string kind) => kind == FieldKinds.Text;
    public static bool HasRange(string kind) => kind == FieldKinds.Number;
    public static bool HasMultiple(string kind) => kind is FieldKinds.Choice or FieldKinds.ContentReference or FieldKinds.Media or FieldKinds.User;
    public static bool HasChoices(string kind) => kind == FieldKinds.Choice;
    public static bool HasAllowedTypes(string kind) => kind == FieldKinds.ContentReference;

    public static FieldForm From(ContentFieldDefinition field)
    {
        var s = field.Settings;
        var form = new FieldForm
        {
            Name = field.Name,
            Kind = field.Kind,
            LabelEn = field.Label.GetValueOrDefault("en") ?? "",
            LabelFr = field.Label.GetValueOrDefault("fr") ?? "",
            HintEn = s.Hint?.GetValueOrDefault("en") ?? "",
            HintFr = s.Hint?.GetValueOrDefault("fr") ?? "",
            MinLength = Invariant(s.MinLength),
            MaxLength = Invariant(s.MaxLength),
            Min = Invariant(s.Min),
            Max = Invariant(s.Max),
            Pattern = s.Pattern ?? "",
        };
        foreach (var (flag, on) in new[] { ("required", s.Required), ("shared", !s.Localized), ("indexed", s.Indexed), ("private", s.Private), ("multiline", s.Multiline), ("multiple", s.Multiple), ("decimal", s.Decimal) })
            if (on) form.Checked.Add(flag);
        form.AllowedTypes.AddRange(s.AllowedTypes ?? []);
        form.Choices.AddRange((s.Choices ?? []).Select(c => new Choice(c.Value, c.Label.GetValueOrDefault("en") ?? "", c.Label.GetValueOrDefault("fr") ?? "")));
        return form;
    }

    /// <summary>What was posted; a new field's name and kind come from the form, an existing field's from its definition.</summary>
    public static FieldForm From(IFormCollection posted, ContentFieldDefinition? existing)
    {
        var form = new FieldForm
        {
            Name = existing?.Name ?? posted["name"].ToString().Trim(),
            Kind = existing?.Kind ?? posted["kind"].ToString().Trim(),
            LabelEn = Text(posted, "label-en"),
            LabelFr = Text(posted, "label-fr"),
            HintEn = Text(posted, "hint-en"),
            HintFr = Text(posted, "hint-fr"),
            MinLength = Text(posted, "min-length"),
            MaxLength = Text(posted, "max-length"),
            Min = Text(posted, "min"),
            Max = Text(posted, "max"),
            Pattern = posted["pattern"].ToString(),
        };
        foreach (var flag in Flags)
            if (posted[flag].Contains("true")) form.Checked.Add(flag);
        form.AllowedTypes.AddRange(posted["allowed-types"].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!));
        var values = posted["choice-value"];
        var en = posted["choice-en"];
        var fr = posted["choice-fr"];
        for (var i = 0; i < values.Count; i++)
        {
            var choice = new Choice(values[i]?.Trim() ?? "", i < en.Count ? en[i]?.Trim() ?? "" : "", i < fr.Count ? fr[i]?.Trim() ?? "" : "");
            if (choice.Value.Length > 0 || choice.En.Length > 0 || choice.Fr.Length > 0) form.Choices.Add(choice);
        }
        return form;
    }

    /// <summary>Checks the form against the part it belongs to and the site's types; errors by input name.</summary>
    public FormErrors Validate(ContentTypeText S, ContentPartDefinition part, ContentDefinitionSnapshot snapshot, IReadOnlyCollection<string> kinds, bool isNew)
    {
        var errors = new FormErrors();
        if (isNew)
        {
            if (Name.Length == 0) errors.Note("name", S["ErrorRequired"]);
            else if (!TechnicalName.IsValid(Name)) errors.Note("name", S["ErrorTechnicalName"]);
            else if (part.Fields.Any(f => string.Equals(f.Name, Name, StringComparison.OrdinalIgnoreCase))) errors.Note("name", S["ErrorFieldExists", Name]);
            if (!kinds.Contains(Kind)) errors.Note("kind", S["ErrorKind"]);
        }
        TypeForm.Label(errors, S, "label-en", LabelEn, required: true);
        TypeForm.Label(errors, S, "label-fr", LabelFr, required: true);
        if (HintEn.Length > MaxHint) errors.Note("hint-en", S["ErrorTooLong", MaxHint]);
        if (HintFr.Length > MaxHint) errors.Note("hint-fr", S["ErrorTooLong", MaxHint]);
        if (HasLengthSettings(Kind))
        {
            var min = Length(errors, S, "min-length", MinLength);
            var max = Length(errors, S, "max-length", MaxLength);
            if (min > max) errors.Note("min-length", S["ErrorMinAboveMax"]);
            if (Pattern.Length > 500) errors.Note("pattern", S["ErrorTooLong", 500]);
            else if (Pattern.Length > 0 && !IsValidPattern(Pattern)) errors.Note("pattern", S["ErrorPattern"]);
        }
        if (HasRange(Kind))
        {
            var min = Number(errors, S, "min", Min);
            var max = Number(errors, S, "max", Max);
            if (min > max) errors.Note("min", S["ErrorMinAboveMax"]);
        }
        if (HasChoices(Kind))
        {
            if (Choices.Count == 0) errors.Note("choices", S["ErrorNoChoice"]);
            else if (Choices.Any(c => c.Value.Length == 0 || c.En.Length == 0 || c.Fr.Length == 0)) errors.Note("choices", S["ErrorChoiceIncomplete"]);
            else if (Choices.Any(c => c.Value.Length > MaxChoice || c.En.Length > MaxChoice || c.Fr.Length > MaxChoice)) errors.Note("choices", S["ErrorTooLong", MaxChoice]);
            else if (Choices.GroupBy(c => c.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice) errors.Note("choices", S["ErrorChoiceTwice", twice.Key]);
        }
        if (HasAllowedTypes(Kind) && AllowedTypes.FirstOrDefault(t => snapshot.Find(t) is null) is { } unknown)
            errors.Note("allowed-types", S["ErrorUnknownType", unknown]);
        return errors;
    }

    /// <summary>The settings to store (call once the form is valid).</summary>
    public FieldSettings ToSettings() => new()
    {
        Required = Is("required"),
        Localized = !Is("shared"),
        Indexed = Is("indexed"),
        Private = Is("private"),
        Hint = HintEn.Length == 0 && HintFr.Length == 0 ? null : new LocalizedText(HintEn.Length > 0 ? HintEn : HintFr, HintFr.Length > 0 ? HintFr : HintEn),
        Multiline = HasMultiline(Kind) && Is("multiline"),
        MinLength = HasLengthSettings(Kind) ? ParseInt(MinLength) : null,
        MaxLength = HasLengthSettings(Kind) ? ParseInt(MaxLength) : null,
        Pattern = HasLengthSettings(Kind) && Pattern.Length > 0 ? Pattern : null,
        Decimal = HasRange(Kind) && Is("decimal"),
        Min = HasRange(Kind) ? ParseDecimal(Min) : null,
        Max = HasRange(Kind) ? ParseDecimal(Max) : null,
        Multiple = HasMultiple(Kind) && Is("multiple"),
        Choices = HasChoices(Kind) ? Choices.Select(c => new FieldChoice(c.Value, c.En, c.Fr)).ToList() : null,
        AllowedTypes = HasAllowedTypes(Kind) && AllowedTypes.Count > 0 ? AllowedTypes.Distinct(StringComparer.Ordinal).ToList() : null,
    };

    private static int? Length(FormErrors errors, ContentTypeText S, string input, string text)
    {
        if (text.Length == 0) return null;
        if (ParseInt(text) is { } value and >= 0 and <= 1_000_000) return value;
        errors.Note(input, S["ErrorLength"]);
        return null;
    }

    private static decimal? Number(FormErrors errors, ContentTypeText S, string input, string text)
    {
        if (text.Length == 0) return null;
        if (ParseDecimal(text) is { } value) return value;
        errors.Note(input, S["ErrorNumber"]);
        return null;
    }

    private static int? ParseInt(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Invariant notation ("1.5"), else the admin's own ("1,5" in French).</summary>
    private static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out value) ? value : null;

    private static bool IsValidPattern(string pattern)
    {
        try { _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)); return true; }
        catch (ArgumentException) { return false; }
    }

    private static string Text(IFormCollection posted, string name) => posted[name].ToString().Trim();

    private static string Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
