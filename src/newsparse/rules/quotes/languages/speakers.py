"""Who speaks: names resolved to their fullest form in the article, pronouns to the last named
person of matching gender, role nouns to the person named with that role; builds the quotes."""

from __future__ import annotations

import functools
import itertools

from newsparse._model import Quote, Span
from newsparse.lang.tables import LanguageTables
from newsparse.rules.quotes.languages.before import (
    GOES_ON,
    continued,
    described,
    first_subject,
    in_quotation,
    previous_subject,
)
from newsparse.rules.quotes.languages.cues import LanguageCues, norm_cue
from newsparse.rules.quotes.languages.names import (
    NAME_RUN,
    ArticleNames,
    given_gender,
    initial,
    title_gender,
    written_lower,
)
from newsparse.rules.quotes.languages.phrases import (
    DETERMINERS,
    NAME_JOINERS,
    ORG_HEADS,
    PREPOSITIONS,
    SOURCE_NOUNS,
)
from newsparse.rules.quotes.languages.text import wordset
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.speakers import Persons, content_parts
from newsparse.rules.quotes.state import Raw, State
from newsparse.text.lazy import deferred_regex

# where it was defined before the sentence-before steps moved to .before (older tests import it)
_in_quotation = in_quotation


def resolve(
    st: State, tables: LanguageTables, lc: LanguageCues, raws: list[Raw], keep_scare: bool = False
) -> list[Quote]:
    """Name each candidate's speaker, in text order, and build the quotes."""
    text = st.text
    names = ArticleNames(text, tables, lc)
    persons = Persons()
    anyone = Persons()  # every capitalised name, for a pronoun nobody else fits
    genders: dict[str, str] = dict(names.genders)
    last_speaker: str | None = None
    last_span: Span | None = None
    last_end = -1
    any_end = -1  # where the last quote of any speaker (or none) ends
    last_direct = False  # whether the last attributed quote was someone's own quoted words
    last_unnamed = False  # whether the last quotes were an unnamed source's ("un proche", "una fuente")
    out: list[Quote] = []
    mi = 0
    newest: str | None = None  # the person named last, and where
    newest_at = -1  # where that person was first named
    newest_seen = -1  # where that person was named last
    first_named: dict[str, int] = {}
    oblique: set[str] = set()  # people whose last mention was a preposition's object
    expanded: dict[str, str] = {}  # acronyms spelt out once per article
    times: dict[str, int] = {}  # how often each name was written so far
    last_seen: dict[str, int] = {}  # where each name was written last
    person_seen: dict[str, int] = {}  # where each person (a pronoun's antecedent) was written last
    bodies: list[tuple[int, str, str]] = []  # where a body (not a person) was quoted by name: who, as said
    if names.nouns_capitalised:
        for r in raws:
            if r.np is not None and r.np.kind == "name" and r.rule != "indirect:according":
                # "laut Bericht", "so Bloomberg": a source, person or not (as below)
                r.np = _name_trimmed(text, r.np, names)
                if r.np is None:
                    r.mode = "dropped"  # "Also Sie", "Bericht": no name, the subject is unwritten
    # a name counts as a person mentioned (a pronoun's antecedent) when the article quotes it
    # somewhere or writes a title or role before it; capitalised nouns and places do not
    speakers = {
        text[r.np.start : r.np.end].split()[-1]
        for r in raws
        if r.np is not None and r.np.kind == "name" and not _opener(text, r.np.start, r.np.end, names)
    }  # not a sentence opener read as a name ("Lasst uns … sagen"): no person, nor its other uses
    names.mention_speakers(speakers)
    quoted = [(r.cstart, r.cend) for r in raws if r.kind == "direct"]  # raws come sorted by start
    quoted_reach = list(itertools.accumulate((b for _, b in quoted), max))
    for raw in raws:
        speaker: str | None = None
        sp_span: Span | None = None
        via: str | None = None
        unnamed = False  # the cue names an unnamed source: its words are no one else's either
        np = raw.np = _adverb_trimmed(text, raw.np, lc)
        anchor = min(raw.start, np.start) if np is not None else raw.start
        while mi < len(names.mentions) and names.mentions[mi][0] < anchor:
            at, mention = names.mentions[mi]
            resolved = names.resolve(mention)
            last = mention.split()[-1]
            # "Yassin E.": only a person's surname is cut to its initial
            person = last in speakers or mention in names.agents or names.titled(at, mention) or initial(last)
            person = person and not names.common_run(mention)  # "Zusammenhang", "Insassen": nouns
            if person and not names.organisation(resolved) and not in_quotation(quoted, quoted_reach, at):
                # a person named inside someone's quoted words is no antecedent of the narration
                newest = resolved
                newest_seen = at
                person_seen[resolved] = at
                persons.touch(newest)  # the people named before the quote
                newest_at = first_named.setdefault(newest, at)
                if _oblique(text, at):
                    oblique.add(resolved)
                else:
                    oblique.discard(resolved)
            if not names.organisation(resolved):
                anyone.touch(resolved)
            times[resolved] = times.get(resolved, 0) + 1
            last_seen[resolved] = at
            mi += 1
        if np is not None and np.kind == "name" and _role_as_name(text[np.start : np.end], lc):
            np = NP(np.start, np.end, "desc")  # "so die Stuttgarter Sportdirektorin": a role, no name
        if (
            np is not None
            and np.kind == "name"
            and raw.rule != "indirect:according"  # "laut Gesundheitsministerium": a source, person or not
            and not _read_in(text, raw, lc)  # "« … », peut-on lire dans Mediapart": the paper
            and not _person(text[np.start : np.end], names)
            and not _surname_subject(text, np, raw, names)
        ):
            np = None  # "Asimismo, añadió", "die Mitteilung betont": no name, the subject is unwritten
            raw.mode = "dropped"
        if raw.mode == "inherit" and newest_at > last_end and newest != last_speaker and newest in genders:
            # "Non loin de là, on discute avec Pasiphae. « … »": a person named for the first
            # time since the last quote speaks now
            speaker, via = newest, "run"
        elif raw.mode == "inherit":
            speaker, sp_span, via = last_speaker, last_span, "run"
        elif raw.mode == "none" and raw.kind == "direct" and raw.cue is None:
            # "Le maire de Cabourg, Tristan Duval, … ? « … »": a quotation with no cue at all
            # is the person the sentence before is about, when a name opens it
            found = previous_subject(names, speakers, raw.start, last_end, quoted, quoted_reach)
            heading = _heading_name(text, raw.start, names)
            if heading is not None:
                # "LUCÍA MÉNDEZ: MI MADRE ME SALVÓ" above a quoted paragraph: the subhead names
                # the person whose words follow
                speaker, via = heading, "named"
            elif found:
                speaker, via = found, "run"
            elif found is None and _adjacent(text, last_end, raw.start) and _named(last_speaker, names):
                # "X llamó a los medios a no mentir, asegura. \n "…"": a paragraph of quoted
                # words right after someone's attributed words is theirs, with no new cue
                speaker, sp_span, via = last_speaker, last_span, "run"
            elif (
                last_direct
                and any_end <= last_end
                and _runs_on(text, raw, last_end, newest_seen, last_speaker, names)
            ):
                # "«…», detalla la ejecutiva. \n Los podcast … tuvieron un incremento. \n «…»":
                # a quoted paragraph after a paragraph of narration that names nobody goes on
                # with the person quoted last
                speaker, sp_span, via = last_speaker, last_span, "run"
        elif raw.mode == "mentioned":
            speaker = (
                first_subject(names, speakers, raw.sentence, raw.start, quoted, quoted_reach)
                or _agreeing(persons, genders, "x", oblique)
                or anyone.last()
            )
            via = "run" if speaker else None
        elif raw.mode == "dropped" and _plural_cue(text, raw, lc):
            pass  # "«…», explicaron": several people speak, not the one named last
        elif (
            raw.mode == "dropped" and last_unnamed and newest_seen <= last_end and raw.start - last_end < 600
        ):
            pass  # "«…», afirmó una fuente del Gobierno. «…», añadió": the unnamed source goes on
        elif raw.mode == "dropped":
            # the subject the verb leaves unwritten: who spoke just before, else who was named last
            recent = last_speaker is not None and raw.start - last_end < 1200
            if (
                recent
                and newest_seen > last_end
                and newest != last_speaker
                and newest in genders  # a person by title or given name, not a capitalised noun
                and newest not in oblique
            ):
                # "Por su parte, el concejal X criticó la demora. «…», señaló.": a person named
                # (as a subject) since the last quote is who the unwritten subject is
                recent = False
                last_named = newest
            else:
                last_named = None
            # "X insistió en …: «…», apuntó": the person opening the quotation's sentence
            after = raw.rule == "direct:after"
            opener = (
                first_subject(names, speakers, raw.sentence, raw.start, quoted, quoted_reach)
                if after
                else None
            )
            # "O candidato, Goura, criticou o prefeito Rafael Greca. «…», disse": the subject of
            # the sentence before, named since the last quote, not the person it names last
            before = (
                previous_subject(
                    names, speakers, min(raw.start, max(raw.sentence, 0)), last_end, quoted, quoted_reach
                )
                if opener is None
                else None
            )
            if before == GOES_ON and last_named is not None:
                # "Ele prometeu …" / "o presidente criticou … Fernando de Noronha. «…», disse":
                # a pronoun or role opened the sentence before; the person speaking goes on
                last_named, recent = None, True
            speaker = (
                opener
                or before
                or last_named
                or (last_speaker if recent else _agreeing(persons, genders, "x", oblique))
            )
            via = "pronoun" if speaker else None
        elif np is not None:
            written = text[np.start : np.end]
            sp_span = Span(np.start, np.end, written)
            if np.kind == "pron":
                gender = lc.pronouns.get(written.lower(), "x")
                if written.lower() in _PLURAL_TOO and _plural_cue(text, raw, lc):
                    gender = "pl"  # "sie sagen nur: «…»": they, not she; no one person speaks
                speaker = (
                    continued(
                        names,
                        speakers,
                        np.start,
                        (last_speaker, last_end),
                        genders,
                        gender,
                        (quoted, quoted_reach),
                    )
                    or _agreeing(persons, genders, gender, oblique)
                    or _most_named(anyone, genders, gender, times)
                )
                via = "pronoun" if speaker else None
                if speaker is not None and gender in {"m", "f"}:
                    genders.setdefault(speaker, gender)  # "er" said it: the next "sie" is someone else
            elif np.kind == "desc" and (full := _particle_surname(names, written)) is not None:
                # "detalló del Pópolo" after "Silvina del Pópolo": a surname whose particle
                # opens it in lower case, no description
                speaker, via = full, "named"
            elif np.kind == "desc" and written.split(" ", 1)[0].lower() in SOURCE_NOUNS:
                speaker, via = None, None  # "fuentes de ERC precisan …": unnamed sources
            elif np.kind == "desc" and written.split(" ", 1)[0].lower() in _INDEFINITE:
                # "a ajouté un ténor de la droite sur … Jean Dupont", "selon un proche du
                # ministre": an unnamed source as written, not a person named after it in the
                # clause nor the one named last; a name ending it is its name
                speaker, via = (
                    (
                        _named_inside(text, np, names)
                        or (None if lc.nouns_capitalised else _document_owner(names, np, expanded))
                        or written
                    ),
                    "description",
                )
                if speaker == written and (_unnamed_person(written, lc) or not lc.nouns_capitalised):
                    # "ein Sprecher der Stadt", "un integrante del Poder Ejecutivo", "una fonte
                    # del Ministero": an unnamed source, whose body's capitals read as no name
                    speaker, via = None, None
                    unnamed = True
            elif np.kind == "desc" and written.split(" ", 1)[0].lower() in _POSSESSIVES:
                # "según sus propias palabras", "selon ses proches": the words of the person the
                # sentence is about, as a pronoun would say
                speaker = _agreeing(persons, genders, "x", oblique)
                via = "pronoun" if speaker else None
            elif np.kind == "desc":
                # "Yair Golan ha spiegato che … Il generale ha dichiarato": a role goes on with the
                # person speaking, unless someone was named since the last quote
                current = (
                    last_speaker
                    if last_speaker is not None
                    and raw.start - last_end < 1200
                    and last_speaker[:1].isupper()  # a name, not a description ("le fonti di …")
                    and not names.organisation(last_speaker)
                    and not (newest_seen > last_end and newest in genders and newest != last_speaker)
                    else None
                )
                previous = previous_subject(names, speakers, np.start, last_end, quoted, quoted_reach)
                if previous:
                    current = previous  # "X zeigte sich besorgt. …, so der Sozialdemokrat.": X
                elif (
                    current is None
                    and previous == GOES_ON
                    and last_speaker
                    and last_speaker[:1].isupper()
                    and not names.organisation(last_speaker)
                ):
                    current = last_speaker
                speaker = (
                    _named_inside(text, np, names)
                    or _named_after(text, np, names, _phrase_limit(raw, np))
                    or _document_owner(names, np, expanded)
                    or _protagonist_over(
                        described(text, np, names, lc),  # a role named with its holder before
                        written,
                        {p: person_seen[p] for p in persons.recent(_PROTAGONIST_PEOPLE) if p in person_seen},
                        times,
                        last_seen,
                    )
                    or _complement_holder(names, np)
                    or _spelt_out(text, _acronym_for(text, np), expanded)
                    or _determined_acronym(text, written, expanded)
                    or _the_one(written, persons, genders, lc, raw.rule == "indirect:according", current)
                    or _body_named(names, np)
                    or _body_acronym(names, np, speakers)
                    or _speaking_body(names, np, bodies, last_speaker)
                    or written
                )
                via = "description"
                if speaker == written and _unnamed_person(written, lc):
                    # "ein Sprecher der Stadt" named nowhere: an unnamed source, whose capitalised
                    # noun would read as a name
                    speaker, via = None, None
            elif written[:1].islower() and (found := _named_after(text, np, names, _phrase_limit(raw, np))):
                # "il Commissario generale dell'agenzia Onu … Philippe Lazzarini": a title-led
                # phrase ending in a body's name; the person follows
                speaker, via = found, "named"
            elif (holder := _title_holder(names, np)) is not None:
                # "laut ÖGB-Präsident" after "ÖGB-Präsident Erich Foglar warf …": the title's holder
                speaker, via = holder, "description"
            else:
                speaker, via = names.resolve_at(written, np.start), "named"
                # "OSTA" → "Ottawa School Transportation Authority", as the article spelt it out
                speaker = _expanded(text, speaker, expanded)
                if lc.case_blind and speaker is not None:
                    # "शीर्ष अदालत ने कहा" after "सुप्रीम कोर्ट": the court the article named
                    speaker = _court_named(text, speaker, np.start) or speaker
                if lc.case_blind and (speaker in lc.roles or speaker.lower() in lc.titles):
                    # "मंत्री ने कहा" with no minister named: an unnamed official, no speaker
                    speaker, via, sp_span = None, None, None
                g = (title_gender(written) or given_gender(speaker, lc)) if speaker is not None else None
                if speaker is not None and g is not None:
                    genders[speaker] = g
            if (
                speaker is not None
                and (np.kind != "desc" or speaker != written)
                and not names.organisation(speaker)  # a body speaks, but is no pronoun's antecedent
            ):
                persons.touch(speaker)
        body = _body_written(speaker, via) if speaker is not None and raw.kind != "scare" else None
        if body is not None and speaker is not None and _a_body(body, names, genders):
            bodies.append((raw.start, body, speaker))  # "…, precisó el Banco Central": a body spoke
        if unnamed and raw.kind != "scare":
            # "«…», afirmó un integrante del Gobierno. «…», añadió": the quotes going on with
            # the unnamed source are not the person who spoke before it
            stop = _sentence_end(text, max(raw.end, np.end if np is not None else 0), raw.end + 300)
            last_speaker, last_span, last_end = None, None, max(raw.end, stop)
            last_direct = raw.kind == "direct"
        last_unnamed = unnamed or (last_unnamed and speaker is None)
        if (raw.kind != "scare" or raw.rule == "heading") and speaker is not None:
            # the attribution's sentence ends the quote's reach: a name in its appositive
            # ("…, sagte X, die die Arbeit von Y verantwortet.") is no new speaker
            stop = _sentence_end(text, max(raw.end, np.end if np is not None else 0), raw.end + 300)
            last_speaker, last_span, last_end = speaker, sp_span or last_span, max(raw.end, stop)
            last_direct = raw.kind == "direct"
        if raw.kind != "scare":
            any_end = max(any_end, raw.end)  # reported speech between is someone's: no run goes on over it
        if raw.rule == "heading" and not keep_scare:
            continue
        if raw.kind == "scare":
            speaker, via, sp_span = None, None, None
        out.append(_quote(st, raw, speaker, sp_span, via))
    return out


