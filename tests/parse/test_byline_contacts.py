"""An author's contact line under an article's by-line, led by the author's superscript number
("²grigv_84@mail.ru, https://orcid.org/…"), is no note: fixtures/parse-eval-docx4
ru-statya-spisok-istochnikov-finansy-semyi.docx read its Russian and English by-lines' contact lines as
note 2 twice ("defined twice", an error) and, in Markdown, the same lines made every note a duplicate.
The documents below are invented in that shape."""

from __future__ import annotations

from citecheck.models import Document
from citecheck.parse import parse_text

from .conftest import TODAY

_BYLINE = "# Widget finances\n\nJohn Doe<sup>1</sup>, Jane Roe<sup>2</sup>\n\n{first}\n\n{second}\n\n"
_NOTES = (
    "Families keep budgets in apps.[1] Few save.[2]\n\n## References\n\n"
    "1. Doe J. Widgets at home. Acme, 2020. https://w.example/a\n"
    "2. Roe J. Saving less. Acme, 2021. https://w.example/b\n"
)


def _md(text: str) -> Document:
    return parse_text(text, path="doc.md", fmt="markdown", today=TODAY)


def test_contact_lines_under_the_byline_are_no_notes() -> None:
    doc = _md(
        _BYLINE.format(
            first="<sup>1</sup> doe@mail.example, https://orcid.org/0000-0001-2345-6789",
            second="<sup>2</sup> E-mail: roe@mail.example; ORCID: https://orcid.org/0000-0002-2345-6789",
        )
        + _NOTES
    )
    notes = [fn for fn in doc.footnotes if fn.kind == "footnote"]
    assert [(fn.label, fn.url) for fn in notes] == [
        ("1", "https://w.example/a"),
        ("2", "https://w.example/b"),
    ]
    assert not [f for f in doc.findings if f.severity == "error"]


def test_superscript_led_notes_that_cite_a_work_stay_notes() -> None:
    # Near miss: Word's endnotes come out of a conversion led by their superscript numbers.
    doc = _md(
        "Families keep budgets in apps.<sup>1</sup> Few save.<sup>2</sup>\n\n"
        "<sup>1</sup> Doe J. Widgets at home. Acme, 2020. https://w.example/a\n\n"
        "<sup>2</sup> Roe J., contact roe@mail.example. Saving less. Acme, 2021. https://w.example/b\n"
    )
    assert [(fn.label, fn.url) for fn in doc.footnotes if fn.kind == "footnote"] == [
        ("1", "https://w.example/a"),
        ("2", "https://w.example/b"),
    ]
