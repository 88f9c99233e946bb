"""Rules learnt from the studied heldback-27 part of the parse eval (branch p10-hb27tune), by family of
shapes. The entries are shaped like the real ones (fixtures/parse-eval, heldback-27, and the
calibration documents named beside each rule); names and URLs are invented. Each test pairs the
shape with a near miss the rule must leave alone.

(1) Typst source: a link call inside a styling call ("#underline(link("URL"))", "#underline[#link("URL")]",
    Typst underlines no link by default) is markup around the address, and labels may open in
    capitals ("<AdR>"): heldback-27's Italian technical specification, twelve sources, nine titles
    read with the call's debris ("… sulla Progettazione: #underline(link"); the three calibration
    Typst lists write bare "#link(" calls and are unchanged.

Measured on heldback-27 (titles / URLs / access dates / publishers right of 131 / 134 / 134 / 113;
notes found of 134): before 65 / 104 / 132 / 83, 119 found; every step in
fixtures/parse-eval/README.md ("heldback-27: studied on branch p10-hb27tune"). No part lost a field.
"""

from __future__ import annotations

from .conftest import parsed_notes as _notes


def _entries(text: str, name: str = "doc.md") -> list:  # type: ignore[type-arg]
    return [fn for fn in _notes(text, name) if fn.kind != "inline"]


# (1) Typst: a link call wrapped in a styling call (heldback-27's "Riferimenti" of a course project).
_TYPST = (
    "== Riferimenti\n"
    "=== Riferimenti Informativi\n"
    "- *Dispense del Corso sulla Progettazione*: \\\n"
    '  #underline(link("https://www.example.edu/~prof/IS-1/2025/Dispense/T06.pdf")) \\\n'
    "  (ultimo accesso: *05/03/2026*)\n"
    "- *Dispense del Corso sui Diagrammi delle Classi*: <ddC> \\\n"
    '  #underline[#link("https://www.example.edu/~prof/swea/2023/Diagrammi.pdf")] \\\n'
    "  (ultimo accesso: *05/03/2026*)\n"
)


def test_typst_link_call_inside_a_styling_call_is_markup() -> None:
    notes = _entries(_TYPST, "spec.txt")
    assert [fn.title for fn in notes] == [
        "Dispense del Corso sulla Progettazione",
        "Dispense del Corso sui Diagrammi delle Classi",
    ]
    assert notes[1].url == "https://www.example.edu/~prof/swea/2023/Diagrammi.pdf"
    assert notes[0].access_date is not None and notes[0].access_date.isoformat() == "2026-03-05"


def test_typst_link_call_with_its_own_text_keeps_the_text() -> None:
    # Near miss: a bare link call whose text names the work (a calibration Typst list's shape).
    text = (
        "== Riferimenti\n"
        '- #link("https://www.example.org/docs/NdP.pdf")[Norme di progetto (1.0.0)] \\\n'
        "  *Ultimo Accesso 5 Febbraio 2025*\n"
        '- #link("https://www.example.org/docs/AdR.pdf")[Analisi dei requisiti (1.0.0)] \\\n'
        "  *Ultimo Accesso 5 Febbraio 2025*\n"
    )
    notes = _entries(text, "plan.txt")
    assert [fn.title for fn in notes] == ["Norme di progetto (1.0.0)", "Analisi dei requisiti (1.0.0)"]
