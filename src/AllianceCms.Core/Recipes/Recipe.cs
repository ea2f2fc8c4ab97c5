using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AllianceCms.Core.Recipes;

/// <summary>A recipe: ordered steps that set up or change a site; export writes one, import reads it.</summary>
public sealed class Recipe
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("displayName")] public string? DisplayName { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("version")] public int Version { get; set; } = 1;
    [JsonPropertyName("steps")] public List<JsonObject> Steps { get; set; } = [];
}

/// <summary>A problem found in a recipe: which step, where in the JSON, what is wrong. Nothing is written when there is one.</summary>
public sealed record RecipeError(string Step, string JsonPath, string Message)
{
    public override string ToString() => $"{JsonPath} (step '{Step}'): {Message}";
}

public sealed class InvalidRecipeException(IReadOnlyList<RecipeError> errors)
    : InvalidOperationException("The recipe is invalid; nothing was imported. " + string.Join(" ", errors.Take(10)))
{
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
