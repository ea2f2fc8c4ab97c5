using AllianceCms.Core.Settings;
using AllianceCms.Display.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace AllianceCms.Display.Templating;

/// <summary>The outcome of saving a template: refused with the reason, or stored.</summary>
public sealed record TemplateSaveResult(bool Saved, string? Error)
{
    public static TemplateSaveResult Ok { get; } = new(true, null);
    public static TemplateSaveResult Refused(string error) => new(false, error);
}

/// <summary>
/// The templates an administrator overrides from the admin. A template that is not valid Liquid is
/// refused; a saved one takes effect at once on this node (other nodes within the refresh interval),
/// and every cached page is dropped.
/// </summary>
public sealed class TemplateStore(IDocumentStore documents, LiquidEngine engine, DatabaseTemplates database, IOutputCacheStore pages, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, StoredTemplate>> ListAsync(CancellationToken ct = default) =>
        (await LoadAsync(ct)).Templates;

    public async Task<StoredTemplate?> GetAsync(string name, CancellationToken ct = default) =>
        (await LoadAsync(ct)).Templates.GetValueOrDefault(name);

    /// <summary>Checks a template's text without saving it; <paramref name="error"/> says what and where.</summary>
    public bool TryParse(string source, out string? error) => engine.TryParse(source, out error);

    public async Task<TemplateSaveResult> SaveAsync(string name, string source, string? modifiedBy = null, CancellationToken ct = default)
    {
        if (!TemplateNames.IsValid(name)) return TemplateSaveResult.Refused($"'{name}' is not a template name: use letters, digits, '-', '_' and '.'.");
        if (!TryParse(source, out var error)) return TemplateSaveResult.Refused(error!);
        var document = await LoadAsync(ct);
        document.Templates[name] = new StoredTemplate { Source = source, ModifiedUtc = clock.GetUtcNow().UtcDateTime, ModifiedBy = modifiedBy };
        await documents.SaveAsync(StoredTemplatesDocument.DocumentName, document, ct);
        await ChangedAsync(ct);
        return TemplateSaveResult.Ok;
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken ct = default)
    {
        var document = await LoadAsync(ct);
        if (!document.Templates.Remove(name)) return false;
        await documents.SaveAsync(StoredTemplatesDocument.DocumentName, document, ct);
        await ChangedAsync(ct);
        return true;
    }

    private async Task<StoredTemplatesDocument> LoadAsync(CancellationToken ct) =>
        await documents.GetAsync<StoredTemplatesDocument>(StoredTemplatesDocument.DocumentName, ct) ?? new StoredTemplatesDocument();

    private async Task ChangedAsync(CancellationToken ct)
    {
        database.Invalidate();
        await database.EnsureLoadedAsync(ct);
        await pages.EvictByTagAsync(CacheTags.AllPages, CancellationToken.None);
    }
}
