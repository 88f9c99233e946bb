"""Families learnt on the calibration part of the sixth Word set (fixtures/parse-eval-docx6, branch
s37-docx6; its held-back part, HELDBACK-DOCX6-RULE.md, was not studied). Each rule with a minimal
package built here (or the function it changes) where it fires, and a near miss where it must not."""

from __future__ import annotations

import datetime as dt

from citecheck.parse.docx import _typed_on_address, read_docx
from citecheck.parse.entries import _YEARS_SPAN, EntryFields, _year_span_titles, parse_entries
from citecheck.parse.language import guess_language
from citecheck.parse.sciencedirect_exports import sciencedirect_title
from tests.parse.test_docx_real_set import hyperlink, notes_of, package, ref, run
from tests.parse.test_docx_real_set2 import _numbered, _with_numbering

# 1. A link Word stretched over the words typed after its address (docx._typed_on_address) --------
# pl-praca-dyplomowa-wykaz-zrodel-dietetyka.docx (o-kot/Praca-dyplomowa): "wykaz źródeł", seven
# "Title <address> z dnia dd.mm.yyyy" lines; in three, the link shows "…a-I7695e.pdf z dnia
# 09.11.2018" and targets "…a-I7695e.pdf%20z%20dnia%2009.11.2018", so the address came out with the
# date glued on and the access date was lost.

_FAO = "http://www.fao.org/3/a-I7695e.pdf"


def test_a_link_over_the_words_after_its_address_is_the_address() -> None:
    shown = f"{_FAO} z dnia 09.11.2018"
    assert _typed_on_address(shown.replace(" ", "%20"), shown) == _FAO
    data = package(
        [
            run("wykaz źródeł"),
            run("Encyklopedia PWN ")
            + hyperlink("rId1", "https://encyklopedia.pwn.pl/haslo/dieta;3892627.html")
            + run(" z dnia 09.11.2018"),
            run("The State of Food and Nutrition in the World 2017 ") + hyperlink("rId2", shown),
        ],
        links={
            "rId1": "https://encyklopedia.pwn.pl/haslo/dieta;3892627.html",
            "rId2": shown.replace(" ", "%20"),
        },
    )
    data = _with_numbering(data.replace(b"<w:p><w:r>", b"<w:p><w:r>", 1), [("decimal", "%1.")])
    blocks = read_docx(data, path="file.docx").blocks
    assert [url for b in blocks for _, url in b.links] == [
        "https://encyklopedia.pwn.pl/haslo/dieta;3892627.html",
        _FAO,
    ]


def test_a_link_whose_target_is_not_its_shown_text_keeps_its_target() -> None:
    # Near misses: a title shown over its address, an address shown over another (a tracker's
    # redirect), an address with a "%20" of its own shown as the address alone.
    assert _typed_on_address("https://example.org/report", "the ministry's report") is None
    assert _typed_on_address("https://t.example/r?u=1", "https://example.org/a z dnia 1.01.2019") is None
    assert _typed_on_address("https://example.org/a%20b.pdf", "https://example.org/a%20b.pdf") is None
    assert _typed_on_address("https://example.org/a%20b.pdf", "Annual report 2019") is None
    # A space inside a query, shown and targeted as "%20" (fixtures/parse-eval-docx's job listing):
    # what follows it is the query's, not words typed after the address.
    listing = "https://www.accorhotels.jobs/Job-vacancy/x,j,0,428459.html?FromPartnership"
    assert _typed_on_address(f"{listing}%20=indeed", f"{listing} =indeed") is None


# 2. Word-numbered items stay apart whatever their indents (docx._read_package, docx._continues) ---
# The same list: its sixth item carries a hanging indent set by hand (349 twips against the list's
# 360), so the seventh item's first line stood 11 twips further right and, the sixth ending on its
# date (no full stop), was read as the rest of the sixth: both entries then read as two inline links.


def _indented(paragraph: str, hanging: int) -> str:
    return paragraph.replace("</w:numPr>", f'</w:numPr><w:ind w:left="720" w:hanging="{hanging}"/>', 1)


