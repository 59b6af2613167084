"""French: speech verbs with their inversions (``a-t-il affirmé``, ``glisse-t-elle``), ``selon``,
guillemets with (narrow) no-break spaces, ``À lire aussi``, ``Par``, ``PARIS (AFP) -``."""

from __future__ import annotations

from newsparse.lang.tables import LanguageTables

__all__ = ["TABLES"]

# Past participles of speech verbs: "a déclaré", "ont affirmé", "a-t-il déclaré".
_PARTICIPLES = (
    "déclaré", "dit", "affirmé", "ajouté", "expliqué", "indiqué", "souligné", "estimé",
    "assuré", "annoncé", "précisé", "confié", "reconnu", "martelé", "insisté", "rappelé",
    "prévenu", "réagi", "jugé", "lancé", "dénoncé", "déploré", "regretté", "admis", "avoué",
    "confirmé", "démenti", "répondu", "répété", "raconté", "témoigné", "écrit", "tweeté",
    "noté", "observé", "relevé", "signalé", "fait savoir", "fait valoir", "mis en garde",
    "promis", "averti", "argué", "soutenu", "plaidé", "résumé", "conclu", "poursuivi",
    "commenté", "glissé", "lâché", "confessé", "révélé", "martelé", "tranché", "nuancé",
    "constaté", "pointé", "rétorqué", "ironisé", "soufflé",
    "fustigé", "tonné", "asséné", "détaillé", "souhaité", "interpellé", "accusé", "prédit",
    "exhorté", "répliqué", "salué", "tempéré", "complété", "énuméré", "conseillé", "recommandé", "juré",
)  # fmt: skip

# participles of reflexive speech verbs ("s'est défendu", "s'est félicitée")
_REFLEXIVE_PARTICIPLES = (
    "défendu", "félicité", "réjoui", "indigné", "inquiété", "étonné", "alarmé", "insurgé",
    "exclamé", "emporté", "agacé", "amusé", "justifié", "expliqué", "exprimé", "interrogé",
)  # fmt: skip

# adverbs written between "a" and its participle in news ("a ensuite ajouté", "a également déclaré")
_AUX_ADVERBS = ("ensuite", "également", "aussi", "encore", "enfin", "notamment", "d'ailleurs", "d’ailleurs")

# Present third person singular (inversion takes "-t-" after a vowel: "ajoute-t-il").
_PRESENT = (
    "déclare", "dit", "affirme", "ajoute", "explique", "indique", "souligne", "estime",
    "assure", "annonce", "précise", "confie", "reconnaît", "martèle", "insiste", "rappelle",
    "prévient", "réagit", "juge", "lance", "dénonce", "déplore", "regrette", "admet", "avoue",
    "confirme", "dément", "répond", "répète", "raconte", "témoigne", "écrit", "note",
    "observe", "relève", "signale", "poursuit", "commente", "glisse", "lâche", "soupire",
    "sourit", "résume", "conclut", "tranche", "nuance", "s'amuse", "s'inquiète", "s'agace",
    "s'emporte", "s'exclame", "s'étonne", "interroge", "demande", "détaille", "argue",
    "plaide", "avance", "analyse", "considère", "craint", "pense", "prévient", "met en garde",
    "fait valoir", "fait savoir", "constate", "pointe", "souffle", "rétorque", "ironise",
    "tempête", "s'alarme", "s'indigne", "s’alarme", "s’indigne", "s’amuse", "s’inquiète",
    "fustige", "tonne", "assène", "s'insurge", "s’insurge", "s’agace", "s’emporte", "s’exclame",
    "s’étonne", "souhaite", "accuse", "prédit", "exhorte", "abonde", "renchérit", "enchaîne",
    "embraye", "réplique", "avertit", "promet", "salue", "se réjouit", "se félicite", "complète",
    "énumère", "tempère", "conseille", "recommande", "jure",
)  # fmt: skip

# Imperfect, the narration of a past scene ("quand le Qatar dénonçait un « … »", "expliquait-il"),
# and verbs of swearing, as cues after and before a quotation ("», jure-t-il").
_IMPERFECT = (
    "déclarait", "disait", "affirmait", "ajoutait", "expliquait", "indiquait", "soulignait",
    "estimait", "assurait", "racontait", "confiait", "rappelait", "précisait", "insistait",
    "dénonçait", "déplorait", "regrettait", "prévenait", "martelait", "jurait", "jure",
)  # fmt: skip

# Simple past (passé simple), frequent in news narration: "déclara-t-il".
_SIMPLE_PAST = ("déclara", "dit", "affirma", "ajouta", "expliqua", "répondit", "lança", "conclut")


def _inverted(verb: str) -> tuple[str, ...]:
    # "dit-il" / "ajoute-t-il": the euphonic t goes between two vowel sounds.
    head, _, rest = verb.partition(" ")
    joint = "-" if head[-1] in "td" else "-t-"
    tail = " " + rest if rest else ""
    return tuple(f"{head}{joint}{p}{tail}" for p in ("il", "elle", "on", "ils", "elles"))


_FUNCTION_WORDS = (
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "a", "dans", "pour", "que", "qui",
    "sur", "au", "aux", "pas", "ne", "par", "avec", "il", "elle", "ils", "elles", "ce",
    "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mais", "ou", "été", "sont", "ont",
    "selon", "aussi", "plus", "l", "d", "qu", "c", "n", "s", "j", "nous", "vous", "je",
    "y", "en", "se", "lors", "après", "avait", "était", "sera", "fait", "tout", "très",
)  # fmt: skip

_SPEECH_VERBS = (
    *(f"{aux} {p}" for aux in ("a", "ont", "avait", "avaient", "aurait", "auraient") for p in _PARTICIPLES),
    # an adverb between the auxiliary and the participle: "», a ensuite ajouté X", "a également déclaré"
    *(f"a {adv} {p}" for adv in _AUX_ADVERBS for p in _PARTICIPLES[:16]),
    *_PRESENT,
    *_SIMPLE_PAST,
    *_IMPERFECT,
    "a juré",
    "déclarent", "affirment", "estiment", "expliquent", "indiquent", "assurent",
    "compare", "a comparé",  # "», compare l'économiste"
    # reflexive verbs of asking and defending ("», se demande la maire", "», se défend-il")
    "se demande", "s'interroge", "s’interroge", "se défend", "se justifie", "se désole", "se lamente",
    # reflexive verbs in the perfect, masculine and feminine: "», s'est défendu mercredi le …"
    *(f"s{a}est {p}{e}" for a in "'’" for p in _REFLEXIVE_PARTICIPLES for e in ("", "e")),
)  # fmt: skip

_LENIENT_VERBS = (
    "a dit", "dit", "a expliqué", "explique", "a écrit", "écrit", "a raconté", "raconte",
)  # fmt: skip

