using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Recipes;
using Microsoft.Extensions.Options;

namespace AllianceCms.Core.Menus;

/// <summary>
/// "Menus": the site's menus as data, <c>{ "name": "Menus", "menus": { "main": { "en": [ { "label": "Home", "url": "/" },
/// { "label": "About", "contentItemId": "page-about" } ] } } }</c>. A menu given for a culture replaces that
/// culture's entries; items may be ones an earlier content step creates. Also what an export writes.
/// </summary>
public sealed class MenusStep(MenuStore store, IContentManager content, IOptions<CultureOptions> cultures) : IRecipeStepHandler, IRecipeStepExporter
{
    public string Name => "Menus";

    public sealed class Model
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("menus")] public Dictionary<string, Dictionary<string, List<MenuEntry>>> Menus { get; set; } = [];
    }

    public async Task ValidateAsync(JsonObject step, RecipeValidationContext context, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step, context);
        if (model is null) return;
        foreach (var (name, perCulture) in model.Menus)
        {
            if (!MenuRules.IsValidName(name)) context.AddError($"menus.{name}", "A menu name is made of lower-case letters, digits, '-' and '_'.");
            foreach (var (culture, entries) in perCulture)
            {
                var path = $"menus.{name}.{culture}";
                if (!cultures.Value.IsSupported(culture)) context.AddError(path, $"'{culture}' is not a culture of the site ({string.Join(", ", cultures.Value.Supported)}).");
                if (entries.Count > MenuRules.MaxEntries) context.AddError(path, $"A menu has at most {MenuRules.MaxEntries} entries.");
                for (var i = 0; i < entries.Count; i++)
                {
                    var entry = entries[i];
                    var error = string.IsNullOrWhiteSpace(entry.Label) ? MenuEntryError.LabelRequired
                        : entry.Label.Length > MenuRules.MaxLabelLength ? MenuEntryError.LabelTooLong
                        : string.IsNullOrEmpty(entry.Url) == string.IsNullOrEmpty(entry.ContentItemId) ? (string.IsNullOrEmpty(entry.Url) ? MenuEntryError.TargetRequired : MenuEntryError.TwoTargets)
                        : entry.Url is not null && !MenuRules.IsValidUrl(entry.Url) ? MenuEntryError.UrlInvalid
                        : entry.ContentItemId is { } id && !context.PendingItems.ContainsKey(id) && await content.GetAsync(id, VersionOptions.Latest, ct) is null ? MenuEntryError.ItemNotFound
                        : null;
                    if (error is not null) context.AddError($"{path}[{i}]", new MenuEntryError(i, "", error).Describe());
                }
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step);
        foreach (var (name, perCulture) in model.Menus)
        {
            foreach (var (culture, entries) in perCulture)
            {
                var result = await store.SaveAsync(name, culture, entries, ct);
                if (!result.Saved)
                    throw new InvalidOperationException($"The menu {name} ({culture}) cannot be saved: {string.Join(" ", result.Errors.Select(e => $"entry {e.Index + 1}: {e.Describe()}"))}");
            }
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var menus = await store.ListAsync(ct);
        if (menus.Count == 0) return null;
        var model = new Model
        {
            Name = Name,
            Menus = menus.OrderBy(m => m.Key, StringComparer.Ordinal).ToDictionary(m => m.Key, m => m.Value.Cultures.ToDictionary(c => c.Key, c => c.Value)),
        };
        return JsonSerializer.SerializeToNode(model, RecipeExecutor.JsonOptions)!.AsObject();
    }
}
