using AllianceCms.Display;
using AllianceCms.Display.Templating;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Tests.Unit.Display;

/// <summary>Templates held in memory, standing for the database, a theme or a module.</summary>
internal sealed class MemoryTemplates(TemplateOrigin origin, params (string Name, string Source)[] templates) : ITemplateSource
{
    private readonly Dictionary<string, TemplateFile> _files = templates.ToDictionary(t => t.Name, t => new TemplateFile(t.Name, origin, t.Source, $"memory:{origin}:{t.Name}"));

    public TemplateOrigin Origin => origin;

    public TemplateFile? Find(string name) => _files.GetValueOrDefault(name);
}

/// <summary>Keeps what was logged, to check that a broken template is reported.</summary>
internal sealed class LogRecorder : ILoggerProvider, ILogger
{
    public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

    public ILogger CreateLogger(string categoryName) => this;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries) Entries.Add((logLevel, formatter(state, exception), exception));
    }

    public void Dispose() { }
}

/// <summary>An engine and renderer over in-memory sources, as the display composes them.</summary>
internal sealed class TemplateHarness
{
    public TemplateHarness(params ITemplateSource[] sources)
    {
        Catalog = new TemplateCatalog(sources);
        var factory = LoggerFactory.Create(b => b.AddProvider(Log).SetMinimumLevel(LogLevel.Trace));
        Engine = new LiquidEngine(Catalog, Options.Create(new DisplayOptions()), factory.CreateLogger<LiquidEngine>());
        Renderer = new AllianceCms.Display.Rendering.TemplateRenderer(Catalog, Engine, factory.CreateLogger<AllianceCms.Display.Rendering.TemplateRenderer>());
    }

    public LogRecorder Log { get; } = new();
    public TemplateCatalog Catalog { get; }
    public LiquidEngine Engine { get; }
    public AllianceCms.Display.Rendering.TemplateRenderer Renderer { get; }

    public Task<AllianceCms.Display.Rendering.RenderedTemplate?> RenderAsync(params string[] alternates) =>
        Renderer.RenderFirstAsync(alternates, () => new Fluid.TemplateContext(Engine.Options), CancellationToken.None);
}
