"""Who speaks: names resolved to their fullest form in the article, pronouns to the last named
person of matching gender, role nouns to the person named with that role; builds the quotes."""

from __future__ import annotations

import regex

from newsparse._model import Quote, Span
from newsparse.lang.tables import LanguageTables
from newsparse.rules.quotes.languages.cues import LanguageCues
from newsparse.rules.quotes.languages.phrases import CASE_BLIND_STOPS, DETERMINERS, NAME_JOINERS
from newsparse.rules.quotes.languages.text import wordset
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.speakers import Persons, content_parts
from newsparse.rules.quotes.state import Raw, State

_NAME_RUN = regex.compile(
    r"(?<![\w’'-])\p{Lu}[\w’'-]{1,30}+"
    r"(?:[ \u00a0](?:(?:de|da|do|dos|di|del|della|von|van|der|la|le)[ \u00a0])?+"
    r"\p{Lu}[\w’'-]{1,30}+){1,4}+"
)


# Capitalised nouns that open the name of an organisation, a place or an event, not a person
# ("Supremo Tribunal Federal", "Conseil constitutionnel", "Copa América"): never a pronoun's antecedent.
_ORG_HEADS = wordset(
    "Tribunal Supremo Suprema Ministério Ministerio Ministère Ministero Ministerium Secretaria Secretaría "
    "Forças Fuerzas Forces Copa Coupe Campeonato Championnat Estado Estados État États Etat Staat Stato "
    "Conseil Consejo Conselho Consiglio Rat Assemblée Asamblea Assembleia Assemblea Partido Parti Partito "
    "Partei Comité Comitê Comitato Governo Gobierno Gouvernement Regierung Polícia Policía Police Polizei "
    "Polizia Câmara Cámara Chambre Camera Senado Sénat Senato Senat Banco Banque Banca Bank Universidade "
    "Universidad Université Università Universität Universitad Nações Naciones Nations Nazioni Union Unión "
    "União Unione Organização Organización Organisation Organizzazione Agência Agencia Agence Agenzia "
    "Commission Comisión Comissão Commissione Kommission Fondation Fundación Fundação Fondazione Stiftung "
    "Hospital Hôpital Ospedale Klinikum Instituto Institut Istituto Museo Museu Musée Museum Liga Ligue "
    "Lega Grupo Groupe Gruppo Gruppe Federação Federación Fédération Federazione Verband Associação "
    "Asociación Association Associazione Verein Corte Cour Gericht Bundestag Bundesregierung Casa Maison "
    "Palacio Palais Palazzo Frente Front Fronte Exército Ejército Armée Esercito Armee Marinha Armada Marine "
    "Aeroporto Aeropuerto Aéroport Flughafen Rio Río Mar Oceano Océano Océan Praça Plaza Place Piazza Platz "
    "Rua Calle Rue Via Straße Avenida Avenue Viale Striscia Franja Faixa Bande Gaza Cisjordania Cisgiordania"
)


_FEMALE = wordset("mme madame mlle frau sra sra. señora senhora signora dona")


_MALE = wordset("m. monsieur herr sr sr. señor senhor signor don")


