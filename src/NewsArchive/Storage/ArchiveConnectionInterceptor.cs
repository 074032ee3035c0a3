using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsArchive.Storage;

/// <summary>
/// Sets the per-connection pragmas every archive connection needs: SQLite forgets them when a connection closes.
/// </summary>
internal sealed class ArchiveConnectionInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutSeconds = 10;

    // busy_timeout: wait for a concurrent writer instead of failing at once.
    // synchronous=NORMAL: safe with WAL (no corruption on power loss) and much faster for imports.
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
