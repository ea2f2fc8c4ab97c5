namespace AllianceCms.Core.Settings;

/// <summary>
/// Named counters kept as documents: each call returns the next number, never the same one twice,
/// even when several requests or nodes ask at once (a compare-and-swap on the document's version).
/// </summary>
public interface IDocumentCounters
{
    /// <summary>1 the first time for <paramref name="name"/>, then 2, 3…; committed at once, outside any ambient transaction.</summary>
    Task<int> NextAsync(string name, CancellationToken ct = default);
}
