namespace Alliance.JoinForm.Submission;

/// <summary>The join pages' addresses in each language.</summary>
public sealed record JoinRoutes(string Culture, string Form, string Status)
{
    public static readonly JoinRoutes English = new("en", "/join", "/join/status");
    public static readonly JoinRoutes French = new("fr", "/fr/adherer", "/fr/adherer/statut");

    public static IReadOnlyList<JoinRoutes> All { get; } = [English, French];

    public static JoinRoutes For(string? culture) => culture == "fr" ? French : English;
}
