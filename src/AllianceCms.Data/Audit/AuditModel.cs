using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Audit;

/// <summary>The audit trail's table and the indexes its filters use.</summary>
internal static class AuditModel
{
    public const int NameLength = 200;
    public const int TitleLength = 400;
    public const int SummaryLength = 2000;

    public static void Configure(ModelBuilder builder) => builder.Entity<AuditRecord>(e =>
    {
        e.ToTable("AuditTrail");
        e.Property(x => x.ActorKind).HasMaxLength(16);
        e.Property(x => x.ActorId).HasMaxLength(64);
        e.Property(x => x.ActorName).HasMaxLength(NameLength);
        e.Property(x => x.Category).HasMaxLength(64);
        e.Property(x => x.Action).HasMaxLength(64);
        e.Property(x => x.SubjectType).HasMaxLength(64);
        e.Property(x => x.SubjectId).HasMaxLength(64);
        e.Property(x => x.SubjectTitle).HasMaxLength(TitleLength);
        e.Property(x => x.Summary).HasMaxLength(SummaryLength);
        // The page lists newest first, filtered by time, actor, category or subject.
        e.HasIndex(x => new { x.OccurredUtc, x.Id });
        e.HasIndex(x => new { x.Category, x.Action, x.OccurredUtc });
        e.HasIndex(x => new { x.ActorId, x.OccurredUtc });
        e.HasIndex(x => new { x.SubjectId, x.OccurredUtc });
    });
}
