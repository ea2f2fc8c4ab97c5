using AllianceCms.Core.Metadata;

namespace AllianceCms.Data.Definitions;

/// <summary>Validates the changes staged in a <see cref="ContentDefinitionEditor"/> and stores them.</summary>
public sealed class DefinitionEditorApplier(IContentDefinitionStore store)
{
    public async Task ApplyAsync(ContentDefinitionEditor editor, CancellationToken ct = default)
    {
        var parts = editor.PartsAfterChanges();
        var errors = editor.ChangedParts.SelectMany(ContentDefinitionValidator.Validate)
            .Concat(editor.ChangedTypes.SelectMany(t => ContentDefinitionValidator.Validate(t, parts)))
            .ToList();
        if (errors.Count > 0) throw new InvalidContentDefinitionException(errors);

        foreach (var part in editor.ChangedParts) await store.SavePartAsync(part, ct);
        foreach (var type in editor.ChangedTypes) await store.SaveTypeAsync(type, ct);
        foreach (var name in editor.RemovedTypes) await store.DeleteTypeAsync(name, ct);
    }

    /// <summary>Stages and applies changes against the current snapshot.</summary>
    public async Task AlterAsync(Action<ContentDefinitionEditor> alter, CancellationToken ct = default)
    {
        var editor = new ContentDefinitionEditor(await store.GetSnapshotAsync(ct));
        alter(editor);
        await ApplyAsync(editor, ct);
    }
}
