"""Rules learnt from the studied heldback-26 part of the parse eval (branch p10-hb26tune), by family of
shapes, notes not found first: Indonesian and Malay "Sumber" (sources) names a notes list; a bold
run-in lead paragraph of prose ("**Why this table exists.** Part Two names …") over a table of sources
introduces it and is no entry. Then titles: a bare address followed by the work named in parentheses
that close the entry ("URL (Title, MAKERS IN CAPITALS, 2011)", "URL (Title | Site)", "URL (Law on
Tourism)"). The entries are shaped like the real ones (fixtures/parse-eval, heldback-26, and the
heldback-21 and calibration documents named beside each rule); names and URLs are invented. Each test
pairs the shape with a near miss the rule must leave alone.

Also: a register of bold-named source paragraphs ("**Name** (date) — description") is a list's
entries, its name the title and no publisher; an item inserted as "5b." is an entry of its own; one
list, one kind of date after the addresses; a kind of work ("PhD thesis") gives the publisher to the
institution after it; initialled authors, a title, then a closing date.

Measured on heldback-26 (titles / URLs / access dates right of 123 / 146 / 144): before 92 / 124 /
144 (publishers 98/126), after 114 / 146 / 144 (publishers 100); every step in
fixtures/parse-eval/README.md ("heldback-26: studied on branch p10-hb26tune"). No part lost a field.
"""

from __future__ import annotations

from citecheck.parse.regions import is_notes_heading
from citecheck.parse.styles import Mark, title_and_publisher

from .conftest import parsed_notes as _notes


def _entries(text: str) -> list:  # type: ignore[type-arg]
    return [fn for fn in _notes(text) if fn.kind != "inline"]


# (1) "Sumber" names a sources list (heldback-26's Indonesian note: "**Sumber:**" over five bare
# addresses, the first with a remark in parentheses).
_SUMBER = (
    "**Kelemahan yang terdokumentasi:** akurasi data, keterlambatan verifikasi, dan kesenjangan koordinasi.\n\n"
    "**Sumber:**\n"
    "- https://journal.example.ac.id/index.php/kolaborasi/article/download/1/2 (jurnal — alur pengusulan)\n"
    "- https://blog.example.id/hukum/cara-kerja-aplikasi/\n"
    "- https://ppid.example.go.id/home/details/724-verifikasi-data.html\n"
)


def test_sumber_heads_a_list_of_sources() -> None:
    notes = _entries(_SUMBER)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].url == "https://journal.example.ac.id/index.php/kolaborasi/article/download/1/2"
    assert notes[0].title is None  # a remark in lower case names no work


def test_sumber_in_prose_or_as_resources_heads_nothing() -> None:
    # Near misses: "Sumber" opening a sentence, and "Sumber daya" (resources), head no list.
    assert is_notes_heading("Sumber:") and is_notes_heading("Sumber Rujukan")
    assert not is_notes_heading("Sumber daya manusia dan data desa dibahas pada bagian berikut ini.")
    assert not is_notes_heading("Sumber daya manusia")


# (2) A bold run-in lead paragraph of prose over a table of sources (heldback-26's citation appendix).
_TABLE = (
    "### Sources the scouts read primary\n\n"
    "**Why this table exists.** Part Two names many of these by author and year only, and the reader "
    "cannot reach the locators held in a file outside this packet. They are cured here.\n\n"
    "| Source | Venue / locator | URL or DOI |\n"
    "|---|---|---|\n"
    "| Trent & South (2011) | *Social Forces* 90(1):247–267 | `pmc.example.nih.gov/articles/PMC1/` |\n"
    "| Filser & Preetz (2021) | *Human Nature* 32(2):406–433 | `pmc.example.nih.gov/articles/PMC2/` |\n"
    "| Kruger & Peterson (2010) | *Evolutionary Psychology* 8(3):420–431 | `pmc.example.nih.gov/articles/PMC3/` |\n"
)


def test_bold_lead_prose_over_a_source_table_is_no_entry() -> None:
    notes = _entries(_TABLE)
    assert len(notes) == 3
    assert notes[0].url == "https://pmc.example.nih.gov/articles/PMC1/"
    assert notes[2].url == "https://pmc.example.nih.gov/articles/PMC3/"


