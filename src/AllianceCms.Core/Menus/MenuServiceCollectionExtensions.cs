using AllianceCms.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Core.Menus;

public static class MenuServiceCollectionExtensions
{
    /// <summary>Menus stored as data ("main" and "footer" declared), imported and exported by recipes ("Menus" step).</summary>
    public static IServiceCollection AddCmsMenus(this IServiceCollection services)
    {
        services.AddSingleton(new MenuDeclaration("main"));
        services.AddSingleton(new MenuDeclaration("footer"));
        services.AddScoped<MenuStore>();
        services.AddScoped<MenusStep>();
        services.AddScoped<IRecipeStepHandler>(sp => sp.GetRequiredService<MenusStep>());
        services.AddScoped<IRecipeStepExporter>(sp => sp.GetRequiredService<MenusStep>());
        return services;
    }
}
