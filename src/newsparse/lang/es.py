"""Spanish: ``dijo``, ``aseguró``, ``, dijo el alcalde``, ``según``, «comillas», ``Lee también``,
``Por``/``Publicado por``, ``MADRID (EFE) —``, ``EN VIVO``."""

from __future__ import annotations

from newsparse.lang.tables import LanguageTables

__all__ = ["TABLES"]

# Preterite (3rd singular), the news tense: "dijo", "aseguró".
_PRETERITE = (
    "dijo", "afirmó", "aseguró", "señaló", "explicó", "indicó", "agregó", "añadió",
    "manifestó", "sostuvo", "expresó", "advirtió", "declaró", "destacó", "comentó",
    "subrayó", "apuntó", "precisó", "reconoció", "admitió", "aclaró", "insistió", "recordó",
    "anunció", "confirmó", "negó", "denunció", "criticó", "lamentó", "reiteró", "enfatizó",
    "puntualizó", "detalló", "relató", "contó", "respondió", "replicó", "preguntó",
    "concluyó", "argumentó", "planteó", "consideró", "estimó", "opinó", "alertó",
    "remarcó", "resaltó", "mencionó", "escribió", "tuiteó", "publicó", "informó", "reveló",
    "confesó", "prometió", "agradeció", "sentenció", "zanjó", "valoró", "calificó",
    "justificó", "defendió", "avisó",
)  # fmt: skip

# Present (3rd singular) and plural preterite: "dice", "afirma", "dijeron".
_OTHER = (
    "dice", "afirma", "asegura", "señala", "explica", "indica", "agrega", "añade", "sostiene",
    "advierte", "destaca", "comenta", "subraya", "apunta", "precisa", "reconoce", "recuerda",
    "insiste", "cuenta", "relata", "considera", "estima", "opina", "dijeron", "afirmaron",
    "aseguraron", "argumentaron", "señalaron", "explicaron", "indicaron", "agregaron", "añadieron",
    "informaron", "advirtieron", "destacaron", "denunciaron", "dicen", "cree", "creen",
    "explican", "precisan", "consideran", "aseguran", "afirman", "señalan", "indican",
    "sostienen", "recalcó", "razonó", "expuso", "refirió", "acotó", "aseveró", "remató",
    "reitera", "remarca", "aclara", "denuncia", "lamenta", "admite", "confiesa", "asevera", "acota",
    "alerta", "critica", "pregunta", "responde", "replica", "concluye", "detalla", "puntualiza",
    "enfatiza", "resalta", "menciona", "expresa", "manifiesta", "declara", "anuncia", "informa",
    "narra", "narró", "expone", "sostuvieron", "manifestaron", "expresaron", "comentaron",
    "detallaron", "precisaron", "reconocieron", "confirmaron", "anunciaron", "declararon",
    "explicó", "remarcaron", "subrayaron", "insistieron", "recordaron", "advierten", "denuncian",
    "critican", "lamentan", "reclamó", "reclama", "exigió", "exige", "pidió", "cuestionó",
    "cuestiona", "ironizó", "bromeó", "sentencia", "zanja", "valora", "celebró", "celebra",
    "adelantó", "adelanta", "anticipó", "anticipa", "graficó", "grafica", "enfatizaron",
    "hizo hincapié en", "hace hincapié en", "recalca", "refiere", "mencionaron", "ratificó",
    "ratifica", "reafirmó", "reafirma", "sentenció", "planteó", "plantea", "argumentó", "argumenta",
)  # fmt: skip

# Perfect with "ha": "ha dicho", "ha asegurado" (Spain).
_PERFECT = (
    "dicho", "afirmado", "asegurado", "señalado", "explicado", "indicado", "añadido",
    "declarado", "destacado", "reconocido", "advertido", "anunciado", "confirmado",
    "subrayado", "insistido", "recordado", "manifestado", "expresado", "apuntado",
    "concluido", "precisado", "comentado", "denunciado", "lamentado", "criticado", "aclarado",
    "respondido",
)  # fmt: skip

_FUNCTION_WORDS = (
    "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con",
    "para", "se", "su", "sus", "al", "es", "lo", "como", "más", "pero", "ha", "fue",
    "son", "según", "también", "este", "esta", "sobre", "entre", "cuando", "muy", "sin",
    "hay", "desde", "ya", "ni", "a", "porque", "donde", "dijo", "e", "o", "tras",
    "hasta", "todo", "está", "han", "era", "sido", "año", "años", "él", "ella", "eso",
)  # fmt: skip

# verbs that compare, sum up or exclaim ("», compara el técnico", "», ejemplifica la doctora")
_MORE = (
    "compara", "comparó", "ejemplifica", "ejemplificó", "ironiza", "bromea",
    "exclamó", "exclama", "resumió", "resume", "complementó", "complementa", "completó", "completa",
    "escribe",
    # reflexive verbs of asking and complaining ("”, se pregunta Iris", "”, se quejó el vecino")
    "se pregunta", "se preguntó", "se queja", "se quejó", "se lamenta", "se lamentó", "se sincera",
    "se sinceró", "se defiende", "se defendió", "se justifica", "se justificó",
    # a lawyer or official confirming ("”, corroboró el abogado X")
    "corroboró", "corrobora", "corroboraron",
)  # fmt: skip

_PARTICIPLE_CUES = (
    "añadiendo", "agregando", "señalando", "asegurando", "afirmando", "explicando",
    "indicando", "destacando", "subrayando", "advirtiendo", "recordando", "insistiendo",
    "diciendo", "precisando", "reconociendo",
)  # fmt: skip

_SPEECH_VERBS = (
    *_PRETERITE,
    *_OTHER,
    *_MORE,
    *(f"{aux} {p}" for aux in ("ha", "han", "había", "habían") for p in _PERFECT),
    # the progressive ("La FAO está advirtiendo que “…”"): its subject stands before it, as for
    # a finite verb, where the gerund alone (a participle cue) has none
    *(f"{aux} {g}" for aux in ("está", "están", "estaba", "estaban") for g in _PARTICIPLE_CUES),
)  # fmt: skip


_ACCORDING_TO = (
    "según", "de acuerdo con", "de acuerdo a", "a juicio de", "en palabras de",
)  # fmt: skip

# impersonal reading phrases naming where the quoted words stand; the publication, or the body
# whose document follows, is their source (see LanguageTables.reading_cues)
_READING_CUES = (
    "se lee en", "puede leerse en", "se puede leer en",
)  # fmt: skip

