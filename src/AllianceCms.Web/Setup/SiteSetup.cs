using System.Security.Cryptography;
using AllianceCms.Core.Recipes;
using AllianceCms.Core.Settings;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllianceCms.Web.Setup;

/// <summary>
/// Sets up an empty site: imports the recipe and creates the administrator. Runs once; the
/// "Setup" document records that it was done.
/// </summary>
public sealed class SiteSetup(
    IDocumentStore documents,
    RecipeExecutor recipes,
    UserManager<CmsUser> users,
    IOptions<SetupOptions> options,
    TimeProvider clock,
    ILogger<SiteSetup> logger)
{
    public const string DocumentName = "Setup";
    public const string AdministratorRole = "Administrator";

    public sealed record SetupState(string Recipe, DateTime CompletedUtc);

    public async Task<bool> IsSetUpAsync(CancellationToken ct) =>
        await documents.GetAsync<SetupState>(DocumentName, ct) is not null;

    /// <summary>Sets the site up if it is not yet; returns whether it did.</summary>
    public async Task<bool> EnsureSetUpAsync(CancellationToken ct)
    {
        if (await IsSetUpAsync(ct)) return false;
        var settings = options.Value;
        var path = RecipeFiles.Resolve(settings.Recipe);
        logger.LogInformation("Setting up the site from recipe {Recipe}", path);
        var recipe = RecipeExecutor.Parse(await File.ReadAllTextAsync(path, ct));
        await recipes.ExecuteAsync(recipe, ct);
        await CreateAdministratorAsync(settings, ct);
        await documents.SaveAsync(DocumentName, new SetupState(recipe.Name, clock.GetUtcNow().UtcDateTime), ct);
        return true;
    }

    private async Task CreateAdministratorAsync(SetupOptions settings, CancellationToken ct)
    {
        if (await users.FindByNameAsync(settings.AdminUserName) is not null) return;
        var generated = string.IsNullOrEmpty(settings.AdminPassword);
        var password = generated ? GeneratePassword() : settings.AdminPassword!;
        var user = new CmsUser
        {
            UserName = settings.AdminUserName,
            Email = settings.AdminEmail ?? $"{settings.AdminUserName}@localhost.localdomain",
            EmailConfirmed = true,
            DisplayName = "Administrator",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("The administrator could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        var role = await users.AddToRoleAsync(user, AdministratorRole);
        if (!role.Succeeded)
            throw new InvalidOperationException($"The recipe must define the role '{AdministratorRole}': " + string.Join(" ", role.Errors.Select(e => e.Description)));

        if (generated)
        {
            // Printed once, on purpose to the console only: it is never logged or stored in clear.
            Console.WriteLine();
            Console.WriteLine("  Administrator created. Sign in with:");
            Console.WriteLine($"    user name: {user.UserName}");
            Console.WriteLine($"    e-mail:    {user.Email}");
            Console.WriteLine($"    password:  {password}");
            Console.WriteLine("  This password is shown only now. Set Setup__AdminPassword to choose your own.");
            Console.WriteLine();
        }
        else
        {
            logger.LogInformation("Administrator {UserName} created with the configured password", user.UserName);
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = new char[20];
        for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        // Identity's default rules want a digit, a lower- and an upper-case letter.
        return new string(chars) + "a7K";
    }
}
