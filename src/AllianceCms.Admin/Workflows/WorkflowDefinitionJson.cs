using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Workflows.Definitions;

namespace AllianceCms.Admin.Workflows;

/// <summary>A reason the edited JSON was refused: a resource key of the admin and its arguments.</summary>
public sealed record WorkflowEditError(string Key, params object[] Arguments);

/// <summary>
/// Reads a definition edited as JSON in the admin and checks it with the engine's own validation,
/// so what the admin accepts is exactly what the engine could run.
/// </summary>
public sealed class WorkflowDefinitionJson(WorkflowDefinitionValidator validator)
{
    /// <summary>Far above any real definition; refuses a paste that would only waste the server's time.</summary>
    public const int MaxLength = 512 * 1024;

    // Unknown keys are refused, like activity settings: a typo ("transiton") must not silently drop data.
    private static readonly JsonSerializerOptions Strict = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Result(WorkflowDefinition? Definition, IReadOnlyList<WorkflowEditError> Errors);

    /// <summary>The definition as the admin shows it for editing: indented, without its version (the store sets it).</summary>
    public static string ForEditing(WorkflowDefinition definition)
    {
        var node = JsonSerializer.SerializeToNode(definition)!.AsObject();
        node.Remove("version");
        return node.ToJsonString(Pretty);
    }

    /// <summary>The definition as stored, indented, for reading.</summary>
    public static string ForReading(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Pretty);

    /// <summary>Reads and checks the JSON of the definition <paramref name="definitionId"/>.</summary>
    public Result Read(string definitionId, string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return Fail(new("WorkflowJsonEmpty"));
        if (json.Length > MaxLength) return Fail(new("WorkflowJsonTooLong", MaxLength / 1024));

        WorkflowDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, Strict);
        }
        catch (JsonException e)
        {
            // Line and position are zero-based in System.Text.Json; people count from one.
            return Fail(new("WorkflowJsonInvalid", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Path ?? "$"));
        }
        if (definition is null) return Fail(new("WorkflowJsonNotObject"));
        if (Normalize(definition) is { } shape) return Fail(shape);
        if (definition.Id != definitionId) return Fail(new("WorkflowJsonIdChanged", definitionId));

        IReadOnlyList<WorkflowDefinitionProblem> problems;
        try
        {
            problems = validator.Check(definition);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An activity choking on settings it should have refused is still bad input, not a server error.
            return Fail(new("WorkflowJsonUnreadable", e.Message));
        }
        return problems.Count == 0
            ? new Result(definition, [])
            : new Result(null, problems.Select(p => new WorkflowEditError("WorkflowProblem_" + p.Code, [.. p.Arguments])).ToList());
    }

    /// <summary>JSON nulls where the model has lists and objects would trip the engine: empty them, or refuse null entries.</summary>
    private static WorkflowEditError? Normalize(WorkflowDefinition definition)
    {
        definition.Id ??= "";
        definition.Name ??= new();
        definition.Activities ??= [];
        definition.Transitions ??= [];
        if (definition.Activities.Any(a => a is null)) return new("WorkflowJsonNullEntry", "activities");
        if (definition.Transitions.Any(t => t is null)) return new("WorkflowJsonNullEntry", "transitions");
        foreach (var activity in definition.Activities)
        {
            activity.Id ??= "";
            activity.Type ??= "";
            activity.Settings ??= new JsonObject();
        }
        foreach (var transition in definition.Transitions)
        {
            transition.From ??= "";
            transition.To ??= "";
            transition.Outcome ??= "";
        }
        return null;
    }

    private static Result Fail(WorkflowEditError error) => new(null, [error]);
}
