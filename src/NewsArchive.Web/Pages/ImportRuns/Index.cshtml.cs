using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Web.Pages.ImportRuns;

/// <summary>The last import runs with their counts and every file they rejected.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public sealed record Failure(string Path, string Reason);
    public sealed record Run(int Id, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int New, int Updated, int Unchanged, int Failed, IReadOnlyList<Failure> Failures);

    public IReadOnlyList<Run> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // DateTimeOffset is stored as ticks, so ordering by Id (insertion order) keeps the query in SQL.
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(20)
            .Select(r => new Run(r.Id, r.StartedAt, r.EndedAt, r.New, r.Updated, r.Unchanged, r.Failed,
                r.Failures.OrderBy(f => f.Path).Select(f => new Failure(f.Path, f.Reason)).ToList()))
            .ToListAsync(ct);
    }
}
