using System.Text.Json;
using System.Text.Json.Nodes;

namespace AllianceCms.Core.Recipes;

/// <summary>Reads a step's JSON into its typed model, turning JSON errors into recipe errors with paths.</summary>
public static class RecipeStepReader
{
    public static T? Read<T>(JsonObject step, RecipeValidationContext context) where T : class
    {
        try
        {
            return step.Deserialize<T>(RecipeExecutor.JsonOptions);
        }
        catch (JsonException e)
        {
            context.AddError((e.Path ?? "$").TrimStart('$').TrimStart('.'), e.Message);
            return null;
        }
    }

    public static T Read<T>(JsonObject step) where T : class =>
        step.Deserialize<T>(RecipeExecutor.JsonOptions) ?? throw new InvalidOperationException("Empty recipe step.");
}
