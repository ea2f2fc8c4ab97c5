using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Recipes;

/// <summary>"ContentDefinitions": replaces the listed parts and types (what export writes).</summary>
public sealed class ContentDefinitionsStep(IContentDefinitionStore store) : IRecipeStepHandler
{
    public string Name => "ContentDefinitions";

    public sealed class Model
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("parts")] public List<ContentPartDefinition> Parts { get; set; } = [];
        [JsonPropertyName("types")] public List<ContentTypeDefinition> Types { get; set; } = [];
    }

    public Task ValidateAsync(JsonObject step, RecipeValidationContext context, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step, context);
        if (model is null) return Task.CompletedTask;
        var parts = context.Definitions.Parts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        for (var i = 0; i < model.Parts.Count; i++)
        {
            foreach (var error in ContentDefinitionValidator.Validate(model.Parts[i])) context.AddError($"parts[{i}]", error);
            parts[model.Parts[i].Name] = model.Parts[i];
        }
        for (var i = 0; i < model.Types.Count; i++)
            foreach (var error in ContentDefinitionValidator.Validate(model.Types[i], parts)) context.AddError($"types[{i}]", error);

        var types = context.Definitions.Types.Select(t => t.Type).Where(t => model.Types.All(n => n.Name != t.Name)).Concat(model.Types);
        context.Definitions = new ContentDefinitionSnapshot(context.Definitions.Version + 1, types, parts.Values);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonObject step, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step);
        foreach (var part in model.Parts) await store.SavePartAsync(part, ct);
        foreach (var type in model.Types) await store.SaveTypeAsync(type, ct);
    }
}
