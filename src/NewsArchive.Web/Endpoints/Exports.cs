namespace NewsArchive.Web.Endpoints;

public static class Exports
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app) => app;
}
