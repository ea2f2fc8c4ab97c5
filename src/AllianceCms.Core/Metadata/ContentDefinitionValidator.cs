using System.Text.RegularExpressions;

namespace AllianceCms.Core.Metadata;

/// <summary>Checks that definitions are coherent before they are stored, so bad data fails loudly.</summary>
public static partial class ContentDefinitionValidator
{
    private static readonly HashSet<string> KnownKinds =
        typeof(FieldKinds).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,63}$")]
    private static partial Regex TechnicalName();

    public static IReadOnlyList<string> Validate(ContentPartDefinition part)
    {
        var errors = new List<string>();
        if (!TechnicalName().IsMatch(part.Name)) errors.Add($"Part name '{part.Name}' must start with a capital letter and hold only letters and digits.");
        foreach (var group in part.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
            errors.Add($"Part '{part.Name}' has the field '{group.Key}' more than once.");
        foreach (var field in part.Fields)
        {
            if (!TechnicalName().IsMatch(field.Name)) errors.Add($"Field name '{part.Name}.{field.Name}' must start with a capital letter and hold only letters and digits.");
            if (!KnownKinds.Contains(field.Kind)) errors.Add($"Field '{part.Name}.{field.Name}' has the unknown kind '{field.Kind}'.");
            if (field.Kind == FieldKinds.Choice && (field.Settings.Choices is null || field.Settings.Choices.Count == 0))
                errors.Add($"Choice field '{part.Name}.{field.Name}' needs at least one choice.");
            if (field.Settings.Pattern is { } pattern && !IsValidRegex(pattern))
                errors.Add($"Field '{part.Name}.{field.Name}' has an invalid pattern.");
            if (field.Settings.Min > field.Settings.Max)
                errors.Add($"Field '{part.Name}.{field.Name}' has a minimum above its maximum.");
            // Such a field could never be saved.
            if (field.Settings.MinLength < 0 || field.Settings.MaxLength < 0)
                errors.Add($"Field '{part.Name}.{field.Name}' has a negative length limit.");
            else if (field.Settings.MinLength > field.Settings.MaxLength)
                errors.Add($"Field '{part.Name}.{field.Name}' has a minimum length above its maximum length.");
        }
        return errors;
    }

    public static IReadOnlyList<string> Validate(ContentTypeDefinition type, IReadOnlyDictionary<string, ContentPartDefinition> parts)
    {
        var errors = new List<string>();
        if (!TechnicalName().IsMatch(type.Name)) errors.Add($"Type name '{type.Name}' must start with a capital letter and hold only letters and digits.");
        foreach (var part in type.Parts.Where(p => !parts.ContainsKey(p.Name)))
            errors.Add($"Type '{type.Name}' uses the part '{part.Name}', which is not defined.");
        return errors;
    }

    private static bool IsValidRegex(string pattern)
    {
        try { _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)); return true; }
        catch (ArgumentException) { return false; }
    }
}

public sealed class InvalidContentDefinitionException(IReadOnlyList<string> errors)
    : InvalidOperationException(string.Join(" ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
