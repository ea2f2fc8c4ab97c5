namespace AllianceCms.Core.Metadata;

/// <summary>Where definitions are kept. Every save is versioned; the snapshot is refreshed after it.</summary>
public interface IContentDefinitionStore
{
    /// <summary>The current definitions, cached until a definition changes.</summary>
    ValueTask<ContentDefinitionSnapshot> GetSnapshotAsync(CancellationToken ct = default);

    Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken ct = default);
    Task SavePartAsync(ContentPartDefinition part, CancellationToken ct = default);
    Task DeleteTypeAsync(string name, CancellationToken ct = default);

    /// <summary>Past versions of a type or part definition, newest first.</summary>
    Task<IReadOnlyList<DefinitionVersion>> GetHistoryAsync(string kind, string name, CancellationToken ct = default);
}

public sealed record DefinitionVersion(string Kind, string Name, int Version, string Json, DateTime CreatedUtc);
