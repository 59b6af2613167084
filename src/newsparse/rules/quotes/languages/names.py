"""The article's names: every capitalised run read once, for the fullest form of a name
(``Tobisch`` → ``Lotte Tobisch-Labotyn``), the people mentioned in text order (a pronoun's
antecedents) and their gender (a title such as ``Mme`` / ``Herr``, or a given name)."""

from __future__ import annotations

import regex

from newsparse.lang.tables import LanguageTables
from newsparse.rules.quotes.languages.cues import LanguageCues
from newsparse.rules.quotes.languages.phrases import CASE_BLIND_STOPS, DETERMINERS, NAME_JOINERS
from newsparse.rules.quotes.languages.text import wordset

NAME_RUN = regex.compile(
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


class ArticleNames:
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
        for m in NAME_RUN.finditer(text):
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
                g = title_gender(prev[-1]) if prev else None
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


def title_gender(written: str) -> str | None:
    first = written.split()[0].lower() if written.split() else ""
    return "f" if first in _FEMALE else "m" if first in _MALE else None