_INVERSION_CUES = (
    *(f"a-t-{p} {v}" for p in ("il", "elle", "on") for v in _PARTICIPLES),
    *(f"ont-{p} {v}" for p in ("ils", "elles") for v in _PARTICIPLES),
    *(form for verb in _PRESENT + _SIMPLE_PAST + _IMPERFECT for form in _inverted(verb)),
    "par ces mots",
    # the next sentence names who said the quote: "« … ». C'est ce qu'a déclaré le maire X."
    *(f"c{a}est ce qu{b}a {v}" for a in "'’" for b in "'’" for v in _PARTICIPLES[:12]),
    *(f"c{a}est ce qu{b}{v}" for a in "'’" for b in "'’" for v in ("affirme", "explique", "estime", "assure",
                                                                   "indique", "écrit", "annonce")),
)  # fmt: skip

_PARTICIPLE_CUES = (
    "ajoutant", "soulignant", "estimant", "expliquant", "affirmant", "assurant", "précisant",
    "rappelant", "indiquant", "insistant", "déclarant", "notant", "reconnaissant",
    "dénonçant", "déplorant", "promettant", "prévenant", "jugeant", "martelant", "arguant",
)  # fmt: skip

_ACCORDING_TO = (
    "selon", "d'après", "d’après", "aux dires de", "de l'avis de", "de l’avis de",
)  # fmt: skip

# impersonal reading phrases naming where the quoted words stand; the publication, or the body
# whose document follows, is their source (see LanguageTables.reading_cues)
_READING_CUES = (
    "peut-on lire dans", "peut-on lire sur", "lit-on dans", "lit-on sur",
)  # fmt: skip

# words that make a short quotation after them someone's words ("qualifié de « … »")
_FRAGMENT_CUES = (
    "qualifié de", "qualifie de", "qualifiée de", "qualifiant de", "parlé de", "parle de",
    "parlant de", "évoqué", "évoque", "évoquant", "dénoncé", "dénonce", "dénonçant", "fustigé",
    "fustige", "salué", "salue", "promis", "promet", "réclamé", "réclame", "appelé à", "appelle à",
    "qualifiés de", "qualifiées de", "décrit comme", "présenté comme",
    # "a qualifié la réforme de « … »": the object stands between the verb and "de"
    "qualifié", "qualifie", "qualifiée", "qualifiant",
    # speech acts that govern the speaker's quoted words (round six)
    "s'est dit", "s’est dit", "s'est dite", "s’est dite", "se dit", "se disent", "remercié",
    "accusé de", "accuse de", "accusant de", "déploré", "déplore", "regretté", "regrette",
    "dénoncé comme", "mis en garde contre", "plaidé pour", "exprimé",
    # the imperfect of a past scene ("quand le Qatar dénonçait un « nouveau massacre »")
    "dénonçait", "déplorait", "qualifiait", "qualifiait de", "évoquait", "fustigeait", "saluait",
    "réclamait", "parlait de",
)  # fmt: skip

# as-clauses naming a source ("Wie die Polizei mitteilte, …", "Como explicó X, …")
_AS_CLAUSE_OPENERS = ("comme",)
_AS_CLAUSE_VERBS = (
    "l", "l'", "l’", "a", "ont", "avait", "indiqué", "expliqué", "rappelé", "souligné", "annoncé",
    "précisé", "dit", "déclaré", "affirmé", "rappelle", "explique", "souligne", "écrit",
)  # fmt: skip

# words between an according-to cue and its source ("según informó la policía")
_ACCORDING_FILLERS = (
    "ce", "qu", "a", "ont", "que", "indiqué", "déclaré", "expliqué", "affirmé",
    "rapporté", "précisé", "annoncé", "dit",
    # "selon ce qu'a pu apprendre Le Monde", "selon ce qu'a appris l'AFP"
    "pu", "apprendre", "appris", "confié", "relaté",
)  # fmt: skip

_TITLES = (
    "M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr", "Mgr", "monsieur", "madame",
    "président", "présidente", "ministre", "maire", "député", "députée", "sénateur",
    "sénatrice", "général", "colonel", "commissaire", "procureur", "juge", "professeur",
    "docteur", "premier", "première", "secrétaire", "porte-parole", "directeur",
    "directrice", "préfet", "préfète", "Président", "Présidente", "Ministre", "Maire",
)  # fmt: skip

_ROLE_NOUNS = (
    "ministre", "président", "présidente", "maire", "député", "députée", "sénateur",
    "sénatrice", "porte-parole", "responsable", "directeur", "directrice", "procureur",
    "procureure", "juge", "avocat", "avocate", "médecin", "chercheur", "chercheuse",
    "entraîneur", "joueur", "joueuse", "capitaine", "patron", "patronne", "élu", "élue",
    "préfet", "préfète", "commissaire", "syndicaliste", "expert", "experte", "économiste",
    "chef", "cheffe", "dirigeant", "dirigeante", "candidat", "candidate", "secrétaire",
    "sélectionneur", "premier ministre", "chef de l'état", "chef de l’état", "quinquagénaire",
    "vice-président", "vice-présidente", "conseiller", "conseillère", "adjoint", "adjointe",
    "général", "colonel", "commandant", "fondateur", "fondatrice", "ambassadeur", "ambassadrice",
    "écrivain", "journaliste", "analyste", "historien", "historienne", "sociologue", "politologue",
    "professeur", "professeure", "enseignant", "enseignante", "étudiant", "étudiante", "militant",
    "militante", "habitante", "habitant", "rapporteur", "rapporteure", "délégué", "déléguée",
    "gérant", "gérante",
    # professions reports quote by their title alone once named ("l'imam", "la naturopathe")
    "imam", "rabbin", "prêtre", "évêque", "pasteur", "magistrat", "magistrate", "naturopathe",
    "psychologue", "psychiatre", "pédiatre", "nutritionniste", "spécialiste", "consultant",
    "consultante", "architecte", "urbaniste", "auteur", "autrice", "réalisateur", "réalisatrice",
    "chanteur", "chanteuse", "acteur", "actrice", "infirmier", "infirmière", "pharmacien",
    "pharmacienne", "vétérinaire", "agriculteur", "agricultrice", "éleveur", "éleveuse",
    "amiral", "contre-amiral", "vice-amiral", "lieutenant", "sergent", "gendarme",
    "policier", "policière", "animateur", "animatrice", "présentateur", "présentatrice",
)  # fmt: skip

_GROUP_NOUNS = (
    "les autorités", "la police", "les enquêteurs", "les experts", "les habitants",
    "les syndicats", "les médecins", "les chercheurs", "les élus", "les manifestants",
    "les riverains", "les gendarmes", "les secours", "les pompiers", "les analystes",
    "les opposants", "les sources", "les proches", "les organisateurs", "les témoins",
    # bodies that speak for themselves ("le ministère a indiqué que", "selon le parquet")
    "le ministère", "le gouvernement", "la préfecture", "la mairie", "le parquet", "la direction",
    "l'entreprise", "l’entreprise", "la société", "le groupe", "le syndicat", "l'armée", "l’armée",
    "la gendarmerie", "le communiqué", "le rapport", "l'étude", "l’étude", "la justice",
    "l'association", "l’association", "le collectif", "la municipalité", "l'hôpital", "l’hôpital",
)  # fmt: skip