# words that make a short quotation after them someone's words ("qualifié de « … »")
_FRAGMENT_CUES = (
    "calificó de", "calificó como", "califica de", "calificando de", "habló de", "habla de",
    "hablando de", "denunció", "denuncia", "tildó de", "tilda de", "definió como", "define como",
    "describió como", "prometió", "reclamó", "pidió", "lamentó", "celebró", "criticó",
    "calificó", "tildó",  # "calificó la decisión de «…»"
    # speech acts that govern the speaker's quoted words (round six)
    "se dijo", "se mostró", "se declaró", "agradeció", "agradece", "acusó de", "acusa de",
    "tachó de", "catalogó de", "catalogó como", "se refirió a", "cuestionó", "exigió", "justificó",
    "advirtió de", "advirtió sobre", "alertó de", "alertó sobre", "consideró",
)  # fmt: skip

# as-clauses naming a source ("Wie die Polizei mitteilte, …", "Como explicó X, …")
_AS_CLAUSE_OPENERS = ("como",)
_AS_CLAUSE_VERBS = (
    "lo", "ha", "han", "había", "explicado", "dicho", "informado", "señalado", "indicado",
    "advertido", "anunciado", "reconocido", "recordó", "recuerda", "apunta", "explica", "dice",
)  # fmt: skip

# words between an according-to cue and its source ("según informó la policía")
_ACCORDING_FILLERS = (
    "lo", "que", "ha", "han", "informó", "explicó", "dijo", "indicó", "señaló", "precisó", "detalló",
    "afirmó", "aseguró", "reportó", "publicó", "informaron", "explicaron", "indicaron", "señalaron",
    "informado", "explicado", "dicho", "indicado", "señalado", "publicado", "por",
    # an impersonal or modal verb clause before the source, or none ("según se conoció",
    # "según pudo saber este diario", "según lo dispuesto por", "según confiaron desde")
    "se", "pudo", "podido", "saber", "conocer", "conoció", "conocido", "trascendió", "desde",
    "confió", "confiaron", "dispuesto", "detallado", "establecido", "consignó", "revelado",
)  # fmt: skip

_TITLES = (
    "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Lic.", "Ing.", "don", "doña", "presidente",
    "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "gobernador", "gobernadora",
    "diputado", "diputada", "senador", "senadora", "general", "coronel", "juez", "jueza",
    "fiscal", "secretario", "secretaria", "portavoz", "director", "directora", "canciller",
    "vicepresidente", "vicepresidenta", "Presidente", "Presidenta", "Ministro", "Ministra",
)  # fmt: skip

_ROLE_NOUNS = (
    "ministro", "ministra", "presidente", "presidenta", "alcalde", "alcaldesa", "gobernador",
    "gobernadora", "diputado", "diputada", "senador", "senadora", "portavoz", "director",
    "directora", "fiscal", "juez", "jueza", "abogado", "abogada", "médico", "médica",
    "entrenador", "técnico", "jugador", "jugadora", "delantero", "capitán", "líder",
    "dirigente", "funcionario", "funcionaria", "experto", "experta", "economista",
    "mandatario", "mandataria", "candidato", "candidata", "vocero", "vocera", "canciller",
    "secretario", "secretaria", "empresario", "empresaria", "investigador", "investigadora",
    "actor", "actriz", "cantante", "artista", "jefe", "jefa",
    "vicepresidente", "vicepresidenta", "viceministro", "viceministra", "subsecretario",
    "subsecretaria", "coordinador", "coordinadora", "analista", "periodista", "escritor",
    "escritora", "general", "coronel", "comandante", "concejal", "concejala", "intendente",
    "fundador", "fundadora", "rector", "rectora", "decano", "decana", "obispo", "embajador",
    "embajadora", "asesor", "asesora", "gerente", "consejero", "consejera", "titular", "legislador",
    "legisladora", "edil", "regidor", "regidora", "procurador", "procuradora", "defensor",
    "defensora", "vecino", "vecina", "estudiante", "profesor", "profesora", "miembro", "integrante",
    "delegado", "delegada",
    # professions reports quote by their title alone once named ("el conductor", "la psicóloga")
    "conductor", "conductora", "presentador", "presentadora", "imán", "rabino", "sacerdote",
    "magistrado", "magistrada", "psicólogo", "psicóloga", "psiquiatra", "nutricionista",
    "epidemiólogo", "epidemióloga", "virólogo", "viróloga", "especialista",
)  # fmt: skip

_GROUP_NOUNS = (
    "las autoridades", "la policía", "los expertos", "los vecinos", "los investigadores",
    "los médicos", "los manifestantes", "los testigos", "las fuentes", "los analistas",
    "fuentes", "los sindicatos", "los bomberos", "los familiares", "los organizadores",
    # bodies that speak for themselves ("el ministerio informó que", "según la fiscalía")
    "el ministerio", "el gobierno", "la fiscalía", "el ayuntamiento", "la empresa", "la compañía",
    "el ejército", "el comunicado", "el informe", "la alcaldía", "la municipalidad", "el juzgado",
    "el tribunal", "la policía nacional", "la asociación", "el sindicato", "el partido", "la entidad",
    "la guardia civil", "los mossos", "la ertzaintza", "los agentes", "la policía local",
    "la policía municipal", "los servicios de emergencia",
)  # fmt: skip

# plural speech verbs: "explicaron", "dijeron", "aseguran", "dicen", "han advertido"
_PLURAL_VERB_ENDINGS = ("aron", "ieron", "eron", "an", "en", "han")

_PRONOUNS = (
    ("él", "m"), ("ella", "f"), ("ellos", "pl"), ("ellas", "pl"), ("yo", "x"), ("nosotros", "pl"),
    # the relative that only stands for people: "aseguró Ruiz, quien añadió que …"
    ("quien", "x"), ("quienes", "pl"),
    # indefinite subjects: "Otros dijeron que …" names no one
    ("otros", "pl"), ("otras", "pl"), ("muchos", "pl"), ("muchas", "pl"), ("algunos", "pl"),
    ("algunas", "pl"),
)  # fmt: skip

