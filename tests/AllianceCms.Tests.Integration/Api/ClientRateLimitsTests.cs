using AllianceCms.Api.Clients;
using AllianceCms.Core.Security;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>The rate limits' budgets: one per service client, one per user of a browser app, forgotten once their minute is over.</summary>
public sealed class ClientRateLimitsTests
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 10, TimeSpan.Zero));

    [Fact]
    public void A_service_client_has_one_budget_and_a_browser_app_one_per_user()
    {
        var limits = new ClientRateLimits(_clock);
        var service = Caller(ApiClientKind.Service, user: null);
        var ana = Caller(ApiClientKind.BrowserApp, "ana");
        var ben = Caller(ApiClientKind.BrowserApp, "ben");

        Assert.Null(limits.TryAcquire(service));
        Assert.Null(limits.TryAcquire(service));
        Assert.Equal(TimeSpan.FromSeconds(50), limits.TryAcquire(service));
        Assert.Null(limits.TryAcquire(ana));
        Assert.Null(limits.TryAcquire(ana));
        Assert.NotNull(limits.TryAcquire(ana));
        Assert.Null(limits.TryAcquire(ben));
    }

    [Fact]
    public void Budgets_of_past_minutes_are_forgotten()
    {
        var limits = new ClientRateLimits(_clock);
        for (var i = 0; i < 50; i++) limits.TryAcquire(Caller(ApiClientKind.BrowserApp, "user-" + i));
        Assert.Equal(50, limits.Budgets);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(limits.TryAcquire(Caller(ApiClientKind.BrowserApp, "user-0")));
        Assert.Equal(1, limits.Budgets);
    }

    private static ApiCaller Caller(ApiClientKind kind, string? user)
    {
        var client = new ApiClient("c-app", "App", [], null, [], 2, DateTime.UnixEpoch, null, kind);
        var permissions = new PermissionSet([]);
        return new ApiCaller(new ResolvedClient(client, permissions), new HashSet<string>(), user is null ? null : new ApiUser(user, user, user, permissions));
    }
}