# plural speech verbs: "déclarèrent", "expliquaient", "ont déclaré" (not the present's
# "-ent": "dément" is singular)
_PLURAL_VERB_ENDINGS = ("èrent", "aient", "ont")

_PRONOUNS = (
    ("il", "m"), ("elle", "f"), ("ils", "pl"), ("elles", "pl"), ("on", "x"), ("je", "x"),
    ("nous", "pl"),
    # stressed forms after an according-to cue: "selon lui", "d'après eux"
    ("lui", "m"), ("eux", "pl"),
    # indefinite subjects: "D'autres estiment que …" names no one
    ("autres", "pl"), ("certains", "pl"), ("certaines", "pl"), ("plusieurs", "pl"), ("beaucoup", "pl"),
)  # fmt: skip

_QUOTE_MARKS = (
    ("«\u202f", "\u202f»"), ("«\u00a0", "\u00a0»"), ("« ", " »"), ("«", "»"), ("“", "”"), ("‹", "›"),
)  # fmt: skip

_LIRE_ARTICLE_LABELS = tuple(
    # Le Monde style: ``Lire aussi le reportage | Titre``, ``Lire l’entretien : Titre``.
    f"{lead} {kind}"
    for lead in ("Lire", "Lire aussi", "À lire aussi")
    for kind in (
        "le reportage", "le récit", "le décryptage", "l’entretien", "l'entretien", "l’analyse",
        "l'analyse", "la tribune", "la chronique", "le portrait", "l’éditorial", "l'éditorial",
        "l’enquête", "l'enquête", "le témoignage", "le compte rendu", "la critique", "l’article",
        "l'article", "notre dossier", "notre enquête", "notre décryptage", "notre analyse",
        "notre reportage", "notre entretien", "notre récit", "notre article", "notre portrait",
        "notre sélection", "notre éditorial", "le billet", "l’édito", "l'édito",
    )
)  # fmt: skip
_ALSO_READ_LABELS = (
    *_LIRE_ARTICLE_LABELS,
    "À lire aussi", "A lire aussi", "Lire aussi", "À lire également", "A lire également",
    "Lire également", "À voir aussi", "A voir aussi", "Voir aussi", "À découvrir",
    "A découvrir", "À lire", "Lire la suite", "Sur le même sujet", "À consulter aussi",
    "Découvrez aussi", "Lire notre article", "Lire notre enquête", "Notre article",
    "Lire plus", "Lisez aussi", "Lisez également", "A voir également",
    # Further labels printed by French-language news sites (national, regional, Canadian,
    # Belgian, African), as variants of "read also", "see also", "on the same subject".
    "À voir également", "Voir également", "À relire", "À revoir", "À écouter aussi",
    "À regarder aussi", "Regarder aussi", "Écouter aussi", "Ecouter aussi",
    "À lire ensuite", "À ne pas manquer", "À ne pas rater",
    "À lire absolument", "À consulter", "Lire encore", "Sur le même thème", "Pour aller plus loin",
    "En savoir plus", "Pour en savoir plus", "Découvrir aussi", "Découvrez également",
    "À découvrir aussi", "Vous aimerez aussi", "Vous pourriez aimer", "Vous pourriez aussi aimer",
    "Ces articles peuvent vous intéresser", "Cet article peut vous intéresser",
    "Nos articles sur le sujet", "Retrouvez aussi", "Voir la vidéo",
    # Further forms of French, Belgian and Canadian sites (#11).
    "Pour approfondir", "Lire aussi sur", "À lire sur le même sujet", "À écouter", "À voir",
    "À lire aussi sur", "Lisez notre article", "Lisez également notre article",
    # Written without accents (keyboards and feeds that drop them).
    "Lire egalement", "A lire egalement", "A voir egalement", "A decouvrir",
    # Further forms of French, Belgian, Swiss and African sites and of blog templates (#11).
    "Relire", "A relire", "(Re)lire", "(Re)lire aussi", "À relire aussi", "Lire aussi notre",
    "À lire dans notre dossier", "Retrouvez notre dossier", "Voir notre dossier", "Notre dossier",
    "Vous aimerez peut-être aussi", "Vous aimerez peut-être", "Ces articles pourraient vous intéresser",
    "À lire sur le même thème", "Articles en relation", "Les articles similaires",
    # Le Monde's older paywall mark between the label and its separator (#11).
    "Lire aussi (édition abonnés)", "Lire aussi (abonnés)", "Lire (édition abonnés)",
    "Lire aussi (en édition abonnés)",
    # "This may interest you" and "see our article" forms of French sites (#11, round seven b).
    "Ça peut vous intéresser", "Cela peut vous intéresser", "Cela pourrait vous intéresser",
    "Ceci pourrait vous intéresser", "Ça pourrait vous intéresser",
    "Vous pourriez aussi être intéressé par", "Voir notre article", "À lire également sur",
    "Articles recommandés",
)  # fmt: skip

_SECTION_HEADERS = (
    "Sur le même sujet", "Les plus lus", "Articles les plus lus", "Les articles les plus lus",
    "Dans la même rubrique", "À lire sur le même sujet", "Nos articles sur le sujet",
    "Les plus partagés", "Contenus sponsorisés", "Articles similaires", "Sélectionné pour vous",
    "Les dernières actualités", "Derniers articles", "À la une",
    "Sur le même thème", "Vous aimerez aussi", "Ces articles peuvent vous intéresser",
    "Articles liés", "Articles connexes", "Lire aussi sur le sujet", "Nos dernières actualités",
    # Editors' picks and the related-posts blocks of blog templates (#11).
    "Notre sélection", "Articles récents", "Articles en relation", "Les articles similaires",
    "Vous aimerez peut-être aussi", "Ces articles pourraient vous intéresser", "Articles recommandés",
    # "More news" rails under the story (#11, round eight).
    "Plus d'actualités", "Plus d'actualité", "Plus d'infos", "Nos derniers articles", "Actualités liées",
    "En lien avec cet article", "Dans l'actualité",
)  # fmt: skip

