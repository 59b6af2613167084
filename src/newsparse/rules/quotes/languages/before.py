"""The sentence before a quote: who it is about, for an unwritten subject, a pronoun or a role
after it (``O candidato, Goura, criticou … «…», disse``), read from how that sentence opens;
and a role's holder named with it earlier (``le ministre`` → ``le ministre Jean Dupont``)."""

from __future__ import annotations

import bisect

from newsparse.rules.quotes.languages.cues import LanguageCues
from newsparse.rules.quotes.languages.names import NAME_RUN, ArticleNames, given_gender
from newsparse.rules.quotes.languages.phrases import DETERMINERS, NAME_JOINERS, PREPOSITIONS
from newsparse.rules.quotes.languages.text import words_in, wordset
from newsparse.rules.quotes.phrases import NP


def in_quotation(quoted: list[tuple[int, int]], reach: list[int], at: int) -> bool:
    """Whether ``at`` lies inside the content of one of the direct quotations ``quoted``
    (``reach``: the furthest content end so far, so one bisection answers)."""
    k = bisect.bisect_right(quoted, (at, len(reach) and reach[-1] + 1)) - 1
    return k >= 0 and reach[k] > at


def first_subject(
    names: ArticleNames,
    speakers: set[str],
    lo: int,
    hi: int,
    quoted: list[tuple[int, int]],
    reach: list[int],
) -> str | None:
    """The first person named in the sentence ``[lo, hi)`` before a quoted sentence: its subject,
    not a person it names later ("Benjamin Moser conheceu a obra de Clarice Lispector. «…»")."""
    mentions = names.mentions
    k = bisect.bisect_left(mentions, (lo, ""))
    while k < len(mentions) and mentions[k][0] < hi:
        at, mention = mentions[k]
        resolved = names.resolve(mention)
        person = mention.split()[-1] in speakers or names.titled(at, mention)
        person = person and not names.common_run(mention)  # "In diesem Zusammenhang": a noun
        if person and not names.organisation(resolved) and not in_quotation(quoted, reach, at):
            return resolved
        k += 1
    return None


def continued(
    names: ArticleNames,
    speakers: set[str],
    at: int,
    last: tuple[str | None, int],
    genders: dict[str, str],
    gender: str,
    quotations: tuple[list[tuple[int, int]], list[int]],
) -> str | None:
    """Who a pronoun at ``at`` continues: the subject of the sentence before when a name opens
    it, or the person who spoke last (``last``: that speaker and where their quote ended) when a
    pronoun or a role opens it (``O presidente criticou … Fernando de Noronha. Ele citou que
    …``: ``Ele`` is the president, not the place named last) — in either case only when the
    gender agrees; None when the sentence before tells nothing."""
    if gender == "pl":
        return None
    last_speaker, last_end = last
    found = previous_subject(names, speakers, at, last_end, *quotations)
    own_start = _last_sentence_break(names.text, max(0, at - _PREVIOUS_REACH), at)
    if found is None and last_end >= 0 and own_start <= last_end + 2:
        # "«…», disse. Ele citou que …", "«…», a réagi X à Bruxelles. « … », a-t-il souligné.":
        # the sentence before was the last quote's, whose speaker the pronoun goes on with
        found = GOES_ON
    if found == GOES_ON:
        if last_speaker is None or at - last_end > RUN_REACH or not last_speaker[:1].isupper():
            return None
        found = last_speaker
    if found is None or names.organisation(found):
        return None
    return found if gender == "x" or genders.get(found) in {None, gender} else None


RUN_REACH = 1200  # characters after a quote within which its speaker is the one speaking on