class _Names:
    """The article's names: for each last word, the fullest capitalised run ending in it."""

    def __init__(self, text: str, tables: LanguageTables, lc: LanguageCues) -> None:
        self.full: dict[str, str] = {}
        self.compound_title = lc.compound_title
        # by first word: "Michele" → "Michele Taborga", "Supremo" → "Supremo Tribunal Federal"
        self.first: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        self.text = text
        self.completed: dict[str, str] = {}
        self.mentions: list[tuple[int, str]] = []  # people named in the text, in order
        self.lc = lc
        skip = tables.function_words | lc.titles | DETERMINERS
        for m in _NAME_RUN.finditer(text):
            words = m.group().split()
            while words and (words[0].lower() in skip or words[0] in NAME_JOINERS):
                words = words[1:]
            while len(words) > 2 and self.compound_title(words[0].lower()):
                words = words[1:]  # "Innenminister Jonas Brandt": a compound title
            if len(words) < 2 or len(words) > 4:
                continue
            name = " ".join(words)
            if words[0] not in _ORG_HEADS and all(
                w[:1].isupper() and not w.isupper() and w.lower() not in lc.roles
                for w in words[:1] + words[-1:]
            ):
                self.mentions.append((m.start(), name))
                prev = text[max(0, m.start() - 10) : m.start()].split()
                g = _gender(prev[-1]) if prev else None
                if g is not None:
                    self.genders.setdefault(name, g)  # "Mme Julie Lambert", "Herr Vogt"
            self.first.setdefault(words[0], name)
            if "-" in words[-1]:
                self.full.setdefault(words[-1].split("-")[0], name)  # "Tobisch" → "Lotte Tobisch-Labotyn"
            old = self.full.get(words[-1])
            if old is None or len(name) > len(old):
                self.full[words[-1]] = name

    def resolve(self, written: str) -> str:
        words = [w for w in written.replace("\u00a0", " ").split() if w.lower() not in self.lc.titles]
        if not self.lc.case_blind:
            # "l'ambasciatore israeliano Alon Bar": the name is the capitalised run at the end
            k = len(words)
            while k > 0 and (words[k - 1][:1].isupper() or (k < len(words) and words[k - 1] in NAME_JOINERS)):
                k -= 1
            if 0 < k < len(words):
                words = words[k:]
            while len(words) > 2 and self.compound_title(words[0].lower()):
                words = words[1:]  # "Innenminister Jonas Brandt": a compound title
        while words and (words[0].lower() in DETERMINERS or words[0].lower() in self.lc.roles):
            words = words[1:]
        if not words:
            return written
        name = " ".join(words)
        if self.lc.case_blind and len(words) == 1:
            return self._completed(words[0])
        if len(words) > 2:
            return name
        # the fullest form: by last word, or by first word ("Dg Tedros" → "Tedros Adhanom Ghebreyesus")
        found = [f for f in (self.full.get(words[-1]), self.first.get(words[-1])) if f]
        if len(words) == 1 and words[0] in self.first:
            found.append(self.first[words[0]])
        return max(found, key=len) if found else name

    def titled(self, at: int) -> bool:
        """Whether the name at ``at`` reads as a person: a title or role among the four words
        before it (``la maire de Lille, Sophie Marchand``), or it opens a sentence."""
        before = self.text[max(0, at - 40) : at]
        if not before.strip() or before.rstrip()[-1:] in ".!?\n":
            return True
        for w in before.split()[-4:]:
            w = w.lower().strip(",")
            if w in self.lc.titles or w in self.lc.roles or self.compound_title(w):
                return True
        return False

    def _completed(self, word: str) -> str:
        """``अनुराग`` → ``अनुराग डोभाल``: in a script without capitals, the word written after it
        where the name is followed by a postposition (a bounded search from its first use)."""
        found = self.completed.get(word)
        if found is None:
            found = word
            pos = self.text.find(word + " ")
            for _ in range(8):
                if pos < 0:
                    break
                rest = self.text[pos + len(word) + 1 : pos + len(word) + 60].split(" ", 2)
                if len(rest) == 3 and rest[0] not in CASE_BLIND_STOPS and rest[1] in CASE_BLIND_STOPS:
                    found = f"{word} {rest[0]}"
                    break
                pos = self.text.find(word + " ", pos + 1)
            self.completed[word] = found
        return found


def _gender(written: str) -> str | None:
    first = written.split()[0].lower() if written.split() else ""
    return "f" if first in _FEMALE else "m" if first in _MALE else None


