"""Where a reported clause ends, and the reported forms that are not ``X said (that) CLAUSE``.

:func:`clause_end` trims a reported clause that runs on into another speech act or a second
verb phrase of the speaker (``X said A, and Y noted that B``; ``X said A but nodded to B``; ``A
after Lee told him B``; ``X stated that A, reported the Courier``); :func:`object_infinitive`
reads ``urged the public not to …`` / ``accused the board of …`` / ``promised to …``;
:func:`question_clause` reads ``asked whether …``. All work on a bounded window after the cue
and on the paragraph's cue positions already found, so they add no pass over the text.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.phrases import (
    _ADVERBS,
    _bare,
    _ends_punct,
    _first_tokens,
    _skip_ws,
    _tokens,
    np_after,
)

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State

__all__ = ["clause_end", "glued_sentence", "glued_start", "object_infinitive", "question_clause"]

# "six months.The sensex": a scraper dropped the space after a full stop; the splitter keeps one
# sentence, so the clause is cut here. A lower-case letter before, a capitalised word after.
# (also after a closing mark: "… “to further this objective”.The council noted …")
_GLUED = re.compile(r"(?:[a-z%)]|(?<=[a-z])[”’])[.!?][\"”’]?+(?=[\"“]?[A-Z](?:[a-z]|[A-Z][ \u00a0]))")
# Contrastive subordinators open a second clause with its own speaker ("…, while Y says …");
# the others only when a pronoun or a name speaks ("…, where he said …", "after Lee told him"),
# not a relative clause about the content ("on the ring road, where commuters have complained").
_CONTRAST = frozenset({"while", "whereas"})
_SUBORDINATORS = _CONTRAST | frozenset({"where", "after", "when", "before", "because", "since", "as"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# "… but nodded to critics": a second verb phrase of the sentence's subject ("and" is left
# alone: "the kits were tested and met all standards" goes on reporting).
_COORD_VERB = re.compile(r"[ ,]but[ ](?:also[ ]|then[ ]|later[ ])?+([a-z]{2,20}+)(?![\w'’-])")
# "…, but he did not disclose how …", "…, but she declined to say …", "…, as he deflected attacks":
# the speaker's own next act after the report (its subject a pronoun), not more reported speech.
_SPEAKER_ACT = re.compile(
    r",[ ](?:but[ ](?:he|she|they)[ ](?:also[ ])?+(?:did[ ]not|didn[’']t|declined|refused|would[ ]not"
    r"|wouldn[’']t|could[ ]not|couldn[’']t|gave[ ]no|offered[ ]no|provided[ ]no|stopped[ ]short)"
    r"|as[ ](?:he|she)[ ](?:deflected|left|arrived|spoke|walked|addressed|fielded|faced|visited|toured"
    r"|opened|unveiled|announced|launched|defended|accepted|received))(?![\w’'])"
)
_WORD = re.compile(r"[\w’'-]{1,30}+")
_MIN_CLAUSE = 12  # a cut never leaves less than this (a cut that short is a misreading)


_GLUED_WINDOW = 600  # how far before a cue a glued sentence start is looked for
# How far after a cue the end of its glued sentence is looked for: each cue reads only its own
# neighbourhood, so a text with no full stop at all (one endless "sentence" holding thousands
# of cues) stays linear; a glued sentence end further away than this is not looked for.
_GLUED_REACH = 2000


def glued_start(text: str, lo: int, hi: int) -> int:
    """Where the last sentence glued to the one before it (``…months.The …``) starts in ``[lo, hi)``."""
    start = lo
    # Only the last _GLUED_WINDOW characters are searched: one call per cue over a whole
    # unterminated run-on would be quadratic, and no real sentence is that long.
    for m in _GLUED.finditer(text, max(lo, hi - _GLUED_WINDOW), hi):
        start = _skip_ws(text, m.end())
    return start


def glued_sentence(text: str, ss: int, se: int, cs: int) -> tuple[int, int]:
    """The bounds of the sentence holding the cue at ``cs`` when sentences in ``[ss, se)`` are
    glued together (``…the minister said.She also said …``); ``(ss, se)`` when none is."""
    lo, hi = max(ss, cs - _GLUED_WINDOW), min(se, cs + _GLUED_REACH)
    if text.find(".", lo, hi - 1) < 0 or _GLUED.search(text, lo, hi) is None:
        return ss, se  # (nothing glued near the cue: the sentence stands)
    start = glued_start(text, ss, cs)
    g = _GLUED.search(text, cs, hi)
    return start, (g.start() + 2 if g is not None else se)


def clause_end(st: State, clause: int, send: int) -> int:
    """Where the reported clause starting at ``clause`` ends, at most ``send``."""
    text = st.text
    end = send
    g = _GLUED.search(text, clause, min(end, clause + _GLUED_REACH))
    if g is not None and g.start() + 1 - clause >= _MIN_CLAUSE:
        end = g.start() + 1
    starts = st.cue_starts
    i = bisect.bisect_right(starts, clause)
    for n, c2 in enumerate(starts[i : i + 10]):  # (a bounded slice: the list holds every cue)
        if c2 >= end or n > 8:
            break
        cut = _break_before(st, clause, c2, end)
        if cut is not None:
            end = cut
            break
    # (bounded like the glued-sentence search: each cue reads only its own neighbourhood)
    act = _SPEAKER_ACT.search(text, clause + _MIN_CLAUSE, min(end, clause + _GLUED_REACH))
    if act is not None:
        end = act.start()
    end = _stance_participle_end(text, clause, end)
    return _coordinated_verb(text, clause, end)


# "…, calling the figure inflated", "…, highlighting that data …", "…, accusing him of …": an
# -ing verb of judging or stressing after a comma is the speaker's own next act, not part of what
# was reported (the annotation ends the report at the comma).
_STANCE_PARTICIPLES = frozenset(
    {"calling", "accusing", "highlighting", "urging", "blaming", "dismissing", "rejecting",
     "criticising", "criticizing", "praising", "describing", "labelling", "labeling", "branding",
     "citing", "deriding", "decrying"}
)  # fmt: skip
_STANCE_SCAN = 6  # commas looked at (each cue reads its own neighbourhood only)


def _stance_participle_end(text: str, clause: int, end: int) -> int:
    """The comma before a stance participle in ``[clause, end)`` (``…, calling it …``), else ``end``."""
    pos = clause + _MIN_CLAUSE
    for _ in range(_STANCE_SCAN):
        comma = text.find(", ", pos, end)
        if comma < 0:
            return end
        word = _WORD.match(text, comma + 2, min(end, comma + 32))
        if word is not None and word.group() in _STANCE_PARTICIPLES:
            return comma
        pos = comma + 2
    return end


def _break_before(st: State, clause: int, c2: int, end: int) -> int | None:
    """A cut before the later cue at ``c2`` when that cue opens a speech act of its own."""
    text = st.text
    toks = _tokens(text, max(clause, c2 - 110), c2)
    while toks and toks[-1][2].lower() in _ADVERBS:
        toks.pop()
    if not toks:
        return None
    cut: int | None = None
    last = toks[-1][2]
    word = _WORD.match(text, c2, min(len(text), c2 + 30))
    if last.lower() in pat.DETERMINERS or word is None:
        return None  # "they should have a say in …": a noun, not a cue
    if word.group() in st.vocab.participles:
        # "…, arguing that …": rule.py ends the clause at the comma before it; but "…, warning:
        # “…”" opens a direct quote, so the clause ends at the comma here
        if last.endswith(",") and text[word.end() : word.end() + 3].lstrip(" ")[:1] in {":", "“", '"'}:
            cut = toks[-1][1] - 1
            return cut if cut - clause >= _MIN_CLAUSE else None
        return None
    if text.startswith(("according to", "According to"), c2):
        if last in {"and", "but"} or last.endswith(","):
            cut = toks[-1][0] if last in {"and", "but"} else toks[-1][1] - 1
    elif last.endswith(",") and _inverted_source(text, c2, end):
        cut = toks[-1][1] - 1  # "X stated that A, reported the Courier."
    elif last in {"and", "but"} and _new_report(st, word.group(), word.end()):
        cut = toks[-1][0]  # "… and asked, “…”", "… and slammed the hearings": a second act
    else:
        for j in range(len(toks) - 2, max(-1, len(toks) - 12), -1):
            t = toks[j][2]
            low = _bare(t).lower()
            if t[-1:] in ".;:!?" or _quote_mark_in(t):
                break
            if low == "that":
                break  # the later cue sits inside a that-clause of this one
            prev = toks[j - 1][2] if j > 0 else ""
            if low in _SUBORDINATORS and t == low:
                if low in _CONTRAST or _speaker_subject(toks[j + 1 :]):
                    cut = toks[j][0]
                break
            if low in {"and", "but"} and t == low and prev.rstrip('”’"').endswith(","):
                if _subject_words(toks[j + 1 :], st.vocab.groups):
                    cut = toks[j][0]
                break
            if t.endswith(",") and _speaker_subject(toks[j + 1 :]) and _reports_that(st, word.end()):
                # "… many miles and along the way, Lee allegedly told them that …": a new report
                # after a fronted adjunct; the cut goes before the "and" that opens it
                cut = _joiner_before(toks, j)
                break
            if (
                t.endswith(",")
                and _led_by_report(st, clause)
                and _source_phrase(toks[j + 1 :], st.vocab.groups)
                and _only_adjunct(text, word.end(), end)
            ):
                # "X has said that A, minister Vijai Sardesai informed after the meeting.": the
                # source that relays the report closes it (X still speaks)
                cut = toks[j][1] - 1
                break
    if cut is None:
        return None
    while cut > clause and text[cut - 1] in " ,\t\u00a0":
        cut -= 1
    return cut if cut - clause >= _MIN_CLAUSE else None


def _quote_mark_in(tok: str) -> bool:
    """Whether ``tok`` holds a quote mark: not the apostrophe of a possessive or elision
    (``city’s``, ``don’t``, ``workers’``), which sits inside a word or after its plural ``s``."""
    if any(c in tok for c in '"“”«»‘'):
        return True
    return tok.startswith("’") or (tok.endswith("’") and not tok.endswith("s’"))


def _reports_that(st: State, ce: int) -> bool:
    """Whether the cue ending at ``ce`` takes ``that`` (after an object pronoun or not)."""
    words = st.text[ce : ce + 24].split()[:2]
    return bool(words) and (words[0] == "that" or (len(words) == 2 and words[1] == "that"))


_ADJUNCT_AFTER_SOURCE = frozenset(
    {"after", "before", "during", "on", "in", "at", "while", "when", "following", "late", "earlier", "later",
     "today", "yesterday", "last", "this", "to"}
)  # fmt: skip


def _led_by_report(st: State, clause: int) -> bool:
    """Whether the clause at ``clause`` follows ``that`` or a lenient cue (``said``, ``told``):
    a report a later postposed source can relay."""
    before = st.text[max(0, clause - 40) : clause].split()
    # ("told deputies the van had …": the person told between the cue and the clause)
    return bool(before) and (before[-1] == "that" or any(w in st.vocab.lenient for w in before[-3:]))


def _source_phrase(toks: list[tuple[int, int, str]], groups: frozenset[str]) -> bool:
    """Whether the words before a postposed cue name a source: a pronoun, up to six words
    ending in a capitalised name (``TCP minister Vijai Sardesai``, ``the Courier``), or a few
    lower-case words ending in a group (``search warrant documents``, ``court papers``)."""
    words = [t for _s, _e, t in toks if t.lower() not in _ADVERBS]
    if not words or len(words) > 6 or any(_ends_punct(w) for w in words):
        return False
    if len(words) == 1 and words[0].lower() in _PRONOUNS - {"it", "i", "we"}:
        return True
    if len(words) <= 4 and words[-1] in groups and all(w.isalpha() and w.islower() for w in words):
        return not any(w in pat.AUXILIARIES or w in pat.DETERMINERS for w in words[:-1])
    if not words[-1][:1].isupper():
        return False
    # role words before the name are lower-case nouns ("port minister Vikram Desai"), no verb
    return all(
        w[:1].isupper() or (w.isalpha() and w not in pat.AUXILIARIES and not w.endswith("ed")) for w in words
    )


def _only_adjunct(text: str, pos: int, end: int) -> bool:
    """Whether what follows a postposed cue up to the clause's end is empty or an adjunct
    (``after attending the cabinet meeting on Monday``), with no clause of its own."""
    if end - pos > 90:
        return False  # (tested before slicing: more than an adjunct)
    rest = text[pos:end].strip(" \t\u00a0")
    if not rest:
        return True
    if "," in rest or " that " in rest:
        return False
    words = rest.split()
    return words[0].lower() in _ADJUNCT_AFTER_SOURCE and not any(w in pat.AUXILIARIES for w in words)


def _joiner_before(toks: list[tuple[int, int, str]], j: int) -> int:
    """The start of an ``and``/``but`` a few words before the comma token ``j``, else the comma."""
    for k in range(j, max(-1, j - 5), -1):
        if toks[k][2] in {"and", "but"}:
            return toks[k][0]
    return toks[j][1] - 1


def _speaker_subject(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the words between a subordinator and a cue are a pronoun or a capitalised name."""
    words = [t for _s, _e, t in toks if t.lower() not in _ADVERBS]
    if not words or len(words) > 4:
        return False
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return True
    return all(w[:1].isupper() for w in words)