# possessive determiners opening a source ("según sus palabras", "secondo le sue parole")
_POSSESSIVES = wordset("su sus son sa ses seu sua seus suas suo sue suoi sein seine seiner ihr ihre ihrer")


# pronouns that are also plural, told apart by the verb ("sie sagte" / "sie sagen")
_PLURAL_TOO = frozenset({"sie"})


def _name_trimmed(text: str, np: NP, names: ArticleNames) -> NP | None:
    """A name phrase without the words that open it capitalised only for their place, where
    nouns are capitalised (``Doch Heiko Maas`` → ``Heiko Maas``, ``Denn White Passing``; see
    :meth:`~.names.ArticleNames.lowered`); None when nothing of a name is left (``Also Sie``)
    or only common nouns are (``In diesem Zusammenhang fügt …``, ``Thema Nachhaltigkeit``;
    see :meth:`~.names.ArticleNames.common_run`)."""
    start = np.start
    while start < np.end:
        space = text.find(" ", start, np.end)
        word = text[start : space if space > 0 else np.end]
        if not names.lowered(word.strip(",")):
            break
        start = space + 1 if space > 0 else np.end
    written = text[start : np.end].strip()
    if not written or written.lower() in names.lc.pronouns or names.common_run(written):
        return None
    if start != np.start and " " not in written and not names.person_word(written):
        return None  # "Am Telefon" → "Telefon": one word left, and no person's
    return np if start == np.start else NP(start, np.end, np.kind)


