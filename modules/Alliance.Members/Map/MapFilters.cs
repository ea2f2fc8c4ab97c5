using AllianceCms.Display.Rendering;
using AllianceCms.Display.Templating;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alliance.Members.Map;

/// <summary>
/// The participants' map in Liquid: <c>{% assign map = "europe" | europe_map %}</c> gives <c>width</c>,
/// <c>height</c> and <c>outlines</c> (each <c>name</c>, <c>path</c>); <c>{% assign p = location | map_point %}</c>
/// gives a GeoPoint's <c>x</c>, <c>y</c> on that map, or nil when it is not on it;
/// <c>{% assign p = country | field: "Country.Alpha2" | country_point %}</c> the point standing for a whole country.
/// The map also gives <c>group_above</c>: how many points a map may draw before it draws one per country instead.
/// </summary>
public sealed class MapFilters(IOptions<MapOptions> options) : ILiquidFilterProvider
{
    public void Register(FilterCollection filters)
    {
        filters.AddFilter("europe_map", Map);
        filters.AddFilter("map_point", Point);
        filters.AddFilter("country_point", CountryPoint);
    }

    private static EuropeMap MapOf(TemplateContext context) => PageRenderState.From(context).Services.GetRequiredService<EuropeMap>();

    private ValueTask<FluidValue> Map(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var map = MapOf(context);
        return FluidValue.Create(new Dictionary<string, object?>
        {
            ["width"] = map.Projection.Width,
            ["height"] = map.Projection.Height,
            ["group_above"] = options.Value.GroupAbove,
            ["outlines"] = map.Outlines.Select(o => new Dictionary<string, object?> { ["name"] = o.Name, ["path"] = o.PathData }).ToList(),
        }, context.Options);
    }

    private static async ValueTask<FluidValue> Point(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil()) return NilValue.Instance;
        var lat = await input.GetValueAsync("lat", context);
        var lng = await input.GetValueAsync("lng", context);
        if (lat.IsNil() || lng.IsNil()) return NilValue.Instance;
        if (MapOf(context).PointAt((double)lng.ToNumberValue(), (double)lat.ToNumberValue()) is not { } point) return NilValue.Instance;
        return FluidValue.Create(new Dictionary<string, object?> { ["x"] = point.X, ["y"] = point.Y }, context.Options);
    }

    private static ValueTask<FluidValue> CountryPoint(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil() || MapOf(context).CountryPointAt(input.ToStringValue()) is not { } point) return NilValue.Instance;
        return FluidValue.Create(new Dictionary<string, object?> { ["x"] = point.X, ["y"] = point.Y }, context.Options);
    }
}
