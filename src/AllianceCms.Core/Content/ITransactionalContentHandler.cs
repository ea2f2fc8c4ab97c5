namespace AllianceCms.Core.Content;

/// <summary>
/// A content handler whose "-ed" methods run inside the operation's transaction, right after the
/// content is written, instead of after the commit: what they store (an outbox row) is committed with
/// the content or rolled back with it, and a failure in them undoes the operation. They may only
/// write through the database, never call out.
/// </summary>
public interface ITransactionalContentHandler : IContentHandler;
