using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AllianceCms.Data;

/// <summary>
/// The CMS's tables. Each database provider has a subclass (<see cref="SqliteCmsDbContext"/>,
/// <see cref="PostgresCmsDbContext"/>) that owns its migrations; the model itself is shared.
/// </summary>
public abstract class CmsDbContext(DbContextOptions options) : IdentityDbContext<CmsUser, CmsRole, string>(options)
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<ContentIndexRecord> ContentIndex => Set<ContentIndexRecord>();
    public DbSet<ContentRouteRecord> ContentRoutes => Set<ContentRouteRecord>();
    public DbSet<ContentDefinitionRecord> ContentDefinitions => Set<ContentDefinitionRecord>();
    public DbSet<ContentDefinitionHistoryRecord> ContentDefinitionHistory => Set<ContentDefinitionHistoryRecord>();
    public DbSet<ModuleMigrationRecord> ModuleMigrations => Set<ModuleMigrationRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every DateTime is UTC; SQLite hands them back unspecified, so say so on the way out.
        builder.Properties<DateTime>().HaveConversion<UtcConverter>();
        builder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<ContentItemRecord>(e =>
        {
            e.ToTable("ContentItems");
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(64);
            e.Property(x => x.ContentType).HasMaxLength(64);
            e.Property(x => x.Culture).HasMaxLength(16);
            e.Property(x => x.LocalizationSet).HasMaxLength(64);
            e.Property(x => x.DisplayText).HasMaxLength(400);
            e.Property(x => x.DisplayTextNormalized).HasMaxLength(400);
            e.Property(x => x.Slug).HasMaxLength(120);
            e.Property(x => x.Owner).HasMaxLength(64);
            e.Property(x => x.Author).HasMaxLength(64);
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            // Two saves over the same version race for the same number: the loser gets a conflict.
            e.HasIndex(x => new { x.ContentItemId, x.Number }).IsUnique();
            // Lists: partial indexes over the versions each status reads, in sort order. A query's
            // "WHERE Published" (a bare boolean, as EF writes it) cannot seek into a boolean key
            // column, so a full index would leave SQLite sorting every match; these need no sort.
            // The trailing flag columns let SQLite count and skip on the index alone (it re-checks the
            // filter's columns). Every index costs each insert: the (ContentItemId, Number) key also
            // serves "latest of an item".
            e.HasIndex(x => new { x.ContentType, x.Culture, x.PublishedUtc, x.Id, x.Published }, "IX_ContentItems_Published").HasFilter("\"Published\"");
            e.HasIndex(x => new { x.ContentType, x.Culture, x.ModifiedUtc, x.Id, x.Latest, x.DeletedUtc }, "IX_ContentItems_Latest").HasFilter("\"Latest\"");
            e.HasIndex(x => new { x.LocalizationSet, x.Culture });
            e.HasIndex(x => x.Owner);
            // Few items are scheduled: only they have a row in these.
            e.HasIndex(x => x.PublishAtUtc).HasFilter("\"PublishAtUtc\" IS NOT NULL");
            e.HasIndex(x => x.UnpublishAtUtc).HasFilter("\"UnpublishAtUtc\" IS NOT NULL");
        });

        builder.Entity<ContentIndexRecord>(e =>
        {
            e.ToTable("ContentIndex");
            e.Property(x => x.Name).HasMaxLength(130);
            e.Property(x => x.TextValue).HasMaxLength(200);
            e.HasOne<ContentItemRecord>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            // A row holds one kind of value; each value index keeps only the rows of its kind.
            e.HasIndex(x => new { x.Name, x.TextValue, x.DocumentId }).HasFilter("\"TextValue\" IS NOT NULL");
            e.HasIndex(x => new { x.Name, x.NumberValue, x.DocumentId }).HasFilter("\"NumberValue\" IS NOT NULL");
            e.HasIndex(x => new { x.Name, x.DateValue, x.DocumentId }).HasFilter("\"DateValue\" IS NOT NULL");
            e.HasIndex(x => new { x.DocumentId, x.Name });
        });

        builder.Entity<ContentRouteRecord>(e =>
        {
            e.ToTable("ContentRoutes");
            e.Property(x => x.Culture).HasMaxLength(16);
            e.Property(x => x.Slug).HasMaxLength(120);
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.ContentType).HasMaxLength(64);
            e.HasIndex(x => new { x.Culture, x.Slug }).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.IsCurrent });
        });

        builder.Entity<ContentDefinitionRecord>(e =>
        {
            e.ToTable("ContentDefinitions");
            e.HasKey(x => new { x.Kind, x.Name });
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(64);
        });

        builder.Entity<ContentDefinitionHistoryRecord>(e =>
        {
            e.ToTable("ContentDefinitionHistory");
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(64);
            e.HasIndex(x => new { x.Kind, x.Name, x.Version }).IsUnique();
        });

        builder.Entity<ModuleMigrationRecord>(e =>
        {
            e.ToTable("ModuleMigrations");
            e.HasKey(x => x.ModuleId);
            e.Property(x => x.ModuleId).HasMaxLength(128);
        });

        builder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("Documents");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(128);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

        builder.Entity<CmsUser>(e =>
        {
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.Property(x => x.PreferredCulture).HasMaxLength(16);
        });
        builder.Entity<CmsRole>(e => e.Property(x => x.Description).HasMaxLength(500));
        Workflows.WorkflowModel.Configure(builder);
        Audit.AuditModel.Configure(builder);
        Media.MediaModel.Configure(builder);
        // API clients, their authorizations and tokens (OpenIddict's entities, in our database).
        builder.UseOpenIddict();
        Webhooks.WebhookModel.Configure(builder);
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}

/// <summary>The embedded default: a SQLite file in the data folder, in WAL mode.</summary>
public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);

/// <summary>For several nodes sharing one database.</summary>
public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options);
