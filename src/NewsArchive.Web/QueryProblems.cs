using Microsoft.AspNetCore.Mvc.ModelBinding;
using static NewsArchive.Web.Text.Ui;

namespace NewsArchive.Web;

/// <summary>What is wrong with a page's query string, in words a visitor can act on; empty when nothing is.</summary>
public static class QueryProblems
{
    public const int MaxQueryLength = 500;

    public static IReadOnlyList<string> Of(ModelStateDictionary modelState, int page, string? query)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var problems = new List<string>();
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count > 0)
            {
                problems.Add(key is "from" or "to" or "From" or "To" ? T("Dates are written YYYY-MM-DD, for example 2025-02-04.") : T("The address holds a value the site cannot read."));
            }
        }

        if (page < 1 && !problems.Contains(T("Page numbers start at 1.")))
        {
            problems.Add(T("Page numbers start at 1."));
        }

        if (query?.Length > MaxQueryLength)
        {
            problems.Add(T("The query is too long: at most {0} characters.", MaxQueryLength));
        }

        return [.. problems.Distinct(StringComparer.Ordinal)];
    }
}