def previous_subject(
    names: ArticleNames,
    speakers: set[str],
    at: int,
    since: int,
    quoted: list[tuple[int, int]],
    reach: list[int],
    depth: int = 1,
) -> str | None:
    """The person opening the sentence before the one at ``at`` (its subject), when that
    sentence starts after ``since`` (the last quote's end): who an unwritten subject or a role
    (``«…», disse``, ``o candidato afirmou``) goes on with, rather than a person that sentence
    names later as an object. Bounded: the sentence must end within 400 characters of ``at``."""
    text = names.text
    lo = max(since, at - _PREVIOUS_REACH, 0)
    end = _last_sentence_break(text, lo, at)
    if end < 0:
        return None
    start = _last_sentence_break(text, lo, end)
    start = start + 1 if start >= 0 else lo
    if start <= since or end - start < 10:
        return None
    if in_quotation(quoted, reach, start) or in_quotation(quoted, reach, end - 1):
        return None  # "«… el ministro De Pedro pueda aclarar …», dijo la titular": quoted words, no narration
    opening = _opening_subject(names, start, end)
    if opening is None:
        return None
    if opening == _PRONOUN and depth:
        # "Moreno meldet sich. Er ist aufgewühlt. Er sagt, …": the pronoun before stands for
        # the subject of the sentence before it
        earlier = previous_subject(names, speakers, start, since, quoted, reach, depth - 1)
        return earlier if earlier is not None else GOES_ON
    if opening < 0:
        # "O presidente Jair Bolsonaro falou … Em sua fala, o presidente criticou …": the role's
        # holder named with it before, else the person speaking goes on
        role = _role_phrase(names, start, end)
        holder = described(names.text, role, names, names.lc) if role is not None else None
        if holder is None and depth:
            # "Kris de Decker kennt das. Seit Jahren reist der Journalist …": a role nobody was
            # named with stands for the subject of the sentence before
            holder = previous_subject(names, speakers, start, since, quoted, reach, depth - 1) or None
        return holder if holder is not None else GOES_ON
    return first_subject(names, speakers, opening, min(end, opening + 40), quoted, reach) or _written_name(
        names, opening
    )


def _written_name(names: ArticleNames, at: int) -> str | None:
    """The name written at ``at`` (a capitalised run, or one word that reads as a person's:
    ``Marchal a ensuite visité``, ``…, Goura, criticou``), resolved to its fullest form."""
    text = names.text
    m = NAME_RUN.match(text, at)
    if m is not None:
        run = names.run_name(m.group()) if names.nouns_capitalised else m.group()
        if run is None:
            return None  # "Thema Nachhaltigkeit", "Kurze Nachfrage": no subject's name
        resolved = names.resolve(run)
        return None if names.organisation(resolved) else resolved
    word = words_in(text, at, min(len(text), at + 40))[:1]
    if not word or not names.person_word(word[0][2]) or word[0][2].isupper():
        return None
    return names.resolve(word[0][2])


def _apposed_name(text: str, words: list[tuple[int, int, str]], k: int) -> int | None:
    """Where a name set off by a comma follows the role ending before ``words[k]`` within
    its phrase (``O candidato do PDT à Prefeitura de Curitiba, Goura, …``): the role's holder."""
    for s, _, w in words[k : k + 8]:
        if w[:1].isupper() and text[max(0, s - 2) : s].strip(" \u00a0") == ",":
            return s
    return None


# what :func:`previous_subject` answers when a pronoun or a role opened the sentence before
GOES_ON = ""
_PRONOUN = -2  # what :func:`_opening_subject` answers for a sentence a subject pronoun opens
_PREVIOUS_REACH = 400  # characters back to the sentence whose subject an unwritten one continues


def _opening_subject(names: ArticleNames, start: int, end: int) -> int | None:
    """Where the subject of the sentence ``[start, end)`` starts when a capitalised name opens
    it (after an adverbial: ``Nesta quinta-feira, o vice-presidente Hamilton Mourão``; or as
    the appositive of a role: ``O candidato do PDT, Goura,``); ``_PRONOUN`` when a subject
    pronoun comes first (``Ele afirmou``), -1 when a determiner and role noun with no name does
    (``Em sua fala, o presidente criticou``); None when no subject shows among its first
    fourteen words (a name later is an object, not the subject)."""
    lc, text = names.lc, names.text
    words = words_in(text, start, min(end, start + 160))[:14]
    if words and words[0][2].lower() in _OPENING_PREPOSITIONS:
        # "Dopo la vittoria sulla ceca Marketa V., Jabeur si è emozionata": a fronted adjunct
        # names objects; the subject comes after its comma
        comma = text.find(",", start, min(end, start + 160))
        if comma > 0:
            words = words_in(text, comma + 1, min(end, comma + 161))[:14]
    for k, (s, _, w) in enumerate(words):
        low = w.lower()
        if low in lc.pronouns and lc.pronouns[low] != "pl":
            return _PRONOUN
        if low in DETERMINERS and k + 1 < len(words) and words[k + 1][2].lower() in lc.roles:
            at = _apposed_name(text, words, k + 2)
            return at if at is not None else (_named_role(words, k + 2) or -1)
        prev = words[k - 1][2].lower() if k else ""
        if (
            w[:1].isupper()
            and prev not in NAME_JOINERS
            and prev not in _LEADS
            and (_mention_at(names, s) or (k == 0 and w in names.full) or _surname_early(names, words, k))
        ):
            return s  # a person named as the subject ("Am Freitag meldet sich Moreno": a noun is none)
    return None


