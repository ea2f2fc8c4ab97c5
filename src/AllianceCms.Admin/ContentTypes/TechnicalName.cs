using System.Text.RegularExpressions;

namespace AllianceCms.Admin.ContentTypes;

/// <summary>The names of types, parts and fields: what the definition validator accepts, checked here to say why in the admin's language.</summary>
public static partial class TechnicalName
{
    public const int MaxLength = 64;

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,63}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string name) => Pattern().IsMatch(name);
}

/// <summary>Errors of a form by input name, in the admin's language.</summary>
public sealed class FormErrors : Dictionary<string, string>
{
    public FormErrors() : base(StringComparer.Ordinal) { }

    public string? For(string input) => TryGetValue(input, out var message) ? message : null;

    /// <summary>Keeps the first message of an input: the most basic problem is the one to fix first.</summary>
    public void Note(string input, string message) => TryAdd(input, message);
}
