"""Names in a script without capitals (Hindi): no capitalised run marks a name, so a name is read
from the words around an agent marker (``X ने कहा``), a role (``मंत्री रमेश वर्मा ने``) or a
postposition closing it. :class:`~newsparse.rules.quotes.languages.names.ArticleNames` asks
these functions; each is a bounded literal search."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.rules.quotes.languages.cues import LanguageCues
from newsparse.rules.quotes.languages.phrases import CASE_BLIND_STOPS
from newsparse.text.lazy import deferred_regex

__all__ = ["agent_runs", "completed_name", "role_holder"]

_FORMER = ("पूर्व ", "पूर्व\u00a0")  # "former": the role's holder before, not the one speaking now
_PUNCT_OR_DIGIT = deferred_regex(r"[\p{P}\p{S}\d]")
_AGENT = " ने "  # Hindi's agent marker: "X ने कहा"


def agent_runs(text: str, lc: LanguageCues) -> Iterator[tuple[int, list[str], list[str]]]:
    """``मुख्यमंत्री योगी आदित्यनाथ ने सोमवार को … की।``: in a script without capitals the
    words before the agent marker ``ने`` name someone acting, the antecedent a later
    ``उन्होंने`` stands for. Read at each marker from a literal search, within the sentence,
    at most the three words before it that are no postposition or particle.

    Yields ``(where the words start, the sentence's words before the marker, the name's words)``
    in text order."""
    pos = text.find(_AGENT)
    while pos >= 0:
        lo = max(0, pos - 80)
        full_stop = text.rfind(". ", lo, pos)  # Hindi sites end sentences with । or a full stop
        stop = max(text.rfind("।", lo, pos), text.rfind("\n", lo, pos), text.rfind(",", lo, pos))
        stop = max(stop, full_stop + 1 if full_stop >= 0 else -1)
        words = text[stop + 1 if stop >= 0 else lo : pos].split()
        k = len(words)
        while k > 0 and len(words) - k < 3 and words[k - 1] not in CASE_BLIND_STOPS:
            k -= 1
        run = [w for w in words[k:] if w.lower() not in lc.titles and w not in lc.roles]
        if run and not (len(run) == 1 and (run[0] in lc.pronouns or run[0] in lc.groups)):
            yield pos - len(" ".join(words[k:])), words, run
        pos = text.find(_AGENT, pos + len(_AGENT))


def role_holder(text: str, role: str, lc: LanguageCues) -> str:
    """``मंत्री`` → ``रमेश वर्मा``: in a script without capitals, a role written alone stands
    for the person the article names right after that role (``मंत्री रमेश वर्मा ने``): the
    words after one of its first uses, up to a postposition or particle."""
    pos = text.find(role + " ")
    for _ in range(8):
        if pos < 0:
            break
        # up to three name words and the postposition after them ("फग्गन सिंह कुलस्ते ने")
        rest = text[pos + len(role) + 1 : pos + len(role) + 80].split(" ", 4)[:4]
        run: list[str] = []
        for w in rest:
            if w in CASE_BLIND_STOPS or w in lc.roles or w in lc.titles or _PUNCT_OR_DIGIT.search(w):
                break
            run.append(w)
        after = rest[len(run)] if run and len(run) < len(rest) else ""
        closed = after in CASE_BLIND_STOPS or after[:1] == "("
        if closed and not text[max(0, pos - 8) : pos].endswith(_FORMER):
            # the run ends at a postposition or a bracket ("मुख्यमंत्री विष्णुदेव साय (CM Sai)
            # ने"): a name, not a clause; "पूर्व मुख्यमंत्री X" is someone who held it before
            return " ".join(run)
        pos = text.find(role + " ", pos + 1)
    return role


def completed_name(text: str, word: str, lc: LanguageCues) -> str:
    """``अनुराग`` → ``अनुराग डोभाल``: in a script without capitals, the word written after it
    where the name is followed by a postposition (a bounded search from its first use)."""
    found = word
    pos = text.find(word + " ")
    for _ in range(8):
        if pos < 0:
            break
        # "शिवराज सिंह चौहान ने": up to two more name words, closed by a postposition
        rest = text[pos + len(word) + 1 : pos + len(word) + 80].split(" ", 3)[:3]
        run = _name_words(rest, lc)
        if run and len(run) < len(rest) and rest[len(run)] in CASE_BLIND_STOPS:
            found = " ".join([word, *run])
            break
        pos = text.find(word + " ", pos + 1)
    return found


def _name_words(rest: list[str], lc: LanguageCues) -> list[str]:
    """The words of ``rest`` up to the first postposition, role, title or punctuation, at
    most two (the rest of a name written after its first word)."""
    run: list[str] = []
    for w in rest[:2]:
        if w in CASE_BLIND_STOPS or w in lc.roles or w in lc.titles:
            break
        if _PUNCT_OR_DIGIT.search(w):
            break
        run.append(w)
    return run
