using System.Text.Json.Serialization;
using AllianceCms.Core.Content;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Sets fields of an existing item (its id from Liquid) and saves it, publishing if asked.</summary>
public sealed class UpdateContent : Activity<UpdateContent.Settings>
{
    public sealed class Settings
    {
        [JsonPropertyName("contentItemId")] public string ContentItemId { get; set; } = "";
        [JsonPropertyName("fields")] public Dictionary<string, string> Fields { get; set; } = [];
        [JsonPropertyName("publish")] public bool Publish { get; set; }
    }

    public override string Type => "UpdateContent";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done", "Invalid", "NotFound"];

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        var content = context.Services.GetRequiredService<IContentManager>();
        var item = await content.GetAsync(await context.RenderAsync(settings.ContentItemId), VersionOptions.Latest, context.CancellationToken);
        if (item is null || item.IsDeleted) return ActivityResult.Done("NotFound");
        if (await ContentFieldValues.ApplyAsync(item, settings.Fields, context) is { } error) return ActivityResult.Fault(error);
        var result = await content.SaveAsync(item, settings.Publish, context.CancellationToken);
        if (result.Succeeded) return ActivityResult.Done("Done");
        context.Variables["errors"] = string.Join(" ", result.Errors.Select(e => $"{e.Path}: {e.Message}"));
        return ActivityResult.Done(result.Outcome == ContentOutcome.NotFound ? "NotFound" : "Invalid");
    }
}
