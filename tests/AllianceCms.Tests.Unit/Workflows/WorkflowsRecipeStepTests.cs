using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Recipes;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Tests.Unit.Workflows;

public sealed class WorkflowsRecipeStepTests
{
    private static JsonObject Step(string logValue) => JsonNode.Parse($$"""
        {
          "name": "Workflows",
          "workflows": [
            {
              "id": "greet",
              "name": { "en": "Greet", "fr": "Saluer" },
              "activities": [
                { "id": "start", "type": "Signal", "settings": { "signal": "Hello" } },
                { "id": "log", "type": "Log", "settings": { "message": "{{logValue}}" } }
              ],
              "transitions": [ { "from": "start", "outcome": "Done", "to": "log" } ]
            }
          ]
        }
        """)!.AsObject();

    private static (WorkflowsStep Step, InMemoryWorkflowStore Store) Handler()
    {
        var harness = new WorkflowHarness();
        return (new WorkflowsStep(harness.Store, harness.Validator()), harness.Store);
    }

    [Fact]
    public async Task Importing_the_same_definition_twice_stores_one_version_and_a_change_stores_a_new_one()
    {
        var (step, store) = Handler();
        await step.ExecuteAsync(Step("hi"), CancellationToken.None);
        await step.ExecuteAsync(Step("hi"), CancellationToken.None);
        Assert.Single(await store.GetDefinitionVersionsAsync("greet"));

        await step.ExecuteAsync(Step("hello"), CancellationToken.None);
        var versions = await store.GetDefinitionVersionsAsync("greet");
        Assert.Equal([1, 2], versions.Select(v => v.Version).Order());
    }

    [Fact]
    public async Task A_definition_that_could_not_run_is_refused_with_its_path()
    {
        var (step, _) = Handler();
        var json = Step("hi");
        json["workflows"]![0]!["activities"]![1]!["type"] = "NoSuchActivity";
        var context = new RecipeValidationContext(new ContentDefinitionSnapshot(0, [], []));
        context.StepPath = "$.steps[3]";
        await step.ValidateAsync(json, context, CancellationToken.None);
        var error = Assert.Single(context.Errors);
        Assert.Equal("$.steps[3].workflows[0]", error.JsonPath);
        Assert.Contains("NoSuchActivity", error.Message);
    }
}
