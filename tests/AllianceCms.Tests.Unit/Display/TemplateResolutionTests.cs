using AllianceCms.Display.Templating;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Tests.Unit.Display;

public sealed class TemplateResolutionTests
{
    [Fact]
    public async Task The_database_overrides_the_theme_which_overrides_the_module()
    {
        var harness = new TemplateHarness(
            new MemoryTemplates(TemplateOrigin.Module, ("Content", "module")),
            new MemoryTemplates(TemplateOrigin.Theme, ("Content", "theme")),
            new MemoryTemplates(TemplateOrigin.Database, ("Content", "database")));
        var rendered = await harness.RenderAsync("Content");
        Assert.Equal("database", rendered!.Html);
        Assert.Equal(TemplateOrigin.Database, rendered.File.Origin);
        Assert.Equal(["database", "theme", "module"], harness.Catalog.Candidates("Content").Select(f => f.Source));
    }

    [Fact]
    public async Task A_more_specific_alternate_wins_over_a_closer_source()
    {
        var harness = new TemplateHarness(
            new MemoryTemplates(TemplateOrigin.Module, ("Content-Member-Detail", "module, specific")),
            new MemoryTemplates(TemplateOrigin.Database, ("Content", "database, generic")));
        Assert.Equal("module, specific", (await harness.RenderAsync("Content-Member-Detail", "Content"))!.Html);
    }

    [Fact]
    public async Task A_template_with_a_syntax_error_is_logged_and_the_next_version_renders()
    {
        var harness = new TemplateHarness(
            new MemoryTemplates(TemplateOrigin.Theme, ("Content-Member", "theme {{ 1 | plus: 1 }}")),
            new MemoryTemplates(TemplateOrigin.Database, ("Content-Member", "{% if broken %}never closed")));

        Assert.Equal("theme 2", (await harness.RenderAsync("Content-Member", "Content"))!.Html);
        var error = Assert.Single(harness.Log.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("Content-Member", error.Message);
        Assert.Contains("Database", error.Message);

        // Reported once, not on every page view.
        await harness.RenderAsync("Content-Member", "Content");
        Assert.Single(harness.Log.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_template_that_fails_while_rendering_falls_back_to_the_next_alternate_and_its_zones_are_undone()
    {
        var harness = new TemplateHarness(new MemoryTemplates(TemplateOrigin.Theme,
            ("Content-Member", "{% render \"no-such-partial\" %}"),
            ("Content", "generic")));
        Assert.Equal("generic", (await harness.RenderAsync("Content-Member", "Content"))!.Html);
        var error = Assert.Single(harness.Log.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("Content-Member", error.Message);
        Assert.NotNull(error.Exception);
    }

    [Fact]
    public async Task When_every_alternate_fails_nothing_is_rendered_and_the_caller_decides()
    {
        var harness = new TemplateHarness(new MemoryTemplates(TemplateOrigin.Theme, ("Content", "{{ 'x' | no_such_filter }}{% for %}")));
        Assert.Null(await harness.RenderAsync("Content-Member", "Content"));
    }

    [Fact]
    public async Task A_runaway_loop_is_stopped_and_counts_as_a_render_error()
    {
        var harness = new TemplateHarness(new MemoryTemplates(TemplateOrigin.Database,
            ("Content", "{% for i in (1..5000) %}{% for j in (1..5000) %}{{ j }}{% endfor %}{% endfor %}")),
            new MemoryTemplates(TemplateOrigin.Module, ("Content", "safe")));
        Assert.Equal("safe", (await harness.RenderAsync("Content"))!.Html);
    }

    [Fact]
    public async Task Partials_are_found_like_templates_and_a_broken_override_of_one_is_skipped()
    {
        var harness = new TemplateHarness(
            new MemoryTemplates(TemplateOrigin.Module, ("Layout", "[{% render \"nav\" %}]"), ("nav", "module nav")),
            new MemoryTemplates(TemplateOrigin.Theme, ("nav", "theme nav")),
            new MemoryTemplates(TemplateOrigin.Database, ("nav", "{% if %}")));
        Assert.Equal("[theme nav]", (await harness.RenderAsync("Layout"))!.Html);
    }

    [Theory]
    [InlineData("{{ item.title }}", true)]
    [InlineData("{% zone \"head\" %}<meta>{% endzone %}{% render_zone \"head\" %}", true)]
    [InlineData("{% if x %}", false)]
    [InlineData("{{ x | }}", false)]
    [InlineData("{% zone \"head\" %}never closed", false)]
    public void The_admin_can_check_a_template_before_saving_it(string source, bool valid)
    {
        var harness = new TemplateHarness();
        Assert.Equal(valid, harness.Engine.TryParse(source, out var error));
        Assert.Equal(valid, error is null);
    }
}
