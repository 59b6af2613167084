"""Given names that tell a speaker's sex, for choosing whom ``he`` / ``she`` stands for.

Data only. The names are common given names that public birth-name statistics record as given
almost only to one sex: the US Social Security Administration's national baby-name counts and
the UK Office for National Statistics' baby-name lists (names in their most common few hundred
for one sex and rare for the other), with a few frequent names of the regions this corpus of
news covers (South Asia, Africa, the Gulf) from the same kind of national statistics. A name
given to both sexes in numbers (``Jordan``, ``Andrea``, ``Jean``, ``Kelly``, ``Jamie``,
``Chris``) is left out: no evidence is better than wrong evidence. Users may pass their own
tables (see :func:`sex_of`).
"""

from __future__ import annotations

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
"""Given names recorded almost only for girls and women."""

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
"""Given names recorded almost only for boys and men (names given to both sexes left out)."""


def sex_of(name: str, female: frozenset[str] = FEMALE_NAMES, male: frozenset[str] = MALE_NAMES) -> str | None:
    """``"she"`` or ``"he"`` when the first word of ``name`` is a given name of one sex, else None.

    >>> sex_of("Ada Limon"), sex_of("Tony Fernandes"), sex_of("Reserve Bank"), sex_of("Jordan Reyes")
    ('she', 'he', None, None)
    """
    first = name.split(" ", 1)[0]
    if first in female:
        return "she"
    if first in male:
        return "he"
    return None