_READ_PIECE_LABELS = tuple(
    # A label naming the kind of piece linked (``Lea también la entrevista: Título``, #11).
    f"{lead} {kind}"
    for lead in ("Lee", "Lea", "Lee también", "Lea también", "Lee aquí", "Lea aquí")
    for kind in (
        "la entrevista", "el análisis", "la crónica", "el reportaje", "la columna", "el editorial",
        "el artículo", "la noticia", "nuestro análisis", "nuestra entrevista",
    )
)  # fmt: skip
_ALSO_READ_LABELS = (
    *_READ_PIECE_LABELS,
    "Lee también", "Lea también", "Lee además", "Lea además", "Te puede interesar",
    "También te puede interesar", "Puede interesarte", "Te podría interesar",
    "Le puede interesar", "Puede interesarle", "Podría interesarle", "Leer más", "Ver también",
    "Mira también", "Lee más", "Lea más",
    # Peruvian and Mexican sites in capitals (``MIRA ESTO: …``; #11, round six)
    "Mira esto", "Mirá esto", "Lee esto",
    "Más información", "Relacionado", "Noticia relacionada", "Noticias relacionadas",
    "Sigue leyendo", "Recomendado", "Te recomendamos", "Lo más leído", "Otras noticias de",
    "Más leídas de", "Más noticias de", "Leé también", "Mirá también",
    # Further labels printed by Spanish-language news sites (Spain and Latin America).
    "También puedes leer", "También puede leer", "Puedes leer también", "Puede leer también",
    "También lee", "También lea", "Leer también", "Vea también", "Véase también", "Mire también",
    "Le podría interesar", "Podría interesarte", "Quizás te interese", "Quizá te interese",
    "Tal vez te interese", "Te puede interesar también", "También te podría interesar",
    "Te sugerimos", "Te recomendamos leer", "Lectura recomendada", "Lecturas recomendadas",
    "No te pierdas", "No se pierda", "Contenido relacionado", "Artículos relacionados",
    "Artículo relacionado", "Notas relacionadas", "Nota relacionada", "Seguir leyendo",
    "Leer más sobre", "Lee más sobre", "Más sobre este tema", "Más noticias sobre", "Lee la nota",
    "Lea la nota", "Ver más", "Mira el video", "Mirá el video", "En contexto", "Recomendamos",
    # Formal-address forms of Colombian, Dominican and Central American sites (#11).
    "Le recomendamos", "Le sugerimos", "Siga leyendo", "Puede leer", "Puedes leer",
    "Usted puede leer", "También le puede interesar", "Le puede interesar también",
    "Quizá le interese", "Quizás le interese", "Tal vez le interese", "Podría interesarle",
    "Vea además", "Lea además también",
    # A pointer word before the linked title (``LEA AQUÍ: …``).
    "Lea aquí", "Lee aquí", "Vea aquí", "Mire aquí", "Mira aquí",
    # Bracketed in-text links of Colombian and Central American sites (``(En otras noticias: …)``).
    "En otras noticias", "De interés", "Le podría interesar también",
    # Written without accents (keyboards and feeds that drop them).
    "Lee tambien", "Lea tambien", "Lea ademas", "Lee ademas", "Mas informacion", "Lee mas", "Lea mas",
    # Mexican, Argentine and blog-template forms (#11).
    "Checa también", "También checa", "Entérate", "Leé más", "Leé además", "Mirá además",
    "Entradas relacionadas", "Publicaciones relacionadas", "Noticias recomendadas", "Notas recomendadas",
    # one recommended story (``Nota recomendada: …``; #11, round six)
    "Nota recomendada", "Noticia recomendada", "Artículo recomendado",
    "También te recomendamos", "Lee la historia", "Te puede gustar", "También te puede gustar",
    # "You might like" forms (#11, round seven b).
    "Te podría gustar", "También te podría gustar", "Lee más aquí",
)  # fmt: skip

_SECTION_HEADERS = (
    "Otras noticias de", "Más leídas de", "Lo más leído", "Lo más visto", "Más noticias",
    "Noticias relacionadas", "Últimas noticias", "Te recomendamos", "Temas relacionados",
    "Más leídas", "Tendencias", "Contenido patrocinado",
    "Contenido relacionado", "Artículos relacionados", "Notas relacionadas", "Más de",
    "Lo último", "Recomendados",
    # Related blocks of news and blog templates (#11): ``Relacionadas`` is a weak label in a
    # sentence, a header only as the whole line.
    "Relacionadas", "Relacionados", "Noticias recomendadas", "Entradas relacionadas",
    # "Other news" rails under the story (#11, round eight).
    "Otras noticias", "Noticias de interés", "Más noticias de interés", "Noticias destacadas",
    "Publicaciones relacionadas", "Entradas recientes", "También te puede gustar",
)  # fmt: skip

_FOOTER_PHRASES = (
    "para más información, haz clic", "para más información haz clic", "haz clic aquí",
    "clic aquí", "en vivo", "síguenos", "suscríbete", "suscribite", "compartir",
    "comparte esta noticia", "compartir en facebook", "compartir en twitter", "comentarios",
    "todos los derechos reservados", "publicidad", "contenido patrocinado", "newsletter",
    "recibe nuestras noticias", "únete a nuestro canal", "síguenos en", "lorem ipsum",
    "tiempo de lectura", "escucha la noticia", "guardar", "ver comentarios", "más información",
    "escuchar", "seguir leyendo", "inicia sesión para seguir leyendo",
    "etiquetas", "para seguir leyendo", "reproducción prohibida", "más información en",
    "descarga nuestra app", "descargá nuestra app", "apoya el periodismo",
    # account, paywall and offer widgets (#11)
    "regístrate gratis", "registrate gratis", "crea tu cuenta", "crear cuenta",
    "ya eres suscriptor", "¿ya eres suscriptor", "ya sos suscriptor",
    "¿ya sos suscriptor", "hazte socio", "hazte socia", "hazte miembro", "suscríbete ahora",
    "suscribite ahora", "suscríbete por", "suscribite por", "accede a todo el contenido",
    "accede a todos los contenidos", "sin permanencia", "tu correo electrónico",
    "tu email", "tu e-mail", "recibe gratis", "recibe cada", "recibe las noticias",
    "recibe en tu correo", "recibe en tu email", "recibe en tu e-mail",
    "recibí las noticias", "únete a nuestra comunidad", "sumate", "colabora con nosotros",
    "dona ahora", "haz una donación", "apoya nuestro periodismo", "apoyá el periodismo",
    # share and save widgets
    "copiar enlace", "copiar link", "enlace copiado", "compartir en whatsapp", "compartir en x",
    "compartir en linkedin", "compartir por email", "compartir por correo", "enviar por whatsapp",
    "guardar noticia", "guardar artículo",
    # comment widgets
    "sé el primero en comentar", "se el primero en comentar", "para comentar debes",
    "para comentar, debes", "debes iniciar sesión", "los comentarios están sujetos",
    "normas de participación", "escribe tu comentario",
    "ver todos los comentarios", "cargar comentarios", "reportar comentario",
    # cookie consent
    "configuración de cookies", "configurar cookies", "aceptar todas", "aceptar y cerrar",
    "aceptar y continuar", "rechazar todas",
    # page navigation and services
    "volver arriba", "ir al contenido", "ir arriba", "mis noticias", "cargar más", "ver más noticias",
    "envía tus noticias", "envíanos tu noticia", "¿tienes una noticia", "¿tenés una noticia",
    "imagen de archivo", "foto de archivo", "más noticias de", "últimas noticias de",
)  # fmt: skip

