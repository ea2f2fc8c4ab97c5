using System.Text.Json.Serialization;
using AllianceCms.Core.Content;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>
/// Creates a content item from Liquid templates and keeps its id in a variable. If the variable is
/// already set (the step is re-run after a crash), nothing is created twice.
/// </summary>
public sealed class CreateContent : Activity<CreateContent.Settings>
{
    public sealed class Settings
    {
        [JsonPropertyName("contentType")] public string ContentType { get; set; } = "";
        [JsonPropertyName("culture")] public string? Culture { get; set; }
        [JsonPropertyName("displayText")] public string DisplayText { get; set; } = "";
        [JsonPropertyName("localizationSet")] public string? LocalizationSet { get; set; }
        [JsonPropertyName("fields")] public Dictionary<string, string> Fields { get; set; } = [];
        [JsonPropertyName("publish")] public bool Publish { get; set; }
        [JsonPropertyName("resultVariable")] public string ResultVariable { get; set; } = "contentItemId";
    }

    public override string Type => "CreateContent";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done", "Invalid"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        if (context.Variables[settings.ResultVariable] is not null) return ActivityResult.Done("Done");
        var content = context.Services.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(settings.ContentType, settings.Culture is null ? null : await context.RenderAsync(settings.Culture), context.CancellationToken);
        item.DisplayText = await context.RenderAsync(settings.DisplayText);
        if (settings.LocalizationSet is { } set && await context.RenderAsync(set) is { Length: > 0 } rendered) item.LocalizationSet = rendered;
        if (await ContentFieldValues.ApplyAsync(item, settings.Fields, context) is { } error) return ActivityResult.Fault(error);

        var result = await content.CreateAsync(item, settings.Publish, context.CancellationToken);
        if (!result.Succeeded)
        {
            context.Variables["errors"] = string.Join(" ", result.Errors.Select(e => $"{e.Path}: {e.Message}"));
            return ActivityResult.Done("Invalid");
        }
        context.Variables[settings.ResultVariable] = result.Item!.ContentItemId;
        return ActivityResult.Done("Done");
    }
}
