using AllianceCms.Admin;
using AllianceCms.Api;
using AllianceCms.Core;
using AllianceCms.Data;
using AllianceCms.Display;
using AllianceCms.Media;
using AllianceCms.Search;
using AllianceCms.Web;
using AllianceCms.Web.Commands;
using AllianceCms.Web.Operations;
using AllianceCms.Web.Setup;
using AllianceCms.Workflows;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
var modules = AllianceModules.All();

builder.Services.AddCmsCore(builder.Configuration, modules);
builder.Services.AddCmsData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddCmsApi(builder.Configuration);
builder.Services.AddCmsDisplay(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddCmsSearch(builder.Configuration);
builder.Services.AddCmsAdmin();
builder.Services.AddCmsMedia(builder.Configuration);
builder.Services.AddCmsWorkflows();
builder.Services.AddOptions<SetupOptions>().Bind(builder.Configuration.GetSection(SetupOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddScoped<SiteSetup>();
builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
builder.Services.AddProblemDetails();

var app = builder.Build();
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };

try
{
    if (CliCommands.IsCommand(args)) return await CliCommands.RunAsync(args, app.Services, stopping.Token);
    await SiteStartup.PrepareAsync(app.Services, setUp: true, stopping.Token);
}
catch (Exception e) when (StartupErrors.Describe(e) is { } line)
{
    Console.Error.WriteLine(line);
    return 1;
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCmsDisplay();
app.UseAuthentication();
app.UseAuthorization();
app.UseCmsApi();
app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
app.MapCmsAdmin();
app.MapCmsMedia();
app.MapCmsApi();
app.MapCmsSearch();
BareBenchmarkEndpoint.Map(app);
app.MapCmsDisplay();
foreach (var module in app.Services.GetRequiredService<AllianceCms.Core.Modules.ModuleCatalog>().Modules) module.MapEndpoints(app);

await app.RunAsync(stopping.Token);
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
