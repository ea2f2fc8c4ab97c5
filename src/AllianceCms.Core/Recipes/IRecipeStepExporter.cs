using System.Text.Json.Nodes;

namespace AllianceCms.Core.Recipes;

/// <summary>
/// Adds a step to an exported recipe for data a feature keeps (menus…), written the way its own
/// <see cref="IRecipeStepHandler"/> reads it back; null when there is nothing to export.
/// </summary>
public interface IRecipeStepExporter
{
    Task<JsonObject?> ExportAsync(CancellationToken ct);
}
