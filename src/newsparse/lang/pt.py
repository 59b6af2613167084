"""Portuguese (Brazil and Portugal): ``disse``, ``afirmou``, ``segundo X``, ``Leia também``,
``Leia mais``, ``Por``, ``Do redator``, ``(Agência Brasil)``."""

from __future__ import annotations

from newsparse.lang.tables import LanguageTables

__all__ = ["TABLES"]

_PRETERITE = (
    "disse", "afirmou", "declarou", "explicou", "disseram", "ressaltou", "destacou",
    "informou", "acrescentou", "completou", "comentou", "contou", "relatou", "garantiu",
    "assegurou", "afirmaram", "declararam", "explicaram", "apontou", "avaliou", "defendeu",
    "criticou", "lembrou", "reconheceu", "admitiu", "negou", "alertou", "advertiu",
    "observou", "pontuou", "salientou", "sublinhou", "frisou", "reforçou", "enfatizou",
    "argumentou", "questionou", "respondeu", "escreveu", "publicou", "anunciou", "confirmou",
    "revelou", "prometeu", "concluiu", "considerou", "opinou", "desabafou", "brincou",
    "diz", "afirma", "declara", "explica", "ressalta", "destaca", "conta", "relata",
    "garante", "aponta", "avalia", "defende", "lembra", "observa", "pontua", "completa",
    "deixou claro", "afirmam", "dizem", "acrescenta", "informa", "comenta", "conclui", "critica",
    "alerta", "questiona", "indaga", "indagou", "reforça", "frisa", "argumenta", "pondera",
    "ponderou", "confessa", "falou", "fala", "emendou", "reiterou", "reitera",
    "destacaram", "informaram", "avaliaram", "ressaltaram", "relataram", "contaram", "alertaram",
    "criticaram", "defenderam", "lamentou", "lamenta", "disparou", "dispara", "ironizou", "ironiza",
    "cravou", "crava", "salienta", "sublinha", "admite", "reconhece", "nega", "acredita",
    "acreditou", "enfatiza", "rebateu", "rebate", "justificou", "justifica", "esclareceu",
    "esclarece", "explicitou", "detalhou", "detalha", "comemorou", "comemora", "cobrou", "cobra",
    "avisou", "avisa", "minimizou", "minimiza", "reclamou", "reclama", "sustentou", "sustenta",
    "citou", "cita", "indicou", "indica", "reafirmou", "reafirma", "mencionou", "menciona",
    "sinalizou", "sinaliza", "alegou", "alega", "assinalou", "assinala", "acusou", "acusa",
    "ratificou", "ratifica", "denunciou", "confessou", "anuncia", "adverte", "assegura", "responde",
    "considera", "denuncia", "revela", "desabafa", "brinca",
    # verbs that compare, sum up or go on ("», compara Souza", "», exemplifica o advogado")
    "compara", "comparou", "exemplifica", "exemplificou", "resume", "resumiu", "complementa",
    "complementou", "finaliza", "finalizou", "descreve", "descreveu", "retruca", "retrucou",
    "elogia", "elogiou", "opina", "insiste", "insistiu",
    "acrescentaram", "completaram",
    # reflexive verbs of asking and complaining ("”, se pergunta a mãe", "”, se queixou o dono")
    "se pergunta", "se perguntou", "se queixa", "se queixou", "se defende", "se defendeu",
    "se justifica", "se justificou", "se emociona", "se emocionou", "se lamenta", "se lamentou",
)  # fmt: skip

_PERFECT = ("dito", "afirmado", "declarado", "explicado", "informado", "ressaltado", "destacado")

_FUNCTION_WORDS = (
    "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos",
    "nas", "que", "um", "uma", "para", "com", "não", "por", "pelo", "pela", "ao", "à",
    "se", "seu", "sua", "mais", "mas", "como", "foi", "são", "ser", "ele", "ela", "eles",
    "também", "segundo", "disse", "já", "está", "pelos", "pelas", "entre", "sobre",
    "quando", "isso", "este", "esta", "essa", "esse", "até", "ou", "nós", "há", "após",
    "ainda", "muito", "num", "numa", "lhe",
)  # fmt: skip

_SPEECH_VERBS = (
    *_PRETERITE, *(f"{aux} {p}" for aux in ("tem", "têm", "tinha", "havia") for p in _PERFECT),
)  # fmt: skip

_PARTICIPLE_CUES = (
    "acrescentando", "afirmando", "dizendo", "ressaltando", "destacando", "explicando", "lembrando",
    "completando",
)  # fmt: skip

_ACCORDING_TO = (
    "segundo", "de acordo com", "conforme", "na avaliação de", "nas palavras de",
)  # fmt: skip

# impersonal reading phrases naming where the quoted words stand; the publication, or the body
# whose document follows, is their source (see LanguageTables.reading_cues)
_READING_CUES = (
    "lê-se em", "lê-se no", "lê-se na", "lê-se nos", "lê-se nas",
)  # fmt: skip

# words that make a short quotation after them someone's words ("qualifié de « … »")
_FRAGMENT_CUES = (
    "classificou como", "classificou de", "classifica como", "chamou de", "chama de", "falou em",
    "fala em", "falou de", "definiu como", "descreveu como", "denunciou", "prometeu", "pediu",
    "criticou", "cobrou", "lamentou", "classificou", "chamou",  # "classificou a decisão de “…”"
    # speech acts that govern the speaker's quoted words (round six)
    "se disse", "se mostrou", "se declarou", "agradeceu", "agradece", "acusou de", "acusa de",
    "se referiu a", "justificou", "exigiu", "alertou para", "alertou sobre", "considerou",
    "defendeu", "reclamou de",
)  # fmt: skip

