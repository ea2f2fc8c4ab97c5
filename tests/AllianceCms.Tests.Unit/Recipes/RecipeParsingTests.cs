using AllianceCms.Core.Recipes;

namespace AllianceCms.Tests.Unit.Recipes;

public sealed class RecipeParsingTests
{
    [Fact]
    public void A_recipe_is_read_with_its_steps()
    {
        var recipe = RecipeExecutor.Parse("""
            {
              "name": "alliance",
              "displayName": "Alliance site",
              "version": 2,
              "steps": [
                { "name": "Settings", "settings": { "SiteName": { "en": "Alliance", "fr": "Alliance" } } },
                { "name": "Content", "items": [] }
              ]
            }
            """);

        Assert.Equal("alliance", recipe.Name);
        Assert.Equal("Alliance site", recipe.DisplayName);
        Assert.Equal(2, recipe.Version);
        Assert.Equal(["Settings", "Content"], recipe.Steps.Select(s => (string)s["name"]!));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var recipe = RecipeExecutor.Parse("""
            {
              // Written by hand.
              "name": "blank",
              "steps": [],
            }
            """);

        Assert.Equal("blank", recipe.Name);
        Assert.Equal(1, recipe.Version);
        Assert.Empty(recipe.Steps);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_path_and_line()
    {
        var error = Assert.Single(Assert.Throws<InvalidRecipeException>(() => RecipeExecutor.Parse("""
            {
              "name": "broken",
              "steps": [
                { "name": "Settings" "settings": {} }
              ]
            }
            """)).Errors);

        Assert.StartsWith("$.steps", error.JsonPath);
        Assert.Contains("(line 4)", error.Message);
        Assert.StartsWith("Not valid recipe JSON", error.Message);
    }

    [Fact]
    public void A_truncated_recipe_is_reported_not_crashed_on()
    {
        var error = Assert.Single(Assert.Throws<InvalidRecipeException>(() => RecipeExecutor.Parse("{ \"name\": \"cut\", \"steps\": [")).Errors);

        Assert.Contains("line 1", error.Message);
    }

    [Theory]
    [InlineData("{ \"steps\": [] }")]
    [InlineData("{ \"name\": \"\", \"steps\": [] }")]
    [InlineData("{ \"name\": \"   \" }")]
    public void A_recipe_needs_a_name(string json)
    {
        var error = Assert.Single(Assert.Throws<InvalidRecipeException>(() => RecipeExecutor.Parse(json)).Errors);

        Assert.Equal("$.name", error.JsonPath);
        Assert.Equal("The recipe needs a name.", error.Message);
    }

    [Fact]
    public void An_unknown_top_level_key_is_refused_naming_it()
    {
        var error = Assert.Single(Assert.Throws<InvalidRecipeException>(() => RecipeExecutor.Parse("""
            { "name": "typo", "stpes": [] }
            """)).Errors);

        Assert.Contains("stpes", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_its_path()
    {
        var error = Assert.Single(Assert.Throws<InvalidRecipeException>(() => RecipeExecutor.Parse("""
            {
              "name": "wrong",
              "version": "two"
            }
            """)).Errors);

        Assert.Equal("$.version", error.JsonPath);
        Assert.Contains("(line 3)", error.Message);
    }

    [Fact]
    public void A_null_recipe_is_reported_as_empty()
    {
        var error = Assert.Single(Assert.Throws<InvalidRecipeException>(() => RecipeExecutor.Parse("null")).Errors);

        Assert.Equal("The recipe is empty.", error.Message);
    }

    [Fact]
    public void An_invalid_recipe_says_that_nothing_was_imported()
    {
        var exception = Assert.Throws<InvalidRecipeException>(() => RecipeExecutor.Parse("{}"));

        Assert.StartsWith("The recipe is invalid; nothing was imported.", exception.Message);
        Assert.Contains("$.name", exception.Message);
    }
}
