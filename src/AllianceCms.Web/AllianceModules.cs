using Alliance.Countries;
using Alliance.Glossary;
using Alliance.JoinForm;
using Alliance.Members;
using Alliance.News;
using Alliance.Pages;
using AllianceCms.Core.Modules;

namespace AllianceCms.Web;

/// <summary>The modules this site is made of; the host is the only place that names them.</summary>
public static class AllianceModules
{
    public static IReadOnlyList<IModule> All() =>
    [
        new CountriesModule(), new MembersModule(), new NewsModule(),
        new GlossaryModule(), new PagesModule(), new JoinFormModule(),
    ];
}