# as-clauses naming a source ("Wie die Polizei mitteilte, …", "Como explicó X, …")
_AS_CLAUSE_OPENERS = ("como", "conforme")
_AS_CLAUSE_VERBS = (
    "já", "tem", "havia", "explicado", "dito", "informado", "afirmado", "anunciado", "lembrou",
    "lembra", "explica", "diz", "mostrou", "revelou", "noticiou",
)  # fmt: skip

# words between an according-to cue and its source ("según informó la policía")
_ACCORDING_FILLERS = (
    "que", "informou", "disse", "explicou", "afirmou", "apurou", "divulgou", "informaram",
    "disseram", "informado", "divulgado", "apurado", "por", "pelo", "pela", "pelos", "pelas",
    # "segundo se soube", "segundo pôde apurar o jornal"
    "se", "soube", "pôde", "apurar", "saber",
)  # fmt: skip

_TITLES = (
    "Sr.", "Sra.", "Dr.", "Dra.", "dom", "dona", "presidente", "ministro", "ministra",
    "prefeito", "prefeita", "governador", "governadora", "deputado", "deputada", "senador",
    "senadora", "general", "coronel", "juiz", "juíza", "delegado", "delegada", "secretário",
    "secretária", "porta-voz", "diretor", "diretora", "desembargador", "vereador",
    "vereadora", "Presidente", "Ministro", "Ministra",
)  # fmt: skip

_ROLE_NOUNS = (
    "ministro", "ministra", "presidente", "prefeito", "prefeita", "governador", "governadora",
    "deputado", "deputada", "senador", "senadora", "porta-voz", "diretor", "diretora",
    "delegado", "delegada", "juiz", "juíza", "advogado", "advogada", "médico", "médica",
    "técnico", "treinador", "jogador", "jogadora", "atacante", "capitão", "líder",
    "especialista", "economista", "candidato", "candidata", "secretário", "secretária",
    "empresário", "empresária", "pesquisador", "pesquisadora", "parlamentar", "cantor",
    "cantora", "ator", "atriz", "vereador", "vereadora",
    "vice-presidente", "vice-governador", "coordenador", "coordenadora", "analista", "jornalista",
    "escritor", "escritora", "general", "coronel", "comandante", "fundador", "fundadora", "reitor",
    "reitora", "bispo", "embaixador", "embaixadora", "assessor", "assessora", "gerente",
    "conselheiro", "conselheira", "titular", "procurador", "procuradora", "promotor", "promotora",
    "defensor", "defensora", "professor", "professora", "estudante", "superintendente", "chefe",
    "presidenta", "ministra-chefe", "desembargador", "desembargadora", "relator", "relatora",
    # professions reports quote by their title alone once named ("o apresentador", "a psicóloga")
    "apresentador", "apresentadora", "imã", "rabino", "padre", "magistrado", "magistrada",
    "psicólogo", "psicóloga", "psiquiatra", "nutricionista", "epidemiologista", "infectologista",
    "virologista",
)  # fmt: skip

_GROUP_NOUNS = (
    "as autoridades", "a polícia", "especialistas", "os especialistas", "moradores",
    "os moradores", "os investigadores", "testemunhas", "fontes", "analistas",
    "os manifestantes", "os médicos", "os organizadores", "familiares", "a secretaria",
    "a prefeitura", "o governo", "a empresa", "a defesa", "o ministério", "a assessoria",
    # bodies that speak for themselves ("a prefeitura informou que", "segundo a nota")
    "a nota", "o comunicado", "o relatório", "a polícia federal", "a polícia militar",
    "a polícia civil", "o exército", "a procuradoria", "o tribunal", "a câmara", "a companhia",
    "a associação", "o sindicato", "o partido", "a justiça", "o hospital", "a pasta",
    "os bombeiros", "os policiais", "os agentes", "os vizinhos", "o ministério público",
    "a guarda", "a gnr", "a psp", "o município", "a câmara municipal",
)  # fmt: skip

# plural speech verbs: "afirmaram", "disseram", "explicam", "dizem"
_PLURAL_VERB_ENDINGS = ("aram", "eram", "iram", "am", "em")

_PRONOUNS = (
    ("ele", "m"), ("ela", "f"), ("eles", "pl"), ("elas", "pl"), ("eu", "x"), ("nós", "pl"),
    # indefinite subjects: "Outros disseram que …" names no one
    ("outros", "pl"), ("outras", "pl"), ("muitos", "pl"), ("muitas", "pl"), ("alguns", "pl"),
    ("algumas", "pl"),
)  # fmt: skip