_FOOTER_PHRASES = (
    "suivre", "je m'abonne", "je m’abonne", "abonnez-vous", "s'abonner", "s’abonner",
    "déjà abonné", "cet article est réservé aux abonnés", "réservé aux abonnés",
    "partager", "partager sur facebook", "partager sur twitter", "envoyer par e-mail",
    "copier le lien", "newsletter", "inscrivez-vous", "recevez notre newsletter",
    "vous avez aimé cet article", "tous droits réservés", "la suite est réservée",
    "lire la suite", "publicité", "contenu sponsorisé", "réagir", "commenter",
    "ajouter aux favoris", "temps de lecture", "offrir cet article",
    "retrouvez toute l'actualité", "retrouvez toute l’actualité", "pour aller plus loin",
    "écouter cet article", "écouter", "sauvegarder", "offrir l'article", "offrir l’article",
    "voir les commentaires", "il vous reste",
    "mots-clés", "mots clés", "sujets associés", "thèmes associés", "ailleurs sur le web", "soutenez",
    "tous droits de reproduction", "reproduction interdite", "nos newsletters", "téléchargez l'application",
    "téléchargez notre application", "lire plus tard", "se connecter",
    # account, paywall and offer widgets (#11)
    "créer un compte", "créer mon compte", "s'inscrire", "s'identifier", "connectez-vous",
    "accédez à tous nos contenus", "accédez à l'intégralité", "accédez à l’intégralité",
    "découvrez nos offres", "offre découverte", "sans engagement",
    "votre adresse e-mail", "votre adresse email", "votre adresse mail", "votre e-mail",
    "recevez gratuitement", "recevez chaque", "recevez l'essentiel", "recevez l’essentiel",
    "recevez par e-mail", "recevez par email", "recevez dans votre boîte",
    "s'inscrire à la newsletter", "je m'inscris", "suivez-nous", "suivez toute l'actualité",
    "suivez toute l’actualité", "retrouvez-nous", "rejoignez-nous", "téléchargez l'appli",
    "faites un don", "je fais un don", "soutenez-nous", "votre soutien est",
    # share and save widgets
    "lien copié", "copier l'adresse", "partager par e-mail", "partager sur x",
    "partager sur linkedin", "partager sur whatsapp", "ajouter à mes favoris",
    "enregistrer l'article", "enregistrer cet article",
    # comment widgets
    "soyez le premier à", "vous devez être connecté", "votre commentaire",
    "afficher les commentaires", "voir les réactions", "les champs obligatoires",
    "signaler un contenu", "signaler un abus", "signaler une erreur",
    # cookie consent
    "gestion des cookies", "gérer mes cookies", "paramétrer les cookies", "accepter et fermer",
    "accepter et continuer", "continuer sans accepter", "tout accepter", "tout refuser",
    # page navigation and services
    "haut de page", "retour à l'accueil", "retour à l’accueil", "charger plus",
    "afficher plus", "la rédaction vous conseille", "nos services", "annonces légales",
    "programme tv", "nos partenaires", "contenus partenaires", "une info à nous communiquer",
    "vous souhaitez signaler une erreur", "photo d'illustration", "photo d’illustration",
    "image d'illustration", "image d’illustration",
)  # fmt: skip

