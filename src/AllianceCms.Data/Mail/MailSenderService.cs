using AllianceCms.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Data.Mail;

/// <summary>Empties the outbox every few seconds.</summary>
public sealed class MailSenderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MailSenderService> logger)
    : ScopedPeriodicService(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);
    protected override string WorkName => "Sending mail";

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<MailSender>().SendDueAsync(ct);
}