_READ_PIECE_LABELS = tuple(
    # A label naming the kind of piece linked (``Leia também a entrevista: Título``, #11).
    f"{lead} {kind}"
    for lead in ("Leia", "Leia também", "Leia mais")
    for kind in (
        "a entrevista", "a análise", "a coluna", "o editorial", "o artigo", "a crônica", "a crónica",
        "a notícia", "o especial",
    )
)  # fmt: skip
_ALSO_READ_LABELS = (
    *_READ_PIECE_LABELS,
    "Leia também", "Leia mais", "Veja também", "Saiba mais", "Veja mais",
    "Confira também", "Relacionadas", "Leia ainda", "Veja ainda", "Assista",
    "Assista também", "Mais lidas", "Ler mais", "Ler também", "Recomendado",
    # Further labels printed by Portuguese-language news sites (Brazil and Portugal).
    "Leia a seguir", "Leia em seguida", "Leia mais sobre", "Veja o vídeo", "Assista ao vídeo",
    "Confira mais", "Notícias relacionadas", "Matérias relacionadas", "Matéria relacionada",
    "Conteúdo relacionado", "Artigos relacionados", "Você pode gostar", "Você também pode gostar",
    "Você pode se interessar", "Pode te interessar", "Pode interessar", "Recomendado para você",
    "Continue lendo", "Leia também no", "Veja também no", "Vídeos relacionados", "Não deixe de ler",
    "Ler mais sobre", "Leia a íntegra", "Saiba mais sobre",
    # with the subject named (#11, round six)
    "Leia mais sobre o assunto", "Saiba mais sobre o assunto", "Veja mais sobre o assunto",
    "Leia mais sobre o tema", "Saiba mais sobre o tema",
    # Further Brazilian and Portuguese forms (#11).
    "Leia mais notícias", "Veja mais notícias", "Leia a reportagem", "Leia a matéria",
    "Ouça também", "Você pode se interessar por", "Notícia relacionada", "Relacionados",
    "Leia também em", "Veja ainda também",
    # A pointer word before the linked title (``LEIA AQUI: …``).
    "Leia aqui", "Veja aqui", "Confira aqui",
    # Written without accents (keyboards and feeds that drop them).
    "Leia tambem", "Veja tambem", "Confira tambem", "Materias relacionadas", "Noticias relacionadas",
    # Further forms of news sites and blog templates (#11).
    "Ver também", "Veja a seguir", "Leia também na", "Leia mais na", "Leia mais em",
    "Posts relacionados", "Publicações relacionadas", "Notícias recomendadas", "Recomendamos",
    # one recommended story (#11, round six)
    "Matéria recomendada", "Leitura recomendada", "Notícia recomendada",
    # "You may be interested" and "more on the subject" forms of Brazilian and Portuguese sites (#11).
    "Você também pode se interessar", "Talvez você se interesse", "Mais sobre o assunto",
    "Acesse também", "Leia outras notícias",
)  # fmt: skip

_SECTION_HEADERS = (
    "Mais lidas", "Notícias relacionadas", "Últimas notícias", "Mais notícias", "Veja também",
    "Relacionadas", "Recomendadas para você",
    "Matérias relacionadas", "Conteúdo relacionado", "Você pode gostar", "Mais de",
    "Artigos relacionados",
    # Related blocks of news and blog templates (#11).
    "Relacionado", "Relacionados", "Posts relacionados", "Publicações relacionadas",
    "Notícias recomendadas", "Posts recentes", "Outras notícias",
)  # fmt: skip

_FOOTER_PHRASES = (
    "compartilhe", "compartilhar", "assine", "assine já", "assine o", "siga-nos",
    "siga o", "inscreva-se", "receba notícias", "newsletter", "comentários",
    "todos os direitos reservados", "publicidade", "conteúdo patrocinado",
    "clique aqui", "tempo de leitura", "ouça esta notícia", "ouvir notícia",
    "entre no canal", "participe do grupo", "salvar", "continue lendo", "ouvir",
    "tags", "baixe o aplicativo", "baixe o app", "receba as notícias", "apoie o jornalismo",
    "reprodução proibida",
    # account, paywall and offer widgets (#11)
    "seja assinante", "assine agora", "assine a partir", "já é assinante", "faça login",
    "faça seu login", "crie sua conta", "cadastre-se", "cadastre-se grátis", "acesso ilimitado",
    "acesse todo o conteúdo", "seu e-mail", "seu email", "digite seu e-mail",
    "receba a newsletter", "receba nossa newsletter", "receba no seu e-mail", "siga-nos no",
    "siga a gente", "entre no nosso canal", "entre no grupo", "faça uma doação", "doe agora",
    "apoie o nosso jornalismo", "apoie nosso jornalismo",
    "receba em seu e-mail", "receba em seu email", "receba gratuitamente", "atenção: comentários",
    # share and save widgets
    "copiar link", "link copiado", "compartilhar no whatsapp", "compartilhar no facebook",
    "compartilhar no x", "compartilhar no twitter", "compartilhar por e-mail",
    "compartilhe esta notícia", "compartilhe essa notícia", "salvar notícia", "salvar artigo",
    # comment widgets
    "seja o primeiro a comentar", "deixe seu comentário", "deixe um comentário",
    "os comentários são de responsabilidade", "os comentários não representam",
    "escreva seu comentário", "ver comentários", "ver todos os comentários",
    # cookie consent
    "aceitar cookies", "aceitar todos", "configurações de cookies", "gerenciar cookies",
    "política de cookies",
    # page navigation and services
    "voltar ao topo", "ir para o conteúdo", "carregar mais", "ver mais notícias",
    "ouça este conteúdo", "ouça esta matéria", "ouvir matéria", "mais notícias de",
)  # fmt: skip

