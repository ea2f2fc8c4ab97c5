using AllianceCms.Core.Metadata;
using AllianceCms.Core.Modules;
using AllianceCms.Data;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Web.Operations;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Operations;

/// <summary>A module's content-definition migration step that fails rolls back and stops start-up.</summary>
public sealed class ModuleMigrationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_failing_step_rolls_back_and_stops_start_up_naming_the_module_and_the_step()
    {
        var module = new GadgetsModule();
        // Composed as Program.cs does, with only this module.
        await using var site = SiteServices.For(_database, [module]);
        await using (var scope = site.Scope())
        {
            module.Store = scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>();
            var failure = await Assert.ThrowsAsync<ModuleMigrationException>(() => scope.ServiceProvider.GetRequiredService<ModuleMigrator>().MigrateAsync());

            Assert.Equal(("Test.Gadgets", 2), (failure.ModuleId, failure.Step));
            var line = StartupErrors.Describe(failure);
            Assert.NotNull(line);
            Assert.Contains("'Test.Gadgets'", line);
            Assert.Contains("step 2", line);
            Assert.Contains("the gadget catalogue is missing", line);
        }

        await using (var scope = site.Scope())
        {
            var snapshot = await scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>().GetSnapshotAsync();
            Assert.NotNull(snapshot.Find("Gadget")); // step 1
            Assert.NotNull(snapshot.Parts["Gadget"].Field("Name"));
            Assert.Null(snapshot.Parts["Gadget"].Field("Weight")); // step 2, rolled back
            Assert.False(snapshot.Parts.ContainsKey("GadgetPrice"), "A definition step 2 stored before failing was kept.");

            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var recorded = await db.ModuleMigrations.AsNoTracking().SingleAsync(m => m.ModuleId == "Test.Gadgets");
            Assert.Equal(1, recorded.Step);
            Assert.False(await db.ContentDefinitionHistory.AnyAsync(h => h.Name == "GadgetPrice"));
        }

        // Once the step is fixed, the next start applies it.
        module.Fixed = true;
        await using (var scope = site.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ModuleMigrator>().MigrateAsync();
            var snapshot = await scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>().GetSnapshotAsync();
            Assert.NotNull(snapshot.Parts["Gadget"].Field("Weight"));
            Assert.Equal(2, (await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ModuleMigrations.AsNoTracking().SingleAsync(m => m.ModuleId == "Test.Gadgets")).Step);
        }
    }

    /// <summary>Step 1 defines a type; step 2 stores a part, changes another, then fails (until fixed).</summary>
    private sealed class GadgetsModule : IModule
    {
        public IContentDefinitionStore? Store { get; set; }
        public bool Fixed { get; set; }

        public ModuleInfo Info { get; } = new("Test.Gadgets", "Gadgets");

        public IReadOnlyList<ContentMigrationStep> Migrations =>
        [
            new(1, "Gadget type", defs => defs
                .AlterPart("Gadget", p => p.Label("Gadget", "Gadget").Field("Name", FieldKinds.Text, "Name", "Nom", f => f.Required()))
                .AlterType("Gadget", t => t.Label("Gadget", "Gadget").Part("Gadget"))),
            new(2, "Gadget weight and price", defs =>
            {
                defs.AlterPart("Gadget", p => p.Field("Weight", FieldKinds.Number, "Weight", "Poids"));
                if (Fixed) return;
                // A step that got as far as writing a definition in its transaction before failing.
                Store!.SavePartAsync(new ContentPartDefinition { Name = "GadgetPrice" }).GetAwaiter().GetResult();
                throw new InvalidOperationException("the gadget catalogue is missing");
            }),
        ];
    }
}
