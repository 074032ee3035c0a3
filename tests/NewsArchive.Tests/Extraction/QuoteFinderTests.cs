using NewsArchive.Evaluation;
using NewsArchive.Extraction;

namespace NewsArchive.Tests.Extraction;

public sealed class QuoteFinderTests
{
    private static readonly QuoteFinder Finder = new();

    private static IReadOnlyList<FoundQuote> Find(string body, string[] people, string[]? organisations = null, string language = "fr") =>
        Finder.Find(body, language, Entities(body, people), Entities(body, organisations ?? []));

    private static List<FoundEntity> Entities(string body, string[] names) =>
        [.. names.Select(name => new FoundEntity(name, [.. Occurrences(body, name)]))];

    private static IEnumerable<FoundMention> Occurrences(string body, string name)
    {
        for (var at = body.IndexOf(name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            yield return new FoundMention(name, at, at + name.Length);
        }
    }

    [Fact]
    public void AttributesInvertedQuoteToNamedSpeaker()
    {
        const string body = "« Nous devons approfondir la coopération de manière concrète », avait déclaré M. Ishiba devant le Parlement.";
        var quote = Assert.Single(Find(body, ["Shigeru Ishiba"]));
        Assert.Equal("Nous devons approfondir la coopération de manière concrète", quote.Text);
        Assert.Equal(quote.Text, body[quote.Start..quote.End]);
        Assert.Equal("Shigeru Ishiba", quote.Speaker);
        Assert.Equal(EntityKind.Person, quote.SpeakerKind);
        Assert.Equal("avait déclaré", quote.Cue);
    }

    [Fact]
    public void ResolvesPronounCueToLastNamedPerson()
    {
        const string body = "Eric Chu, son principal adversaire, récolte 31 % des voix. « Nous avons perdu. C'est la défaite des nationalistes », a-t-il déclaré.";
        var quote = Assert.Single(Find(body, ["Eric Chu"]));
        Assert.Equal("Eric Chu", quote.Speaker);
        Assert.Equal("a-t-il déclaré", quote.Cue);
    }

    [Fact]
    public void ResolvesFemininePronounPastAManWithATitle()
    {
        const string body = "Mme Theresa May a rencontré M. Juncker. « La force et la stabilité de notre union seront plus importantes que jamais », a-t-elle déclaré.";
        var quote = Assert.Single(Find(body, ["Theresa May", "Juncker"]));
        Assert.Equal("Theresa May", quote.Speaker);
    }

    [Fact]
    public void SplitsIncisedQuoteWithOneSpeaker()
    {
        const string body = "Anne Hidalgo était à l'hôtel de ville. « Nous ne céderons rien, dit-elle, car la ville appartient à ses habitants. »";
        var quotes = Find(body, ["Anne Hidalgo"]);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Nous ne céderons rien", quotes[0].Text);
        Assert.Equal("car la ville appartient à ses habitants.", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Anne Hidalgo", q.Speaker));
    }

    [Theory]
    [InlineData("Il défend la politique « America first » de Donald Trump.")]
    [InlineData("SoftBank mènerait un projet de 500 milliards de dollars, « Stargate », avec Oracle.")]
    [InlineData("Ils ont discuté de l'extension de « Stargate au Japon ».")]
    [InlineData("Le projet, intitulé « The Emperor Has No Balls », est une initiative du collectif.")]
    [InlineData("Il a été placé en garde à vue pour « violences sur une personne chargée d'une mission de service public ».")]
    public void IgnoresShortScareQuotesAndTitles(string body) =>
        Assert.Empty(Find(body, ["Donald Trump"]));

    [Fact]
    public void IgnoresWordsInQuotesInsideASubhead()
    {
        const string body = "Le sommet a eu lieu.\n- « Stargate au Japon » -\nLa suite viendra.";
        Assert.Empty(Find(body, []));
    }

    [Fact]
    public void GivesNoSpeakerForUnnamedSource()
    {
        const string body = "« Les opérations de secours se poursuivent encore ce soir », a déclaré Anurag Gupta. Selon un ouvrier du chantier, des boulons sont sortis. "
            + "« Les poutres ne supportaient pas le poids du ciment », a-t-il déclaré. « Je peux confirmer que nous pensons à une attaque », a affirmé un membre de la police.";
        var quotes = Find(body, ["Anurag Gupta"]);
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Anurag Gupta", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
        Assert.Null(quotes[2].Speaker);
    }

    [Fact]
    public void GivesASpokesmansQuoteToTheOrganisation()
    {
        const string body = "Une porte-parole du Department of Parks a déclaré que « l'érection d'une œuvre non autorisée dans la ville est illégale ».";
        var quote = Assert.Single(Find(body, [], ["Department of Parks"]));
        Assert.Equal("Department of Parks", quote.Speaker);
        Assert.Equal(EntityKind.Organisation, quote.SpeakerKind);
    }

    [Fact]
    public void AttributesQuoteAfterSelonAndAfterAVerbWithQue()
    {
        const string body = "Selon Jean-Pierre Cabestan, « les relations vont être plus compliquées, moins prévisibles ». Début octobre, Shigeru Ishiba avait lui-même estimé que « l'Ukraine d'aujourd'hui pourrait préfigurer l'Asie orientale de demain ».";
        var quotes = Find(body, ["Jean-Pierre Cabestan", "Shigeru Ishiba"]);
        Assert.Equal(["Jean-Pierre Cabestan", "Shigeru Ishiba"], quotes.Select(q => q.Speaker));
        Assert.Equal(["Selon", "avait lui-même estimé"], quotes.Select(q => q.Cue));
    }

    [Fact]
    public void AttributesColonIntroducedQuote()
    {
        const string body = "Lee Unkrich a écrit sur Twitter : « Tellement triste d'entendre que Bud Luckey est décédé aujourd'hui. »";
        var quote = Assert.Single(Find(body, ["Lee Unkrich", "Bud Luckey"]));
        Assert.Equal("Lee Unkrich", quote.Speaker);
    }

    [Fact]
    public void GivesAFloatingQuoteToThePreviousSpeaker()
    {
        const string body = "« C'est mon premier titre par équipes » a déclaré maître Bauer après la victoire. « Par équipes, c'est le collectif et ça, c'est grandiose » .";
        var quotes = Find(body, ["Christian Bauer"]);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Christian Bauer", q.Speaker));
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void ContinuesAQuoteIntoTheNextParagraph()
    {
        const string body = "Jean Dupont a visité le quartier.\n« Nous avons travaillé toute la nuit pour rétablir le courant.\n« Il reste encore beaucoup à faire dans les quartiers du nord », a ajouté Paul Martin.";
        var quotes = Find(body, ["Paul Martin", "Jean Dupont"]);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Nous avons travaillé toute la nuit pour rétablir le courant.", quotes[0].Text);
        Assert.StartsWith("Il reste encore", quotes[1].Text, StringComparison.Ordinal);
        Assert.All(quotes, q => Assert.Equal("Paul Martin", q.Speaker));
    }

    [Fact]
    public void AttributesEnglishXSaidAndSaidX()
    {
        const string body = "\"We will not back down on this issue,\" John Smith said. \"The vote is a historic moment for the country,\" said Mary Jones, the party leader. "
            + "\"It is too early to tell what happened here,\" a police official said.";
        var quotes = Find(body, ["John Smith", "Mary Jones"], language: "en");
        Assert.Equal(3, quotes.Count);
        Assert.Equal(["John Smith", "Mary Jones", null], quotes.Select(q => q.Speaker));
        Assert.Equal("We will not back down on this issue,", quotes[0].Text);
    }

    [Fact]
    public void AttributesEnglishQuoteAfterAccordingToAndHeSaid()
    {
        const string body = "According to Sam Altman, \"the infrastructure will be the largest in the world.\" Later he told reporters: \"We are only starting to build it.\"";
        var quotes = Find(body, ["Sam Altman"], language: "en");
        Assert.Equal(["Sam Altman", "Sam Altman"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void NamesNoUnlistedSpeakerWithoutATitleARoleOrAFirstName()
    {
        const string body = "« Nous voulons créer l'infrastructure la plus avancée au monde », a déclaré Inconnu Personne.";
        var quote = Assert.Single(Find(body, ["Masayoshi Son"]));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void FindsTheSeedsSevenQuotesAndSpeakers()
    {
        var gold = QuoteGold.ReadAll(RepoRoot.File("eval", "quotes")).Single(g => g.Source.EndsWith("000_a1569518ab3dae2f.txt", StringComparison.Ordinal));
        var article = gold.Article(RepoRoot.Path);
        Assert.StartsWith("Le Premier ministre japonais", article.Body, StringComparison.Ordinal);
        string[] people = ["Shigeru Ishiba", "Donald Trump", "Yoshimasa Hayashi", "Joe Biden", "Akie Abe", "Melania Trump", "Masayoshi Son", "Sam Altman"];
        var quotes = Find(article.Body, people, ["SoftBank", "OpenAI", "Oracle"]);
        Assert.Equal(gold.Quotes.Select(q => q.Text), quotes.Select(q => q.Text));
        Assert.Equal(
            ["Yoshimasa Hayashi", "Yoshimasa Hayashi", "Yoshimasa Hayashi", "Shigeru Ishiba", "Shigeru Ishiba", "Shigeru Ishiba", "Masayoshi Son"],
            quotes.Select(q => q.Speaker));
        Assert.All(quotes, q => Assert.Equal(q.Text, article.Body[q.Start..q.End]));
    }

    [Fact]
    public void GivesTheQuoteToTheSubjectOfTheVerbNotTheFirstNameOfTheSentence()
    {
        const string body = "Mme Sturgeon doit maintenant obtenir le feu vert du Parlement, mais Theresa May a déjà jugé que ce n'était « pas le bon moment » pour un référendum.";
        var quote = Assert.Single(Find(body, ["Nicola Sturgeon", "Theresa May"]));
        Assert.Equal("Theresa May", quote.Speaker);
    }

    [Fact]
    public void GivesTheQuoteToThePersonBeforeAnApposition()
    {
        const string body = "Jimmy Wales, co-fondateur de Wikipédia, a déclaré que « les informations ne fonctionnent plus ».";
        var quote = Assert.Single(Find(body, ["Jimmy Wales"], ["Wikipédia"]));
        Assert.Equal("Jimmy Wales", quote.Speaker);
    }

    [Fact]
    public void GivesTheQuoteToTheNameBeforeARelativePronoun()
    {
        const string body = "C'est le cas de Bruno Martin, qui commente « Ne nous mettez pas tous dans le même panier ».";
        var quote = Assert.Single(Find(body, ["Bruno Martin"]));
        Assert.Equal("Bruno Martin", quote.Speaker);
    }

    [Fact]
    public void ReadsAPassiveParticipleAsNoSpeechCue()
    {
        const string body = "François Hollande est venu à Romorantin. Il a annoncé que l'état de catastrophe naturelle sera reconnu et que des mesures seront prises pour ceux qui ont été « victimes de calamités agricoles » , sans préciser de montant.";
        var quote = Assert.Single(Find(body, ["François Hollande"]));
        Assert.Equal("François Hollande", quote.Speaker);
        Assert.Equal("a annoncé", quote.Cue);
    }

    [Fact]
    public void KeepsAFemininePronounFromAManNamedByAMasculineFirstName()
    {
        const string body = "Gilles Pélisson a répondu hier. « Nous ne céderons pas », a-t-elle déclaré.";
        var quote = Assert.Single(Find(body, ["Gilles Pélisson"]));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void NamesAnOrganisationGivenAsAnAcronymByItsFullName()
    {
        const string body = "Médecins sans frontières a lancé un appel. Selon MSF, « deux hôpitaux ont été touchés ».";
        var quote = Assert.Single(Find(body, [], ["Médecins sans frontières", "MSF"]));
        Assert.Equal("Médecins sans frontières", quote.Speaker);
    }

    [Fact]
    public void NamesAnAcronymInBracketsByTheNameBeforeIt()
    {
        const string body = "L'Autorité des technologies de Communication (BTK) a confirmé. « Une mesure administrative a été prise », a déclaré BTK.";
        var quote = Assert.Single(Find(body, [], ["Autorité des technologies de Communication", "BTK"]));
        Assert.Equal("Autorité des technologies de Communication", quote.Speaker);
    }

    [Fact]
    public void GivesNoSpeakerForAnOrganisationWithoutAProperName()
    {
        const string body = "Selon le gouvernement canadien, « rien n'indique que les voyageurs sont en danger ».";
        var quote = Assert.Single(Find(body, [], ["gouvernement canadien"]));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void PronounAfterAQuoteGoesOnWithItsOrganisationSpeaker()
    {
        const string body = "En conflit avec Télé Horizon, Radio Lumière explique que Télé Horizon « occupe des fréquences publiques données gratuitement » . "
            + "Elle dénonce aussi les « exigences financières déraisonnables de son concurrent » .";
        var quotes = Find(body, [], ["Télé Horizon", "Radio Lumière"]);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Radio Lumière", q.Speaker));
    }

    [Fact]
    public void PronounAfterAQuoteGoesToANewPersonNamedSinceThen()
    {
        const string body = "« Nous reprendrons le travail lundi matin », a déclaré Paul Martin. Marc Roche n'est pas d'accord. "
            + "« Rien n'est encore signé avec la direction », a-t-il ajouté.";
        var quotes = Find(body, ["Paul Martin", "Marc Roche"]);
        Assert.Equal(["Paul Martin", "Marc Roche"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("Le journal cite Paul Martin et Julie Roche. Selon cette dernière, « les faits sont anciens et déjà jugés » .", "Julie Roche")]
    [InlineData("Julie Roche a interrogé Paul Martin. Ce dernier a affirmé que « les faits sont anciens et déjà jugés » .", "Paul Martin")]
    public void ResolvesTheLatterToTheLastNamedPersonOfItsGender(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Find(body, ["Paul Martin", "Julie Roche"])).Speaker);

    [Fact]
    public void ReadsLastAsAnAdjectiveBeforeANoun()
    {
        const string body = "Julie Roche a parlé mardi. Le dernier témoin a affirmé que « personne n'a rien vu ce soir-là » .";
        Assert.Null(Assert.Single(Find(body, ["Julie Roche"])).Speaker);
    }

    [Fact]
    public void GivesAColonQuoteWithoutSpeechVerbToTheNameBeforeTheColon()
    {
        const string body = "Des messages de Paul Martin circulent sur les réseaux : « Je reviendrai bientôt avec de grandes nouvelles » .";
        var quote = Assert.Single(Find(body, ["Paul Martin"]));
        Assert.Equal("Paul Martin", quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Theory]
    [InlineData("Le ministre de la Santé Paul Martin a visité l'hôpital avec Julie Roche. Le ministre a déclaré que « les lits manquent dans toute la région » .")]
    [InlineData("Paul Martin, ministre de la Santé, a visité l'hôpital avec Julie Roche. « Les lits manquent dans toute la région », a déclaré le ministre.")]
    [InlineData("Paul Martin, ministre de la Santé, a visité l'hôpital avec Julie Roche. Selon le ministre, « les lits manquent dans toute la région » .")]
    public void ResolvesRoleOnlySpeakerToLastNamedHolder(string body) =>
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin", "Julie Roche"])).Speaker);

    [Fact]
    public void GivesANewRoleNobodyWasNamedWithToThePersonNamedFirst()
    {
        const string body = "Julie Roche a remporté l'élection avec 56 % des voix. Paul Martin, son adversaire, a reconnu sa défaite. "
            + "La nouvelle présidente a déclaré que « personne ne nous empêchera de brandir notre drapeau » .";
        Assert.Equal("Julie Roche", Assert.Single(Find(body, ["Julie Roche", "Paul Martin"])).Speaker);
    }

    [Fact]
    public void LeavesARoleNobodyWasNamedWithUnnamed()
    {
        const string body = "Paul Martin a visité l'hôpital. Le directeur a déclaré que « les lits manquent dans toute la région » .";
        Assert.Null(Assert.Single(Find(body, ["Paul Martin"])).Speaker);
    }

    [Fact]
    public void GivesAQuoteToTheSourceNamedAfterItWithSelon()
    {
        const string body = "La ville a fermé ses écoles. « Il est resté actif jusqu'au dernier moment » , selon son porte-parole, Paul Martin.";
        var quote = Assert.Single(Find(body, ["Paul Martin"]));
        Assert.Equal("Paul Martin", quote.Speaker);
        Assert.Equal("selon", quote.Cue);
    }

    [Fact]
    public void ResolvesAStressedPronounAfterSelon()
    {
        const string body = "Le député Paul Martin a voté contre. Selon lui, « ce texte va beaucoup trop loin pour les familles » .";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin"])).Speaker);
    }

    [Fact]
    public void NamesTheSourceInAppositionAfterAnUnnamedOne()
    {
        const string body = "Selon un officier de sécurité, Paul Martin, cinq assaillants ont été tués et la « situation est revenue à la normale » .";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin"])).Speaker);
    }

    [Fact]
    public void ReadsTheCueOnTheLineThatAColonEnds()
    {
        const string body = "La ministre Julie Roche a commenté ainsi ce vote :\n« Le pays a adhéré volontairement, son retrait est aussi volontaire. »";
        var quote = Assert.Single(Find(body, ["Julie Roche", "Paul Martin"]));
        Assert.Equal("Julie Roche", quote.Speaker);
        Assert.Equal("a commenté", quote.Cue);
    }

    [Theory]
    [InlineData("Sur Radio Lumière, des voisins décrivent des gens qui ne « disaient jamais bonjour à personne » .")]
    [InlineData("Un proche de Julie Roche confie ainsi que « le beau-frère ne venait plus depuis des années » .")]
    public void GivesNoSpeakerToAnUnnamedSubjectBeforeItsVerb(string body) =>
        Assert.Null(Assert.Single(Find(body, ["Julie Roche"], ["Radio Lumière"])).Speaker);

    [Fact]
    public void GivesAGerundTheSubjectOfItsMainClause()
    {
        const string body = "Paul Martin reprend la réplique du député en lui répondant : « Ce n'est pas de votre faute, c'est de la vôtre ! »";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin", "Marc Roche"])).Speaker);
    }

    [Fact]
    public void ReadsAVerbFormAfterADeterminerAsANoun()
    {
        const string body = "C'est d'ailleurs l'analyse de Paul Martin, le président de l'association : « Le gouvernement veut combler ses déficits budgétaires. »";
        var quote = Assert.Single(Find(body, ["Paul Martin"]));
        Assert.Equal("Paul Martin", quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void ReadsAnObjectPronounBeforeAVerbAsNoDeterminer()
    {
        const string body = "Paul Martin l'explique ainsi : « le pays a besoin de nouvelles routes » .";
        var quote = Assert.Single(Find(body, ["Paul Martin"]));
        Assert.Equal("explique", quote.Cue);
        Assert.Equal("Paul Martin", quote.Speaker);
    }

    [Fact]
    public void SkipsPourSaPartBetweenAuxiliaryAndParticiple()
    {
        const string body = "« Nous reprendrons le travail lundi matin », a déclaré Paul Martin. « Le spectateur a été héliporté vers Nice », a pour sa part commenté le club.";
        var quotes = Find(body, ["Paul Martin"]);
        Assert.Equal("a pour sa part commenté", quotes[1].Cue);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void GivesAVerbAfterMaisTheSubjectOfTheClauseBefore()
    {
        const string body = "Paul Martin n'a pas précisé les causes de la mort de Marc Roche, mais a annoncé qu'il serait incinéré « conformément à la volonté du défunt » .";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin", "Marc Roche"])).Speaker);
    }

    [Fact]
    public void ReadsTheSubjectAfterTheVerbAfterComme()
    {
        const string body = "Cela pourrait nourrir les équipages, comme l'indique Paul Martin, chercheur : « L'idée de faire pousser des plantes sur Mars est ancienne. »";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin"])).Speaker);
    }

    [Fact]
    public void ResolvesNoPronounPastTheLawyerOfSomeoneElse()
    {
        const string body = "Julie Roche a porté plainte. L'avocate de Paul Martin précise que la plainte est fausse. « Pour attaquer en diffamation, il faut un fait précis », explique-t-elle.";
        Assert.Null(Assert.Single(Find(body, ["Julie Roche", "Paul Martin"])).Speaker);
    }

    [Fact]
    public void ResolvesAPronounToTheSubjectOfTheSentenceThatNamedThePerson()
    {
        const string body = "Le général Paul Martin a eu une mauvaise relation avec le président Marc Roche. « Le pays n'est pas assez protégé », dit-il.";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin", "Marc Roche"])).Speaker);
    }

    [Fact]
    public void ResolvesNoStressedPronounToAnOrganisation()
    {
        const string body = "Selon l'Insee, le trafic baisse. Un chauffeur raconte. Selon lui « les gens ne paient plus leur ticket depuis longtemps » .";
        Assert.Null(Assert.Single(Find(body, [], ["Insee"])).Speaker);
    }

    [Fact]
    public void ReadsTheSubjectAfterTheVerbInSelonCeQua()
    {
        const string body = "Selon ce qu'a confié à Radio Lumière Paul Martin, préfet, « on a eu un début d'incendie dans la salle des machines » .";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin"], ["Radio Lumière"])).Speaker);
    }

    [Theory]
    [InlineData("Le groupe automobile Ventura a expliqué que « les revenus déclarés étaient trop bas » . « De nombreuses autres fautes ont été découvertes », a ajouté le groupe.")]
    [InlineData("Selon Ventura, « le troisième incendie de la centrale en dix jours » . « Tout cela montre un contexte de dégradation grave », fustige encore l'association.")]
    public void ResolvesAnOrganisationRoleToItsOrganisation(string body) =>
        Assert.Equal(["Ventura", "Ventura"], Find(body, [], ["Ventura"]).Select(q => q.Speaker));

    [Fact]
    public void ResolvesAnOrganisationPronounToTheSubjectOfItsSentence()
    {
        const string body = "Ventura, pour sa part, ne reconnaît aucune valeur aux conclusions du Tribunal Vert, qu'il qualifie de « juge et partie dans ce dossier » .";
        Assert.Equal("Ventura", Assert.Single(Find(body, [], ["Ventura", "Tribunal Vert"])).Speaker);
    }

    [Fact]
    public void GivesNoSpeakerToAnUnnamedSourceBeforeCommaQui()
    {
        const string body = "Paul Martin vivait là depuis dix ans, selon une voisine, qui a ajouté qu' « au début, on se disait bonjour et puis après non » .";
        Assert.Null(Assert.Single(Find(body, ["Paul Martin"])).Speaker);
    }

    [Fact]
    public void GivesAGerundAfterAnInciseTheSpeakerOfThatIncise()
    {
        const string body = "Paul Martin a fondé son parti. « Les logiques politiciennes empêchent le pays d'avancer » a-t-il dit, affirmant qu'il avait vu « de l'intérieur la vacuité du système » .";
        Assert.Equal(["Paul Martin", "Paul Martin"], Find(body, ["Paul Martin"]).Select(q => q.Speaker));
    }

    [Fact]
    public void GivesAGerundTheSubjectPronounThatOpensItsSentence()
    {
        const string body = "Paul Martin est candidat. Il maintient sa contestation, affirmant qu'il n'y avait « pas le moindre doute sur cet emploi » .";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin"])).Speaker);
    }

    [Fact]
    public void SharesAnInciseAcrossQuotesJoinedByEt()
    {
        const string body = "Paul Martin s'est défendu. « J'ai fait une erreur de jugement » , et « je les ai tous rendus » , déplore-t-il ainsi.";
        Assert.Equal(["Paul Martin", "Paul Martin"], Find(body, ["Paul Martin"]).Select(q => q.Speaker));
    }

    [Fact]
    public void GivesAnUncuedQuoteTheInciseOfTheQuoteRightAfterIt()
    {
        const string body = "Paul Martin ne s'est pas laissé perturber. « Plus ils manifesteront, plus on me soutiendra » . « C'est un comportement anti-démocratique » , a-t-il ainsi confié.";
        Assert.Equal(["Paul Martin", "Paul Martin"], Find(body, ["Paul Martin"]).Select(q => q.Speaker));
    }

    [Fact]
    public void NamesThePersonInAppositionAfterAnUnnamedSubjectAfterTheVerb()
    {
        const string body = "« Pour l'heure, nous étudions toutes les pistes possibles » , a déclaré une représentante du comité d'enquête, Julie Roche.";
        Assert.Equal("Julie Roche", Assert.Single(Find(body, ["Julie Roche"])).Speaker);
    }

    [Fact]
    public void GivesTheQuoteToAPersonInAppositionAfterARole()
    {
        const string body = "Martin's lawyer, Omar Haddad, told reporters outside the court that his client was “tired but determined.”";
        Assert.Equal("Omar Haddad", Assert.Single(Find(body, ["Omar Haddad", "Paul Martin"], language: "en")).Speaker);
    }

    [Fact]
    public void ReadsShowBeforeAnEnglishQuoteAsAVerb()
    {
        const string body = "Judge Martin Keller said the prosecution had failed to show “any evidence that a crime was committed.”";
        Assert.Equal("Martin Keller", Assert.Single(Find(body, ["Martin Keller"], language: "en")).Speaker);
    }

    [Fact]
    public void ResolvesAnEnglishOrganisationRoleToTheOrganisationNamedWithIt()
    {
        const string body = "Her label, Blue Harbour Records, said tickets would be refunded. “Her health is our only concern right now,” the label said.";
        Assert.Equal("Blue Harbour Records", Assert.Single(Find(body, [], ["Blue Harbour Records"], "en")).Speaker);
    }

    [Fact]
    public void GivesAnEnglishQuoteToTheNameAfterARoleBeforeTheVerb()
    {
        const string body = "The plant will close in March. “We tried everything to keep it open,” plant manager Karen Holt said on Monday.";
        Assert.Equal("Karen Holt", Assert.Single(Find(body, ["Karen Holt"], language: "en")).Speaker);
    }

    [Fact]
    public void KeepsLowerCaseWordsThatAreNoRoleFromOpeningAnIncise()
    {
        const string body = "Le maire a cité le slogan « Vivre ensemble », de Marc Durand qui publie un livre sur la ville.";
        Assert.All(Find(body, ["Marc Durand"]), q => Assert.NotEqual("Marc Durand", q.Speaker));
    }

    [Fact]
    public void GivesAnEnglishQuoteToThePersonInAppositionAfterTheRole()
    {
        const string body = "Shops fear the new rules. “Many of us will not survive the winter,” the federation's president, Alan Pike, said.";
        Assert.Equal("Alan Pike", Assert.Single(Find(body, ["Alan Pike"], language: "en")).Speaker);
    }

    [Fact]
    public void ReadsNoAppositionAfterAQuoteInsideItsSentence()
    {
        const string body = "Devant les élus du mouvement « Terre nouvelle », le président, Paul Vidal, confirme la hausse des impôts.";
        Assert.All(Find(body, ["Paul Vidal"]), q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void GivesAGerundAfterASpeechVerbTheSubjectOfThatVerb()
    {
        const string body = "Northwind said in a statement on Friday, adding that “the delays will not last beyond the summer.”";
        Assert.Equal("Northwind", Assert.Single(Find(body, [], ["Northwind"], "en")).Speaker);
    }

    [Fact]
    public void GivesTheQuoteToThePersonTheSubjectSpeaksThrough()
    {
        const string body = "Le pays a rapidement répondu par la voix du colonel Paul Martin, porte-parole de l'armée : « Nous n'avons aucun intérêt à cette guerre. »";
        Assert.Equal("Paul Martin", Assert.Single(Find(body, ["Paul Martin"])).Speaker);
    }

    [Fact]
    public void ReadsNoClauseBreakInsideAQuote()
    {
        const string body = "Pour Julie Roche, le moratoire est « un premier pas, mais un pas de fourmi » , et réclame des « gestes bien plus concrets » .";
        Assert.Equal(["Julie Roche", "Julie Roche"], Find(body, ["Julie Roche"]).Select(q => q.Speaker));
    }

    [Fact]
    public void GivesAnUncuedQuoteToTheSpeakerOfTheSentenceRightAfterIt()
    {
        const string body = "La fête a eu lieu à Jérusalem.\n\n« Vive la République ! Vive la France ! Et allez les Bleus ! » Le consul, Paul Martin, a ainsi conclu son discours.";
        var quote = Assert.Single(Find(body, ["Paul Martin"]));
        Assert.Equal("Paul Martin", quote.Speaker);
        Assert.Equal("a ainsi conclu", quote.Cue);
    }

    [Fact]
    public void FloatingQuoteKeepsItsSpeakerOverNamesInTheInciseBefore()
    {
        const string body = "\u201cWe have waited long enough,\u201d said Anna Berg, who met Tom Reed on Monday. \u201cNobody wants a strike, but this offer is an insult.\u201d";
        Assert.Equal(["Anna Berg", "Anna Berg"], Find(body, ["Anna Berg", "Tom Reed"], language: "en").Select(q => q.Speaker));
    }

    [Fact]
    public void GivesAPronounAfterASpokesmanToHisOrganisation()
    {
        const string body = "Paul Grant left the talks early. A spokesman for the carrier Bluewave told reporters that ships were late. \u201cOur clients will wait several days,\u201d he said.";
        Assert.Equal("Bluewave", Assert.Single(Find(body, ["Paul Grant"], ["Bluewave"], "en")).Speaker);
    }

    [Fact]
    public void PronounTakesUpTheLastSpeakerPastANameAfterAPreposition()
    {
        const string body = "« La défense n'a pas tenu ce soir », a expliqué Marc Roux. Interrogé sur les buts encaissés par Luc Petit, il explique que « le gardien n'est pas le seul en cause » .";
        Assert.Equal(["Marc Roux", "Marc Roux"], Find(body, ["Marc Roux", "Luc Petit"]).Select(q => q.Speaker));
    }

    [Fact]
    public void PronounPassesOverANameAfterAPrepositionForASubjectBefore()
    {
        const string body = "Daniel Smith, le président, a publié une lettre. Le dirigeant dénonce l'attitude du régime de Igor Pak. « C'est un moment très triste pour nous », a-t-il ajouté.";
        Assert.Equal("Daniel Smith", Assert.Single(Find(body, ["Daniel Smith", "Igor Pak"])).Speaker);
    }

    [Fact]
    public void RolePhraseOpeningTheClauseBeatsAnOrganisationInApposition()
    {
        const string body = "Son capitaine, Hugo Lenoir, a marqué quatre buts. Le capitaine nantais, élu MVP, se dit fier : « Nous sommes allés chercher cette victoire ensemble »";
        Assert.Equal("Hugo Lenoir", Assert.Single(Find(body, ["Hugo Lenoir"], ["MVP"])).Speaker);
    }

    [Fact]
    public void DefiniteRoleOpeningTheClauseHoldsOverALongApposition()
    {
        const string body = "L'archevêque de Lyon Paul Morel est rentré. L'archevêque de Lyon, invité à la préfecture ce matin, appelle chacun « à garder son calme et à prier ensemble » .";
        Assert.Equal("Paul Morel", Assert.Single(Find(body, ["Paul Morel"])).Speaker);
    }

    [Theory]
    [InlineData("Karim Lahlou, seul médaillé du pays, est rentré. À l'aéroport Hassan II, le boxeur de 24 ans a exprimé « sa très grande joie » .", "Karim Lahlou")]
    [InlineData("Karim Lahlou est rentré. « Il va mieux et remercie tout le monde », a annoncé le porte-parole de la famille.", null)]
    [InlineData("Karim Lahlou est rentré. Le boxeur belge a exprimé « sa très grande joie » .", "Karim Lahlou")]
    public void SingularDefiniteRoleNobodyHeldDescribesTheMainPerson(string body, string? speaker) =>
        Assert.Equal(speaker, Assert.Single(Find(body, ["Karim Lahlou", "Hassan II"])).Speaker);

    [Fact]
    public void LowerCaseQuoteRightAfterANameIsItsPredicate()
    {
        const string body = "L'imam de la ville, Ali Sami, est « bouleversé par la mort de son ami » .";
        var quote = Assert.Single(Find(body, ["Ali Sami"]));
        Assert.Equal("Ali Sami", quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void BracketAfterAQuoteDoesNotHideItsIncise()
    {
        const string body = "Ce n'est pas une mutinerie mais « d'une action rapide d'un petit groupe » (moins d'une heure), d'après les autorités.";
        var quote = Assert.Single(Find(body, []));
        Assert.Null(quote.Speaker);
        Assert.Equal("d'après", quote.Cue);
    }

    [Fact]
    public void OrganisationWordStandsForTheOrganisationItsNameOpensWith()
    {
        const string body = "L'Autorité de contrôle des banques a ouvert une enquête. L'autorité a demandé « des explications écrites sous huit jours » .";
        Assert.Equal("Autorité de contrôle des banques", Assert.Single(Find(body, [], ["Autorité de contrôle des banques"])).Speaker);
    }

    [Fact]
    public void QuoteOpeningItsParagraphAfterADashLineStartsASentence()
    {
        const string body = "Le feu progresse.\n\n« Des moyens importants ont été engagés cette nuit »\n\n— Porte-parole des pompiers\n\n« La cellule de crise est activée depuis midi »\n\n— Préfecture du Var";
        var quotes = Find(body, [], ["Préfecture du Var"]);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Préfecture du Var", quotes[1].Speaker);
    }

    [Fact]
    public void NameFollowedByItsVerbAfterSelonIsNoApposition()
    {
        const string body = "Selon le texte, Paul Kra doit « proposer un nouveau gouvernement au plus vite » .";
        Assert.Null(Assert.Single(Find(body, ["Paul Kra"])).Speaker);
    }

    [Theory]
    [InlineData("« Il y aura très peu de trains lundi soir », rajoute Paul Martin.", "rajoute")]
    [InlineData("« C'est une avancée remarquable pour tous », s'enthousiasme Paul Martin.", "s'enthousiasme")]
    public void ReadsColloquialSpeechVerbs(string body, string cue)
    {
        var quote = Assert.Single(Find(body, ["Paul Martin"]));
        Assert.Equal("Paul Martin", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void GivesTheQuoteToThePersonAnOrganisationQualifies()
    {
        const string body = "Analyst Ben Ray of Hillcrest Capital said the results were \"about what the market expected\" on Friday.";
        Assert.Equal("Ben Ray", Assert.Single(Find(body, ["Ben Ray"], ["Hillcrest Capital"], "en")).Speaker);
    }

    [Theory]
    [InlineData("Dunmore Mills, the largest miller, reported a loss. \"It has been a hard year for the whole trade,\" the company said.", "en")]
    [InlineData("Dunmore Mills, premier meunier du pays, a publié ses comptes. « L'année a été difficile pour tout le secteur », a indiqué la société.", "fr")]
    public void DefiniteOrganisationWordBeforeAnyQuoteIsTheOrganisationNamedFirst(string body, string language) =>
        Assert.Equal("Dunmore Mills", Assert.Single(Find(body, [], ["Dunmore Mills"], language)).Speaker);

    [Fact]
    public void RecapSentenceAfterAQuoteNamesItsSpeaker()
    {
        const string body = "Le Conseil régional a décidé de reprendre l'aéroport afin de « revoir les objectifs stratégiques de la structure » . C'est ce qu'a annoncé aujourd'hui le président de la région Paul Rolland.";
        var quote = Assert.Single(Find(body, ["Paul Rolland"], ["Conseil régional"]));
        Assert.Equal("Paul Rolland", quote.Speaker);
        Assert.Equal("a annoncé", quote.Cue);
    }

    [Fact]
    public void IgnoresTheHeadlineOfAnotherArticleAfterADash()
    {
        const string body = "Page actualisée : 3 mars 2017 — « Bénin : le président Paul Adé appelle au calme dans le pays »\n\nLe vote a eu lieu.";
        Assert.Empty(Find(body, ["Paul Adé"]));
    }

    [Theory]
    [InlineData("Confiant en l'arrêt de la Cour d'appel de Metz, le conseil a estimé qu'une tutelle « serait une décision raisonnable » .", null)]
    [InlineData("Du côté de Radio Nord, la direction justifie sa décision : « les fréquences nous ont été retirées sans raison » .", "Radio Nord")]
    public void NounPhraseSetOffByACommaIsItsOwnSubject(string body, string? speaker) =>
        Assert.Equal(speaker, Assert.Single(Find(body, [], ["Cour d'appel de Metz", "Radio Nord"])).Speaker);

    [Fact]
    public void PronounAfterPourTakesUpTheNamedSource()
    {
        const string body = "Jean Morel a parlé hier. Pour Paul Lenoir, candidat du parti, l'absence de débat pose problème. « Les députés ne représentent plus les ouvriers du pays » , déplore-t-il.";
        Assert.Equal("Paul Lenoir", Assert.Single(Find(body, ["Jean Morel", "Paul Lenoir"])).Speaker);
    }

    [Fact]
    public void LowerCaseQuoteAfterAnOrganisationIsNotItsPredicate()
    {
        const string body = "Pour le ministre de l'Économie Paul Roy, cependant, le ministère de l'Économie « est totalement hors de cause dans cette affaire » .";
        Assert.DoesNotContain(Find(body, ["Paul Roy"], ["ministère de l'Économie"]), q => q.Speaker == "ministère de l'Économie");
    }

    [Theory]
    [InlineData("Le pape François « s'associe à la douleur et à l'horreur des familles » .", "François")]
    [InlineData("« Nous allons reconstruire le pont dès cet été », a déclaré Mme Lefrançois devant les habitants.", "Lefrançois")]
    [InlineData("« Nous allons reconstruire le pont dès cet été », a déclaré Julien Morvandel devant les habitants.", "Julien Morvandel")]
    [InlineData("Selon Julien Morvandel, « nous allons reconstruire le pont dès cet été » .", "Julien Morvandel")]
    [InlineData("« Nous allons reconstruire le pont dès cet été », a déclaré l'architecte Morvandel devant les habitants.", "Morvandel")]
    [InlineData("Le vidéaste Zorbak a répondu en ligne, ajoutant qu'il ne souhaite pas « porter d'accusations trop précipitées » .", "Zorbak")]
    [InlineData("Kofi Ansaberg, membre du bureau régional, a ainsi déclaré qu'« il est inacceptable que les convois soient attaqués » .", "Kofi Ansaberg")]
    public void NamesASpeakerTheEntityListsMissedFromATitleARoleOrAFirstName(string body, string speaker)
    {
        var quote = Assert.Single(Find(body, []));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(EntityKind.Person, quote.SpeakerKind);
    }

    [Fact]
    public void LeavesAFirstNameMentionOfAnotherPersonAfterARoleToItsOwnName()
    {
        const string body = "François Hollande est arrivé. Le pape François « s'associe à la douleur et à l'horreur des familles » .";
        var alone = body.LastIndexOf("François", StringComparison.Ordinal);
        var people = new List<FoundEntity> { new("François Hollande", [new("François Hollande", 0, 17), new("François", alone, alone + 8)]) };
        Assert.Equal("François", Assert.Single(Finder.Find(body, "fr", people, [])).Speaker);
    }

    [Fact]
    public void NamesASpeakerAtTheFullestTheTextGivesWithoutTheirEmployer()
    {
        const string body = "Finance Minister Daniel Ekwueme defended the budget. “The rental tax is modest,” Ekwueme told parliament. Analyst Ben Corran of Hillside Capital said the results were “about what the market expected” on Friday.";
        var quotes = Find(body, ["Ekwueme", "Ben Corran of Hillside Capital"], language: "en");
        Assert.Equal(["Daniel Ekwueme", "Ben Corran"], quotes.Select(q => q.Speaker));
        var (people, _) = QuoteFinder.WithSpeakers(body, Entities(body, ["Ekwueme", "Ben Corran of Hillside Capital"]), [], quotes);
        Assert.Equal(["Daniel Ekwueme", "Ben Corran"], people.Select(p => p.Name));
        Assert.All(people.SelectMany(p => p.Mentions), m => Assert.Equal(m.Text, body[m.Start..m.End]));
    }

    [Fact]
    public void AddsASpeakerTheEntityListsMissedAsAnEntity()
    {
        const string body = "« Nous allons reconstruire le pont dès cet été », a déclaré Mme Lefrançois devant les habitants.";
        var quotes = Find(body, []);
        var (people, organisations) = QuoteFinder.WithSpeakers(body, [], [], quotes);
        var person = Assert.Single(people);
        Assert.Equal("Lefrançois", person.Name);
        Assert.Equal(body.IndexOf("Lefrançois", StringComparison.Ordinal), Assert.Single(person.Mentions).Start);
        Assert.Empty(organisations);
    }

    [Fact]
    public void TheAnalysisListsEverySpeakerAmongItsPeopleOrOrganisations()
    {
        const string body = "« Le feu est fixé depuis ce matin. »\n— Préfecture des Hautes-Alpes\n\nLes routes restent fermées.";
        var analysis = ArticleAnalyzer.Default.Analyze(new NewsArchive.Parsing.ParsedArticle("test", 0, "Titre", body, "fr"));
        var quote = Assert.Single(analysis.Quotes);
        Assert.NotNull(quote.Speaker);
        Assert.Contains(analysis.People.Concat(analysis.Organisations), e => e.Name == quote.Speaker);
    }

    [Fact]
    public void PronounPassesOverANameThatQualifiesACommonNoun()
    {
        const string body = "Paul Lenoir a répondu qu'il se croit victime d'une « campagne » de l'administration Garnier contre lui « Ces accusations sont fausses et je le prouverai » a-t-il déclaré.";
        Assert.Equal("Paul Lenoir", Assert.Single(Find(body, ["Paul Lenoir", "Garnier"])).Speaker);
    }

    [Theory]
    [InlineData("Le feu progresse.\n\n« La cellule de crise est activée et le préfet se rend sur place »\n\n— Préfecture du Var\n\nLe vent tourne.", "Préfecture du Var")]
    [InlineData("Le feu progresse.\n\n« Des moyens considérables ont été déployés cette nuit »\n\n— Porte-parole des marins-pompiers\n\nLe vent tourne.", null)]
    public void NamesTheSourceLineUnderAQuoteWhenItIsAName(string body, string? speaker) =>
        Assert.Equal(speaker, Assert.Single(Find(body, [])).Speaker);

    [Fact]
    public void NamesASpeakerReadWithTheStopWordOpeningItsSentenceByTheEntityItEndsWith()
    {
        const string body = "Paul Lenoir a parlé hier. Pour Lenoir, il s'agit d'une manœuvre. « Je ne me laisserai pas entraîner dans cette opération politique » , a-t-il dit.";
        Assert.Equal("Paul Lenoir", Assert.Single(Find(body, ["Paul Lenoir", "Pour Lenoir"])).Speaker);
    }

    [Fact]
    public void NamesAnOrganisationWithTheWordsThatAlwaysFollowItsListedName()
    {
        const string body = "L'association Pilotes du monde lance une campagne. Selon la présidente de Pilotes du monde, l'association annonce un prix « vendu dix fois ce qu'il coûte à produire » .";
        var quotes = Find(body, [], ["Pilotes"]);
        Assert.Equal("Pilotes du monde", Assert.Single(quotes).Speaker);
        var (_, organisations) = QuoteFinder.WithSpeakers(body, [], Entities(body, ["Pilotes"]), quotes);
        Assert.Equal("Pilotes du monde", Assert.Single(organisations).Name);
    }

    [Fact]
    public void KeepsTheArticleThatOpensAnOrganisationsName()
    {
        const string body = "Le Canard Déchaîné publie ses révélations. Selon Le Canard Déchaîné, « la somme a été versée en toute discrétion » .";
        Assert.Equal("Le Canard Déchaîné", Assert.Single(Find(body, [], ["Le Canard Déchaîné", "Canard Déchaîné"])).Speaker);
    }

    [Fact]
    public void NamesAnInstitutionNamedOnceWithThePlaceAfterIt()
    {
        const string body = "La demande est venue du CHRV de Brest qui souhaitait « désigner un référent qui pourrait représenter légalement » le patient.";
        Assert.Equal("CHRV de Brest", Assert.Single(Find(body, [], ["CHRV"])).Speaker);
    }

    [Fact]
    public void ResolvesASubjectPronounBeforeAnObjectPronoun()
    {
        const string body = "Paul Marchand était absent de la réunion. Il le regrette, mais il n'est pas inquiet : « Nous reprendrons les discussions la semaine prochaine ».";
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Paul Marchand"])).Speaker);
    }

    [Fact]
    public void GivesAColonQuoteOfAnUnnamedGroupToNobody()
    {
        const string body = "« Nous ne reculerons pas sur la réforme », a déclaré Élise Marchal. Les grévistes scandaient : « Nous resterons dans la rue jusqu'au retrait du texte ».";
        var quotes = Find(body, ["Élise Marchal"]);
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void GivesAColonQuoteToThePersonAPronounOpeningItsSentenceStandsFor()
    {
        const string body = "Le maire Paul Marchand a visité l'usine. Devant les salariés, il se veut rassurant mais ferme : « Le site restera ouvert au moins jusqu'en 2030 ».";
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Paul Marchand"])).Speaker);
    }

    [Fact]
    public void NamesASpeakerWithoutTheRoleTheEntityListKeptInTheName()
    {
        const string body = "Health Minister Laura Benning on Monday defended her plan. “Nobody will be left without a doctor,” Benning told reporters.";
        var quotes = Find(body, ["Health Minister Laura Benning"], language: "en");
        Assert.Equal("Laura Benning", Assert.Single(quotes).Speaker);
        var (people, _) = QuoteFinder.WithSpeakers(body, Entities(body, ["Health Minister Laura Benning"]), [], quotes);
        var person = Assert.Single(people);
        Assert.Equal("Laura Benning", person.Name);
        Assert.All(person.Mentions, m => Assert.Equal("Laura Benning", body[m.Start..m.End]));
    }

    [Fact]
    public void GivesAOneWordNameToThePersonListedInFullWithThatSurname()
    {
        const string body = "Health Minister Laura Benning on Monday defended her plan. “Nobody will be left without a doctor,” Benning told reporters.";
        Assert.Equal("Laura Benning", Assert.Single(Find(body, ["Benning", "Laura Benning"], language: "en")).Speaker);
    }

    [Fact]
    public void GivesAPullQuoteToTheDashLineUnderItOverThePreviousSpeaker()
    {
        const string body = "« Le feu a pris très vite dans la salle », a déclaré un pompier.\n\n« J'étais au bar, on a vu les flammes et tout le monde a couru »\n\n— Sandrine, témoin";
        var quotes = Find(body, []);
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[0].Speaker);
        Assert.Equal("Sandrine", quotes[1].Speaker);
    }

    [Fact]
    public void GivesAQuoteWithNoCueToThePersonTheSentenceBeforeIsAbout()
    {
        const string body = "La nageuse Léa Fontaine a brandi le drapeau européen après le podium. « Je voulais montrer que l'Europe reste unie malgré la peur ».";
        Assert.Equal("Léa Fontaine", Assert.Single(Find(body, ["Léa Fontaine"])).Speaker);
    }

    [Fact]
    public void GivesAQuoteWithNoCueToNobodyAfterASentenceAboutSeveralPeople()
    {
        const string body = "Léa Fontaine et Marc Olier ont eux aussi réagi en ce sens. « Tout incident de cette nature dans une centrale est très sérieux ».";
        Assert.Null(Assert.Single(Find(body, ["Léa Fontaine", "Marc Olier"])).Speaker);
    }

    [Fact]
    public void GivesAPluralPronounToTheGroupALowerCaseNameNoDictionaryHoldsNames()
    {
        const string body = "L'attaque a été revendiquée par les miliciens zabaroq, dans un communiqué : « Nos combattants ont frappé la base ennemie cette nuit » , ont-ils écrit.";
        var quote = Assert.Single(Find(body, []));
        Assert.Equal("zabaroq", quote.Speaker);
        Assert.Equal(EntityKind.Organisation, quote.SpeakerKind);
    }

    [Fact]
    public void GivesAPluralPronounForAGroupOfCommonNounsToNobody()
    {
        const string body = "Le maire Omar Haddad a reçu les manifestants rassemblés. « Nous resterons ici tant que la mine restera fermée », ont-ils affirmé.";
        Assert.Null(Assert.Single(Find(body, ["Omar Haddad"])).Speaker);
    }

    [Theory]
    [InlineData("Sur la radio Onde Libre, ce jeudi, le secrétaire du syndicat affirme qu'il n'y a eu « ni exigence ni diktat de leur part » .")]
    [InlineData("« Le jeune homme a reconnu les faits devant nous » , a indiqué au Quotidien Central le substitut du procureur.")]
    public void GivesNoQuoteToTheMediumOrTheListenerOfTheWords(string body) =>
        Assert.Null(Assert.Single(Find(body, [], ["Onde Libre", "Quotidien Central"])).Speaker);

    [Theory]
    [InlineData("Paul Marchand indique vouloir « discuter de la situation avec tous ses voisins » . Tous ont désapprouvé, à l'exception de Omar Haddad, qui a rappelé que selon lui « le troisième mandat n'est pas contraire à la loi » .")]
    [InlineData("Paul Marchand indique vouloir « discuter de la situation avec tous ses voisins » . Tous ont désapprouvé, à l'exception de Omar Haddad, président du Tchad, qui a rappelé que selon lui « le troisième mandat n'est pas contraire à la loi » .")]
    public void ResolvesAPronounInARelativeClauseToItsAntecedent(string body) =>
        Assert.Equal("Omar Haddad", Find(body, ["Paul Marchand", "Omar Haddad"])[1].Speaker);

    [Fact]
    public void ReadsAFirstNameWithoutItsAccentsForGender()
    {
        const string body = "Paul Marchand défend son épouse Penelope Marchand. « Elle n'a jamais fait de politique, elle a toujours travaillé dans l'ombre », explique-t-il.";
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Paul Marchand", "Penelope Marchand"])).Speaker);
    }

    [Fact]
    public void GivesAFloatingQuoteToTheSpeakerOfTheQuoteBeforeInTheNextParagraphHoweverLongTheOneBetween()
    {
        var between = string.Concat(Enumerable.Repeat(" La direction n'a pas souhaité réagir à ces propos tenus devant les délégués.", 8));
        var body = "« Nous ne céderons pas sur les salaires », a déclaré Paul Marchand." + between + "\n\n« La direction doit rendre des comptes aux salariés et aux familles ».";
        Assert.Equal("Paul Marchand", Find(body, ["Paul Marchand"])[1].Speaker);
    }

    [Fact]
    public void ReadsAnIncisedSpeechVerbInfinitiveGovernedByAnotherVerb()
    {
        const string body = "Des élus craignent une forteresse. « Tous les travaux se font en concertation avec les architectes » , a cependant tenu à tempérer Paul Marchand, adjoint au maire.";
        var quote = Assert.Single(Find(body, ["Paul Marchand"]));
        Assert.Equal("Paul Marchand", quote.Speaker);
        Assert.Equal("a cependant tenu à tempérer", quote.Cue);
    }

    [Fact]
    public void GivesAQuoteToThePersonAnAgeStandsFor()
    {
        const string body = "Daniel Okafor spoke at the port. “This is a fair budget for people who work hard,” the 54-year-old said.";
        Assert.Equal("Daniel Okafor", Assert.Single(Find(body, ["Daniel Okafor"], language: "en")).Speaker);
    }

    [Fact]
    public void ReadsAOneWordOrganisationAsThePersonARoleNamesInFull()
    {
        const string body = "Transport Minister Grace Mbeki on Monday defended her rail plan.\n\n“This is a fair plan for people who travel every day,” Mbeki told lawmakers.";
        var quotes = Find(body, [], ["Mbeki"], language: "en");
        Assert.Equal("Grace Mbeki", Assert.Single(quotes).Speaker);
        var (people, organisations) = QuoteFinder.WithSpeakers(body, [], Entities(body, ["Mbeki"]), quotes);
        Assert.Equal("Grace Mbeki", Assert.Single(people).Name);
        Assert.Empty(organisations);
    }

    [Fact]
    public void ResolvesAPronounPastASourceNounInAppositionToTheName()
    {
        const string body = "Paul Marchand, un militant de longue date, a pris la parole devant la mairie. « Nous ne céderons rien face à la direction », a-t-il déclaré.";
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Paul Marchand"])).Speaker);
    }

    [Fact]
    public void GivesAQuoteAfterAnInciseAndAnInfinitiveToTheInciseSpeaker()
    {
        const string body = "« Les hôpitaux recevront les moyens promis avant l'été », affirme Julie Marchal, avant d'ajouter : « nous tiendrons tous nos engagements ».";
        Assert.All(Find(body, ["Julie Marchal"]), quote => Assert.Equal("Julie Marchal", quote.Speaker));
    }

    [Fact]
    public void GivesAQuoteAfterPourARoleAndANameToThatPerson()
    {
        const string body = "« Prouvez que vous êtes des dirigeants » , a lancé Paul Marchand tandis que, pour le président de la Commission Omar Haddad , « il y aura un centième anniversaire » .";
        var quotes = Find(body, ["Paul Marchand", "Omar Haddad"], ["Commission"]);
        Assert.Equal(["Paul Marchand", "Omar Haddad"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void ReadsCeDernierAfterAnInvertedVerb()
    {
        const string body = "Julie Marchal accuse Paul Marchand de mentir. « Je n'ai jamais caché ces chiffres à personne », a répondu ce dernier.";
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Julie Marchal", "Paul Marchand"])).Speaker);
    }

    [Theory]
    [InlineData("Paul Marchand a longuement critiqué la réforme. Pour lui, « ce texte va appauvrir les retraités les plus modestes ».", "Paul Marchand")]
    [InlineData("Julie Marchal défend son bilan. Pour elle, « la ville n'a jamais été aussi bien gérée ».", "Julie Marchal")]
    public void GivesAQuoteAfterPourAndAStressedPronounToThePersonItStandsFor(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Find(body, [speaker])).Speaker);

    [Fact]
    public void GivesAQuoteAfterPourEuxToNobody()
    {
        const string body = "Paul Marchand a signé le décret. Les associations protestent. Pour eux, « le pouvoir veut faire trois pas en arrière » .";
        Assert.Null(Assert.Single(Find(body, ["Paul Marchand"])).Speaker);
    }

    [Fact]
    public void ReadsAClauseAfterATitleWordAsAQuote()
    {
        const string body = "Le juge Paul Marchand estime que les dispositions prévues par la loi « ne sauraient autoriser une retenue de plus de quatre heures » .";
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Paul Marchand"])).Speaker);
    }

    [Fact]
    public void ReadsANarrativeInfinitiveAfterAName()
    {
        const string body = "Ce chiffre a permis à la ministre Julie Marchal de déclarer que « l'inversion de la courbe est là » .";
        Assert.Equal("Julie Marchal", Assert.Single(Find(body, ["Julie Marchal"])).Speaker);
    }

    [Fact]
    public void GivesAQuoteToThePersonBeforeTheMediumTheySpokeOn()
    {
        const string body = "Vers 8 h, Paul Marchand sur Radio Sud a dénoncé des « rumeurs répandues en ligne depuis des semaines » .";
        var quote = Assert.Single(Find(body, ["Paul Marchand"], ["Radio Sud"]));
        Assert.Equal("Paul Marchand", quote.Speaker);
    }

    [Fact]
    public void GivesAMinistersQuoteToTheMinisterNamedBeforeNotToThePortfolio()
    {
        const string body = "Paul Marchand, ministre des Transports, a visité l'usine. Le ministre iranien des Transports rappelle que le pays a besoin de « 400 avions long courrier et de 100 avions court courrier » .";
        var quote = Assert.Single(Find(body, ["Paul Marchand"], ["Transports"]));
        Assert.Equal("Paul Marchand", quote.Speaker);
    }

    [Fact]
    public void GivesNobodyAMinistersQuoteWhenNoMinisterWasNamed()
    {
        const string body = "La police a bouclé le quartier. Le Ministre de l'Intérieur français a déclaré : « On est passé d'un terrorisme sophistiqué à un terrorisme rudimentaire. »";
        Assert.Null(Assert.Single(Find(body, [], ["Intérieur"])).Speaker);
    }

    [Theory]
    [InlineData("Le Premier ministre Paul Marchand a réuni son cabinet. « Nous traquerons les auteurs de ces attaques jusqu'au dernier » , a déclaré le chef du gouvernement.")]
    [InlineData("Le président Paul Marchand visite l'usine. Le chef de l'État a dit aux ouvriers « il y a des postes ouverts à deux pas d'ici » .")]
    public void GivesAnOfficeNamedOtherwiseToThePersonNamedWithIt(string body) =>
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Paul Marchand"])).Speaker);

    [Fact]
    public void GivesNobodyAQuoteByTheRelativesOfTheNamedPerson()
    {
        const string body = "« Nous n'en pouvons plus de voir partir nos enfants vers la guerre » , écrivent les parents de Paul Marchand dans une lettre.";
        Assert.Null(Assert.Single(Find(body, ["Paul Marchand"])).Speaker);
    }

    [Fact]
    public void GivesAQuoteByTheSpokesmanOfANamedPersonToTheSpokesmanNamedInApposition()
    {
        const string body = "« Le président ne commentera pas cette décision de justice » , a déclaré le porte-parole de Paul Marchand, Julie Marchal.";
        Assert.Equal("Julie Marchal", Assert.Single(Find(body, ["Paul Marchand", "Julie Marchal"])).Speaker);
    }

    [Fact]
    public void ReadsAVerbFormAfterDeAsANounAndTheNameInAppositionAsTheSource()
    {
        const string body = "Pour le président du Centre d'analyse du terrorisme , Paul Marchand , « on est face à des individus déterminés et organisés » .";
        var quote = Assert.Single(Find(body, ["Paul Marchand"], ["Centre"]));
        Assert.Equal("Paul Marchand", quote.Speaker);
        Assert.Equal("Pour", quote.Cue);
    }

    [Fact]
    public void GivesAGerundAfterACommaToThePersonWhoOpensTheSentence()
    {
        const string body = "Ensuite, Paul Marchand a rendu hommage au défunt après sa rencontre avec le président de la Commission, Jean Dupont, confiant qu'il était « très dur pour lui d'en parler » .";
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Paul Marchand", "Jean Dupont"])).Speaker);
    }

    [Fact]
    public void ReadsNoSubjectPronounInsideQuantAElle()
    {
        const string body = "Des élus comme Paul Marchand ( Les Verts ) craignent une « forteresse » . La municipalité, quant à elle, justifie, dans un communiqué, que « notre volonté est d'abord de protéger les visiteurs » .";
        Assert.Null(Find(body, ["Paul Marchand"], ["Les Verts"])[^1].Speaker);
    }

    [Fact]
    public void ReadsTheMisspeltParticipleOfReagirAsACue()
    {
        const string body = "Julie Marchal a été disqualifiée. Son entraîneur Paul Marchand a vivement réagit : « Si c'est ça, c'est une honte pour ce sport » .";
        var quote = Assert.Single(Find(body, ["Julie Marchal", "Paul Marchand"]));
        Assert.Equal("Paul Marchand", quote.Speaker);
        Assert.Equal("a vivement réagit", quote.Cue);
    }

    [Fact]
    public void GivesARoleToThePersonNamedAfterTheRoleAndItsComplement()
    {
        const string body = "Julie Marchal, ministre du Travail, a parlé le matin. Le ministre de l'Agriculture, Paul Marchand, est arrivé ensuite. « Ce mot n'a pas été prononcé » , objecte le ministre.";
        Assert.Equal("Paul Marchand", Assert.Single(Find(body, ["Julie Marchal", "Paul Marchand"])).Speaker);
    }

    [Fact]
    public void KeepsTheSentenceGoingAfterAnExclamationMarkInsideAName()
    {
        const string body = "Pour Paul Marchand , le candidat de Debout ! , faisant allusion à l'affaire Julie Marchal, « l'activité des collaborateurs doit pouvoir être vérifiée » .";
        var quote = Assert.Single(Find(body, ["Paul Marchand", "Julie Marchal"]));
        Assert.Equal("Paul Marchand", quote.Speaker);
        Assert.Equal("Pour", quote.Cue);
    }

    [Fact]
    public void SkipsAnOpeningPrepositionalPhraseBeforeAColonQuote()
    {
        const string body = "À la suite de l'annonce de la Société des rédacteurs, la direction du groupe Radio Sud a adressé un communiqué laconique : « La présomption d'innocence doit être respectée par tous. »";
        var quote = Assert.Single(Find(body, [], ["Société des rédacteurs", "Radio Sud"]));
        Assert.Equal("Radio Sud", quote.Speaker);
    }

    [Fact]
    public void GivesAQuoteAfterAnInciseVerbToTheInciseSpeaker()
    {
        const string body = "Julie Marchal, ministre de la Santé, a répondu. Le ministre de la santé doit « faire usage des pouvoirs dont il dispose » , a précisé le Conseil d'État, qui « annule donc le refus du ministre et lui enjoint d'agir » .";
        var quotes = Find(body, ["Julie Marchal"], ["Conseil d'État"]);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, quote => Assert.Equal("Conseil d'État", quote.Speaker));
    }

    [Fact]
    public void ReadsAnObjectPronounBetweenANameAndItsVerb()
    {
        const string body = "L'animateur Paul Marchand, critiqué de toutes parts, La Gazette le qualifiant « d'expert le plus douteux du secteur » , est mis en examen.";
        Assert.Equal("La Gazette", Assert.Single(Find(body, ["Paul Marchand"], ["La Gazette"])).Speaker);
    }

    [Fact]
    public void PrefersADashLineUnderTheParagraphToTheNameBeforeAPredicateQuote()
    {
        const string body = "Le prix a été décerné au Finlandais Paul Marchand « pour sa contribution à la théorie des contrats » .\n\n— Académie des sciences\n\nLa cérémonie aura lieu en décembre.";
        Assert.Equal("Académie des sciences", Assert.Single(Find(body, ["Paul Marchand"], ["Académie des sciences"])).Speaker);
    }

    [Theory]
    [InlineData("Paul Marchand", "Paul Marchand")]
    [InlineData("Julie Marchal", "Jean Dupont")]
    public void GivesAPronounInciseToTheDashLineUnderItsParagraphWhenTheGenderAgrees(string dashed, string speaker)
    {
        var body = "Le ministre Jean Dupont a répondu au député. La vidéo de Paul Marchand a ensuite circulé. « J'ai reçu beaucoup d'encouragements à continuer » , dit-il selon la radio. Son rêve serait de vivre de sa musique.\n\n— "
            + dashed + "\n\nLa vidéo a été vue un million de fois.";
        Assert.Equal(speaker, Assert.Single(Find(body, ["Jean Dupont", "Paul Marchand", "Julie Marchal"])).Speaker);
    }

    [Fact]
    public void ReturnsNothingForABodyWithoutQuotes() =>
        Assert.Empty(Find("Le Japon et les États-Unis sont alliés. Rien d'autre.", ["Shigeru Ishiba"]));
}
