using Microsoft.AspNetCore.Localization;
using NewsArchive.Web.Text;

namespace NewsArchive.Web;

/// <summary>English or French: the language cookie set by the switch, else Accept-Language, else English.</summary>
public static class Localization
{
    public static IServiceCollection AddArchiveLocalization(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Ui.Cultures[0]);
            options.SupportedCultures = [.. Ui.Cultures];
            options.SupportedUICultures = [.. Ui.Cultures];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

    /// <summary>The culture for a switch value (<c>fr</c>, <c>en</c>), or null for anything else.</summary>
    public static System.Globalization.CultureInfo? CultureFor(string? language) =>
        Ui.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == language);
}
