using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Sets fields named "Part.Field" from Liquid templates; a result that reads as JSON (an array, a number) is stored as such.</summary>
internal static class ContentFieldValues
{
    public static async Task<string?> ApplyAsync(ContentItem item, Dictionary<string, string> fields, ActivityContext context)
    {
        foreach (var (path, template) in fields)
        {
            var dot = path.IndexOf('.');
            if (dot <= 0) return $"'{path}' is not of the form Part.Field.";
            item.Set(path[..dot], path[(dot + 1)..], Parse(await context.RenderAsync(template)));
        }
        return null;
    }

    private static JsonNode? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        if (trimmed[0] is '[' or '{' || trimmed is "true" or "false" || decimal.TryParse(trimmed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            try { return JsonNode.Parse(trimmed); }
            catch (JsonException) { }
        }
        return JsonValue.Create(text);
    }
}
