using AllianceCms.Core.Modules;

namespace AllianceCms.Tests.Unit.Modules;

public sealed class ModuleCatalogTests
{
    private sealed class TestModule(string id, params string[] dependencies) : IModule
    {
        public ModuleInfo Info { get; } = new(id, id, dependencies);
    }

    private static List<string> Order(params IModule[] modules) =>
        new ModuleCatalog(modules).Modules.Select(m => m.Info.Id).ToList();

    [Fact]
    public void Each_module_loads_after_the_modules_it_depends_on()
    {
        var order = Order(
            new TestModule("Alliance.News", "Alliance.Pages", "Alliance.Members"),
            new TestModule("Alliance.Pages"),
            new TestModule("Alliance.Members", "Alliance.Countries"),
            new TestModule("Alliance.Countries"),
            new TestModule("Alliance.JoinForm", "Alliance.Countries"));

        Assert.Equal(5, order.Count);
        Assert.True(order.IndexOf("Alliance.Countries") < order.IndexOf("Alliance.Members"));
        Assert.True(order.IndexOf("Alliance.Countries") < order.IndexOf("Alliance.JoinForm"));
        Assert.True(order.IndexOf("Alliance.Members") < order.IndexOf("Alliance.News"));
        Assert.True(order.IndexOf("Alliance.Pages") < order.IndexOf("Alliance.News"));
    }

    [Fact]
    public void The_order_is_the_same_whatever_order_the_modules_are_given_in()
    {
        IModule[] modules =
        [
            new TestModule("C", "A"), new TestModule("B"), new TestModule("A"), new TestModule("D", "B", "C"),
        ];

        Assert.Equal(["A", "B", "C", "D"], Order(modules));
        Assert.Equal(["A", "B", "C", "D"], Order([.. modules.Reverse()]));
    }

    [Fact]
    public void Independent_modules_load_by_id()
    {
        Assert.Equal(["Alliance.Countries", "Alliance.Glossary", "Alliance.Pages"],
            Order(new TestModule("Alliance.Pages"), new TestModule("Alliance.Countries"), new TestModule("Alliance.Glossary")));
    }

    [Fact]
    public void A_module_shared_by_several_others_loads_once()
    {
        var order = Order(new TestModule("Top", "Left", "Right"), new TestModule("Left", "Base"), new TestModule("Right", "Base"), new TestModule("Base"));

        Assert.Equal(["Base", "Left", "Right", "Top"], order);
    }

    [Fact]
    public void No_modules_is_a_valid_catalog()
    {
        Assert.Empty(new ModuleCatalog([]).Modules);
    }

    [Fact]
    public void A_missing_dependency_stops_the_start_naming_both_modules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order(new TestModule("Alliance.News", "Alliance.Pages")));

        Assert.Equal("Module 'Alliance.News' depends on 'Alliance.Pages', which is not loaded.", error.Message);
    }

    [Fact]
    public void A_module_loaded_twice_stops_the_start_naming_it()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order(new TestModule("Alliance.Pages"), new TestModule("Alliance.Pages")));

        Assert.Equal("Module 'Alliance.Pages' is loaded twice.", error.Message);
    }

    [Fact]
    public void Module_ids_are_case_sensitive()
    {
        Assert.Throws<ModuleLoadException>(() => Order(new TestModule("Alliance.News", "alliance.pages"), new TestModule("Alliance.Pages")));
    }

    [Fact]
    public void A_dependency_cycle_stops_the_start_naming_the_modules_in_it()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order(
            new TestModule("Alliance.Members", "Alliance.Countries"),
            new TestModule("Alliance.Countries", "Alliance.Members")));

        Assert.Contains("cycle", error.Message);
        Assert.Contains("Alliance.Countries → Alliance.Members → Alliance.Countries", error.Message);
    }

    [Fact]
    public void A_longer_cycle_names_every_module_in_it()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order(new TestModule("A", "B"), new TestModule("B", "C"), new TestModule("C", "A")));

        Assert.Contains("A → B → C → A", error.Message);
    }

    [Fact]
    public void A_module_that_only_leads_into_a_cycle_is_not_named_as_part_of_it()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order(new TestModule("A", "B"), new TestModule("B", "C"), new TestModule("C", "B")));

        Assert.EndsWith("cycle: B → C → B.", error.Message);
    }

    [Fact]
    public void A_module_depending_on_itself_is_a_cycle()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order(new TestModule("Alliance.Pages", "Alliance.Pages")));

        Assert.Contains("Alliance.Pages → Alliance.Pages", error.Message);
    }

    [Fact]
    public void A_failed_migration_names_the_module_and_step()
    {
        var error = new ModuleMigrationException("Alliance.Members", 3, new InvalidOperationException("Part 'Member' is invalid."));

        Assert.Equal("Migration step 3 of module 'Alliance.Members' failed: Part 'Member' is invalid.", error.Message);
        Assert.Equal(("Alliance.Members", 3), (error.ModuleId, error.Step));
    }
}
