using AllianceCms.Admin.Security;
using AllianceCms.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Api;

/// <summary>GraphiQL against the site's own GraphQL endpoint, for administrators exploring the API.</summary>
[RequirePermission(Permission.All)]
public sealed class GraphiQLModel : PageModel
{
    public const string Endpoint = "/api/graphql";

    public const string DefaultQuery = "# Published content, as anonymous callers see it.\n# Paste a client's token in Headers as {\"Authorization\": \"Bearer …\"} to read drafts or write.\n{\n  __schema { queryType { name } }\n}\n";

    public void OnGet() { }
}