_FOOTER_PATTERNS = (
    # a comment section's moderation note (#9, eighth round): "Los comentarios publicados son
    # responsabilidad exclusiva de sus autores …", "… no reflejan la opinión de este medio"; the
    # authors, the moderation or the outlet is named (a minister's comments are not)
    (
        "disclaimer",
        r"(?:los\s+)?comentarios\s+(?:\w{1,20}\s+){0,4}(?:son\s+(?:de\s+)?(?:exclusiva\s+|entera\s+)?responsabilidad\s+"
        r"(?:exclusiva\s+)?de\s+(?:sus|los)\s+(?:respectivos\s+)?autores|están\s+sujetos\s+a\s+moderación"
        r"|no\s+(?:reflejan|representan)\s+(?:necesariamente\s+)?la\s+(?:opinión|posición)\s+de\s+(?:este|esta|el|la)\s+"
        r"(?:medio|diario|periódico|redacción|portal|sitio|web|editorial))\b.{0,400}",
    ),
    # page notices of the seventh round (#9): a player's browser notice, an editor's note on an
    # update or an earlier publication, a video teaser label ("En video: …") with no sentence end
    ("other", r"(?:tu|su)\s+navegador\s+no\s+(?:soporta|admite|es\s+compatible|permite|puede)\b.{0,150}"),
    (
        "syndication",
        r"\*{0,2}\s{0,2}este\s+(?:artículo|texto|contenido|reportaje)\s+(?:fue\s+|se\s+|ha\s+sido\s+)?(?:publicado\s+originalmente"
        r"|publicó\s+originalmente|originalmente\s+(?:publicado|se\s+publicó)|actualizado|publicado\s+por\s+primera\s+vez)\b.{0,200}",
    ),
    ("other", r"en\s+video\s{0,2}[,:|-]\s{0,2}[^.!?\n]{2,150}[?!]?"),
    # page furniture alone on a line (#11, sixth round): paywall and consent notices, buttons, tags
    ("newsletter", r"hazte\s+(?:suscriptor|socio|premium)\W{0,3}"),
    (
        "other",
        r"este\s+contenido\s+no\s+está\s+disponible"
        r"(?:\W{0,3}|\s+(?:por|debido\s+a)\s+(?:tus|sus)\s+preferencias\b.{0,200})",
    ),
    ("other", r"archivado\s+en\W{0,3}"),
    # read-time stamps: "Lectura: 3 min", "3 minutos de lectura"
    ("other", r"(?:tiempo\s+de\s+)?lectura\s*+:?+\s*+\d{1,3}\s?min(?:utos?)?\.?"),
    ("other", r"\d{1,3}\s?min(?:utos?)?\.?\s+de\s+lectura"),
    # a paywall note: "Contenido exclusivo para suscriptores"
    (
        "newsletter",
        r"(?:(?:este\s+)?(?:contenido|artículo)\s+(?:es\s+)?)?exclusivo\s+para\s+(?:suscriptores|socios|abonados)\b.{0,150}",
    ),
    # a section menu entry: "- ECONOMÍA" (capitals: a short bullet in lower case is story)
    ("other", r"-\s{0,3}(?-i:[\p{Lu} ]{3,30})"),
    # a local date stamp line: "Martes 14 Junio, 2023 | 09:05"
    (
        "other",
        r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s{1,3}\d{1,2}\s{1,3}(?:de\s{1,3})?"
        r"\p{L}{3,10},?\s{1,3}\d{4}\s{0,3}\|\s{0,3}\d{1,2}:\d{2}",
    ),
    ("other", r"lorem\s+ipsum.{0,300}"),
    ("comments", r"(?:\d{1,6}\s+)?comentarios(?:\s*\(\d{1,6}\))?\W{0,3}"),
    ("comments", r"se\s+ha(?:n)?\s+publicado\s+\d{1,6}\s+comentarios?\W{0,3}"),
    ("comments", r"(?:deja|escribe)\s+(?:tu|un)\s+comentario\W{0,3}"),
    # the login prompt over a comment form, alone on a line (#9, eleventh round (sample s13)):
    # "Iniciar sesión para comentar", "Inicia sesión para comentar"
    (
        "comments",
        r"(?:iniciar|inicia|inicie)\s+sesión\s+para\s+(?:comentar|dejar\s+(?:un|tu)\s+comentario)\W{0,3}",
    ),
    # a currency ticker: "DÓLAR $ 3,75 ▲ 0,2% EURO € 4,10 ▼ 0,1%"
    (
        "other",
        r"(?:(?-i:\p{Lu}{3,12}+)\s{0,3}+(?:US\$|\$|€)?\s{0,3}+[\d.,]{1,12}+\s{0,3}+[▲▼+-]?\s{0,3}+"
        r"(?:[\d.,]{1,8}+%?)?\s{0,3}+){2,8}+",
    ),
    ("other", r"en\s+vivo\W{0,3}"),
    ("other", r"\|[ \t\u00a0|]{1,200}"),
    # a topic list or a lone interface word ("Temas: Economía, Empleo"; "Ver más")
    ("other", r"temas(?:\s*:.{0,200})?|ver\s+más\W{0,3}"),
    # a reproduction notice: "Queda prohibida la reproducción total o parcial …"
    ("copyright", r"(?:queda\s+)?prohibida\s+(?:su|la)\s+reproducción\b.{0,250}"),
    (
        "newsletter",
        r"(?:suscríbete|suscribite|regístrate|registrate)\s+(?:a|al|en)\s+(?:nuestro|nuestra|nuestros|el|la)\s+(?:newsletter|boletín|boletines|canal)\b.{0,200}",
    ),
    # interface words and links alone on a line (navigation, account, legal pages)
    (
        "other",
        r"(?:noticia\s+(?:siguiente|anterior)|artículo\s+(?:anterior|siguiente)|reportar\s+(?:un\s+)?error|imprimir"
        r"|enviar\s+por\s+(?:e-?mail|correo)|ir\s+a\s+(?:los\s+)?comentarios|ver\s+galería|iniciar\s+sesión"
        r"|cerrar\s+sesión|aviso\s+legal|política\s+de\s+(?:privacidad|cookies)|términos\s+y\s+condiciones"
        r"|contacto|buscar|inicio|menú|registrarse)\W{0,3}",
    ),
    ("newsletter", r"ya\s+soy\s+(?:suscriptor|socio|abonado)\b.{0,60}"),
    # comment widgets that open the comment section (#11): reply and report buttons under each
    # comment, and the prompts that stand where the comments start
    # a follow plea written as a sentence, so that it is found at the end of a joined line too
    (
        "social_follow",
        r"(?:síguenos|seguinos|síganos|sigue\s+a\s+\S{1,30})\s+(?:en|por)\s+(?:\w{1,12}\s+){0,3}(?:tel"
        r"egram"
        r"|instagram|facebook|twitter|x|youtube|tiktok|whats\s?app|linkedin|threads"
        r"|bluesky|google\s+(?:news|notícias|noticias|actualités)|redes\s+sociais|redes\s+sociales"
        r"|réseaux\s+sociaux|sozialen\s+(?:netzwerken|medien)|social)\b.{0,120}",
    ),
    ("other", r"(?:más\s+información|saber\s+más)\W{0,3}"),
    # comment-section headers, written in the many ways sites head them (#11)
    (
        "comments",
        r"(?:(?:comenta|añadir|añade|agregar|agrega|escribe|escribí|deja|dejá|dejar)\s+(?:tu\s+|un\s+)?comentario"
        r"|comenta\s+(?:esta|la)\s+(?:noticia|nota)|comentarios\s+de\s+(?:los\s+)?(?:lectores|usuarios)"
        r"|tu\s+opinión(?:\s+importa)?|opina)\W{0,3}",
    ),
    ("comments", r"responder\W{0,3}"),
    # a report button: under comments, but also in a widget row of the story, so it opens nothing
    ("other", r"(?:denunciar|reportar)\W{0,3}"),
    (
        "comments",
        r"(?:s[ée]\s+el\s+primero\s+en\s+comentar|para\s+comentar,?\s+(?:debes|debés|tienes\s+que|tenés\s+que)"
        r"|los\s+comentarios\s+(?:están\s+sujetos|son\s+(?:de\s+)?(?:exclusiva\s+)?responsabilidad))\b.{0,200}",
    ),
    (
        "comments",
        r"(?:ver|mostrar|cargar|leer)\s+(?:los\s+|todos\s+los\s+)?(?:\d{1,6}\s+)?comentarios\W{0,3}",
    ),
    # cookie and consent notices: sentences, so no phrase takes them
    (
        "other",
        r"(?:utilizamos|usamos|este\s+(?:sitio|portal)(?:\s+web)?\s+utiliza)\s+(?:\w{1,8}\s+){0,5}(?:cookies|galletas)\b"
        r"(?=.{0,300}\b(?:tu|tus|usted|navegación|experiencia|servicios|publicidad)\b).{0,300}",
    ),
    ("other", r"(?:si\s+contin[uú]as?\s+navegando|al\s+continuar\s+navegando)\b.{0,300}"),
    # interface words alone on a line
    (
        "other",
        r"(?:en\s+directo|inicia\s+sesión|iniciá\s+sesión|cerrar|portada|rechazar|aceptar"
        r"|enviar|últimas\s+noticias)\W{0,3}",
    ),
    # a tip plea: "¿Tienes una noticia? Escríbenos a …"
    ("other", r"¿\s?(?:tienes|tenés)\s+(?:una\s+)?(?:noticia|denuncia|información)\b.{0,40}\?\s*+\S.{0,150}"),
    # a publisher's legal imprint: "Director: …", "Depósito legal: …", "ISSN …"
    (
        "copyright",
        r"(?:director(?:a)?\s+(?:general|editorial|periodístico)|editor(?:a)?\s+(?:general|responsable))\s*+:\s*+.{1,100}"
        r"|depósito\s+legal\b.{0,100}|issn\s*+:?\s*+\d{4}-?\d{3}[\dx].{0,60}|registro\s+mercantil\b.{0,150}",
    ),
    # a topic list: "Temas relacionados: Congreso, Pensiones"
    ("other", r"(?:temas\s+relacionados|etiquetas|tags|palabras\s+clave)\s*:.{0,200}"),
    # a currency ticker line: "Dólar Oficial $810,50 $860,50", "DÓLAR BLUE Compra $ 1.000 Venta $ 1.020"
    (
        "other",
        r"(?:dólar|euro|real|peso|riesgo\s+país|merval|bitcoin)(?:\s+(?:blue|oficial|mep|ccl|tarjeta|cripto|bna"
        r"|mayorista|minorista|hoy)){0,2}(?:\s{1,3}(?:(?:compra|venta)\s{0,3})?(?:us\$|u\$s|s/\.?|[$€])?\s{0,2}"
        r"\d[\d.,]{0,12}+){1,2}(?:\s{0,3}[▲▼+-]\s{0,2}\d[\d.,]{0,6}+\s?%)?",
    ),
    # a newsletter box's lines: the consent under the form, the unsubscribe note, the tagline
    (
        "newsletter",
        r"al\s+(?:suscribirte|suscribirse|registrarte|registrarse|hacer\s+clic|enviar)\b.{0,30}\b(?:aceptas|acepta|aceptás)\b.{0,250}"
        r"|(?:puedes|podrás|podés)\s+(?:darte\s+de\s+baja|cancelar\s+(?:la|tu)\s+suscripción)\b.{0,150}",
    ),
    # the box's tagline: opening words of a tagline, then the reader's inbox
    (
        "newsletter",
        r"(?:las|la|lo|los|el|recibe|recibí|cada|todos|todas)\b"
        r"(?!.{0,210}\b(?:según|dijo|afirmó|advirtió|explicó|señaló)\b)(?=.{0,150}\b(?:directo|directamente|mañana|día|días|semana)\b)"
        r".{0,150}\b(?:en|a)\s+tu\s+(?:correo|bandeja\s+de\s+entrada|email|e-mail)\b.{0,60}",
    ),
    # an ad marker that tells the reader the story goes on: "Sigue leyendo debajo del anuncio"
    (
        "ad",
        r"(?:(?:la\s+nota|el\s+artículo|la\s+noticia)\s+(?:sigue|continúa)|(?:sigue|continúa)\s+leyendo)"
        r"(?:\s+(?:debajo|después|abajo)(?:\s+del?\s+(?:anuncio|publicidad))?)?\W{0,3}|anuncio|contenido\s+de\s+la\s+nota\W{0,3}",
    ),
    # paywall, registration and trust-label lines: "Lee sin límites", "Conforme a los criterios de …"
    (
        "newsletter",
        r"lee\s+sin\s+límites\W{0,3}|apúntate\s+(?:a|al)\s+(?:nuestra|nuestro|la|el)\s+(?:newsletter|boletín)\b.{0,250}"
        r"|esta\s+funcionalidad\s+es\s+s[óo]lo\s+para\s+(?:registrados|suscriptores)\b.{0,80}",
    ),
    ("other", r"conforme\s+a\s+los\s+criterios\s+de\b.{0,80}"),
)  # fmt: skip

