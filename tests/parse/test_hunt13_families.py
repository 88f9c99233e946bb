"""Rules from the failure hunt of branch s41-hunt13 (17 new real documents of shapes the eval had met little: LaTeX
notes ``\\footnote{…}`` left in Markdown written for a LaTeX build, Pandoc inline notes holding citation keys and
remarks, a citeproc bibliography in raw HTML, Russian, Ukrainian, Turkish, Chinese and German lists): each has a case
where it fires and a near miss where it must not; the data that justifies it is named with the rule (fixtures/
parse-eval, part "p41hunt13 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.markup_notes import has_markup_notes, latex_notes

TODAY = dt.date(2026, 12, 7)


def _notes(
    text: str, path: str = "x.md", fmt: str | None = "markdown"
) -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path=path, fmt=fmt, today=TODAY)  # type: ignore[arg-type]
    return {fn.label: (fn.title, fn.url) for fn in document.footnotes if not fn.label.startswith("L")}


def _links(text: str) -> list[str]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return [fn.url or "" for fn in document.footnotes if fn.label.startswith("L")]


# --- LaTeX notes left in Markdown (markup_notes.latex_notes) ----------------------------------------------------
# Data: seven documents of p41hunt13 — an R Markdown working paper of Statistics Netherlands, Beamer slides with a
# note at the end of each resource slide's heading, a Chinese rendering report, a German exercise sheet, a README
# written for GitHub and LaTeX —, their 16 notes read as none before (URLs 3/16).

_LATEX = r"""# Data

This is also reported by Statistics Netherlands:\footnote{\url{https://www.cbs.nl/nl-nl/nieuws/2018/26/minder}} in
2018 there were 5 \% fewer moves.\footnote{https://www.cbs.nl/nl-nl/nieuws/2018/04/studenten-gaan-minder-op-kamers}
Gauss needs 28 operations\footnote{\href{https://www.scipress.com/BSMaSS.4.1}{Comparison of Solution of 3x3 System
of Linear Equation in Terms of Cost}} and the rule\footnote{Performance is the inverse of the time taken.} holds.
The schedule follows the Cron format\footnote{\href{https://en.wikipedia.org/wiki/Cron}{en.wikipedia.org/wiki/Cron}}.

# Tool FTW\footnote{https://unsplash.com/photos/NL\_DF0Klepc}
"""


def test_latex_notes_are_read_where_they_stand() -> None:
    notes = _notes(_LATEX)
    assert notes["1"][1] == "https://www.cbs.nl/nl-nl/nieuws/2018/26/minder"
    assert notes["2"][1] == "https://www.cbs.nl/nl-nl/nieuws/2018/04/studenten-gaan-minder-op-kamers"
    assert notes["3"] == (
        "Comparison of Solution of 3x3 System of Linear Equation in Terms of Cost",
        "https://www.scipress.com/BSMaSS.4.1",
    )
    assert notes["4"][1] is None  # a remark
    assert notes["5"] == (None, "https://en.wikipedia.org/wiki/Cron")  # the text only shows the address
    assert notes["6"][1] == "https://unsplash.com/photos/NL_DF0Klepc"  # in a heading, its escape undone
    assert has_markup_notes(_LATEX)


def test_latex_notes_in_a_text_file() -> None:
    # A text file holding LaTeX notes goes to the Markdown reader, as one holding Org or AsciiDoc notes does.
    text = (
        "The pipeline was set up by the CLTL lab\\footnote{\\url{http://wordpress.let.vupr.nl}} last year.\n"
    )
    assert _notes(text, path="notes.txt", fmt=None)["1"][1] == "http://wordpress.let.vupr.nl"


def test_latex_note_near_misses() -> None:
    # Shown as code: the syntax documented, no note.
    assert _notes("Put URLs in notes: `\\footnote{\\url{https://example.com}}`.\n") == {}
    assert _notes("```latex\nAudio.\\footnote{\\url{https://example.com/demo/}}\n```\n") == {}
    # "\footnotetext{…}" and "\footnotemark" set a note's text or marker apart: no note of their own.
    assert latex_notes("Text\\footnotemark here.\n\n\\footnotetext{Set apart.}\n") is None
    # Markdown's escaped backslash: "\\footnote{…}" prints "\footnote{…}" as text.
    assert latex_notes("Write \\\\footnote{text} to add a note.\n") is None
    # Beside Pandoc's inline notes "^[…]" the two numberings would mix: neither LaTeX note is read.
    assert latex_notes("One^[First note.] and two\\footnote{Second note.}.\n") is None
    # Beside Markdown's own notes no other family is read (site_notes.read_site_notes).
    own = "Text[^1] and more\\footnote{https://example.org/b}.\n\n[^1]: https://example.org/a\n"
    assert _notes(own) == {"1": (None, "https://example.org/a")}
    # An unclosed note (a blank line before its brace) is none.
    assert latex_notes("Text\\footnote{open\n\nstill open}.\n") is None


# --- An address in a LaTeX argument ends at its closing brace (markdown.py, bare URLs) ---------------------------
# Data: two documents of p41hunt13 (the Chinese report's "\href{https://github.com/miloyip/svpng}{svpng}来输出…",
# the README's "\href{…/cronjob.yaml}{\texttt{cronjob.yaml}}"): 12 links read with "}{text}" glued to the address.


def test_address_in_a_latex_argument_ends_at_its_brace() -> None:
    text = (
        "使用了非常简短易用的\\href{https://github.com/miloyip/svpng}{svpng}来输出png格式的图片。\n\n"
        "Adjust it in the \\href{https://github.com/m/d/blob/master/cronjob.yaml}{\\texttt{cronjob.yaml}} file.\n"
    )
    assert _links(text) == [
        "https://github.com/miloyip/svpng",
        "https://github.com/m/d/blob/master/cronjob.yaml",
    ]


def test_address_with_braces_elsewhere_is_kept() -> None:
    # A URL template's "{id}" is no LaTeX argument: the address does not open right after "{".
    assert _links("Call https://api.example.com/users/{id}/posts to list them.\n") == [
        "https://api.example.com/users/{id}/posts"
    ]


# --- One Pandoc inline note holding a web address alone (markdown._mark_inline_notes) ----------------------------
# Data: p41hunt13's Obsidian note on the cardinality of a set, whose one note "…of a set.^[https://ru.wikipedia.org/
# wiki/Мощность_множества#Примеры]" stands in a callout: read as a link of the prose before (two notes were needed).


def test_one_inline_note_of_an_address_alone_is_read() -> None:
    text = ">- We cannot list all elements of a set.^[https://ru.wikipedia.org/wiki/Мощность_множества#Примеры]\n"
    assert _notes(text) == {"1": (None, "https://ru.wikipedia.org/wiki/Мощность_множества#Примеры")}


def test_one_inline_note_near_misses() -> None:
    # One note of words stays text, as before: "^[" stands in formulas and code too.
    assert _notes("The interval $x^[a, b]$ is closed.\n") == {}
    assert _notes("A remark^[This book is generally referred to as ISL.] in passing.\n") == {}
    # In a code span the address is code.
    assert _notes("Write `note.^[https://example.org/x]` for an inline note.\n") == {}
