using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Recipes;
using AllianceCms.Core.Settings;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Recipes;

/// <summary>
/// Writes the site as a recipe: settings, roles, definitions and every item (its published version,
/// then its newer draft if it has one), so that importing it into an empty site gives the same content.
/// </summary>
public sealed class RecipeExporter(CmsDbContext db, IContentDefinitionStore definitions, IDocumentStore documents, IContentQueryService queries, IEnumerable<IRecipeStepExporter> exporters)
{
    private const int PageSize = ContentQuery.MaxPageSize;

    public async Task<Recipe> ExportAsync(string name, CancellationToken ct = default)
    {
        var recipe = new Recipe { Name = name, DisplayName = $"Export of {name}", Description = "Exported site: settings, roles, content definitions and content." };
        recipe.Steps.Add(await SettingsStepAsync(ct));
        recipe.Steps.Add(await RolesStepAsync(ct));
        recipe.Steps.Add(await DefinitionsStepAsync(ct));
        recipe.Steps.Add(await ContentStepAsync(ct));
        // Steps of features that keep their own data (menus…), after the content they may point to.
        foreach (var exporter in exporters)
        {
            if (await exporter.ExportAsync(ct) is { } step) recipe.Steps.Add(step);
        }
        return recipe;
    }

    public static string Serialize(Recipe recipe) => JsonSerializer.Serialize(recipe, RecipeExecutor.JsonOptions);

    private async Task<JsonObject> SettingsStepAsync(CancellationToken ct)
    {
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentName, ct) ?? new SiteSettings();
        var values = JsonSerializer.SerializeToNode(settings)!.AsObject();
        return new JsonObject { ["name"] = "Settings", ["settings"] = values };
    }

    private async Task<JsonObject> RolesStepAsync(CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == CmsRole.PermissionClaimType).ToListAsync(ct);
        var list = new JsonArray();
        foreach (var role in roles)
        {
            var permissions = claims.Where(c => c.RoleId == role.Id).Select(c => c.ClaimValue!).Order(StringComparer.Ordinal);
            var node = new JsonObject { ["name"] = role.Name };
            if (role.Description is not null) node["description"] = role.Description;
            node["permissions"] = new JsonArray([.. permissions.Select(p => (JsonNode)JsonValue.Create(p))]);
            list.Add(node);
        }
        return new JsonObject { ["name"] = "Roles", ["roles"] = list };
    }

    private async Task<JsonObject> DefinitionsStepAsync(CancellationToken ct)
    {
        var snapshot = await definitions.GetSnapshotAsync(ct);
        return new JsonObject
        {
            ["name"] = "ContentDefinitions",
            ["parts"] = JsonSerializer.SerializeToNode(snapshot.Parts.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList()),
            ["types"] = JsonSerializer.SerializeToNode(snapshot.Types.Select(t => t.Type).ToList()),
        };
    }

    private async Task<JsonObject> ContentStepAsync(CancellationToken ct)
    {
        var items = new JsonArray();
        // Items referenced by others must exist first: export in creation order.
        var query = new ContentQuery { Status = ContentStatus.Latest, SortBy = ContentSortKey.CreatedUtc, Descending = false, PageSize = PageSize, IncludeTotal = false };
        while (true)
        {
            var page = await queries.QueryAsync(query, ct);
            foreach (var latest in page.Items)
            {
                if (!latest.Published && await PublishedVersionAsync(latest.ContentItemId, ct) is { } published) items.Add(ToNode(published));
                items.Add(ToNode(latest));
            }
            if (page.NextCursor is null) break;
            query = query with { After = page.NextCursor };
        }
        return new JsonObject { ["name"] = "Content", ["items"] = items };
    }

    private async Task<ContentItem?> PublishedVersionAsync(string contentItemId, CancellationToken ct)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published, ct);
        return record is null ? null : Content.ContentRecordMapper.ToItem(record);
    }

    private static JsonObject ToNode(ContentItem item)
    {
        var node = new JsonObject
        {
            ["type"] = item.ContentType,
            ["contentItemId"] = item.ContentItemId,
            ["localizationSet"] = item.LocalizationSet,
            ["culture"] = item.Culture,
            ["published"] = item.Published,
            ["displayText"] = item.DisplayText,
        };
        if (item.Slug is not null) node["slug"] = item.Slug;
        if (item.Owner is not null) node["owner"] = item.Owner;
        node["createdUtc"] = item.CreatedUtc;
        if (item.PublishedUtc is { } published) node["publishedUtc"] = published;
        node["content"] = item.Content.DeepClone();
        return node;
    }
}