_FOOTER_PATTERNS = (
    # a comment section's moderation note (#9, eighth round): "Les commentaires sont soumis à
    # modération …", "… sous la seule responsabilité de leurs auteurs", "… ne reflètent pas l'avis
    # de la rédaction"; the moderation, the authors or the desk is named
    (
        "disclaimer",
        r"(?:les\s+)?commentaires\s+(?:\w{1,20}\s+){0,4}(?:sont\s+(?:soumis\s+à\s+(?:une\s+)?modération|modérés)"
        r"|(?:sont\s+(?:publiés\s+)?)?sous\s+la\s+(?:seule\s+|pleine\s+)?responsabilité\s+de\s+leurs\s+auteurs"
        r"|ne\s+reflètent\s+pas\s+(?:nécessairement\s+)?(?:l['’]avis|l['’]opinion|la\s+position)\s+de\s+la\s+rédaction)\b.{0,400}",
    ),
    # page notices of the seventh round (#9): a player's browser notice, an editor's note on an
    # update or an earlier publication, a video teaser label ("En vidéo, …") with no sentence end
    ("other", r"votre\s+navigateur\s+ne\s+(?:supporte|prend|permet|peut)\b.{0,150}"),
    (
        "syndication",
        r"\*{0,2}\s{0,2}cet\s+article,?\s+(?:initialement|originellement|précédemment|d['’]abord)\s+(?:publié|paru)\b.{0,200}",
    ),
    (
        "syndication",
        r"\*{0,2}\s{0,2}cet\s+article\s+a\s+(?:été\s+)?(?:mis\s+à\s+jour|actualisé|fait\s+l['’]objet\s+d['’]une\s+mise\s+à\s+jour)\b.{0,200}",
    ),
    ("other", r"(?:à\s+voir\s+(?:aussi\s+)?)?en\s+vidéo\s{0,2}[,:»›|-]\s{0,2}[^.!?\n]{2,150}[?!]?"),
    # page furniture alone on a line (#11, sixth round): paywall and consent notices, buttons, tags
    ("newsletter", r"cet\s+article\s+vous\s+(?:a\s+été|est)\s+offert\b.{0,100}"),
    ("other", r"ajouter\s+à\s+(?:vos|mes)\s+sélections\W{0,3}"),
    ("newsletter", r"vous\s+pouvez\s+lire\s+.{1,60}\s+sur\s+un\s+seul\s+appareil\b.{0,200}"),
    ("newsletter", r"découvrir\s+les\s+offres(?:\s+multicomptes)?\W{0,3}"),
    ("newsletter", r"article\s+réservé\s+(?:aux|à\s+nos)\s+abonnés\W{0,3}"),
    (
        "other",
        r"ce\s+contenu\s+n['’]est\s+pas\s+disponible"
        r"(?:\W{0,3}|\s+en\s+raison\s+de\s+vos\s+(?:préférences|choix)\b.{0,200})",
    ),
    ("other", r"(?:temps\s+de\s+lecture\s*+:?+\s*+)?\d{1,3}\s?(?:mn|min)(?:\s+de\s+lecture)?"),
    # a paywall note: "Ce contenu est réservé aux abonnés."
    (
        "newsletter",
        r"(?:(?:ce|cet)\s+)?(?:(?:contenu|article)\s+)?(?:est\s+)?réservée?\s+aux\s+abonnés\b.{0,150}",
    ),
    # a read-time stamp: "Lecture 3 min."
    ("other", r"(?:temps\s+de\s+)?lecture\s*+:?+\s*+\d{1,3}\s?(?:mn|min(?:utes?)?)\.?"),
    ("syndication", r"(?:avec|source)\s*+:?+\s*+(?:AFP|Reuters|AP)\.?"),
    # comment sections: from the header on, reader comments
    ("comments", r"(?:\d{1,6}\s+)?(?:commentaires?|réactions?)(?:\s*\(\d{1,6}\))?\W{0,3}"),
    ("comments", r"(?:réagissez|laissez\s+un\s+commentaire|vos\s+commentaires)\W{0,3}"),
    ("other", r"\|[ \t\u00a0|]{1,200}"),
    # a sharing or reaction plea after the story: "Cet article vous a plu ? Partagez-le !"
    # interface words alone on a line (a heading "En savoir plus sur le projet" is story)
    ("other", r"(?:voir\s+plus|en\s+savoir\s+plus|lire\s+plus)\W{0,3}"),
    (
        "share",
        r"(?:cet\s+article\s+vous\s+a\s+(?:plu|intéressé)|vous\s+avez\s+aimé\s+cet\s+article|vous\s+souhaitez\s+réagir)\b.{0,150}",
    ),
    # a reproduction notice: "Tous droits de reproduction et de représentation réservés."
    (
        "copyright",
        r"(?:©.{0,80})?tous\s+droits\s+(?:de\s+reproduction\s+)?(?:et\s+de\s+représentation\s+)?réservés.{0,150}",
    ),
    # a newsletter plug written as a sentence: "Recevez chaque matin l'essentiel de l'actualité"
    (
        "newsletter",
        r"(?:inscrivez-vous|abonnez-vous)\s+(?:à|a)\s+(?:notre|nos|la)\s+(?:newsletter|lettre|alertes?)\b.{0,200}",
    ),
    # interface words and links alone on a line (navigation, account, legal pages)
    (
        "other",
        r"(?:article\s+(?:suivant|précédent)|signaler\s+(?:un\s+abus|une\s+erreur)|accéder\s+aux\s+commentaires"
        r"|ajouter\s+(?:à|a)\s+mes\s+favoris|en\s+images|mentions\s+légales|politique\s+de\s+confidentialité"
        r"|gérer\s+(?:les\s+)?cookies|paramètres\s+des\s+cookies|mon\s+compte|fermer|rechercher|accueil|imprimer"
        r"|nous\s+contacter|plan\s+du\s+site|conditions\s+générales(?:\s+d['’]utilisation)?)\W{0,3}",
    ),
    ("newsletter", r"déjà\s+abonné\s*+\??+.{0,60}"),
    # comment widgets that open the comment section (#11): reply and report buttons under each
    # comment, and the prompts that stand where the comments start
    # a follow plea written as a sentence, so that it is found at the end of a joined line too
    (
        "social_follow",
        r"(?:suivez|retrouvez|rejoignez)-nous\s+(?:sur|dans)\s+(?:\w{1,12}\s+){0,3}(?:telegram"
        r"|instagram|facebook|twitter|x|youtube|tiktok|whats\s?app|linkedin|threads"
        r"|bluesky|google\s+(?:news|notícias|noticias|actualités)|redes\s+sociais|redes\s+sociales"
        r"|réseaux\s+sociaux|sozialen\s+(?:netzwerken|medien)|social)\b.{0,120}",
    ),
    # comment-section headers, written in the many ways sites head them (#11)
    (
        "comments",
        r"(?:(?:vos|les)\s+(?:commentaires|réactions)|votre\s+(?:réaction|commentaire|avis)|donnez\s+votre\s+avis"
        r"|(?:ajouter|laisser|écrire|rédiger|poster|publier)\s+un\s+commentaire"
        r"|(?:commenter|réagir\s+à)\s+(?:cet|l['’])\s*article)\W{0,3}",
    ),
    ("comments", r"répondre\W{0,3}"),
    # a report button: under comments, but also in a widget row of the story, so it opens nothing
    ("other", r"signaler\W{0,3}"),
    (
        "comments",
        r"(?:soyez\s+le\s+premier\s+à\s+(?:commenter|réagir)|aucun\s+commentaire(?:\s+pour\s+(?:le\s+moment|l['’]instant))?\W{0,3}$"
        r"|(?:vous\s+devez\s+être|connectez-vous\s+pour)\s+(?:connecté\s+)?(?:pour\s+)?(?:commenter|réagir|laisser))\b.{0,120}",
    ),
    ("comments", r"(?:voir|afficher|lire)\s+(?:les\s+)?(?:\d{1,6}\s+)?(?:commentaires|réactions)\W{0,3}"),
    # cookie and consent notices: sentences, so no phrase takes them
    (
        "other",
        r"(?:(?:nous\s+utilisons|ce\s+site\s+utilise|notre\s+site\s+utilise)\s+(?:des\s+)?(?:cookies|traceurs)"
        r"(?=.{0,300}\b(?:vous|votre|vos|navigation|expérience)\b)|en\s+poursuivant\s+votre\s+navigation"
        r"|vous\s+avez\s+(?:choisi\s+de\s+)?refus(?:é|er)\s+(?:le\s+dépôt\s+de\s+)?(?:cookies|traceurs))\b.{0,300}",
    ),
    # a syndication or partner note: "Cet article a été publié initialement sur …"
    (
        "syndication",
        r"cet\s+article\s+(?:a\s+été\s+)?(?:initialement\s+)?(?:publié|paru)\s+(?:initialement\s+)?(?:"
        r"sur"
        r"|dans)\b.{0,200}",
    ),
    # interface words alone on a line
    ("other", r"(?:en\s+direct|envoyer|découvrir|contribuer|retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?"
               r"|suivre(?:\s+(?:ce\s+sujet|cet\s+auteur|cette\s+autrice|ce\s+journaliste|cette\s+journaliste))?|vidéos?\s+à\s+la\s+une)\W{0,3}"),
    # a topic list: "Thèmes : Transports, Grève" (alone, the header of the list under it)
    ("other", r"(?:thèmes|sujets|tags)(?:\s*:.{0,200})?"),
    # an e-mail or tip plea: "Une info ? Écrivez-nous à …"
    (
        "other",
        r"(?:une\s+info|un\s+témoignage|une\s+question)\s*+(?:à\s+nous\s+(?:communiquer"
        r"|signaler)\s*+)?\?\s*+(?:écrivez|contactez)-nous\b.{0,150}",
    ),
    # a publisher's legal imprint: "Directeur de la publication : …", "Commission paritaire n° …"
    (
        "copyright",
        r"(?:directeur|directrice)\s+de\s+(?:la\s+)?(?:publication|rédaction)\s*+:\s*+.{1,100}"
        r"|commission\s+paritaire\b.{0,100}|issn\s*+:?\s*+\d{4}-?\d{3}[\dx].{0,60}|dépôt\s+légal\b.{0,100}",
    ),
    # a topic list: "Sujets associés : Grève, SNCF"
    ("other", r"(?:sujets|thèmes)\s+(?:associés|liés)\s*:.{0,200}"),
    # a newsletter box's lines: the consent under the form, the unsubscribe note, the tagline
    (
        "newsletter",
        r"en\s+(?:vous\s+)?(?:inscrivant|abonnant|cliquant|validant)\b.{0,30}\bvous\s+acceptez\b.{0,250}"
        r"|vous\s+pouvez\s+vous\s+(?:désinscrire|désabonner)\b.{0,150}",
    ),
    # the box's tagline: opening words of a tagline, then the reader's inbox
    (
        "newsletter",
        r"(?:chaque|tous\s+les|recevez|toute\s+l['’]actualité|l['’]essentiel|le\s+meilleur)\b"
        r"(?!.{0,210}\b(?:selon|a\s+(?:dit|déclaré|expliqué|averti|indiqué|précisé))\b)(?=.{0,150}\b(?:matin|soir|jour|semaine|vendredi|lundi)s?\b)"
        r".{0,150}\bdans\s+votre\s+(?:boîte\s+(?:mail|e-mail|aux\s+lettres)|messagerie)\b.{0,60}",
    ),
    # an ad marker that tells the reader the story goes on: "La suite après cette publicité"
    (
        "ad",
        r"(?:la\s+suite\s+(?:de\s+l['’]article\s+)?après\s+(?:cette|la)\s+publicité"
        r"|publicité\s*[-–—:]\s*continuez\b.{0,60})\W{0,3}",
    ),
    # a video or post the consent banner blocked, and the banner's own lines
    (
        "other",
        r"ce\s+contenu\s+est\s+bloqué\b.{0,200}|en\s+cliquant\s+sur\s+«?\s*j['’]accepte.{0,300}"
        r"|vous\s+pouvez\s+modifier\s+vos\s+choix\b.{0,200}|réutiliser\s+ce\s+contenu\W{0,3}",
    ),
    ("newsletter", r"ne\s+manquez\s+(?:aucune|plus)\s+(?:info|actualité|article)s?\b.{0,100}"),
)  # fmt: skip

