namespace AllianceCms.Core.Content;

/// <summary>
/// Runs work in one database transaction: all of it is written or none. Nested calls join the
/// outer transaction, so a recipe can import many items atomically through the content manager.
/// </summary>
public interface ITransactionRunner
{
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default);
}