_FOOTER_PATTERNS = (
    # a comment section's moderation note (#9, eighth round): "ATENÇÃO: Comentários com … não
    # serão aprovados pelo moderador.", "Os comentários são de responsabilidade de seus autores …";
    # the moderator, the authors or the site is named (a minister's comments are not)
    ("disclaimer", r"atenção\s{0,2}:\s{0,3}(?:os\s+)?comentários\b.{0,300}"),
    (
        "disclaimer",
        r"(?:os\s+)?comentários\s+(?:\w{1,20}\s+){0,12}não\s+serão\s+(?:aprovados|publicados|aceitos)\s+"
        r"pel[oa]\s+modera\w{1,6}\b.{0,300}",
    ),
    (
        "disclaimer",
        r"(?:os\s+)?comentários\s+(?:\w{1,20}\s+){0,3}(?:são\s+de\s+(?:inteira\s+|exclusiva\s+)?responsabilidade\s+"
        r"d[eo]s?\s+(?:seus\s+|respectivos\s+)?autores|não\s+(?:representam|refletem)\s+(?:necessariamente\s+)?"
        r"a\s+opinião\s+d[oa]\s+(?:site|portal|jornal|redação|veículo|blog))\b.{0,400}",
    ),
    # page notices of the seventh round (#9): a player's browser notice, an editor's note on an
    # update or an earlier publication, a live page's label ("Ao minuto")
    (
        "other",
        r"(?:o\s+)?seu\s+navegador\s+não\s+(?:suporta|é\s+compatível|permite|tem\s+suporte|pode)\b.{0,150}",
    ),
    (
        "syndication",
        r"\*{0,2}\s{0,2}este\s+(?:artigo|texto|conteúdo)\s+foi\s+(?:publicado\s+originalmente|originalmente\s+publicado"
        r"|atualizado|publicado\s+inicialmente|publicado\s+pela\s+primeira\s+vez)\b.{0,200}",
    ),
    ("other", r"(?:ao\s+minuto|minuto\s+a\s+minuto)\W{0,3}"),
    # page furniture alone on a line (#11, sixth round): paywall and consent notices, buttons, tags
    ("other", r"reprodução(?:\s{0,2}/\s{0,2}[\w@.]{1,40})?\W{0,3}"),
    ("other", r"(?:tempo\s+de\s+leitura:?\s*)?\d{1,3}\s?min(?:utos?)?(?:\s+de\s+leitura)?"),
    ("other", r"leitura\s*+:?+\s*+\d{1,3}\s?min(?:utos?)?\.?"),
    # a paywall note: "Conteúdo exclusivo para assinantes"
    ("newsletter", r"(?:(?:este\s+)?conteúdo\s+(?:é\s+)?)?exclusivo\s+para\s+assinantes\b.{0,150}"),
    ("comments", r"(?:\d{1,6}\s+)?comentários(?:\s*\(\d{1,6}\))?\W{0,3}"),
    ("comments", r"(?:deixe\s+(?:seu|um)\s+comentário|comente)\W{0,3}"),
    ("ad", r"(?:continua\s+(?:depois|após)\s+(?:da\s+)?(?:a\s+)?publicidade\s*){1,3}"),
    ("other", r"\|[ \t\u00a0|]{1,200}"),
    ("other", r"veja\s+mais\W{0,3}"),
    ("copyright", r"(?:é\s+)?proibida\s+a\s+reprodução\b.{0,250}"),
    (
        "newsletter",
        r"(?:assine|inscreva-se\s+(?:em|na|no))\s+(?:a\s+|o\s+)?(?:nossa|nosso)?\s?(?:newsletter|boletim|canal)\b.{0,200}",
    ),
    # interface words and links alone on a line (navigation, account, legal pages)
    (
        "other",
        r"(?:notícia\s+anterior|próxima\s+notícia|leia\s+a\s+seguir|entrar|imprimir|enviar\s+por\s+e-?mail"
        r"|política\s+de\s+privacidade|termos\s+de\s+uso|fale\s+conosco|expediente|buscar|fechar)\W{0,3}",
    ),
    ("newsletter", r"já\s+é\s+assinante\?.{0,80}"),
    # comment widgets that open the comment section (#11): reply and report buttons under each
    # comment, and the prompts that stand where the comments start
    # a follow plea written as a sentence, so that it is found at the end of a joined line too
    (
        "social_follow",
        r"(?:siga(?:-nos)?|acompanhe(?:-nos)?)\s+(?:(?:o|a)\s+(?:\S{1,30}\s+){1,4}?"
        r"|a\s+gente\s+)?(?:no|na|nas|nos|pelo|pela)\s+(?:\w{1,12}\s+){0,3}(?:telegram"
        r"|instagram|facebook|twitter|x|youtube|tiktok|whats\s?app|linkedin|threads"
        r"|bluesky|google\s+(?:news|notícias|noticias|actualités)|redes\s+sociais|redes\s+sociales"
        r"|réseaux\s+sociaux|sozialen\s+(?:netzwerken|medien)|social)\b.{0,120}",
    ),
    ("other", r"saiba\s+mais\W{0,3}"),
    # comment-section headers, written in the many ways sites head them (#11)
    (
        "comments",
        r"(?:opinião\s+do\s+leitor|escreva\s+(?:seu|um)\s+comentário|comente\s+(?:esta|essa)\s+(?:notícia|matéria)"
        r"|comentários\s+dos\s+leitores)\W{0,3}",
    ),
    ("comments", r"responder\W{0,3}"),
    # a report or like button: under comments, but also in a widget row of the story
    ("other", r"(?:denunciar|curtir)\W{0,3}"),
    (
        "comments",
        r"(?:seja\s+o\s+primeiro\s+a\s+comentar|os\s+comentários\s+(?:são\s+de\s+(?:inteira\s+|exclusiva\s+)?responsabilidade"
        r"|não\s+representam)|para\s+comentar,?\s+(?:é\s+preciso|você\s+precisa|faça))\b.{0,200}",
    ),
    # cookie and consent notices: sentences, so no phrase takes them
    (
        "other",
        r"(?:utilizamos|usamos|este\s+(?:site|portal)\s+(?:utiliza|usa))\s+cookies\b"
        r"(?=.{0,300}\b(?:você|sua|seu|navegação|experiência|serviços)\b).{0,300}",
    ),
    ("other", r"ao\s+(?:continuar|prosseguir)\s+(?:navegando|com\s+a\s+navegação)\b.{0,300}"),
    # interface words alone on a line
    ("other", r"(?:ao\s+vivo|tópicos|ver\s+mais|menu|enviar|aceitar|fechar|voltar)\W{0,3}"),
    # a publisher's legal imprint: "Diretor de redação: …", "CNPJ: …"
    (
        "copyright",
        r"(?:diretor(?:a)?\s+(?:de\s+redação|geral|responsável|executivo)|editor(?:a)?[-\s]chefe)\s*+:\s*+.{1,100}"
        r"|cnpj\s*+:?\s*+\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}.{0,100}|issn\s*+:?\s*+\d{4}-?\d{3}[\dx].{0,60}",
    ),
    # a topic list: "Tópicos: Política, Eleições"
    ("other", r"(?:tópicos|assuntos|temas|tags|palavras-chave)(?:\s+relacionados)?\s*:.{0,200}"),
    # a currency or index ticker line: "Dólar R$ 5,12 +0,35%", "Ibovespa 128.500 pts -0,4%"
    (
        "other",
        r"(?:dólar|euro|ibovespa|bitcoin|libra)(?:\s+(?:comercial|turismo|hoje))?\s{1,3}(?:r\$|us\$|€)?\s{0,2}"
        r"\d[\d.,]{0,12}+(?:\s{0,2}pts)?(?:\s{0,3}[▲▼+-]\s{0,2}\d[\d.,]{0,6}+\s?%)?",
    ),
    # a newsletter box's lines: the consent under the form, the unsubscribe note, the tagline
    (
        "newsletter",
        r"ao\s+(?:se\s+)?(?:cadastrar|inscrever|assinar|clicar)\b.{0,30}\b(?:concorda|aceita)\b.{0,250}"
        r"|(?:você\s+)?pode\s+cancelar\s+(?:a\s+(?:sua\s+)?(?:inscrição|assinatura)\s+)?a\s+qualquer\s+momento.{0,100}",
    ),
    # the box's tagline: opening words of a tagline, then the reader's inbox
    (
        "newsletter",
        r"(?:as|a|o|os|receba|todo|toda|todos|todas)\b"
        r"(?!.{0,210}\b(?:segundo|disse|afirmou|alertou|explicou)\b)(?=.{0,150}\b(?:direto|diretamente|dia|dias|manhã|semana)\b)"
        r".{0,150}\b(?:no|em)\s+seu\s+(?:e-mail|email|celular|whatsapp)\b.{0,60}",
    ),
    # a gift-link plea, an error-report link, a loading widget, a channel plug
    (
        "other",
        r"gostou\s+desta\s+(?:reportagem|matéria|notícia)\?.{0,250}|encontrou\s+(?:algum|um)\s+erro\?.{0,100}"
        r"|comunicar\s+erro\W{0,3}|carregando\W{0,5}",
    ),
    ("social_follow", r"participe\s+do\s+(?:nosso\s+)?(?:canal|grupo)\b.{0,120}"),
)  # fmt: skip

