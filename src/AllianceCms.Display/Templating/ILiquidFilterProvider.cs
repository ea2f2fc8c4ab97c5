using Fluid;

namespace AllianceCms.Display.Templating;

/// <summary>
/// Liquid filters from outside Display (a module, the search): registered once when the engine is
/// built. Filters reach the page's culture and services through <c>PageRenderState.From(context)</c>.
/// Register with <c>services.AddSingleton&lt;ILiquidFilterProvider, MyFilters&gt;()</c>.
/// </summary>
public interface ILiquidFilterProvider
{
    void Register(FilterCollection filters);
}