# A writer's bio under the story (#11): a full name, the copula and a newsroom role word
# (``Juan Pérez es periodista especializado en economía.``).
# Tail only: inside the story the same sentence is story. A role line with no name
# (``Redakteur in der Politik.``) is an author box's: the bylines rule's.
_FOOTER_TAIL_PATTERNS = (
    (
        "other",
        r"(?-i:(?!(?:El|La|Los|Las|Un|Una|Este|Esta|Su|Nuestro|Nuestra)\b)\p{Lu}[\p{L}\'’-]{1,24}(?:\s+\p{Lu}[\p{L}.\'’-]{0,24}){1,2})"
        r"\s+(?:es|era|fue)\s+(?:\p{L}{1,15}\s+){0,4}?(?:periodista|reportero|reportera|redactor|redactora|corresponsal|columnista|editor|editora|fotógrafo|fotógrafa|cronista|colaborador|colaboradora)\b.{0,300}",
    ),
)  # fmt: skip

_KICKERS = (
    "en vivo", "en directo", "última hora", "exclusivo", "video", "fotos", "opinión",
    "análisis", "entrevista", "reportaje", "crónica", "editorial", "urgente", "minuto a minuto",
)  # fmt: skip

_CONTACT_CUES = (
    "escríbele a", "escríbale a", "escribe a", "escriba a", "escribe", "escríbele", "escriba",
    "contacta a", "contacte a", "contactar a", "contacta con", "contacte con", "contactar con",
    "contacta", "contacte", "contactar", "sigue a", "siga a", "seguir a",
)  # fmt: skip
_CONTACT_AUTHORS = (
    "el autor", "la autora", "al autor", "a la autora", "el periodista", "la periodista",
    "al periodista", "a la periodista", "con el autor", "con la autora",
)  # fmt: skip
_CONTACT_AFTER_NAME = (
    "puede ser contactado", "puede ser contactada", "está en twitter", "está en x",
)  # fmt: skip

