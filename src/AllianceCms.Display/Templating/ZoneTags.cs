using AllianceCms.Display.Rendering;
using Fluid;
using Fluid.Ast;

namespace AllianceCms.Display.Templating;

/// <summary>
/// Named zones of the layout. Any template adds to a zone with <c>{% zone "head" %}…{% endzone %}</c>
/// (in render order); the layout, rendered last, writes it with <c>{% render_zone "head" %}</c>.
/// </summary>
internal static class ZoneTags
{
    public static void Register(FluidParser parser)
    {
        parser.RegisterExpressionBlock("zone", async (expression, statements, writer, encoder, context) =>
        {
            var name = (await expression.EvaluateAsync(context)).ToStringValue();
            var completion = Completion.Normal;
            var html = await RenderBuffers.RenderAsync(async buffer => completion = await statements.RenderStatementsAsync(buffer, encoder, context));
            PageRenderState.From(context).Zones.Add(name, html);
            return completion;
        });

        parser.RegisterExpressionTag("render_zone", async (expression, writer, encoder, context) =>
        {
            var name = (await expression.EvaluateAsync(context)).ToStringValue();
            foreach (var part in PageRenderState.From(context).Zones.Get(name)) await writer.WriteAsync(part);
            return Completion.Normal;
        });
    }
}
