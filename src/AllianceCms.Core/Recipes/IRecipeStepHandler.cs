using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Recipes;

/// <summary>
/// Carries out one kind of recipe step. Every step of a recipe is validated before any runs;
/// running a step twice leaves the site as running it once.
/// </summary>
public interface IRecipeStepHandler
{
    /// <summary>The step's "name" in recipe JSON.</summary>
    string Name { get; }

    /// <summary>Checks the step, adding errors with JSON paths; may stage definitions for later steps' checks.</summary>
    Task ValidateAsync(JsonObject step, RecipeValidationContext context, CancellationToken ct);

    Task ExecuteAsync(JsonObject step, CancellationToken ct);
}

public sealed class RecipeValidationContext(ContentDefinitionSnapshot definitions)
{
    private readonly List<RecipeError> _errors = [];

    /// <summary>Definitions as they will be when this step runs (earlier steps may change them).</summary>
    public ContentDefinitionSnapshot Definitions { get; set; } = definitions;

    /// <summary>Content item ids (with their types) that earlier content steps will create.</summary>
    public Dictionary<string, (string Type, string LocalizationSet, string Culture)> PendingItems { get; } = new(StringComparer.Ordinal);

    public string StepName { get; set; } = "";
    public string StepPath { get; set; } = "$";
    public IReadOnlyList<RecipeError> Errors => _errors;

    /// <summary>Adds an error at a path relative to the step ("items[3].slug").</summary>
    public void AddError(string relativePath, string message) =>
        _errors.Add(new RecipeError(StepName, relativePath.Length == 0 ? StepPath : $"{StepPath}.{relativePath}", message));
}
