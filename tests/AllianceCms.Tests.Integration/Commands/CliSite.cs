using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Commands;

/// <summary>
/// A database set up the way an operator does it: <c>dotnet AllianceCms.Web.dll setup</c> with the
/// Alliance recipe and no configured password, so the host generates and prints one. Shared by the
/// tests of the "cli" collection, which run the built host against it.
/// </summary>
public sealed class CliSite : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>What the first <c>setup</c> printed.</summary>
    public CliResult Setup { get; private set; } = null!;

    public SiteServices Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Setup = await CliHost.RunAsync(Database, ["setup"], [new("Setup:AdminPassword", "")]);
        Services = SiteServices.For(Database);
    }

    /// <summary>Fails the test when the set-up this collection relies on did not work.</summary>
    public void AssertSetUp() => Assert.True(Setup.ExitCode == 0, "setup failed: " + Setup);

    /// <summary>Runs the built host against this site's database.</summary>
    public Task<CliResult> RunAsync(params string[] args) => CliHost.RunAsync(Database, args);

    public string TempFile(string name) => Path.Combine(Database.DataFolder, $"{Guid.NewGuid():N}-{name}");

    public async Task DisposeAsync()
    {
        if (Services is not null) await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition("cli")]
public sealed class CliCollection : ICollectionFixture<CliSite>;
