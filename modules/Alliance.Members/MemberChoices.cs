using AllianceCms.Core.Metadata;

namespace Alliance.Members;

/// <summary>The Alliance's vocabularies for authorities, shared by participants and join applications.</summary>
public static class MemberChoices
{
    public static FieldChoice[] AuthorityTypes() =>
    [
        new("city", "City", "Ville"),
        new("municipality", "Municipality", "Municipalité"),
        new("county", "Département / county", "Département / comté"),
        new("region", "Region", "Région"),
        new("metropolitan-city", "Metropolitan city", "Ville métropolitaine"),
        new("other", "Other", "Autre"),
    ];

    public static FieldChoice[] Priorities() =>
    [
        new("education", "Education", "Éducation"),
        new("employment", "Employment", "Emploi"),
        new("housing", "Housing", "Logement"),
        new("health", "Health", "Santé"),
        new("anti-discrimination", "Anti-discrimination", "Lutte contre les discriminations"),
        new("participation", "Participation", "Participation"),
        new("culture", "Culture", "Culture"),
    ];
}
