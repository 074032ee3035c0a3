using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Web.Endpoints;

/// <summary>The language switch and the health check.</summary>
public static class SiteEndpoints
{
    public sealed record Health(string Status, bool Database, int PendingMigrations, int Articles);

    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        // Sets a cookie, not the archive: the site stays read-only. returnUrl must be local, so it cannot redirect elsewhere.
        app.MapGet("/language", (HttpContext http, string? culture, string? returnUrl) =>
        {
            if (Localization.CultureFor(culture) is { } chosen)
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            }

            var target = returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();

        app.MapGet("/healthz", async (ArchiveDbContext db, CancellationToken ct) =>
        {
            try
            {
                var reachable = await db.Database.CanConnectAsync(ct);
                var pending = reachable ? (await db.Database.GetPendingMigrationsAsync(ct)).Count() : -1;
                var articles = reachable && pending == 0 ? await db.Articles.CountAsync(ct) : 0;
                var healthy = reachable && pending == 0;
                return Results.Json(new Health(healthy ? "healthy" : "unhealthy", reachable, pending, articles),
                    statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            }
            catch (System.Data.Common.DbException)
            {
                return Results.Json(new Health("unhealthy", false, -1, 0), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
