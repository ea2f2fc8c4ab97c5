using System.Text.Json.Nodes;
using AllianceCms.Workflows.Definitions;

namespace AllianceCms.Workflows.Runtime;

/// <summary>What an activity sees while it runs: its instance, definition, services and the Liquid evaluator.</summary>
public sealed class ActivityContext(
    WorkflowInstance instance,
    WorkflowDefinition definition,
    ActivityDefinition activity,
    IServiceProvider services,
    Expressions.WorkflowExpressions expressions,
    TimeProvider clock,
    CancellationToken ct)
{
    public WorkflowInstance Instance { get; } = instance;
    public WorkflowDefinition Definition { get; } = definition;
    public ActivityDefinition Activity { get; } = activity;
    public IServiceProvider Services { get; } = services;
    public TimeProvider Clock { get; } = clock;
    public CancellationToken CancellationToken { get; } = ct;

    public JsonObject Variables => Instance.Variables;
    public JsonObject Input => Instance.Input;

    /// <summary>Renders a Liquid template against the instance (input, variables, workflow).</summary>
    public Task<string> RenderAsync(string? template) => expressions.RenderAsync(template ?? "", this);

    /// <summary>Evaluates a Liquid condition such as <c>input.country == "country-fr"</c>.</summary>
    public Task<bool> EvaluateAsync(string condition) => expressions.EvaluateAsync(condition, this);
}
