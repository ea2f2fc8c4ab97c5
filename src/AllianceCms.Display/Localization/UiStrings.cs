using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Localization;
using AllianceCms.Display.Theming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Localization;

/// <summary>
/// The words of the public site's chrome ("Skip to content", "Page not found"), per culture, from
/// <c>strings.{culture}.json</c> files: the core's defaults, overridden by the active theme's. Nested
/// objects are flattened with dots: <c>{ "nav": { "home": "Home" } }</c> is the key <c>nav.home</c>.
/// </summary>
public sealed class UiStrings
{
    private readonly Dictionary<string, Dictionary<string, string>> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    // CultureInfo.GetCultureInfo takes a process-wide lock on every call; pages format many strings.
    private readonly ConcurrentDictionary<string, CultureInfo> _formats = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _reportedMissing = new(StringComparer.Ordinal);
    private readonly string _defaultCulture;
    private readonly ILogger<UiStrings> _logger;

    public UiStrings(ActiveTheme theme, IOptions<CultureOptions> cultures, ILogger<UiStrings> logger)
    {
        _logger = logger;
        _defaultCulture = cultures.Value.Default;
        foreach (var (culture, strings) in ReadEmbedded(typeof(UiStrings).Assembly)) Merge(culture, strings);
        foreach (var (culture, strings) in ReadFolder(theme.LocalizationFolder)) Merge(culture, strings);
    }

    public IReadOnlyDictionary<string, string> For(string culture) =>
        _byCulture.TryGetValue(culture, out var strings) ? strings : new Dictionary<string, string>();

    /// <summary>The text of a key in a culture, formatted with the arguments in that culture; the key itself when nothing has it.</summary>
    public string Get(string culture, string key, params object?[] args)
    {
        if (!TryFind(culture, key, out var text))
        {
            if (_reportedMissing.TryAdd(culture + "|" + key, true)) _logger.LogWarning("UI string {Key} is missing in {Culture}", key, culture);
            if (!TryFind(_defaultCulture, key, out text)) text = key;
        }
        if (args.Length == 0) return text;
        try { return string.Format(_formats.GetOrAdd(culture, CultureInfo.GetCultureInfo), text, args); }
        catch (FormatException) { return text; }
    }

    private bool TryFind(string culture, string key, out string text)
    {
        text = "";
        if (_byCulture.TryGetValue(culture, out var strings) && strings.TryGetValue(key, out var found)) { text = found; return true; }
        var dash = culture.IndexOf('-');
        return dash > 0 && TryFind(culture[..dash], key, out text);
    }

    private void Merge(string culture, IReadOnlyDictionary<string, string> strings)
    {
        if (!_byCulture.TryGetValue(culture, out var target)) _byCulture[culture] = target = new(StringComparer.Ordinal);
        foreach (var (key, value) in strings) target[key] = value;
    }

    /// <summary>Every key that one culture has and another lacks, as "culture: key".</summary>
    public static IReadOnlyList<string> MissingKeys(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byCulture)
    {
        var all = byCulture.Values.SelectMany(s => s.Keys).ToHashSet(StringComparer.Ordinal);
        return byCulture.SelectMany(c => all.Where(k => !c.Value.ContainsKey(k)).Select(k => $"{c.Key}: {k}")).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The <c>strings.{culture}.json</c> files of a folder, by culture.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadFolder(string folder)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        if (!Directory.Exists(folder)) return result;
        foreach (var path in Directory.EnumerateFiles(folder, "strings.*.json"))
        {
            var culture = Path.GetFileNameWithoutExtension(path)["strings.".Length..];
            using var stream = File.OpenRead(path);
            result[culture] = Read(stream, path);
        }
        return result;
    }

    /// <summary>Resources named "Localization/strings.{culture}.json" in an assembly, by culture.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadEmbedded(Assembly assembly)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Localization/strings.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var culture = name["Localization/strings.".Length..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            result[culture] = Read(stream, name);
        }
        return result;
    }

    private static Dictionary<string, string> Read(Stream stream, string location)
    {
        var root = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
            ?? throw new InvalidDataException($"{location} must hold a JSON object of strings.");
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(root, "");
        return strings;

        void Flatten(JsonObject node, string prefix)
        {
            foreach (var (key, value) in node)
            {
                var name = prefix + key;
                if (value is JsonObject child) Flatten(child, name + ".");
                else if (value is JsonValue v && v.TryGetValue<string>(out var text)) strings[name] = text;
                else throw new InvalidDataException($"{location}: '{name}' must be a string.");
            }
        }
    }
}