_BYLINE_PREFIXES = (
    "Por", "por", "POR", "Publicado por", "Escrito por", "Redacción", "La información es de", "Autor",
    "Autora", "Autores", "Texto:",
    # the writer named by the kind of piece or by the desk ("Texto de Ana Ruiz", "Edición: …")
    "Texto de", "Texto y fotos de", "Redactado por", "Redacción:", "Edición:", "Editado por",
    "Reportaje de", "Crónica de", "Entrevista de",
)  # fmt: skip

_BYLINE_STOPWORDS = (
    "eso", "ello", "lo", "la", "el", "los", "las", "un", "una", "su", "sus", "su parte",
    "otra", "otro", "último", "ejemplo", "tanto", "ciento", "primera", "segunda", "ahora",
    "qué", "favor", "encima", "debajo", "fin", "medio", "parte", "ser", "haber",
    # prepositions opening a sentence, never a name's first word ("En Londres, el índice …")
    "en", "con", "según", "para", "sin", "desde", "tras",
)  # fmt: skip

_BYLINE_ROLES = (
    "Redacción", "corresponsal", "Corresponsal", "enviado especial", "enviada especial", "periodista",
)  # fmt: skip

_AGENCIES = (
    "EFE", "Efe", "AFP", "AP", "Reuters", "Europa Press", "Agencia EFE", "Télam", "Notimex", "ANSA",
    "Xinhua", "Sputnik", "Agencias", "agencias",
)  # fmt: skip

_CREDIT_LABELS = (
    "Con información de", "Fuente:", "Con datos de", "La información es de",
)  # fmt: skip

_DATELINE_PATTERNS = (
    # "MADRID (EFE) —", "DORTMUND, Alemania (AP) —", "Bogotá, 3 may (EFE).-"
    r"(?P<place>\p{Lu}[\p{L}'’.-]{1,30}+(?:[ \u00a0]\p{Lu}[\p{L}'’.-]{1,30}+){0,3}+)"
    r"(?:,[ \u00a0][^()\n]{1,40}?)?[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\)[ \u00a0]*+\.?[-—–]",
    # "Buenos Aires.-", "MONTEVIDEO.-", "Tegucigalpa, Honduras.-", "Santo Domingo, RD.-": the
    # place (and its country) closed by a full stop and a dash
    # ("Ciudad de México.-": a linking "de" between the place's words)
    r"(?P<place>\p{Lu}[\p{L}'’]{1,30}+"
    r"(?:[ \u00a0](?:(?:de|del|la|los|las)[ \u00a0])?\p{Lu}[\p{L}'’]{1,30}+){0,3}+"
    r"(?:,[ \u00a0]\p{Lu}[\p{L}'’]{1,30}+(?:[ \u00a0]\p{Lu}[\p{L}'’]{1,30}+){0,2}+)?)\.[-—–]",
    # "BOGOTÁ. El ...", "SAN PEDRO SULA, HONDURAS. La ...": a place in capitals closed by a
    # full stop, then the lede's capital ("EE.UU." has no space after its first stop; a
    # one-word place has four letters or more: "ONU.", "GOL." are not places)
    r"(?=\p{Lu}{4}|\p{Lu}{2,}[ \u00a0]\p{Lu}{2})"
    r"(?P<place>\p{Lu}{2}[\p{Lu}'’-]{0,28}+(?:[ \u00a0]\p{Lu}{2}[\p{Lu}'’-]{0,28}+){0,3}+"
    r"(?:,[ \u00a0]\p{Lu}{2}[\p{Lu}'’-]{0,28}+(?:[ \u00a0]\p{Lu}{2}[\p{Lu}'’-]{0,28}+){0,2}+)?)\."
    r"(?=[ \u00a0]{1,2}\p{Lu}\p{Ll})",
    # "MADRID, 3 (EUROPA PRESS)": a place in capitals, the day, the agency in capitals, no dash
    r"(?P<place>\p{Lu}[\p{Lu}'’.-]{1,30}+(?:[ \u00a0]\p{Lu}[\p{Lu}'’.-]{1,30}+){0,3}+),[ \u00a0]\d{1,2}"
    r"[ \u00a0]\((?P<agency>\p{Lu}[\p{Lu} .-]{1,30}+)\)",
    # "Madrid, 3 de marzo de 2024.-", "Lima, 3 de marzo (Andina).": a written date, then the
    # agency in brackets or ".-"
    r"(?P<place>\p{Lu}[\p{L}'’.-]{1,30}+(?:[ \u00a0]\p{Lu}[\p{L}'’.-]{1,30}+){0,3}+),"
    r"[ \u00a0]\d{1,2}[ \u00a0]de[ \u00a0]\p{L}{3,10}+(?:[ \u00a0]de[ \u00a0](?:19|20)\d\d)?"
    r"(?:[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\)\.?[-—–]?|\.[-—–]|[ \u00a0][-—–](?=[ \u00a0]))",
)  # fmt: skip