def _new_report(st: State, cue: str, ce: int) -> bool:
    """Whether a cue after ``and`` starts a report of its own: ``and asked, “…”``, ``and added
    that …``, ``and slammed the hearings as …`` (not ``and urged the government to …``)."""
    if cue in st.vocab.fragment:
        return True
    nxt = st.text[ce : ce + 8].lstrip(" \t\u00a0")
    return nxt[:1] in {",", ":", '"', "“", "‘"} or (nxt.startswith("that") and not nxt[4:5].isalpha())


def _subject_words(toks: list[tuple[int, int, str]], groups: frozenset[str]) -> bool:
    """Whether the words between ``, and`` and a cue can be its subject (``and the minister``)."""
    if not toks or len(toks) > 5:
        return False
    first = _bare(toks[0][2])
    if first.lower() in _PRONOUNS or first.lower() in pat.DETERMINERS:
        return True
    if any(t[:1].isupper() for _s, _e, t in toks):
        return True  # "and Ellis", "and harbourmaster Colin Vey"
    return _bare_group(toks, groups)


def _bare_group(toks: list[tuple[int, int, str]], groups: frozenset[str]) -> bool:
    """``…, but critics said``, ``…, but trust members said``: a plural group (a lower-case
    modifier or two before it) with no determiner speaks on its own, a second report."""
    words = [t for _s, _e, t in toks if t.lower() not in _ADVERBS]
    return (
        0 < len(words) <= 3
        and words[-1] in groups
        and all(w.isalpha() and w.islower() and w not in pat.AUXILIARIES for w in words)
    )


