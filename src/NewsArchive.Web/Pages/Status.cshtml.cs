using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static NewsArchive.Web.Text.Ui;

namespace NewsArchive.Web.Pages;

/// <summary>
/// The friendly page for an error status (404, 429, 500…), reached by status-code re-execution or the exception
/// handler. Under <c>/api</c> it answers problem JSON instead. It never shows exception details.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string RequestId { get; private set; } = "";

    public IActionResult OnGet(int? code)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = failed ? StatusCodes.Status500InternalServerError : code is >= 400 and <= 599 ? code.Value : StatusCodes.Status404NotFound;
        (Heading, Explanation) = Code switch
        {
            404 => (T("Page not found"), T("There is no page at this address. Try the search or the home page.")),
            429 => (T("Too many requests"), T("You sent many requests in a short time. Wait a few seconds and try again.")),
            >= 400 and < 500 => (T("Bad request"), T("The address holds a value the site cannot read.")),
            _ => (T("Something went wrong"), T("The page could not be shown. The error was logged; try again later.")),
        };
        RequestId = HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? Request.Path.Value ?? "";
        if (originalPath.StartsWith("/api/", StringComparison.Ordinal))
        {
            return new ObjectResult(new ProblemDetails { Status = Code, Title = Heading, Detail = Explanation }) { StatusCode = Code };
        }

        return Page();
    }
}
