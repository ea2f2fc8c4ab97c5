using AllianceCms.Display.Theming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Templating;

/// <summary>
/// The active theme's <c>Views/*.liquid</c>, read once; when theme files are watched (theme authors
/// at work) the folder is scanned again whenever a file's time stamp has changed.
/// </summary>
public sealed class ThemeTemplates : ITemplateSource
{
    private readonly ActiveTheme _theme;
    private readonly bool _watch;
    private readonly ILogger<ThemeTemplates> _logger;
    private readonly Lock _reload = new();
    private Dictionary<string, TemplateFile> _files;
    private long _stamp;
    private long _checkedAt;

    public ThemeTemplates(ActiveTheme theme, IOptions<DisplayOptions> options, ILogger<ThemeTemplates> logger)
    {
        _theme = theme;
        _watch = options.Value.WatchThemeFiles;
        _logger = logger;
        (_files, _stamp) = Load();
    }

    public TemplateOrigin Origin => TemplateOrigin.Theme;

    public TemplateFile? Find(string name)
    {
        if (_watch) ReloadIfChanged();
        return _files.GetValueOrDefault(name);
    }

    public IEnumerable<string> Names => _files.Keys;

    private void ReloadIfChanged()
    {
        // At most one scan per second: theme authors see their edit on the next reload of the page.
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _checkedAt) < 1000) return;
        lock (_reload)
        {
            Interlocked.Exchange(ref _checkedAt, now);
            if (Stamp() == _stamp) return;
            (_files, _stamp) = Load();
            _logger.LogInformation("Theme templates of {Theme} reloaded", _theme.Name);
        }
    }

    private (Dictionary<string, TemplateFile>, long) Load()
    {
        var files = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        if (!Directory.Exists(_theme.ViewsFolder)) return (files, 0);
        foreach (var path in Directory.EnumerateFiles(_theme.ViewsFolder, "*" + TemplateNames.Extension))
        {
            var name = TemplateNames.FromFileName(Path.GetFileName(path));
            if (name is null)
            {
                _logger.LogWarning("Theme file {Path} is ignored: its name is not a valid template name", path);
                continue;
            }
            files[name] = new TemplateFile(name, TemplateOrigin.Theme, File.ReadAllText(path), path);
        }
        return (files, Stamp());
    }

    private long Stamp()
    {
        if (!Directory.Exists(_theme.ViewsFolder)) return 0;
        var info = new DirectoryInfo(_theme.ViewsFolder);
        return info.EnumerateFiles("*" + TemplateNames.Extension).Aggregate(info.LastWriteTimeUtc.Ticks, (s, f) => HashCode.Combine(s, f.Name, f.LastWriteTimeUtc.Ticks, f.Length));
    }
}
