using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Recipes;
using AllianceCms.Core.Settings;
using AllianceCms.Data.Content;
using AllianceCms.Data.Definitions;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AllianceCms.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers storage on SQLite (default) or PostgreSQL and the EF Core implementations of the core's services.</summary>
    public static IServiceCollection AddCmsData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.DataFolder = Path.GetFullPath(Path.Combine(contentRoot, options.DataFolder));
        if (options.ReadCacheMaxAge < TimeSpan.Zero)
            throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions), ["Database:ReadCacheMaxAge must be zero (no read cache) or more."]);
        services.AddSingleton(Options.Create(options));

        // Contexts come from a pool: a request's context costs a reset instead of building its services anew.
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                    throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions), ["Database:ConnectionString is required for PostgreSQL."]);
                services.AddDbContextPool<CmsDbContext, PostgresCmsDbContext>((sp, o) => o.UseNpgsql(options.ConnectionString)
                    .AddInterceptors(sp.GetRequiredService<Caching.ContentChangeInterceptor>()));
                break;
            default:
                var connection = SqliteConnectionString(options);
                services.AddDbContextPool<CmsDbContext, SqliteCmsDbContext>((sp, o) => o.UseSqlite(connection)
                    .AddInterceptors(new SqlitePragmas(), sp.GetRequiredService<Caching.ContentChangeInterceptor>()));
                break;
        }

        services.AddSingleton<Caching.ContentGenerations>();
        services.AddSingleton<Caching.ContentChangeInterceptor>();
        services.AddSingleton<Caching.PublishedReadCache>();
        services.AddSingleton<DefinitionCache>();
        services.AddScoped<TransactionRunner>();
        services.AddScoped<ITransactionRunner>(sp => sp.GetRequiredService<TransactionRunner>());
        services.AddScoped<IContentDefinitionStore, ContentDefinitionStore>();
        services.AddScoped<DefinitionEditorApplier>();
        services.AddScoped<IDocumentStore, DocumentStore>();
        services.AddSingleton<IDocumentCounters, DocumentCounters>();
        services.AddScoped<ContentReferenceLookup>();
        services.AddScoped<IContentReferenceLookup>(sp => sp.GetRequiredService<ContentReferenceLookup>());
        services.AddScoped<IContentBatchReader, ContentBatchReader>();
        services.AddScoped<ContentIndexWriter>();
        services.AddScoped<RouteWriter>();
        services.AddScoped<SharedFieldSynchronizer>();
        services.AddScoped<ContentHandlers>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IContentEraser, ContentEraser>();
        services.AddScoped<ContentQueryService>();
        services.AddScoped<IContentQueryService, CachedContentQueryService>();
        services.AddScoped<Reindexer>();
        services.AddScoped<PlannerStatistics>();
        services.AddHostedService<PlannerStatisticsService>();
        services.AddScoped<ModuleMigrator>();
        services.AddScoped<IRecipeStepHandler, Recipes.RolesStep>();
        services.AddScoped<Recipes.RecipeExporter>();
        services.AddScoped<Operations.DatabaseBackup>();
        services.AddHostedService<ScheduledPublishingService>();
        services.AddSingleton<Workflows.WorkflowDefinitionCache>();
        services.AddScoped<AllianceCms.Workflows.Runtime.IWorkflowStore, Workflows.WorkflowStore>();
        services.AddScoped<AllianceCms.Workflows.Tasks.IUserTaskStore, Workflows.UserTaskStore>();
        services.AddScoped<AllianceCms.Workflows.Tasks.IWorkflowUserDirectory, Workflows.WorkflowUserDirectory>();
        services.AddOptions<Mail.MailOptions>().Bind(configuration.GetSection(Mail.MailOptions.Section));
        services.AddScoped<AllianceCms.Core.Mail.IMailQueue, Mail.MailOutbox>();
        services.AddScoped<Mail.MailSender>();
        services.AddScoped<Mail.MailServer>();
        services.AddHostedService<Mail.MailSenderService>();
        Audit.AuditServiceCollectionExtensions.AddCmsAudit(services);

        // Keys in the data folder survive restarts; several nodes need a shared key store instead.
        services.AddDataProtection().SetApplicationName("AllianceCms")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataFolder, "keys")));
        services.AddIdentityCore<CmsUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<CmsRole>()
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        return services;
    }

    public static string SqliteConnectionString(DatabaseOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString)) return options.ConnectionString;
        Directory.CreateDirectory(options.DataFolder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.DataFolder, options.SqliteFileName),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }
}
