using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Workflows.Runtime;
using Fluid;

namespace AllianceCms.Workflows.Expressions;

/// <summary>
/// Liquid (Fluid) for workflow expressions and templates. The model is <c>input</c>, <c>variables</c>,
/// <c>workflow</c> (id, definition, version) and <c>now</c>. Parsed templates are cached.
/// </summary>
public sealed class WorkflowExpressions
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _cache = new(StringComparer.Ordinal);

    /// <summary>Whether a template or condition parses; used to refuse a broken definition before it is saved.</summary>
    public static bool TryParse(string source, out string? error)
    {
        if (Parser.TryParse(source, out _, out var message)) { error = null; return true; }
        error = message;
        return false;
    }

    public static string ConditionTemplate(string condition) => "{% if " + condition + " %}true{% endif %}";

    public async Task<string> RenderAsync(string source, ActivityContext context)
    {
        if (source.IndexOfAny(['{', '%']) < 0) return source;
        return await Parse(source).RenderAsync(BuildContext(context));
    }

    public async Task<bool> EvaluateAsync(string condition, ActivityContext context) =>
        await RenderAsync(ConditionTemplate(condition), context) == "true";

    private IFluidTemplate Parse(string source) => _cache.GetOrAdd(source, s =>
        Parser.TryParse(s, out var template, out var error)
            ? template
            : throw new WorkflowExpressionException($"Liquid error in \"{s}\": {error}"));

    private static TemplateContext BuildContext(ActivityContext context)
    {
        var liquid = new TemplateContext(Options);
        liquid.SetValue("input", ToPlain(context.Input));
        liquid.SetValue("variables", ToPlain(context.Variables));
        liquid.SetValue("workflow", new Dictionary<string, object?>
        {
            ["id"] = context.Instance.Id,
            ["definition"] = context.Instance.DefinitionId,
            ["version"] = context.Instance.DefinitionVersion,
            ["correlation"] = context.Instance.CorrelationId,
        });
        liquid.SetValue("now", context.Clock.GetUtcNow().UtcDateTime);
        return liquid;
    }

    /// <summary>JSON as dictionaries, lists and primitives, which Liquid reads natively.</summary>
    public static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray a => a.Select(ToPlain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0m,
            _ => null,
        },
        _ => null,
    };
}

public sealed class WorkflowExpressionException(string message) : InvalidOperationException(message);
