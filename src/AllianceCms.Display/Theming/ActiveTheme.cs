using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Theming;

/// <summary>
/// The theme the public site is drawn with: a folder holding <c>theme.json</c>, <c>Views/*.liquid</c>,
/// <c>Localization/strings.{culture}.json</c> and <c>wwwroot/</c> (its CSS, images and scripts).
/// </summary>
public sealed class ActiveTheme
{
    public const string ManifestFile = "theme.json";

    public ActiveTheme(IOptions<DisplayOptions> options, IHostEnvironment environment)
        : this(options.Value.Theme, Locate(options.Value, environment.ContentRootPath))
    {
    }

    public ActiveTheme(string name, string root)
    {
        Name = name;
        Root = root;
        if (!Directory.Exists(root))
            throw new ThemeNotFoundException($"The theme '{name}' was not found: no folder {root}.");
        var manifest = Path.Combine(root, ManifestFile);
        Manifest = File.Exists(manifest) ? JsonNode.Parse(File.ReadAllText(manifest)) as JsonObject ?? [] : [];
        Settings = Manifest["settings"] as JsonObject ?? [];
    }

    public string Name { get; }

    /// <summary>The theme's folder, absolute.</summary>
    public string Root { get; }

    public string ViewsFolder => Path.Combine(Root, "Views");
    public string LocalizationFolder => Path.Combine(Root, "Localization");
    public string AssetsFolder => Path.Combine(Root, "wwwroot");

    public JsonObject Manifest { get; }

    /// <summary>The theme's own settings (follow links, colours…), offered to templates as <c>theme.settings</c>.</summary>
    public JsonObject Settings { get; }

    /// <summary>The theme folder: under the application's folder (where the host copies themes), else under the content root.</summary>
    public static string Locate(DisplayOptions options, string contentRoot)
    {
        if (Path.IsPathRooted(options.ThemesPath)) return Path.Combine(options.ThemesPath, options.Theme);
        var shipped = Path.Combine(AppContext.BaseDirectory, options.ThemesPath, options.Theme);
        return Directory.Exists(shipped) ? shipped : Path.GetFullPath(Path.Combine(contentRoot, options.ThemesPath, options.Theme));
    }

    public string DisplayName => Manifest["displayName"]?.GetValue<string>() ?? Name;

}

public sealed class ThemeNotFoundException(string message) : InvalidOperationException(message);
