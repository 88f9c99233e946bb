"""Rules from heldback-p37hunt9 and heldback-p38md, spent on branch s41-hb (studied, misses printed).

Each family's case fails on main before the branch; each near miss (a similar input the rule must not fire on)
passes before and after. The inputs are written for the test, in the shape of the documents named in the
modules' comments, not copied from them.
"""

from __future__ import annotations

import datetime as dt

from citecheck.models import Footnote
from citecheck.parse import styles
from citecheck.parse.document import parse_text

TODAY = dt.date(2026, 12, 1)


def _note(body: str) -> Footnote:
    document = parse_text(f"A claim.[^1]\n\n[^1]: {body}\n", fmt="markdown", today=TODAY)
    (footnote,) = document.footnotes
    return footnote


# --- the last author after a comma and the language's "and" (styles._OTHER_LAST_NAME_AND) ----------------------


def test_french_et_before_the_last_author() -> None:
    note = _note(
        "Voir Lemaire, Claire, et Paul Vasseur-Martin. *Les revues à l’ère du numérique.* Belin, 2019, p. 12."
    )
    assert note.title == "Les revues à l’ère du numérique"
    assert styles._is_person("et Paul Vasseur-Martin")


def test_german_und_before_the_last_author() -> None:
    note = _note("Vgl. Krämer, Jonas, und Eva Lindner. *Geschichte der Druckerpresse.* Hanser, 2017, S. 40.")
    assert note.title == "Geschichte der Druckerpresse"


def test_the_conjunction_needs_a_name_after_it() -> None:
    # Near miss: "et" before a lower-case word is no author's name, and Dutch "en" (French "in") is not read.
    assert not styles._is_name_part("et société")
    assert not styles._is_person("et société numérique")
    assert not styles._is_name_part("en Python")


# --- a commentary clause before the signal and the author (styles._CLAUSE_THEN_SIGNAL) ----------------------


def test_clause_before_voir_and_the_author() -> None:
    note = _note(
        "Sur le rôle des éditeurs, voir Lemaire, Claire, et Paul Vasseur-Martin. *Les revues à l’ère du numérique.* "
        "Belin, 2019"
    )
    assert note.title == "Les revues à l’ère du numérique"


def test_clause_before_see_and_the_author() -> None:
    note = _note(
        "For a fuller account of the trade, see Hartley, Rose. *Paper Mills of Kent.* Batsford, 2004."
    )
    assert note.title == "Paper Mills of Kent"


def test_clause_whose_signal_points_at_no_name_is_kept() -> None:
    # Near miss: "see" before a title in emphasis, no "Surname, Given" after it: the title is found as before.
    note = _note("For a fuller account of the trade, see *Paper Mills of Kent*, Batsford, 2004.")
    assert note.title == "Paper Mills of Kent"


# --- an example signal alone before the address (entries._EXAMPLE_SIGNAL) -------------------------------------


def test_notamment_alone_before_addresses() -> None:
    note = _note("Notamment : <https://patterns.example.org/> ; <http://guides.example.net/>")
    assert note.title is None
    assert note.url == "https://patterns.example.org/"


def test_for_example_alone_before_an_address() -> None:
    note = _note("For example: https://patterns.example.org/")
    assert note.title is None


def test_a_name_before_the_address_is_kept() -> None:
    # Near miss: a name (no example signal) before the address is the title.
    note = _note("Pattern Library: https://patterns.example.org/")
    assert note.title == "Pattern Library"


# --- prose with its addresses in brackets after it (wiki_prose.prose_before_bracketed_addresses) --------------


def test_prose_before_bracketed_addresses() -> None:
    note = _note(
        "And, by the way, there isn't much written on the mailing list either "
        "(https://lists.example.org/thread/1234 and https://lists.example.org/thread/5678)"
    )
    assert note.title is None
    assert note.url == "https://lists.example.org/thread/1234"


def test_a_title_before_its_bracketed_address_is_kept() -> None:
    # Near misses: a sentence-case title with no comma, and a capitalised title with one.
    assert _note("Pros and cons of the archive storage engine (https://q.example.org/612)").title == (
        "Pros and cons of the archive storage engine"
    )
    assert _note("Designing Storage Engines, Lessons From Ten Years of Work (https://q.example.org/9)").title


# --- a sentence quoted after a clause of prose (wiki_prose.quotation_after_saying_clause) --------------------


def test_quoted_sentence_after_a_french_clause() -> None:
    note = _note("On lit d’ailleurs sur la page du projet : « *Ce livre est en cours d’écriture.* »")
    assert note.title is None


def test_quoted_sentence_after_an_english_clause() -> None:
    note = _note("The author writes on the book's home page: “This book is still being written.”")
    assert note.title is None


def test_quoted_title_after_a_pointer_is_kept() -> None:
    # Near misses: a pointer before the quotation ("see"), a title quoted without its own stop.
    assert _note("For more on this, see the company's blog post: “Announcing the New Press.”").title == (
        "Announcing the New Press"
    )
    assert _note("Voir l’article de la revue : « Le titre de l’article ».").title == "Le titre de l’article"