def _adverb_trimmed(text: str, np: NP | None, lc: LanguageCues) -> NP | None:
    """A name whose first word is a sentence-opening adverb of the tables (``Ahora Bustos
    asegura``, ``Hoy García dijo``) without it: the capital is the sentence's, not a given
    name's."""
    if np is None or np.kind != "name":
        return np
    first, _, rest = text[np.start : np.end].partition(" ")
    if not rest[:1].isupper() or first.lower() not in lc.opening:
        return np
    return NP(np.end - len(rest), np.end, np.kind)


def _plural_cue(text: str, raw: Raw, lc: LanguageCues) -> bool:
    """Whether the quote's cue is a plural speech verb of the tables (``explicaron``,
    ``disseram``, ``hanno detto``, ``ont déclaré``): a word of the cue ends in a plural ending."""
    if raw.cue is None or not lc.plural_ends:
        return False
    return any(_plural_word(w, lc.plural_ends) for w in text[raw.cue[0] : raw.cue[1]].lower().split())


def _plural_word(word: str, ends: tuple[str, ...]) -> bool:
    """A verb with a stem before a plural ending (``explic-aron``, ``dic-en``), or a plural
    auxiliary written whole (``han``, ``hanno``, ``ont``); never a short word that only looks
    like an ending (``en`` in ``hizo hincapié en``)."""
    for end in ends:
        if (word == end and len(end) >= 3) or (len(word) >= len(end) + 3 and word.endswith(end)):
            return True
    return False


def _role_as_name(written: str, lc: LanguageCues) -> bool:
    """Whether a capitalised run read as a name is a role where nouns are capitalised
    (``Stuttgarter Sportdirektorin``, ``Bremer Innensenator``): two or three words ending in a
    role noun or compound title, none of them a known given name."""
    words = written.split()
    if not lc.nouns_capitalised or not 2 <= len(words) <= 3:
        return False  # a title alone ("laut ÖGB-Präsident") is its holder's: see _title_holder
    last = words[-1].lower()
    if not (last in lc.roles or lc.compound_title(last)):
        return False
    return all(given_gender(w, lc) is None and w.lower() not in lc.titles for w in words)


def _read_in(text: str, raw: Raw, lc: LanguageCues) -> bool:
    """Whether the quotation's cue is a reading phrase (``peut-on lire dans``), whose source is
    a publication or a body, named by one word as often as by more."""
    return raw.cue is not None and bool(lc.reading) and norm_cue(text[raw.cue[0] : raw.cue[1]]) in lc.reading


def _heading_name(text: str, start: int, names: ArticleNames) -> str | None:
    """The person a capitals-only subhead right above the paragraph at ``start`` opens with
    (``BRUNELLA HORNA: COME TODA TU COMIDA``, ``KARINA, MAMÁ PODEROSA``): its first word,
    title-cased, a known given name or the first word of a name the article writes; resolved
    to the fullest form. Bounded: the line right above, at most ``_HEADING`` characters."""
    end = text.rfind("\n", max(0, start - _HEADING), start)
    if end < 0 or text[end:start].strip(" \t\n\r\u00a0«“„\"'"):
        return None
    while end > 0 and text[end - 1] in " \t\r\n\u00a0":
        end -= 1  # over blank lines between the subhead and the paragraph
    line_start = text.rfind("\n", max(0, end - _HEADING), end) + 1
    line = text[line_start:end]
    if not line or line != line.upper() or not any(c.isalpha() for c in line) or line_start == 0:
        return None
    first = line.split(None, 1)[0].strip(":,.;-–—'‘’\"“”").capitalize()
    if len(first) < 3 or not first.isalpha():
        return None
    if first not in names.first and given_gender(first, names.lc) is None:
        return None
    head = line.split(":", 1)[0].split() if ":" in line else []
    if 2 <= len(head) <= 3 and all(w.isalpha() for w in head):
        # "ADRIANA QUEVEDO: MI MAMI SE PARTÍA EN MIL": the whole name before the colon
        return names.resolve(" ".join(w.capitalize() for w in head))
    return names.resolve(first)


_HEADING = 120  # characters of a subhead line above a quoted paragraph


def _adjacent(text: str, last_end: int, start: int) -> bool:
    """Whether only spaces, line breaks, quotation marks and a sentence's final stop stand
    between the end of the last attributed quote (or its sentence) and ``start``."""
    if last_end < 0 or not 0 <= start - last_end <= _ADJACENT_GAP:
        return False
    return not text[last_end:start].strip(" \t\n\r\u00a0\u202f.«»“”„\"'")


_ADJACENT_GAP = 12  # characters of spacing and marks between two paragraphs of one speaker


