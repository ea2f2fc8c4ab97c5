using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using AllianceCms.Admin.ContentTypes;
using AllianceCms.Core.Fields;

namespace AllianceCms.Tests.Integration.Admin.ContentTypes;

/// <summary>The content types editor's strings: every key in English and in French, and every key its code uses exists.</summary>
public sealed partial class ContentTypeTextTests
{
    private static Dictionary<string, string> Strings(string culture) =>
        ContentTypeText.Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_string_exists_in_english_and_in_french_with_the_same_placeholders()
    {
        var english = Strings(CultureInfo.InvariantCulture.Name);
        var french = Strings("fr");

        Assert.True(english.Count > 100);
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(french[key]), $"'{key}' is empty in French.");
            Assert.True(Placeholders(text).SetEquals(Placeholders(french[key])), $"'{key}' has other placeholders in French.");
        }
    }

    [Fact]
    public void Every_key_the_editor_uses_and_every_built_in_field_kind_has_words()
    {
        var defined = Strings(CultureInfo.InvariantCulture.Name).Keys.ToHashSet();
        var used = new HashSet<string>();
        foreach (var folder in new[] { Path.Combine("ContentTypes"), Path.Combine("Areas", "Admin", "Pages", "ContentTypes") })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AdminSourceFolder(), folder)).Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml")))
                foreach (Match match in LookupPattern().Matches(File.ReadAllText(file))) used.Add(match.Groups["key"].Value);
        foreach (var prefix in new[] { "Type_", "TypeHint_" })
            used.UnionWith(TypeForm.Flags.Select(f => prefix + f));
        used.UnionWith(new[] { "required", "shared", "indexed", "private" }.SelectMany(f => new[] { "Field_" + f, "FieldHint_" + f }));
        used.UnionWith(FieldKindRegistry.BuiltIn.Select(k => "Kind_" + k.Name));

        Assert.True(used.Count > 100, $"Only {used.Count} keys found: is the source folder right?");
        Assert.Empty(used.Except(defined).Order());
    }

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    private static string AdminSourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AllianceCms.sln"))) return Path.Combine(dir.FullName, "src", "AllianceCms.Admin");
        throw new DirectoryNotFoundException("The repository root (AllianceCms.sln) was not found above the test folder.");
    }

    [GeneratedRegex(@"\b(?:S|Strings)\[""(?<key>[A-Za-z_]+)""(?!\s*\+)")]
    private static partial Regex LookupPattern();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
