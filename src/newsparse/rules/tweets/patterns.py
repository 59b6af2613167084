"""Patterns and vocabulary for tweets and tweet entities, as data.

Two families live here:

* the character classes of the twitter-text entity grammar (mentions, hashtags, cashtags,
  URLs), used by :mod:`newsparse.rules.tweets.entities`;
* the pieces of an embedded tweet's signature (``— Name (@handle) Date``) and of the lines
  around it, used by the rule's stages (``signatures``, ``body``, ``inline``, ``above``,
  ``cues``, ``values``).

Every pattern here is linear on any input: repeats are possessive or bounded, and no
quantified group can match the same text two ways.
"""

from __future__ import annotations

import regex

from newsparse.text.dates import MONTHS
from newsparse.text.lazy import LazyPatterns, WordListPattern

_PATTERNS = LazyPatterns(__name__, globals())
_lazy = _PATTERNS.register
__getattr__ = _PATTERNS.resolve  # compiles a registered pattern on first use


__all__ = [
    "CASHTAG",
    "DASHES",
    "HASHTAG",
    "LEAD_IN_CUES",
    "MENTION",
    "REPLY",
    "TLDS_ASCII",
    "TLDS_IDN",
]

# The top-level domains of the IANA root zone (country-code and generic, ASCII and IDN),
# lower-cased, as listed in the twitter-text conformance data (2021). A URL without a
# scheme counts only when its last label is one of these.
_TLDS_ASCII_TEXT = (
    "aaa aarp abarth abb abbott abbvie abc able abogado abudhabi ac academy accenture accountant "
    "accountants aco active actor ad adac ads adult ae aeg aero aetna af afamilycompany afl africa ag "
    "agakhan agency ai aig aigo airbus airforce airtel akdn al alfaromeo alibaba alipay allfinanz "
    "allstate ally alsace alstom am americanexpress americanfamily amex amfam amica amsterdam an "
    "analytics android anquan anz ao aol apartments app apple aq aquarelle ar arab aramco archi army arpa "
    "art arte as asda asia associates at athleta attorney au auction audi audible audio auspost author "
    "auto autos avianca aw aws ax axa az azure ba baby baidu banamex bananarepublic band bank bar "
    "barcelona barclaycard barclays barefoot bargains baseball basketball bauhaus bayern bb bbc bbt bbva "
    "bcg bcn bd be beats beauty beer bentley berlin best bestbuy bet bf bg bh bharti bi bible bid bike "
    "bing bingo bio biz bj bl black blackfriday blanco blockbuster blog bloomberg blue bm bms bmw bn bnl "
    "bnpparibas bo boats boehringer bofa bom bond boo book booking boots bosch bostik boston bot boutique "
    "box bq br bradesco bridgestone broadway broker brother brussels bs bt budapest bugatti build "
    "builders business buy buzz bv bw by bz bzh ca cab cafe cal call calvinklein cam camera camp "
    "cancerresearch canon capetown capital capitalone car caravan cards care career careers cars cartier "
    "casa case caseih cash casino cat catering catholic cba cbn cbre cbs cc cd ceb center ceo cern cf cfa "
    "cfd cg ch chanel channel charity chase chat cheap chintai chloe christmas chrome chrysler church ci "
    "cipriani circle cisco citadel citi citic city cityeats ck cl claims cleaning click clinic clinique "
    "clothing cloud club clubmed cm cn co coach codes coffee college cologne com comcast commbank "
    "community company compare computer comsec condos construction consulting contact contractors cooking "
    "cookingchannel cool coop corsica country coupon coupons courses cpa cr credit creditcard creditunion "
    "cricket crown crs cruise cruises csc cu cuisinella cv cw cx cy cymru cyou cz dabur dad dance data "
    "date dating datsun day dclk dds de deal dealer deals degree delivery dell deloitte delta democrat "
    "dental dentist desi design dev dhl diamonds diet digital direct directory discount discover dish diy "
    "dj dk dm dnp do docs doctor dodge dog doha domains doosan dot download drive dtv dubai duck dunlop "
    "duns dupont durban dvag dvr dz earth eat ec eco edeka edu education ee eg eh email emerck energy "
    "engineer engineering enterprises epost epson equipment er ericsson erni es esq estate esurance et "
    "etisalat eu eurovision eus events everbank exchange expert exposed express extraspace fage fail "
    "fairwinds faith family fan fans farm farmers fashion fast fedex feedback ferrari ferrero fi fiat "
    "fidelity fido film final finance financial fire firestone firmdale fish fishing fit fitness fj fk "
    "flickr flights flir florist flowers flsmidth fly fm fo foo food foodnetwork football ford forex "
    "forsale forum foundation fox fr free fresenius frl frogans frontdoor frontier ftr fujitsu fujixerox "
    "fun fund furniture futbol fyi ga gal gallery gallo gallup game games gap garden gay gb gbiz gd gdn "
    "ge gea gent genting george gf gg ggee gh gi gift gifts gives giving gl glade glass gle global globo "
    "gm gmail gmbh gmo gmx gn godaddy gold goldpoint golf goo goodhands goodyear goog google gop got gov "
    "gp gq gr grainger graphics gratis green gripe grocery group gs gt gu guardian gucci guge guide "
    "guitars guru gw gy hair hamburg hangout haus hbo hdfc hdfcbank health healthcare help helsinki here "
    "hermes hgtv hiphop hisamitsu hitachi hiv hk hkt hm hn hockey holdings holiday homedepot homegoods "
    "homes homesense honda honeywell horse hospital host hosting hot hoteles hotels hotmail house how hr "
    "hsbc ht htc hu hughes hyatt hyundai ibm icbc ice icu id ie ieee ifm iinet ikano il im imamat imdb "
    "immo immobilien in inc industries infiniti info ing ink institute insurance insure int intel "
    "international intuit investments io ipiranga iq ir irish is iselect ismaili ist istanbul it itau itv "
    "iveco iwc jaguar java jcb jcp je jeep jetzt jewelry jio jlc jll jm jmp jnj jo jobs joburg jot joy jp "
    "jpmorgan jprs juegos juniper kaufen kddi ke kerryhotels kerrylogistics kerryproperties kfh kg kh ki "
    "kia kim kinder kindle kitchen kiwi km kn koeln komatsu kosher kp kpmg kpn kr krd kred kuokgroup kw "
    "ky kyoto kz la lacaixa ladbrokes lamborghini lamer lancaster lancia lancome land landrover lanxess "
    "lasalle lat latino latrobe law lawyer lb lc lds lease leclerc lefrak legal lego lexus lgbt li "
    "liaison lidl life lifeinsurance lifestyle lighting like lilly limited limo lincoln linde link lipsy "
    "live living lixil lk llc llp loan loans locker locus loft lol london lotte lotto love lpl "
    "lplfinancial lr ls lt ltd ltda lu lundbeck lupin luxe luxury lv ly ma macys madrid maif maison "
    "makeup man management mango map market marketing markets marriott marshalls maserati mattel mba mc "
    "mcd mcdonalds mckinsey md me med media meet melbourne meme memorial men menu meo merckmsd metlife mf "
    "mg mh miami microsoft mil mini mint mit mitsubishi mk ml mlb mls mm mma mn mo mobi mobile mobily "
    "moda moe moi mom monash money monster montblanc mopar mormon mortgage moscow moto motorcycles mov "
    "movie movistar mp mq mr ms msd mt mtn mtpc mtr mu museum mutual mutuelle mv mw mx my mz na nab nadex "
    "nagoya name nationwide natura navy nba nc ne nec net netbank netflix network neustar new newholland "
    "news next nextdirect nexus nf nfl ng ngo nhk ni nico nike nikon ninja nissan nissay nl no nokia "
    "northwesternmutual norton now nowruz nowtv np nr nra nrw ntt nu nyc nz obi observer off office "
    "okinawa olayan olayangroup oldnavy ollo om omega one ong onion onl online onyourside ooo open oracle "
    "orange org organic orientexpress origins osaka otsuka ott ovh pa page pamperedchef panasonic panerai "
    "paris pars partners parts party passagens pay pccw pe pet pf pfizer pg ph pharmacy phd philips phone "
    "photo photography photos physio piaget pics pictet pictures pid pin ping pink pioneer pizza pk pl "
    "place play playstation plumbing plus pm pn pnc pohl poker politie porn post pr pramerica praxi press "
    "prime pro prod productions prof progressive promo properties property protection pru prudential ps "
    "pt pub pw pwc py qa qpon quebec quest qvc racing radio raid re read realestate realtor realty "
    "recipes red redstone redumbrella rehab reise reisen reit reliance ren rent rentals repair report "
    "republican rest restaurant review reviews rexroth rich richardli ricoh rightathome ril rio rip rmit "
    "ro rocher rocks rodeo rogers room rs rsvp ru rugby ruhr run rw rwe ryukyu sa saarland safe safety "
    "sakura sale salon samsclub samsung sandvik sandvikcoromant sanofi sap sapo sarl sas save saxo sb sbi "
    "sbs sc sca scb schaeffler schmidt scholarships school schule schwarz science scjohnson scor scot sd "
    "se search seat secure security seek select sener services ses seven sew sex sexy sfr sg sh shangrila "
    "sharp shaw shell shia shiksha shoes shop shopping shouji show showtime shriram si silk sina singles "
    "site sj sk ski skin sky skype sl sling sm smart smile sn sncf so soccer social softbank software "
    "sohu solar solutions song sony soy space spiegel sport spot spreadbetting sr srl srt ss st stada "
    "staples star starhub statebank statefarm statoil stc stcgroup stockholm storage store stream studio "
    "study style su sucks supplies supply support surf surgery suzuki sv swatch swiftcover swiss sx sy "
    "sydney symantec systems sz tab taipei talk taobao target tatamotors tatar tattoo tax taxi tc tci td "
    "tdk team tech technology tel telecity telefonica temasek tennis teva tf tg th thd theater theatre "
    "tiaa tickets tienda tiffany tips tires tirol tj tjmaxx tjx tk tkmaxx tl tm tmall tn to today tokyo "
    "tools top toray toshiba total tours town toyota toys tp tr trade trading training travel "
    "travelchannel travelers travelersinsurance trust trv tt tube tui tunes tushu tv tvs tw tz ua ubank "
    "ubs uconnect ug uk um unicom university uno uol ups us uy uz va vacations vana vanguard vc ve vegas "
    "ventures verisign versicherung vet vg vi viajes video vig viking villas vin vip virgin visa vision "
    "vista vistaprint viva vivo vlaanderen vn vodka volkswagen volvo vote voting voto voyage vu vuelos "
    "wales walmart walter wang wanggou warman watch watches weather weatherchannel webcam weber website "
    "wed wedding weibo weir wf whoswho wien wiki williamhill win windows wine winners wme wolterskluwer "
    "woodside work works world wow ws wtc wtf xbox xerox xfinity xihuan xin xperia xxx xyz yachts yahoo "
    "yamaxun yandex ye yodobashi yoga yokohama you youtube yt yun za zappos zara zero zip zippo zm zone "
    "zuerich zw "
)
_TLDS_IDN_TEXT = (
    "vermögensberater vermögensberatung ελ ευ бг бел "
    "дети ею католик ком мкд мон москва онлайн орг рус "
    "рф сайт срб укр қаз հայ קום ابوظبي اتصالات ارامكو "
    "الاردن البحرين الجزائر السعودية العليان المغرب "
    "امارات ایران بارت بازار بيتك بھارت تونس سودان "
    "سورية شبكة عراق عرب عمان فلسطين قطر كاثوليك كوم "
    "مصر مليسيا موبايلي موريتانيا موقع همراه پاکستان "
    "ڀارت कॉम नेट भारत भारतम् भारोत संगठन বাংলা ভারত "
    "ভাৰত ਭਾਰਤ ભારત ଭାରତ இந்தியா இலங்கை சிங்கப்பூர் "
    "భారత్ ಭಾರತ ഭാരതം ලංකා คอม ไทย ລາວ გე みんな クラウド グーグル "
    "コム ストア セール ファッション ポイント 世界 中信 中国 中國 中文网 企业 佛山 信息 健康 "
    "八卦 公司 公益 台湾 台灣 商城 商店 商标 嘉里 嘉里大酒店 在线 大众汽车 大拿 天主教 娱乐 "
    "家電 工行 广东 微博 慈善 我爱你 手机 手表 招聘 政务 政府 新加坡 新闻 时尚 書籍 机构 "
    "淡马锡 游戏 澳門 点看 珠宝 移动 组织机构 网址 网店 网站 网络 联通 诺基亚 谷歌 购物 "
    "通販 集团 電訊盈科 飞利浦 食品 餐厅 香格里拉 香港 닷넷 닷컴 삼성 한국 "
)
TLDS_ASCII: frozenset[str] = frozenset(_TLDS_ASCII_TEXT.split())
TLDS_IDN: frozenset[str] = frozenset(_TLDS_IDN_TEXT.split())

