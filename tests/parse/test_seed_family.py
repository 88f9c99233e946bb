"""Rules learnt from the seed family's calibration documents (branch p12-seedstyle): analyses, reports,
lessons and READMEs whose notes carry a title, a site, a URL and an access date under a label in the
document's language (fixtures/parse-eval/README.md, "Branch p12-seedstyle"). Each rule has a test where it
fires and a near miss where it must not; the data behind each is named in its code comment.

1. French "visionnée le 28/11/2024" (viewed on) dates a video's reading as "consulté le" dates a page's
   (dates._ACCESS_LABELS["fr"]); "visionnée" without "le" and a date is no label.
2. GOST R 7.0.100-2018's content-form area "– Текст : электронный" after the title is no part of the title
   (styles._without_gost_content_area); inside a title, or without its dash, it stays.
3. LaTeX's low quotation mark typed ",," and closed with two apostrophes, ",,Title''", is read as „Title“
   as the straight-quote close already was (typography._LATEX_LOW_QUOTES_APOSTROPHES); apostrophes glued
   to a word are no close.
4. Initialled author names right before a quoted title, with no comma ("S. Jadach „Title“ Journal"), stand
   apart from it (quoted_spans._initialled_names); a plain word before a quotation does not.
5. French ISO 690 by hand, "Given SURNAME. Title. URL": the name sentence is the author's, the title follows
   (styles._GIVEN_CAPS_NAMES); an acronym alone ("NASA. Title") or a capitalised title word is no name.
"""

from __future__ import annotations

from citecheck.models import Footnote

from .conftest import parsed_notes as _notes


def _entries(text: str, name: str = "doc.md") -> list[Footnote]:
    return [fn for fn in _notes(text, name) if fn.kind != "inline"]


def _sources(items: list[str]) -> str:
    return "## Sources\n\n" + "\n".join(f"- {item}" for item in items) + "\n"


def test_visionnee_le_dates_a_video_source() -> None:
    notes = _entries(
        _sources(
            [
                "[« The Waggle Dance »](https://video.example.org/w1), College of Computing, 03/02/2011 "
                "(visionnée le 28/11/2024).",
                "[« Bee language »](https://video.example.org/w2), NativLang, 20/12/2014 (visionnée le 27/11/2024)",
                "https://pages.example.org/abeilles (consulté le 02/12/2024)",
            ]
        )
    )
    assert [str(fn.access_date) for fn in notes] == ["2024-11-28", "2024-11-27", "2024-12-02"]


def test_visionnee_without_le_and_date_is_no_label() -> None:
    notes = _entries(
        _sources(
            [
                "[« Danse filmée et visionnée en classe »](https://video.example.org/w1), Lycée, 2011.",
                "[« Deuxième vidéo »](https://video.example.org/w2), Lycée, 2014.",
            ]
        )
    )
    assert [fn.access_date for fn in notes] == [None, None]
    assert notes[0].title == "Danse filmée et visionnée en classe"


def _gost(entries: list[str]) -> str:
    lines = "\n".join(f"{n}. {e}" for n, e in enumerate(entries, 1))
    return "## Источники\n\n" + lines + "\n"


def test_gost_content_area_is_no_part_of_the_title() -> None:
    notes = _entries(
        _gost(
            [
                "clock_gettime(3) : Linux manual page. – Текст : электронный // Linux man-pages. – URL: "
                "https://man.example.org/clock_gettime.3.html (дата обращения: 19.09.2026).",
                "Signals overview : manual page. – Текст : электронный // Linux man-pages. – URL: "
                "https://man.example.org/signal.7.html (дата обращения: 19.09.2026).",
            ]
        )
    )
    assert notes[0].title == "clock_gettime(3) : Linux manual page"
    assert notes[1].title == "Signals overview : manual page"
    assert str(notes[0].access_date) == "2026-09-19"