def _inverted_source(text: str, c2: int, end: int) -> bool:
    """Whether the cue at ``c2`` is followed by its speaker and then the clause's end."""
    sp = text.find(" ", c2, c2 + 20)
    if sp < 0:
        return False
    np = np_after(text, sp + 1, end)
    if np is None or np.kind == "pron":
        return False
    return text[np.end : end].strip(" \t\u00a0.,") == ""


def _coordinated_verb(text: str, clause: int, end: int) -> int:
    """Cut ``… and joined fellow fans`` / ``… but nodded to critics``: a past-tense verb after
    ``and``/``but`` with no subject of its own is the speaker's next act, not reported speech."""
    lo = clause + _MIN_CLAUSE
    for n, m in enumerate(_COORD_VERB.finditer(text, lo, end)):
        if n > 6:
            break
        word = m.group(1)
        negated = word in {"did", "does"} and text.startswith(" not ", m.end())  # "but did not give"
        perfect = _perfect_after(text, word, m.end(), end)
        if not (negated or perfect or word in pat.IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)):
            continue
        nxt = _first_tokens(text, m.end(), min(end, m.end() + 30), 1)
        if nxt and _bare(nxt[0][2]).lower() in {"by", "in", "as", "with", "from"}:
            continue  # "but backed by": a participle inside the clause
        before = text[max(clause, m.start() - 30) : m.start()].split()
        noun_next = bool(nxt) and nxt[0][2].isalpha() and nxt[0][2].islower()
        noun_next = noun_next and nxt[0][2] not in pat.DETERMINERS and nxt[0][2] not in pat.PREPOSITIONS
        if len(before) >= 2 and before[-2].lower() in {"a", "an", "the"} and noun_next and not perfect:
            continue  # "a credible but unconfirmed threat": two adjectives of one noun
        if not _has_finite_verb(text, clause, m.start()):
            continue
        cut = m.start()
        while cut > clause and text[cut - 1] in " ,":
            cut -= 1
        return cut
    return end


