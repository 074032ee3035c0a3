using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="fr-FR">
        <head>
          <title>Le Japon et les États-Unis | Le Journal</title>
          <meta property="og:title" content="Le Japon et les États-Unis renforcent leur alliance">
          <meta property="og:url" content="https://journal.example/japon-usa">
          <meta property="article:published_time" content="2025-02-04T08:00:00+09:00">
          <meta name="author" content="Marie Dupont">
          <meta property="article:tag" content="Japon">
          <meta property="article:tag" content="Diplomatie">
          <style>p { color: red }</style>
        </head>
        <body>
          <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
          <div class="ad banner">Achetez maintenant !</div>
          <article>
            <h1>Le Japon et les États-Unis renforcent leur alliance</h1>
            <p>TOKYO (AFP) - Le Premier ministre japonais rencontrera le président américain cette semaine à Washington, a annoncé le gouvernement.</p>
            <p>Les deux dirigeants doivent discuter de sécurité, de commerce et d'intelligence artificielle, selon le porte-parole.</p>
            <h2>Les inquiétudes de Tokyo</h2>
            <p>Tokyo s'inquiète du renforcement militaire de la Chine dans la région, et souhaite une alliance plus étroite avec Washington.</p>
            <form><input name="q"><button>Chercher</button></form>
          </article>
          <footer>© Le Journal</footer>
          <script>alert('x')</script>
        </body>
        </html>
        """;

    private static ParsedArticle Read(string html, string source = "page.html")
    {
        var file = ArticleParser.Parse(source, Encoding.UTF8.GetBytes(html));
        Assert.Empty(file.Failures);
        return Assert.Single(file.Articles);
    }

    [Fact]
    public void ReadsMetadataFromTheHead()
    {
        var article = Read(Page);
        Assert.Equal("Le Japon et les États-Unis renforcent leur alliance", article.Title);
        Assert.Equal("fr", article.Language);
        Assert.Equal(new DateOnly(2025, 2, 4), article.Published);
        Assert.Equal("Marie Dupont", article.Author);
        Assert.Equal("https://journal.example/japon-usa", article.Url);
        Assert.Equal(["Japon", "Diplomatie"], article.Tags!);
    }

    [Fact]
    public void KeepsOnlyTheArticleTextAsParagraphs()
    {
        var article = Read(Page);
        Assert.Equal("TOKYO", article.Dateline);
        Assert.StartsWith("Le Premier ministre japonais rencontrera", article.Body, StringComparison.Ordinal);
        Assert.Contains("selon le porte-parole.\n\nLes inquiétudes de Tokyo\n\nTokyo s'inquiète", article.Body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Accueil", "Achetez", "Chercher", "© Le Journal", "alert", "color", "<" })
        {
            Assert.DoesNotContain(furniture, article.Body, StringComparison.Ordinal);
        }

        Assert.Equal(["Les inquiétudes de Tokyo"], article.Subheadings!.Select(s => article.Body[s.Start..s.End]));
    }

    [Fact]
    public void ReadsARealisticNewsPageWithoutItsFurniture()
    {
        var article = Read("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Inondations dans le Sud : des milliers d'évacués - Le Quotidien</title>
        <meta property="og:title" content="Inondations dans le Sud : des milliers d'évacués">
        <meta property="article:published_time" content="2024-10-18T07:12:00+02:00">
        <link rel="canonical" href="https://quotidien.example/inondations-sud">
        </head><body>
        <header class="site-header"><a href="/">Le Quotidien</a><nav><ul><li><a href="/france">France</a></li><li><a href="/monde">Monde</a></li></ul></nav></header>
        <div id="cookie-consent">Nous utilisons des cookies. <button>Accepter</button></div>
        <div class="layout">
        <main>
        <article class="post">
        <h1>Inondations dans le Sud : des milliers d'évacués</h1>
        <p class="byline">Par <span class="author">Luc Bernard</span>, publié le 18 octobre 2024</p>
        <figure><img src="photo.jpg" alt="Une rue inondée"><figcaption>Une rue inondée à Nîmes. Photo AFP</figcaption></figure>
        <p>NÎMES (AFP) - Des pluies diluviennes se sont abattues jeudi sur le sud de la France, forçant l'évacuation de plusieurs milliers d'habitants dans le Gard et l'Hérault, selon la préfecture.</p>
        <p>« Nous n'avions jamais vu autant d'eau en si peu de temps », a déclaré le maire de Nîmes, Jean-Paul Fournier, lors d'une conférence de presse. Les secours ont effectué plus de 300 interventions dans la nuit.</p>
        <div class="ad-slot"><p>Publicité : achetez une assurance habitation aujourd'hui même, offre limitée.</p></div>
        <h2>Des routes coupées</h2>
        <p>Plusieurs axes routiers restaient fermés vendredi matin, dont l'autoroute A9 entre Nîmes et Montpellier. La SNCF a suspendu le trafic ferroviaire sur la ligne Marseille-Montpellier jusqu'à nouvel ordre.</p>
        <p>Météo-France a maintenu la vigilance rouge pour le Gard jusqu'à samedi, avec des cumuls attendus de 200 à 300 millimètres supplémentaires par endroits, notamment dans les Cévennes.</p>
        <div class="share-buttons"><a href="#">Partager sur Facebook</a><a href="#">Twitter</a></div>
        </article>
        <section class="related"><h3>À lire aussi</h3><ul><li><a href="/a">Tempête en Bretagne</a></li></ul></section>
        <section id="comments"><h3>Commentaires</h3><p>Super article ! Merci pour l'info, vraiment très utile pour nous tous ici.</p></section>
        </main>
        <aside class="sidebar"><h3>Les plus lus</h3><ol><li>Un autre article</li></ol></aside>
        </div>
        <footer><p>© 2024 Le Quotidien</p></footer>
        <script>window.dataLayer=[];</script>
        </body></html>
        """);
        Assert.Equal(("Inondations dans le Sud : des milliers d'évacués", "NÎMES", "Luc Bernard"), (article.Title, article.Dateline, article.Author));
        Assert.StartsWith("Des pluies diluviennes se sont abattues jeudi", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("notamment dans les Cévennes.", article.Body, StringComparison.Ordinal);
        Assert.Contains("nouvel ordre.\n\nMétéo-France", article.Body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "cookies", "Accepter", "Publicité", "Partager", "À lire aussi", "Commentaires", "Super article", "Les plus lus", "©", "dataLayer", "Photo AFP" })
        {
            Assert.DoesNotContain(furniture, article.Body, StringComparison.Ordinal);
        }

        Assert.Equal(["Des routes coupées"], article.Subheadings!.Select(s => article.Body[s.Start..s.End]));
    }

    [Fact]
    public void FallsBackToTheTitleElementAndCanonicalLink()
    {
        var article = Read("""
            <html><head><title>Un titre simple</title><link rel="canonical" href="https://journal.example/simple">
            <meta name="author" content="Ana Lopes"></head>
            <body><main><p>Le premier paragraphe du texte.</p><p>Le second paragraphe.</p></main></body></html>
            """);
        Assert.Equal(("Un titre simple", "https://journal.example/simple", "Ana Lopes"), (article.Title, article.Url, article.Author));
        Assert.Null(article.Language);
        Assert.Null(article.Published);
        Assert.Equal("Le premier paragraphe du texte.\n\nLe second paragraphe.", article.Body);
    }

    [Fact]
    public void PrefersJsonLdNewsArticle()
    {
        const string html = """
            <html><head><title>Accueil</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":"NewsArticle","headline":"Storm hits the coast","datePublished":"2024-11-03",
              "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
              "url":"https://news.example/storm","inLanguage":"en-GB",
              "articleBody":"A storm hit the coast on Sunday.\n\nThousands lost power."}]}
            </script></head><body><p>Cookie banner text only.</p></body></html>
            """;
        var article = Read(html);
        Assert.Equal("Storm hits the coast", article.Title);
        Assert.Equal(new DateOnly(2024, 11, 3), article.Published);
        Assert.Equal("Jane Roe, John Doe", article.Author);
        Assert.Equal("https://news.example/storm", article.Url);
        Assert.Equal("en", article.Language);
        Assert.Equal("A storm hit the coast on Sunday.\n\nThousands lost power.", article.Body);
    }

    [Theory]
    [InlineData("<p>Texte sûr.<script>alert(1)</script></p><p><img src=x onerror=\"alert(2)\">Suite.</p>")]
    [InlineData("<p><a href=\"javascript:alert(3)\">Texte sûr.</a></p><p onclick=\"alert(4)\">Suite.</p>")]
    [InlineData("<p>Texte sûr.</p><iframe src=\"javascript:alert(5)\"></iframe><p>Suite.<style>body{}</style></p><noscript>alert(6)</noscript>")]
    [InlineData("<p>Texte sûr.</p><svg><script>alert(7)</script></svg><object data=\"x.swf\">alert(8)</object><p>Suite.</p>")]
    public void LetsNothingActiveIntoTheBody(string fragment)
    {
        var article = Read("<html><head><title>Titre</title></head><body>" + fragment + "</body></html>");
        Assert.Equal("Texte sûr.\n\nSuite.", article.Body);
    }

    private static string Nested(int depth) =>
        "<html><head><title>Profond</title></head><body>" + string.Concat(Enumerable.Repeat("<div><span>", depth))
        + "<p>Tout au fond.</p>" + string.Concat(Enumerable.Repeat("</span></div>", depth)) + "<p>En surface.</p></body></html>";

    [Fact]
    public void ReadsDeeplyNestedHtmlWithoutRecursing()
    {
        var article = Assert.Single(ArticleParser.Parse("deep.html", Encoding.UTF8.GetBytes(Nested(450))).Articles);
        Assert.EndsWith("En surface.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAbsurdlyNestedHtmlQuickly()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var file = ArticleParser.Parse("deep.html", Encoding.UTF8.GetBytes(Nested(50_000)));
        Assert.Empty(file.Articles);
        Assert.Equal("HTML nested too deeply (more than 1,000 levels)", Assert.Single(file.Failures).Reason);
        Assert.True(started.ElapsedMilliseconds < 2_000, $"took {started.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("<p>Un.</p><p>Deux.</p><br><img src=x><hr>", 0)]
    [InlineData("<div><div><div>x</div></div></div>", 3)]
    [InlineData("<ul><li>un<li>deux<li>trois</ul>", 1)]
    [InlineData("<div><br/><span/><em>x</em></div>", 2)]
    public void EstimatesNestingDepthFromTheText(string html, int depth)
    {
        Assert.Equal(depth, HtmlNesting.Estimate(html));
    }

    [Fact]
    public void SniffsHtmlInsideATxtFile()
    {
        var article = Read("<!DOCTYPE html><html><head><title>Un titre</title></head><body><p>Un paragraphe.</p></body></html>", "page.txt");
        Assert.Equal("Un titre", article.Title);
        Assert.Equal("Un paragraphe.", article.Body);
    }

    [Fact]
    public void ReportsAPageWithoutText()
    {
        var file = ArticleParser.Parse("empty.html", Encoding.UTF8.GetBytes("<html><body><nav>Menu</nav><script>x()</script></body></html>"));
        Assert.Empty(file.Articles);
        Assert.Contains("no article text", Assert.Single(file.Failures).Reason, StringComparison.Ordinal);
    }
}
