using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Core.Recipes;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Data.Recipes;

/// <summary>"Roles": creates roles and sets their permissions to exactly the listed ones.</summary>
public sealed class RolesStep(RoleManager<CmsRole> roles) : IRecipeStepHandler
{
    public string Name => "Roles";

    public sealed class Model
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("roles")] public List<RoleModel> Roles { get; set; } = [];
    }

    public sealed class RoleModel
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("permissions")] public List<string> Permissions { get; set; } = [];
    }

    public Task ValidateAsync(JsonObject step, RecipeValidationContext context, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<Model>(step, context);
        if (model is null) return Task.CompletedTask;
        for (var i = 0; i < model.Roles.Count; i++)
        {
            var role = model.Roles[i];
            if (string.IsNullOrWhiteSpace(role.Name) || role.Name.Length > 64) context.AddError($"roles[{i}].name", "A role needs a name of at most 64 characters.");
            for (var j = 0; j < role.Permissions.Count; j++)
                if (string.IsNullOrWhiteSpace(role.Permissions[j]) || role.Permissions[j].Length > 200)
                    context.AddError($"roles[{i}].permissions[{j}]", "A permission must be a non-empty name.");
        }
        foreach (var duplicate in model.Roles.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            context.AddError("roles", $"The role '{duplicate.Key}' is listed twice.");
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonObject step, CancellationToken ct)
    {
        foreach (var model in RecipeStepReader.Read<Model>(step).Roles)
        {
            var role = await roles.FindByNameAsync(model.Name);
            if (role is null)
            {
                role = new CmsRole(model.Name) { Description = model.Description };
                Check(await roles.CreateAsync(role), model.Name);
            }
            else if (role.Description != model.Description)
            {
                role.Description = model.Description;
                Check(await roles.UpdateAsync(role), model.Name);
            }
            var all = await roles.GetClaimsAsync(role);
            // The roles a recipe declares are the site's own, which others (workflows, tasks) may name.
            if (!all.Any(c => c.Type == CmsRole.BuiltInClaimType))
                Check(await roles.AddClaimAsync(role, new Claim(CmsRole.BuiltInClaimType, "recipe")), model.Name);
            var claims = all.Where(c => c.Type == CmsRole.PermissionClaimType).ToList();
            foreach (var claim in claims.Where(c => !model.Permissions.Contains(c.Value)))
                Check(await roles.RemoveClaimAsync(role, claim), model.Name);
            foreach (var permission in model.Permissions.Distinct().Where(p => claims.All(c => c.Value != p)))
                Check(await roles.AddClaimAsync(role, new Claim(CmsRole.PermissionClaimType, permission)), model.Name);
        }
    }

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Role '{role}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
