using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;
using NewsArchive.Storage;
using NewsArchive.Web;
using NewsArchive.Web.Endpoints;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

// The same archive as the CLI: NEWSARCHIVE_DB (an environment variable, or any configuration source), then
// ConnectionStrings:Archive, then data/newsarchive.db under the current directory; on the engine that
// NEWSARCHIVE_PROVIDER or Archive:Provider names (sqlite, the default, or postgres).
var archive = ArchiveDatabase.Resolve(
    builder.Configuration[ArchiveDatabase.ProviderEnvironmentVariable] ?? builder.Configuration[ArchiveDatabase.ProviderConfigurationKey],
    null,
    builder.Configuration[ArchiveDatabase.EnvironmentVariable],
    builder.Configuration.GetConnectionString(ArchiveDatabase.ConnectionStringName),
    Directory.GetCurrentDirectory());
builder.Services.AddDbContext<ArchiveDbContext>(options =>
    ArchiveDatabase.Configure((DbContextOptionsBuilder<ArchiveDbContext>)options, archive));
builder.Services.AddScoped<ArchiveSearch>();

builder.Services.AddRazorPages();
// Accents and guillemets as written: French pages stay readable in source and half the size.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddOpenApi();
builder.Services.AddProblemDetails();
builder.Services.AddArchiveLimits(builder.Configuration);
builder.Services.AddArchiveLocalization();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    // A read-only site: no request needs a body, and no honest URL is long.
    kestrel.Limits.MaxRequestBodySize = 64 * 1024;
    kestrel.Limits.MaxRequestLineSize = 8 * 1024;
});

var app = builder.Build();

await app.PrepareArchiveAsync(archive);

app.UseSerilogRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/status/500");
    app.UseHsts();
}

app.UseReadOnlyAndSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseRateLimiter();

app.MapRazorPages();
app.MapOpenApi();
app.MapArchiveApi();
app.MapExports();
app.MapSiteEndpoints();

await app.RunAsync();
