using Npgsql;

namespace NewsArchive.Storage;

/// <summary>The database engines an archive can live in.</summary>
public enum ArchiveProvider
{
    /// <summary>An embedded SQLite file: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for archives shared by several web servers.</summary>
    Postgres,
}

/// <summary>
/// Where an archive lives: an engine and what it needs to connect (a SQLite file path or connection string, or a
/// PostgreSQL connection string).
/// </summary>
public sealed record ArchiveLocation(ArchiveProvider Provider, string Target)
{
    /// <summary>
    /// Reads <c>sqlite:FILE</c>, <c>postgres:CONNECTION-STRING</c> (also <c>postgresql:</c>, or a
    /// <c>postgres://</c>/<c>postgresql://</c> URL), a bare connection string naming a <c>Host</c> (PostgreSQL), or a
    /// bare value for <paramref name="defaultProvider"/>.
    /// </summary>
    public static ArchiveLocation Parse(string value, ArchiveProvider defaultProvider = ArchiveProvider.Sqlite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        value = value.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new ArchiveLocation(ArchiveProvider.Postgres, FromUrl(new Uri(value)));
        }

        foreach (var (prefix, provider) in new[] { ("sqlite:", ArchiveProvider.Sqlite), ("postgresql:", ArchiveProvider.Postgres), ("postgres:", ArchiveProvider.Postgres) })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = value[prefix.Length..].Trim();
                ArgumentException.ThrowIfNullOrWhiteSpace(rest, nameof(value));
                return new ArchiveLocation(provider, rest);
            }
        }

        return new ArchiveLocation(LooksLikePostgres(value) ? ArchiveProvider.Postgres : defaultProvider, value);
    }

    /// <summary>Reads a provider name as given on the command line or in configuration (<c>sqlite</c>, <c>postgres</c>).</summary>
    public static bool TryParseProvider(string? name, out ArchiveProvider provider)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                provider = ArchiveProvider.Sqlite;
                return true;
            case "POSTGRES" or "POSTGRESQL" or "NPGSQL":
                provider = ArchiveProvider.Postgres;
                return true;
            default:
                provider = ArchiveProvider.Sqlite;
                return false;
        }
    }

    /// <summary>The location for people and logs: a PostgreSQL password never appears.</summary>
    public override string ToString()
    {
        if (Provider == ArchiveProvider.Sqlite)
        {
            return "sqlite:" + Target;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(Target);
            if (builder.Password is not null)
            {
                builder.Password = "***";
            }

            return "postgres:" + builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "postgres:(unreadable connection string)";
        }
    }

    /// <summary>A connection string naming a server host (<c>Host=…</c>), which no SQLite connection string has.</summary>
    private static bool LooksLikePostgres(string value)
    {
        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FromUrl(Uri url)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (url.Port > 0)
        {
            builder.Port = url.Port;
        }

        var user = url.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        return builder.ConnectionString;
    }
}