_DATELINE_STOPWORDS = (
    "según", "pero", "además", "luego", "así", "video", "fotos",
    # labels in capitals closed by a full stop ("URGENTE. El ...")
    "urgente", "alerta", "atención", "exclusiva", "exclusivo", "última hora", "en vivo", "opinión",
    "editorial", "análisis", "entrevista", "actualización",
)  # fmt: skip

_MONTHS = (
    ("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"), ("mayo", "may"),
    ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"),
    ("septiembre", "setiembre", "sep", "sept", "set"), ("octubre", "oct"),
    ("noviembre", "nov"), ("diciembre", "dic"),
)  # fmt: skip

_WEEKDAYS = (
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
)  # fmt: skip

_TIMESTAMP_LABELS = (
    ("publicado el", "published"), ("publicado", "published"), ("actualizado el", "updated"),
    ("actualizado", "updated"), ("última actualización", "updated"),
)  # fmt: skip

_READ_TIME_PATTERNS = (
    r"(?:tiempo[\s\u00a0]de[\s\u00a0]lectura:?[\s\u00a0]{0,2})?\d{1,3}[\s\u00a0]{0,2}min(?:utos?)?\.?(?:[\s\u00a0]{1,2}de[\s\u00a0]lectura)?",
)  # fmt: skip

_CAPTION_LABELS = (
    "Foto", "Fotos", "Fotografía", "Imagen", "Archivo", "Crédito", "Video",
)  # fmt: skip

# Given names of one sex, for a pronoun's gender and to tell a person's name from a body's.
# Frequent given names of the language's countries, from the national birth-name statistics
# (INE Spain, INDEC and RENAPER Argentina, RENIEC Peru, INEGI Mexico), chosen by hand;
# names given to both sexes there (Guadalupe, Rosario, Trinidad, Cruz, Reyes, Ariel) are left out.
_FEMALE_NAMES = (
    "María", "Carmen", "Ana", "Isabel", "Laura", "Cristina", "Marta", "Lucía", "Pilar", "Elena", "Rosa",
    "Dolores", "Paula", "Raquel", "Sara", "Manuela", "Mercedes", "Teresa", "Beatriz", "Nuria", "Silvia",
    "Julia", "Irene", "Patricia", "Rocío", "Encarnación", "Alba", "Andrea", "Montserrat", "Mónica",
    "Alicia", "Sonia", "Sandra", "Marina", "Ángela", "Natalia", "Claudia", "Susana", "Yolanda", "Inmaculada",
    "Margarita", "Eva", "Esther", "Verónica", "Noelia", "Carolina", "Sofía", "Martina", "Valeria", "Daniela",
    "Valentina", "Camila", "Florencia", "Agustina", "Micaela", "Milagros", "Luciana", "Romina", "Gabriela",
    "Fernanda", "Ximena", "Lorena", "Marisol", "Adriana", "Mariana", "Liliana", "Graciela", "Silvina",
    "Cecilia", "Victoria", "Karina", "Brunella", "Mirtha", "Susely", "Aylín", "Yamila", "Belén", "Ainhoa",
    "Leire", "Nerea", "Itziar", "Begoña", "Amaia", "Macarena", "Soraya", "Consuelo", "Inés", "Rebeca",
    "Gloria", "Estela", "Norma", "Olga", "Elisa", "Lidia", "Catalina", "Josefina", "Lourdes", "Magdalena",
    "Antonia", "Juana", "Francisca", "Concepción", "Adela", "Amparo", "Matilde", "Leonor", "Clara", "Emilia",
    "Jimena", "Dulce", "Yesenia", "Maribel",
)  # fmt: skip

_MALE_NAMES = (
    "José", "Antonio", "Manuel", "Francisco", "Juan", "David", "Javier", "Daniel", "Carlos", "Jesús",
    "Alejandro", "Miguel", "Rafael", "Pedro", "Pablo", "Ángel", "Sergio", "Fernando", "Jorge", "Luis",
    "Alberto", "Álvaro", "Adrián", "Diego", "Raúl", "Enrique", "Ramón", "Vicente", "Andrés", "Joaquín",
    "Santiago", "Víctor", "Eduardo", "Mario", "Roberto", "Jaime", "Ignacio", "Alfonso", "Salvador", "Ricardo",
    "Marcos", "Jordi", "Emilio", "Julián", "Guillermo", "Gabriel", "Tomás", "Agustín", "Gonzalo", "Félix",
    "Nicolás", "Hugo", "Martín", "Mateo", "Lucas", "Leo", "Matías", "Sebastián", "Benjamín", "Thiago",
    "Facundo", "Gustavo", "Hernán", "Mauricio", "Rodrigo", "Esteban", "Humberto", "Aníbal", "Máximo",
    "Cristian", "Ezequiel", "Ernesto", "Osvaldo", "Néstor", "Rubén", "Héctor", "Óscar", "Oscar", "Gerardo",
    "Arturo", "Alfredo", "Armando", "Orlando", "Rolando", "César", "Iván", "Jonathan", "Alexis", "Pepe",
    "Paco", "Xavier", "Borja", "Íñigo", "Iñigo", "Unai", "Aitor", "Gorka", "Iker", "Xabier", "Ximo", "Lluís",
    "Josep", "Pere", "Jose", "Alonso", "Domingo", "Bartolomé", "Felipe", "Emiliano", "Lorenzo", "Ramiro",
    "Bernardo", "Leonardo", "Marcelo", "Fabián", "Claudio", "Horacio", "Ismael", "Abel", "Isaac", "Elías",
)  # fmt: skip


# Calls to action, promo nouns and label words for the prose classifier (#11): one word each,
# as it splits words (``suivez-nous`` is one word).
_CTA_VERBS = (
    "síguenos", "seguinos", "sigue", "suscríbete", "suscribite", "suscríbase", "regístrate",
    "registrate", "únete", "sumate", "descarga", "descargá", "descargue", "activa", "activá",
    "recibe", "recibí", "accede", "accedé", "prueba", "disfruta", "apoya", "apoyá", "colabora",
    "dona", "comparte", "compartí", "comenta", "comentá", "envía", "envíanos", "escríbenos",
    "contáctanos", "haz", "hacé",
)  # fmt: skip
_PROMO_NOUNS = (
    "suscripción", "suscripciones", "suscriptor", "suscriptores", "socio", "socios", "boletín",
    "boletines", "newsletter", "app", "aplicación", "canal", "whatsapp", "telegram", "youtube",
    "instagram", "facebook", "tiktok", "correo", "e-mail", "email", "notificaciones", "alertas",
    "gratis", "gratuito", "gratuita", "oferta", "periodismo", "donación", "donaciones", "membresía",
    "cuenta", "podcast",
)  # fmt: skip
_LABEL_WORDS = (
    "leídas", "leídos", "vistos", "vistas", "relacionadas", "relacionados", "recomendadas",
    "recomendados", "tendencias", "populares", "últimas", "noticias", "artículos", "temas",
    "destacadas", "destacados",
)  # fmt: skip

