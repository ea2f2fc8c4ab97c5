namespace AllianceCms.Display.Templating;

/// <summary>
/// Every place templates come from, most specific first: the database, the active theme, then the
/// modules' embedded defaults. A name's candidates are listed in that order.
/// </summary>
public sealed class TemplateCatalog
{
    private readonly ITemplateSource[] _sources;
    private readonly DatabaseTemplates? _database;

    public TemplateCatalog(IEnumerable<ITemplateSource> sources)
    {
        _sources = sources.OrderBy(s => s.Origin).ToArray();
        _database = _sources.OfType<DatabaseTemplates>().FirstOrDefault();
    }

    /// <summary>The versions of a template, from the source that wins to the one that loses.</summary>
    public IEnumerable<TemplateFile> Candidates(string name)
    {
        foreach (var source in _sources)
        {
            if (source.Find(name) is { } file) yield return file;
        }
    }

    /// <summary>Raised when stored templates were replaced: their old versions' parsed forms can be dropped.</summary>
    public event Action<IReadOnlyList<long>>? Replaced
    {
        add { if (_database is not null) _database.Replaced += value; }
        remove { if (_database is not null) _database.Replaced -= value; }
    }

    /// <summary>Reads the database's templates when due; call once per request before rendering.</summary>
    public ValueTask RefreshAsync(CancellationToken ct) => _database?.EnsureLoadedAsync(ct) ?? ValueTask.CompletedTask;
}
