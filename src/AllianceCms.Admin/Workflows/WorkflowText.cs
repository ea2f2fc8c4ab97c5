using System.Globalization;
using AllianceCms.Admin.Localization;
using AllianceCms.Workflows.Definitions;

namespace AllianceCms.Admin.Workflows;

/// <summary>How the workflow pages word definitions and refusals in the admin's language.</summary>
public static class WorkflowText
{
    /// <summary>The definition's name in the current language, else its id.</summary>
    public static string Name(WorkflowDefinition definition) =>
        definition.Name.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) is { Length: > 0 } name ? name : definition.Id;

    /// <summary>An activity as people read it: its label, else its id.</summary>
    public static string Label(ActivityDefinition activity) => string.IsNullOrWhiteSpace(activity.Label) ? activity.Id : activity.Label;

    public static string Error(AdminText text, WorkflowEditError error) => text[error.Key, error.Arguments];
}
