"""Rules learnt from the spent heldback-6 part of the parse eval (branch p10-hb6tune): source tables
with scheme-less hosts, Harvard as word processors and Google Scholar write it (fields on lines of
their own, the year unbracketed), lines framed by pipes, ABNT's bold main title before a plain
subtitle, BibTeX author lists given names first, IEEE's comma inside the closing quote, corporate
authors with their initials as a field, GOST author lists before a bold title, APA entries titled
first. The entries are shaped like the real ones (fixtures/parse-eval, heldback-6 and the
calibration documents added with it); the names and URLs are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse.blocks import bare_host_url
from citecheck.parse.styles import Mark, title_and_publisher

from .test_source_lists import _fields, _notes


def test_source_table_hosts_without_a_scheme_and_a_dated_row_without_a_link() -> None:
    text = (
        "## Evidence Log\n\n| Source | URL | Retrieved |\n|---|---|---|\n"
        "| Club Homepage | clubsite.example.com | 2026-04-07 |\n"
        "| Local News Story | news.example.ca/story/club-legacy-123 | 2026-04-07 |\n"
        "| Competitor | rival.ca | 2026-04-07 |\n"
        "| Redirect Test | Browser automation | 2026-04-07 |\n"
    )
    notes = _notes(text)
    assert _fields(notes) == [
        ("1", "Club Homepage", "https://clubsite.example.com"),
        ("2", "Local News Story", "https://news.example.ca/story/club-legacy-123"),
        ("3", "Competitor", "https://rival.ca"),
        ("4", "Redirect Test", None),
    ]
    assert all(fn.access_date == dt.date(2026, 4, 7) for fn in notes)


@pytest.mark.parametrize("cell", ["README.md", "`server/lib/x.js`", "n/a — local file", "Browser automation"])
def test_a_file_name_or_a_code_span_in_a_link_column_is_no_host(cell: str) -> None:
    assert bare_host_url(cell) is None


def test_harvard_fields_on_lines_of_their_own_stay_one_entry() -> None:
    text = (
        "# Bibliography\n\n"
        "* Doe, J., 2017. A Tutorial on Frames. [Online] \nAvailable at: https://tutorials.example/frames\n"
        "[Accessed 1 April 2019].\n"
        "* Roe, R., 1935. The Plants of the North. Bulletin of the Example Society, Volume 5, pp. 2 - 5.\n"
        "* Example Data Site, 2019. ExampleData.com. [Online] \nAvailable at: http://www.exampledata.example/\n"
        "[Accessed 2 April 2019].\n"
    )
    notes = _notes(text)
    assert _fields(notes) == [
        ("1", "A Tutorial on Frames", "https://tutorials.example/frames"),
        ("2", "The Plants of the North", None),
        ("3", "ExampleData.com", "http://www.exampledata.example/"),
    ]
    assert [fn.access_date for fn in notes] == [dt.date(2019, 4, 1), None, dt.date(2019, 4, 2)]


@pytest.mark.parametrize(
    ("head", "title", "publisher"),
    [
        (
            "Doe, J. and Roe, H.J., 2014, February. Computation of shared keys over wireless networks. In "
            "The International Conference on Examples 2014 (pp. 578-582). IEEE.",
            "Computation of shared keys over wireless networks",
            "IEEE",
        ),
        (
            "Doe, B., Roe, X., Poe, P. and Moe, I., 2018. An overview of default passwords. In Digital "
            "Examples: 9th Conference (pp. 195-203). Springer International Publishing.",
            "An overview of default passwords",
            "Springer International Publishing",
        ),
        (
            "Poe, A. & Moe, J. S., n.d. Report on an Example Data Set. African Example Institute.",
            "Report on an Example Data Set",
            None,
        ),
        ("Example Software Foundation, 2023. ssl — wrapper for sockets. ", "ssl — wrapper for sockets", None),
        ("Doe, J. 2023 Linter - A security linter for code. ", "Linter - A security linter for code", None),
    ],
)
def test_harvard_year_unbracketed(head: str, title: str, publisher: str | None) -> None:
    found = title_and_publisher(head)
    assert found[0] == title
    if publisher is not None:
        assert found[1] == publisher


def test_a_year_run_into_capitals_follows_initials_only() -> None:
    # "ERA 2012 Versus …": no author list before the year, so the year is the title's.
    assert title_and_publisher("ERA 2012 Versus ERA 2010: Like the Curate's Egg. ")[0] != (
        "Versus ERA 2010: Like the Curate's Egg"
    )


def test_a_line_framed_by_pipes_outside_a_table_loses_them() -> None:
    text = (
        "### Zdroje\n"
        "| Informace o knize: Example. Wikipedie [online]. - [cit. 2022-12-24]. Dostupné z: "
        "https://cs.wikipedia.example/wiki/Example |\n"
        "| Informace o autorovi: Jan Doe. Wikipedie [online]. - [cit. 2022-12-24]. Dostupné z: "
        "https://cs.wikipedia.example/wiki/Jan_Doe |\n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "Informace o knize: Example",
        "Informace o autorovi: Jan Doe",
    ]


def test_abnt_bold_main_title_goes_on_with_its_plain_subtitle() -> None:
    head = "DOE, Jan. Transforming Examples: A Critical Theory Revisited. Example University Press, 2002."
    marks = [Mark("em", "Transforming Examples:")]
    assert title_and_publisher(head, marks) == (
        "Transforming Examples: A Critical Theory Revisited",
        "Example University Press",
    )
    # Link text closed by a colon is followed by a description, not a subtitle.
    linked = [Mark("link", "The Example Channel:", "https://video.example/c")]
    assert (
        title_and_publisher("The Example Channel: a wealth of tutorials", linked)[0] == "The Example Channel"
    )


@pytest.mark.parametrize(
    ("head", "marks", "title"),
    [
        (
            "G. Doe and J. Roe. Efficient schemes for total energy calculations. Phys. Rev. B, 54:11169, 1996.",
            [Mark("em", "Phys. Rev. B")],
            "Efficient schemes for total energy calculations",
        ),
        (
            "John L. Doe and Chris G. Van de Roe. Predicted energies of defects. npj Examples, 3:12, 2017.",
            [Mark("em", "npj Examples")],
            "Predicted energies of defects",
        ),
        # IEEE: the comma inside the closing quote before a lower-case container.
        (
            'F. M. Doe, G. Roe, and G. Poe, "YAGO: A Core of Knowledge," in Proc. 16th Conf. (EX \'07), 2007.',
            [],
            "YAGO: A Core of Knowledge",
        ),
        (
            'J. Doe, "IPFS — Content Addressed, P2P File System," arXiv preprint arXiv:1407.0000, 2014.',
            [],
            "IPFS — Content Addressed, P2P File System",
        ),
        # A corporate author with its initials as a field of their own (in any order: ISO).
        (
            "International Organization for Standardization, ISO, ISO 22301:2019 Security and resilience, 2019.",
            [],
            "ISO 22301:2019 Security and resilience",
        ),
        (
            "Bundesamt für Sicherheit in der Informationstechnik, BSI, IT-Grundschutz-Kompendium, Bonn: "
            "Example Verlag, 2023.",
            [],
            "IT-Grundschutz-Kompendium",
        ),
        # GOST: authors alone before the bold title.
        (
            "Doe W., Roe E., Poe A. Using MPI: Portable Parallel Programming. — 3rd ed. — MIT Press, 2014.",
            [Mark("em", "Using MPI: Portable Parallel Programming")],
            "Using MPI: Portable Parallel Programming",
        ),
        # APA titled first: the head before the date reads as a title, the field after it is the site.
        (
            "Support vector machines: The separable case. (z.d.). nlp example. Geraadpleegd op 28 februari 2022",
            [],
            "Support vector machines: The separable case",
        ),
    ],
)
def test_titles(head: str, marks: list[Mark], title: str) -> None:
    assert title_and_publisher(head, marks)[0] == title


def _two_columns(left: list[str], right: list[str], at: int = 84) -> str:
    rows = []
    for number in range(max(len(left), len(right))):
        a = left[number] if number < len(left) else ""
        b = right[number] if number < len(right) else ""
        rows.append((a.ljust(at) + b).rstrip() if b else a)
    return "\n".join(rows) + "\n"


def test_a_two_column_page_is_read_column_by_column() -> None:
    body = [
        "    Overall, the findings validate our design objectives: improved accuracy, a",
        "generalization across the modalities we studied, reduced complexity and early",
        "anticipation of the events. The results highlight the potential of the proposed",
        "model as a practical foundation for real-time, patient-centred early warning in",
        "the clinic, which can improve the quality of life for people who live with it.",
        "    Future work will focus on expanding the datasets to include more subjects and",
        "event types to enhance the robustness of the model and reduce its bias in use.",
    ]
    references = [
        "References",
        "",
        "Doe, U.R., Roe, S.V., 2013. Automated analysis of example signals: A",
        "    review. Knowl.-Based Syst. 45, 147–165.",
        "Poe, S., Moe, A., 2024. A novel extraction technique for a three-way",
        "    classification of examples. Multimedia Tools Appl. 83, 1–21.",
        "Zoe, W., 2014. Example prediction challenge, kaggle.",
        "    https://www.kaggle.example/c/prediction. (Accessed: 17 May 2025).",
    ]
    header = "J. Doe et al." + " " * 60 + "Example Journal 130 (2026) 102759\n\n"
    text = _two_columns(body, references) + "\n\n" + header
    notes = _notes(text, "article.txt")
    assert [(fn.title, fn.url) for fn in notes] == [
        ("Automated analysis of example signals: A review", None),
        ("A novel extraction technique for a three-way classification of examples", None),
        ("Example prediction challenge, kaggle", "https://www.kaggle.example/c/prediction"),
    ]
    assert notes[2].access_date == dt.date(2025, 5, 17)


def test_a_table_of_short_cells_is_no_two_column_page() -> None:
    rows = [f"Item {n}" + " " * 40 + f"Value {n}" for n in range(8)]
    from citecheck.parse.text import read_text

    assert next(b.text for b in read_text("\n".join(rows) + "\n").blocks).startswith("Item 0")


def test_a_names_first_list_names_a_lone_author_too() -> None:
    text = (
        "# References\n"
        "[1] Yu Doe, Naoki Roe, and Fumi Poe. Insights into vacancies from calculations. *Phys. Rev. X*, 5:1, 2021.  \n"
        "[2] Zachery Moe. GitHub profile. https://github.example/zmoe, Accessed March 2026.  \n"
        "[3] G. Doe and J. Roe. Efficient iterative schemes for energy calculations. *Phys. Rev. B*, 54:1, 1996.  \n"
        "[4] Chris Poe. Manual for exampletool, version 3.0. Technical report, *Example Institute*, August 2022.  \n"
        "[5] John L. Doe and Chris G. Van de Roe. Predicted energies of defects in GaN. *npj Examples*, 3:12, 2017.  \n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "Insights into vacancies from calculations",
        "GitHub profile",
        "Efficient iterative schemes for energy calculations",
        "Manual for exampletool, version 3.0",
        "Predicted energies of defects in GaN",
    ]
