using AllianceCms.Admin.Content;
using AllianceCms.Admin.Content.Editors;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceCms.Admin;

public static class AdminServiceCollectionExtensions
{
    public const string Area = "Admin";
    public const string PathPrefix = "/admin";
    public const string LoginPath = "/admin/login";

    /// <summary>
    /// Registers the admin: Razor Pages under /admin, sign-in with Identity's cookie, the permission
    /// policies and the field editors. Call after AddCmsData, whose Identity registration it extends.
    /// </summary>
    public static IServiceCollection AddCmsAdmin(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".AllianceCms.Admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = LoginPath;
            o.LogoutPath = "/admin/logout";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A refusal is answered on the URL asked for, with the admin's 403 page, not by a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
                context.Request.Path.StartsWithSegments(PathPrefix)
                    ? AdminStatusResult.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden)
                    : WriteStatus(context.HttpContext, StatusCodes.Status403Forbidden);
            o.Events.OnRedirectToLogin = context =>
                context.Request.Path.StartsWithSegments(PathPrefix)
                    ? Redirect(context)
                    : WriteStatus(context.HttpContext, StatusCodes.Status401Unauthorized);
        });
        // Identity's factory adds the roles' permission claims; ours adds the admin language.
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<CmsUser>, AdminClaimsPrincipalFactory>());
        services.Replace(ServiceDescriptor.Scoped<SignInManager<CmsUser>, CmsSignInManager>());
        services.AddScoped<UserAccounts>();
        services.Replace(ServiceDescriptor.Scoped<IdentityErrorDescriber, AdminIdentityErrors>());
        services.AddSingleton<PasswordResetLimiter>();
        services.AddScoped<Areas.Admin.Pages.Users.UserMentions>();
        services.AddScoped<PermissionCatalog>();
        services.AddScoped<Templates.TemplateOverrides>();
        services.AddScoped<Menus.MenuTargets>();
        foreach (var permission in AdminPermissions.All.Concat(PermissionCatalog.Neighbours)) services.AddSingleton(permission);

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicies.SignedIn, AdminPolicies.SignedInBuilder().Build())
            .AddPolicy(AdminPolicies.Access, AdminPolicies.SignedInBuilder().AddRequirements(new AdminAccessRequirement()).Build());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeAreaFolder(Area, "/", AdminPolicies.SignedIn);
                o.Conventions.AddAreaFolderApplicationModelConvention(Area, "/", page =>
                {
                    page.Filters.Add(new AdminAccessFilter());
                    page.Filters.Add(new AdminCultureFilter());
                });
            })
            .ConfigureApplicationPartManager(parts =>
            {
                var assembly = typeof(AdminServiceCollectionExtensions).Assembly;
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                    parts.ApplicationParts.Add(new AssemblyPart(assembly));
            });

        services.AddSingleton<AdminText>();
        foreach (var editor in FieldEditorRegistry.BuiltIn) services.AddSingleton<FieldEditor>(editor);
        services.AddSingleton<FieldEditorRegistry>();
        services.AddSingleton<ContentFormBinder>();
        services.AddScoped<ContentFieldOptions>();
        services.AddContentEditing();
        services.AddScoped<Areas.Admin.Pages.Content.ContentEditorServices>();
        services.AddScoped<AdminShell>();
        ContentTypes.ContentTypesServiceCollectionExtensions.AddContentTypesEditor(services);
        services.AddScoped<Tasks.TaskInbox>();
        services.AddScoped<Workflows.WorkflowAdminQueries>();
        services.AddSingleton<Workflows.WorkflowDefinitionJson>();
        services.AddSingleton<Workflows.WorkflowOutline>();
        return services;
    }

    /// <summary>Maps the admin's pages and assets under /admin.</summary>
    public static IEndpointRouteBuilder MapCmsAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapGet(AdminAssets.RoutePattern, AdminAssets.Serve).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task WriteStatus(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
