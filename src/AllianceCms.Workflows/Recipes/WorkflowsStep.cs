using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Core.Recipes;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Recipes;

/// <summary>
/// "Workflows": workflow definitions shipped as data. Each is checked like one saved in the admin;
/// it is stored as a new version only when it differs from the latest one, so importing the recipe
/// again changes nothing and running instances stay on their version.
/// </summary>
public sealed class WorkflowsStep(IWorkflowStore store, WorkflowDefinitionValidator validator) : IRecipeStepHandler
{
    public string Name => "Workflows";

    public sealed class Model
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("workflows")] public List<WorkflowDefinition> Workflows { get; set; } = [];
    }

    public Task ValidateAsync(JsonObject step, RecipeValidationContext context, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step, context);
        if (model is null) return Task.CompletedTask;
        for (var i = 0; i < model.Workflows.Count; i++)
        {
            foreach (var error in validator.Validate(model.Workflows[i])) context.AddError($"workflows[{i}]", error);
        }
        foreach (var duplicate in model.Workflows.GroupBy(w => w.Id).Where(g => g.Count() > 1))
            context.AddError("workflows", $"The workflow '{duplicate.Key}' is given twice.");
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonObject step, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step);
        foreach (var definition in model.Workflows)
        {
            var latest = await store.GetDefinitionAsync(definition.Id, ct: ct);
            if (latest is not null && SameContent(latest, definition)) continue;
            await store.SaveDefinitionAsync(definition, ct);
        }
    }

    /// <summary>Equal but for the version number.</summary>
    public static bool SameContent(WorkflowDefinition a, WorkflowDefinition b) => JsonNode.DeepEquals(Comparable(a), Comparable(b));

    private static JsonNode? Comparable(WorkflowDefinition definition)
    {
        var node = JsonSerializer.SerializeToNode(definition);
        node!.AsObject().Remove("version");
        return node;
    }
}