def resolve(
    st: State, tables: LanguageTables, lc: LanguageCues, raws: list[Raw], keep_scare: bool = False
) -> list[Quote]:
    """Name each candidate's speaker, in text order, and build the quotes."""
    text = st.text
    names = _Names(text, tables, lc)
    persons = Persons()
    anyone = Persons()  # every capitalised name, for a pronoun nobody else fits
    genders: dict[str, str] = dict(names.genders)
    last_speaker: str | None = None
    last_span: Span | None = None
    last_end = -1
    out: list[Quote] = []
    mi = 0
    # a name counts as a person mentioned (a pronoun's antecedent) when the article quotes it
    # somewhere or writes a title or role before it; capitalised nouns and places do not
    speakers = {
        text[r.np.start : r.np.end].split()[-1] for r in raws if r.np is not None and r.np.kind == "name"
    }
    for raw in raws:
        speaker: str | None = None
        sp_span: Span | None = None
        via: str | None = None
        np = raw.np
        anchor = min(raw.start, np.start) if np is not None else raw.start
        while mi < len(names.mentions) and names.mentions[mi][0] < anchor:
            at, mention = names.mentions[mi]
            if mention.split()[-1] in speakers or names.titled(at):
                persons.touch(names.resolve(mention))  # the people named before the quote
            anyone.touch(names.resolve(mention))
            mi += 1
        if raw.mode == "inherit":
            speaker, sp_span, via = last_speaker, last_span, "run"
        elif raw.mode == "mentioned":
            speaker = _agreeing(persons, genders, "x") or anyone.last()
            via = "run" if speaker else None
        elif raw.mode == "dropped":
            # the subject the verb leaves unwritten: who spoke just before, else who was named last
            recent = last_speaker is not None and raw.start - last_end < 1200
            speaker = last_speaker if recent else _agreeing(persons, genders, "x")
            via = "pronoun" if speaker else None
        elif np is not None:
            written = text[np.start : np.end]
            sp_span = Span(np.start, np.end, written)
            if np.kind == "pron":
                gender = lc.pronouns.get(written.lower(), "x")
                speaker = _agreeing(persons, genders, gender) or _agreeing(anyone, genders, gender)
                via = "pronoun" if speaker else None
            elif np.kind == "desc":
                speaker = (
                    _described(text, np, names, lc) or _the_one(written, persons, genders, lc) or written
                )
                via = "description"
            else:
                speaker, via = names.resolve(written), "named"
                g = _gender(written)
                if g is not None:
                    genders[speaker] = g
            if (speaker is not None and np.kind != "desc") or (speaker is not None and speaker != written):
                persons.touch(speaker)
        if (raw.kind != "scare" or raw.rule == "heading") and speaker is not None:
            last_speaker, last_span, last_end = speaker, sp_span or last_span, raw.end
        if raw.rule == "heading" and not keep_scare:
            continue
        if raw.kind == "scare":
            speaker, via, sp_span = None, None, None
        out.append(_quote(st, raw, speaker, sp_span, via))
    return out


def _agreeing(persons: Persons, genders: dict[str, str], gender: str) -> str | None:
    """The person a pronoun of ``gender`` stands for: the last named whose gender does not clash."""
    if gender == "pl":
        return None
    for p in persons.recent(8):
        g = genders.get(p)
        if g is None or gender == "x" or g == gender:
            if g is None and gender in {"m", "f"}:
                genders[p] = gender
            return p
    return None


_SINGULAR = wordset("le la l’ l' el o a il lo der die das")


def _the_one(written: str, persons: Persons, genders: dict[str, str], lc: LanguageCues) -> str | None:
    """``el alcalde``, ``la ministra``: a singular role stands for the person named last."""
    words = written.lower().split()
    if len(words) > 3 or not words or words[0] not in _SINGULAR or " ".join(words) in lc.groups:
        return None
    return _agreeing(persons, genders, "x")


def _described(text: str, np: NP, names: _Names, lc: LanguageCues) -> str | None:
    """``le ministre`` → the person named with that role earlier (``le ministre Jean Dupont``)."""
    roles = [w.lower() for w in text[np.start : np.end].split() if w.lower() in lc.roles]
    if not roles:
        return None
    lo = max(0, np.start - 4000)
    hay = text[lo : np.start]
    at = hay.lower().rfind(roles[-1])
    while at >= 0:
        m = _NAME_RUN.search(text, lo + at + len(roles[-1]), min(np.start, lo + at + len(roles[-1]) + 60))
        if m is not None:
            resolved = names.resolve(m.group())
            if resolved[:1].isupper() and " " in resolved:
                return resolved
        at = hay.lower().rfind(roles[-1], 0, at)
        if np.start - (lo + at) > 4000 or at < 0:
            break
    return None


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
