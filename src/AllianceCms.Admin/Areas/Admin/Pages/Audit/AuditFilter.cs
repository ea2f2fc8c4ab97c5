using System.Globalization;
using AllianceCms.Admin.Localization;
using AllianceCms.Core.Audit;

namespace AllianceCms.Admin.Areas.Admin.Pages.Audit;

/// <summary>
/// The audit page's filters as they come in the query string, read into an <see cref="AuditQuery"/>;
/// the list and the CSV export read the same ones. Bad values become messages, not errors.
/// </summary>
public sealed class AuditFilter
{
    public const int MaxTextLength = 200;

    public static readonly string[] Categories =
        [AuditCategories.Content, AuditCategories.Account, AuditCategories.Users, AuditCategories.Roles, AuditCategories.Settings, AuditCategories.Templates, AuditCategories.Menus,
         AllianceCms.Admin.ContentTypes.ContentTypeAudit.Category, AllianceCms.Api.Clients.ApiClientEvents.Category];

    public static readonly string[] Actions =
    [
        AuditActions.Created, AuditActions.Updated, AuditActions.Published, AuditActions.Unpublished, AuditActions.Deleted, AuditActions.Restored,
        AuditActions.SignedIn, AuditActions.SignInFailed, AuditActions.LockedOut, AuditActions.SignedOut, AuditActions.PasswordReset, AuditActions.TwoFactorEnabled, AuditActions.TwoFactorDisabled,
        AuditActions.Invited, AuditActions.Locked, AuditActions.Unlocked, AuditActions.Disabled, AuditActions.Enabled, AuditActions.Changed,
    ];

    public static AuditFilter FromQuery(Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        string? Get(string key) => query.TryGetValue(key, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
        return new AuditFilter
        {
            Actor = Get("actor"),
            Category = Get("category"),
            Action = Get("action"),
            Subject = Get("subject"),
            From = Get("from"),
            To = Get("to"),
        };
    }

    public string? Actor { get; set; }
    public string? Category { get; set; }
    public string? Action { get; set; }
    public string? Subject { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    /// <summary>The query, or the messages (by field) that say which filter is wrong.</summary>
    public (AuditQuery? Query, IReadOnlyDictionary<string, string> Errors) Read(AdminText T)
    {
        var errors = new Dictionary<string, string>();
        if (Actor?.Length > MaxTextLength) errors[nameof(Actor)] = T["TextTooLong", MaxTextLength];
        if (Subject?.Length > MaxTextLength) errors[nameof(Subject)] = T["TextTooLong", MaxTextLength];
        if (!string.IsNullOrEmpty(Category) && !Categories.Contains(Category)) errors[nameof(Category)] = T["AuditUnknownChoice"];
        if (!string.IsNullOrEmpty(Action) && !Actions.Contains(Action)) errors[nameof(Action)] = T["AuditUnknownChoice"];
        var from = Date(From, nameof(From), errors, T);
        var to = Date(To, nameof(To), errors, T);
        if (from is not null && to is not null && to < from) errors[nameof(To)] = T["AuditToBeforeFrom"];
        if (errors.Count > 0) return (null, errors);
        return (new AuditQuery
        {
            Actor = Actor,
            Category = Category,
            Action = Action,
            Subject = Subject,
            FromUtc = from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            // "To" is a whole day, included.
            ToUtc = to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        }, errors);
    }

    /// <summary>The filters as route values, for the pager and the export link.</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) values[key] = value; }
        Add("actor", Actor);
        Add("category", Category);
        Add("action", Action);
        Add("subject", Subject);
        Add("from", From);
        Add("to", To);
        return values;
    }

    private static DateOnly? Date(string? value, string field, Dictionary<string, string> errors, AdminText T)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = T["AuditBadDate"];
        return null;
    }
}
