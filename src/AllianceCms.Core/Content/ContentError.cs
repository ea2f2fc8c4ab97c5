namespace AllianceCms.Core.Content;

/// <summary>
/// A problem with one field (path "Part.Field", or "DisplayText", "Slug"), with a code that
/// clients can rely on and a message already in the requested culture.
/// </summary>
public sealed record ContentError(string Path, string Code, string Message);
