using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Tests.Integration.Commands;

[Collection("cli")]
public sealed class ImportCommandTests(CliSite site)
{
    [Fact]
    public async Task Importing_a_file_that_does_not_exist_fails_with_a_clear_message()
    {
        site.AssertSetUp();
        var missing = Path.Combine(site.Database.DataFolder, "no-such-recipe.json");

        var run = await site.RunAsync("import", missing);

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(missing, line);
        Assert.DoesNotContain("Imported", run.Output);
    }

    [Fact]
    public async Task Importing_an_invalid_recipe_names_the_step_and_path_and_writes_nothing()
    {
        site.AssertSetUp();
        var role = $"Importer{Guid.NewGuid():N}"[..20];
        var file = site.TempFile("invalid.json");
        await File.WriteAllTextAsync(file, $$"""
            { "name": "invalid", "steps": [
                { "name": "Roles", "roles": [ { "name": "{{role}}", "permissions": [ "content.view:*" ] } ] },
                { "name": "Content", "items": [ { "type": "Country", "contentItemId": "country-typo", "displayText": "Typo", "content": { "Country": { "Alpha2": "lower", "Alpha3": "TYP" } } } ] } ] }
            """);

        var run = await site.RunAsync("import", file);

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("$.steps[1].items[0].content.Country.Alpha2", line);
        Assert.Contains("nothing was imported", line);
        await using var scope = site.Services.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<RoleManager<CmsRole>>().RoleExistsAsync(role));
    }
}
