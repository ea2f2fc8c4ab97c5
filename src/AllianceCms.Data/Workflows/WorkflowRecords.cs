namespace AllianceCms.Data.Workflows;

/// <summary>One version of a workflow definition, as JSON.</summary>
public sealed class WorkflowDefinitionRecord
{
    public long Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public bool Enabled { get; set; }
    public string Json { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

/// <summary>An instance's whole state as JSON, with typed columns for lists and the revision guarding concurrent saves.</summary>
public sealed class WorkflowInstanceRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string Status { get; set; } = "";
    public string? CorrelationId { get; set; }
    public int Revision { get; set; }
    public string Json { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>What a waiting instance waits for; timers carry a lease so that one node fires each.</summary>
public sealed class WorkflowWaitRecord
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Signal { get; set; } = "";
    public string? Key { get; set; }
    public DateTime? DueUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
}

/// <summary>A decision in the task inbox.</summary>
public sealed class UserTaskRecord
{
    public string Id { get; set; } = "";
    public string Key { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? SubjectContentItemId { get; set; }
    public string Outcomes { get; set; } = "[]";

    /// <summary>The outcomes that need a comment, as a JSON array.</summary>
    public string CommentRequiredFor { get; set; } = "[]";

    /// <summary>The users who may not decide, as a JSON array of ids.</summary>
    public string ExcludedUserIds { get; set; } = "[]";
    public string Status { get; set; } = "";
    public string? ClaimedBy { get; set; }
    public string? Outcome { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public DateTime? DueUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<UserTaskAssigneeRecord> Assignees { get; set; } = [];
}

/// <summary>A user or a role a task is assigned to (one of the two is set).</summary>
public sealed class UserTaskAssigneeRecord
{
    public long Id { get; set; }
    public string TaskId { get; set; } = "";
    public string? UserId { get; set; }
    public string? Role { get; set; }
}

/// <summary>One line of a task's history: created, claimed, released, reassigned, commented, decided.</summary>
public sealed class UserTaskEventRecord
{
    public long Id { get; set; }
    public string TaskId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? UserId { get; set; }
    public DateTime Utc { get; set; }

    /// <summary>The comment, the outcome or the new assignees, by kind.</summary>
    public string? Text { get; set; }
}