def test_bold_lead_reference_over_a_source_table_stays_an_entry() -> None:
    # Near miss: a bold lead over a reference with a URL cites a work: it stays an entry.
    text = _TABLE.replace(
        "**Why this table exists.** Part Two names many of these by author and year only, and the reader "
        "cannot reach the locators held in a file outside this packet. They are cured here.",
        "**Dollar, C. (2014).** Gender-Power Disparity Over Time. PhD dissertation, "
        "https://repository.example.edu/bitstreams/1/content",
    )
    notes = _entries(text)
    assert len(notes) == 4
    assert notes[0].url == "https://repository.example.edu/bitstreams/1/content"


# (3) A bare address, then the work named in parentheses closing the entry (heldback-26's Turkish
# list, heldback-21's "(Law on Tourism)", a calibration evidence list "(n) URL (Title)").
_NAMED = (
    "Kaynaklar:\n"
    "1. https://tez.example.gov.tr/UlusalTezMerkezi/ Tez No: 183894 (Veri sıkıştırmada yeni yöntemler, ALTAN MESUT, 2006)\n"
    "2. https://example.org/Vol3/129.pdf (Image Compression Techniques: Lossy and Lossless, ROJATKAR/BORKAR, 2015)\n"
    "3. https://arxiv.example.org/pdf/1101.0395 (Improving the Performance of K-Means for Color Quantization, M. Emre CELEBİ, 2011)\n"
    "4. https://www.youtube.com/watch?v=Q2aEzeMDHMA (JPEG DCT, Discrete Cosine Transform (JPEG Pt2) | Computerphile)\n"
    "5. https://example.org/report.pdf (TT Club 2024 Cargo Theft Report, April 2025, PDF — processed via markitdown)\n"
    "6. https://scikit.example.org/stable/plot_color_quantization.html\n"
)


def test_work_named_in_parentheses_after_a_bare_address() -> None:
    notes = _entries(_NAMED)
    assert [fn.title for fn in notes] == [
        "Veri sıkıştırmada yeni yöntemler",
        "Image Compression Techniques: Lossy and Lossless",
        "Improving the Performance of K-Means for Color Quantization",
        "JPEG DCT, Discrete Cosine Transform (JPEG Pt2)",
        "TT Club 2024 Cargo Theft Report",
        None,
    ]
    assert notes[3].publisher == "Computerphile"
    assert notes[0].url == "https://tez.example.gov.tr/UlusalTezMerkezi/"


def test_remarks_in_parentheses_after_a_bare_address_name_no_work() -> None:
    # Near misses: a remark in lower case, a sentence, an access label with its date, a single word.
    text = (
        "Sources:\n"
        "- https://example.am/pdf/HHKV_N_1383.pdf (hotel qualification decision)\n"
        "- https://docs.example.com/cuda/archive/9.2/ (Refer to the version of CUDA you installed.)\n"
        "- https://www.example.com/topsites (Fecha de acceso: 03/01/2021)\n"
        "- https://example.org/paper (PDF)\n"
        "- Doe, J. Title of the Work. https://example.org/work (Archived)\n"
    )
    notes = _entries(text)
    assert [fn.title for fn in notes[:4]] == [None, None, None, None]
    assert notes[4].title == "Title of the Work"


# (4) A register of bold-named source paragraphs under a "Source List" title and a numbered section
# heading, the addresses in lists under some of them (heldback-26's research project source list).
_REGISTER = (
    "# Widget Town Project — Source List\n\n"
    "All sources used across the project's research, grouped by source family.\n\n"
    "---\n\n"
    "## 1. Primary — Decrees and Administrative Documents\n\n"
    "**Order of the Widget Committee No. 56** (29 September 2022) — demolition list naming four "
    "buildings. Text mirrored at base.example.ru.\n\n"
    "**Land-allocation orders (Sample), Nos. 390–394** — sequential grants to one developer.\n\n"
    "- Decree portal: <https://decrees.example.ru/acts/>\n"
    "- Regional law portal: <https://pravo.example.ru>\n\n"
    "**Ownerless registry (master list)** — 12,948-entry registry across four district courts.\n\n"
    "**Court dockets — 4 district courts** (Northern, Southern, Eastern). 2,694 cases captured so far.\n\n"
    "**Damage tracker (XLSX)** — 1,941 buildings, contractor and destruction map.\n"
    "- <https://tracker.example.ru>\n\n"
    "**Housing distribution lists (demand side)** — 5,822 / 1,889 rows; record of displaced persons.\n"
)