# A writer's bio under the story (#11): a full name, the copula and a newsroom role word
# (``João Silva é repórter de Política do Jornal.``).
# Tail only: inside the story the same sentence is story. A role line with no name
# (``Redakteur in der Politik.``) is an author box's: the bylines rule's.
_FOOTER_TAIL_PATTERNS = (
    (
        "other",
        r"(?-i:(?!(?:O|A|Os|As|Um|Uma|Este|Esta|Seu|Sua|Nosso|Nossa)\b)\p{Lu}[\p{L}\'’-]{1,24}(?:\s+\p{Lu}[\p{L}.\'’-]{0,24}){1,2})"
        r"\s+(?:é|era|foi)\s+(?:\p{L}{1,15}\s+){0,4}?(?:jornalista|repórter|redator|redatora|correspondente|colunista|editor|editora|fotógrafo|fotógrafa|colaborador|colaboradora)\b.{0,300}",
    ),
)  # fmt: skip

_KICKERS = (
    "exclusivo", "ao vivo", "vídeo", "opinião", "análise", "entrevista", "reportagem", "urgente",
    "editorial",
)  # fmt: skip

_CONTACT_CUES = (
    "fale com", "escreva para", "escreva ao", "escreva à", "contate", "contacte",
    "entre em contato com", "entre em contacto com", "siga", "envie um e-mail para",
)  # fmt: skip
_CONTACT_AUTHORS = (
    "o autor", "a autora", "autor", "autora", "o jornalista", "a jornalista", "jornalista",
)  # fmt: skip
_CONTACT_AFTER_NAME = (
    "pode ser contactado", "pode ser contatado", "pode ser contactada", "pode ser contatada",
)  # fmt: skip