def _runs_on(
    text: str, raw: Raw, last_end: int, newest_seen: int, last_speaker: str | None, names: ArticleNames
) -> bool:
    """Whether a quotation with no cue at all opens its own paragraph (``¶«…»``) one short
    paragraph of narration after the last attributed quote, no person having been named since
    (the interview goes on; a new name would be a new speaker): the last speaker's words."""
    if (
        not _named(last_speaker, names)
        or newest_seen > last_end
        or not 0 < raw.start - last_end <= _RUN_ON_GAP
    ):
        return False
    line = text.rfind("\n", 0, raw.start)
    if (
        line < last_end
        or text[line + 1 : raw.start].strip(" \t\u00a0«“„\"'»")
        or "\n" not in text[last_end:line]
    ):
        return False  # not a paragraph of its own, or no paragraph of narration between
    between = text[last_end:line]
    if any(c in between for c in '«»“”„"'):
        return False  # another quotation between: its own speaker
    if any(ln.strip() and ln.rstrip()[-1] not in ".!?…" for ln in between.split("\n")[1:]):
        return False  # a subhead ("ECONOMÍA DEL HOGAR"): a new section, not narration going on
    # "… las autoridades argumentaron que …": narration that reports someone's words hands the
    # next quotation to them (one bounded search of the short paragraph)
    return names.lc.cue_re.search(between) is None


_RUN_ON_GAP = 600  # characters of narration between a speaker's quote and the paragraph going on


def _named(speaker: str | None, names: ArticleNames) -> bool:
    """Whether ``speaker`` is a person's or body's name (capitalised, where a script has
    capitals), not a description (``le porte-parole``)."""
    return speaker is not None and (speaker[:1].isupper() or names.lc.case_blind)


def _sentence_end(text: str, pos: int, hi: int) -> int:
    """Where the sentence at ``pos`` ends (a full stop and space, or a line end), else -1."""
    ends = [e for e in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if e >= 0]
    return min(ends) if ends else -1


def _surname_alone(text: str, start: int, end: int, names: ArticleNames) -> bool:
    """:func:`_surname_subject` for a name phrase whose cue is not at hand: one capitalised word
    the article never writes in lower case, where nouns are not capitalised."""
    lc, written = names.lc, text[start:end]
    if lc.nouns_capitalised or lc.case_blind or " " in written or len(written) < 4 or not written.isalpha():
        return False
    low = written.lower()
    if written.isupper() or low in lc.function_words or low in PREPOSITIONS or low.endswith(_ADVERB_ENDS):
        return False
    return not written_lower(text, low)


_ADVERB_ENDS = ("mente", "ment")  # "Finalmente", "Évidemment": adverbs, never surnames


def _surname_subject(text: str, np: NP, raw: Raw, names: ArticleNames) -> bool:
    """``Fasolino ha spiegato che …``, ``Garcés afirmó que …``: one capitalised word opening a
    sentence right before its speech cue is a surname written alone, where nouns are not
    capitalised, when the article never writes it in lower case (``Asimismo``, ``Ayer`` are
    words it may; a function word or an adverb in ``-mente`` never counts)."""
    if raw.cue is None or text[np.end : raw.cue[0]] not in {" ", "\u00a0"}:
        return False
    return _surname_alone(text, np.start, np.end, names)


def _opener(text: str, start: int, end: int, names: ArticleNames) -> bool:
    """Whether the name phrase ``[start, end)`` is one capitalised word opening a sentence that
    reads as no person (``Lasst uns …``, ``Asimismo``): capitalised for its place only."""
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0")
    if not before or before[-1] in ".!?\n:":
        return not _person(text[start:end], names) and not _surname_alone(text, start, end, names)
    return False


def _person(written: str, names: ArticleNames) -> bool:
    """Whether a name phrase reads as a person or body (one capitalised word must prove it)."""
    words = written.split()
    return len(words) != 1 or names.person_word(words[0])


def _agreeing(
    persons: Persons, genders: dict[str, str], gender: str, oblique: frozenset[str] | set[str] = frozenset()
) -> str | None:
    """The person a pronoun of ``gender`` stands for: the last named whose gender does not clash,
    passing over one named last as a preposition's object (``derrotó a José Kast``, ``mit Anna
    Berg``) when an earlier one whose gender is known to agree was a subject: ``él`` goes on
    with the sentence's subject, not the person it mentions."""
    if gender == "pl":
        return None
    found: str | None = None
    for p in persons.recent(8):
        g = genders.get(p)
        if g is None or gender == "x" or g == gender:
            if found is None:
                found = p
                if p not in oblique:
                    break
            elif (g == gender or gender == "x") and p not in oblique:
                found = p  # a subject of the agreeing gender named before the object
                break
    if found is not None and genders.get(found) is None and gender in {"m", "f"}:
        genders[found] = gender
    return found


def _court_named(text: str, written: str, before: int) -> str | None:
    """The court a Hindi description (``शीर्ष अदालत``, ``न्यायालय``, ``पीठ``) stands for: the one
    of :data:`_COURTS` the article named last before ``before``; None when it named none."""
    if written not in _COURT_DESCRIPTIONS:
        return None
    lo = max(0, before - _COURT_REACH)
    found = max(((text.rfind(name, lo, before), name) for name in _COURTS), default=(-1, ""))
    return found[1] if found[0] >= 0 else None


# Hindi news names its top courts, then describes them ("the top court", "the bench")
_COURTS = ("सुप्रीम कोर्ट", "उच्चतम न्यायालय", "हाईकोर्ट", "हाई कोर्ट", "उच्च न्यायालय")
_COURT_DESCRIPTIONS = frozenset(
    {"शीर्ष अदालत", "शीर्ष न्यायालय", "शीर्ष कोर्ट", "अदालत", "न्यायालय", "कोर्ट", "पीठ", "अदालत की पीठ"}
)
_COURT_REACH = 6000  # characters back to where the court was named


_PROTAGONIST_PEOPLE = 12  # people named last among whom a bare role's protagonist is sought (bounded)


def _protagonist_over(
    holder: str | None,
    written: str,
    person_seen: dict[str, int],
    times: dict[str, int],
    last_seen: dict[str, int],
) -> str | None:
    """The person a bare role (``O senador criticou``) stands for: its holder named with it before
    (``o senador Alexandre Saraiva``), unless the article has since gone on to write about
    another person more often named than the holder (``Pacheco``), who then holds the role too:
    of the people named since the holder, the most named. A role with a complement (``o senador
    do Podemos``) stays its holder's."""
    if holder is None or len(written.split()) > 2:
        return holder
    since = last_seen.get(holder, -1)
    # a full name ("Rodrigo Pacheco"), never a place or a body written as one word ("China")
    later = [p for p, at in person_seen.items() if at > since and p != holder and " " in p]
    if not later:
        return holder
    most = max(later, key=lambda p: (times.get(p, 0), person_seen[p]))
    return most if times.get(most, 0) > times.get(holder, 0) + 1 else holder


def _oblique(text: str, at: int) -> bool:
    """Whether the name at ``at`` is a preposition's object (``a José Kast``, ``avec Anne``,
    ``mit Jan Roth``, ``contro Mario Rossi``): the word right before it, in the same line."""
    before = text[max(0, at - 12) : at]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in _OBJECT_PREPOSITIONS


# Prepositions whose object a name is (Spanish marks a personal object with "a": "derrotó a X");
# never the according-to cues, whose object speaks.
_OBJECT_PREPOSITIONS = wordset(
    "a à avec contre pour sur chez con contra para sobre ante mit gegen für über com contra sobre "
    "con contro per su verso"
)


def _most_named(anyone: Persons, genders: dict[str, str], gender: str, times: dict[str, int]) -> str | None:
    """A pronoun no person fits: of the capitalised names written last, the one the article
    writes most (its protagonist, not the place or institution named just before)."""
    if gender == "pl":
        return None
    fits = [p for p in anyone.recent(8) if genders.get(p) in {None, gender} or gender == "x"]
    return max(fits, key=lambda p: times.get(p, 0)) if fits else None  # max keeps the most recent on ties


