using AllianceCms.Display.Security;
using Microsoft.Extensions.Options;

namespace Alliance.JoinForm.Submission;

/// <summary>Submissions per client address, so one address cannot flood the inbox.</summary>
public sealed class JoinRateLimiter(IOptions<JoinFormOptions> options)
    : ClientRateLimiter(options.Value.RateLimitPermits, TimeSpan.FromMinutes(options.Value.RateLimitWindowMinutes));
