namespace AllianceCms.Workflows.Activities;

/// <summary>An activity where parallel branches meet: it runs once all (or the first) have arrived.</summary>
public interface IJoinActivity : IActivity
{
    bool WaitsForAll(object settings);
}
