using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;

namespace AllianceCms.Benchmarks;

/// <summary>
/// Generated but plausible Alliance content for the big site: participants with town names built from
/// syllables, in one of the recipe's countries, placed near that country's capital; news items about
/// them in EN and FR with kinds, tags and related participants and countries. Deterministic: item n
/// is always the same, so a seeding run can be resumed batch by batch.
/// </summary>
public static class BigSiteData
{
    public const string MemberPrefix = "big-member-";
    public const string NewsPrefix = "big-news-";

    private static readonly string[] Starts = ["Bel", "Nov", "Stara", "Vel", "Kral", "Zlat", "Bor", "Mar", "San", "Val", "Mont", "Ros", "Lind", "Ost", "Drag", "Mir", "Sol", "Brez", "Kam", "Lug", "Pol", "Tar", "Vin", "Grad", "Har", "Cor", "Fal", "Ber", "Dub", "Ker"];
    private static readonly string[] Middles = ["a", "o", "e", "i", "ava", "ina", "ero", "ani", "ola", "ova"];
    private static readonly string[] Ends = ["grad", "vo", "ica", "burg", "dorf", "villa", "ville", "sk", "heim", "polje", "ac", "ova", "berg", "ino", "esti", "any", "dal"];
    private static readonly string[] AuthorityTypes = ["municipality", "city", "municipality", "county", "region", "metropolitan-city", "other"];
    private static readonly string[] Priorities = ["education", "employment", "housing", "health", "anti-discrimination", "participation", "culture"];
    private static readonly string[] Kinds = ["news", "news", "news", "event", "interview"];
    private static readonly string[] RolesEn = ["Roma inclusion officer", "Social inclusion adviser", "Community mediation coordinator", "International relations officer"];
    private static readonly string[] RolesFr = ["Chargé de l'inclusion des Roms", "Conseiller pour l'inclusion sociale", "Coordinateur de la médiation communautaire", "Chargé des relations internationales"];
    private static readonly (string En, string Fr)[] Topics =
    [
        ("school mediation", "la médiation scolaire"), ("access to housing", "l'accès au logement"), ("health mediators", "les médiateurs de santé"),
        ("youth participation", "la participation des jeunes"), ("women's employment", "l'emploi des femmes"), ("early childhood education", "l'éducation de la petite enfance"),
        ("combating anti-Gypsyism", "la lutte contre l'antitsiganisme"), ("Romani language and culture", "la langue et la culture romani"), ("local action plans", "les plans d'action locaux"),
        ("civil registration", "l'état civil"), ("vocational training", "la formation professionnelle"), ("Holocaust remembrance", "la mémoire de l'Holocauste"),
    ];
    private static readonly (string En, string Fr)[] Templates =
    [
        ("{0} hosts a seminar on {1}", "{0} accueille un séminaire sur {1}"),
        ("{0} adopts a new plan for {1}", "{0} adopte un nouveau plan pour {1}"),
        ("Study visit to {0}: {1}", "Visite d'étude à {0} : {1}"),
        ("{0} joins the network on {1}", "{0} rejoint le réseau sur {1}"),
        ("Interview: the mayor of {0} on {1}", "Entretien : le maire de {0} sur {1}"),
        ("{0} reports progress on {1}", "{0} fait le point sur {1}"),
        ("Training in {0} on {1}", "Formation à {0} sur {1}"),
        ("{0} and its partners launch a project on {1}", "{0} et ses partenaires lancent un projet sur {1}"),
    ];
    private static readonly string[] TagWords = ["education", "housing", "health", "youth", "women", "mediation", "culture", "employment", "training", "network", "anti-Gypsyism", "participation"];

    /// <summary>Capitals of the Council of Europe's member States, by ISO alpha-2: participants are placed around them.</summary>
    private static readonly Dictionary<string, (double Lat, double Lng)> Capitals = new()
    {
        ["AL"] = (41.33, 19.82), ["AD"] = (42.51, 1.52), ["AM"] = (40.18, 44.51), ["AT"] = (48.21, 16.37), ["AZ"] = (40.41, 49.87), ["BE"] = (50.85, 4.35),
        ["BA"] = (43.86, 18.41), ["BG"] = (42.70, 23.32), ["HR"] = (45.81, 15.98), ["CY"] = (35.17, 33.36), ["CZ"] = (50.08, 14.44), ["DK"] = (55.68, 12.57),
        ["EE"] = (59.44, 24.75), ["FI"] = (60.17, 24.94), ["FR"] = (48.86, 2.35), ["GE"] = (41.72, 44.79), ["DE"] = (52.52, 13.40), ["GR"] = (37.98, 23.73),
        ["HU"] = (47.50, 19.04), ["IS"] = (64.15, -21.94), ["IE"] = (53.35, -6.26), ["IT"] = (41.90, 12.50), ["LV"] = (56.95, 24.11), ["LI"] = (47.14, 9.52),
        ["LT"] = (54.69, 25.28), ["LU"] = (49.61, 6.13), ["MT"] = (35.90, 14.51), ["MD"] = (47.01, 28.86), ["MC"] = (43.74, 7.42), ["ME"] = (42.44, 19.26),
        ["NL"] = (52.37, 4.90), ["MK"] = (42.00, 21.43), ["NO"] = (59.91, 10.75), ["PL"] = (52.23, 21.01), ["PT"] = (38.72, -9.14), ["RO"] = (44.43, 26.10),
        ["SM"] = (43.94, 12.45), ["RS"] = (44.79, 20.45), ["SK"] = (48.15, 17.11), ["SI"] = (46.06, 14.51), ["ES"] = (40.42, -3.70), ["SE"] = (59.33, 18.07),
        ["CH"] = (46.95, 7.45), ["TR"] = (39.93, 32.86), ["UA"] = (50.45, 30.52), ["GB"] = (51.51, -0.13),
    };

