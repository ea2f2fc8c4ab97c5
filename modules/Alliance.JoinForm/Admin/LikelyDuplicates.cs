using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using AllianceCms.Workflows.Tasks;

namespace Alliance.JoinForm.Admin;

/// <summary>
/// On the task page of a join application: the participants of the same country and the open
/// applications whose name looks like the applicant's ("Ville de Montreuil" ≈ "Montreuil", "Tivat
/// Municipality" ≈ "Opština Tivat"), so that the desk sees a second application or a member applying again.
/// </summary>
public sealed class LikelyDuplicates(IContentManager content, IContentQueryService queries) : ITaskPanelProvider
{
    public const int MaxCandidates = ContentQuery.MaxPageSize;

    /// <summary>Words that say what kind of authority it is, not which one (folded).</summary>
    private static readonly HashSet<string> NoiseWords =
    [
        "city", "ville", "town", "municipality", "municipalite", "commune", "communaute", "region", "regione", "departement",
        "department", "county", "province", "district", "metropole", "metropolitan", "urban", "community", "council", "conseil",
        "saint", "sainte", "st", "san", "santa", "sankt", "sur", "sous", "en", "of", "the", "de", "du", "des", "la", "le", "les", "l", "d", "et", "and", "opstina", "grad", "obcina", "gmina", "comune", "stadt", "gemeinde", "kreis", "landkreis", "miasto", "mesto", "obec", "opcina", "municipiul", "judetul", "oras",
    ];

    private static readonly string[] OpenStatuses = ["submitted", "information-requested"];

    public async Task<TaskPanel?> GetPanelAsync(TaskPanelContext context, CancellationToken ct = default)
    {
        if (context.Subject is not { ContentType: JoinFormModule.Type } application) return null;
        var fr = context.Culture == "fr";
        var name = Normalize(application.DisplayText);
        var entries = new List<TaskPanelEntry>();
        var seen = new HashSet<string> { application.LocalizationSet };

        foreach (var set in await CountrySetsAsync(application, ct))
        {
            var members = await TryQueryAsync(new ContentQuery
            {
                Types = ["Member"], Status = ContentStatus.Latest, PageSize = MaxCandidates, IncludeTotal = false,
                Filters = [new FieldFilter("Member.Country", FilterOperator.Equals, set)],
            }, ct);
            foreach (var member in members.Where(m => seen.Add(m.LocalizationSet) && IsSimilar(name, Normalize(m.DisplayText))))
                entries.Add(new TaskPanelEntry(member.DisplayText, EditorUrl(member), fr ? "participant du même pays" : "participant in the same country"));
        }

        var applications = await TryQueryAsync(new ContentQuery
        {
            Types = [JoinFormModule.Type], Status = ContentStatus.Latest, PageSize = MaxCandidates, IncludeTotal = false,
            SortBy = ContentSortKey.CreatedUtc, Filters = [new FieldFilter("JoinApplication.Status", FilterOperator.In, OpenStatuses)],
        }, ct);
        foreach (var other in applications.Where(a => a.ContentItemId != application.ContentItemId && seen.Add(a.LocalizationSet) && IsSimilar(name, Normalize(a.DisplayText))))
            entries.Add(new TaskPanelEntry(other.DisplayText, EditorUrl(other), fr ? "autre demande en cours" : "another open application"));

        return new TaskPanel(fr ? "Doublons probables" : "Likely duplicates", entries,
            fr ? "Aucun participant ni aucune demande en cours ne ressemble à celle-ci." : "No participant or open application looks like this one.");
    }

    private static string EditorUrl(ContentItem item) => $"/admin/content/{Uri.EscapeDataString(item.ContentItemId)}/edit";

    /// <summary>The localization sets of the countries the application names (what reference filters compare on).</summary>
    private async Task<IReadOnlyList<string>> CountrySetsAsync(ContentItem application, CancellationToken ct)
    {
        var ids = application.Get(JoinFormModule.Type, "Country") switch
        {
            JsonArray a => a.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList(),
            JsonValue v when v.TryGetValue<string>(out var s) => [s],
            _ => [],
        };
        var sets = new List<string>();
        foreach (var id in ids.Distinct())
            if (await content.GetAsync(id, VersionOptions.Latest, ct) is { } country) sets.Add(country.LocalizationSet);
        return sets;
    }

    private async Task<IReadOnlyList<ContentItem>> TryQueryAsync(ContentQuery query, CancellationToken ct)
    {
        try
        {
            return (await queries.QueryAsync(query, ct)).Items;
        }
        catch (InvalidQueryException)
        {
            return []; // a definition without the indexed field: nothing to compare with
        }
    }

    /// <summary>Folded words of the name without the words that only say what kind of authority it is.</summary>
    public static IReadOnlyList<string> Normalize(string name)
    {
        var words = new string(TextFolding.Fold(name).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !NoiseWords.Contains(w)).ToList();
        return kept.Count > 0 ? kept : words;
    }

    /// <summary>Close names: the words joined are at most two edits apart (three for long names), or most words are shared.</summary>
    public static bool IsSimilar(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        var left = string.Concat(a);
        var right = string.Concat(b);
        var allowed = Math.Min(left.Length, right.Length) switch { < 4 => 0, < 12 => 2, _ => 3 };
        if (Levenshtein(left, right, allowed) <= allowed) return true;
        var shared = a.Intersect(b).Where(w => w.Length >= 4).Count();
        return shared > 0 && shared * 2 >= Math.Min(a.Count, b.Count);
    }

    /// <summary>Edit distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int Levenshtein(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                best = Math.Min(best, current[j]);
            }
            if (best > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
