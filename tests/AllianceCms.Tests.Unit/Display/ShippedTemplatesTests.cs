using AllianceCms.Display.Localization;
using AllianceCms.Display.Templating;
using AllianceCms.Tests.Unit.TestSupport;

namespace AllianceCms.Tests.Unit.Display;

/// <summary>What ships with the code must work: every template parses, every UI string exists in every culture.</summary>
public sealed class ShippedTemplatesTests
{
    private static readonly string[] Cultures = ["en", "fr"];

    public static TheoryData<string> ThemeFolders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(RepositoryFiles.PathOf("themes"))) data.Add(Path.GetFileName(folder));
        return data;
    }

    [Theory]
    [MemberData(nameof(ThemeFolders))]
    public void Every_theme_template_is_valid_liquid(string theme)
    {
        var engine = new TemplateHarness().Engine;
        var views = Directory.EnumerateFiles(RepositoryFiles.PathOf("themes", theme, "Views"), "*.liquid").ToList();
        Assert.NotEmpty(views);
        foreach (var view in views)
        {
            Assert.True(TemplateNames.FromFileName(Path.GetFileName(view)) is not null, $"{view} is not a valid template name.");
            Assert.True(engine.TryParse(File.ReadAllText(view), out var error), $"{view}: {error}");
        }
    }

    [Fact]
    public void Every_default_template_of_the_core_is_valid_liquid()
    {
        var engine = new TemplateHarness().Engine;
        var defaults = EmbeddedTemplates.Read(typeof(EmbeddedTemplates).Assembly).ToList();
        Assert.Contains(defaults, d => d.Name == "Layout");
        Assert.Contains(defaults, d => d.Name == "NotFound");
        foreach (var (name, source) in defaults) Assert.True(engine.TryParse(source, out var error), $"{name}: {error}");
    }

    [Theory]
    [MemberData(nameof(ThemeFolders))]
    public void A_theme_ui_string_exists_in_every_culture(string theme)
    {
        var strings = UiStrings.ReadFolder(RepositoryFiles.PathOf("themes", theme, "Localization"));
        Assert.Equal(Cultures, strings.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(UiStrings.MissingKeys(strings));
    }

    [Fact]
    public void A_core_ui_string_exists_in_every_culture()
    {
        var strings = UiStrings.ReadEmbedded(typeof(UiStrings).Assembly);
        Assert.Equal(Cultures, strings.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(UiStrings.MissingKeys(strings));
    }

    [Fact]
    public void A_string_missing_from_one_culture_is_named()
    {
        var strings = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string> { ["nav.home"] = "Home", ["nav.news"] = "News" },
            ["fr"] = new Dictionary<string, string> { ["nav.home"] = "Accueil", ["nav.glossary"] = "Glossaire" },
        };
        Assert.Equal(["en: nav.glossary", "fr: nav.news"], UiStrings.MissingKeys(strings));
    }
}
