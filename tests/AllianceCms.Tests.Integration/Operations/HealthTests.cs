using System.Net;
using AllianceCms.Data;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Web.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllianceCms.Tests.Integration.Operations;

[Collection("blank")]
public sealed class HealthTests(BlankSiteFactory site)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task The_health_endpoints_answer_healthy(string path)
    {
        var response = await site.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_unhealthy_when_the_database_does_not_answer()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = SiteServices.For(database, settings:
        [
            new("Database:Provider", "Postgres"),
            new("Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=alliance;Username=alliance;Timeout=3"),
        ]);
        await using var scope = services.Scope();
        var check = new DatabaseReadyCheck(scope.ServiceProvider.GetRequiredService<CmsDbContext>());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }
}
