using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Data.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail in the database, its actor taken from the current request, and content operations recorded in it.</summary>
    public static IServiceCollection AddCmsAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActorAccessor, HttpAuditActorAccessor>();
        services.AddScoped<IAuditTrail, EfAuditTrail>();
        services.AddScoped<IContentHandler, AuditContentHandler>();
        return services;
    }
}
