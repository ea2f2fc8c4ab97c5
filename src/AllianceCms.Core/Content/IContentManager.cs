using System.Globalization;

namespace AllianceCms.Core.Content;

/// <summary>
/// Creates, versions, publishes and deletes content items. Every save writes a new version; an
/// operation either writes everything or nothing. Validation messages use <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of a type in a culture (the default culture when null).</summary>
    Task<ContentItem> NewAsync(string contentType, string? culture = null, CancellationToken ct = default);

    /// <summary>Stores a new item as its first version, published or as a draft.</summary>
    Task<ContentResult> CreateAsync(ContentItem item, bool publish, CancellationToken ct = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken ct = default);
    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken ct = default);
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>The variant of an item's localization set in a culture.</summary>
    Task<ContentItem?> GetVariantAsync(string localizationSet, string culture, VersionOptions options = VersionOptions.Published, CancellationToken ct = default);
    Task<IReadOnlyList<ContentItem>> GetVariantsAsync(string localizationSet, VersionOptions options = VersionOptions.Latest, CancellationToken ct = default);

    /// <summary>
    /// Saves the edited item as a new version. <paramref name="item"/>'s version id must be the
    /// latest one, else the result is a conflict carrying the newer version.
    /// A type that is not draftable is published at once.
    /// </summary>
    Task<ContentResult> SaveAsync(ContentItem item, bool publish = false, CancellationToken ct = default);

    Task<ContentResult> PublishAsync(string contentItemId, CancellationToken ct = default);
    Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>Publishes and/or unpublishes the latest version at the given times (null clears).</summary>
    Task<ContentResult> ScheduleAsync(string contentItemId, DateTime? publishAtUtc, DateTime? unpublishAtUtc, CancellationToken ct = default);

    /// <summary>Carries out the schedules that are due; safe to run on several nodes at once.</summary>
    Task<int> RunSchedulesAsync(CancellationToken ct = default);

    /// <summary>Soft delete: the item leaves the site and lists but can be restored.</summary>
    Task<ContentResult> DeleteAsync(string contentItemId, CancellationToken ct = default);
    Task<ContentResult> RestoreAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>A new draft item with a copy of the latest content, in a new localization set.</summary>
    Task<ContentResult> CloneAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>A new draft variant of the item in another culture, in the same localization set.</summary>
    Task<ContentResult> LocalizeAsync(string contentItemId, string culture, CancellationToken ct = default);

    /// <summary>Makes an old version's content the latest draft again.</summary>
    Task<ContentResult> RestoreVersionAsync(string contentItemVersionId, CancellationToken ct = default);
}
