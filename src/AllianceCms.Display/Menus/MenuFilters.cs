using AllianceCms.Core.Content;
using AllianceCms.Core.Menus;
using AllianceCms.Display.Rendering;
using AllianceCms.Display.Templating;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Display.Menus;

/// <summary>
/// <c>{% assign entries = "main" | menu %}</c>: a menu's entries in the page's culture, each with
/// <c>label</c>, <c>url</c>, <c>current</c> (it is this page), <c>external</c> and <c>lang</c> (the
/// target's language when it is an item shown untranslated). Entries whose item is not published
/// are left out. A menu never saved in the page's culture gives nil, so a theme can fall back.
/// </summary>
public sealed class MenuFilters : ILiquidFilterProvider
{
    public void Register(FilterCollection filters) => filters.AddFilter("menu", MenuAsync);

    private static async ValueTask<FluidValue> MenuAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = PageRenderState.From(context);
        var ct = state.CancellationToken;
        // Saving any menu drops the pages tagged so; publishing an entry's item drops those tagged with its set.
        state.CacheTags.Add(MenuPageEviction.CacheTag);
        var entries = await state.Services.GetRequiredService<MenuStore>().GetAsync(input.ToStringValue(), state.Culture, ct);
        if (entries is null) return NilValue.Instance;

        var pageUrl = (await context.GetValue("page").GetValueAsync("url", context)).ToStringValue();
        var content = state.Services.GetRequiredService<IContentManager>();
        var result = new List<FluidValue>(entries.Count);
        foreach (var entry in entries)
        {
            string? url = entry.Url, lang = null;
            if (entry.ContentItemId is { } id)
            {
                var target = await PublishedInCultureAsync(content, id, state, ct);
                if (target is null || state.View(target) is not { Url: { } itemUrl } view) continue;
                url = itemUrl;
                if (view.IsFallback) lang = target.Culture;
            }
            if (url is null) continue;
            result.Add(new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>
            {
                ["label"] = new StringValue(entry.Label),
                ["url"] = new StringValue(url),
                ["current"] = BooleanValue.Create(IsCurrent(url, pageUrl)),
                ["external"] = BooleanValue.Create(!url.StartsWith('/')),
                ["lang"] = lang is null ? NilValue.Instance : new StringValue(lang),
            })));
        }
        return new ArrayValue(result);
    }

    /// <summary>The item's published variant in the page's culture, else its own published version; null when not public.</summary>
    private static async Task<ContentItem?> PublishedInCultureAsync(IContentManager content, string id, PageRenderState state, CancellationToken ct)
    {
        var item = await content.GetAsync(id, VersionOptions.Published, ct);
        if (item is null)
        {
            // Published later, it must appear: the item's id is its localization set's tag when it is the first variant.
            var latest = await content.GetAsync(id, VersionOptions.Latest, ct);
            state.CacheTags.Add(Caching.CacheTags.Item(latest?.LocalizationSet ?? id));
            return null;
        }
        if (string.Equals(item.Culture, state.Culture, StringComparison.OrdinalIgnoreCase)) return item;
        state.CacheTags.Add(Caching.CacheTags.Item(item.LocalizationSet));
        return await content.GetVariantAsync(item.LocalizationSet, state.Culture, VersionOptions.Published, ct) ?? item;
    }

    private static bool IsCurrent(string url, string pageUrl)
    {
        if (pageUrl.Length == 0 || !url.StartsWith('/')) return false;
        var path = url.Split('?', '#')[0];
        return string.Equals(path.TrimEnd('/'), pageUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) || (path == "/" && pageUrl == "/");
    }
}
