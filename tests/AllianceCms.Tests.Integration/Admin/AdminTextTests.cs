using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using AllianceCms.Admin.Areas.Admin.Pages.Content;
using AllianceCms.Admin.Content.Editors;
using AllianceCms.Admin.Localization;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>The admin's strings: every key in English and in French, and every key the code uses exists.</summary>
public sealed partial class AdminTextTests
{
    private static Dictionary<string, string> Strings(string culture) =>
        AdminText.Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_string_exists_in_english_and_in_french_with_the_same_placeholders()
    {
        var english = Strings(CultureInfo.InvariantCulture.Name);
        var french = Strings("fr");

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"'{key}' is empty in English.");
            Assert.False(string.IsNullOrWhiteSpace(french[key]), $"'{key}' is empty in French.");
            Assert.True(Placeholders(text).SetEquals(Placeholders(french[key])), $"'{key}' has other placeholders in French: '{text}' / '{french[key]}'.");
        }
    }

    [Fact]
    public void Every_key_the_admin_uses_is_defined()
    {
        var defined = Strings(CultureInfo.InvariantCulture.Name).Keys.ToHashSet();
        var used = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(AdminSourceFolder(), "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/")))
        {
            var source = File.ReadAllText(file);
            foreach (Match match in LookupPattern().Matches(source)) used.Add(match.Groups["key"].Value);
            foreach (Match match in MessageKeyPattern().Matches(source)) used.Add(match.Groups["key"].Value);
        }
        used.UnionWith(ListModel.Statuses.Append("changed").Select(s => "Status_" + s));
        used.UnionWith(ListModel.Sorts.Select(s => "Sort_" + s));
        foreach (var editor in FieldEditorRegistry.BuiltIn)
            foreach (var multiple in new[] { false, true })
                if (editor.FormatHintKey(new ContentFieldDefinition { Settings = new FieldSettings { Multiple = multiple } }) is { } hint) used.Add(hint);

        Assert.True(used.Count > 50, $"Only {used.Count} keys found: is the source folder right?");
        Assert.Empty(used.Except(defined).Order());
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    private static string AdminSourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AllianceCms.sln"))) return Path.Combine(dir.FullName, "src", "AllianceCms.Admin");
        throw new DirectoryNotFoundException("The repository root (AllianceCms.sln) was not found above the test folder.");
    }

    [GeneratedRegex(@"\b(?:T|Text|text)\[""(?<key>[A-Za-z_]+)""(?!\s*\+)")]
    private static partial Regex LookupPattern();

    [GeneratedRegex(@"""(?<key>(?:Message|Hint)[A-Z][A-Za-z]+)""")]
    private static partial Regex MessageKeyPattern();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