# Endings of nouns for people in the Romance languages and German (agent and adjectival nouns:
# "el teniente", "o comandante", "a estudante", "o repórter", "la joueuse", "der Sprecher",
# "la giornalista"), for role nouns the tables do not list.
_PERSON_ENDINGS = (
    "ente", "ante", "ista", "iste", "or", "ora", "eur", "euse", "rice", "ier", "ière", "ero", "era",
    "ário", "ária", "ario", "aria", "er", "erin", "ien", "ienne", "ano", "ana", "ino", "ina",
)  # fmt: skip

# words that open a role's complement ("del partido", "des Ministeriums", "dell'agenzia")
_COMPLEMENT_OPENERS = wordset("de du des del della dello delle degli dei dell' d' da do dos das der des von")

# Age epithets news uses for the person it talks about ("der 48-Jährige", "il 29enne", "le
# quinquagénaire", "el sexagenario", "o sexagenário")
_AGE_EPITHETS = (
    "jährige", "jähriger", "enne", "génaire", "genario", "genaria", "genário", "genária", "añero", "añera",
)  # fmt: skip

_PERSON_NOUN_ENDS = _PERSON_ENDINGS + _AGE_EPITHETS

_SINGULAR = wordset("le la l’ l' el o a il lo der die das")
# indefinite articles: a description opened by one is an unnamed source ("un proche", "ein Sprecher")
_INDEFINITE = wordset("un une uno una um uma ein eine einer einem")
# the gender a singular article gives the role after it ("el presidente", "la ministra")
_ARTICLE_GENDER = {"el": "m", "il": "m", "lo": "m", "le": "m", "o": "m", "der": "m", "la": "f", "a": "f"}
# singular demonstratives: "ce père de famille", "este vecino", "dieser Mann", "questo medico"
_DEMONSTRATIVES = wordset("ce cet cette este esta ese esa aquel aquella dieser diese questo questa esse essa")


def _the_one(
    written: str,
    persons: Persons,
    genders: dict[str, str],
    lc: LanguageCues,
    source: bool,
    current: str | None = None,
) -> str | None:
    """``el alcalde``, ``la ministra``: a singular role stands for the person speaking now
    (``current``: the last speaker, when no one was named since), else for the person named
    last. The source of ``selon`` / ``según`` / ``laut`` must read as a person to stand for one."""
    words = written.lower().replace("’", "' ").split()  # "l’élu" → "l'", "élu"
    if lc.nouns_capitalised and words and words[0] not in _SINGULAR and _role_as_name(written, lc):
        # "so die Stuttgarter Sportdirektorin": the cue took the article; the role is singular
        words, written = ["der", *words], f"der {written}"
    if 3 < len(words) <= 6 and words[0] in _DEMONSTRATIVES and words[2] in _COMPLEMENT_OPENERS:
        # "ce père de quatre enfants", "este vecino de Lugo": a demonstrative epithet and its
        # complement points back to the person the story is about
        words = words[:2]
        written = " ".join(written.replace("’", "' ").split()[:2])
    elif len(words) > 3 and words[1] in lc.roles and words[2] in _COMPLEMENT_OPENERS:
        # "il generale delle riserve", "le porte-parole du ministère": a role and its complement
        words = words[:2]
        written = " ".join(written.replace("’", "' ").split()[:2])
    if (
        len(words) > 3
        or not words
        or words[0] not in _SINGULAR | _DEMONSTRATIVES
        or " ".join(words) in lc.groups
    ):
        return None
    nouns = written.replace("’", "' ").split()[1:]
    # "la secretaria" is a role, "la Secretaria" a department: a role word heads a body only
    # when written with a capital
    if any(w.capitalize() in ORG_HEADS and (w[:1].isupper() or w not in lc.roles) for w in nouns) or (
        not lc.nouns_capitalised
        and len(nouns) == 1
        and nouns[0][:1].isupper()
        and nouns[0].lower() not in lc.roles
    ):
        # "il ministero", "la Cgil": a body or a name, never the person named last; "el
        # Presidente", "la Rectora" are roles written with a capital
        return None
    person = any(w in lc.roles or lc.compound_title(w) or w.endswith(_PERSON_NOUN_ENDS) for w in words[1:])
    if words[0] in _DEMONSTRATIVES and not person:
        if len(words) != 2 or words[1] in lc.group_heads or words[1] in lc.documents:
            return None  # "cette association", "ce texte": a body or a document, no person
        person = True  # "ce père", "dieser Mann": an epithet for the person the story is about
    if not person and len(words) == 2 and words[1] in lc.documents:
        return None  # "diz o pedido no site": a document, no person named last
    if source and not person:
        return None  # "la préfecture", "el ayuntamiento": a body speaks for itself, not a person
    if current is not None and person:
        return current  # a person's role or epithet ("der 48-Jährige"), not "o pedido"
    if source and not any(w in lc.roles or lc.compound_title(w) for w in words[1:]):
        # "segundo o legista" with no coroner named: a profession the tables know as no office
        # of anyone named, an unnamed source ("segundo o parlamentar" is the member named)
        return None
    # "el Presidente" after "… Cristina Kirchner": the article's gender, where it tells one
    return _agreeing(persons, genders, _ARTICLE_GENDER.get(words[0], "x") if person else "x")


def _expanded(text: str, name: str, cache: dict[str, str]) -> str:
    """The full name an acronym stands for where the article spells it out before it in
    brackets (``L'Ottawa School Transportation Authority (OSTA)``): the fullest name used, as
    annotators write speakers; else the acronym."""
    capitals = 2 <= len(name) <= 6 and name.isupper()
    # Spanish and Italian style writes a longer acronym as a word ("Aemet", "Unrwa", "Acnur")
    titled = 4 <= len(name) <= 8 and name[:1].isupper() and name[1:].islower()
    if not (name.isalpha() and (capitals or titled)):
        return name
    found = cache.get(name)
    if found is None:
        found = name
        at = text.find(f"({name})")
        if at > 0:
            run = _RUN_BEFORE_BRACKET.search(text, max(0, at - 120), at)
            if run is not None:
                words = run.group(1).split()
                words[0] = words[0].split("'")[-1].split("’")[-1]  # "L'Ottawa" → "Ottawa"
                while words and (words[0].lower() in DETERMINERS or not words[0][:1].isupper()):
                    # "La Société de transport de Laval"; "Das teilte der Deutsche Olympische
                    # Sportbund (DOSB)": the run opens at a sentence's first word, not the name
                    words = words[1:]
                initials = "".join(w[0] for w in words if w[:1].isupper())
                # a word-like acronym must match two initials: "(Morena)" after "Manuel Ortega"
                # is a party, not his name
                opening = name[:2].upper() if titled and not capitals else name[0]
                if len(words) >= 2 and words[0][:1].isupper() and initials.startswith(opening):
                    found = " ".join(words)
        cache[name] = found
    return found


def _spelt_out(text: str, acronym: str | None, cache: dict[str, str]) -> str | None:
    """The full name of the body an acronym found for a description stands for (``la
    Contraloría`` → ``CGR`` → ``Contraloría General de la República``), as annotators write
    sources; the acronym where the article spells it out nowhere."""
    return _expanded(text, acronym, cache) if acronym is not None else None


def _determined_acronym(text: str, written: str, cache: dict[str, str]) -> str | None:
    """``la CGR``, ``l'OMS``, ``der DOSB``: an article and an acronym the article spells out
    in brackets elsewhere (``la Contraloría General de la República (CGR)``) stand for that
    body's full name, as the acronym alone does; None when it is spelt out nowhere."""
    words = written.replace("’", "'").split()
    if len(words) == 1 and words[0].lower().startswith("l'"):
        words = ["l'", words[0][2:]]  # "l'OMS" → "l'", "OMS"
    if len(words) != 2 or words[0].lower() not in DETERMINERS | _ELIDED_ARTICLES:
        return None
    full = _expanded(text, words[1], cache)
    return full if full != words[1] else None


_ELIDED_ARTICLES = wordset("l'")  # the French and Italian article glued to the acronym after it


