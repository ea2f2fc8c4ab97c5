using AllianceCms.Display.Templating;
using Fluid;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Display.Rendering;

/// <summary>The template that rendered, where it came from, and what it wrote.</summary>
public sealed record RenderedTemplate(TemplateFile File, string Html);

/// <summary>
/// Renders the first template that works among the alternates: for each name, the database's version,
/// then the theme's, then the modules'. A version that does not parse or that throws while rendering
/// is logged and skipped, so a broken template never takes a page down.
/// </summary>
public sealed class TemplateRenderer(TemplateCatalog catalog, LiquidEngine engine, ILogger<TemplateRenderer> logger)
{
    /// <param name="newContext">A fresh context per attempt, so that a failed attempt leaves nothing behind.</param>
    /// <returns>Null when no alternate exists or every one failed.</returns>
    public async Task<RenderedTemplate?> RenderFirstAsync(IReadOnlyList<string> alternates, Func<TemplateContext> newContext, CancellationToken ct)
    {
        foreach (var name in alternates)
        {
            foreach (var file in catalog.Candidates(name))
            {
                ct.ThrowIfCancellationRequested();
                var parsed = engine.Parse(file);
                if (parsed.Template is null) continue; // the engine logged why, once

                var context = newContext();
                var state = context.AmbientValues.TryGetValue(PageRenderState.AmbientKey, out var s) ? s as PageRenderState : null;
                var mark = state?.Zones.Save();
                try
                {
                    var html = await RenderBuffers.RenderAsync(writer => parsed.Template.RenderAsync(writer, LiquidEngine.HtmlEncoder, context).AsTask());
                    return new RenderedTemplate(file, html);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    mark?.Restore();
                    logger.LogError(e, "Template {Template} from {Origin} ({Location}) failed to render; trying the next alternate", file.Name, file.Origin, file.Location);
                }
            }
        }
        return null;
    }
}
