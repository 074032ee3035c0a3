using System.Globalization;
using System.Threading.RateLimiting;

namespace NewsArchive.Web;

/// <summary>
/// What keeps the site safe to expose: a per-client rate limit on search and the API, GET/HEAD only (the site never
/// writes to the archive), a bound on the query string, and the security headers every response carries.
/// </summary>
public static class ArchiveLimits
{
    public const string Policy = "archive";
    public const int MaxQueryStringLength = 2048;

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// <c>RateLimiting:PermitLimit</c> requests per <c>RateLimiting:WindowSeconds</c> for each client address; the default
    /// (6,000 per 10 s) only stops a runaway client, so tests and benchmarks are not throttled unless configured.
    /// </summary>
    public static IServiceCollection AddArchiveLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PermitLimit", 6000);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:WindowSeconds", 10));
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
        });
    }

    public static IApplicationBuilder UseReadOnlyAndSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            headers.Allow = "GET, HEAD";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (context.Request.QueryString.Value?.Length > MaxQueryStringLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return;
        }

        await next(context);
    });
}
