using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Settings;
using Microsoft.Extensions.Options;

namespace AllianceCms.Core.Menus;

/// <summary>The outcome of saving a menu: saved, or the entries' errors (nothing saved).</summary>
public sealed record MenuSaveResult(IReadOnlyList<MenuEntryError> Errors)
{
    public bool Saved => Errors.Count == 0;
}

/// <summary>Told after a menu was saved (the public site drops its cached pages that show menus).</summary>
public interface IMenuChangeHandler
{
    Task MenuChangedAsync(string name, string culture, CancellationToken ct);
}

/// <summary>
/// The site's menus, per culture. A save checks every entry (a label, one target: a routable item
/// or a valid URL), then tells the <see cref="IMenuChangeHandler"/>s.
/// </summary>
public sealed class MenuStore(IDocumentStore documents, IContentManager content, IContentDefinitionStore definitions, IEnumerable<MenuDeclaration> declared,
    IOptions<CultureOptions> cultures, IEnumerable<IMenuChangeHandler> handlers)
{
    public IReadOnlyList<string> Cultures => cultures.Value.Supported;

    /// <summary>The declared menus and the stored ones, declared first.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken ct = default)
    {
        var stored = (await LoadAsync(ct)).Menus.Keys.Order(StringComparer.Ordinal);
        return declared.Select(d => d.Name).Concat(stored).Distinct(StringComparer.Ordinal).ToList();
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken ct = default) => (await NamesAsync(ct)).Contains(name, StringComparer.Ordinal);

    /// <summary>The entries of a menu in a culture; null when the menu was never saved in that culture.</summary>
    public async Task<IReadOnlyList<MenuEntry>?> GetAsync(string name, string culture, CancellationToken ct = default) =>
        (await LoadAsync(ct)).Menus.GetValueOrDefault(name)?.Cultures.GetValueOrDefault(culture);

    public async Task<IReadOnlyDictionary<string, MenuDefinition>> ListAsync(CancellationToken ct = default) => (await LoadAsync(ct)).Menus;

    /// <summary>Checks entries without saving them.</summary>
    public async Task<IReadOnlyList<MenuEntryError>> ValidateAsync(IReadOnlyList<MenuEntry> entries, CancellationToken ct = default)
    {
        var errors = new List<MenuEntryError>();
        if (entries.Count > MenuRules.MaxEntries) errors.Add(new MenuEntryError(-1, "entries", MenuEntryError.TooManyEntries));
        var snapshot = await definitions.GetSnapshotAsync(ct);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (string.IsNullOrWhiteSpace(entry.Label)) errors.Add(new MenuEntryError(i, "label", MenuEntryError.LabelRequired));
            else if (entry.Label.Length > MenuRules.MaxLabelLength) errors.Add(new MenuEntryError(i, "label", MenuEntryError.LabelTooLong));
            var hasItem = !string.IsNullOrEmpty(entry.ContentItemId);
            var hasUrl = !string.IsNullOrEmpty(entry.Url);
            if (!hasItem && !hasUrl) errors.Add(new MenuEntryError(i, "target", MenuEntryError.TargetRequired));
            else if (hasItem && hasUrl) errors.Add(new MenuEntryError(i, "target", MenuEntryError.TwoTargets));
            else if (hasUrl && !MenuRules.IsValidUrl(entry.Url)) errors.Add(new MenuEntryError(i, "url", MenuEntryError.UrlInvalid));
            else if (hasItem)
            {
                var item = await content.GetAsync(entry.ContentItemId!, VersionOptions.Latest, ct);
                if (item is null) errors.Add(new MenuEntryError(i, "contentItemId", MenuEntryError.ItemNotFound));
                else if (snapshot.Find(item.ContentType) is not { Settings: { Routable: true, Private: false } })
                    errors.Add(new MenuEntryError(i, "contentItemId", MenuEntryError.ItemNotRoutable));
            }
        }
        return errors;
    }

    public async Task<MenuSaveResult> SaveAsync(string name, string culture, IReadOnlyList<MenuEntry> entries, CancellationToken ct = default)
    {
        if (!MenuRules.IsValidName(name)) throw new ArgumentException($"'{name}' is not a menu name.", nameof(name));
        if (!cultures.Value.IsSupported(culture)) throw new ArgumentException($"'{culture}' is not a culture of the site.", nameof(culture));
        var errors = await ValidateAsync(entries, ct);
        if (errors.Count > 0) return new MenuSaveResult(errors);

        var document = await LoadAsync(ct);
        var menu = document.Menus.TryGetValue(name, out var existing) ? existing : document.Menus[name] = new MenuDefinition();
        menu.Cultures[culture.ToLowerInvariant()] = entries.Select(e => new MenuEntry
        {
            Label = e.Label.Trim(),
            ContentItemId = string.IsNullOrEmpty(e.ContentItemId) ? null : e.ContentItemId,
            Url = string.IsNullOrEmpty(e.Url) ? null : e.Url,
        }).ToList();
        await documents.SaveAsync(MenusDocument.DocumentName, document, ct);
        foreach (var handler in handlers) await handler.MenuChangedAsync(name, culture, ct);
        return new MenuSaveResult([]);
    }

    private async Task<MenusDocument> LoadAsync(CancellationToken ct) =>
        await documents.GetAsync<MenusDocument>(MenusDocument.DocumentName, ct) ?? new MenusDocument();
}
