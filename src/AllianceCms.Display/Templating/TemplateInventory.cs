namespace AllianceCms.Display.Templating;

/// <summary>One template name and every version of it, from the one that wins to the one that loses.</summary>
public sealed record TemplateEntry(string Name, IReadOnlyList<TemplateFile> Versions)
{
    public TemplateFile Effective => Versions[0];
    public bool IsOverridden => Versions[0].Origin == TemplateOrigin.Database;

    /// <summary>What the site falls back to when the administrator's override is removed.</summary>
    public TemplateFile? Fallback => Versions.FirstOrDefault(v => v.Origin != TemplateOrigin.Database);
}

/// <summary>
/// Every template name the site knows (the modules' defaults, the theme's files, the administrator's
/// overrides) for the admin's template list. Stored overrides are read from the database, not from
/// this node's cache, so that the admin shows what was saved on any node.
/// </summary>
public sealed class TemplateInventory(ThemeTemplates theme, EmbeddedTemplates modules, TemplateStore store)
{
    public async Task<IReadOnlyList<TemplateEntry>> ListAsync(CancellationToken ct = default)
    {
        var stored = await store.ListAsync(ct);
        var names = stored.Keys.Concat(theme.Names).Concat(modules.Names).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return names.Select(name => Entry(name, stored.GetValueOrDefault(name))).OfType<TemplateEntry>().ToList();
    }

    /// <summary>The template of that name, or null when no source has it.</summary>
    public async Task<TemplateEntry?> FindAsync(string name, CancellationToken ct = default) =>
        TemplateNames.IsValid(name) ? Entry(name, await store.GetAsync(name, ct)) : null;

    private TemplateEntry? Entry(string name, StoredTemplate? stored)
    {
        var versions = new List<TemplateFile>(3);
        if (stored is not null) versions.Add(new TemplateFile(name, TemplateOrigin.Database, stored.Source, $"database:{name}"));
        if (theme.Find(name) is { } fromTheme) versions.Add(fromTheme);
        if (modules.Find(name) is { } fromModule) versions.Add(fromModule);
        return versions.Count == 0 ? null : new TemplateEntry(name, versions);
    }
}
