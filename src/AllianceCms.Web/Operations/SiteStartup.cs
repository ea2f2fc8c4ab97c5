using AllianceCms.Data;
using AllianceCms.Web.Setup;

namespace AllianceCms.Web.Operations;

/// <summary>What runs before the site takes requests: schema and module migrations, then first-run setup.</summary>
public static class SiteStartup
{
    public static async Task PrepareAsync(IServiceProvider services, bool setUp, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ModuleMigrator>().MigrateAsync(ct);
        if (setUp) await scope.ServiceProvider.GetRequiredService<SiteSetup>().EnsureSetUpAsync(ct);
    }
}
