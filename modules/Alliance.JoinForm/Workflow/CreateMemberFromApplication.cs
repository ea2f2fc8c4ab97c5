using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Alliance.Members;
using AllianceCms.Core.Content;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.JoinForm.Workflow;

/// <summary>
/// Creates the participant (the Member in English and French) from an approved application, as a
/// draft or published per <c>publish</c> (when absent: per the join application settings). Sets <c>variables.memberId</c> and <c>variables.memberOrdinal</c>;
/// a second run (after a crash, or a second approval) creates nothing more.
/// </summary>
public sealed class CreateMemberFromApplication : Activity<CreateMemberFromApplication.Settings>
{
    public sealed class Settings : ApplicationSettings
    {
        [JsonPropertyName("publish")] public bool? Publish { get; set; }
    }

    private const string App = JoinFormModule.Type;
    private const string Part = MembersModule.Type;

    /// <summary>Copied to both variants; the Member type keeps them shared.</summary>
    private static readonly (string From, string To)[] Copied =
    [
        ("AuthorityType", "AuthorityType"), ("Country", "Country"), ("Population", "Population"), ("RomaPopulation", "RomaPopulation"),
        ("Website", "Website"), ("Priorities", "Priorities"), ("FocalPointName", "FocalPointName"), ("FocalPointEmail", "FocalPointEmail"),
        ("FocalPointPhone", "FocalPointPhone"), ("FocalPointFunction", "FocalPointRole"),
    ];

    public override string Type => "CreateMemberFromApplication";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    public static string MemberIdFor(string applicationId) => "member-" + applicationId.Replace("join-", "", StringComparison.Ordinal);

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        if (context.Variables["memberId"] is not null) return ActivityResult.Done("Done");
        var application = await settings.LoadAsync(context);
        if (application is null) return ActivityResult.Fault("The join application does not exist.");
        var content = context.Services.GetRequiredService<IContentManager>();
        var ct = context.CancellationToken;
        var memberId = MemberIdFor(application.ContentItemId);
        var publish = settings.Publish ?? (await context.Services.GetRequiredService<Configuration.JoinSettingsStore>().GetAsync(ct)).PublishMemberOnApproval;

        var english = await content.GetAsync(memberId, VersionOptions.Latest, ct);
        if (english is null)
        {
            var created = await content.CreateAsync(NewVariant(await content.NewAsync(Part, "en", ct), application, memberId, memberId, context), publish, ct);
            if (!created.Succeeded) return Failed(created);
            english = created.Item!;
        }
        if (await content.GetAsync(memberId + "-fr", VersionOptions.Latest, ct) is null)
        {
            var french = NewVariant(await content.NewAsync(Part, "fr", ct), application, memberId + "-fr", memberId, context);
            french.Set(Part, MemberOrdinalHandler.Field, english.Get(Part, MemberOrdinalHandler.Field)?.DeepClone());
            var created = await content.CreateAsync(french, publish, ct);
            if (!created.Succeeded) return Failed(created);
        }

        if (application.Get(App, "Member") is null)
        {
            application.Set(App, "Member", new JsonArray(JsonValue.Create(memberId)));
            var saved = await content.SaveAsync(application, publish: true, ct);
            if (!saved.Succeeded) return Failed(saved);
        }
        context.Variables["memberId"] = memberId;
        context.Variables["memberOrdinal"] = english.Get<long?>(Part, MemberOrdinalHandler.Field) ?? 0;
        return ActivityResult.Done("Done");
    }

    private static ContentItem NewVariant(ContentItem member, ContentItem application, string id, string localizationSet, ActivityContext context)
    {
        member.ContentItemId = id;
        member.LocalizationSet = localizationSet;
        member.DisplayText = application.DisplayText;
        foreach (var (from, to) in Copied)
        {
            if (application.Get(App, from) is { } value) member.Set(Part, to, value.DeepClone());
        }
        member.Set(Part, "Status", JsonValue.Create("active"));
        member.Set(Part, "JoinedOn", JsonValue.Create(context.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return member;
    }

    private static ActivityResult Failed(ContentResult result) =>
        ActivityResult.Fault($"The participant could not be saved ({result.Outcome}): {string.Join(" ", result.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
}