def test_a_word_numbered_item_is_never_the_rest_of_the_item_before() -> None:
    body = [
        run("wykaz źródeł"),
        _indented(
            _numbered(
                run(
                    "Raport Federacji Polskich Banków Żywności 2018 https://a.example/r.pdf z dnia 19.01.2019"
                )
            ),
            360,
        ),
        _indented(
            _numbered(
                run(
                    "The State of Food and Nutrition in the World 2017 https://b.example/f.pdf z dnia 09.11.2018"
                )
            ),
            349,
        ),
        _indented(_numbered(run("Wskaźnik masy ciała https://c.example/bmi z dnia 25.03.2019")), 360),
    ]
    data = _with_numbering(package(body), [("decimal", "%1.")])
    blocks = read_docx(data, path="file.docx").blocks
    assert [b.list_number for b in blocks if b.item] == ["1", "2", "3"]
    notes = notes_of(data)
    assert notes["3"].title == "Wskaźnik masy ciała"  # type: ignore[attr-defined]
    assert notes["2"].url == "https://b.example/f.pdf"  # type: ignore[attr-defined]
    assert notes["2"].access_date == dt.date(2018, 11, 9)  # type: ignore[attr-defined]


def test_an_unnumbered_line_under_a_numbered_item_still_continues_it() -> None:
    # Near miss: the rest of an entry broken by a typed line end is an unnumbered paragraph set
    # further right (fixtures/parse-eval-docx's Google Docs APA list); it still joins the item.
    body = [
        run("References"),
        _indented(
            _numbered(run("Abdullah, D., Susilo, S. and Ahmar, A. (2021) The application of K-means")), 360
        ),
        f'<w:pPr><w:ind w:left="1440"/></w:pPr>{run("clustering for province clustering in Indonesia, Qual Quant.")}',
    ]
    data = _with_numbering(package(body), [("decimal", "%1.")])
    blocks = read_docx(data, path="file.docx").blocks
    assert [b.text for b in blocks][-1].endswith("clustering in Indonesia, Qual Quant.")


# 3. Emphasis over a whole reference marks no field (regions._em_whole_reference) -----------------
# it-tesi-bibliografia-moneyball-calcio.docx (pheelu/Moneyball-in-Football-IT-): the whole
# "Bibliografia" set in italic runs; each entry's one emphasis was the entry, read as its title
# ("Mahesh B. Machine learning algorithms-a review. International Journal … 2020 Jan;9(1):381-6") or
# losing it ('Pisano, Joseph. "Moneyball." (2011): 53-55.' read with none).

_ITALIC_LIST = [
    'Pisano, Joseph. "Moneyball." (2011): 53-55.',
    "Mahesh B. Machine learning algorithms-a review. International Journal of Science and Research "
    "(IJSR).[Internet]. 2020 Jan;9(1):381-6.",
    'Rigatti, Steven J. "Random forest." Journal of Insurance Medicine 47, no. 1 (2017): 31-39.',
]


def test_a_list_set_in_italics_is_read_by_its_entries_shapes() -> None:
    body = [run("Il calcio è cambiato."), run("Bibliografia")]
    body += [_numbered(run(entry, italic=True)) for entry in _ITALIC_LIST]
    notes = notes_of(_with_numbering(package(body), [("decimal", "[%1]")]))
    assert [notes[label].title for label in ("1", "2", "3")] == [  # type: ignore[attr-defined]
        "Moneyball",
        "Machine learning algorithms-a review",
        "Random forest",
    ]


def test_a_title_alone_in_italics_is_still_the_title() -> None:
    # Near misses: a Polish resolution named with its date, one sentence in italics (the parse eval's
    # hb22, a Word footnote), and a book's title alone; both stay titles.
    act = (
        "Uchwała nr 498/20 Zarządu Województwa Łódzkiego z dnia 29 maja 2020 r. w sprawie "
        "przedstawienia raportu o stanie województwa."
    )
    data = package(
        [run("Raport przyjęto.") + ref(1) + run(" Podręcznik.") + ref(2)],
        {1: run(" ") + run(act, italic=True), 2: run(" ") + run("The Chicago Manual of Style", italic=True)},
    )
    notes = notes_of(data)
    assert notes["1"].title == act.rstrip(".")  # type: ignore[attr-defined]
    assert notes["2"].title == "The Chicago Manual of Style"  # type: ignore[attr-defined]


# 4. ScienceDirect's exported reference (sciencedirect_exports) ------------------------------------
# The Italian thesis' entries 6 and 9: "Bruce G. Marcot, Trent D. Penman, Advances in Bayesian …,
# Environmental Modelling & Software, Volume 111, 2019, Pages 386-393, ISSN …, https://doi.org/…"
# read with the second author as the title.

