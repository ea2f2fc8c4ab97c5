namespace AllianceCms.Workflows.Activities;

/// <summary>How an activity ended: with outcomes to follow, waiting for something, or failed.</summary>
public sealed class ActivityResult
{
    public IReadOnlyList<string> Outcomes { get; private init; } = [];
    public Bookmark? Bookmark { get; private init; }
    public string? FaultMessage { get; private init; }

    public bool IsFault => FaultMessage is not null;
    public bool IsSuspended => Bookmark is not null;

    public static ActivityResult Done(params string[] outcomes) => new() { Outcomes = outcomes };
    public static ActivityResult Suspend(Bookmark bookmark) => new() { Bookmark = bookmark };
    public static ActivityResult Fault(string message) => new() { FaultMessage = message };
}

/// <summary>
/// What a suspended activity waits for: a named signal with an optional key (e.g. a task id, a
/// status token), and/or a time at which a timer fires.
/// </summary>
public sealed record Bookmark(string Signal, string? Key = null, DateTime? DueUtc = null);
