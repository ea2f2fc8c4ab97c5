using AllianceCms.Display.Rendering;
using AllianceCms.Display.Templating;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Search;

/// <summary><c>{{ page.culture | search_url }}</c>: the search page of a culture, for the header's search box.</summary>
public sealed class SearchFilters : ILiquidFilterProvider
{
    public void Register(FilterCollection filters) => filters.AddFilter("search_url", SearchUrl);

    private static ValueTask<FluidValue> SearchUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = PageRenderState.From(context);
        var culture = input.IsNil() || input.ToStringValue().Length == 0 ? state.Culture : input.ToStringValue();
        return new StringValue(state.Services.GetRequiredService<SearchRoutes>().PathFor(culture));
    }
}