def test_text_word_inside_a_title_stays() -> None:
    notes = _entries(
        _gost(
            [
                "Текст и электронный документ : учебник // Наука. – URL: https://books.example.org/a "
                "(дата обращения: 19.09.2026).",
                "Анализ текста : электронный курс // Наука. – URL: https://books.example.org/b "
                "(дата обращения: 19.09.2026).",
            ]
        )
    )
    assert notes[0].title is not None and notes[0].title.startswith("Текст и электронный документ")
    assert notes[1].title is not None and notes[1].title.startswith("Анализ текста : электронный курс")


def _bracketed(entries: list[str]) -> str:
    return "Bibliography:\n\n" + "\n\n".join(f"[{n}] {e}" for n, e in enumerate(entries, 1)) + "\n"


def test_low_quotes_closed_by_two_apostrophes_quote_the_title() -> None:
    notes = _entries(
        _bracketed(
            [
                "P. Lebiedowicz, A. Szczurek ,,Exclusive reaction: from the threshold to LHC'', arXiv:0912.0190",
                "S. Jadach ,,Foam: A General-Purpose Cellular Monte Carlo Event Generator'', arXiv:physics/0203033",
                "S. Jadach ,,Rapidity Generator for Monte-Carlo Calculations'' Comp. Phys. Comm. 9 (1975) 297",
            ]
        ),
        name="doc.txt",
    )
    assert [fn.title for fn in notes] == [
        "Exclusive reaction: from the threshold to LHC",
        "Foam: A General-Purpose Cellular Monte Carlo Event Generator",
        "Rapidity Generator for Monte-Carlo Calculations",
    ]


def test_apostrophes_glued_to_a_word_close_nothing() -> None:
    notes = _entries(
        _bracketed(
            [
                "Rock,,n''roll history of the guitar amplifier, Sound Press, https://sound.example.org/a",
                "Guitar amplifiers and their history, Sound Press, https://sound.example.org/b",
            ]
        ),
        name="doc.txt",
    )
    assert notes[0].title is not None and "„" not in notes[0].title


def test_initialled_names_before_a_quoted_title_stand_apart() -> None:
    notes = _entries(
        _bracketed(
            [
                "S. Jadach „Rapidity Generator for Monte-Carlo Calculations“ Comp. Phys. Comm. 9 (1975) 297",
                "A. B. Smith and C. Jones „Cellular event generators“ Comp. Phys. Comm. 10 (1976) 12",
            ]
        ),
        name="doc.txt",
    )
    assert [fn.title for fn in notes] == [
        "Rapidity Generator for Monte-Carlo Calculations",
        "Cellular event generators",
    ]


def test_a_word_before_a_quotation_keeps_it_in_the_title() -> None:
    notes = _entries(
        _bracketed(
            [
                'Why "Big Data" matters for physics, Physics Press, https://physics.example.org/a',
                'Notes on "Open Data" in science, Physics Press, https://physics.example.org/b',
            ]
        ),
        name="doc.txt",
    )
    assert notes[0].title is not None and notes[0].title.startswith("Why")
    assert notes[1].title is not None and notes[1].title.startswith("Notes on")


def test_given_name_and_capitals_surname_open_the_entry_as_author() -> None:
    notes = _entries(
        _sources(
            [
                "David ROCHE. Architectures matérielles et systèmes d'exploitation. "
                "[https://nsi.example.org/a.html](https://nsi.example.org/a.html) (Consulté le 30 mars 2020)",
                "Jean Paul SARTRE et Simone WEIL. Réseaux et protocoles. https://nsi.example.org/b.html "
                "(Consulté le 30 mars 2020)",
            ]
        )
    )
    assert [fn.title for fn in notes] == [
        "Architectures matérielles et systèmes d'exploitation",
        "Réseaux et protocoles",
    ]


def test_an_acronym_or_a_title_opening_in_capitals_is_no_author() -> None:
    notes = _entries(
        _sources(
            [
                "NASA. Mars exploration overview. https://nsi.example.org/c.html (Consulté le 30 mars 2020)",
                "Guide HTML. Notes de cours. https://nsi.example.org/d.html (Consulté le 30 mars 2020)",
            ]
        )
    )
    assert notes[0].title != "Mars exploration overview" or notes[0].publisher == "NASA"
    assert notes[1].title is not None and notes[1].title.startswith("Guide HTML")
