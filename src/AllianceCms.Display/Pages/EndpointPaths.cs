using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace AllianceCms.Display.Pages;

/// <summary>
/// Whether an endpoint answers GET requests for a path ahead of the public pages. Routes made only of parameters
/// (the public pages' catch-all, fallbacks) are left out: they would claim every path. Constraints are not checked,
/// so a route that might answer counts as answering.
/// </summary>
public sealed class EndpointPaths(EndpointDataSource source)
{
    /// <summary>Templates whose first segment is a literal, by that literal (most of them), and the others.</summary>
    private sealed record Matchers(IReadOnlyList<Endpoint> Endpoints, Dictionary<string, TemplateMatcher[]> ByFirstSegment, TemplateMatcher[] Others);

    private Matchers? _matchers;

    public bool AnswersGet(string path)
    {
        var matchers = Current();
        var trimmed = path.TrimStart('/');
        var first = trimmed.IndexOf('/') is var slash and >= 0 ? trimmed[..slash] : trimmed;
        return (matchers.ByFirstSegment.TryGetValue(first, out var literal) && Matches(literal, path)) || Matches(matchers.Others, path);
    }

    private static bool Matches(TemplateMatcher[] templates, string path)
    {
        foreach (var template in templates)
            if (template.TryMatch(path, new RouteValueDictionary())) return true;
        return false;
    }

    /// <summary>Built once per endpoint list: the data source hands out a new list only when endpoints change.</summary>
    private Matchers Current()
    {
        var endpoints = source.Endpoints;
        if (_matchers is { } built && ReferenceEquals(built.Endpoints, endpoints)) return built;
        var patterns = endpoints.OfType<RouteEndpoint>().Where(e => AnswersGet(e) && HasLiteral(e.RoutePattern)).Select(e => e.RoutePattern).ToList();
        var byFirst = patterns.Where(p => FirstLiteral(p) is not null)
            .GroupBy(p => FirstLiteral(p)!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(Matcher).ToArray(), StringComparer.OrdinalIgnoreCase);
        var others = patterns.Where(p => FirstLiteral(p) is null).Select(Matcher).ToArray();
        return _matchers = new Matchers(endpoints, byFirst, others);
    }

    private static TemplateMatcher Matcher(RoutePattern pattern) => new(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults));

    private static string? FirstLiteral(RoutePattern pattern) =>
        pattern.PathSegments is [{ IsSimple: true, Parts: [RoutePatternLiteralPart literal] }, ..] ? literal.Content : null;

    private static bool HasLiteral(RoutePattern pattern) => pattern.PathSegments.Any(s => s.Parts.Any(p => p.IsLiteral));

    private static bool AnswersGet(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
        || methods.HttpMethods.Count == 0
        || methods.HttpMethods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase);
}
