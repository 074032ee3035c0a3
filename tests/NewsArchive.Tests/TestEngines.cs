using Npgsql;

namespace NewsArchive.Tests;

/// <summary>The engines the storage, search, importer and web suites run against.</summary>
public enum TestEngine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The PostgreSQL server the suites use for their throw-away databases: <c>NEWSARCHIVE_TEST_POSTGRES</c> (a connection
/// string to a server where databases may be created; <c>.ci/postgres start</c> prints one), else the server
/// <c>.ci/postgres</c> starts on 127.0.0.1:55432 if one is running. Without either, the PostgreSQL tests are skipped
/// with <see cref="SkipReason"/>; a server that is named but broken fails them.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "NEWSARCHIVE_TEST_POSTGRES";

    public const string SkipReason =
        "No PostgreSQL server: set NEWSARCHIVE_TEST_POSTGRES to a connection string (.ci/postgres start runs one); this PostgreSQL test did not run.";

    private const string LocalServer = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres;Timeout=2";

    private static readonly Lazy<string?> Server = new(Find);

    public static bool Available => Server.Value is not null;

    /// <summary>Whether <paramref name="engine"/> cannot run here (PostgreSQL without a server): its fixtures set nothing up.</summary>
    public static bool Unavailable(TestEngine engine) => engine == TestEngine.Postgres && !Available;

    /// <summary>Skips the running test when it is a PostgreSQL test and no server is there; returns the engine.</summary>
    public static TestEngine Require(TestEngine engine)
    {
        Skip.If(Unavailable(engine), SkipReason);
        return engine;
    }

    /// <summary>Creates an empty database for one fixture or test; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = Server.Value ?? throw new InvalidOperationException(SkipReason);
        var name = "newsarchive_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server.Value);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? Find()
    {
        var named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return named;
        }

        try
        {
            using var connection = new NpgsqlConnection(LocalServer);
            connection.Open();
            return LocalServer;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return null;
        }
    }
}