def _perfect_after(text: str, word: str, pos: int, end: int) -> bool:
    """``but has given few signs``: a present perfect with no subject of its own."""
    if word not in {"has", "have"}:
        return False
    nxt = [_bare(t).lower() for _s, _e, t in _first_tokens(text, pos, min(end, pos + 40), 2)]
    if nxt[:1] == ["not"]:
        nxt.pop(0)  # "but has not said"
    part = nxt[0] if nxt else ""
    regular = part.endswith("ed") and len(part) > 4
    return regular or part in pat.IRREGULAR_PAST or part in _IRREGULAR_PARTICIPLES


# participles that differ from the past tense ("has given", "has shown")
_IRREGULAR_PARTICIPLES = frozenset(
    {"given", "shown", "taken", "been", "done", "gone", "known", "seen", "written", "spoken", "chosen",
     "grown", "said", "told"}
)  # fmt: skip


def _has_finite_verb(text: str, lo: int, hi: int) -> bool:
    for _s, _e, t in _tokens(text, lo, min(hi, lo + 300)):
        b = _bare(t).lower()
        if b in pat.AUXILIARIES or b in pat.IRREGULAR_PAST or (b.endswith("ed") and len(b) > 4):
            return True
    return False


# -- object + infinitive: "urged the public not to …", "accused the board of …" ------------------

