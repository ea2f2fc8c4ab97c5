using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllianceCms.Display.Rendering;
using Fluid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Templating;

/// <summary>A template's parse result: the template, or why its text is not valid Liquid.</summary>
public sealed record ParsedTemplate(IFluidTemplate? Template, string? Error)
{
    public bool IsValid => Template is not null;
}

/// <summary>
/// The Liquid dialect of the site: Fluid's parser with the zone tags, the site's filters, partials
/// looked up like any template (database, theme, modules) and parsed templates cached per text version.
/// </summary>
public sealed class LiquidEngine
{
    /// <summary>Encodes what HTML needs and leaves accented letters as they are ("é", not "&amp;#xE9;").</summary>
    public static TextEncoder HtmlEncoder { get; } = System.Text.Encodings.Web.HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<long, ParsedTemplate> _parsed = new();
    private readonly ConcurrentDictionary<long, bool> _reported = new();
    private readonly ILogger<LiquidEngine> _logger;

    public LiquidEngine(TemplateCatalog catalog, IOptions<DisplayOptions> options, ILogger<LiquidEngine> logger, IEnumerable<ILiquidFilterProvider>? filterProviders = null)
    {
        _logger = logger;
        Parser = new FluidParser(new FluidParserOptions { AllowParentheses = true });
        ZoneTags.Register(Parser);
        Options = new TemplateOptions
        {
            FileProvider = new PartialFileProvider(catalog, this),
            TemplateCache = new VersionedTemplateCache(this),
            MaxSteps = options.Value.MaxTemplateSteps,
            MaxRecursion = 32,
        };
        DisplayFilters.Register(Options.Filters);
        foreach (var provider in filterProviders ?? []) provider.Register(Options.Filters);
        catalog.Replaced += Forget;
    }

    public FluidParser Parser { get; }
    public TemplateOptions Options { get; }

    /// <summary>Checks a template's text, e.g. before the admin saves it; <paramref name="error"/> says where it is wrong.</summary>
    public bool TryParse(string source, out string? error)
    {
        if (Parser.TryParse(source, out _, out error)) return true;
        error ??= "The template is not valid Liquid.";
        return false;
    }

    /// <summary>The parsed form of a template file, cached for as long as its text is the same.</summary>
    public ParsedTemplate Parse(TemplateFile file)
    {
        var parsed = _parsed.GetOrAdd(file.Version, _ => Compile(file.Source));
        if (!parsed.IsValid && _reported.TryAdd(file.Version, true))
            _logger.LogError("Template {Template} from {Origin} ({Location}) is not valid Liquid and is skipped: {Error}", file.Name, file.Origin, file.Location, parsed.Error);
        return parsed;
    }

    private ParsedTemplate Compile(string source) =>
        Parser.TryParse(source, out var template, out var error) ? new ParsedTemplate(template, null) : new ParsedTemplate(null, error ?? "Invalid Liquid.");

    internal IFluidTemplate? Cached(long version) => _parsed.TryGetValue(version, out var parsed) ? parsed.Template : null;

    /// <summary>Drops parsed templates whose text is gone (after the stored templates were reloaded).</summary>
    private void Forget(IReadOnlyList<long> versions)
    {
        foreach (var version in versions) _parsed.TryRemove(version, out _);
    }
}
