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
/// Prepares, as drafts for the editors, the news "X is the Nth participant of the Alliance" in English
/// and "X est le Ne participant de l'Alliance" in French, from the new participant's ordinal.
/// </summary>
public sealed class PrepareParticipantNews : Activity<PrepareParticipantNews.Settings>
{
    public sealed class Settings
    {
        [JsonPropertyName("memberId")] public string MemberId { get; set; } = "{{ variables.memberId }}";
    }

    private const string News = "NewsItem";

    public override string Type => "PrepareParticipantNews";
    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    public static string EnglishOrdinal(long n) => (n % 100) is 11 or 12 or 13 ? $"{n}th" : (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" };

    public static string FrenchOrdinal(long n) => n == 1 ? "1er" : $"{n}e";

    public static string EnglishTitle(string name, long n) => $"{name} is the {EnglishOrdinal(n)} participant of the Alliance";

    public static string FrenchTitle(string name, long n) => $"{name} est le {FrenchOrdinal(n)} participant de l'Alliance";

    protected override async Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings)
    {
        var content = context.Services.GetRequiredService<IContentManager>();
        var ct = context.CancellationToken;
        var memberId = (await context.RenderAsync(settings.MemberId)).Trim();
        var member = memberId.Length == 0 ? null : await content.GetAsync(memberId, VersionOptions.Latest, ct);
        if (member is null) return ActivityResult.Fault($"The participant '{memberId}' does not exist.");
        var ordinal = member.Get<long?>(MembersModule.Type, MemberOrdinalHandler.Field) ?? 0;
        var newsId = "news-" + memberId;
        var today = context.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        foreach (var (culture, id, title, summary) in new[]
        {
            ("en", newsId, EnglishTitle(member.DisplayText, ordinal), $"{member.DisplayText} has joined the European Alliance of Cities and Regions for Roma Inclusion."),
            ("fr", newsId + "-fr", FrenchTitle(member.DisplayText, ordinal), $"{member.DisplayText} a rejoint l'Alliance européenne des villes et régions pour l'inclusion des Roms."),
        })
        {
            if (await content.GetAsync(id, VersionOptions.Latest, ct) is not null) continue; // a re-run
            var item = await content.NewAsync(News, culture, ct);
            item.ContentItemId = id;
            item.LocalizationSet = newsId;
            item.DisplayText = title;
            item.Set(News, "PublicationDate", JsonValue.Create(today));
            item.Set(News, "Kind", JsonValue.Create("news"));
            item.Set(News, "Summary", JsonValue.Create(summary));
            item.Set(News, "RelatedMembers", new JsonArray(JsonValue.Create(memberId)));
            if (member.Get(MembersModule.Type, "Country") is { } country) item.Set(News, "RelatedCountries", country.DeepClone());
            var result = await content.CreateAsync(item, publish: false, ct);
            if (!result.Succeeded)
                return ActivityResult.Fault($"The news draft could not be saved ({result.Outcome}): {string.Join(" ", result.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
        }
        context.Variables["newsId"] = newsId;
        return ActivityResult.Done("Done");
    }
}
