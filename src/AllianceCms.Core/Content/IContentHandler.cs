using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Content;

/// <summary>
/// Hooks into the life of content items without the core knowing who listens (output cache,
/// workflows, webhooks, search, audit). "-ing" methods run before anything is written, inside the
/// operation, and may add errors to stop it; "-ed" methods run after it is committed.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(ContentContext context) => Task.CompletedTask;
    Task CreatedAsync(ContentContext context) => Task.CompletedTask;
    Task UpdatingAsync(ContentContext context) => Task.CompletedTask;
    Task UpdatedAsync(ContentContext context) => Task.CompletedTask;
    Task PublishingAsync(ContentContext context) => Task.CompletedTask;
    Task PublishedAsync(ContentContext context) => Task.CompletedTask;
    Task UnpublishingAsync(ContentContext context) => Task.CompletedTask;
    Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;
    Task DeletingAsync(ContentContext context) => Task.CompletedTask;
    Task DeletedAsync(ContentContext context) => Task.CompletedTask;
    Task RestoringAsync(ContentContext context) => Task.CompletedTask;
    Task RestoredAsync(ContentContext context) => Task.CompletedTask;
}

public sealed class ContentContext(ContentItem item, ContentTypeModel type, CancellationToken ct)
{
    private readonly List<ContentError> _errors = [];

    public ContentItem ContentItem { get; } = item;
    public ContentTypeModel Type { get; } = type;
    public CancellationToken CancellationToken { get; } = ct;

    /// <summary>The published version that this operation replaced or removed, if any.</summary>
    public ContentItem? PreviousPublished { get; init; }

    public IReadOnlyList<ContentError> Errors => _errors;
    public void AddError(ContentError error) => _errors.Add(error);
}
