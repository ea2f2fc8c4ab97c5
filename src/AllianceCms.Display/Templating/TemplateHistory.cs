using System.Text.Json.Serialization;
using AllianceCms.Core.Settings;

namespace AllianceCms.Display.Templating;

/// <summary>The past versions of the administrator's overrides, newest first, kept as one named document.</summary>
public sealed class TemplateHistoryDocument
{
    public const string DocumentName = "TemplateHistory";

    [JsonPropertyName("templates")] public Dictionary<string, List<TemplateRevision>> Templates { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One saved version of an override, or its removal (<see cref="Removed"/>, no source).</summary>
public sealed class TemplateRevision
{
    [JsonPropertyName("number")] public int Number { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("removed")] public bool Removed { get; set; }
    [JsonPropertyName("modifiedUtc")] public DateTime ModifiedUtc { get; set; }
    [JsonPropertyName("modifiedBy")] public string? ModifiedBy { get; set; }
}

/// <summary>
/// Who changed an override, when, and to what: the last <see cref="Kept"/> revisions of each template,
/// so that an administrator can see and take back an earlier version.
/// </summary>
public sealed class TemplateHistory(IDocumentStore documents, TimeProvider clock)
{
    public const int Kept = 20;

    public async Task<IReadOnlyList<TemplateRevision>> ListAsync(string name, CancellationToken ct = default) =>
        (await LoadAsync(ct)).Templates.GetValueOrDefault(name) ?? [];

    public async Task<TemplateRevision?> GetAsync(string name, int number, CancellationToken ct = default) =>
        (await ListAsync(name, ct)).FirstOrDefault(r => r.Number == number);

    /// <summary>Records a saved version (<paramref name="source"/>) or a removal (null).</summary>
    public async Task RecordAsync(string name, string? source, string? modifiedBy, CancellationToken ct = default)
    {
        var document = await LoadAsync(ct);
        var revisions = document.Templates.TryGetValue(name, out var list) ? list : document.Templates[name] = [];
        revisions.Insert(0, new TemplateRevision
        {
            Number = revisions.Count == 0 ? 1 : revisions.Max(r => r.Number) + 1,
            Source = source, Removed = source is null,
            ModifiedUtc = clock.GetUtcNow().UtcDateTime, ModifiedBy = modifiedBy,
        });
        if (revisions.Count > Kept) revisions.RemoveRange(Kept, revisions.Count - Kept);
        await documents.SaveAsync(TemplateHistoryDocument.DocumentName, document, ct);
    }

    private async Task<TemplateHistoryDocument> LoadAsync(CancellationToken ct) =>
        await documents.GetAsync<TemplateHistoryDocument>(TemplateHistoryDocument.DocumentName, ct) ?? new TemplateHistoryDocument();
}
