using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Media;

/// <summary>The media library's table.</summary>
internal static class MediaModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<MediaFileRecord>(e =>
        {
            e.ToTable("MediaFiles");
            e.Property(x => x.Path).HasMaxLength(512);
            e.Property(x => x.Folder).HasMaxLength(400);
            e.Property(x => x.FileName).HasMaxLength(120);
            e.Property(x => x.ContentType).HasMaxLength(64);
            e.Property(x => x.Version).HasMaxLength(32);
            e.Property(x => x.UploadedBy).HasMaxLength(64);
            e.HasIndex(x => x.Path).IsUnique();
            e.HasIndex(x => new { x.Folder, x.FileName });
        });
    }
}