    /// <summary>A country of the recipe: the English item's id and its ISO code.</summary>
    public sealed record Country(string Id, string Alpha2);

    /// <summary>The town name of participant n; distinct for n below 30 × 10 × 17 × 2 = 10,200.</summary>
    public static string TownName(int n)
    {
        var a = n % Starts.Length;
        var b = n / Starts.Length % Middles.Length;
        var c = n / (Starts.Length * Middles.Length) % Ends.Length;
        var name = Starts[a] + Middles[b] + Ends[c];
        return n / (Starts.Length * Middles.Length * Ends.Length) % 2 == 1 ? "Gornja " + name : name;
    }

    public static string MemberId(int n, string culture) => culture == "en" ? $"{MemberPrefix}{n}" : $"{MemberPrefix}{n}-fr";

    public static string NewsId(int n, string culture) => culture == "en" ? $"{NewsPrefix}{n}" : $"{NewsPrefix}{n}-fr";

    public static ContentItem Member(int n, string culture, IReadOnlyList<Country> countries)
    {
        var country = countries[n * 7 % countries.Count];
        var (lat, lng) = Capitals.GetValueOrDefault(country.Alpha2, (48.58, 7.75));
        var town = TownName(n);
        var first = Priorities[n % 7];
        var second = Priorities[(n + 3) % 7];
        var item = new ContentItem { ContentType = "Member", Culture = culture, LocalizationSet = $"{MemberPrefix}{n}", ContentItemId = MemberId(n, culture), DisplayText = town };
        item.Set("Member", "AuthorityType", AuthorityTypes[n % AuthorityTypes.Length])
            .Set("Member", "Country", new JsonArray(country.Id))
            .Set("Member", "Status", n % 40 == 0 ? "suspended" : "active")
            .Set("Member", "JoinedOn", new DateOnly(2013, 3, 20).AddDays(n * 7919 % 4600).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Set("Member", "Ordinal", 1000 + n)
            .Set("Member", "Population", 2000 + n * 7919 % 400000)
            .Set("Member", "RomaPopulation", 50 + n * 131 % 15000)
            .Set("Member", "RomaPopulationYear", 2013 + n % 12)
            // Within about 1.5° of the capital: inside the country or close to it, and inside Europe.
            .Set("Member", "Location", new JsonObject { ["lat"] = Math.Round(lat + (n * 37 % 300 - 150) / 100.0, 4), ["lng"] = Math.Round(lng + (n * 53 % 300 - 150) / 100.0, 4) })
            .Set("Member", "Priorities", new JsonArray(first, second))
            .Set("Member", "FocalPointRole", (culture == "en" ? RolesEn : RolesFr)[n % RolesEn.Length])
            .Set("Member", "Description", culture == "en"
                ? $"<p>{town} is a {AuthorityTypes[n % AuthorityTypes.Length].Replace('-', ' ')} that joined the Alliance. Its priorities are {first} and {second}.</p>"
                : $"<p>{town} est une collectivité membre de l'Alliance. Ses priorités sont {first} et {second}.</p>");
        return item;
    }

    /// <summary>News item n: about participant n mod <paramref name="members"/>; titles are distinct for n below 50,000 × (members / 5,000).</summary>
    public static ContentItem News(int n, string culture, int members, IReadOnlyList<Country> countries)
    {
        var member = n % members;
        var k = n / members;
        var template = Templates[k % Templates.Length];
        var topic = Topics[(k / Templates.Length * 5 + n % Topics.Length) % Topics.Length];
        var town = TownName(member);
        var date = new DateTime(2005, 1, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(n * 7919L % (21L * 365 * 24 * 60));
        var item = new ContentItem { ContentType = "NewsItem", Culture = culture, LocalizationSet = $"{NewsPrefix}{n}", ContentItemId = NewsId(n, culture) };
        item.DisplayText = culture == "en" ? string.Format(CultureInfo.InvariantCulture, template.En, town, topic.En) : string.Format(CultureInfo.InvariantCulture, template.Fr, town, topic.Fr);
        item.PublishedUtc = date;
        item.CreatedUtc = date;
        var related = new JsonArray(MemberId(member, "en"));
        if (n % 4 == 0) related.Add(MemberId((member + 1) % members, "en"));
        item.Set("NewsItem", "PublicationDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Set("NewsItem", "Kind", Kinds[n % Kinds.Length])
            .Set("NewsItem", "RelatedMembers", related)
            .Set("NewsItem", "RelatedCountries", new JsonArray(countries[member * 7 % countries.Count].Id))
            .Set("NewsItem", "Summary", culture == "en"
                ? $"{town} shares its work on {topic.En} with the other participants of the Alliance."
                : $"{town} partage son travail sur {topic.Fr} avec les autres participants de l'Alliance.")
            .Set("NewsItem", "Body", culture == "en"
                ? $"<p>Elected representatives and staff of {town} met local Roma organisations to discuss <strong>{topic.En}</strong>.</p><p>They agreed on next steps and will report back to the Alliance.</p>"
                : $"<p>Des élus et des agents de {town} ont rencontré des associations roms locales pour parler de <strong>{topic.Fr}</strong>.</p><p>Ils ont convenu des prochaines étapes et en rendront compte à l'Alliance.</p>")
            .Set("NewsItem", "Tags", new JsonArray(TagWords[n % TagWords.Length], TagWords[(n % TagWords.Length + 1 + n / 3 % (TagWords.Length - 1)) % TagWords.Length]));
        return item;
    }
}
