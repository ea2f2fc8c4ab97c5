using System.Text;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// GraphQL names derived from definitions: fields in camelCase ("AuthorityType" → "authorityType"),
/// enum values in UPPER_SNAKE ("JOINED_ON"). Content names are checked technical names (letters and
/// digits), so they are valid GraphQL names as they are.
/// </summary>
internal static class GraphNames
{
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string UpperSnake(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) text.Append('_');
            text.Append(char.ToUpperInvariant(c));
        }
        return text.ToString();
    }
}

/// <summary>Hands out names that are unique within one scope (a schema's types, one type's fields).</summary>
internal sealed class NameScope(IEnumerable<string>? reserved = null)
{
    private readonly HashSet<string> _taken = new(reserved ?? [], StringComparer.Ordinal);

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>The first free name among the candidates, else the last one with a number.</summary>
    public string Claim(params string[] candidates)
    {
        foreach (var candidate in candidates)
            if (_taken.Add(candidate)) return candidate;
        for (var n = 2; ; n++)
            if (_taken.Add(candidates[^1] + n)) return candidates[^1] + n;
    }
}
