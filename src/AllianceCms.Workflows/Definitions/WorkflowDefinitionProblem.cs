namespace AllianceCms.Workflows.Definitions;

/// <summary>
/// One reason a definition could not run, as a code with its arguments (so an admin can say it in
/// the user's language) and as an English sentence (for recipes and logs).
/// </summary>
public sealed record WorkflowDefinitionProblem(string Code, IReadOnlyList<string> Arguments, string Message)
{
    public const string MissingId = "MissingId";
    public const string DuplicateActivity = "DuplicateActivity";
    public const string UnknownType = "UnknownType";
    public const string InvalidSettings = "InvalidSettings";
    public const string UnknownSource = "UnknownSource";
    public const string UnknownOutcome = "UnknownOutcome";
    public const string UnknownTarget = "UnknownTarget";
    public const string NoStart = "NoStart";

    public override string ToString() => Message;
}