_MARCOT = (
    "Bruce G. Marcot, Trent D. Penman, Advances in Bayesian network modelling: Integration of modelling "
    "technologies, Environmental Modelling & Software, Volume 111, 2019, Pages 386-393, ISSN 1364-8152, "
    "https://doi.org/10.1016/j.envsoft.2018.09.016. "
    "(https://www.sciencedirect.com/science/article/pii/S1364815218302937)"
)


def test_a_sciencedirect_export_is_read_by_its_tail() -> None:
    assert sciencedirect_title(_MARCOT) == (
        "Advances in Bayesian network modelling: Integration of modelling technologies"
    )
    # A README's (public code index) with four authors, a middle initial and a hyphen in the title;
    # an article number for the pages and a title of two capitalised words (the title keeps one piece).
    assert sciencedirect_title(
        "Xiaojun Li, Peijun Shi, T. Andrew Black, Kai Zhu, A snow-free vegetation index for improved "
        "monitoring of vegetation spring green-up date in deciduous ecosystems, Remote Sensing of "
        "Environment, Volume 196, 2017, Pages 1-12, ISSN 0034-4257, https://doi.org/10.1016/j.rse.2017.04.031."
    ) == (
        "A snow-free vegetation index for improved monitoring of vegetation spring green-up date in "
        "deciduous ecosystems"
    )
    assert sciencedirect_title(
        "J. Doe, Deep Learning, Neural Networks, Volume 12, Issue 3, 2020, 100123, ISSN 1"
    ) == ("Deep Learning")
    body = [run("I modelli bayesiani [1]."), run("Bibliografia"), _numbered(run(_MARCOT))]
    notes = notes_of(_with_numbering(package(body), [("decimal", "[%1]")]))
    assert notes["1"].title == (  # type: ignore[attr-defined]
        "Advances in Bayesian network modelling: Integration of modelling technologies"
    )


def test_other_styles_with_a_volume_are_not_sciencedirect_exports() -> None:
    # Near misses: APA and Harvard open on "Surname, I." (no given name first), a Chicago article
    # writes no "Volume N, Year, Pages", and a title with no names before it is left to the grammar.
    assert (
        sciencedirect_title("Smith, J. (2020). Deep learning. Neural Networks, Volume 12, 2020, Pages 1-2.")
        is None
    )
    assert (
        sciencedirect_title(
            'Rigatti, Steven J. "Random forest." Journal of Insurance Medicine 47, no. 1 (2017): 31-39.'
        )
        is None
    )
    assert (
        sciencedirect_title("Deep learning in practice, Neural Networks, Volume 12, 2020, Pages 1-2") is None
    )


# 5. A Vancouver title taken for the journal after it (entries._vancouver_sentence_titles) --------
# The Italian thesis' first entry: "Reider B. Moneyball. The American Journal of Sports Medicine.
# 2014;42(3):533-535." read with the journal as the title, the one-word title passed over.


def test_a_one_word_vancouver_title_is_not_passed_over_for_the_journal() -> None:
    text = "Reider B. Moneyball. The American Journal of Sports Medicine. 2014;42(3):533-535. doi:10.1177/x"
    assert parse_entries([(text, [], [])])[0].title == "Moneyball"


def test_a_vancouver_title_read_right_stays() -> None:
    # Near miss: the same shape, its title read already; the journal is not taken for it.
    text = "Billings J, Teicholz N. Uninsured patients in District of Columbia hospitals. Health Aff. 1990;9(4):158-65."
    assert parse_entries([(text, [], [])])[0].title == "Uninsured patients in District of Columbia hospitals"


# 6. A title that closes on a span of years (entries._year_span_titles) ----------------------------
# en-paper-footnote-references-pisa-urban-rural.docx (JGerezAIR/CIES-2018-PISA-Science-Urban): "Gauchat,
# G. (2012). Politicization of science in the public sphere: A study of public trust in the United
# States, 1974 to 2010. American sociological review, …" read with the span as the publisher.

_GAUCHAT = (
    "Gauchat, G. (2012). Politicization of science in the public sphere: A study of public trust in the "
    "United States, {span}. American sociological review, 77(2), 167-187."
)


def test_a_span_of_years_after_the_title_s_last_comma_is_the_title_s() -> None:
    for span in ("1974 to 2010", "1974–2010", "1974 through 2010"):
        entry = parse_entries([(_GAUCHAT.format(span=span), [], [])])[0]
        assert (
            entry.title
            == f"Politicization of science in the public sphere: A study of public trust in the United States, {span}"
        )
        assert entry.publisher != span  # the journal after it where the span had been cut off
    entry = parse_entries([(_GAUCHAT.format(span="1974 to 2010"), [], [])])[0]
    assert entry.publisher == "American sociological review"


