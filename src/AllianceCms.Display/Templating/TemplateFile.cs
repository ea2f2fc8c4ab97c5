namespace AllianceCms.Display.Templating;

/// <summary>Where a template comes from; a name found in several places is taken from the first.</summary>
public enum TemplateOrigin
{
    /// <summary>Edited by an administrator and stored in the database: overrides everything.</summary>
    Database,
    /// <summary>A file of the active theme (<c>Views/{name}.liquid</c>).</summary>
    Theme,
    /// <summary>A default shipped inside a module's assembly (<c>Templates/{name}.liquid</c>), or the core's own.</summary>
    Module,
}

/// <summary>
/// The source of one template as found in one place. <see cref="Version"/> is unique to this
/// text in this process, so a parsed template can be cached under it and dropped when the text changes.
/// </summary>
public sealed record TemplateFile(string Name, TemplateOrigin Origin, string Source, string Location)
{
    private static long s_versions;

    public long Version { get; } = Interlocked.Increment(ref s_versions);

    public override string ToString() => $"{Name} ({Origin}: {Location})";
}

/// <summary>One place templates are found in.</summary>
public interface ITemplateSource
{
    TemplateOrigin Origin { get; }

    /// <summary>The template of that name, or null; must be cheap (called for every alternate of every render).</summary>
    TemplateFile? Find(string name);
}
