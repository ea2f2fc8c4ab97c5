using AllianceCms.Display.Security;
using Microsoft.Extensions.Options;

namespace AllianceCms.Search;

/// <summary>
/// Searches per client address: every search runs the index, so one address must not be able to keep
/// the site busy with them. Showing the empty form is not counted.
/// </summary>
public sealed class SearchRateLimiter(IOptions<SearchOptions> options)
    : ClientRateLimiter(options.Value.RateLimitPermits, TimeSpan.FromSeconds(options.Value.RateLimitWindowSeconds));
