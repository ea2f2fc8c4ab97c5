using AllianceCms.Core.Menus;
using Microsoft.AspNetCore.OutputCaching;

namespace AllianceCms.Display.Menus;

/// <summary>Drops the cached pages that show menus when one is saved.</summary>
public sealed class MenuPageEviction(IOutputCacheStore pages) : IMenuChangeHandler
{
    /// <summary>Output-cache tag of every page that shows a menu.</summary>
    public const string CacheTag = "cms:menus";

    public Task MenuChangedAsync(string name, string culture, CancellationToken ct) =>
        pages.EvictByTagAsync(CacheTag, CancellationToken.None).AsTask();
}
