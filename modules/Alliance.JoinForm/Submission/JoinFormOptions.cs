using System.ComponentModel.DataAnnotations;

namespace Alliance.JoinForm.Submission;

/// <summary>"JoinForm" settings: spam guards, the upload limit and the privacy notice's version.</summary>
public sealed class JoinFormOptions
{
    public const string Section = "JoinForm";

    /// <summary>Largest signed letter accepted, in bytes (10 MB).</summary>
    [Range(1024, 100 * 1024 * 1024)] public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>A form sent back sooner than this after it was shown is a robot's.</summary>
    [Range(0, 3600)] public int MinFillSeconds { get; set; } = 3;

    /// <summary>A form older than this must be shown again (its timestamp has expired).</summary>
    [Range(1, 7 * 24)] public int MaxFormAgeHours { get; set; } = 24;

    /// <summary>Submissions (and answers) allowed per client address in <see cref="RateLimitWindowMinutes"/>.</summary>
    [Range(1, 100000)] public int RateLimitPermits { get; set; } = 5;

    [Range(1, 24 * 60)] public int RateLimitWindowMinutes { get; set; } = 10;

    /// <summary>The version of the privacy notice the consent checkbox shows; stored with each consent.</summary>
    [Required] public string ConsentTextVersion { get; set; } = "privacy-2026-01";

    /// <summary>Where uploads go; empty: "private/uploads/join" under Database:DataFolder (never under wwwroot).</summary>
    public string? UploadsFolder { get; set; }
}