_BYLINE_PREFIXES = (
    "Por", "por", "POR", "Do redator", "Da redação", "Da Redação", "Do UOL", "Publicado por",
    "Escrito por", "Autor", "Autora", "Autores", "Texto:",
    # the writer named by the kind of piece or by the desk ("Texto de Ana Lima", "Edição: …")
    "Texto de", "Reportagem de", "Reportagem:", "Edição:", "Editado por", "Redação:", "Entrevista de",
)  # fmt: skip

_BYLINE_STOPWORDS = (
    "isso", "exemplo", "outro", "outra", "causa", "meio", "conta", "parte", "ano", "mês",
    "dia", "cento", "favor", "fim", "enquanto", "aqui", "ali", "o", "a", "os", "as", "um", "uma",
    # prepositions opening a sentence, never a name's first word ("Em Londres, o índice …")
    "em", "no", "na", "nos", "nas", "ao", "aos", "pelo", "pela", "segundo", "para", "com", "sem",
)  # fmt: skip

_BYLINE_ROLES = (
    "repórter", "Repórter", "correspondente", "Correspondente", "colunista", "Colunista", "Redação",
    "da Redação",
)  # fmt: skip

_AGENCIES = (
    "Agência Brasil", "Agência Estado", "Estadão Conteúdo", "Folhapress", "Lusa", "AFP", "Reuters",
    "AP", "EFE", "ANSA", "Agência O Globo", "Agências", "agências",
)  # fmt: skip

_CREDIT_LABELS = (
    "Com informações de", "Com informações da", "Com informações do", "Fonte:", "Com agências",
    "Com Reuters", "Com AFP", "Com Lusa", "Com EFE", "Com Agência Brasil", "Com Estadão Conteúdo",
)  # fmt: skip

_DATELINE_PATTERNS = (
    # "Brasília -", "RIO DE JANEIRO —", "SÃO PAULO, SP (FOLHAPRESS) -": a place, maybe its
    # state after a comma, maybe the agency, then a dash
    r"(?P<place>\p{Lu}[\p{L}'’.-]{1,30}+(?:[ \u00a0]\p{Lu}[\p{L}'’.-]{1,30}+){0,3}+"
    r"(?:,[ \u00a0]\p{Lu}[\p{L}'’.-]{1,30}+)?)"
    r"(?:[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\))?[ \u00a0]*+[-—–]",
    # "Brasília, 12 de março (Agência Brasil) –", "SÃO PAULO, 3 MAR (Reuters) -": the wire's
    # date after the place, then the agency in brackets and a dash
    r"(?P<place>\p{Lu}[\p{L}'’.-]{1,30}+(?:[ \u00a0]\p{Lu}[\p{L}'’.-]{1,30}+){0,3}+),[ \u00a0]"
    r"\d{1,2}(?:[ \u00a0]de)?[ \u00a0]\p{L}{3,9}+\.?(?:[ \u00a0](?:de[ \u00a0])?(?:19|20)\d\d)?"
    r"[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\)[ \u00a0]*+[-—–]",
    # "SÃO PAULO O governo …", "BRASÍLIA A Câmara …": Folha's dateline, the place in capitals
    # and no separator before the lede's capital and a small letter (a place of four capitals
    # or more, or of two words: "PT decide", "EUA e China" are no datelines)
    r"(?=\p{Lu}{4}|\p{Lu}{2,}[ \u00a0]\p{Lu}{2})"
    r"(?P<place>\p{Lu}{2}[\p{Lu}'’-]{0,28}+(?:[ \u00a0]\p{Lu}{2}[\p{Lu}'’-]{0,28}+){0,3}+)"
    r"(?=[ \u00a0]{1,2}\p{Lu}(?:\p{Ll}|[ \u00a0]\p{L}))",
)  # fmt: skip

_DATELINE_STOPWORDS = (
    "segundo", "mas", "porém", "além", "depois", "vídeo", "fotos",
    # labels in capitals over a story, never its place ("URGENTE O governo …")
    "urgente", "exclusivo", "exclusiva", "atualização", "atualizado", "ao vivo", "análise",
    "opinião", "editorial", "entrevista", "coluna", "leia", "veja", "assista",
)  # fmt: skip

_MONTHS = (
    ("janeiro", "jan"), ("fevereiro", "fev"), ("março", "marco", "mar"), ("abril", "abr"),
    ("maio", "mai"), ("junho", "jun"), ("julho", "jul"), ("agosto", "ago"),
    ("setembro", "set"), ("outubro", "out"), ("novembro", "nov"), ("dezembro", "dez"),
)  # fmt: skip

_WEEKDAYS = (
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta",
)  # fmt: skip

_TIMESTAMP_LABELS = (
    ("publicado em", "published"), ("publicado", "published"), ("atualizado em", "updated"),
    ("atualizado", "updated"), ("atualizada em", "updated"),
)  # fmt: skip

