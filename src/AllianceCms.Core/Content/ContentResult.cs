namespace AllianceCms.Core.Content;

public enum ContentOutcome
{
    Ok,
    Invalid,
    /// <summary>The item changed since the caller loaded it; nothing was written.</summary>
    Conflict,
    NotFound,
}

/// <summary>What a content operation did: the item it produced, or why nothing was written.</summary>
public sealed class ContentResult
{
    public ContentOutcome Outcome { get; private init; }
    public ContentItem? Item { get; private init; }
    public IReadOnlyList<ContentError> Errors { get; private init; } = [];

    /// <summary>On a conflict, the newer version that was saved in between.</summary>
    public ContentItem? Current { get; private init; }

    public bool Succeeded => Outcome == ContentOutcome.Ok;

    public static ContentResult Ok(ContentItem item) => new() { Outcome = ContentOutcome.Ok, Item = item };
    public static ContentResult Invalid(IReadOnlyList<ContentError> errors) => new() { Outcome = ContentOutcome.Invalid, Errors = errors };
    public static ContentResult Conflict(ContentItem? current) => new() { Outcome = ContentOutcome.Conflict, Current = current };
    public static ContentResult NotFound() => new() { Outcome = ContentOutcome.NotFound };
}