# A writer's bio under the story (#11): a full name, the copula and a newsroom role word
# (``Claire Dubois est journaliste au service économie.``).
# Tail only: inside the story the same sentence is story. A role line with no name
# (``Redakteur in der Politik.``) is an author box's: the bylines rule's.
_FOOTER_TAIL_PATTERNS = (
    (
        "other",
        r"(?-i:(?!(?:Le|La|Les|Un|Une|Ce|Cette|Son|Sa|Leur|Notre)\b)\p{Lu}[\p{L}\'’-]{1,24}(?:\s+\p{Lu}[\p{L}.\'’-]{0,24}){1,2})"
        r"\s+(?:est|était)\s+(?:\p{L}{1,15}\s+){0,4}?(?:journaliste|reporter|rédacteur|rédactrice|correspondant|correspondante|chroniqueur|chroniqueuse|éditorialiste|photographe|pigiste|envoyé|envoyée)\b.{0,300}",
    ),
)  # fmt: skip

_KICKERS = (
    "exclusif", "info", "vidéo", "direct", "en direct", "témoignage", "décryptage", "récit",
    "entretien", "interview", "analyse", "reportage", "enquête", "sondage", "tribune",
    "chronique", "éditorial", "portrait", "focus", "info le parisien", "alerte",
)  # fmt: skip

_CONTACT_CUES = (
    "contacter", "contactez", "écrire à", "écrivez à", "écrivez-lui", "suivre", "suivez",
    "joindre", "courriel", "envoyez vos informations à",
)  # fmt: skip
_CONTACT_AUTHORS = (
    "l'auteur", "l’auteur", "l'autrice", "l’autrice", "l'auteure", "l’auteure", "le journaliste",
    "la journaliste", "notre journaliste", "cet auteur", "cette autrice",
)  # fmt: skip
_CONTACT_AFTER_NAME = (
    "peut être joint", "peut être jointe", "peut être contacté", "peut être contactée", "est joignable",
)  # fmt: skip

_BYLINE_PREFIXES = (
    "Par", "par", "PAR", "Propos recueillis par", "Rédigé par", "Publié par", "Auteur",
    "Article rédigé par", "Autrice", "Auteurs", "Texte :", "Texte:",
    # the writer named by the kind of piece or by the desk ("Texte de Anne Roy", "Édité par …")
    "Texte de", "Reportage de", "Édité par", "Rédaction :", "Un article de", "Une chronique de",
    "Entretien réalisé par",
)  # fmt: skip

_BYLINE_STOPWORDS = (
    "ailleurs", "exemple", "contre", "conséquent", "la", "le", "les", "un", "une", "des",
    "ce", "cette", "rapport", "an", "jour", "mois", "semaine", "personne", "habitant",
    "ici", "où", "moment", "ses", "son", "sa", "leur", "leurs", "manque", "peur", "crainte",
    # prepositions opening a sentence, never a name's first word ("À Londres, l'indice …")
    "en", "à", "au", "aux", "dans", "selon", "pour", "après",
)  # fmt: skip

_BYLINE_ROLES = (
    "journaliste", "Journaliste", "correspondant", "Correspondant", "correspondante",
    "envoyé spécial", "envoyée spéciale", "rédacteur", "rédactrice", "rédaction",
    "La rédaction", "avec AFP", "avec l'AFP", "avec l’AFP",
)  # fmt: skip

_AGENCIES = (
    "AFP", "Reuters", "AP", "Belga", "ATS", "La Presse Canadienne", "Agence France-Presse",
    # the Swiss wire's tag in lower case, with the desk's initials: "(ats/nxp)" (#11)
    "ats", "Keystone-ATS",
    # France Télévisions' newsroom signs its pages in lower case: "Article rédigé par franceinfo"
    "franceinfo",
)  # fmt: skip

_CREDIT_LABELS = (
    "Avec AFP", "avec AFP", "Avec l'AFP", "Avec l’AFP", "Source :", "Sources :",
    "D'après les informations de", "D’après les informations de", "Avec les informations de",
    "Avec des informations de", "Crédit photo", "Crédits photo", "Crédits photos", "Crédit photos",
    # the interviewer's credit under an interview: "Propos recueillis par Jeanne Roux"
    "Propos recueillis par",
)  # fmt: skip

_DATELINE_PATTERNS = (
    # "PARIS (AFP) -", "Bruxelles (Belga) –", "MONTRÉAL —"
    r"(?P<place>\p{Lu}[\p{L}'’-]{1,30}+(?:[ \u00a0-]\p{Lu}[\p{L}'’-]{1,30}+){0,3}+)"
    # ("Kinshasa (ACP).-": African wires close the agency with ".-")
    r"(?:[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\)\.?)?[ \u00a0]*+[-—–]",
    # "Paris, le 12 mars -", "Lyon, le 1er avril 2023 –"
    r"(?P<place>\p{Lu}[\p{L}'’-]{1,30}+(?:[ \u00a0-]\p{Lu}[\p{L}'’-]{1,30}+){0,3}+),[ \u00a0]le[ \u00a0]"
    r"\d{1,2}(?:er)?[ \u00a0]\p{L}{3,9}+(?:[ \u00a0](?:19|20)\d\d)?[ \u00a0]*+[-—–]",
    # "Paris, 12 mars (AFP) -", "Genève, 3 févr. 2024 (ATS) –": a wire's date without "le",
    # then the agency in brackets (the bracket keeps "Lyon, 3 buts à 1 –" out)
    r"(?P<place>\p{Lu}[\p{L}'’-]{1,30}+(?:[ \u00a0-]\p{Lu}[\p{L}'’-]{1,30}+){0,3}+),[ \u00a0]"
    r"\d{1,2}(?:er)?[ \u00a0]\p{L}{3,9}+\.?(?:[ \u00a0](?:19|20)\d\d)?"
    r"[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\)\.?[ \u00a0]*+[-—–]",
)  # fmt: skip