def test_bold_named_paragraphs_under_a_source_list_are_its_entries() -> None:
    notes = _entries(_REGISTER)
    assert [fn.title for fn in notes] == [
        "Order of the Widget Committee No. 56",
        "Land-allocation orders (Sample), Nos. 390–394",
        "Ownerless registry (master list)",
        "Court dockets — 4 district courts",
        "Damage tracker (XLSX)",
        "Housing distribution lists (demand side)",
    ]
    assert notes[1].url == "https://decrees.example.ru/acts/"
    assert notes[4].url == "https://tracker.example.ru"
    assert all(fn.publisher is None for fn in notes)


def test_bold_field_labels_and_prose_make_no_register() -> None:
    # Near miss: bold field labels closed by a colon ("**Authors:**") are a record's fields, and a
    # page of prose with a few bold names is no register.
    fields = _REGISTER.replace("** (29", ":** (29").replace("394**", "394:**").replace("list)**", "list):**")
    fields = (
        fields.replace("courts**", "courts:**")
        .replace("(XLSX)**", "(XLSX):**")
        .replace("side)**", "side):**")
    )
    assert not any(fn.title == "Ownerless registry (master list)" for fn in _entries(fields))
    prose = _REGISTER.replace("\n\n**", "\n\nThe team then read the next file with care and noted it.\n\n**")
    assert not any(fn.title == "Ownerless registry (master list)" for fn in _entries(prose))


def test_bold_title_then_its_publisher_or_site_keeps_it() -> None:
    # Near misses: "*Title* (IEEE) — additive …": the bracket names the publisher (heldback-14); a
    # capitalised site after the dash is the site. A register's dated name loses its description.
    def read(head: str, lead: str) -> tuple[str | None, str | None]:
        return title_and_publisher(head, [Mark("em", lead, None)])

    title = "3D printed small-scale acoustic metamaterials"
    assert read(f"{title} (IEEE) — additive manufacturing of resonators", title) == (title, "IEEE")
    assert read("Why water costs more — Daily News", "Why water costs more") == (
        "Why water costs more",
        "Daily News",
    )
    order = "Order of the Widget Committee No. 56"
    assert read(f"{order} (29 September 2022) — demolition list naming four buildings", order) == (
        order,
        None,
    )


# (5) An item inserted later between numbered items, "5b." after "6." (heldback-26's Spanish
# research list) or "11b." after "11." (heldback-17's ad market report): Markdown reads it as a line
# of the item above; it is an entry of its own.
_INSERTED = (
    "## Fuentes\n\n"
    "1. Gu, S. (2020). Empirical Asset Pricing via Machine Learning. *RFS* 33(5). https://doi.org/10.1/a\n"
    "2. Doe, J. (2024). The Virtue of Widgets. *JF* 79(1). https://doi.org/10.1/b\n"
    "3. Roe, K. (2025). Understanding Widgets. Working paper (listado en https://www.example.org/)\n"
    "2b. Elmore, R. (2025). Is Complexity Virtuous? *Economics Letters* 258. https://doi.org/10.1/c\n"
    "4. Chen, L. (2024). Deep Learning in Asset Pricing. https://doi.org/10.1/d\n"
)


def test_an_inserted_lettered_item_is_an_entry_of_its_own() -> None:
    notes = {fn.label: fn for fn in _entries(_INSERTED)}
    assert list(notes) == ["1", "2", "3", "2b", "4"]
    assert notes["3"].url == "https://www.example.org/"
    assert notes["2b"].title == "Is Complexity Virtuous?"
    assert notes["2b"].url == "https://doi.org/10.1/c"


