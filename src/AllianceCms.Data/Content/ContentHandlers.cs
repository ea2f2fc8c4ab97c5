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

    /// <summary>An "-ed" event for the handlers that take it inside the transaction (<see cref="ITransactionalContentHandler"/>).</summary>
    public async Task InvokeInTransactionAsync(Func<IContentHandler, ContentContext, Task> call, ContentContext context)
    {
        foreach (var handler in _handlers)
            if (handler is ITransactionalContentHandler) await call(handler, context);
    }

    /// <summary>An "-ed" event for the other handlers, once committed.</summary>
    public async Task InvokeAfterCommitAsync(Func<IContentHandler, ContentContext, Task> call, ContentContext context)
    {
        foreach (var handler in _handlers)
            if (handler is not ITransactionalContentHandler) await call(handler, context);
    }
}