_DATELINE_STOPWORDS = (
    "selon", "alors", "ainsi", "mais", "puis", "enfin", "ensuite", "pourtant", "vidéo",
)  # fmt: skip

_MONTHS = (
    ("janvier", "janv"), ("février", "fevrier", "févr", "fevr"), ("mars",),
    ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"),
    ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"),
    ("décembre", "decembre", "déc", "dec"),
)  # fmt: skip

_WEEKDAYS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
)  # fmt: skip

_TIMESTAMP_LABELS = (
    ("publié le", "published"), ("publié", "published"), ("mis à jour le", "updated"),
    ("mis à jour", "updated"), ("modifié le", "updated"),
)  # fmt: skip

_READ_TIME_PATTERNS = (
    r"\d{1,3}[\s\u00a0]{0,2}(?:mn|min)(?:\.|[\s\u00a0]{1,2}de[\s\u00a0]{1,2}lecture)?",
)  # fmt: skip

_CAPTION_LABELS = (
    "Photo", "Photos", "Crédit photo", "Crédits photo", "Illustration", "Image", "Vidéo",
)  # fmt: skip

# Given names of one sex, for a pronoun's gender and to tell a person's name from a body's.
# Frequent given names of the language's countries, from the national birth-name statistics
# (INSEE's fichier des prénoms, Statbel, the Swiss FSO, Quebec's RRQ lists), chosen by hand;
# names given to both sexes there (Camille, Dominique, Claude, Sacha) are left out.
_FEMALE_NAMES = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Christine", "Monique", "Valérie",
    "Sandrine", "Véronique", "Sophie", "Céline", "Chantal", "Martine", "Nicole", "Annie", "Brigitte",
    "Stéphanie", "Patricia", "Christiane", "Anne", "Julie", "Aurélie", "Émilie", "Laurence", "Jacqueline",
    "Élisabeth", "Elisabeth", "Caroline", "Virginie", "Sabine", "Florence", "Hélène", "Agnès", "Delphine",
    "Corinne", "Mireille", "Josiane", "Ginette", "Danielle", "Michèle", "Michelle", "Pascale", "Karine",
    "Audrey", "Mélanie", "Laetitia", "Léa", "Chloé", "Manon", "Emma", "Inès", "Jade", "Louise", "Alice",
    "Lina", "Juliette", "Clémence", "Pauline", "Marion", "Mathilde", "Lucie", "Margaux", "Océane", "Anaïs",
    "Élodie", "Elodie", "Justine", "Charlotte", "Clara", "Sarah", "Laura", "Amandine", "Fanny", "Ségolène",
    "Marine", "Rachida", "Najat", "Fatiha", "Myriam", "Noémie", "Geneviève", "Simone", "Jeanne", "Yvonne",
    "Germaine", "Odile", "Béatrice", "Éliane", "Colette", "Ghislaine", "Gisèle", "Lucienne", "Marguerite",
    "Marcelle", "Édith", "Solange", "Suzanne", "Thérèse", "Bernadette", "Évelyne", "Paulette", "Yvette",
    "Henriette",
)  # fmt: skip

_MALE_NAMES = (
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Patrick", "Christophe", "Daniel", "Bernard",
    "Éric", "Eric", "Laurent", "Frédéric", "Stéphane", "Pascal", "Sébastien", "Julien", "Thierry", "Olivier",
    "David", "Jacques", "Dominique", "Didier", "Christian", "Thomas", "Vincent", "Gérard", "Guillaume",
    "Bruno", "Sylvain", "Emmanuel", "Jérôme", "François", "Benoît", "Marc", "Xavier", "Cédric", "Fabrice",
    "Franck", "Lionel", "Hervé", "Gilles", "Gérald", "Yves", "Serge", "Denis", "Rémi", "Rémy", "Antoine",
    "Maxime", "Alexandre", "Hugo", "Lucas", "Louis", "Gabriel", "Raphaël", "Arthur", "Jules", "Adam", "Léo",
    "Nathan", "Théo", "Mathis", "Enzo", "Clément", "Romain", "Quentin", "Florian", "Baptiste", "Mathieu",
    "Matthieu", "Damien", "Jérémy", "Loïc", "Yann", "Yannick", "Gaël", "Arnaud", "Benjamin", "Samuel",
    "Jean-Luc", "Jean-Pierre", "Jean-Marie", "Jean-Claude", "Jean-Michel", "Jean-Yves", "Jean-Paul",
    "Jean-Marc", "Jean-Louis", "Jean-François", "Jean-Jacques", "Gaston", "Marcel", "René", "Henri", "Robert",
    "Roger", "Raymond", "André", "Georges", "Lucien", "Maurice", "Paul", "Joseph", "Bertrand", "Édouard",
    "Edouard", "Manuel", "Fabien", "Grégory", "Ludovic", "Mickaël", "Anthony", "Kevin", "Jordan", "Régis",
    "Thibault", "Thibaut", "Gauthier", "Aurélien", "Adrien", "Valentin", "Victor", "Bastien", "Tristan",
    "Mehdi", "Karim", "Rachid", "Mohamed", "Ahmed", "Hamid", "Farid", "Abdel", "Nabil",
)  # fmt: skip


# Calls to action, promo nouns and label words for the prose classifier (#11): one word each,
# as it splits words (``suivez-nous`` is one word).
_CTA_VERBS = (
    "suivez-nous", "rejoignez-nous", "retrouvez-nous", "contactez-nous", "écrivez-nous",
    "abonnez-vous", "inscrivez-vous", "connectez-vous", "identifiez-vous", "téléchargez",
    "installez", "activez", "découvrez", "profitez", "accédez", "essayez", "offrez", "soutenez",
    "donnez", "faites", "participez", "commentez", "réagissez", "partagez", "envoyez", "testez",
    "suivez",
)  # fmt: skip
_PROMO_NOUNS = (
    "abonnement", "abonnements", "abonné", "abonnée", "offre", "offres", "essai", "gratuit",
    "gratuite", "compte", "appli", "application", "applications", "newsletter", "newsletters",
    "lettre", "alertes", "notifications", "podcast", "podcasts", "chaîne", "don", "dons", "soutien",
    "rédaction", "journalisme", "e-mail", "mail", "courriel", "boîte", "illimité", "illimitée",
    "premium", "facebook", "instagram", "twitter", "whatsapp", "telegram", "youtube", "tiktok",
    "linkedin",
)  # fmt: skip
_LABEL_WORDS = (
    "recommandés", "recommande", "conseille", "suggestions", "sélection", "populaires", "partagés",
    "commentés", "dernières", "derniers", "actualités", "articles", "vidéos", "rubrique", "thème",
    "sujet", "dossier", "dossiers", "tendances", "découvrir",
)  # fmt: skip

