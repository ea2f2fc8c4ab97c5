using AllianceCms.Data.Mail;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Workflows;

/// <summary>The tables of the workflow engine, the task inbox and the mail outbox.</summary>
internal static class WorkflowModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<WorkflowDefinitionRecord>(e =>
        {
            e.ToTable("WorkflowDefinitions");
            e.Property(x => x.DefinitionId).HasMaxLength(64);
            e.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
        });
        builder.Entity<WorkflowInstanceRecord>(e =>
        {
            e.ToTable("WorkflowInstances");
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.DefinitionId).HasMaxLength(64);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.CorrelationId).HasMaxLength(128);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.Status, x.UpdatedUtc });
            e.HasIndex(x => x.CorrelationId);
        });
        builder.Entity<WorkflowWaitRecord>(e =>
        {
            e.ToTable("WorkflowWaits");
            e.Property(x => x.InstanceId).HasMaxLength(32);
            e.Property(x => x.ActivityId).HasMaxLength(64);
            e.Property(x => x.Signal).HasMaxLength(128);
            e.Property(x => x.Key).HasMaxLength(256);
            e.Property(x => x.LeaseOwner).HasMaxLength(128);
            e.HasIndex(x => new { x.Signal, x.Key });
            e.HasIndex(x => x.DueUtc);
            e.HasIndex(x => new { x.InstanceId, x.ActivityId }).IsUnique();
        });
        builder.Entity<UserTaskRecord>(e =>
        {
            e.ToTable("UserTasks");
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.InstanceId).HasMaxLength(32);
            e.Property(x => x.ActivityId).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(400);
            e.Property(x => x.SubjectContentItemId).HasMaxLength(64);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.ClaimedBy).HasMaxLength(64);
            e.Property(x => x.Outcome).HasMaxLength(64);
            e.Property(x => x.DecidedBy).HasMaxLength(64);
            e.Property(x => x.ExcludedUserIds).HasDefaultValue("[]");
            e.HasIndex(x => x.Key).IsUnique();
            e.HasIndex(x => new { x.Status, x.DueUtc });
            e.HasIndex(x => x.InstanceId);
            e.HasMany(x => x.Assignees).WithOne().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<UserTaskAssigneeRecord>(e =>
        {
            e.ToTable("UserTaskAssignees");
            e.Property(x => x.TaskId).HasMaxLength(32);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Role).HasMaxLength(64);
            e.HasIndex(x => x.UserId);
            e.HasIndex(x => x.Role);
        });
        builder.Entity<UserTaskEventRecord>(e =>
        {
            e.ToTable("UserTaskEvents");
            e.Property(x => x.TaskId).HasMaxLength(32);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasIndex(x => new { x.TaskId, x.Id });
            e.HasOne<UserTaskRecord>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MailOutboxRecord>(e =>
        {
            e.ToTable("MailOutbox");
            e.Property(x => x.IdempotencyKey).HasMaxLength(200);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.Culture).HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.IdempotencyKey).IsUnique();
            e.HasIndex(x => new { x.Status, x.NextAttemptUtc });
        });
    }
}