def test_a_span_that_runs_backwards_or_a_publisher_in_words_is_not_moved() -> None:
    # Near misses: "2010 to 1974" is no span a study covers; a publisher named in words stays one.
    assert _YEARS_SPAN.fullmatch("2010 to 1974") is not None
    entry = parse_entries([(_GAUCHAT.format(span="2010 to 1974"), [], [])])[0]
    assert not (entry.title or "").endswith("2010 to 1974")
    fields = [EntryFields(title="Good City Form", publisher="MIT Press")]
    _year_span_titles(fields, ["Lynch, K. (1984). Good City Form, MIT Press."])
    assert (fields[0].title, fields[0].publisher) == ("Good City Form", "MIT Press")


# 7. A typed superscript that raises a number before an operator is a power (docx._power_before_operator)
# nl-verslag-bronnen-vierkleurenstelling.docx (Tomttaw/Radio-Russia): "de toestandsgrootte voor
# Oekraïne 4²⁷/4, … voor Rusland 4⁸³/4", the powers typed in superscript: two markers, two
# ``missing-footnote`` errors in the offline sweep.


def _raised(text: str) -> str:
    return (
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def test_a_raised_number_before_an_operator_is_a_power() -> None:
    data = package(
        [
            run("De toestandsgrootte voor Oekraïne is 4")
            + _raised("27")
            + run("/4, voor Rusland 4")
            + _raised("83")
            + run("/4.")
        ]
    )
    assert [a.label for b in read_docx(data, path="file.docx").blocks for a in b.anchors] == []


def test_a_raised_number_after_a_year_and_before_a_stop_is_a_marker() -> None:
    # Near miss: a note typed in superscript after a number, a stop after it ("W 2014 roku 600 mln⁵."),
    # and one after a number with no operator at all stay markers.
    data = package(
        [
            run("W 2014 roku przekroczyła 600")
            + _raised("5")
            + run(". Liczba wzrosła w 1980")
            + _raised("6")
            + run(" roku.")
        ]
    )
    assert [a.label for b in read_docx(data, path="file.docx").blocks for a in b.anchors] == ["5", "6"]


# 8. A document's language among five more Latin-script languages (parse.language.guess_language) --
# The set's Polish thesis and paper read "en", its Dutch report and Italian thesis "es"; the claim
# check then judged their sentences in that language, and a Polish sentence citing an English title
# was an error ("shares no distinctive word", the two in one language to its eyes).


def test_polish_dutch_italian_portuguese_swedish_bodies_are_told() -> None:
    assert (
        guess_language(
            "Jednocześnie tak wielki wybór wcale nie sprawia, że odżywiamy się zdrowo. Od 1980 liczba osób "
            "dorosłych zmagających się z otyłością stale rośnie i jest to problem dla zdrowia w Polsce."
        )
        == "pl"
    )
    assert (
        guess_language(
            "Voor het eerste gedeelte van de opdracht is de toestandsgrootte voor Oekraïne groot. De "
            "onderbouwing voor deze state spaces is als volgt: we willen zo min mogelijk zenders gebruiken."
        )
        == "nl"
    )
    assert (
        guess_language(
            "Negli ultimi anni il mondo dello sport ha subito una trasformazione guidata da concetti "
            "innovativi e metodologie avanzate, che sono alla base della analisi dei dati nel calcio."
        )
        == "it"
    )
    assert (
        guess_language(
            "Idag har banker flyttat många av sina tjänster online och det är intressant att se hur de "
            "hanterar den nya tekniken för att behålla lojala kunder som inte byter bank."
        )
        == "sv"
    )


def test_a_few_short_words_of_the_added_lists_make_no_guess() -> None:
    # Near misses: a Czech text meets Polish "i", "na", "do", "o" and is still Czech (its "a", "v",
    # "se", "je"); an Indonesian one meets Italian "di", "e" and is read as none; English stays English.
    assert (
        guess_language(
            "Tato práce popisuje návrh a implementaci kalkulačky pro výpočet indexu v prostředí webového "
            "prohlížeče, na základě dat z databáze i o uživatelích, do které se ukládají výsledky."
        )
        == "cs"
    )
    assert (
        guess_language(
            "Demokrasi adalah bentuk pemerintahan di mana rakyat memiliki hak yang setara e-voting."
        )
        is None
    )
    assert (
        guess_language("The report of the ministry is based on the data that was published in 2023.") == "en"
    )