# Photo sources that close a credit line "Nombre Apellido | Agencia" (#11), as written
# (compared case-blind): ``residue.photo_credits`` looks at lines holding a ``|``.
_PHOTO_SOURCES = (
    "AFP", "Reuters", "AP", "Maxppp", "Hans Lucas", "Abaca", "SIPA", "Getty Images", "Getty",
    "Shutterstock", "iStock", "Archives", "Archive", "Belga", "Keystone",
)  # fmt: skip


# Nouns of works, programmes, laws and publications: a capitalised quotation after one is a name
# ("le film « Les Misérables »", "l’opération « Sentinelle »", "le quotidien « Le Monde »").
_WORK_NOUNS = (
    "chapitre", "article", "billet", "blog", "site", "page", "rapport", "étude", "enquête",
    "dossier",
    "livre", "roman", "essai", "ouvrage", "film", "série", "feuilleton", "émission", "documentaire",
    "chanson", "album", "titre", "pièce", "spectacle", "exposition", "festival", "loi", "décret",
    "projet", "plan", "programme", "opération", "dispositif", "plateforme", "application", "magazine",
    "journal", "quotidien", "hebdomadaire", "mensuel", "revue", "rubrique", "chronique", "podcast",
    "campagne", "slogan", "hashtag", "mot-dièse", "collectif", "mouvement", "association", "parti",
    "label", "marque", "plateau", "jeu", "saison", "tournée",
)  # fmt: skip
# Words presenting the quotation after them as a name or a term ("la loi dite « Kasbarian »")
_MENTION_LEADS = (
    "dite", "dites", "appelé", "appelée", "appelés", "appelées", "baptisé", "baptisée", "surnommé",
    "surnommée", "intitulé", "intitulée", "nommé", "nommée", "le mot", "le terme", "l'expression",
    "l’expression", "le nom de", "le slogan", "la formule", "le label", "alias",
    # an inscription, a hashtag, and the charge a court names ("poursuivi pour « … »")
    "l'inscription", "l’inscription", "le hashtag", "le mot-dièse", "la devise", "poursuivi pour",
    "poursuivie pour", "poursuivis pour", "mis en examen pour", "mise en examen pour",
    "condamné pour", "condamnée pour", "inculpé de", "inculpée de", "jugé pour", "jugée pour",
    # a work named after the story's subject ("le livre homonyme « … »")
    "homonyme", "éponyme",
)  # fmt: skip

# Writing phrases and words for someone's words that end a paragraph introducing a quotation
# set as a block below it, whose marks the scrape lost ("a-t-il écrit :", "en ces termes :")
_BLOCK_INTROS = (
    "écrit", "écrivait", "a écrit", "ce qui suit",
    "en ces termes", "ses mots", "ses propos", "rapporte", "a rapporté", "raconte", "témoigne",
    "explique", "déclare", "affirme", "poursuit", "textuellement",
)  # fmt: skip

TABLES = LanguageTables(
    "fr",
    "French",
    function_words=_FUNCTION_WORDS,
    speech_verbs=_SPEECH_VERBS,
    lenient_verbs=_LENIENT_VERBS,
    inversion_cues=_INVERSION_CUES,
    participle_cues=_PARTICIPLE_CUES,
    speech_coordinators=("et", "mais", "puis"),
    linking_adverbs=("ensuite", "aussi", "également", "encore", "enfin", "plus tard"),
    # sentence-opening adverbs a capital makes look like a given name ("Ahora Bustos asegura")
    opening_adverbs=(
        "désormais",
        "aujourd'hui",
        "hier",
        "alors",
        "ensuite",
        "puis",
        "aussi",
        "ainsi",
        "enfin",
        "maintenant",
        "depuis",
    ),
    complementisers=("que", "qu", "qu'", "qu’"),
    according_to=_ACCORDING_TO,
    reading_cues=_READING_CUES,
    infinitive_openers=("avoir", "être", "ne pas", "n'avoir", "n’avoir", "ne jamais", "ne plus"),
    opinion_openers=("pour",),
    fragment_cues=_FRAGMENT_CUES,
    as_clause_openers=_AS_CLAUSE_OPENERS,
    as_clause_verbs=_AS_CLAUSE_VERBS,
    according_fillers=_ACCORDING_FILLERS,
    titles=_TITLES,
    role_nouns=_ROLE_NOUNS,
    group_nouns=_GROUP_NOUNS,
    pronouns=_PRONOUNS,
    plural_verb_endings=_PLURAL_VERB_ENDINGS,
    # documents that speak for no one named ("diz o pedido no site", "selon le communiqué")
    document_nouns=(
        "communiqué",
        "texte",
        "document",
        "rapport",
        "étude",
        "sondage",
        "publication",
        "message",
        "note",
    ),
    female_names=_FEMALE_NAMES,
    male_names=_MALE_NAMES,
    quote_marks=_QUOTE_MARKS,
    dialogue_dashes=("—", "–"),
    block_intros=_BLOCK_INTROS,
    quotes_run_on=True,
    work_nouns=_WORK_NOUNS,
    mention_leads=_MENTION_LEADS,
    also_read_labels=_ALSO_READ_LABELS,
    weak_also_read_labels=("Lire", "Voir", "Vidéo", "Aussi", "Vidéos", "Écouter", "Relire"),
    section_headers=_SECTION_HEADERS,
    footer_phrases=_FOOTER_PHRASES,
    footer_patterns=_FOOTER_PATTERNS,
    footer_tail_patterns=_FOOTER_TAIL_PATTERNS,
    kickers=_KICKERS,
    topic_lines=True,
    cta_verbs=_CTA_VERBS,
    promo_nouns=_PROMO_NOUNS,
    label_words=_LABEL_WORDS,
    byline_prefixes=_BYLINE_PREFIXES,
    contact_cues=_CONTACT_CUES,
    contact_authors=_CONTACT_AUTHORS,
    contact_after_name=_CONTACT_AFTER_NAME,
    byline_stopwords=_BYLINE_STOPWORDS,
    byline_roles=_BYLINE_ROLES,
    agencies=_AGENCIES,
    credit_labels=_CREDIT_LABELS,
    # an interview's credit line: "Jana Roth im Gespräch mit Omar Said" (#11)
    interview_links=("en conversation avec", "interrogé par", "interrogée par"),
    dateline_patterns=_DATELINE_PATTERNS,
    dateline_stopwords=_DATELINE_STOPWORDS,
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    timestamp_labels=_TIMESTAMP_LABELS,
    read_time_patterns=_READ_TIME_PATTERNS,
    caption_labels=_CAPTION_LABELS,
    photo_sources=_PHOTO_SOURCES,
)
"""The French tables."""
