using System.Text.Json.Serialization;
using AllianceCms.Core.Content;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.JoinForm.Workflow;

/// <summary>Settings shared by the join activities: which application (Liquid; the signal's input by default).</summary>
public class ApplicationSettings
{
    [JsonPropertyName("applicationId")] public string ApplicationId { get; set; } = "{{ input.contentItemId }}";

    /// <summary>The application, latest version; null when it does not exist (any more).</summary>
    public async Task<ContentItem?> LoadAsync(ActivityContext context)
    {
        var id = (await context.RenderAsync(ApplicationId)).Trim();
        if (id.Length == 0) return null;
        var item = await context.Services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest, context.CancellationToken);
        return item is { IsDeleted: false, ContentType: JoinFormModule.Type } ? item : null;
    }
}
