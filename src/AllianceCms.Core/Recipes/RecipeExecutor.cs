using System.Text.Json;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Core.Recipes;

/// <summary>Validates a whole recipe, then runs its steps in one transaction.</summary>
public sealed class RecipeExecutor(
    IEnumerable<IRecipeStepHandler> handlers,
    IContentDefinitionStore definitions,
    ITransactionRunner transactions,
    ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads recipe JSON, reporting a syntax error with its path and line.</summary>
    public static Recipe Parse(string json)
    {
        try
        {
            var recipe = JsonSerializer.Deserialize<Recipe>(json, JsonOptions)
                ?? throw new InvalidRecipeException([new RecipeError("", "$", "The recipe is empty.")]);
            if (string.IsNullOrWhiteSpace(recipe.Name))
                throw new InvalidRecipeException([new RecipeError("", "$.name", "The recipe needs a name.")]);
            return recipe;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new InvalidRecipeException([new RecipeError("", e.Path ?? "$", $"Not valid recipe JSON{where}: {e.Message}")]);
        }
    }

    public async Task<IReadOnlyList<RecipeError>> ValidateAsync(Recipe recipe, CancellationToken ct = default)
    {
        var context = new RecipeValidationContext(await definitions.GetSnapshotAsync(ct));
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = recipe.Steps[i];
            var name = step["name"]?.GetValueKind() == JsonValueKind.String ? step["name"]!.GetValue<string>() : "";
            context.StepName = name;
            context.StepPath = $"$.steps[{i}]";
            if (!_handlers.TryGetValue(name, out var handler))
            {
                context.AddError("name", $"Unknown step '{name}'. Known steps: {string.Join(", ", _handlers.Keys.Order())}.");
                continue;
            }
            await handler.ValidateAsync(step, context, ct);
        }
        return context.Errors;
    }

    /// <summary>A path relative to step <paramref name="index"/> ("items[3]") made absolute ("$.steps[1].items[3]").</summary>
    private static string StepPath(int index, string path) =>
        path.StartsWith('$') ? path : path.Length == 0 ? $"$.steps[{index}]" : $"$.steps[{index}].{path}";

    /// <summary>Validates every step first; then runs them all in one transaction, or throws and writes nothing.</summary>
    public async Task ExecuteAsync(Recipe recipe, CancellationToken ct = default)
    {
        var errors = await ValidateAsync(recipe, ct);
        if (errors.Count > 0) throw new InvalidRecipeException(errors);

        await transactions.RunAsync(async token =>
        {
            for (var i = 0; i < recipe.Steps.Count; i++)
            {
                var step = recipe.Steps[i];
                var name = step["name"]!.GetValue<string>();
                logger.LogInformation("Running recipe {Recipe} step {Step}", recipe.Name, name);
                try
                {
                    await _handlers[name].ExecuteAsync(step, token);
                }
                catch (InvalidRecipeException e)
                {
                    // What only shows when writing (an item clashing with a stored one) is reported like a validation error: step and path.
                    throw new InvalidRecipeException([.. e.Errors.Select(error => error with { Step = name, JsonPath = StepPath(i, error.JsonPath) })]);
                }
            }
            return true;
        }, ct);
        logger.LogInformation("Recipe {Recipe} imported ({Steps} steps)", recipe.Name, recipe.Steps.Count);
    }
}