# Photo sources that close a credit line "Nombre Apellido | Agencia" (#11), as written
# (compared case-blind): ``residue.photo_credits`` looks at lines holding a ``|``.
_PHOTO_SOURCES = (
    "EFE", "AFP", "AP", "Reuters", "Europa Press", "Getty Images", "Getty", "Shutterstock",
    "iStock", "Cuartoscuro", "Archivo", "Cortesía", "Especial", "Prensa", "Captura de pantalla",
    "Captura de video", "Agencias", "Agencia", "Télam", "Notimex", "Xinhua",
)  # fmt: skip


# Nouns of works, programmes, laws and publications: a capitalised quotation after one is a name
# ("en su libro “Never give an inch”", "la operación “Tormenta”", "el diario “El País”").
_WORK_NOUNS = (
    "capítulo", "sección", "artículo", "titular", "informe", "estudio", "publicación", "post",
    "blog", "sitio", "página", "portal",
    "libro", "novela", "ensayo", "obra", "película", "filme", "cinta", "largometraje", "cortometraje",
    "serie", "telenovela", "programa", "documental", "canción", "álbum", "disco", "sencillo",
    "espectáculo", "exposición", "muestra", "festival", "ley", "decreto", "proyecto", "plan",
    "operación", "operativo", "campaña", "plataforma", "aplicación", "revista", "diario",
    "periódico", "semanario", "columna", "podcast", "movimiento", "colectivo", "agrupación",
    "iniciativa", "título", "lema", "eslogan", "hashtag", "etiqueta", "reality", "show", "concurso",
    "marca", "gira",
)  # fmt: skip
# Words presenting the quotation after them as a name or a term ("el programa conocido como “…”")
_MENTION_LEADS = (
    "conocido como", "conocida como", "conocidos como", "conocidas como", "denominado", "denominada",
    "denominados", "denominadas", "autodenominado", "autodenominada", "bautizado", "bautizada",
    "apodado", "apodada", "titulado", "titulada", "el llamado", "la llamada", "los llamados",
    "las llamadas", "el término", "la palabra", "la expresión", "el lema", "alias",
    # an inscription, a hashtag, and the charge a court names ("acusado del delito de « … »")
    "la leyenda", "la inscripción", "el hashtag", "la consigna", "el delito de", "los delitos de",
    "un delito de", "imputado por", "imputada por",
    # a work named after the story's subject ("el libro homónimo «…»")
    "homónimo", "homónima",
)  # fmt: skip

# Writing phrases and words for someone's words that end a paragraph introducing a quotation
# set as a block below it, whose marks the scrape lost ("escribió en su cuenta:", "con estas palabras:")
_BLOCK_INTROS = (
    "escribió", "escribe", "ha escrito", "lo siguiente",
    "estas palabras", "sus palabras", "textualmente", "relata", "relató", "publicó", "señala",
    "explica", "afirma", "sostiene", "expresó",
)  # fmt: skip

TABLES = LanguageTables(
    "es",
    "Spanish",
    function_words=_FUNCTION_WORDS,
    speech_verbs=_SPEECH_VERBS,
    lenient_verbs=("dijo", "dice", "dijeron", "contó", "escribió", "ha dicho"),
    inversion_cues=tuple(
        f"{verb} {det}" for verb in _PRETERITE + _OTHER for det in ("el", "la", "los", "las", "un", "una")
    )
    # the next sentence names who said the quote: "“…”. Así lo dijo el alcalde X."
    + tuple(
        f"así lo {verb}"
        for verb in (
            "dijo",
            "afirmó",
            "aseguró",
            "expresó",
            "señaló",
            "manifestó",
            "indicó",
            "explicó",
            "declaró",
            "destacó",
            "informó",
            "dio a conocer",
            "hizo saber",
            "advirtió",
        )
    )
    # "“…”. Con estas palabras, la portavoz del Gobierno, X, justificó …": the next sentence's subject
    + (
        "con estas palabras",
        "con esas palabras",
        "con estas declaraciones",
        "con esa frase",
        "con esta frase",
    ),
    participle_cues=_PARTICIPLE_CUES,
    speech_coordinators=("y", "e", "pero", "aunque", "mas", "sino"),
    linking_adverbs=("luego", "también", "además", "después", "finalmente", "incluso", "más tarde"),
    # sentence-opening adverbs a capital makes look like a given name ("Ahora Bustos asegura")
    opening_adverbs=(
        "ahora",
        "hoy",
        "ayer",
        "entonces",
        "luego",
        "después",
        "además",
        "también",
        "así",
        "mientras",
        "incluso",
        "finalmente",
        "asimismo",
        "anoche",
    ),
    complementisers=("que",),
    according_to=_ACCORDING_TO,
    reading_cues=_READING_CUES,
    infinitive_openers=("haber", "no haber", "estar", "ser", "no ser"),
    opinion_openers=("para",),
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
        "comunicado",
        "texto",
        "documento",
        "informe",
        "estudio",
        "encuesta",
        "publicación",
        "mensaje",
        "nota",
        "información",
    ),
    female_names=_FEMALE_NAMES,
    male_names=_MALE_NAMES,
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")),
    dialogue_dashes=("—", "–"),
    block_intros=_BLOCK_INTROS,
    quotes_run_on=True,
    work_nouns=_WORK_NOUNS,
    mention_leads=_MENTION_LEADS,
    also_read_labels=_ALSO_READ_LABELS,
    weak_also_read_labels=(
        "Lee",
        "Lea",
        "Ver",
        "Vea",
        "Video",
        "Relacionadas",
        "Mira",
        "Mirá",
        "Leer",
        # ``(Además: …)`` before a linked title; a separator and a capital are required.
        "Además",
        # ``También: ( Título )`` (El Tiempo and its peers): the bare "also" word as a label.
        "También",
    ),
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
    interview_links=("en conversación con", "entrevistado por", "entrevistada por"),
    dateline_patterns=_DATELINE_PATTERNS,
    dateline_stopwords=_DATELINE_STOPWORDS,
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    timestamp_labels=_TIMESTAMP_LABELS,
    read_time_patterns=_READ_TIME_PATTERNS,
    caption_labels=_CAPTION_LABELS,
    photo_sources=_PHOTO_SOURCES,
)
"""The Spanish tables."""