def test_a_lettered_line_far_from_the_items_number_runs_on() -> None:
    # Near miss: "9a." inside item 3 is no neighbour's number: the line stays the item's.
    notes = {fn.label: fn for fn in _entries(_INSERTED.replace("2b. Elmore", "9a. Elmore"))}
    assert "9a" not in notes and "2b" not in notes
    assert list(notes) == ["1", "2", "3", "4"]


# (6) One list, one kind of date: most entries date their source after its address by a year or a
# month ("(2026-06) (S)"); a full date there is a publication date too (heldback-17).
def test_full_date_after_address_among_month_dates_is_no_access_date() -> None:
    text = "## Sources\n" + "".join(
        f"{n}. Title number {n} of the widget list. Widget Media. https://example.org/a{n} ({date}) (S)\n"
        for n, date in enumerate(["2026-06", "2026-05", "2026-06-19", "2025", "2026-04"], 1)
    )
    notes = _entries(text)
    assert [fn.access_date for fn in notes] == [None] * 5


def test_full_dates_after_addresses_stay_access_dates() -> None:
    # Near miss: where the full dates are the list's kind ("URL (2026-06-19)" on most), they stay.
    text = "## Sources\n" + "".join(
        f"{n}. Title number {n} of the widget list. Widget Media. https://example.org/a{n} ({date})\n"
        for n, date in enumerate(["2026-06-12", "2026-05-02", "2026-06-19", "2025", "2026-04-01"], 1)
    )
    notes = _entries(text)
    assert notes[2].access_date is not None and str(notes[2].access_date) == "2026-06-19"


# (7) A thesis or working paper: the university or institute after its kind publishes it, not the
# kind (heldback-26's citation appendix and research list; calibration's seismology list).
def test_institution_after_a_kind_of_work_is_the_publisher() -> None:
    from citecheck.parse.entries import parse_entries

    texts = [
        "Cua, G., 2005: Creating the Virtual Widget: developments in widget characterization. PhD thesis, "
        "Widget Institute of Technology, Pasadena, California.",
        "Kelly, B. (2025). Understanding the Virtue of Complexity. Working paper, Yale University "
        "[note: year confirmed] https://www.example.org/",
        "Baum, S. (2018). A model for the impacts of war. Widget Risk Institute Working Paper 18-2. "
        "_Widget Risk Institute_. http://dx.doi.org/10.2139/ssrn.1",
    ]
    fields = parse_entries([(t, [], []) for t in texts])
    assert [f.publisher for f in fields] == [
        "Widget Institute of Technology",
        "Yale University",
        "Widget Risk Institute",
    ]


def test_a_kind_of_work_with_no_name_after_it_names_no_publisher() -> None:
    # Near miss: "PhD thesis" followed by a date only: no publisher (not the kind).
    from citecheck.parse.entries import parse_entries

    fields = parse_entries(
        [("Doe, J. (2019). Widgets in the Wild. PhD thesis, 2019. https://example.org/thesis.pdf", [], [])]
    )
    assert fields[0].publisher is None


# (8) Authors with initials, the title, then the date closing the head ("Chen, Y., Kelly, B., Xiu, D.
# Expected Returns and Large Language Models (feb-2026). URL": heldback-26's Spanish research list).
def test_title_between_initialled_authors_and_a_closing_date() -> None:
    from citecheck.parse.styles import title_and_publisher as read

    head = "Chen, Y., Kelly, B., Xiu, D. Expected Returns and Large Language Models (feb-2026). "
    assert read(head)[0] == "Expected Returns and Large Language Models"
    assert read(head.replace("(feb-2026)", "(2026)"))[0] == "Expected Returns and Large Language Models"


def test_initialled_authors_and_a_date_alone_name_no_title() -> None:
    # Near misses: authors and a year only; two words after the names (a publisher's name).
    from citecheck.parse.styles import title_and_publisher as read

    assert read("Sharma, P. (2018). ")[0] is None
    assert read("Sharma, P., Doe, J. Widget Press (2018). ")[0] != "Widget Press"
