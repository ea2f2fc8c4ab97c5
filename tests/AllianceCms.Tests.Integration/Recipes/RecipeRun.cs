using AllianceCms.Core.Content;
using AllianceCms.Core.Recipes;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Tests.Integration.Recipes;

/// <summary>Runs recipes against a test site, each run in its own scope as an import would.</summary>
public static class RecipeRun
{
    /// <summary>A suffix that keeps the ids, slugs and names of one test apart from the others on a shared site.</summary>
    public static string NewSuffix() => Guid.NewGuid().ToString("N")[..8];

    public static async Task ImportAsync(this CmsFactory site, string json)
    {
        await using var scope = site.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeExecutor.Parse(json));
    }

    /// <summary>Imports a recipe that must be refused; returns its errors.</summary>
    public static async Task<IReadOnlyList<RecipeError>> RefusedAsync(this CmsFactory site, string json)
    {
        var refused = await Assert.ThrowsAsync<InvalidRecipeException>(() => site.ImportAsync(json));
        Assert.NotEmpty(refused.Errors);
        return refused.Errors;
    }

    /// <summary>Fails unless an error of that step is at that JSON path (or under it, for a path ending in "*").</summary>
    public static RecipeError HasError(this IReadOnlyList<RecipeError> errors, string step, string jsonPath)
    {
        var prefix = jsonPath.EndsWith('*') ? jsonPath[..^1] : null;
        var found = errors.FirstOrDefault(e => e.Step == step && (prefix is null ? e.JsonPath == jsonPath : e.JsonPath.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.True(found is not null, $"No error of step '{step}' at {jsonPath}. Errors: {string.Join(" | ", errors)}");
        return found!;
    }

    public static async Task<bool> RoleExistsAsync(this CmsFactory site, string role)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<RoleManager<CmsRole>>().RoleExistsAsync(role);
    }

    /// <summary>The stored versions of an item, newest first; empty when it does not exist.</summary>
    public static Task<IReadOnlyList<ContentItem>> VersionsAsync(this CmsFactory site, string contentItemId) =>
        site.WithContentAsync((content, _) => content.GetVersionsAsync(contentItemId));
}
