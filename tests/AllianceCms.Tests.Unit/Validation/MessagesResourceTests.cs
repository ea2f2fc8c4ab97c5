using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AllianceCms.Core.Validation;
using AllianceCms.Tests.Unit.TestSupport;

namespace AllianceCms.Tests.Unit.Validation;

/// <summary>Every message exists in English and French, so no editor ever sees a resource key.</summary>
public sealed partial class MessagesResourceTests
{
    private static readonly string ResourcesFolder = RepositoryFiles.PathOf("src", "AllianceCms.Core", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourcesFolder, file)).Root!
            .Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static readonly Dictionary<string, string> English = Read("Messages.resx");
    private static readonly Dictionary<string, string> French = Read("Messages.fr.resx");

    [Fact]
    public void Every_English_message_has_a_French_translation()
    {
        Assert.Empty(English.Keys.Except(French.Keys).Order());
    }

    [Fact]
    public void Every_French_message_has_an_English_original()
    {
        Assert.Empty(French.Keys.Except(English.Keys).Order());
    }

    [Fact]
    public void No_message_is_empty()
    {
        Assert.NotEmpty(English);
        Assert.Empty(English.Where(m => string.IsNullOrWhiteSpace(m.Value)).Select(m => "en:" + m.Key));
        Assert.Empty(French.Where(m => string.IsNullOrWhiteSpace(m.Value)).Select(m => "fr:" + m.Key));
    }

    [Fact]
    public void A_translation_uses_the_same_placeholders_as_the_original()
    {
        var mismatches = English.Keys.Intersect(French.Keys)
            .Where(key => !Placeholders(English[key]).SetEquals(Placeholders(French[key])))
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Every_message_formats_without_error()
    {
        foreach (var (key, text) in English.Concat(French))
            _ = string.Format(CultureInfo.InvariantCulture, text, "Label", 3);
    }

    [Fact]
    public void Every_message_code_the_core_uses_has_a_text()
    {
        var sources = Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "AllianceCms.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText)
            .ToList();
        var used = sources
            .SelectMany(s => UsedCode().Matches(s).Select(m => m.Groups["code"].Value)
                .Concat(IdListCode().Matches(s).Select(m => m.Groups["code"].Value)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Required", used);
        Assert.Contains("InvalidMedia", used);
        Assert.Empty(used.Except(English.Keys).Order());
    }

    [Fact]
    public void The_compiled_resources_match_the_source_files()
    {
        foreach (var (key, text) in English)
        {
            Assert.Equal(text, Messages.Get(key, CultureInfo.GetCultureInfo("en")));
            Assert.Equal(French[key], Messages.Get(key, CultureInfo.GetCultureInfo("fr")));
        }
    }

    [Fact]
    public void An_unknown_message_key_shows_the_key_rather_than_nothing()
    {
        Assert.Equal("NoSuchMessage", Messages.Get("NoSuchMessage", CultureInfo.GetCultureInfo("fr")));
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:\.Error|Messages\.Format|Messages\.Get)\(""(?<code>\w+)""")]
    private static partial Regex UsedCode();

    [GeneratedRegex(@"IdListFieldKind\([^,()]+,\s*""(?<code>\w+)""\)")]
    private static partial Regex IdListCode();
}
