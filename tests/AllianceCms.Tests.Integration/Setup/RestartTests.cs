using AllianceCms.Data;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Web.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Setup;

[Collection("site")]
public sealed class RestartTests(SiteFactory site)
{
    [Fact]
    public async Task A_restart_on_a_set_up_database_does_not_set_up_again()
    {
        var before = await CountsAsync(site.Services);

        // A second host on the same database, as after a restart, with other first-run settings.
        await using (var restarted = new SameDatabaseSite(site.Database))
        {
            var response = await restarted.CreateClient().GetAsync("/health/ready");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var after = await CountsAsync(restarted.Services);
            Assert.Equal(before, after);

            await using var scope = restarted.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var admin = (await users.FindByNameAsync("admin"))!;
            Assert.True(await users.CheckPasswordAsync(admin, CmsFactory.AdminPassword), "The administrator's password was replaced.");
        }
    }

    /// <summary>What a second set-up would change: the Setup document, versions, roles, users.</summary>
    private static async Task<(string Setup, int SetupVersion, int Versions, int Roles, int Users, int Definitions)> CountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var setup = await db.Documents.AsNoTracking().SingleAsync(d => d.Name == SiteSetup.DocumentName);
        return (setup.Json, setup.Version, await db.ContentItems.CountAsync(), await db.Roles.CountAsync(), await db.Users.CountAsync(),
            await db.ContentDefinitionHistory.CountAsync());
    }

    /// <summary>The site on an existing database, with the real clock and a different administrator password.</summary>
    private sealed class SameDatabaseSite(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in database.Settings()) builder.UseSetting(key, value);
            builder.UseSetting("Setup:Recipe", "alliance");
            builder.UseSetting("Setup:AdminPassword", "Another-Password-2");
            builder.UseSetting("Setup:AdminEmail", "someone.else@example.org");
        }
    }
}
