using AllianceCms.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllianceCms.Web.Operations;

/// <summary>Ready when the database answers.</summary>
public sealed class DatabaseReadyCheck(CmsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(ct)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
