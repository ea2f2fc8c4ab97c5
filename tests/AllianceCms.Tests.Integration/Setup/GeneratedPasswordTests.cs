using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Commands;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Setup;

/// <summary>The first start without a configured password, in the built host (see <see cref="CliSite"/>).</summary>
[Collection("cli")]
public sealed class GeneratedPasswordTests(CliSite site)
{
    [Fact]
    public async Task Without_a_configured_password_one_is_generated_printed_once_and_signs_the_administrator_in()
    {
        site.AssertSetUp();
        var printed = site.Setup.Output.Split('\n').Where(l => l.TrimStart().StartsWith("password:", StringComparison.Ordinal)).ToList();
        var password = Assert.Single(printed).Split(':', 2)[1].Trim();
        Assert.True(password.Length >= 12, $"'{password}' is too short");
        Assert.DoesNotContain(password, site.Setup.Errors);

        // Set up already: a second run prints no password and creates no second administrator.
        var again = await site.RunAsync("setup").SucceedsAsync();
        Assert.DoesNotContain("password:", again.Output);
        Assert.DoesNotContain(password, again.Output + again.Errors);

        await using var scope = site.Services.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var admin = await users.FindByNameAsync("admin");
        Assert.NotNull(admin);
        Assert.True(await users.CheckPasswordAsync(admin, password), "The printed password does not sign the administrator in.");
        Assert.True(await users.IsInRoleAsync(admin, SiteSetup.AdministratorRole));
        Assert.Equal(1, await users.Users.CountAsync());
    }
}
