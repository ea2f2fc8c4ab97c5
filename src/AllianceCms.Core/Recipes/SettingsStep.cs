using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Settings;
using Microsoft.Extensions.Options;

namespace AllianceCms.Core.Recipes;

/// <summary>"Settings": merges the given keys into the site settings document.</summary>
public sealed class SettingsStep(IDocumentStore documents, IOptions<CultureOptions> cultures) : IRecipeStepHandler
{
    public string Name => "Settings";

    public sealed class Model
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("settings")] public Dictionary<string, JsonElement> Settings { get; set; } = [];
    }

    public Task ValidateAsync(JsonObject step, RecipeValidationContext context, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step, context);
        if (model is null) return Task.CompletedTask;
        if (model.Settings.TryGetValue("SiteName", out var name) && name.ValueKind != JsonValueKind.Object)
            context.AddError("settings.SiteName", "SiteName must be an object of texts per culture, e.g. { \"en\": \"…\", \"fr\": \"…\" }.");
        if (model.Settings.TryGetValue("Cultures", out var list))
        {
            var values = list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(v => v.GetString()).ToList() : null;
            if (values is null || values.Any(v => !cultures.Value.IsSupported(v)))
                context.AddError("settings.Cultures", $"Cultures must be a list of the configured cultures ({string.Join(", ", cultures.Value.Supported)}).");
        }
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonObject step, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step);
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentName, ct) ?? new SiteSettings();
        foreach (var (key, value) in model.Settings)
        {
            if (key == "SiteName") settings.SiteName = value.Deserialize<LocalizedText>() ?? new LocalizedText();
            else settings.Extra[key] = value.Clone();
        }
        await documents.SaveAsync(SiteSettings.DocumentName, settings, ct);
    }
}
