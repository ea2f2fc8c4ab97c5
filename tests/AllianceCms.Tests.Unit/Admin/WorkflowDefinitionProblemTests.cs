using AllianceCms.Tests.Unit.Workflows;
using AllianceCms.Workflows.Definitions;

namespace AllianceCms.Tests.Unit.Admin;

/// <summary>
/// The validator's problems as codes and arguments, which the admin translates: each code comes
/// with what the sentence needs, and the English messages stay what recipes and logs showed before.
/// </summary>
public sealed class WorkflowDefinitionProblemTests
{
    [Fact]
    public void Each_problem_carries_its_code_and_the_arguments_its_sentence_needs()
    {
        var definition = WorkflowHarness.Definition("checked",
                ("start", "Signal", """{ "signal": "go" }"""),
                ("start", "Log", """{ "message": "twice" }"""),
                ("odd", "NoSuchType", "{}"),
                ("bad", "SetVariable", """{ "name": "x", "colour": "blue" }"""))
            .Then("start", "Maybe", "bad")
            .Then("ghost", "Done", "bad")
            .Then("bad", "Done", "nowhere");

        var problems = new WorkflowHarness().Validator().Check(definition);

        Assert.Contains(problems, p => p.Code == WorkflowDefinitionProblem.DuplicateActivity && p.Arguments.SequenceEqual(["start"]));
        Assert.Contains(problems, p => p.Code == WorkflowDefinitionProblem.UnknownType && p.Arguments.SequenceEqual(["odd", "NoSuchType"]));
        Assert.Contains(problems, p => p.Code == WorkflowDefinitionProblem.InvalidSettings && p.Arguments[0] == "bad" && p.Arguments[2].Contains("colour", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Code == WorkflowDefinitionProblem.UnknownSource && p.Arguments.SequenceEqual(["ghost"]));
        Assert.Contains(problems, p => p.Code == WorkflowDefinitionProblem.UnknownTarget && p.Arguments.SequenceEqual(["nowhere"]));
        Assert.Equal(problems.Select(p => p.Message), new WorkflowHarness().Validator().Validate(definition));
    }

    [Fact]
    public void A_missing_id_an_unknown_outcome_and_no_start_are_named()
    {
        var definition = WorkflowHarness.Definition("", ("log", "Log", """{ "message": "hi" }"""), ("end", "Log", """{ "message": "bye" }"""))
            .Then("log", "Finished", "end");

        var problems = new WorkflowHarness().Validator().Check(definition);

        Assert.Equal(
            [WorkflowDefinitionProblem.MissingId, WorkflowDefinitionProblem.UnknownOutcome, WorkflowDefinitionProblem.NoStart],
            problems.Select(p => p.Code));
        Assert.Equal(["log", "Finished", "Done"], problems[1].Arguments);
        Assert.Equal("Activity 'log' has no outcome 'Finished' (it has: Done).", problems[1].Message);
    }
}
