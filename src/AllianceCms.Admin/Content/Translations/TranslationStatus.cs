using System.Security.Claims;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Security;
using AllianceCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Content.Translations;

public enum TranslationGap { Missing, Outdated }

/// <summary>
/// A culture an item is not (or no longer) translated into: the variant to translate from (the most
/// recently changed one) and, when outdated, the variant that is older than it.
/// </summary>
public sealed record TranslationTask(
    ContentTypeModel Type, TranslationGap Gap, string Culture,
    string SourceId, string SourceTitle, string SourceCulture, DateTime SourceModifiedUtc,
    string? TargetId, string? TargetTitle, DateTime? TargetModifiedUtc);

/// <summary>Which items of the types a user may read lack a culture, or have one older than the last change of another.</summary>
public sealed class TranslationStatus(CmsDbContext db, IContentDefinitionStore definitions, IOptions<CultureOptions> cultures)
{
    public async Task<IReadOnlyList<TranslationTask>> ListAsync(ClaimsPrincipal user, string? type, string? culture, CancellationToken ct)
    {
        var supported = cultures.Value.Supported.Select(c => c.ToLowerInvariant()).Distinct().ToList();
        if (supported.Count < 2) return [];
        var permissions = user.Permissions();
        var types = permissions.ListableTypes(await definitions.GetSnapshotAsync(ct))
            .Where(t => t.Settings.Localizable && (string.IsNullOrEmpty(type) || t.Name == type)).ToDictionary(t => t.Name);
        if (types.Count == 0) return [];
        var all = types.Values.Where(t => permissions.Reach(ContentActions.View, t) == ContentReach.All).Select(t => t.Name).ToList();
        var own = types.Values.Where(t => permissions.Reach(ContentActions.View, t) == ContentReach.Own).Select(t => t.Name).ToList();
        var userId = user.UserId();

        var rows = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && r.DeletedUtc == null
                && (all.Contains(r.ContentType) || (userId != null && own.Contains(r.ContentType) && r.Owner == userId)))
            .Select(r => new { r.ContentItemId, r.LocalizationSet, r.ContentType, r.Culture, r.DisplayText, r.ModifiedUtc })
            .ToListAsync(ct);

        var tasks = new List<TranslationTask>();
        foreach (var set in rows.GroupBy(r => r.LocalizationSet))
        {
            var source = set.OrderByDescending(r => r.ModifiedUtc).First();
            foreach (var target in supported.Where(c => string.IsNullOrEmpty(culture) || string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)))
            {
                if (string.Equals(target, source.Culture, StringComparison.OrdinalIgnoreCase)) continue;
                var variant = set.FirstOrDefault(r => string.Equals(r.Culture, target, StringComparison.OrdinalIgnoreCase));
                if (variant is not null && variant.ModifiedUtc >= source.ModifiedUtc) continue;
                tasks.Add(new TranslationTask(types[source.ContentType], variant is null ? TranslationGap.Missing : TranslationGap.Outdated, target,
                    source.ContentItemId, source.DisplayText, source.Culture, source.ModifiedUtc,
                    variant?.ContentItemId, variant?.DisplayText, variant?.ModifiedUtc));
            }
        }
        return tasks.OrderByDescending(t => t.SourceModifiedUtc).ToList();
    }
}
