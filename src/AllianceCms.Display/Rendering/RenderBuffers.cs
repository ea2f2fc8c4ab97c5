using System.Text;
using Microsoft.Extensions.ObjectPool;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// String builders that templates render into, reused across requests: a page renders a dozen
/// templates and zones, and growing a fresh builder for each made a third of a page's garbage.
/// </summary>
internal static class RenderBuffers
{
    private static readonly ObjectPool<StringBuilder> Pool =
        new DefaultObjectPoolProvider { MaximumRetained = 256 }.CreateStringBuilderPool(initialCapacity: 4096, maximumRetainedCapacity: 256 * 1024);

    /// <summary>Renders with a pooled builder and returns what was written.</summary>
    public static async Task<string> RenderAsync(Func<TextWriter, Task> render)
    {
        var builder = Pool.Get();
        try
        {
            await using var writer = new StringWriter(builder);
            await render(writer);
            return builder.ToString();
        }
        finally { Pool.Return(builder); }
    }
}
