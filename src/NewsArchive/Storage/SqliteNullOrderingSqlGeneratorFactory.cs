using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;

namespace NewsArchive.Storage;

#pragma warning disable EF1001 // Npgsql's SQL generator is public but marked internal to EF: pinned to 10.0.3, tested.

/// <summary>
/// Npgsql's SQL generator with NULLs ordered as on SQLite (<c>NULLS FIRST</c> ascending, <c>NULLS LAST</c>
/// descending): a LINQ <c>OrderByDescending(a => a.Published)</c> lists undated articles last on both engines.
/// </summary>
internal sealed class SqliteNullOrderingSqlGeneratorFactory(
    QuerySqlGeneratorDependencies dependencies, IRelationalTypeMappingSource typeMappingSource, INpgsqlSingletonOptions options) : IQuerySqlGeneratorFactory
{
    public QuerySqlGenerator Create() => new NpgsqlQuerySqlGenerator(dependencies, typeMappingSource, reverseNullOrderingEnabled: true, options.PostgresVersion);
}