# ---------------------------------------------------------------------------
# Entities: the twitter-text grammar (mentions, hashtags, cashtags, URLs)
# ---------------------------------------------------------------------------

# Whitespace as twitter-text counts it (ASCII controls, NBSP, the Unicode spaces, U+3000).
SPACES = r"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
# Latin letters with accents (and combining marks): a screen name may not run into them.
LATIN_ACCENTS = (
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b"
    r"\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
# Bidirectional control characters (RTL text wraps URLs in them).
DIRECTIONAL = r"\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069"
# Characters twitter-text never accepts inside an entity.
INVALID = r"\uFFFE\uFEFF\uFFFF"

# "@user", "RT@user", "rt:@user", "@user/list-slug"; the sigil may be full-width. The
# preceding context is consumed (as twitter-text does) so "f!@kn" and "x@y" never match.
_lazy(
    "MENTION",
    r"""
    (?: ^ | [^a-zA-Z0-9_!\#$%&*@＠] | (?:^|[^a-zA-Z0-9_+~.\-])[rR][tT]:? )
    (?P<at>[@＠])
    (?P<name>[a-zA-Z0-9_]{1,20})
    (?P<slug>/[a-zA-Z][a-zA-Z0-9_\-]{0,24})?
    """,
    regex.VERBOSE,
)
MENTION: regex.Pattern[str]
# What may not follow a mention: another "@", an accented letter, or "://" (a URL).
_lazy("MENTION_END", rf"[@＠{LATIN_ACCENTS}]|://")
MENTION_END: regex.Pattern[str]
# A reply: a mention at the very start, after optional spaces and bidi marks.
_lazy("REPLY", rf"[{SPACES}\u200e\u200f]*+[@＠](?P<name>[a-zA-Z0-9_]{{1,20}})")
REPLY: regex.Pattern[str]

# Hashtag letters and the extra characters twitter-text allows inside a tag (ZWNJ/ZWJ,
# Hebrew geresh, Japanese wave dash and iteration marks, Tibetan tsheg, middle dot, ...).
HASHTAG_EXTRA = (
    r"_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
)
HASHTAG_ALNUM = rf"\p{{L}}\p{{M}}\p{{Nd}}{HASHTAG_EXTRA}"
# "#tag", "＃タグ": the boundary before the sign is consumed; the tag needs one letter.
_lazy(
    "HASHTAG",
    rf"""
    (?: ^ | [\uFE0E\uFE0F] | (?![{HASHTAG_ALNUM}&]) . )
    (?P<sign>[\#＃])
    (?![\uFE0F\u20E3])
    (?P<tag>[{HASHTAG_ALNUM}]++)
    """,
    regex.VERBOSE | regex.DOTALL,
)
HASHTAG: regex.Pattern[str]
_lazy("HASHTAG_LETTER", r"[\p{L}\p{M}]")
HASHTAG_LETTER: regex.Pattern[str]
_lazy("HASHTAG_END", r"[\#＃]|://")
HASHTAG_END: regex.Pattern[str]

# "$TSLA", "$BRK.B": ASCII letters only, after a space or the start, before a space,
# punctuation or the end.
_lazy(
    "CASHTAG",
    rf"""
    (?: ^ | [{SPACES}] )
    (?P<sign>\$)
    (?P<symbol>[a-z]{{1,6}}(?:[._][a-z]{{1,2}})?)
    (?= $ | \s | [!'\#%&()*+,\\\-./:;<=>?@\[\]^_{{|}}~$] )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
CASHTAG: regex.Pattern[str]

# A domain character: anything but ASCII punctuation, spaces, controls, Unicode
# punctuation, bidi marks and the non-characters.
DOMAIN_CHAR = rf"[^!-/:-@\[-`{{-~{SPACES}{DIRECTIONAL}{INVALID}\p{{P}}\p{{Z}}\p{{Cc}}]"
# A run of host characters: labels (with "-" and "_") joined by single dots, possessive.
# An empty label ("a..b") ends a run: no domain spans it.
# Only runs with a dot matter; a run starts only where the previous character cannot be in one.
_lazy("HOST_RUN", rf"(?<!{DOMAIN_CHAR}|[\-_.])(?:{DOMAIN_CHAR}|[\-_])++(?:\.(?:{DOMAIN_CHAR}|[\-_])++)++")
HOST_RUN: regex.Pattern[str]
# A maximal stretch of the characters a host run is made of, matched backwards ("(?r)") from
# a dot to find where its run starts, and forwards to find where it ends.
_lazy("RUN_CHARS_BACK", rf"(?r)(?:{DOMAIN_CHAR}|[\-_.])++")
RUN_CHARS_BACK: regex.Pattern[str]
_lazy("RUN_CHARS", rf"(?:{DOMAIN_CHAR}|[\-_.])++")
RUN_CHARS: regex.Pattern[str]
# The sigils of mentions and hashtags, with the character every match has after them: the
# few places worth trying MENTION or HASHTAG at.
_lazy("AT_SIGNS", r"[@＠](?=[a-zA-Z0-9_])")
AT_SIGNS: regex.Pattern[str]
_lazy("HASH_SIGNS", rf"[\#＃](?=[{HASHTAG_ALNUM}])")
HASH_SIGNS: regex.Pattern[str]
# What may not come right before a URL (twitter-text: letters, digits, "@", "$", "#").
_lazy("URL_BAD_BEFORE", rf"[A-Za-z0-9@＠$#＃{INVALID}]")
URL_BAD_BEFORE: regex.Pattern[str]
# ... and, for a URL written without "http://", these too ("foo/bar.com", "a.b.com").
URL_BAD_BEFORE_BARE = frozenset("-_./")
_lazy("PROTOCOL_BEFORE", r"(?i)https?://\Z")
PROTOCOL_BEFORE: regex.Pattern[str]
# Path characters (ASCII, Cyrillic, accented Latin, en dash) and the ones a path may end on.
PATH_CHARS = rf"a-zA-Z\u0400-\u04FF0-9!*';:=+,.$/%\#\[\]\-\u2013_~|&@{LATIN_ACCENTS}"
PATH_END_CHARS = frozenset("+-=_#/0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_lazy(
    "PATH_RUN",
    rf"(?:[{PATH_CHARS}]++|\((?:[{PATH_CHARS}]++|[{PATH_CHARS}]*+\([{PATH_CHARS}]++\)[{PATH_CHARS}]*+)\))*+",
)
PATH_RUN: regex.Pattern[str]
_lazy("PATH_END_EXTRA", rf"[\u0400-\u04FF{LATIN_ACCENTS}]")
PATH_END_EXTRA: regex.Pattern[str]
_lazy("QUERY_RUN", r"[a-zA-Z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*+")
QUERY_RUN: regex.Pattern[str]
QUERY_END_CHARS = frozenset("-_&=#/0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_lazy("PORT", r":[0-9]++")
PORT: regex.Pattern[str]
# An ASCII label chain inside a domain, for URLs written without a scheme.
_lazy("ASCII_CHAIN", rf"[\-a-zA-Z0-9{LATIN_ACCENTS}]++(?:\.[\-a-zA-Z0-9{LATIN_ACCENTS}]++)*+")
ASCII_CHAIN: regex.Pattern[str]
# A t.co link: the slug is alphanumeric; only a query string may follow it.
_lazy("TCO", r"(?i)https?://t\.co/(?P<slug>[a-z0-9]++)")
TCO: regex.Pattern[str]
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# ---------------------------------------------------------------------------
# Tweets: the "— Name (@handle) Date" signature and the lines around it
# ---------------------------------------------------------------------------

# The dashes seen before the author's name: em, en and horizontal-bar dashes, "--" (html2text),
# "\-" (escaped markdown), a spaced hyphen, mis-decoded UTF-8 ("â€”"), HTML entities left in
# the text, and "?" where a dash was lost to a bad encoding ("… this morning. ? Senator …").
DASHES: tuple[str, ...] = (
    r"—",
    r"–",
    r"―",
    r"‒",
    r"−",
    r"â€”",
    r"â€“",
    r"&mdash;",
    r"&#8212;",
    r"--",
    r"\\-",
    r"(?<![^\s>(])-(?=\s)",
    r"(?<![^\s>])\?(?=\s)",
)

# "(@handle)" with optional inner spaces; html2text escapes "_" as "\_", so a backslash may
# sit inside the handle (it is removed from the value). A dot or a second "@" means a
# Bluesky or Mastodon handle, which is the embeds rule's business.
_lazy("HANDLE", r"\([ \t]{0,2}[@＠](?P<handle>[A-Za-z0-9_\\]{1,20}+)[ \t]{0,2}\)")
HANDLE: regex.Pattern[str]
# X caps new handles at 15 characters; older accounts and twitter-text mentions reach 20.
_lazy("HANDLE_VALUE", r"[A-Za-z0-9_]{1,20}")
HANDLE_VALUE: regex.Pattern[str]

# Month names X prints in embeds of other languages (``lang=hi`` embeds: "1 जनवरी 2024";
# ``lang=ru``: "16 мая 2018 г."; ``lang=pl``: "3 marca 2021"), with their numbers: the shared
# date table holds the Latin-script names of the supported languages only. Read in signatures
# only, so names that are words elsewhere ("mart", "maj") do no harm.
EXTRA_MONTHS: dict[str, int] = {
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11,
    "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # Russian and Ukrainian (genitive, as dates print them)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Polish (genitive)
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Indonesian and Swedish/Danish/Norwegian names the shared table lacks
    "maret": 3, "agustus": 8, "desember": 12, "mars": 3, "maj": 5, "augusti": 8,
}  # fmt: skip
# The month names are matched as a run of letters and looked up (WordListPattern): their
# alternation took ~4 ms to compile on a cold start (#8).
_MONTH_WORDS: tuple[str, ...] = (*MONTHS, *EXTRA_MONTHS)
_MONTH_SLOT = "(?:__month_names__)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# The date forms embeds print: "November 21, 2025", "Nov 21, 2025", "21 November 2025",
# "21. November 2025" (also "21\. November 2025" from markdown), X's own "3:15 PM · Mar 3, 2025",
# "21 de noviembre de 2025",
# "17 avril 2017", ISO timestamps, epoch seconds/milliseconds, "2018年9月28日", each with an
# optional time ("at 4:12 PM", "um 16:12", "à 16h12" is left out: it is rare in embeds).
# The month names are written once: a day before the month ("21 November 2025") makes the
# conditional want the year next, otherwise the day follows the month ("November 21, 2025").
# A date starts with a digit or a letter, never both, so this tries what the two forms did.
TWEET_DATE = rf"""
(?:[0-2]?\d:[0-5]\d(?:[ \t\u00a0]?[AaPp]\.?[Mm]\.?)?[ \t\u00a0]{{0,3}}[·•][ \t\u00a0]{{0,3}})?
(?:
    (?P<day_first>[0-3]?\d(?:\\?\.|º|°|er|st|nd|rd|th)?[ \t\u00a0]{{1,3}}(?:de[ \t\u00a0]{{1,3}})?)?
    {_MONTH_SLOT}\.?
    (?(day_first)
        ,?[ \t\u00a0]{{1,3}}(?:de[ \t\u00a0]{{1,3}}|del[ \t\u00a0]{{1,3}})?{_YEAR}
      | [ \t\u00a0]{{1,3}}[0-3]?\d(?:st|nd|rd|th)?,?[ \t\u00a0]{{1,3}}{_YEAR}
    )
  | (?:19|20)\d\d-[01]\d-[0-3]\d
    (?:[T\x20][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{{1,9}})?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?
  | 1\d{{12}}(?!\d) | 1\d{{9}}(?!\d)
  | (?:19|20)\d\d年[01]?\d月[0-3]?\d日
)
(?:
    ,?[ \t\u00a0]{{1,3}}(?:at|um|à|às|a\ las|alle|om|·)?[ \t\u00a0]{{0,3}}
    [0-2]?\d:[0-5]\d(?:[ \t\u00a0]?[AaPp]\.?[ \t\u00a0]?[Mm]\.?(?-i:(?![a-z])))?
    (?:[ \t\u00a0]?(?:UTC|GMT|[ECMP][SD]T|BST|IST|CET|CEST))?
)?
"""
# What follows the ")" of the handle: an optional "on X" / "on Twitter" (the signature some
# sites print, "— Name (@handle) on X, March 3, 2026" or no date at all), the date, bare, as
# a markdown link to the status or inside the <a href> an extractor left in the text,
# and a trailing "Report" link (BBC pages). The date is written once: "[" opens the link form
# and the conditional "(?(md)...)" then needs its "](url)"; without "[" the date is bare.
# (Two copies of the date, one per form, doubled the compile time, the largest of the rule.)
SIGNATURE_TAIL = WordListPattern(
    rf"""
    [ \t\u00a0]{{0,6}}
    (?P<on_x>on[ \t\u00a0]{{1,3}}(?:Twitter/X|X/Twitter|Twitter|X)(?![\w/])
        [ \t\u00a0]{{0,3}},?[ \t\u00a0]{{0,3}})?
    (?:
        (?P<md>\[ [ \t]{{0,2}})?
        (?P<html><a[ \t]{{1,3}}[^<>\n]{{0,400}}?href=["']?
            (?P<html_url>[^"'<>\s]{{1,400}}+)["']?[^<>\n]{{0,200}}+>)?
        (?P<date>{TWEET_DATE})
        (?(md) [ \t]{{0,2}} \] \( (?P<md_url>[^()\s]{{1,400}}+) \) )
        (?(html) [ \t]{{0,2}} </a> )
    )?
    (?P<report>[ \t\u00a0]{{1,3}}Report\b)?
    """,
    _MONTH_SLOT,
    _MONTH_WORDS,
    regex.VERBOSE | regex.IGNORECASE,
)

# A lead-in line that introduces an embed instead of belonging to it: it ends with a colon,
# or with "tweeted", "wrote on X", "posted on Twitter", "the post below", ...
LEAD_IN_CUES: tuple[str, ...] = (
    r"[:：]\s*$",
    r"\b(?:tweeted|posted|wrote|shared|said|posts|tweets|writes|says)\b(?:\s+(?:on|in)\s+(?:X|Twitter))?[\s.…]*$",
    r"\b(?:on|to|in a post on|in a tweet on)\s+(?:X|Twitter)"
    r"(?:,?\s{0,2}\(?formerly\s+(?:known\s+as\s+)?Twitter\)?)?[\s,.…]*$",
    r"\b(?:tweet|post|video|message|statement)s?\s+(?:below|here|above)[\s.…]*$",
    # The same lead-ins in the other languages of the corpus (fr, es, de, pt, it, hi): a line
    # ending "… sur X.", "… escribió en Twitter", "… ने ट्वीट किया", with the verb last or the
    # platform last (a French inversion, "a tweeté le ministre :", ends in the colon above).
    r"\b(?:sur|en|auf|bei|no|na|em|su|via)\s+(?:X|Twitter)[\s,.…]*$",
    r"\b(?:a\s+tweeté|a\s+écrit|a\s+publié|a\s+posté|tuiteó|escribió|publicó|twitterte|schrieb|postete"
    r"|tuitou|escreveu|publicou|ha\s+scritto|ha\s+twittato|ha\s+pubblicato)[\s.…]*$",
    r"(?:ट्वीट|पोस्ट)\s+(?:किया|की|कर\s+लिखा|करते\s+हुए\s+लिखा)[\s।.…]*$|लिखा[\s।.…]*$"
    r"|(?:एक्स|ट्विटर|X|Twitter)\s+पर[\s।.…]*$",
    r"\bSkip\s+(?:Twitter|X)\s+post\b",
    r"\bEnd\s+of\s+(?:Twitter|X)\s+post\b",
)
# A sentence about a post ending in a colon: a lead-in even with a handle or tag in it.
_lazy(
    "STRONG_LEAD_IN",
    r"(?i)\b(?:tweeted|posted|wrote|shared|said|says|writes|tweets|posts|(?:on|to|via)\s+(?:X|Twitter))\b"
    r"[^.!?:：\n]{0,60}+[:：]\s*+$",
)
STRONG_LEAD_IN: regex.Pattern[str]
# A short line pointing at the post below ("Take a look", "WATCH", "Here is the tweet"): a
# lead-in. Kept apart from LEAD_IN_CUES and tried on short lines only (in one alternation
# they made every line's lead-in search twice as slow).
_lazy(
    "POINTER_LEAD_IN",
    r"(?i)\b(?:take|have)\s+a\s+look\b[^.!?\n]{0,40}[\s.!…]*$"
    r"|^\W{0,3}(?:watch|see|look|listen|read|check\s+(?:it\s+)?out)\b[^.!?\n]{0,40}[\s.!…]*$"
    r"|\b(?:the|this|his|her|their|its)\s+(?:tweet|post|video|clip|message)s?[\s.!…]*$",
)
POINTER_LEAD_IN: regex.Pattern[str]
# Third-person reporting language: a line that has it is article prose, not a post.
_lazy(
    "REPORTING",
    r"(?i)\b(?:said|says|told|added|stated|noted|wrote|tweeted|posted|reported|according\s+to|"
    r"announced|claimed|alleged|explained|urged|slammed|took\s+to|responded|replied|reacted)\b",
)
REPORTING: regex.Pattern[str]
# Marks of a post's own text: a mention, hashtag, cashtag, link, emoji, or a thread or list
# number at the start. A hashtag has a letter and a cashtag starts with one, as X reads them:
# "#1 choice" and "$20 bn" are an article's words.
_lazy(
    "POST_MARKS",
    r"(?:^|\s)(?:[@＠][A-Za-z0-9_\p{L}]|[#＃][0-9_]*+\p{L}|\$[A-Za-z])|https?://|pic\.(?:twitter|x)\.com/"
    r"|\bt\.co/|[\p{Extended_Pictographic}]"
    r"|^\s*(?:\d{1,2}[/.)]|[•·▪-])\s",
)
POST_MARKS: regex.Pattern[str]
# Article prose (reporting language plus the words of a news report), for the short lines a
# post would take when a blank line or a long paragraph closes it above: such a line stays out.
_lazy(
    "ARTICLE_PROSE",
    r"(?i)\b(?:said|says|told|added|stated|noted|wrote|tweeted|posted|reported|according\s+to|"
    r"announced|claimed|alleged|explained|urged|slammed|took\s+to|responded|replied|reacted|"
    r"confirm(?:ed|s)|declin(?:ed|es)\s+to|(?:did|does)\s+not\s+(?:respond|reply|comment)|"
    r"spokes(?:man|woman|person)|request\s+for\s+comment|in\s+a\s+statement|officials|reportedly|"
    r"(?:our|a|the)\s+(?:correspondent|reporter))\b",
)
ARTICLE_PROSE: regex.Pattern[str]
# Words of an article sentence about someone posting: above a post it closes the post.
_lazy("ABOUT_POSTING", r"(?i)\b(?:shared|uploaded|captioned|took\s+to|taking\s+to|in\s+a\s+(?:post|tweet))\b")
ABOUT_POSTING: regex.Pattern[str]
# A sentence that is a whole quotation ending on its full stop (`"The risk is extremely low."`):
# in a one-line scrape the article quoting a speaker, not a post's opening sentence.
_lazy("QUOTED_SENTENCE", r"^[\s(]*+[\"“„«].{0,600}+(?<=[.…][\"”“»])\s*+$", flags=regex.S)
QUOTED_SENTENCE: regex.Pattern[str]
# A sentence of the article about the post it opens the paragraph of ("The agency shared the
# update on X on Tuesday. Buses will …"): verbs of posting and the platform, in the third person.
_lazy(
    "POSTING_SENTENCE",
    r"(?i)\b(?:shared|uploaded|captioned|tweeted|posted|took\s+to|taking\s+to|in\s+a\s+(?:post|tweet)"
    r"|on\s+(?:X|Twitter))\b",
)
POSTING_SENTENCE: regex.Pattern[str]
# A list item's marker before a post ("- Good news for commuters! — Name (@handle) …").
_lazy("LIST_BULLET", r"[-•*▪‣][ \t\u00a0]++")
LIST_BULLET: regex.Pattern[str]
# The marks another platform's embed leaves (a TikTok sound credit, Instagram's marker and
# attribution, Threads and Mastodon links, a YouTube page title, a Bluesky or Mastodon handle):
# a tweet's body never reaches back over them.
_lazy(
    "OTHER_EMBED",
    r"♬|View\s+this\s+(?:post|video|photo)\s+on\s+Instagram|A\s+(?:post|video|photo)\s+shared\s+by\s"
    r"|View\s+on\s+(?:Threads|Mastodon)\b|\s[-–—|]\s+YouTube\b"
    r"|\(\s?@[A-Za-z0-9_-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,5}\s?\)|\(\s?@\w{1,30}@",
)
OTHER_EMBED: regex.Pattern[str]
# A verb in the simple past, the tense of an article's narrative (posts speak in the present
# and the future): "was", "were", "did", or a lower-case "-ed" word no auxiliary introduces (a
# capitalised one is a place or a name: "the terminal at Stansted", "Halsted Street").
_lazy(
    "NARRATIVE_PAST",
    r"(?i)\b(?:was|were|did)\b"
    r"|(?<!\b(?:has|have|had|been|be|being|is|are|was|were|will|get|got|to)\s)\b(?-i:[a-z])[a-z]+[^e\W]ed\b",
)
NARRATIVE_PAST: regex.Pattern[str]
_lazy("FIRST_PERSON", r"(?i)\b(?:I|I'm|I’m|we|we're|we’re|my|our|us|you|your)\b")
FIRST_PERSON: regex.Pattern[str]
# A line break inside a sentence, or the start of a list: the line above belongs to the post.
_lazy("CONTINUATION", r"^[\s>]*(?:\p{Ll}|[,;…])")
CONTINUATION: regex.Pattern[str]
# The first post of a thread ("1/", "1/5"): the post starts there.
_lazy("THREAD_START", r"^[\s>]*1/\d{0,2}\s")
THREAD_START: regex.Pattern[str]
# Sentence ends, for finding where a post starts inside a one-line scrape (the Devanagari danda
# and the CJK full stops end sentences too).
# A full stop after a title or an initial ("Mr.", "Gov.", "J.", "Rt. Hon."), a month
# abbreviation ("Dec. 27") or a dotted lower-case abbreviation ("5:30 p.m. local time", "e.g.")
# does not end a sentence; "X." does ("… reacted on X."), the platform being far more frequent
# than the initial.
_lazy(
    "SENTENCE_START",
    r"(?:(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Lt|Gen|Col|Prof|Jr|Sr|No|vs|Hon|Rt|Rev|Sgt|Capt|Supt"
    r"|Insp|Brig|Maj|Cpl|Messrs|Mme|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-WYZ]|\p{Ll}\.\p{Ll}))\.|[!?…।॥。！？])"
    r"['\"”’)\]]{0,3}+[ \t\u00a0]++(?=\S)",
)
SENTENCE_START: regex.Pattern[str]
# A sentence ended and the next begun after a single blank ("… low. The …"): the line does not
# set every sentence apart with two spaces, so two spaces there mark paragraphs.
_lazy("SINGLE_SPACED_SENTENCE", r"[.!?][\"”’)]?+ (?=[\p{Lu}\"“])")
SINGLE_SPACED_SENTENCE: regex.Pattern[str]
# A lead-in inside a one-line scrape ("The ministry shared the update on X: ..."): the post
# starts after its colon.
_lazy(
    "INLINE_LEAD_IN",
    r"(?i)\b(?:(?:on|to|via)\s+(?:X|Twitter)|tweeted|posted|wrote|shared|writes|says|said|read|reads|"
    r"stated|added|noted|captioned|commented|remarked|responded|replied|reacted|announced|"
    r"(?:the|his|her|their|its|a)\s+(?:tweet|post|message|statement))\b"
    r"[^.!?:：\n]{0,40}+[:：][ \t\u00a0]++[\"“]?(?=\S)",
)
INLINE_LEAD_IN: regex.Pattern[str]
# A pointer at the post opening the post's own paragraph ("Here is the video: …", "Take a look:
# …", "Voici la vidéo : …", "देखें वीडियो: …"): the article's words, the post starts after the
# colon. Two words at least: a lone "WATCH:" may be the post's own first word.
_lazy(
    "POINTER_INLINE",
    r"(?i)[ \t\u00a0]*+(?:"
    r"(?:here(?:'s|’s|[ \t]+is|[ \t]+are)|look[ \t]+at|take[ \t]+a[ \t]+look|check[ \t]+(?:it[ \t]+)?out"
    r"|sehen[ \t]+sie|schauen[ \t]+sie|यहां[ \t]+देखें)(?![\w\p{M}])(?:[ \t\u00a0]++[^\s.!?:：]++){0,6}+"
    r"|(?:see|watch|voici|voilà|regardez|mira|aquí|hier|veja|confira|assista|ecco|guarda|देखें|देखिए)"
    r"(?![\w\p{M}])(?:[ \t\u00a0]++[^\s.!?:：]++){1,6}+"
    r")[ \t\u00a0]*+[:：][ \t\u00a0]++(?=\S)",
)
POINTER_INLINE: regex.Pattern[str]
# A lead-in that opens a quotation of the post in a one-line scrape ("Taking to X, he wrote, "…"):
# only verbs of posting, since an agency's post itself reports speech ("… MP says, "We …").
_lazy(
    "QUOTE_LEAD_IN",
    r"(?i)\b(?:(?:on|to|via)\s+(?:X|Twitter)|tweeted|posted|wrote|captioned)\b"
    r"[^.!?:：\n\"“]{0,40}+[:：,]?[ \t\u00a0]*+[\"“](?=\S)",
)
QUOTE_LEAD_IN: regex.Pattern[str]
# The clause before a colon at the start of a post's first sentence ("Hale was blunt: We …").
_lazy("CLAUSE_COLON", r"(?P<clause>[^.!?:：\n]{1,80}+)[:：][ \t\u00a0]++(?=\S)")
CLAUSE_COLON: regex.Pattern[str]
# Links as a post's length counts them (23 characters each) and the links of a post.
_lazy("WEIGHT_LINK", r"(?:https?://|pic\.(?:twitter|x)\.com/)[^\s<>]{1,2000}+")
WEIGHT_LINK: regex.Pattern[str]
_lazy("WIDE_CHAR", r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
WIDE_CHAR: regex.Pattern[str]
_lazy(
    "STATUS_URL",
    r"(?i)^(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/"
    r"(?:(?P<user>[A-Za-z0-9_]{1,15})/status(?:es)?|i/web/status|i/status)/(?P<id>\d{1,25})",
)
STATUS_URL: regex.Pattern[str]
_lazy("MEDIA_URL", r"(?i)^(?:https?://)?pic\.(?:twitter|x)\.com/")
MEDIA_URL: regex.Pattern[str]
_lazy("SHORT_URL", r"(?i)^(?:https?://)?t\.co/")
SHORT_URL: regex.Pattern[str]
# The left edge of a line: spaces, bidi marks and markdown quote marks.
_lazy("LINE_LEFT", r"[ \t\u00a0\u200e\u200f\u2066-\u2069>]*+")
LINE_LEFT: regex.Pattern[str]
# A live blog's entry time at the start of a line ("23.46 Rescuers reached ..."): the line is
# the article's, not a post's.
_lazy("CLOCK_START", r"[0-2]?\d[.:][0-5]\d\s")
CLOCK_START: regex.Pattern[str]
# BBC's wrapper before an embed: a body never reaches back over it.
_lazy("BBC_SKIP", r"(?i)Skip\s+(?:Twitter|X)\s+post(?:\s+\d+)?\s+by\s+@?[A-Za-z0-9_]{1,15}")
BBC_SKIP: regex.Pattern[str]

# A letter, digit or symbol: a display name needs one.
# A signature date with a month of EXTRA_MONTHS: "1 जनवरी 2024" or "जनवरी 1, 2024".
_lazy(
    "OTHER_SCRIPT_DATE",
    r"(?:(?P<d1>[0-3]?\d)[ \t\u00a0]{1,3})?(?P<month>\p{L}[\p{L}\p{M}]{1,11}+)\.?"
    r"(?(d1)|[ \t\u00a0]{1,3}(?P<d2>[0-3]?\d))?,?[ \t\u00a0]{1,3}(?P<y>(?:19|20)\d\d)",
)
OTHER_SCRIPT_DATE: regex.Pattern[str]
_lazy("NAME_CHAR", r"[\p{L}\p{N}\p{So}]")
NAME_CHAR: regex.Pattern[str]
# A date written the CJK way in a signature: "2018年9月28日", with an optional time.
_lazy(
    "CJK_DATE",
    r"(?P<y>(?:19|20)\d\d)年(?P<m>[01]?\d)月(?P<d>[0-3]?\d)日(?:\s*(?P<H>[0-2]?\d):(?P<M>[0-5]\d))?",
)
CJK_DATE: regex.Pattern[str]
# The ASCII letters and digits of a top-level domain.
_lazy("ASCII_ALNUM", r"[a-z0-9]*+")
ASCII_ALNUM: regex.Pattern[str]
