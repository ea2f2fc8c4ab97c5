using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities.BuiltIn;

/// <summary>Starts a workflow when content of the listed types is created, published, unpublished or deleted.</summary>
public sealed class ContentEvent : Activity<ContentEvent.Settings>, IEventActivity
{
    public const string Prefix = "content.";

    public sealed class Settings
    {
        /// <summary>"created", "updated", "published", "unpublished" or "deleted".</summary>
        [JsonPropertyName("event")] public string Event { get; set; } = "published";
        [JsonPropertyName("types")] public List<string> Types { get; set; } = [];
    }

    public override string Type => "ContentEvent";
    public override ActivityKind Kind => ActivityKind.Event;
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    public bool Matches(object settings, string eventName, JsonObject input)
    {
        var s = (Settings)settings;
        return eventName == Prefix + s.Event
            && (s.Types.Count == 0 || s.Types.Contains(input["contentType"]?.GetValue<string>() ?? ""));
    }

    protected override Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings) =>
        Task.FromResult(ActivityResult.Suspend(new Bookmark(Prefix + settings.Event, context.Input["contentItemId"]?.GetValue<string>())));

    protected override Task<ActivityResult> ResumeAsync(ActivityContext context, Settings settings, JsonObject input) => Done("Done");
}