# the words right before " (ACRONYM)", from a capitalised one: "Société de transport de Laval"
_RUN_BEFORE_BRACKET = deferred_regex(r"(\p{Lu}[\w’'-]{0,30}+(?:[ \u00a0][\w’'-]{1,30}+){1,7}+)[ \u00a0]?+\Z")


def _acronym_for(text: str, np: NP) -> str | None:
    """``la principale agenzia dell'Onu per i rifugiati (Unrwa)`` → ``Unrwa``: a body described
    and then named by the acronym in brackets after the description, there or where the
    article first described it so (``l'agenzia`` → the ``agenzia … (Unrwa)`` named before)."""
    found = _bracketed(text, np.end, np.end + 100)
    if found is not None:
        return found
    words = text[np.start : np.end].replace("’", "'").split()
    found = _defined_as(text, words)
    if found is not None:
        return found
    head = words[-1].split("'")[-1].lower() if words else ""
    if len(words) > 2 or len(head) < 5 or not head.isalpha():
        return None
    low = text[max(0, np.start - _ACRONYM_REACH) : np.start].lower()
    at = low.rfind(head)
    for _ in range(8):  # bounded: the last few uses of the noun
        if at < 0:
            break
        lo = max(0, np.start - _ACRONYM_REACH) + at + len(head)
        found = _bracketed(text, lo, lo + 100)
        if found is not None:
            return found
        at = low.rfind(head, 0, at)
    return None


_ACRONYM_REACH = 4000  # characters back to where a body was described and named


def _defined_as(text: str, words: list[str]) -> str | None:
    """``L'esercito israeliano`` where the article writes ``dell'esercito israeliano (Idf)``
    anywhere, before or after (``el ejército israelí (FDI)``, ``die israelische Armee (IDF)``):
    the body the article names by that acronym. A determiner and one to three words, their
    definition found by one search of the text."""
    if not 2 <= len(words) <= 4:
        return None
    first = words[0].lower()
    if first.startswith(("l'", "d'")):
        rest = [words[0].split("'")[-1], *words[1:]]
    elif first in DETERMINERS:
        rest = words[1:]
    else:
        return None
    key = " ".join(rest).lower()
    if len(key) < 8:
        return None  # "la Ue": too short to stand for one body
    at = _lowered(text).find(key + " (")
    return _bracketed(text, at + len(key), at + len(key) + 14) if at >= 0 else None


@functools.lru_cache(maxsize=1)
def _lowered(text: str) -> str:
    """The article lower-cased once, however many descriptions are looked up in it (same
    length as ``text`` for the scripts the tables cover, so offsets carry over)."""
    return text.lower()


def _bracketed(text: str, lo: int, hi: int) -> str | None:
    """The acronym or name in the first brackets in ``[lo, hi)`` (``(Unrwa)``, ``(IDF)``),
    within the clause: no sentence end before them."""
    open_at = text.find("(", lo, hi)
    if open_at < 0 or any(c in text[lo:open_at] for c in '.;:!?\n«»“”"'):
        return None
    close = text.find(")", open_at, open_at + 14)
    inner = text[open_at + 1 : close] if close > open_at else ""
    if not inner or " " in inner or not inner[:1].isupper() or not inner.isalpha():
        return None
    return inner


def _unnamed_person(written: str, lc: LanguageCues) -> bool:
    """Whether a description left unresolved is a person's role in a language that capitalises
    nouns (``der Sprecher``, ``eine Sprecherin der Polizei``) or a document (``der Mitteilung``),
    not a body (``die Polizei``)."""
    words = written.lower().split()
    if lc.nouns_capitalised and 1 <= len(words) <= 2 and words[-1] in lc.documents:
        return True  # "laut der Mitteilung": a document named nowhere, no body's name either
    if not lc.nouns_capitalised or len(words) < 2 or " ".join(words[:2]) in lc.groups:
        return False
    head = words[1]
    return head in lc.roles or lc.compound_title(head)


def _phrase_limit(raw: Raw, np: NP) -> int:
    """How far a description's phrase may reach: not into the cue or the quoted words after it."""
    hi = np.end + 100
    for at in (raw.cue[0] if raw.cue is not None else -1, raw.cstart, raw.start):
        if at >= np.end:
            hi = min(hi, at)
    return hi


def _named_after(text: str, np: NP, names: ArticleNames, hi: int) -> str | None:
    """``Lo ha ribadito il Commissario generale dell'agenzia Onu (Unrwa) Philippe Lazzarini``:
    the person a description is followed by in the same clause (a name of two words or more
    after it, set off by at most a comma right before it), before ``hi``."""
    hi = min(len(text), hi)
    for m in NAME_RUN.finditer(text, np.end, hi):
        gap = text[np.end : m.start()]
        if any(c in gap for c in '.;:!?\n"«»“”') or gap.rstrip(" \u00a0").count(",") > 1:
            return None
        if "," in gap and not gap.rstrip(" \u00a0").endswith(","):
            return None  # "il portavoce, dopo la riunione, Marco …": a clause, not an apposition
        words = m.group().split()
        # "… ministro degli Esteri Antonio Tajani": the run may open with the body's last word
        for k in range(len(words) - 1):
            if words[k][:1].isupper() and given_gender(words[k], names.lc) is not None:  # not "della"
                resolved = names.resolve(" ".join(words[k:]))
                return None if names.organisation(resolved) else resolved
    return None


def _named_inside(text: str, np: NP, names: ArticleNames) -> str | None:
    """``il ministro dello Sport Andrea Abodi``, ``el secretario de Estado de Comercio Xiana
    Méndez``: a description that ends in a person's name after its complement (a run of two
    words or more from a known given name on) is that person."""
    found = None
    for m in NAME_RUN.finditer(text, np.start, np.end):
        if m.end() == np.end:
            found = m
    if found is None or found.start() == np.start:
        return None  # "Al Arabiya": the phrase is the name itself, no description before it
    words = found.group().split()
    for k in range(len(words) - 1):
        if (
            words[k][:1].isupper()
            and words[k].lower() not in DETERMINERS
            and given_gender(words[k], names.lc) is not None
        ):
            resolved = names.resolve(" ".join(words[k:]))
            return None if names.organisation(resolved) else resolved
    return _after_acronym(words, names)


def _after_acronym(words: list[str], names: ArticleNames) -> str | None:
    """``professora de Ciência Política da FGV Graziella Testa``, ``el diputado del PSOE Nuria
    Vidal``: two or three capitalised words right after the body's acronym that closes a role's
    complement are the person's name, a given name the tables do not know."""
    for k in range(len(words) - 3, max(len(words) - 5, -1), -1):
        if words[k].isupper() and 2 <= len(words[k]) <= 6 and words[k].isalpha():
            rest = words[k + 1 :]
            if all(w[:1].isupper() and not w.isupper() and w.lower() not in names.lc.roles for w in rest):
                name = " ".join(rest)
                resolved = names.resolve(name)
                if any(w.isupper() for w in resolved.split()):
                    resolved = name  # the run the article wrote took the body in ("UFRN Ziliane …")
                return None if names.organisation(resolved) else resolved
            return None
    return None


