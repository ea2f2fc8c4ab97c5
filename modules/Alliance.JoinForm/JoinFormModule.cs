using Alliance.JoinForm.Submission;
using Alliance.JoinForm.Workflow;
using Alliance.Members;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Modules;
using AllianceCms.Workflows;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.JoinForm;

/// <summary>
/// Applications to join the Alliance, as submitted through the join form. Never public: the type is
/// private, not routable and not localized; personal fields are private to those allowed.
/// </summary>
public sealed class JoinFormModule : IModule
{
    public const string Type = "JoinApplication";

    /// <summary>What stays of an application whose personal data was erased: its reference and the date.</summary>
    public const string ErasureType = "JoinApplicationErasure";

    public ModuleInfo Info { get; } = new("Alliance.JoinForm", "Join form", "Alliance.Countries", "Alliance.Members");

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<JoinFormOptions>().BindConfiguration(JoinFormOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddAntiforgery();
        services.AddSingleton<JoinRateLimiter>();
        services.AddSingleton<FormTimestamp>();
        services.AddSingleton<StatusTokens>();
        services.AddSingleton<PrivateUploads>();
        services.AddSingleton<ReferenceNumbers>();
        services.AddScoped<JoinApplications>();
        services.AddScoped<JoinPages>();
        services.AddScoped<Configuration.JoinSettingsStore>();
        services.AddScoped<PersonalData.ApplicationEraser>();
        services.AddHostedService<PersonalData.ApplicationErasureService>();
        services.AddScoped<AllianceCms.Core.Settings.ISettingsSection, Configuration.JoinSettingsSection>();
        services.AddScoped<AllianceCms.Workflows.Tasks.ITaskPanelProvider, Admin.LikelyDuplicates>();
        services.AddWorkflowActivity<RouteToDeskEditors>();
        services.AddWorkflowActivity<SetApplicationStatus>();
        services.AddWorkflowActivity<SetStatusLink>();
        services.AddWorkflowActivity<CreateMemberFromApplication>();
        services.AddWorkflowActivity<PrepareParticipantNews>();
        services.AddWorkflowActivity<ReadJoinSettings>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => JoinEndpoints.Map(endpoints);

    public IReadOnlyList<ContentMigrationStep> Migrations { get; } =
    [
        new(1, "JoinApplication type", defs => defs
            .AlterPart(Type, p => p
                .Label("Join application", "Demande d'adhésion")
                .Field("Reference", FieldKinds.Text, "Reference number", "Numéro de référence", f => f.Required().Indexed().Pattern(@"^ACR-\d{4}-\d{6}$"))
                .Field("AuthorityType", FieldKinds.Choice, "Type of authority", "Type de collectivité", f => f.Required().Indexed().Choices(MemberChoices.AuthorityTypes()))
                .Field("Country", FieldKinds.ContentReference, "Country", "Pays", f => f.Required().Indexed().AllowedTypes("Country"))
                .Field("Region", FieldKinds.Text, "Region", "Région", f => f.Length(max: 200))
                .Field("Population", FieldKinds.Number, "Total population", "Population totale", f => f.Required().Range(0))
                .Field("RomaPopulation", FieldKinds.Number, "Estimated Roma and Traveller population", "Population rom et des gens du voyage estimée", f => f.Range(0))
                .Field("OfficeHolder", FieldKinds.Text, "Mayor or president", "Maire ou président(e)", f => f.Required().Private().Length(max: 200))
                .Field("FocalPointName", FieldKinds.Text, "Focal point's name", "Nom du point de contact", f => f.Required().Private().Length(max: 200))
                .Field("FocalPointFunction", FieldKinds.Text, "Focal point's function", "Fonction du point de contact", f => f.Required().Private().Length(max: 200))
                .Field("FocalPointEmail", FieldKinds.Email, "Focal point's e-mail", "Courriel du point de contact", f => f.Required().Private().Indexed())
                .Field("FocalPointPhone", FieldKinds.Phone, "Focal point's phone", "Téléphone du point de contact", f => f.Private())
                .Field("Website", FieldKinds.Url, "Website", "Site web")
                .Field("Priorities", FieldKinds.Choice, "Thematic priorities", "Priorités thématiques", f => f.Multiple().Choices(MemberChoices.Priorities()))
                .Field("Policies", FieldKinds.Text, "Existing policies or projects", "Politiques ou projets existants", f => f.Multiline().Length(max: 5000))
                .Field("WillSignDeclaration", FieldKinds.Boolean, "Willing to sign the Declaration against anti-Gypsyism", "Disposée à signer la Déclaration contre l'antitsiganisme")
                .Field("Letter", FieldKinds.Media, "Signed letter or council decision (PDF)", "Lettre signée ou délibération (PDF)", f => f.Private())
                .Field("CorrespondenceLanguage", FieldKinds.Choice, "Language of correspondence", "Langue de correspondance", f => f.Required().Choices(
                    new("en", "English", "Anglais"),
                    new("fr", "French", "Français")))
                .Field("ConsentGiven", FieldKinds.Boolean, "Consent to the privacy notice", "Consentement à la notice de confidentialité", f => f.Required())
                .Field("ConsentTextVersion", FieldKinds.Text, "Version of the privacy notice consented to", "Version de la notice acceptée", f => f.Length(max: 100))
                .Field("ConsentedAt", FieldKinds.DateTime, "Consent given at", "Consentement donné le")
                .Field("Status", FieldKinds.Choice, "Status", "Statut", f => f.Required().Indexed().Choices(
                    new("submitted", "Submitted", "Soumise"),
                    new("information-requested", "Information requested", "Informations demandées"),
                    new("approved", "Approved", "Approuvée"),
                    new("rejected", "Rejected", "Rejetée"),
                    new("abandoned", "Abandoned", "Abandonnée"),
                    new("erased", "Personal data erased", "Données personnelles effacées"))))
            .AlterType(Type, t => t
                .Label("Join application", "Demande d'adhésion").TitleLabel("Name of the authority", "Nom de la collectivité")
                .Creatable(false).Draftable(false).Versionable().Localizable(false).Listable().Private()
                .Part(Type))),
        new(2, "What the public form and the workflow keep", defs => defs
            .AlterPart(Type, p => p
                .Field("StatusTokenHash", FieldKinds.Text, "Status link (hash)", "Lien de suivi (empreinte)", f => f.Private().Indexed().Length(max: 100))
                .Field("StatusTokenProtected", FieldKinds.Text, "Status link (encrypted)", "Lien de suivi (chiffré)", f => f.Private().Length(max: 1000))
                .Field("SubmittedCulture", FieldKinds.Text, "Language of the form", "Langue du formulaire", f => f.Length(max: 16))
                .Field("Answers", FieldKinds.Text, "Applicant's answers", "Réponses du demandeur", f => f.Multiline().Private().Length(max: 100000))
                .Field("AnswerFiles", FieldKinds.Media, "Files sent with answers", "Fichiers joints aux réponses", f => f.Multiple().Private())
                .Field("Member", FieldKinds.ContentReference, "Participant created", "Participant créé", f => f.AllowedTypes(MembersModule.Type)))),
        new(3, "The log of erased applications", defs => defs
            .AlterPart(ErasureType, p => p
                .Label("Erased join application", "Demande d'adhésion effacée")
                .Field("Reference", FieldKinds.Text, "Reference number", "Numéro de référence", f => f.Required().Indexed().Length(max: 40))
                .Field("StatusBefore", FieldKinds.Text, "Status when erased", "Statut lors de l'effacement", f => f.Length(max: 40))
                .Field("ErasedAt", FieldKinds.DateTime, "Erased at", "Effacée le", f => f.Required()))
            .AlterType(ErasureType, t => t
                .Label("Erased join application", "Demande d'adhésion effacée").TitleLabel("Reference number", "Numéro de référence")
                .Creatable(false).Draftable(false).Versionable().Localizable(false).Listable().Private()
                .Part(ErasureType))),
    ];
}