def _surname_early(names: ArticleNames, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``words[k]``, among a sentence's first few words after a short adjunct with no
    comma (``Con l'occasione Acquaroli ha fatto il punto``: lower-case words after the opening
    one, none a preposition), is written alone as the surname of a person the article named in
    full (a given name known to the tables opens that name)."""
    if k > _EARLY_WORDS or names.lc.nouns_capitalised:
        return False
    if any(not w[:1].islower() or w.lower() in _LEADS for _, _, w in words[1:k]):
        return False  # "… liderada por Juan Guaidó": part of a name, or a preposition's object
    full = names.full.get(words[k][2])
    return full is not None and " " in full and given_gender(full.split()[0], names.lc) is not None


_EARLY_WORDS = 3  # words of a short fronted adjunct before a surname ("Con l'occasione X")


def _role_phrase(names: ArticleNames, start: int, end: int) -> NP | None:
    """The determiner and role noun that open the sentence ``[start, end)`` (after a fronted
    adjunct), as :func:`_opening_subject` found them."""
    text, lc = names.text, names.lc
    words = words_in(text, start, min(end, start + 160))[:14]
    if words and words[0][2].lower() in _OPENING_PREPOSITIONS:
        comma = text.find(",", start, min(end, start + 160))
        if comma > 0:
            words = words_in(text, comma + 1, min(end, comma + 161))[:14]
    for k in range(len(words) - 1):
        if words[k][2].lower() in DETERMINERS and words[k + 1][2].lower() in lc.roles:
            return NP(words[k][0], words[k + 1][1], "desc")
    return None


def _mention_at(names: ArticleNames, at: int) -> bool:
    """Whether a person's mention starts at ``at`` (or at a title's end: ``Premier Robert Fico``)."""
    mentions = names.mentions
    k = bisect.bisect_left(mentions, (at, ""))
    return k < len(mentions) and mentions[k][0] - at <= 1


# prepositions that open a fronted adjunct ("Dopo la vittoria su X, …", "Tras reunirse con X, …")
_OPENING_PREPOSITIONS = PREPOSITIONS | wordset(
    "dopo après tras nach após durante depuis desde seit prima avant antes vor während pendant"
)

# words after which a capitalised word is a complement, not a subject ("à Prefeitura", "em Paris")
_LEADS = wordset(
    "à a em no na en in im au aux ao para por per pour sur su com con avec mit seit desde depuis dal "
    "dalla da de do del della des du von vom zum zur ai al alla"
)


def _named_role(words: list[tuple[int, int, str]], k: int) -> int | None:
    """Where a name written right after a role starts (``o vice-presidente Hamilton Mourão``)."""
    if k < len(words) and words[k][2][:1].isupper():
        return words[k][0]
    return None


def _last_sentence_break(text: str, lo: int, hi: int) -> int:
    """Where the last sentence before ``hi`` ends (its full stop, or a line break), from ``lo``; -1
    when none does. Abbreviations are not told apart: a break too many only shortens the
    sentence the subject is read from."""
    hi = _back_over_space_or_mark(text, lo, hi)
    if hi > lo and text[hi - 1] in ".!?\n":
        return hi - 1  # the sentence before ends right where this one starts
    return max(
        text.rfind(". ", lo, hi), text.rfind("\n", lo, hi), text.rfind("! ", lo, hi), text.rfind("? ", lo, hi)
    )


def _back_over_space_or_mark(text: str, lo: int, pos: int) -> int:
    """``pos`` moved back over spaces and opening quotation marks (to the previous sentence's end)."""
    while pos > lo and text[pos - 1] in ' \t\u00a0\u202f\n«“„"':
        pos -= 1
    return pos


def described(text: str, np: NP, names: ArticleNames, lc: LanguageCues) -> str | None:
    """``le ministre`` → the person named with that role earlier (``le ministre Jean Dupont``)."""
    # "l'imam", "l’avocate": the role word without its elided article
    words = (w.lower().split("'")[-1].split("’")[-1] for w in text[np.start : np.end].split())
    roles = [w for w in words if w in lc.roles]
    if not roles:
        return None
    lo = max(0, np.start - 4000)
    hay = text[lo : np.start]
    at = hay.lower().rfind(roles[-1])
    phrase = text[np.start : np.end].lower()
    while at >= 0:
        after = lo + at + len(roles[-1])
        if _qualified_otherwise(text, lo + at, phrase):
            # "le ministre de la Santé" is not "le Premier ministre Andrej Babiš"
            at = hay.lower().rfind(roles[-1], 0, at)
            continue
        for m in NAME_RUN.finditer(text, after, min(np.start, after + _ROLE_TO_NAME)):
            gap_ends = any(c in text[after : m.start()] for c in ".;:!?\n")
            if gap_ends or _clause_between(text, after, m.start(), lc):
                break
            if _complement(text, m.start()):
                continue  # "secretario general de La Cámpora, Andrés X": the body, then the name
            # the whole run, not the part the window cut ("Roberto d'Aubuiss")
            whole = NAME_RUN.match(text, m.start(), np.start)
            resolved = names.resolve(whole.group() if whole is not None else m.group())
            # a person, not the body the role belongs to ("presidente de la Casa de Gobierno")
            if resolved[:1].isupper() and " " in resolved and not names.organisation(resolved):
                return resolved
            break
        at = hay.lower().rfind(roles[-1], 0, at)
        if np.start - (lo + at) > 4000 or at < 0:
            break
    return None


def _clause_between(text: str, lo: int, hi: int, lc: LanguageCues) -> bool:
    """Whether the words between a role and a name are a clause, not the role's complement: a
    complementiser (``o diretor indicou que o Banco Central``) or more than two lower-case words
    that are no joiner, article or preposition (``der Minister sprach am Montag mit Anna Roth``).
    A complement (``ministro de Cultura,``, ``secretario general de La Cámpora,``, ``ministro per
    gli Affari regionali,``) is capitalised words, joiners and an adjective or two."""
    loose = 0
    for word in text[lo:hi].replace(",", " ").split():
        low = word.lower()
        if low in lc.complementisers:
            return True
        if word[:1].islower() and low not in _COMPLEMENT_WORDS:
            loose += 1
            if loose > _COMPLEMENT_LOOSE_WORDS:
                return True
    return False


_COMPLEMENT_WORDS = NAME_JOINERS | DETERMINERS | PREPOSITIONS  # the words a complement joins with
_COMPLEMENT_LOOSE_WORDS = 2  # lower-case words a role's complement holds ("general", "en funciones")


def _qualified_otherwise(text: str, role_at: int, phrase: str) -> bool:
    """Whether the role written at ``role_at`` carries a qualifier the speaker's phrase lacks:
    ``Premier`` in ``le Premier ministre Andrej Babiš`` for ``le ministre de la Santé``, ``vice``
    in ``el vice ministro``: another office, held by someone else."""
    before = text[max(0, role_at - 24) : role_at].split()
    if len(before) < 2 or before[-1].lower() in phrase.split():
        return False
    word = before[-1]
    # a capital after an article ("le Premier ministre"), not at a sentence's start
    return word.lower() in _QUALIFIERS or (word[:1].isupper() and before[-2].lower() in DETERMINERS)


# qualifiers that make a role another office ("vice ministro", "ex ministre", "Premier ministre")
_QUALIFIERS = wordset("vice ex ancien ancienne ehemalige ehemaliger premier primer primeiro primo sous vize")


# characters from a role to its holder's name: the role's complements may run long ("Miembro del
# Buró Político y presidente de la Asamblea Nacional del Poder Popular, Esteban Lazo")
_ROLE_TO_NAME = 130


def _complement(text: str, at: int) -> bool:
    """Whether the name run at ``at`` follows a joiner (``de La Cámpora``, ``del Partido``): the
    complement of a role, a body's name, not the person holding the role."""
    before = text[max(0, at - 6) : at].split()
    return bool(before) and before[-1].lower() in NAME_JOINERS
