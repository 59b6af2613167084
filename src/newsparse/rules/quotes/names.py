"""Given names that tell a speaker's sex, for choosing whom ``he`` / ``she`` stands for.

Data only. Two sources, merged on first use (nothing is read at import time):

* ``first_names.txt`` beside this module: the 2,500 most frequent given names of each sex in the
  US Social Security Administration's national baby-name counts (public domain; births from 1930
  on) that were given to one sex in at least 98% of births, less names given to both sexes in
  the other countries whose news we read (``Andrea``, ``Simone``, ``Jean``). It is rebuilt by
  ``tools/build_first_names.py`` from the SSA download.
* the short lists below: frequent given names of the regions this corpus of news covers (South
  Asia, Africa, the Gulf, Europe) from the same kind of national statistics, which the US counts
  miss or under-count.

A name given to both sexes in numbers (``Jordan``, ``Kelly``, ``Jamie``, ``Chris``) is in neither
table: no evidence is better than wrong evidence. Users may pass their own tables (see
:func:`sex_of`).
"""

from __future__ import annotations

import functools

_FEMALE = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty
    Margaret Sandra Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie
    Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen
    Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie
    Olivia Joyce Virginia Victoria Lauren Christina Joan Evelyn Judith Megan Cheryl
    Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Abigail Alice
    Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie
    Brittany Charlotte Marie Kayla Lori Jane Susan Claire Fiona Siobhan Aoife Niamh Sinead
    Chloe Sophie Lucy Ella Mia Amelia Isla Ava Poppy Freya Ellie Zoe Holly Gemma Kirsty Leanne
    Joanne Tracey Nikki Kamala Hillary Nancy Dianne Susan Elise Nikki Valerie Gayle Ada Fiona Jo
    Priya Pooja Anjali Sunita Kavita Neha Deepika Aishwarya Nirmala Smriti Sonia Priyanka Mamata
    Mayawati Sushma Indira Lakshmi Meena Rekha Shweta Swati Divya Shreya Aarti Fatima Aisha Ayesha
    Zainab Maryam Khadija Amina Nadia Leila Layla Yasmin Noura Ngozi Chioma Adaeze Funmilayo
    Olga Irina Natalia Svetlana Tatiana Anastasia Ingrid Astrid Greta Sofia Giulia Francesca
    Chiara Isabel Carmen Lucia Ana Marta Beatriz Ursula Angela Annalena Marine Emmanuelle"""

FEMALE_NAMES: frozenset[str] = frozenset(_FEMALE.split())
"""Regional given names recorded almost only for girls and women (added to the SSA table)."""

_MALE = """James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel
    Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
    Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon
    Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam
    Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry
    Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel
    Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason
    Philip Louis Harry Oliver Liam Callum Connor Declan Ciaran Eoin Niall Conor Gavin Colin
    Neil Graham Ian Stuart Alistair Hamish Angus Rory Leo Tony Ron Mitch Vivek Tim Ben Ted
    Bernie Joe Barack Boris Keir Rishi Narendra Rahul Amit Arvind Rajnath Nitin Piyush Manish Pappu
    Nitish Lalu Tejashwi Akhilesh Yogi Suresh Ramesh Rajesh Mahesh Ganesh Dinesh Sanjay
    Vijay Ajay Anil Sunil Ashok Rakesh Mukesh Gautam Ravi Raj Arjun Rohit Virat Sachin Jairam
    Shashi Mohammed Muhammad Mohammad Ahmed Ali Omar Hassan Hussein Ibrahim
    Yusuf Abdullah Khalid Mahmoud Tariq Imran Bilal Emeka Chinedu Oluwaseun Tunde Kwame Kofi
    Tawanda Emmerson Vladimir Sergei Dmitry Alexei Ivan Volodymyr Olaf Friedrich Emmanuel
    Francois Jean-Luc Matteo Giuseppe Carlos Miguel Jorge Luis Pedro Antonio Xi Recep
    Benjamin Binyamin Yair Antony Lloyd Gordon Rudy Jim Bill Bob Tom Dick Steve Dave Mike Rob Al
    Thomas Allan Alfie Sean Ron Ken Kenneth"""

MALE_NAMES: frozenset[str] = frozenset(_MALE.split()) - {"Jordan"}  # Jordan: given to both sexes
"""Regional given names recorded almost only for boys and men (added to the SSA table)."""


@functools.cache
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """The merged tables (female, male), in lower case: the SSA table plus the regional lists.

    Read once, on the first call. A name that one source gives to each sex is dropped.

    >>> female, male = given_names()
    >>> "valerie" in female, "cesar" in male, "jordan" in female | male
    (True, True, False)
    """
    # Through the module's loader (zipped or not): importlib.resources would import zipfile,
    # ~2 ms of a cold start (#8).
    import pkgutil

    raw = pkgutil.get_data(__name__, "first_names.txt")
    if raw is None:  # a loader that cannot read data files
        raise FileNotFoundError(f"{__name__}: first_names.txt")
    text = raw.decode("utf-8")
    tables: dict[str, set[str]] = {"female": set(), "male": set()}
    current: set[str] | None = None
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            current = tables.get(line.strip("[] \n"))
            continue
        if current is not None:
            current.update(line.split())
    female = tables["female"] | {n.lower() for n in FEMALE_NAMES}
    male = tables["male"] | {n.lower() for n in MALE_NAMES}
    both = female & male
    return frozenset(female - both), frozenset(male - both)


def _given(name: str) -> str:
    """The given name of ``name`` in lower case: its first word that is not an initial (``J.``),
    and of a hyphenated one its first part too (``Anna-Lena`` → ``anna-lena``, then ``anna``)."""
    for word in name.split(" ", 3)[:3]:
        core = word.strip(".,")
        if len(core) > 1 and not word.endswith("."):
            return core.lower()
    return ""


def sex_of(name: str, female: frozenset[str] | None = None, male: frozenset[str] | None = None) -> str | None:
    """``"she"`` or ``"he"`` when the given name of ``name`` is a name of one sex, else None: by
    default from the merged tables (:func:`given_sex`); ``female`` / ``male`` are tables of your
    own (names as written, ``"Valerie"``, matched against the first word), read instead.

    >>> sex_of("Ada Limon"), sex_of("Tony Fernandes"), sex_of("Reserve Bank"), sex_of("Jordan Reyes")
    ('she', 'he', None, None)
    >>> sex_of("Ola Berg", female=frozenset({"Ola"})), sex_of("Ada Limon", female=frozenset())
    ('she', None)
    """
    if female is None and male is None:
        return _sex_by_table(name)
    first = name.split(" ", 1)[0]
    if female is not None and first in female:
        return "she"
    if male is not None and first in male:
        return "he"
    return None


def given_sex(name: str) -> str | None:
    """``"she"`` or ``"he"`` when the given name of ``name`` is a name of one sex in the merged
    tables (:func:`given_names`: the SSA table and the regional lists), else None. The first word
    that is not an initial is the given name; a hyphenated one is read whole, then its first part.

    >>> given_sex("Ada Limon"), given_sex("Cesar Ruiz"), given_sex("Reserve Bank"), given_sex("Jordan Reyes")
    ('she', 'he', None, None)
    >>> given_sex("J. Valerie Okafor"), given_sex("Anna-Lena Berg")
    ('she', 'she')
    """
    return _sex_by_table(name)


@functools.lru_cache(maxsize=4096)
def _sex_by_table(name: str) -> str | None:
    """:func:`given_sex`, each name looked up once."""
    given = _given(name)
    if not given:
        return None
    fem, mal = given_names()
    for key in (given, given.split("-", 1)[0]) if "-" in given else (given,):
        if key in fem:
            return "she"
        if key in mal:
            return "he"
    return None


# Given names borne by both sexes in numbers (left out of both tables above): no sex, but still
# a given name, so ``Chris Early`` is a person even where the article writes ``early`` in lower case.
_SHARED = """Chris Jordan Kelly Jamie Alex Sam Taylor Casey Robin Pat Leslie Lee Morgan Dana Terry Kim
    Andrea Simone Jean Sasha Jody Jackie Charlie Frankie Toni Riley Avery Quinn Cameron Drew Kerry
    Shannon Jo Jess Sydney Stacey Tracy Lindsay Lindsey Ashley Blair Shelby Reese Rowan Skyler Peyton
    Hayden Emerson Harper Finley Ariel Billie Bobbie Carey Corey Devon Eden Elliot Elliott Francis
    Jessie Joss Kai Kendall Lou Marion Max Mel Micah Nicky Noel Parker Remy Sage Shiloh Val Yuri"""

SHARED_NAMES: frozenset[str] = frozenset(_SHARED.split())
"""Given names of both sexes: evidence of a person, none of their sex."""


def has_given_name(name: str) -> bool:
    """Whether the first word of ``name`` (not an initial) is a given name of the tables, of
    either sex or of both (``Chris Early``, ``Ada Limon``; not ``Reserve Bank``).

    >>> has_given_name("Chris Early"), has_given_name("Ada Limon"), has_given_name("Reserve Bank")
    (True, True, False)
    """
    if _sex_by_table(name) is not None:
        return True
    given = _given(name)
    return bool(given) and given.capitalize() in SHARED_NAMES and " " in name.strip()