def _complement_holder(names: ArticleNames, np: NP) -> str | None:
    """``el titular de la cartera de Cultura`` → the person the article names right after that
    complement with another role (``El ministro de Cultura, Alejandro Salas``), before or just
    after the description (a subhead's ``Ministro de Energía y Minas`` is named in the lede):
    a person's name of two words or more set off by at most a comma right after one of the
    complement's uses. The complement is the description's closing capitalised run after a
    joiner; bounded: a few of its uses, near the description."""
    text, lc = names.text, names.lc
    words = text[np.start : np.end].split()
    k = len(words)
    while (
        k > 0
        and words[k - 1].lower() not in lc.roles
        and (words[k - 1][:1].isupper() or (k < len(words) and words[k - 1].lower() in _RUN_JOINERS))
    ):
        k -= 1  # back to the role ("Ministro de Energía y Minas" opens a line capitalised)
    while k < len(words) and not words[k][:1].isupper():
        k += 1  # the run opens at a capital: "de la cartera de Cultura" → "Cultura"
    if k == 0 or k == len(words) or words[k - 1].lower() not in NAME_JOINERS or lc.case_blind:
        return None  # no role before a complement ("Radio Nacional"), or no complement
    complement = " ".join(words[k:])
    lo, hi = max(0, np.start - _COMPLEMENT_REACH), min(len(text), np.end + _COMPLEMENT_AHEAD)
    pos, tries = text.find(complement, lo, hi), 0
    while pos >= 0 and tries < _COMPLEMENT_USES:
        tries += 1
        end = pos + len(complement)
        if not (np.start <= pos < np.end):
            m = _APPOSED_NAME.match(text, end, min(hi, end + 60))
            if m is not None and given_gender(m.group(1).split()[0], lc) is not None:
                resolved = names.resolve(m.group(1))
                if " " in resolved and not names.organisation(resolved):
                    return resolved
        pos = text.find(complement, end, hi)
    return None


# lower-case words inside a complement's capitalised run ("Energía y Minas", "Ministério da Saúde")
_RUN_JOINERS = wordset("y e et und da do das dos de del della di des du la")
_COMPLEMENT_REACH = 4000  # characters back to where the complement was named with its holder
_COMPLEMENT_AHEAD = 1500  # ... and ahead, for a subhead above the lede that names the holder
_COMPLEMENT_USES = 8
# a person's name right after a complement, set off by a comma or a space ("Cultura, Alejandro Salas")
_APPOSED_NAME = deferred_regex(r",?[ \u00a0]++(\p{Lu}[\p{L}'’-]*+(?:[ \u00a0]++\p{Lu}[\p{L}'’-]*+){1,3}+)")


def _title_holder(names: ArticleNames, np: NP) -> str | None:
    """``laut ÖGB-Präsident``, ``so der Sozialsprecher``: a single capitalised compound title
    written as the speaker stands for the person the article named right after that same title
    before (``ÖGB-Präsident Erich Foglar``): a name of two words or more right after one of its
    last uses. Only for a word the tables read as a title, in a language that capitalises nouns."""
    lc, text = names.lc, names.text
    written = text[np.start : np.end]
    if not lc.nouns_capitalised or " " in written or not lc.compound_title(written.lower()):
        return None
    uses = [at for at in names.words.uses(written, 8) if at < np.start]
    for at in reversed(uses):
        m = NAME_RUN.match(text, at + len(written) + 1)
        if m is not None and text[at + len(written) : m.start()] in {" ", "\u00a0"}:
            resolved = names.resolve(m.group())
            return None if names.organisation(resolved) else resolved
    return None


def _document_owner(names: ArticleNames, np: NP, expanded: dict[str, str]) -> str | None:
    """``o comunicado do STF``, ``der Mitteilung des DOSB``, ``la nota della Regione Lombardia``:
    a document of the tables (a statement, a note, a report) followed by the body that issued
    it, by name, stands for that body, spelt out where the article spells out its acronym (the
    fullest name used, as annotators write sources). A document nobody is named with stays a
    description. Bounded: a few words of the phrase."""
    text, lc = names.text, names.lc
    words = text[np.start : np.end].replace("’", "'").split()
    k = next((i for i, w in enumerate(words[:3]) if w.split("'")[-1].lower() in lc.documents), None)
    if k is None or any(w.lower() not in DETERMINERS and not w.endswith("'") for w in words[:k]):
        return None  # "o comunicado", "der Mitteilung": the document opens the phrase
    pos = _past_word(text, np.start, k + 1)
    for _ in range(2):  # "do", "de la", "dell'", "des": the genitive between document and body
        # (none in Czech: "prohlášení ČEZ")
        m = _OWNER_JOINER.match(text, pos, np.end)
        if m is None:
            break
        pos = m.end()
    owner = text[pos : np.end].split()
    if (
        not owner
        or len(owner) > 6
        or any(not w[:1].isupper() and w.lower() not in NAME_JOINERS for w in owner)
        or not owner[-1][:1].isupper()
    ):
        return None  # "le communiqué publié mardi": no body's name closes the phrase
    return _expanded(text, names.resolve(" ".join(owner)), expanded)


# a genitive article or preposition joining a document to the body that issued it
_OWNER_JOINER = deferred_regex(
    r"(?:des|der|dem|von|vom|du|de|la|l['’]|do|da|dos|das|del|della|dello|dell['’]|delle|degli|dei)"
    r"(?:[ \u00a0]++|(?<=['’]))"
)


def _past_word(text: str, start: int, n: int) -> int:
    """Where the ``n``-th word from ``start`` ends, plus the white space after it."""
    pos = start
    for _ in range(n):
        while pos < len(text) and text[pos] in " \u00a0":
            pos += 1
        while pos < len(text) and text[pos] not in " \u00a0\n":
            pos += 1
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    return pos


def _body_named(names: ArticleNames, np: NP) -> str | None:
    """``la Ville`` → ``Ville de Montréal``, ``l'agence`` → ``Agence France-Presse``: a body
    written as a determiner and one noun stands for the body the article named before with that
    noun capitalised at the head of its name (the fullest name used, as annotators write
    organisations): a capitalised run opening with the noun among its last uses."""
    text = names.text
    words = text[np.start : np.end].replace("’", "'").split()
    first = words[0].lower() if words else ""
    if not 1 <= len(words) <= 2 or not (first in DETERMINERS or first.startswith("l'")):
        return None  # "la Ville", "l'agence", "o partido": one body noun after its article
    head = words[-1].split("'")[-1]
    if len(head) < 4 or not head.isalpha():
        return None
    noun = head[:1].upper() + head[1:].lower()
    uses = [at for at in names.words.uses(noun, 8) if at != np.start + (np.end - np.start - len(head))]
    for at in reversed(uses):
        if at >= np.start:
            continue
        m = NAME_RUN.match(text, at)
        if m is not None and " " in m.group():
            return m.group()
    return None


def _body_acronym(names: ArticleNames, np: NP, speakers: set[str]) -> str | None:
    """``O partido afirmou``, ``diz a nota do partido`` after ``O PSDB criticou …``: a body
    written as an article and a singular body noun of the tables (``partido``, ``empresa``,
    ``sindicato``), or a document of one (``a nota do partido``), stands for the acronym that
    speaks in the article and was written last before it (within a few thousand characters)."""
    lc, text = names.lc, names.text
    words = text[np.start : np.end].lower().replace("’", "'").split()
    if not 2 <= len(words) <= 5 or words[0] not in DETERMINERS:
        return None
    head = words[-1]
    if head not in lc.group_heads or head.endswith("s") or head in _NOT_ACRONYMED:
        return None
    best, best_at = None, -1
    for word in speakers:
        if not (word.isupper() and 2 <= len(word) <= 6 and word.isalpha()):
            continue
        for at in names.words.uses(word, _USES_READ):
            if at >= np.start:
                break
            if at > best_at and np.start - at <= _ACRONYM_REACH:
                best, best_at = word, at
    return best


def _particle_surname(names: ArticleNames, written: str) -> str | None:
    """``del Pópolo``, ``de la Fuente``, ``da Silva``: a surname opening with its particle in
    lower case, read as a description, is the person the article names in full with it (a
    known given name first); None for anything else (``de Madrid``, ``del ministerio``)."""
    words = written.split()
    if not 2 <= len(words) <= 4 or words[0] not in _SURNAME_PARTICLES or not words[-1][:1].isupper():
        return None
    if any(not w[:1].isupper() and w not in _SURNAME_PARTICLES for w in words[1:]):
        return None
    full = names.resolve(written)
    if full == written or not full.endswith(" " + written) or given_gender(full, names.lc) is None:
        return None
    return full


