using AllianceCms.Core.Content;

namespace AllianceCms.Data.Content;

/// <summary>Runs every registered <see cref="IContentHandler"/> for one event, in registration order.</summary>
public sealed class ContentHandlers(IEnumerable<IContentHandler> handlers)
{
    private readonly IContentHandler[] _handlers = handlers.ToArray();

    public async Task InvokeAsync(Func<IContentHandler, ContentContext, Task> call, ContentContext context)
    {
        foreach (var handler in _handlers) await call(handler, context);
    }
}
