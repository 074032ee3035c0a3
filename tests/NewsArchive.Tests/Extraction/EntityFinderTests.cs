using NewsArchive.Extraction;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Extraction;

public sealed class EntityFinderTests
{
    private static FoundEntities Find(string body, string language = "fr", string? dateline = null) =>
        new EntityFinder().Find(new ParsedArticle("test", 0, "Titre", body, language, Dateline: dateline), language);

    private static string[] Names(IReadOnlyList<FoundEntity> entities) => [.. entities.Select(e => e.Name)];

    private static string[] Mentions(IReadOnlyList<FoundEntity> entities) => [.. entities.SelectMany(e => e.Mentions).OrderBy(m => m.Start).Select(m => m.Text)];

    [Fact]
    public void MergesTitledSurnameIntoFullName()
    {
        var found = Find("« Nous partirons », a déclaré mardi Yoshimasa Hayashi. « Demain », a ajouté M. Hayashi.");
        var person = Assert.Single(found.People);
        Assert.Equal("Yoshimasa Hayashi", person.Name);
        Assert.Equal(["Yoshimasa Hayashi", "Hayashi"], person.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void FindsThePersonNamedAfterAStancePrefix()
    {
        var found = Find("Le sénateur Joseph Calvert a été élu mardi. Des milliers de manifestants anti-Calvert ont défilé à Lyon.");
        var person = Assert.Single(found.People);
        Assert.Equal("Joseph Calvert", person.Name);
        Assert.Equal(["Joseph Calvert", "Calvert"], person.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("Le texte est parvenu au Conseil national de la recherche pour tenter de le faire adopter.", "Conseil national de la recherche")]
    [InlineData("La ville est tenue par les Forces démocratiques nationales appuyées par des milices.", "Forces démocratiques nationales")]
    [InlineData("Le calendrier a été fixé par l'Agence spatiale régionale pour le mois de juin.", "Agence spatiale régionale")]
    public void EndsOrganisationBeforeAVerbAPassiveClauseOrATime(string body, string expected)
    {
        Assert.Equal([expected], Names(Find(body).Organisations));
    }

    [Fact]
    public void KeepsTheAdjectiveAfterAMinistrysName()
    {
        var found = Find("Le ministère de la Culture tchèque a publié le texte.");
        Assert.Equal(["ministère de la Culture tchèque"], Mentions(found.Organisations));
    }

    [Fact]
    public void KeepsPossessiveSonAsWord()
    {
        var found = Find("Masayoshi Son, directeur général du groupe, est venu. Son entreprise investit. Lundi, Son et M. Son ont parlé.");
        var person = Assert.Single(found.People);
        Assert.Equal("Masayoshi Son", person.Name);
        Assert.Equal(3, person.Mentions.Count);
        Assert.DoesNotContain(person.Mentions, m => m.Start == "Masayoshi Son, directeur général du groupe, est venu. ".Length);
    }

    [Fact]
    public void RejectsSentenceInitialCommonWord()
    {
        var found = Find("Alliés clés, le Japon et la France coopèrent. Début octobre, rien. Cette acquisition échoue.");
        Assert.Empty(found.People);
        Assert.Empty(found.Organisations);
        Assert.Equal(["Japon", "France"], Names(found.Places));
    }

    [Fact]
    public void NeverMergesDifferentPeopleSharingASurname()
    {
        var found = Find("Le président Donald Trump parle. Donald Trump dîne avec Melania Trump. Plus tard, M. Trump part.");
        Assert.Equal(["Donald Trump", "Melania Trump"], Names(found.People));
        Assert.Equal("Trump", found.People[0].Mentions[^1].Text);
    }

    [Theory]
    [InlineData("Le Premier ministre japonais Shigeru Ishiba partira.", "Shigeru Ishiba")]
    [InlineData("Il a été bloqué par l'ancien président américain Joe Biden, hier.", "Joe Biden")]
    [InlineData("Le nouveau président avait invité Akie Abe, la veuve de l'ancien dirigeant, à dîner.", "Akie Abe")]
    [InlineData("« Non », a déclaré mardi Yoshimasa Hayashi, sans détails.", "Yoshimasa Hayashi")]
    [InlineData("La course a été gagnée par l'Espagnol Mario Mola devant les autres.", "Mario Mola")]
    [InlineData("En 2003, Sheikha Ahmed al-Mahmoud est devenue ministre.", "Sheikha Ahmed al-Mahmoud")]
    [InlineData("La course est gagnée par la Néo-Zélandaise Andrea Hewitt devant les autres.", "Andrea Hewitt")]
    [InlineData("Le porte-parole du gouvernement, Bindamou, a parlé.", "Bindamou")]
    [InlineData("Avec son ami Jean-Max Rivière, il a écrit des chansons.", "Jean-Max Rivière")]
    [InlineData("Ce soir, Thomas de Maizière a parlé.", "Thomas de Maizière")]
    [InlineData("C'était aussi l'avis de Mme Clinton.", "Clinton")]
    public void FindsPeopleFromTitlesRolesSpeechVerbsAndAppositions(string body, string expected)
    {
        Assert.Equal([expected], Names(Find(body).People));
    }

    [Fact]
    public void FindsSpeakerOfEnglishSpeechVerb()
    {
        Assert.Equal(["John Smith"], Names(Find("\"We will win,\" said John Smith, chief executive of the firm.", "en").People));
    }

    [Fact]
    public void ReadsEnglishRolesTitlesAndCompanySuffixes()
    {
        var found = Find("Japanese Prime Minister Shigeru Ishiba met U.S. President Donald Trump in Washington, said spokesman Yoshimasa Hayashi. Nippon Steel Corp. wants U.S. Steel. Ishiba told Mr. Trump's team.", "en");
        Assert.Equal(["Shigeru Ishiba", "Donald Trump", "Yoshimasa Hayashi"], Names(found.People));
        Assert.Equal(["Nippon Steel Corp.", "U.S. Steel"], Names(found.Organisations));
        Assert.Equal(["U.S.", "Washington"], Names(found.Places));
    }

    [Theory]
    [InlineData("La Commission européenne a tranché.", "Commission européenne")]
    [InlineData("Le Front populaire de libération de la Palestine a revendiqué.", "Front populaire de libération de la Palestine")]
    [InlineData("Selon la Congrégation pour la doctrine de la foi, non.", "Congrégation pour la doctrine de la foi")]
    [InlineData("Il étudie à l'université Harvard depuis un an.", "université Harvard")]
    [InlineData("Un vote a eu lieu à la Chambre des communes hier.", "Chambre des communes")]
    [InlineData("Il a rejoint la Bank of Zorvania en mai.", "Bank of Zorvania")]
    [InlineData("Le Centre pour le dialogue humanitaire organise.", "Centre pour le dialogue humanitaire")]
    [InlineData("Les Forces armées révolutionnaires ont signé.", "Forces armées révolutionnaires")]
    [InlineData("La Banque inter-américaine de développement a prêté.", "Banque inter-américaine de développement")]
    public void ExtendsOrganisationNamesOverAdjectivesAndComplements(string body, string expected)
    {
        Assert.Equal([expected], Names(Find(body).Organisations));
    }

    [Theory]
    [InlineData("Le ministre de l'Intérieur Matthias Fekl a parlé.", "Matthias Fekl")]
    [InlineData("Le président de la Catalogne Carles Puigdemont a parlé.", "Carles Puigdemont")]
    [InlineData("La maison d'Ouessant de François de Rugy, ministre, brûle.", "François de Rugy")]
    public void SeparatesAPersonFromTheNameBeforeIt(string body, string expected)
    {
        Assert.Equal([expected], Names(Find(body).People));
    }

    [Fact]
    public void SplitsTwoNamesWrittenSideBySide()
    {
        var found = Find("Les anciens ministres de François Hollande Arnaud Montebourg et Vincent Peillon.");
        Assert.Equal(["François Hollande", "Arnaud Montebourg", "Vincent Peillon"], Names(found.People));
    }

    [Theory]
    [InlineData("Le fondateur du géant technologique japonais SoftBank a parlé.", "SoftBank")]
    [InlineData("Il veut racheter Nippon Steel, dit-on.", "Nippon Steel")]
    [InlineData("Le directeur général d'OpenAI est venu.", "OpenAI")]
    [InlineData("Selon l'ONU et le FMI, la croissance ralentit.", "ONU|FMI")]
    [InlineData("Le ministère de l'Intérieur dément.", "ministère de l'Intérieur")]
    [InlineData("L'armée syrienne avance. Selon l'armée syrienne, la ville est reprise.", "armée syrienne")]
    [InlineData("Le candidat Jair Bolsonaro du Parti Social Libéral a gagné.", "Parti Social Libéral")]
    [InlineData("Le PDG de Zentrix a démissionné.", "Zentrix")]
    [InlineData("Les soldats de la MINUSTAZ et du CNDD-FDX partent.", "MINUSTAZ|CNDD-FDX")]
    [InlineData("Le communiqué de la SDJ de Zorva-Télé a surpris.", "SDJ")]
    [InlineData("Les employés de Zorblix Annecy manifestent.", "Zorblix Annecy")]
    [InlineData("Il s'est confié au Parisien hier.", "Parisien")]
    [InlineData("Le ministre colombien de la Santé a parlé.", "Santé")]
    [InlineData("Il fut secrétaire au Trésor sous Nixon.", "Trésor")]
    [InlineData("La Mission des Nations unies a quitté le pays.", "Mission des Nations unies|Nations unies")]
    [InlineData("L'équipe a battu l'AS Zorvania dimanche.", "AS Zorvania")]
    [InlineData("L'avionneur Zorblax a reçu une commande.", "Zorblax")]
    [InlineData("Le collectif Zarvinch a appelé à manifester.", "Zarvinch")]
    public void FindsOrganisationsFromCuesSuffixesAndAcronyms(string body, string expected)
    {
        Assert.Equal(expected.Split('|'), Names(Find(body).Organisations));
    }

    [Theory]
    [InlineData("Le rachat de la société Zorvex, Quintara et Belmondi inquiète.", "Zorvex|Quintara|Belmondi")]
    [InlineData("Le ministère de l’Intérieur dément.", "ministère de l’Intérieur")]
    [InlineData("Le Conseil de sécurité des Nations unies se réunit.", "Conseil de sécurité des Nations unies|Nations unies")]
    [InlineData("La Fédération des syndicats de la CGT appelle à la grève.", "Fédération des syndicats de la CGT|CGT")]
    public void FindsOrganisationsInListsCurlyElisionsAndNestedNames(string body, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentions(Find(body).Organisations));
    }

    [Fact]
    public void GivesANameInBracketsTheKindOfTheNameBefore()
    {
        var found = Find("Le député Marc Dorlin (Zorgavie) a voté. Ils ont marché de Tourcoing (Nordvalie) à Lille.");
        Assert.Equal(["Zorgavie"], Names(found.Organisations));
        Assert.Contains("Nordvalie", Names(found.Places));
    }

    [Fact]
    public void FindsThePersonAStreetIsNamedAfter()
    {
        var found = Find("Les manifestants ont rejoint la place Victor Hugo à midi.");
        Assert.Equal(["place Victor Hugo"], Mentions(found.Places));
        Assert.Equal(["Victor Hugo"], Mentions(found.People));
    }

    [Fact]
    public void GivesTheNamesOfAListOneKind()
    {
        var found = Find("Le jury a distingué Jacques Varondel, Pettigrew et Lindqvast.");
        Assert.Equal(["Jacques Varondel", "Pettigrew", "Lindqvast"], Names(found.People));
    }

    [Theory]
    [InlineData("OpenAI, le créateur de ChatGPT, investit.", "ChatGPT")]
    [InlineData("Le développement de l'IA et du PIB.", "IA")]
    [InlineData("Les Italiens ont voté.", "Italiens")]
    [InlineData("Le plan a échoué. La garde a changé.", "Le plan")]
    [InlineData("Les rebelles ont fui vers Deir Zorvaz hier.", "Deir Zorvaz")]
    public void RejectsProductsCommonAcronymsAndDemonyms(string body, string rejected)
    {
        var found = Find(body);
        Assert.DoesNotContain(rejected, Mentions(found.People).Concat(Mentions(found.Organisations)).Concat(Mentions(found.Places)));
    }

    [Theory]
    [InlineData("Ils ont marché vers la place de la République.", "place de la République")]
    [InlineData("Un accident a eu lieu sur l'A7 hier.", "A7")]
    [InlineData("La N113 est coupée depuis lundi.", "N113")]
    [InlineData("Un car s'est renversé sur la RN 79 à midi.", "RN 79")]
    [InlineData("Le sommet aura lieu à Washington D.C. en mars.", "Washington D.C.")]
    [InlineData("Les tensions avec la Corée du Nord montent.", "Corée du Nord")]
    [InlineData("La planète Mars est loin.", "Mars")]
    [InlineData("Un attentat contre la Grande Mosquée de Valence choque.", "Valence")]
    [InlineData("Les coureurs sont arrivés à Kwethluvik dans la nuit.", "Kwethluvik")]
    public void FindsPlaces(string body, string expected)
    {
        Assert.Contains(expected, Mentions(Find(body).Places));
    }

    [Fact]
    public void TakesTheDatelineForAPlaceNotAPerson()
    {
        var found = Find("Selon TOKYO, tout va bien.", dateline: "TOKYO");
        Assert.Empty(found.People);
        Assert.Equal(["TOKYO"], Names(found.Places));
    }

    [Fact]
    public void TakesNoGuessFromASubheading()
    {
        const string body = "Le texte commence.\nStargate Grand Projet\nLa suite.";
        var subhead = body.IndexOf("Stargate", StringComparison.Ordinal);
        var article = new ParsedArticle("test", 0, "Titre", body, "fr", Subheadings: [new TextSpan(subhead, subhead + "Stargate Grand Projet".Length)]);
        Assert.Empty(new EntityFinder().Find(article, "fr").People);
        Assert.NotEmpty(Find("Il a vu Stargate Grandprojet hier.").People);
    }

    [Theory]
    [InlineData("")]
    [InlineData("L'")]
    [InlineData("M.")]
    [InlineData("« » — ’ ' - . . .")]
    [InlineData("al- A- d' de la de Paris de")]
    [InlineData("Le ministère de l'")]
    [InlineData("ONU ONU ONU ONU ONU ONU ONU ONU ONU ONU ONU ONU ONU ONU")]
    [InlineData("\u0000\uFFFF\uD800 x")]
    public void HandlesOddInputWithoutThrowing(string body)
    {
        var found = Find(body);
        Assert.All(found.People.Concat(found.Organisations).Concat(found.Places).SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, body[m.Start..m.End]));
    }

    [Fact]
    public void HandlesALongRunOfCapitalisedWords()
    {
        var body = string.Join(' ', Enumerable.Repeat("Grand Conseil de Paris", 2000));
        Assert.NotNull(Find(body));
    }

    [Fact]
    public void TakesEveryNameOfALineUpWithFiguresAsAPlayer()
    {
        const string body = "Le club a gagné la finale.\n\nDurandeau (7 arrêts)\nPorte\nKoskelo (2/4)\nVaszary L. (4 buts sur 5 tirs)\n\nMarvaud\nBelgrand (1/3)\n";
        Assert.Equal(["Durandeau", "Porte", "Koskelo", "Vaszary L.", "Marvaud", "Belgrand"], Mentions(Find(body).People));
    }

    [Fact]
    public void NeedsSeveralLinesWithFiguresForALineUp()
    {
        Assert.Empty(Find("Le match a eu lieu.\nPorte (2/4)\nLa suite du texte.").People);
    }

    [Theory]
    [InlineData("Le transfert est signé. Kovalczar, 25 ans, rejoint le club.", "Kovalczar")]
    [InlineData("Le témoin, Brivanne, âgée de 42 ans, a tout vu.", "Brivanne")]
    public void TakesANameWithAnAgeInAppositionAsAPerson(string body, string expected)
    {
        Assert.Equal([expected], Names(Find(body).People));
    }

    [Fact]
    public void TakesAnUnknownNameAfterAnInvertedSpeechVerbAsAPerson()
    {
        var found = Find("« Nous resterons », a déclaré Szydławek devant la presse.");
        Assert.Equal(["Szydławek"], Names(found.People));
        Assert.Empty(found.Organisations);
    }

    [Fact]
    public void LetsAProvedSurnameOutweighAPlaceNounBefore()
    {
        var found = Find("Donald Trump est arrivé. Vient ensuite le tour de Trump. Le parcours de Trump est long.");
        var person = Assert.Single(found.People);
        Assert.Equal(3, person.Mentions.Count);
        Assert.Empty(found.Places);
    }

    [Theory]
    [InlineData("La police recherche toujours Léa, disparue lundi.", new[] { "Léa" })]
    [InlineData("La tempête Kurt a frappé la côte lundi.", new string[0])]
    public void TakesALoneFirstNameAsAPersonUnlessANounNamesAThingAfterIt(string body, string[] expected)
    {
        Assert.Equal(expected, Names(Find(body).People));
    }

    [Theory]
    [InlineData("Le congrès du Parti de la réforme et du progrès a eu lieu hier.", "Parti de la réforme et du progrès")]
    [InlineData("Elle a rejoint l'Institut de Surveillance et d'Intervention en mars.", "Institut de Surveillance et d'Intervention")]
    public void JoinsASecondNounOverEtDeInAnOrganisationsName(string body, string expected)
    {
        Assert.Equal([expected], Names(Find(body).Organisations));
    }

    [Fact]
    public void EndsAnOrganisationsNameBeforeEtAndAnother()
    {
        Assert.Equal(["Parti de la réforme"], Names(Find("Le chef du Parti de la réforme et la France ont signé.").Organisations));
    }

    [Theory]
    [InlineData("La comète 2019 XK412 a été vue.")]
    [InlineData("Le vol est parti à 18 h UTC-5 hier.")]
    [InlineData("La souche H7N9 a contaminé des oiseaux.")]
    public void TakesNoCodeWithDigitsForAnOrganisation(string body)
    {
        Assert.Empty(Find(body).Organisations);
    }

    [Fact]
    public void KeepsAnAcronymWithFewDigitsAsAnOrganisation()
    {
        Assert.Equal(["COP27"], Names(Find("Les négociations de la COP27 ont commencé.").Organisations));
    }

    [Fact]
    public void TakesACompanysNameWithoutItsGenericLastWordAsTheCompany()
    {
        var found = Find("Le studio Brenvale Corporation a annoncé un jeu. Plus tard, Brenvale recommence à publier.");
        Assert.Equal(["Brenvale Corporation", "Brenvale"], Mentions(found.Organisations));
    }

    [Fact]
    public void TakesAnEnumerationOfLoneSurnamesAsPeople()
    {
        var found = Find("D'autres élus comme Hollande, Mélenchon, Brouvaine ou Vormand ont réagi.");
        Assert.Equal(["Hollande", "Mélenchon", "Brouvaine", "Vormand"], Names(found.People));
    }

    [Fact]
    public void TakesNoRoleAloneForAPerson()
    {
        var found = Find("« Nous signerons », a déclaré Thierry Malvaux, PDG de Transdev.");
        Assert.Equal(["Thierry Malvaux"], Names(found.People));
    }

    [Fact]
    public void EndsAPersonsNameBeforeDeAndWhereTheyPlay()
    {
        var found = Find("Le transfert de Paul Brevant de Juventus FC a surpris.");
        Assert.Equal(["Paul Brevant"], Names(found.People));
        Assert.Equal(["Juventus FC"], Names(found.Organisations));
    }

    [Fact]
    public void KeepsAnElidedParticleInsideASurname()
    {
        Assert.Equal(["Valéry Giscard d'Estaing"], Names(Find("Hier, Valéry Giscard d'Estaing a parlé.").People));
    }

    [Fact]
    public void GuessesNoPersonAfterADefiniteArticle()
    {
        Assert.Empty(Find("La course de la Brenvald Creek a été annulée.").People);
    }

    [Fact]
    public void TakesThePlaceAMissionWorksInIntoItsName()
    {
        var found = Find("Les soldats de la Mission de l'Union africaine en Somalie sont partis.");
        Assert.Equal(["Mission de l'Union africaine en Somalie", "Union africaine"], Mentions(found.Organisations));
        Assert.Equal(["Somalie"], Names(found.Places));
    }

    [Theory]
    [InlineData("Le ministère de l'Économie et des Finances a publié le texte.", "ministère de l'Économie et des Finances")]
    [InlineData("La ministre de la Culture et des Sports a publié le texte.", "Culture et des Sports")]
    public void TakesAnOfficeOfTwoNamesJoinedByEtDeWhole(string body, string expected)
    {
        Assert.Equal([expected], Mentions(Find(body).Organisations));
    }

    [Fact]
    public void JoinsNoPlaceToAnOfficeOverEt()
    {
        var found = Find("Le ministre de l'Intérieur et de la France entière a parlé.");
        Assert.Equal(["Intérieur"], Mentions(found.Organisations));
        Assert.Equal(["France"], Names(found.Places));
    }

    [Fact]
    public void TakesATownsNameRightAfterARoleAsAPerson()
    {
        var found = Find("Selon le président Valmont, rien ne change.");
        Assert.Equal(["Valmont"], Names(found.People));
        Assert.Empty(found.Places);
    }

    [Theory]
    [InlineData("Le procès de l'affaire Brenvaux a commencé.", "Brenvaux")]
    [InlineData("Les ministres du gouvernement Valls ont démissionné.", "Valls")]
    public void TakesTheNameAfterAPersonCueAsAPerson(string body, string expected)
    {
        var found = Find(body);
        Assert.Equal([expected], Names(found.People));
        Assert.Empty(found.Places);
    }

    [Theory]
    [InlineData("D'après un communiqué de Vrakta, l'agence de presse du groupe, rien ne change.", "Vrakta")]
    [InlineData("Le gouverneur, cité par Mendora (une agence gouvernementale), a démenti.", "Mendora")]
    public void TakesANameWithAnOrganisationNounInAppositionAsAnOrganisation(string body, string expected)
    {
        var found = Find(body);
        Assert.Equal([expected], Names(found.Organisations));
        Assert.Empty(found.People);
    }

    [Fact]
    public void TakesNoEventForAnEntityButKeepsThePlaceInside()
    {
        var found = Find("La Coupe de Russie de patinage a lieu demain. La Ligue des champions reprend.");
        Assert.Empty(found.People);
        Assert.Empty(found.Organisations);
        Assert.Equal(["Russie"], Names(found.Places));
    }

    [Fact]
    public void TrimsAnEventsNameBeforeAFirstName()
    {
        Assert.Equal(["Daniela Ryfner"], Names(Find("Après sa victoire à l'Ironman Daniela Ryfner a parlé.").People));
    }

    [Theory]
    [InlineData("L'ancien directeur du Federal Bureau of Investigation Andrew G. Brennick a été limogé.", "Federal Bureau of Investigation", "Andrew G. Brennick")]
    [InlineData("Le président de la Commission de l'Union africaine Moussa Falaki a parlé.", "Commission de l'Union africaine", "Moussa Falaki")]
    public void SplitsAnOrganisationFromThePersonNamedAfterIt(string body, string organisation, string person)
    {
        var found = Find(body);
        Assert.Contains(organisation, Names(found.Organisations));
        Assert.Equal([person], Names(found.People));
    }

    [Fact]
    public void TakesNoCueOverANameInLowerCase()
    {
        var found = Find("Le chef du groupe al-Qaïda Ayman al-Zawahiri a parlé.");
        Assert.Equal(["Ayman al-Zawahiri"], Names(found.People));
    }

    [Theory]
    [InlineData("Hier, dix gilets jaunes ont bloqué le rond-point.")]
    [InlineData("Une cinquantaine de gilets jaunes ont bloqué le rond-point.")]
    public void TakesACountedMovementForItsMembers(string body)
    {
        Assert.Empty(Find(body).Organisations);
    }

    [Fact]
    public void KeepsTheMovementWhenItIsNotCounted()
    {
        Assert.Equal(["gilets jaunes"], Names(Find("Le mouvement des gilets jaunes grandit. Dix gilets jaunes sont venus.").Organisations));
    }

    [Fact]
    public void LetsNoProductInheritAKindInAList()
    {
        var found = Find("Partager : l'ONU, Reddit, Digg et l'OTAN.");
        Assert.DoesNotContain("Reddit", Names(found.Organisations));
        Assert.DoesNotContain("Digg", Names(found.Organisations));
    }

    [Theory]
    [InlineData("La compétition est la deuxième de la Brenvald Series cette année.")]
    [InlineData("Le film a reçu deux Kestrel Awards hier.")]
    public void TakesANameEndingInAnEventWordForNoEntity(string body)
    {
        var found = Find(body);
        Assert.Empty(found.People);
        Assert.Empty(found.Organisations);
    }

    [Fact]
    public void EndsAnUnknownPersonsNameBeforeDeAndAClub()
    {
        var found = Find("Il veut recruter l'attaquant Romelo Lakuvo de l'Everton FC cet été.");
        Assert.Equal(["Everton FC"], Names(found.Organisations));
        Assert.DoesNotContain(found.People.Concat(found.Organisations), e => e.Name.Contains("Lakuvo de", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Les enquêteurs ont interrogé la famille Vardelot mardi.")]
    [InlineData("Les frères Brenvaux ont terminé la course ensemble.")]
    [InlineData("Un proche a pris la défense des Vardelot hier soir.")]
    public void TakesASurnameAfterAFamilyNounOrAPluralArticleForNoPerson(string body)
    {
        Assert.Empty(Find(body).People);
    }

    [Fact]
    public void KeepsAFirstNameAfterAFamilyNounAsAPerson()
    {
        Assert.Equal(["Jonathan"], Names(Find("Les frères Jonathan et Kellan Brenvaux ont couru.").People.Take(1).ToList()));
    }

    [Theory]
    [InlineData("La ministre de l'Éducation nationale a parlé mardi.", "Éducation nationale")]
    [InlineData("Le ministre des Affaires étrangères a parlé mardi.", "Affaires étrangères")]
    [InlineData("Le ministre de la Transition écologique et solidaire a parlé mardi.", "Transition écologique et solidaire")]
    [InlineData("La ministre de la Culture et des Sports Miri Vardelot a parlé mardi.", "Culture et des Sports")]
    public void TakesTheAdjectivesAndTheJoinedOfficeAfterARoleOf(string body, string expected)
    {
        Assert.Equal([expected], Mentions(Find(body).Organisations));
    }

    [Fact]
    public void TakesNoHighCommissionerForAPerson()
    {
        var found = Find("Le Haut-Commissaire des Nations unies, Zeid Vardelot, a parlé.");
        Assert.Equal(["Zeid Vardelot"], Names(found.People));
        Assert.Equal(["Nations unies"], Mentions(found.Organisations));
    }

    [Fact]
    public void GoesOnOverAuxAndALowerCaseNounInAnOrganisationsName()
    {
        var found = Find("Le Haut-Commissariat des Nations unies aux droits de l'homme a publié un rapport.");
        Assert.Contains("Haut-Commissariat des Nations unies aux droits de l'homme", Mentions(found.Organisations));
    }

    [Theory]
    [InlineData("Selon un sondage publié par Télérama, le projet plaît.", "Télérama")]
    [InlineData("Les clients de Intermarché ont protesté.", "Intermarché")]
    public void KnowsWellKnownCompaniesAndMedia(string body, string expected)
    {
        Assert.Equal([expected], Names(Find(body).Organisations));
    }

    [Theory]
    [InlineData("Selon le baromètre Ifop-Vardelot, le projet plaît.", new[] { "Ifop", "Vardelot" })]
    [InlineData("Le député (MoDem-LaREM) a voté.", new[] { "MoDem", "LaREM" })]
    public void SplitsTwoOrganisationsJoinedByAHyphen(string body, string[] expected)
    {
        Assert.Equal(expected, Mentions(Find(body).Organisations));
    }

    [Fact]
    public void KeepsAUnionAndItsBranchJoinedByAHyphenWhole()
    {
        Assert.DoesNotContain("Energie", Mentions(Find("Le préavis de la CGT-Energie court jusqu'à jeudi.").Organisations));
    }

    [Fact]
    public void TakesAShortFormExplainedInBracketsForTheNameEverywhere()
    {
        var found = Find("La police fouille les Fvs (Forces vertes) à l'entrée. Plus tard, des Fvs bloquent la route.");
        Assert.Equal(["Fvs", "Forces vertes", "Fvs"], Mentions(found.Organisations));
    }

    [Theory]
    [InlineData("Le studio prépare le jeu vidéo Brass Harvest. Brass Harvest est un jeu de stratégie.")]
    [InlineData("Le télescope spatial Jonas Vardelot a encore pris du retard.")]
    [InlineData("La dépression Eleanor est attendue dans le nord.")]
    public void TakesTheNameAfterANounOfAWorkOrAVehicleForNoPerson(string body)
    {
        Assert.Empty(Find(body).People);
    }

    [Fact]
    public void TakesAProductsNameAndTheWordAfterItForNoPerson()
    {
        var found = Find("Avec Steam VR, le studio a acquis une expertise. Sa plateforme Steam est connue.");
        Assert.Empty(found.People);
    }

    [Fact]
    public void TakesNoFirstNameRightAfterAnArticleForAPerson()
    {
        Assert.Empty(Find("L'Hermione retrouvera le port le 16 juin.").People);
    }

    [Fact]
    public void KeepsTheCapitalisedArticleOfATitle()
    {
        var found = Find("Selon le directeur du journal, L'Humanité s'est défendu. L'équipe de France a gagné.");
        Assert.Equal(["L'Humanité"], Mentions(found.Organisations));
    }

    [Fact]
    public void TakesAKnownOrganisationAfterCapitalisedCommonNounsAsAMentionOfItsOwn()
    {
        var found = Find("Les manifestants se sont massés devant le Drugstore Publicis hier.");
        Assert.Equal(["Publicis"], Mentions(found.Organisations));
    }

    [Theory]
    [InlineData("Un Airbus A319 a frôlé un drone.", "Airbus")]
    [InlineData("Un Mitsubishi MU-2B-60 privé s'est écrasé.", "Mitsubishi")]
    public void TakesTheMakerOfAModelNamedByACodeAsAnOrganisation(string body, string expected)
    {
        Assert.Equal([expected], Mentions(Find(body).Organisations));
    }

    [Fact]
    public void FindsAKnownCompanyWrittenWithALowerCaseInitial()
    {
        Assert.Equal(["eBay"], Mentions(Find("Le site appartenait alors à eBay depuis 2015.").Organisations));
    }

    [Fact]
    public void TakesAFirstNameWithAnAgeAsAPersonEvenWhenATownIsCalledSo()
    {
        var found = Find("Leurs deux enfants, Charlotte, 18 ans, et Théo, 21 ans, étaient étudiants.");
        Assert.Contains("Charlotte", Names(found.People));
        Assert.DoesNotContain("Charlotte", Names(found.Places));
    }

    [Fact]
    public void KeepsTheLeadingNumberOfAKnownOrganisation()
    {
        var found = Find("Les actionnaires de la 21st Century Fox recevront des actions. Il a attendu 20 minutes.");
        Assert.Equal(["21st Century Fox"], Mentions(found.Organisations));
    }

    [Theory]
    [InlineData("Les manifestants ont remonté la rue de Rivoli vers midi.", "rue de Rivoli")]
    [InlineData("Une vitrine a été brisée boulevard Haussmann hier.", "boulevard Haussmann")]
    public void KeepsTheStreetNounInAStreetsName(string body, string expected)
    {
        Assert.Contains(expected, Mentions(Find(body).Places));
    }

    [Theory]
    [InlineData("Le préfet a déclenché le plan ORSEC après l'accident.")]
    [InlineData("Le pays a tiré un missile KRV depuis la côte.")]
    [InlineData("Les blindés VBTP ont quitté la caserne.")]
    [InlineData("Il avait acheté 3 kilos de TNT et 14 VLTR ont été saisis.")]
    [InlineData("Le compte atteint 238 USD ce matin.")]
    [InlineData("La paire est nommée KOI 4821 par les astronomes.")]
    public void TakesNoAcronymOfAThingOrAUnitForAnOrganisation(string body)
    {
        Assert.Empty(Find(body).Organisations);
    }

    [Theory]
    [InlineData("La FIFA 2022 a été attribuée au Qatar.", "FIFA")]
    [InlineData("Le syndicat SNPL a appelé à la grève.", "SNPL")]
    public void KeepsAnAcronymBeforeAYearOrAfterAnOrganisationCue(string body, string expected)
    {
        Assert.Contains(expected, Mentions(Find(body).Organisations));
    }

    [Fact]
    public void TakesAFirstNameBeforeASectorWordForACompany()
    {
        var found = Find("The deal was signed by Carter Foods and Warner Music on Monday.", "en");
        Assert.Equal(["Carter Foods", "Warner Music"], Mentions(found.Organisations));
        Assert.Empty(found.People);
    }

    [Theory]
    [InlineData("Le prix a été remis à Duncan Haldane et à John M. Kosterlitz hier.", "John M. Kosterlitz")]
    [InlineData("Il a lu la réponse du Premier Vice-président Gaston Sindimwo devant la presse.", "Gaston Sindimwo")]
    [InlineData("Le texte rappelle que Nancy Reagan est morte dimanche.", "Nancy Reagan")]
    public void FindsPeopleWithAMiddleInitialARankedRoleOrATownsName(string body, string expected)
    {
        Assert.Contains(expected, Mentions(Find(body).People));
    }

    [Fact]
    public void TakesNoSentenceOpeningCommonPhraseForANewspaperOfTheSameWords()
    {
        var found = Find("Le temps presse, selon le ministre. Le Temps a publié l'article lundi.");
        Assert.Equal(["Le Temps"], Mentions(found.Organisations));
    }

    [Theory]
    [InlineData("Le porte-parole de l'OSCE a parlé mardi.", "OSCE")]
    [InlineData("La réunion de la CEDEAO a eu lieu hier.", "CEDEAO")]
    public void FindsWellKnownBodiesWithoutACue(string body, string expected)
    {
        Assert.Contains(expected, Mentions(Find(body).Organisations));
    }

    [Fact]
    public void LeavesOutAnInstitutionNamedOnceInPassing()
    {
        var found = Find("Le Hamas a attaqué, puis le gouvernement égyptien a proposé une trêve. Le Hamas refuse.");
        Assert.Equal(["Hamas"], Names(found.Organisations));
    }

    [Theory]
    [InlineData("Le maire de Zorvillac a démissionné hier.", "Zorvillac")]
    [InlineData("Avant d'être élue députée de Karbey en 2015, elle était avocate.", "Karbey")]
    public void TakesTheNameAfterATerritorialOfficeForAPlace(string body, string expected)
    {
        var found = Find(body);
        Assert.Contains(expected, Mentions(found.Places));
        Assert.Empty(found.Organisations);
    }

    [Fact]
    public void KeepsTheParticleOfADoubleSurname()
    {
        var found = Find("Il a dîné avec son ami Marc Ladreit de Lacharrière, homme d'affaires.");
        Assert.Equal(["Marc Ladreit de Lacharrière"], Mentions(found.People));
    }

    [Fact]
    public void GuessesNoPersonFromANameOpeningOnAFeminineOrPluralArticle()
    {
        var found = Find("Il a été arrêté près de La Zorbière. Il a tourné Les Zarvinches en 1990. Hier, Le Zorvec a parlé.");
        Assert.Equal(["Le Zorvec"], Mentions(found.People));
    }

    [Fact]
    public void TakesASpeakingNameEndingOnAKnownPlaceForABody()
    {
        var found = Find("Les travaux ont repris. Zorblix France a dit qu'elle attendrait les résultats.");
        Assert.Equal(["Zorblix France"], Mentions(found.Organisations));
        Assert.Empty(found.People);
    }

    [Theory]
    [InlineData("Il a été démis par la Cour suprême du pays la semaine dernière.", "Cour suprême")]
    [InlineData("Le texte est une directive de l'Union européenne imposant la fin des tarifs.", "Union européenne")]
    [InlineData("Le président du Sénat et de l'Assemblée nationale ont signé.", "Sénat|Assemblée nationale")]
    public void EndsAnOrganisationsNameBeforeAClauseAPlaceNounOrAnotherBody(string body, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentions(Find(body).Organisations));
    }

    [Fact]
    public void TakesAKnownCompanyAndAPlaceForTheCompanysBranch()
    {
        var found = Find("Le jeu sera épaulé par Ubisoft Annecy et Ubisoft Shanghai. Ubisoft Annecy a annoncé un report.");
        Assert.Equal(["Ubisoft Annecy", "Ubisoft Shanghai", "Ubisoft Annecy"], Mentions(found.Organisations));
        Assert.Empty(found.People);
    }

    [Fact]
    public void KeepsAnInstitutionNamedAfterSomeone()
    {
        var found = Find("Le cortège du comité Adama est parti de la gare avec l'association Zorvanie Libre et l'association Médecins du monde.");
        Assert.Equal(["comité Adama", "association Zorvanie Libre", "Médecins du monde"], Mentions(found.Organisations));
    }

    [Theory]
    [InlineData("La veuve de Kilbec a parlé hier.", "Kilbec")]
    [InlineData("L'avocat d'Orvanec a plaidé la relaxe.", "Orvanec")]
    [InlineData("L'entourage de Zarvoux dément.", "Zarvoux")]
    [InlineData("La démission de Zarvoux a surpris le parti.", "Zarvoux")]
    [InlineData("Il s'est placé dans l'opposition à Kilbec dès 2015.", "Kilbec")]
    [InlineData("Kellyanne Conway, conseillère de Trump, a parlé.", "Kellyanne Conway|Trump")]
    public void TakesTheNameAfterAPersonalTieForAPerson(string body, string expected)
    {
        var found = Find(body);
        Assert.Equal(expected.Split('|'), Mentions(found.People));
        Assert.Empty(found.Organisations);
    }

    [Fact]
    public void GivesMentionOffsetsIntoTheBody()
    {
        const string body = "À Pékin, M. Xi Jinping a reçu le président américain Donald Trump et l'OTAN.";
        var found = Find(body);
        foreach (var mention in found.People.Concat(found.Organisations).Concat(found.Places).SelectMany(e => e.Mentions))
        {
            Assert.Equal(mention.Text, body[mention.Start..mention.End]);
        }
    }

    [Fact]
    public void TakesAKnownAcronymAfterAStationNounForTheOperator()
    {
        var found = Find("Les voyageurs ont attendu deux heures en gare SNCF de Valmorin.");
        Assert.Equal(["SNCF"], Mentions(found.Organisations));
        Assert.DoesNotContain("gare SNCF", Mentions(found.Places));
    }

    [Fact]
    public void LeavesAKnownBodyInsideAnEventsNameUnannotated()
    {
        var found = Find("La patineuse a gagné la troisième épreuve de la ISU Challenger Series à Oslo.");
        Assert.Empty(found.Organisations);
    }

    [Theory]
    [InlineData("Elle était alors ministre de la Santé publique du Qatar.", "Santé publique du Qatar")]
    [InlineData("Le ministre de l'Intérieur du Gabon, Paul Obiang, a parlé.", "Intérieur du Gabon")]
    public void TakesTheCountryIntoAMinistersOffice(string body, string expected)
    {
        var found = Find(body);
        Assert.Equal([expected], Mentions(found.Organisations));
        Assert.Equal([expected.Split(' ')[^1]], Mentions(found.Places));
    }

    [Fact]
    public void TakesATownsNameAfterAnOrganisationNounForTheBody()
    {
        var found = Find("Dans la nuit, des casseurs ont pillé la boutique Orange de la rue principale.");
        Assert.Equal(["Orange"], Mentions(found.Organisations));
        Assert.Empty(found.Places);
    }

    [Theory]
    [InlineData("Le site Kilbrook.info a relayé la rumeur dès lundi.", "Kilbrook.info")]
    [InlineData("Selon Le Monde.fr, le texte sera voté jeudi.", "Le Monde.fr")]
    public void TakesANameWrittenAsAWebAddressForTheOutlet(string body, string expected)
    {
        Assert.Equal([expected], Mentions(Find(body).Organisations));
    }

    [Fact]
    public void JoinsTwoPluralNounsByEtInsideAnOrganisationsName()
    {
        var found = Find("Le taux a été annoncé par la Direction des bourses et concours dans la capitale.");
        Assert.Equal(["Direction des bourses et concours"], Mentions(found.Organisations));
    }

    [Fact]
    public void TakesAnEnglishNameEndingOnAnOrganisationWordForABody()
    {
        var found = Find("Les dessins ont rejoint le Kelvingrove Museum en mai.");
        Assert.Equal(["Kelvingrove Museum"], Mentions(found.Organisations));
        Assert.Empty(found.People);
    }

    [Theory]
    [InlineData("L'enquête a été confiée à l'office central de lutte contre la fraude (OCLCF) lundi.", "office central de lutte contre la fraude")]
    [InlineData("Deux agents de la brigade de surveillance et d'intervention (BSI) ont été blessés.", "brigade de surveillance et d'intervention")]
    public void TakesTheLowerCaseWordsAnAcronymSpellsOutForTheBody(string body, string expected)
    {
        Assert.Contains(expected, Mentions(Find(body).Organisations));
    }

    [Fact]
    public void LeavesTheWordsOfACommonAcronymAlone()
    {
        var found = Find("La croissance du produit intérieur brut (PIB) a ralenti.");
        Assert.Empty(found.Organisations);
    }

    [Fact]
    public void TakesTheNameAfterPrixForTheAward()
    {
        var found = Find("La chimiste a reçu le prix Valdoran de chimie en 2019.");
        Assert.Empty(found.Organisations);
        Assert.Empty(found.People);
    }

    [Fact]
    public void TakesNoLoneLetterAfterAnOrganisationNounForABody()
    {
        var found = Find("La France termine en tête du groupe A.\n\nElle jouera ensuite contre le Chili.");
        Assert.Empty(found.Organisations);
    }

    [Fact]
    public void TakesNoBodyNameAfterAnIndefiniteInstitutionNoun()
    {
        var found = Find("Le comédien est mort mardi dans un hôpital de Lyon.");
        Assert.Empty(found.Organisations);
        Assert.Equal(["Lyon"], Mentions(found.Places));
    }

    [Fact]
    public void FindsTheArcDeTriompheAsAPlaceWhateverItsCapitals()
    {
        var found = Find("Les manifestants ont tagué l'Arc de Triomphe, puis ils ont quitté l'arc de Triomphe vers midi.");
        Assert.Equal(["Arc de Triomphe", "arc de Triomphe"], Mentions(found.Places));
        Assert.Empty(found.People);
    }

    [Fact]
    public void TakesTheNameAfterAPipelineNounForThePipeline()
    {
        var found = Find("Le président a relancé l'oléoduc Keystone Ridge mardi.");
        Assert.Empty(found.People);
        Assert.Empty(found.Organisations);
    }

    [Fact]
    public void TakesATitlesFirstWordInQuotesForItsShortForm()
    {
        var found = Find("Le Canard enchaîné a publié les chiffres mercredi. Le député conteste les chiffres du « Canard » depuis.");
        Assert.Equal(["Le Canard enchaîné", "Canard"], Mentions(found.Organisations));
    }

    [Fact]
    public void TakesAnAcronymAfterARoleForTheHoldersParty()
    {
        var found = Find("Les habitants menacent de porter plainte contre le maire UVR pour négligence.");
        Assert.Equal(["UVR"], Mentions(found.Organisations));
        Assert.Empty(found.People);
    }
}