# particles a surname opens with, written in lower case ("Eduardo del Castillo", "Lula da Silva")
_SURNAME_PARTICLES = wordset("de del la las los della delle di da das do dos du van von")


def _body_written(speaker: str, via: str | None) -> str | None:
    """The name a speaker was written with: the name itself, or the name after an article
    (``el Banco Central``, ``la FAO``); None for a pronoun's antecedent or a run's."""
    if via == "named":
        return speaker
    words = speaker.split(" ", 1)
    if via == "description" and len(words) == 2 and words[0].lower() in DETERMINERS:
        return words[1] if words[1][:1].isupper() else None
    if via == "description" and speaker[:1].isupper() and len(words) == 2:
        # "la CGR" → "Contraloría General de la República": the body a description or an
        # acronym was spelt out as (whether a body, not a person, is for the caller to tell)
        return speaker
    return None


def _a_body(speaker: str, names: ArticleNames, genders: dict[str, str]) -> bool:
    """Whether a speaker named in the article is a body, not a person: a name opening with a
    body's noun (``Banco Central``), an acronym (``FAO``), or one word the article gives no
    person's title or given name (``Gazprom``, ``Unrwa``)."""
    if names.organisation(speaker):
        return True
    if " " in speaker or speaker in genders:
        return False
    return speaker.isupper() or given_gender(speaker, names.lc) is None


def _speaking_body(
    names: ArticleNames, np: NP, bodies: list[tuple[int, str, str]], last_speaker: str | None
) -> str | None:
    """``el ente emisor``, ``la autoridad monetaria``, ``el informe``, ``l'agenzia`` after
    ``…, precisó el Banco Central``: a body's generic noun or a document of the tables, written
    in lower case after a definite article (an adjective or two after it, no name), stands for
    the body the article quoted by name last, within a few thousand characters: the article
    writes the body's name once and then varies it. A document stands for that body only when
    it spoke last (``Según el estudio ambiental`` after a deputy's words is no court's). None
    when no body spoke before it; an indefinite ``un comunicado`` is a new document, whose
    issuer this cannot tell."""
    lc = names.lc
    written = names.text[np.start : np.end].replace("’", "'").replace("'", "' ")
    words = written.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in _DEFINITE_ARTICLES:
        return None
    head = words[1]
    if lc.nouns_capitalised and head[:1].isupper():
        head = head.lower()  # "die Behörde": German writes every noun with a capital
    elif not head.islower():
        return None  # "la Polizia": a body of its own name
    if head not in lc.documents and head not in _GENERIC_BODIES:
        return None  # "la Polizia", "el ministerio": a body of its own, not the one quoted last
    if any(
        not w.isalpha() or not w.islower() or w in PREPOSITIONS or w in NAME_JOINERS or w in _GERMAN_ARTICLES
        for w in words[2:]
    ):
        return None  # "el informe de la ONU", "la nota del partido": the owner is written
    for at, name, said in reversed(bodies):
        if np.start - at > _BODY_REACH:
            break
        if lc.nouns_capitalised and not names.organisation(name):
            continue  # "laut Tierschutzgesetz": a German capitalised noun quoted is no body
        if at < np.start:
            return name if head in _GENERIC_BODIES or said == last_speaker else None
    # "…, según el Banco Central nicaragüense. … explicó el ente emisor": no body spoke yet;
    # the generic noun stands for the body the article named last in its narration
    # ... before the sentence of the cue: a body it names ("en repudio al Comité X, según
    # argumentó la entidad") is another than the one speaking
    opens = max(names.text.rfind(". ", 0, np.start), names.text.rfind("\n", 0, np.start))
    named = _body_named_last(names, max(opens, 0)) if head in _GENERIC_BODIES else None
    return named[1] if named is not None else None


def _body_named_last(names: ArticleNames, before: int) -> tuple[int, str] | None:
    """Where and how the article last named a body (a capitalised run opening with an
    organisation's head word, ``Organización Meteorológica Mundial``, ``Banco Central``) within
    :data:`_BODY_REACH` characters before ``before``; None when it named none."""
    lo = max(0, before - _BODY_REACH)
    found: tuple[int, str] | None = None
    for m in _CAPITALISED_RUN.finditer(names.text, lo, before):
        run = m.group(0)
        first, _, rest = run.partition(" ")
        if first.lower() in _DEFINITE_ARTICLES | _GERMAN_ARTICLES:
            run = rest  # "Die Behörde", "El Banco Central" opening a sentence
        if not run or run.lower() in _GENERIC_BODIES:
            continue  # "Behörde" alone: the noun that varies a name, no name
        # one word names a body in German only ("Bundesamt"); elsewhere "Banco" opens a sentence
        one_word = " " not in run and not names.nouns_capitalised
        # "Bundesamt für Verkehrssicherheit": a German body's name opens with its body noun
        head = run.split(" ", 1)[0] if names.nouns_capitalised else run
        body = names.organisation(run) or names.organisation(head)
        if body and not one_word and _in_narration(names.text, m.end()):
            found = (m.start(), run)
    return found


def _in_narration(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is narration: it ends a sentence. A headline or a link
    to another story (``Lea: Consejo Permanente de OEA aborda …``) does not, and the body it
    names is not the one the story goes on about."""
    end = text.find("\n", at)
    line = text[at : end if end >= 0 else len(text)].rstrip()
    return line.endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = (".", "!", "?", ":", "»", '"', "”", "“", ")", "…")


# a capitalised run with the joiners of a body's name ("Organización de las Naciones Unidas");
# bounded and possessive: linear on any run of capitals
_CAPITALISED_RUN = deferred_regex(
    r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{0,30}+"
    r"(?:[ \u00a0](?:(?:de|del|des|du|di|da|do|dos|das|della|delle|degli|la|las|los|für|der)[ \u00a0]){0,2}+"
    r"\p{Lu}[\p{L}'’-]{0,30}+){0,6}+"
)


# the definite articles of a body written again ("el ente", "l'agenzia", "a entidade")
_DEFINITE_ARTICLES = wordset("el la le l' il lo o a der die das")
# German articles after the noun open its owner ("die Behörde des Landes")
_GERMAN_ARTICLES = wordset("der die das des dem den")
# nouns that only ever stand for some body, the one the article is about ("el ente emisor")
_GENERIC_BODIES = wordset(
    "ente entidad autoridad organismo institución organización agencia entidade autoridade instituição "
    "organização agência órgão organisme organisation institution agence autorité autorità organizzazione "
    "agenzia istituzione congregación congrégation congregazione congregação "
    "behörde organisation agentur institution einrichtung"
)
_BODY_REACH = 3000  # characters back to the body quoted by name that a description varies


# bodies the article names by their noun, rarely by an acronym it quotes ("the government")
_NOT_ACRONYMED = wordset("governo gobierno gouvernement regierung governo tribunal justiça justicia")
_USES_READ = 40  # uses of one acronym read (bounded: the last before a description is what counts)


def _quote(st: State, raw: Raw, speaker: str | None, sp_span: Span | None, via: str | None) -> Quote:
    text = st.text
    start, end = min(raw.start, raw.cstart), max(raw.end, raw.cend)
    if sp_span is not None:
        start, end = min(start, sp_span.start), max(end, sp_span.end)
    cue = Span(raw.cue[0], raw.cue[1], text[raw.cue[0] : raw.cue[1]]) if raw.cue is not None else None
    if cue is not None:
        start, end = min(start, cue.start), max(end, cue.end)
    content = Span(raw.cstart, raw.cend, text[raw.cstart : raw.cend])
    return Quote(
        Span(start, end, text[start:end]),
        content,
        kind=raw.kind,
        cue=cue,
        speaker=speaker,
        speaker_span=sp_span,
        rule=f"{st.name}:{raw.rule}",
        parts=content_parts(st, content),
        speaker_via=via,
    )
