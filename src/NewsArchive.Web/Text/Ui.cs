using System.Collections.Frozen;
using System.Globalization;

namespace NewsArchive.Web.Text;

/// <summary>
/// The interface's words in English and French. English text is the key, so views stay readable and a missing
/// translation shows English rather than a key; a test checks that every string a view uses has its French form.
/// </summary>
public static class Ui
{
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [CultureInfo.GetCultureInfo("en-GB"), CultureInfo.GetCultureInfo("fr-FR")];

    public static bool IsFrench => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";

    /// <summary>The language code of the interface, for <c>&lt;html lang&gt;</c>.</summary>
    public static string Language => IsFrench ? "fr" : "en";

    public static string T(string english) => IsFrench && French.TryGetValue(english, out var french) ? french : english;

    public static string T(string english, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, T(english), args);

    /// <summary>A date written out in the interface's language (<c>4 February 2025</c>, <c>4 février 2025</c>).</summary>
    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) : T("undated");

    public static string Month(string yearMonth) =>
        DateOnly.TryParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMMM yyyy", CultureInfo.CurrentCulture)
            : yearMonth;

    public static string Number(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static FrozenDictionary<string, string> French { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NewsArchive"] = "NewsArchive",
        ["Skip to content"] = "Aller au contenu",
        ["Main menu"] = "Menu principal",
        ["Home"] = "Accueil",
        ["Search"] = "Recherche",
        ["Search the archive"] = "Rechercher dans l’archive",
        ["People"] = "Personnes",
        ["Organisations"] = "Organisations",
        ["Places"] = "Lieux",
        ["Topics"] = "Thèmes",
        ["Quotes"] = "Citations",
        ["Imports"] = "Imports",
        ["Language"] = "Langue",
        ["Breadcrumb"] = "Fil d’Ariane",
        ["The archive at a glance"] = "L’archive en un coup d’œil",
        ["{0} articles"] = "{0} articles",
        ["{0} people"] = "{0} personnes",
        ["{0} organisations"] = "{0} organisations",
        ["{0} places"] = "{0} lieux",
        ["{0} quotes"] = "{0} citations",
        ["{0} topics"] = "{0} thèmes",
        ["From {0} to {1}"] = "Du {0} au {1}",
        ["Latest articles"] = "Derniers articles",
        ["Most mentioned people"] = "Personnes les plus citées",
        ["Most mentioned organisations"] = "Organisations les plus citées",
        ["Leading topics"] = "Thèmes principaux",
        ["The archive is empty. Import articles with the command line: newsarchive import <files>."] =
            "L’archive est vide. Importez des articles en ligne de commande : newsarchive import <fichiers>.",
        ["undated"] = "sans date",
        ["Source"] = "Source",
        ["Permalink"] = "Lien permanent",
        ["Related articles"] = "Articles liés",
        ["Quote by {0}"] = "Citation de {0}",
        ["Unattributed quote"] = "Citation non attribuée",
        ["said by"] = "dit par",
        ["Search terms"] = "Termes recherchés",
        ["Sort"] = "Tri",
        ["Relevance"] = "Pertinence",
        ["Date"] = "Date",
        ["Newest first"] = "Plus récents d’abord",
        ["Name"] = "Nom",
        ["Mentions"] = "Mentions",
        ["{0} results"] = "{0} résultats",
        ["1 result"] = "1 résultat",
        ["No article matches. Try fewer words, a prefix such as ishib*, or remove a filter."] =
            "Aucun article ne correspond. Essayez moins de mots, un préfixe comme ishib*, ou retirez un filtre.",
        ["Type words to search: \"exact phrase\", OR between alternatives, -word to exclude, prefix*."] =
            "Tapez des mots : « \"phrase exacte\" », OR entre des variantes, -mot pour exclure, préfixe*.",
        ["Filters"] = "Filtres",
        ["Active filters"] = "Filtres actifs",
        ["Remove filter {0}"] = "Retirer le filtre {0}",
        ["Languages"] = "Langues",
        ["Months"] = "Mois",
        ["Pages"] = "Pages",
        ["Previous"] = "Précédente",
        ["Next"] = "Suivante",
        ["Page {0} of {1}"] = "Page {0} sur {1}",
        ["Export as CSV"] = "Exporter en CSV",
        ["Atom feed"] = "Flux Atom",
        ["Filter by name"] = "Filtrer par nom",
        ["Apply"] = "Appliquer",
        ["Also written"] = "Aussi écrit",
        ["Mentions over time"] = "Mentions au fil du temps",
        ["Articles per month"] = "Articles par mois",
        ["Articles"] = "Articles",
        ["Appears with"] = "Apparaît avec",
        ["{0} shared articles"] = "{0} articles en commun",
        ["Search these quotes"] = "Chercher dans ces citations",
        ["No quotes."] = "Aucune citation.",
        ["Nothing found."] = "Rien trouvé.",
        ["Associated people"] = "Personnes associées",
        ["Timeline"] = "Chronologie",
        ["Quote text"] = "Texte de la citation",
        ["Speaker"] = "Orateur",
        ["From"] = "Du",
        ["To"] = "Au",
        ["in"] = "dans",
        ["Import status"] = "État des imports",
        ["Started"] = "Début",
        ["Ended"] = "Fin",
        ["New"] = "Nouveaux",
        ["Updated"] = "Mis à jour",
        ["Unchanged"] = "Inchangés",
        ["Failed"] = "Rejetés",
        ["Rejected files"] = "Fichiers rejetés",
        ["File"] = "Fichier",
        ["Reason"] = "Raison",
        ["No import has run yet."] = "Aucun import n’a encore eu lieu.",
        ["running"] = "en cours",
        ["Page not found"] = "Page introuvable",
        ["There is no page at this address. Try the search or the home page."] =
            "Il n’y a pas de page à cette adresse. Essayez la recherche ou la page d’accueil.",
        ["Too many requests"] = "Trop de requêtes",
        ["You sent many requests in a short time. Wait a few seconds and try again."] =
            "Vous avez envoyé beaucoup de requêtes en peu de temps. Attendez quelques secondes puis réessayez.",
        ["Something went wrong"] = "Une erreur est survenue",
        ["The page could not be shown. The error was logged; try again later."] =
            "La page n’a pas pu être affichée. L’erreur a été enregistrée ; réessayez plus tard.",
        ["Bad request"] = "Requête incorrecte",
        ["The address holds a value the site cannot read."] = "L’adresse contient une valeur que le site ne sait pas lire.",
        ["Error {0}"] = "Erreur {0}",
        ["Reference"] = "Référence",
        ["Page numbers start at 1."] = "Les numéros de page commencent à 1.",
        ["Dates are written YYYY-MM-DD, for example 2025-02-04."] = "Les dates s’écrivent AAAA-MM-JJ, par exemple 2025-02-04.",
        ["The query is too long: at most {0} characters."] = "La requête est trop longue : {0} caractères au plus.",
        ["Suggestions"] = "Suggestions",
        ["Person"] = "Personne",
        ["Organisation"] = "Organisation",
        ["Place"] = "Lieu",
        ["Topic"] = "Thème",
        ["Month"] = "Mois",
        ["Show {0}"] = "Afficher {0}",
        ["Quoted"] = "Cité",
        ["Count"] = "Nombre",
        ["An archive of news articles: search, people, organisations, places, quotes and topics."] =
            "Une archive d’articles de presse : recherche, personnes, organisations, lieux, citations et thèmes.",
        ["Dateline"] = "Lieu de rédaction",
        ["by"] = "par",
        ["{0} mentions"] = "{0} mentions",
        ["{0} articles with this topic"] = "{0} articles sur ce thème",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