_READ_TIME_PATTERNS = (
    r"(?:tempo[\s\u00a0]de[\s\u00a0]leitura:?[\s\u00a0]{0,2})?\d{1,3}[\s\u00a0]{0,2}min(?:utos?)?\.?(?:[\s\u00a0]{1,2}de[\s\u00a0]leitura)?",
)  # fmt: skip

_CAPTION_LABELS = (
    "Foto", "Fotos", "Imagem", "Reprodução", "Divulgação", "Arquivo", "Crédito",
)  # fmt: skip

# Given names of one sex, for a pronoun's gender and to tell a person's name from a body's.
# Frequent given names of the language's countries, from the national birth-name statistics
# (IBGE's Censo nomes, Portugal's IRN lists), chosen by hand;
# names given to both sexes there (Darci, Adair, Juraci) are left out.
_FEMALE_NAMES = (
    "Maria", "Ana", "Francisca", "Antônia", "Antónia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia",
    "Aline", "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Júlia", "Luciana", "Vanessa",
    "Mariana", "Gabriela", "Vera", "Cláudia", "Kátia", "Katia", "Tereza", "Teresa", "Simone", "Cristina",
    "Daniela", "Débora", "Renata", "Carla", "Tatiana", "Eliane", "Rosângela", "Luíza", "Luiza", "Beatriz",
    "Larissa", "Raquel", "Rafaela", "Sônia", "Sónia", "Lúcia", "Rosa", "Marta", "Carolina", "Isabel", "Inês",
    "Leonor", "Matilde", "Margarida", "Rita", "Joana", "Sofia", "Catarina", "Alice", "Laura", "Helena",
    "Valentina", "Heloísa", "Lorena", "Lívia", "Cecília", "Manuela", "Clarice", "Dilma", "Marina", "Gleisi",
    "Tabata", "Michelle", "Michele", "Damares", "Benedita", "Regina", "Rosana", "Silvana", "Glória",
    "Conceição", "Aparecida", "Fátima", "Luzia", "Irene", "Sueli", "Solange", "Vânia", "Denise", "Elaine",
    "Érica", "Priscila", "Thaís", "Natália", "Yasmin", "Yasmim", "Giovanna", "Isabela", "Mirella", "Rebeca",
    "Lara", "Maitê", "Luana", "Elisa", "Marisa", "Paula", "Sílvia", "Silvia",
)  # fmt: skip

_MALE_NAMES = (
    "José", "João", "Antônio", "António", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Luís",
    "Marcos", "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Raimundo", "Rodrigo",
    "Manoel", "Manuel", "Mateus", "Matheus", "André", "Fernando", "Fábio", "Fabio", "Leonardo", "Gustavo",
    "Guilherme", "Leandro", "Tiago", "Thiago", "Anderson", "Ricardo", "Márcio", "Marcio", "Jorge",
    "Sebastião", "Alexandre", "Roberto", "Sérgio", "Sergio", "Edson", "Diego", "Vítor", "Vitor", "Victor",
    "Cláudio", "Claudio", "Geraldo", "Adriano", "Luciano", "Júlio", "Renato", "Alex", "Vinícius", "Vinicius",
    "Rogério", "Samuel", "Ronaldo", "Mário", "Flávio", "Flavio", "Heitor", "Arthur", "Bernardo", "Davi",
    "Enzo", "Miguel", "Nuno", "Rui", "Duarte", "Gonçalo", "Tomás", "Afonso", "Diogo", "Henrique", "Jair",
    "Lula", "Ciro", "Aécio", "Hamilton", "Wellington", "Osmar", "Arlindo", "Benedito", "Joaquim", "Domingos",
    "Alberto", "Armando", "Augusto", "Caio", "César", "Cesar", "Renan", "Otávio", "Octávio", "Túlio",
    "Wagner", "Wilson", "Nelson", "Walter", "Ivo", "Hugo", "Artur",
)  # fmt: skip


# Calls to action, promo nouns and label words for the prose classifier (#11): one word each,
# as it splits words (``suivez-nous`` is one word).
_CTA_VERBS = (
    "siga-nos", "siga", "assine", "inscreva-se", "cadastre-se", "baixe", "receba", "acesse",
    "acompanhe", "apoie", "doe", "participe", "entre", "compartilhe", "comente", "clique", "ouça",
    "assista", "leia", "experimente", "aproveite",
)  # fmt: skip
_PROMO_NOUNS = (
    "assinatura", "assinaturas", "assinante", "assinantes", "newsletter", "boletim", "aplicativo",
    "app", "canal", "grupo", "whatsapp", "telegram", "youtube", "instagram", "facebook", "tiktok",
    "e-mail", "email", "notificações", "alertas", "grátis", "gratuito", "gratuita", "oferta",
    "jornalismo", "doação", "doações", "pix", "podcast", "conta",
)  # fmt: skip
_LABEL_WORDS = (
    "lidas", "lidos", "vistas", "vistos", "relacionadas", "relacionados", "recomendadas",
    "recomendados", "populares", "últimas", "notícias", "matérias", "artigos", "tópicos",
    "destaques",
)  # fmt: skip

# Photo sources that close a credit line "Nombre Apellido | Agencia" (#11), as written
# (compared case-blind): ``residue.photo_credits`` looks at lines holding a ``|``.
_PHOTO_SOURCES = (
    "Agência Brasil", "Folhapress", "Estadão Conteúdo", "Divulgação", "Reprodução",
    "Arquivo pessoal", "Arquivo", "AFP", "Reuters", "AP", "EFE", "Getty Images", "Getty",
    "Shutterstock", "iStock",
)  # fmt: skip


