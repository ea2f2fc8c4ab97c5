using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Api.Rest;

/// <summary>The API's errors as RFC 9457 problem details (application/problem+json).</summary>
public static class ApiProblems
{
    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult UnknownType(ApiContentModel model, string type) =>
        NotFound(model.Suggest(type) is { } suggestion
            ? $"There is no content type '{type}'. Type names are case-sensitive: did you mean '{suggestion}'?"
            : $"There is no content type '{type}'. Types: {string.Join(", ", model.Types.Select(t => t.Name))}.");

    public static IResult Invalid(IEnumerable<InputError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Parameter, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            detail: "See errors: each names the parameter it is about.",
            title: "The request has invalid parameters.");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    /// <summary>A problem with fields of a written item: errors keyed by path ("Member.Country").</summary>
    public static IResult InvalidContent(IEnumerable<(string Path, string Message)> errors, string detail) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            detail: detail,
            title: "The content is not valid.");

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static IResult PreconditionFailed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed");

    public static IResult UnsupportedMediaType(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
}
