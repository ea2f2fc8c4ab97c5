using AllianceCms.Api.Access;
using AllianceCms.Api.Clients;
using AllianceCms.Api.GraphQL;
using AllianceCms.Api.GraphQL.Direct;
using AllianceCms.Api.Model;
using AllianceCms.Api.OpenApi;
using AllianceCms.Api.Reading;
using AllianceCms.Api.Rest;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Registers the headless API: REST, GraphQL and the OpenAPI document, all generated from the content definitions.</summary>
    public static IServiceCollection AddCmsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section))
            // One origin for the public site: the one public pages use for their canonical links.
            .PostConfigure(o => o.PublicOrigin ??= configuration["Display:PublicOrigin"])
            .ValidateDataAnnotations()
            .Validate(o => o.DefaultPageSize <= o.MaxPageSize, "Api:DefaultPageSize cannot exceed Api:MaxPageSize.")
            .ValidateOnStart();

        // Anonymous callers read published content; a bearer token makes the request a client's (ApiGateMiddleware).
        services.AddApiClients(configuration);
        Webhooks.WebhooksRegistration.AddWebhooks(services, configuration);
        services.TryAddScoped<IApiAccess, ClientApiAccess>();
        services.AddSingleton<SnapshotCache<ApiContentModel>>();
        services.AddScoped<ApiModelProvider>();
        services.AddScoped<ContentListRequestBuilder>();
        services.AddScoped<ApiContentReader>();
        services.AddScoped<ContentRestHandler>();
        services.AddScoped<Writing.ContentWriter>();
        services.AddScoped<ContentWriteHandler>();

        services.AddSingleton<SnapshotCache<ISchema>>();
        services.AddSingleton<ContentSchemaProvider>();
        services.AddScoped<GraphQLHttpHandler>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<ValidatedDocuments>());
        services.AddSingleton<ContentGraphQLSerializer>();
        services.AddGraphQL(graphQL => graphQL
            .AddSerializer(provider => provider.GetRequiredService<ContentGraphQLSerializer>())
            // Errors of writes name the field they are about in extensions.data.field.
            .AddErrorInfoProvider(o => o.ExposeData = true)
            // Resolvers share the request's DbContext, which runs one command at a time; batching keeps this cheap.
            // Selections of content fields are written straight from the items (ContentExecutionStrategy).
            .AddExecutionStrategy<ContentExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<ApiOptions>>().Value.GraphQL;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
            }));

        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<IAuthenticationSchemeProvider, OpenIddictEndpointSchemes>());
        services.AddOpenApi(ContentOpenApiDocument.DocumentName, openApi =>
        {
            // The document is written whole from the definitions; the host's other endpoints are not part of the API.
            openApi.ShouldInclude = _ => false;
            openApi.AddDocumentTransformer<ContentOpenApiDocument>();
        });
        return services;
    }

    /// <summary>
    /// Authenticates API clients' bearer tokens, applies their rate limits and CORS on /api. Call after
    /// UseAuthentication (which runs OpenIddict's token endpoint) and before the endpoints.
    /// </summary>
    public static IApplicationBuilder UseCmsApi(this IApplicationBuilder app) => app.UseMiddleware<ApiGateMiddleware>();

    /// <summary>Maps /api/content, /api/graphql, /api/openapi/v1.json, the token endpoint and the API reference at /api/docs.</summary>
    public static IEndpointRouteBuilder MapCmsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTokenEndpoint();
        endpoints.MapContentEndpoints();
        endpoints.MapGraphQLEndpoint();
        endpoints.MapOpenApi(ContentOpenApiDocument.RoutePattern);
        endpoints.MapApiReferencePage();
        // Anything else under /api is an API path that does not exist: answer as the API does, not with a site page.
        endpoints.MapMethods("/api/{**rest}", [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete],
                (string? rest) => ApiProblems.NotFound($"There is no API endpoint at /api/{rest}."))
            .ExcludeFromDescription();
        return endpoints;
    }
}