# Nouns of works, programmes, laws and publications: a capitalised quotation after one is a name
# ("o programa “Roda Viva”", "a revista “Exame”", "a operação “Lava Jato”").
_WORK_NOUNS = (
    "capítulo", "seção", "secção", "artigo", "reportagem", "manchete", "post", "blog", "site",
    "página", "portal", "relatório", "estudo",
    "livro", "romance", "obra", "filme", "longa", "série", "novela", "programa", "documentário",
    "canção", "música", "álbum", "disco", "peça", "espetáculo", "exposição", "mostra", "festival",
    "lei", "decreto", "projeto", "plano", "operação", "campanha", "plataforma", "aplicativo",
    "revista", "jornal", "coluna", "podcast", "movimento", "coletivo", "iniciativa", "título",
    "lema", "slogan", "hashtag", "reality", "show", "quadro", "bloco", "marca", "turnê",
)  # fmt: skip
# Words presenting the quotation after them as a name or a term ("o chamado “orçamento secreto”")
_MENTION_LEADS = (
    "conhecido como", "conhecida como", "conhecidos como", "conhecidas como", "denominado",
    "denominada", "autodenominado", "autodenominada", "batizado", "batizada", "apelidado",
    "apelidada", "intitulado", "intitulada", "o chamado", "a chamada", "os chamados", "as chamadas",
    "o termo", "a palavra", "a expressão", "o lema", "vulgo",
    # an inscription, a hashtag, and the charge a court names ("pelo crime de “…”")
    "a inscrição", "os dizeres", "a hashtag", "o slogan", "o crime de", "pelo crime de",
    "pelos crimes de",
    # a work named after the story's subject ("o livro homônimo “…”")
    "homônimo", "homônima", "homónimo", "homónima",
)  # fmt: skip

# Writing phrases and words for someone's words that end a paragraph introducing a quotation
# set as a block below it, whose marks the scrape lost ("escreveu nas redes:", "com estas palavras:")
_BLOCK_INTROS = (
    "escreveu", "escreve", "o seguinte", "estas palavras", "suas palavras",
    "textualmente", "relata", "relatou", "publicou", "afirma", "explica", "declarou",
)  # fmt: skip

TABLES = LanguageTables(
    "pt",
    "Portuguese",
    function_words=_FUNCTION_WORDS,
    speech_verbs=_SPEECH_VERBS,
    lenient_verbs=("disse", "diz", "disseram", "contou", "escreveu"),
    inversion_cues=tuple(
        f"{verb} {det}"
        for verb in (
            "disse",
            "afirmou",
            "declarou",
            "explicou",
            "completou",
            "acrescentou",
            "diz",
            "afirma",
            "conta",
            "garantiu",
            "ressaltou",
            "destacou",
        )
        for det in ("o", "a", "os", "as", "ele", "ela")
    )
    # the next sentence names who said the quote: "“…”. Foi o que disse o prefeito X."
    + tuple(
        f"{lead} {verb}"
        for lead in ("foi o que", "é o que")
        for verb in ("disse", "afirmou", "declarou", "explicou", "diz", "afirma", "defende", "avalia")
    )
    + ("com essas palavras", "com estas palavras", "com essa frase", "com esta frase"),
    participle_cues=_PARTICIPLE_CUES,
    speech_coordinators=("e", "mas", "porém", "embora"),
    linking_adverbs=("depois", "também", "ainda", "além disso", "logo", "por fim"),
    # sentence-opening adverbs a capital makes look like a given name ("Ahora Bustos asegura")
    opening_adverbs=(
        "agora",
        "hoje",
        "ontem",
        "então",
        "depois",
        "além",
        "também",
        "assim",
        "ainda",
        "enquanto",
        "finalmente",
    ),
    complementisers=("que",),
    according_to=_ACCORDING_TO,
    reading_cues=_READING_CUES,
    infinitive_openers=(
        "ter",
        "não ter",
        "estar",
        "não estar",
        "ser",
        "não ser",
        "não se",
        "haver",
        "não haver",
    ),
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
        "pedido",
        "texto",
        "comunicado",
        "documento",
        "relatório",
        "estudo",
        "pesquisa",
        "publicação",
        "post",
        "mensagem",
        "nota",
    ),
    female_names=_FEMALE_NAMES,
    male_names=_MALE_NAMES,
    quote_marks=(("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("'", "'")),
    dialogue_dashes=("—", "–"),
    block_intros=_BLOCK_INTROS,
    quotes_run_on=True,
    work_nouns=_WORK_NOUNS,
    mention_leads=_MENTION_LEADS,
    also_read_labels=_ALSO_READ_LABELS,
    weak_also_read_labels=("Leia", "Veja", "Vídeo", "Mais", "Confira", "Relacionada", "Relacionado"),
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
    interview_links=("em conversa com", "entrevistado por", "entrevistada por"),
    dateline_patterns=_DATELINE_PATTERNS,
    dateline_stopwords=_DATELINE_STOPWORDS,
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    timestamp_labels=_TIMESTAMP_LABELS,
    read_time_patterns=_READ_TIME_PATTERNS,
    caption_labels=_CAPTION_LABELS,
    photo_sources=_PHOTO_SOURCES,
)
"""The Portuguese tables."""