_OBJ_STOP = frozenset(
    {"that", "and", "but", "which", "who", "if", "whether", "because", "as", "before", "after", "when",
     "while", "until", "since", "unless"}
)  # fmt: skip


def object_infinitive(
    text: str, pos: int, end: int, cue: str, objects: frozenset[str], subject: frozenset[str]
) -> int | None:
    """Where the content of ``cue`` + object + infinitive starts (right after the cue), or None.

    ``objects``: cues taking an object and ``to``/``not to`` (``urged``) or ``of`` + ``-ing``
    (``accused``); ``subject``: cues taking ``to`` + verb directly (``promised to``).
    """
    toks = _first_tokens(text, pos, min(end, pos + 160), 14)
    if len(toks) < 2:
        return None
    first = toks[0][2]
    if cue in subject:
        nxt = _bare(toks[1][2])
        if first == "to" and nxt[:1].islower() and nxt.isalpha() and nxt not in pat.DETERMINERS:
            return toks[0][0]  # ("pledged to the board …": a preposition and its object, no infinitive)
        return None
    if cue not in objects:
        return None
    j = 0
    if cue.startswith("plead") and first != "with":
        return None  # ("pleaded guilty to charges": a plea in court, no one urged)
    if (first == "to" and cue.startswith("appeal")) or (first == "with" and cue.startswith("plead")):
        j = 1  # "appealed to citizens to take …", "pleaded with the board to reopen …"
    n = 0
    while j < len(toks) and n < 10:
        t = toks[j][2]
        b = _bare(t).lower()
        if n > 0 and b in {"to", "of"}:
            if j + 1 >= len(toks):
                return None
            k = j + 1
            if b == "of" and k + 1 < len(toks) and toks[k][2] in _ADVERBS:
                k += 1  # "accused the label of also blocking …"
            nxt = _bare(toks[k][2]).lower()  # (quote marks stripped: 'to "please change …"')
            if b == "of" and not nxt.endswith("ing"):
                return None
            if b == "to" and not (
                nxt.isalpha() and toks[j + 1][2].lstrip("\"“‘'")[:1].islower() and nxt not in pat.DETERMINERS
            ):
                return None  # ("warning contained in the letter to the minister": no infinitive)
            return toks[0][0]
        if n > 0 and b == "not" and j + 1 < len(toks) and toks[j + 1][2] == "to":
            return toks[0][0]
        if _listed_object(toks, j, n):
            j += 1
            n += 1
            continue  # "accused Braun, Borchetta and the label of …", "the UK and the US of …"
        if (
            b in _OBJ_STOP
            or b in pat.AUXILIARIES
            or (t[-1:] in ',.;:!?"”' and not _ABBREVIATION.fullmatch(t))
        ):
            return None
        j += 1
        n += 1
    return None


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,4}+")  # "U.S.", "U.N.": no sentence end


def _listed_object(toks: list[tuple[int, int, str]], j: int, n: int) -> bool:
    """Whether token ``j`` of a directive's object joins a list of names or noun phrases: a
    comma after a capitalised word, or ``and`` before a determiner or a capitalised word."""
    t = toks[j][2]
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1][2]
    if t == "and" and n > 0:
        return nxt.lower() in {"the", "a", "an", "its", "his", "her", "their"} or nxt[:1].isupper()
    return t.endswith(",") and t[:1].isupper() and nxt[:1].isupper()


def question_clause(text: str, pos: int, end: int) -> int | None:
    """``asked whether poverty could be removed``: where the clause after ``whether``/``if`` starts."""
    toks = _first_tokens(text, pos, min(end, pos + 60), 3)
    if len(toks) < 3 or toks[0][2] not in {"whether", "if"}:
        return None
    return toks[1][0]
