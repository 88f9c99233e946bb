"""Families of heldback-40, heldback-42 and heldback-p12hunt, studied on branch p15-small3.

Each rule gets a test that fires on a real-shaped input and a near miss that must not fire; the
rules and their data are described beside them in citecheck/parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecheck.parse import parse_bytes
from citecheck.parse.author_heads import author_head_end, surname_initials_heads
from citecheck.parse.markers import ENTRY_START
from citecheck.parse.pdf_author_date_lines import joined_author_date_lines
from citecheck.parse.spaced_urls import join_spaced_urls


def _titles(source: str, name: str = "doc.md") -> list[str | None]:
    return [note.title for note in parse_bytes(source.encode(), path=name).footnotes]


def _urls(source: str, name: str = "doc.md") -> list[str | None]:
    return [note.url for note in parse_bytes(source.encode(), path=name).footnotes]


@dataclass
class _Entry:
    title: str | None


# --- "[1]. " labels (Slovak and Czech ISO 690 lists written in Word) --------------------------------


def test_bracket_label_takes_its_stop() -> None:
    text = "[3]. Lane H. – Howard C. Natural Language Processing."
    found = ENTRY_START.match(text)
    assert found is not None and found.group("bracket") == "3"
    assert found.group().rstrip().endswith("].") and text[found.end() :].lstrip().startswith("Lane")


def test_bracket_label_leaves_a_decimal() -> None:
    found = ENTRY_START.match("[1].5 mm of rain fell")
    assert found is None or not found.group().endswith(".")


# --- dash-separated author lists --------------------------------------------------------------------


def test_dash_separated_names_are_one_author_list() -> None:
    text = (
        "Lane H. – Howard C. – Hapke H. M. Natural Language Processing: In Action. New York: Manning, 2019."
    )
    assert text[author_head_end(text) or 0 :].startswith("Natural Language")
    text = "Moghrabi, C. - Moussa, S. E. - Eid, M. S. Natural language processing complexity. IEEE, 2002."
    assert text[author_head_end(text) or 0 :].startswith("Natural language")


def test_hyphenated_initials_still_read_as_initials() -> None:
    text = "Sartre J.-P. Being and Nothingness. London: Methuen, 1957."
    assert text[author_head_end(text) or 0 :].startswith("Being")
    # A dash after a title word is no name separator: "Chapter V. – Results" has no list of names.
    assert author_head_end("Results – Discussion of the data. Praha: Academia, 2001.") is None


def test_dash_lists_read_in_a_document() -> None:
    source = (
        "**Zoznam použitej literatúry**\n\n"
        "[1]. Moghrabi, C. - Moussa, S. E. - Eid, M. S. Natural language processing complexity and parallelism."
        " IEEE: Proceedings, 2002. 277 str.\n\n"
        "[2]. Lane H. – Howard C. – Hapke H. M. Natural Language Processing: In Action. New York: Manning"
        " Publications Co., 2019. ISBN 9781617294631.\n\n"
        "[3]. Socher R. – Bauer J. – Manning C. et al. Parsing With Compositional Vector Grammars. Stanford:"
        " Computer Science Department, Stanford University, 2013. ISBN 9781937284503.\n"
    )
    assert _titles(source) == [
        "Natural language processing complexity and parallelism",
        "Natural Language Processing: In Action",
        "Parsing With Compositional Vector Grammars",
    ]


# --- ISO 690's imprint read onto the title after the names ------------------------------------------


def test_imprint_after_the_title_goes() -> None:
    texts = [
        "Socher R. – Bauer J. – Manning C. et al. Parsing With Compositional Vector Grammars. Stanford: "
        "Computer Science Department, Stanford University, 2013.",
        "Wang Y. – Liu S. Word Embeddings Compared. Rochester: Department of Health Sciences, Mayo Clinic, 2018.",
    ]
    fields = [
        _Entry(
            "Socher R. – Bauer J. – Manning C. et al. Parsing With Compositional Vector Grammars. Stanford: "
            "Computer Science Department"
        ),
        _Entry("Wang Y. – Liu S. Word Embeddings Compared. Rochester: Department of Health Sciences"),
    ]
    surname_initials_heads(fields, texts)
    assert [f.title for f in fields] == [
        "Parsing With Compositional Vector Grammars",
        "Word Embeddings Compared",
    ]


def test_subtitle_after_a_colon_stays() -> None:
    texts = [
        "Goodfellow I. – Bengio Y. Deep Learning. Volume Two: Advanced Topics. Cambridge: MIT Press, 2016.",
        "Wang Y. – Liu S. Word Embeddings. Part One: Basics. Rochester: Mayo Clinic, 2018.",
    ]
    fields = [
        _Entry("Goodfellow I. – Bengio Y. Deep Learning. Volume Two: Advanced Topics"),
        _Entry("Wang Y. – Liu S. Word Embeddings. Part One: Basics"),
    ]
    surname_initials_heads(fields, texts)
    assert [f.title for f in fields] == [
        "Deep Learning. Volume Two: Advanced Topics",
        "Word Embeddings. Part One: Basics",
    ]


# --- Chicago: "Body. *Title*. Place: Publisher, Year." -----------------------------------------------


def test_emphasised_title_after_a_body_named_as_author() -> None:
    source = (
        "## Zdroje\n\n"
        "Vězeňská služba České republiky. *Výroční zpráva Vězeňské služby ČR za rok 2024*. Praha: Vězeňská"
        " služba ČR, 2025.\nhttps://www.vs.gov.cz/\n\n"
        "Národní protidrogová centrála SKPV, Policie České republiky. *Výroční zpráva 2024*. Praha: Policie ČR,"
        " 2025.\nhttps://policie.gov.cz/clanek/vyrocni-zprava.aspx\n\n"
        "Národní monitorovací středisko pro drogy a závislosti. *Souhrn Zprávy o nelegálních drogách* (data za"
        " rok 2024). Praha: Úřad vlády České republiky, 2025.\nhttps://www.drogy-info.cz/zprava/\n"
    )
    publishers = [note.publisher for note in parse_bytes(source.encode(), path="doc.md").footnotes]
    assert publishers[:2] == ["Vězeňská služba ČR", "Policie ČR"]
    assert _titles(source) == [
        "Výroční zpráva Vězeňské služby ČR za rok 2024",
        "Výroční zpráva 2024",
        "Souhrn Zprávy o nelegálních drogách",
    ]


def test_bold_site_before_an_availability_label_is_no_title() -> None:
    source = (
        "## Referências\n\n"
        "1. Product Backlog V3. **Requisitos Habitica**. Disponível em: https://requisitos-habitica.netlify.app/"
        "BacklogV3 (Último acesso em 05/08/2021)\n"
        "2. Backlog do Produto. **Stock Planner**. Disponível em: https://unbarqdsw.github.io/Stock/#/Backlog"
        " (Último acesso em 05/08/2021)\n"
    )
    assert _titles(source)[0] == "Product Backlog V3"


# --- Pandoc's escaped angle brackets round an address ----------------------------------------------


def test_escaped_closing_bracket_is_no_part_of_the_address() -> None:
    source = (
        "### Zdroje\n\n"
        "- \\[1\\] Chipset. In *Wikipedia* \\[online\\]. 2024. \\[cit. 2025-02-11\\]. Dostupné na internete:"
        " \\<https://en.wikipedia.org/wiki/Chipset\\>.\n"
        "- \\[2\\] Motherboard. In *Wikipedia* \\[online\\]. 2024. \\[cit. 2025-02-11\\]. Dostupné na internete:"
        " \\<https://en.wikipedia.org/wiki/Motherboard\\>.\n"
    )
    assert _urls(source) == [
        "https://en.wikipedia.org/wiki/Chipset",
        "https://en.wikipedia.org/wiki/Motherboard",
    ]


def test_plain_autolink_is_read_as_before() -> None:
    source = (
        "### Sources\n\n"
        "- [1] Chipset. In *Wikipedia*. 2024. Available at: <https://en.wikipedia.org/wiki/Chipset>.\n"
        "- [2] A path\\with a backslash: https://example.org/a%5Cb/c\n"
    )
    assert _urls(source) == ["https://en.wikipedia.org/wiki/Chipset", "https://example.org/a%5Cb/c"]


# --- lettered groups of one source list -------------------------------------------------------------

_LETTERED = (
    "# Model\n\nSome prose about the model and its inputs.\n\n"
    "## A. Primary sources (main inputs)\n\n"
    "Prison Service. *Annual Report 2024*. Prague: Prison Service, 2025.\nhttps://www.vs.gov.cz/\n\n"
    "Government Office. *Action Plan 2023–2025*. Prague: Government Office, 2023.\nhttps://vlada.gov.cz/plan.pdf\n\n"
    "## {letter}. Unit costs of treatment\n\n"
    "State Institute for Drug Control. *Price List 2025*. Prague: SÚKL, 2025.\nhttps://www.sukl.cz/ceny/\n\n"
    "General Health Insurance. *HIV Treatment Costs*. Prague: VZP, 2023.\nhttps://www.vzp.cz/hiv\n"
)


def test_next_lettered_heading_goes_on_with_the_list() -> None:
    assert len(_titles(_LETTERED.format(letter="B"))) == 4


def test_a_heading_out_of_the_letter_sequence_ends_the_list() -> None:
    notes = parse_bytes(_LETTERED.format(letter="D").encode(), path="doc.md").footnotes
    # The two addresses under the heading that ends the list are links of the text.
    assert [n.kind for n in notes] == ["footnote", "footnote", "inline", "inline"]


# --- quoted annotations under entries ---------------------------------------------------------------


def test_quoted_annotation_is_no_entry() -> None:
    source = (
        "## Sources\n\n"
        "Prison Service. *Annual Report 2024*. Prague: Prison Service, 2025.\nhttps://www.vs.gov.cz/\n\n"
        "> Input: prison budget (13.35 bn CZK), prisoners (19,430), cost per prisoner (~687k CZK/year, 2024).\n\n"
        "Government Office. *Action Plan 2023–2025*. Prague: Government Office, 2023.\nhttps://vlada.gov.cz/plan.pdf\n\n"
        "> Input: integrated budget (frame A), enforcement share ~52 % (2021).\n\n"
        "State Institute for Drug Control. *Price List 2025*. Prague: SÚKL, 2025.\nhttps://www.sukl.cz/ceny/\n"
    )
    assert _titles(source) == ["Annual Report 2024", "Action Plan 2023–2025", "Price List 2025"]


def test_a_list_quoted_whole_is_read() -> None:
    source = (
        "## References\n\n"
        "> Smith, J. (2020). *A study of things*. Oxford: OUP. https://example.org/a\n\n"
        "> Jones, K. (2021). *Another study of things*. Leeds: LUP. https://example.org/b\n\n"
        "> Brown, L. (2022). *A third study of things*. York: YUP. https://example.org/c\n"
    )
    assert len(_urls(source)) == 3


# --- a Springer text layer's non-breaking hyphens in a spaced address --------------------------------


def test_spaced_address_with_non_breaking_hyphens_is_whole() -> None:
    text = "Alonso A (2022) Title. Financ Innov 8:70. https:// doi. org/ 10. 1186/ s40854\u2011 022\u2011 00366\u20111\n"
    assert join_spaced_urls(text).rstrip().endswith("https://doi.org/10.1186/s40854-022-00366-1")


def test_non_breaking_hyphen_in_prose_stays() -> None:
    text = "A risk\u2011adjusted view, see https://doi.org/10.1186/x1 for more.\n"
    assert join_spaced_urls(text) == text


# --- an author-date list from a PDF, each printed line a paragraph ----------------------------------

_PDF_LIST = (
    "References\n\n"
    "Alonso Robisco A, Carbó Martínez JM (2022) Measuring the model risk\u2011adjusted performance of machine "
    "learning algo\u2011\n\n"
    "rithms in credit default prediction. Financ Innov 8:70. https://doi.org/10.1186/s40854-022-00366-1\n\n"
    "Arora N, Kaur PD (2020) A Bolasso based consistent feature selection algorithm: an\n\n"
    "application to credit risk assessment. Appl Soft Comput 86:105936. https://doi.org/10.1016/j.asoc.2019.105936\n\n"
    "Bailey AA, Bonifield CM (2022) Mobile payment adoption in Latin America. J Serv Mark 36(8):1058–1075\n"
    "Bajari P, Nekipelov D (2015) Machine learning methods for demand estimation. Am Econ Rev\n\n"
    "105(5):481–485\n\n---\n\n<!-- PAGE 28 -->\n\nAntonio et al. Financial Innovation           (2024) 10:94\n\n"
    "Page 28 of 30\n\n"
    "Belanche D, Guinalíu M (2022) Customer adoption of P2P mobile payment systems: the role of perceived risk.\n\n"
    "Telemat Inform 72:101851. https://doi.org/10.1016/j.tele.2022.101851\n"
)


def test_printed_lines_go_back_on_their_entries() -> None:
    joined = joined_author_date_lines(_PDF_LIST)
    assert joined.count("\n") == _PDF_LIST.count("\n")  # every line keeps its number (within one)
    assert _titles(_PDF_LIST) == [
        "Measuring the model risk-adjusted performance of machine learning algorithms in credit default prediction",
        "A Bolasso based consistent feature selection algorithm: an application to credit risk assessment",
        "Mobile payment adoption in Latin America",
        "Machine learning methods for demand estimation",
        "Customer adoption of P2P mobile payment systems: the role of perceived risk",
    ]


def test_a_harvard_list_with_bodies_is_left_alone() -> None:
    source = (
        "## References\n\n"
        "Locust (2024) *Locust - A modern load testing framework*. Available at: https://locust.io (Accessed: 9"
        " February 2026).\n\n"
        "Martin, R.C. (2017) *Clean Architecture*. Boston: Prentice Hall.\n\n"
        "Stripe (2024) *Stripe API Reference*. Available at: https://docs.stripe.com/api (Accessed: 9 February"
        " 2026).\n\n"
        "Supabase (2024) *Supabase Documentation*. Available at: https://supabase.com/docs (Accessed: 9 February"
        " 2026).\n"
    )
    assert joined_author_date_lines(source) == source
    prose = "Smith J (2020) wrote it.\n\nthen more prose.\n\nJones K (2021) too.\n\nand again.\n"
    assert joined_author_date_lines(prose) == prose


# --- "Title - Site, [link](URL)": a research assistant's works cited -------------------------------

_WORKS_CITED = (
    "## Geciteerd werk\n\n"
    "1. Demografische toekomsten van Nederland geschetst - NIDI, [link](https://nidi.nl/demos/toekomsten/)\n"
    "2. Bevolking \\| Vergrijzing \\| Volksgezondheid en Zorg - VZinfo, [link](https://www.vzinfo.nl/bevolking/vergrijzing)\n"
    "3. Bevolking 2050 in beeld: drukker, diverser en grijzer - NIDI, [link](https://publ.nidi.nl/output/2020/beeld.pdf)\n"
    "4. {last}, [link](https://www.cbs.nl/nl-nl/visualisaties/dashboard-bevolking/leeftijd/ouderen)\n"
)


def test_one_word_title_before_a_site_named_by_its_host() -> None:
    assert _titles(_WORKS_CITED.format(last="Ouderen - CBS"))[3] == "Ouderen"


def test_dash_before_words_naming_no_host_stays() -> None:
    last = "Samenleven in de toekomst - Een verkenning naar sociale cohesie"
    assert _titles(_WORKS_CITED.format(last=last + " ..."))[3] == last


# --- ISO 690's "Part. In *Host* [online]." ---------------------------------------------------------

_IN_HOST = (
    "### 1.6 Zdroje\n\n"
    "- \\[1\\] Základná Doska (počítač). In *Wikipedia* \\[online\\]. 2024. \\[cit. 2025-02-11\\]. Dostupné na"
    " internete: \\<https://sk.wikipedia.org/wiki/Doska\\>.\n"
    "- \\[2\\] {part}. In *{host}* \\[online\\]. \\[cit. 2025-02-11\\]. Dostupné na internete:"
    " \\<https://www.msi.com/Motherboard/MPG-B550\\>.\n"
)


def test_part_in_host_is_the_title() -> None:
    assert _titles(_IN_HOST.format(part="Chipset", host="Wikipedia"))[1] == "Chipset"
    part = "MSI MPG B550 gaming edge WIFI AMD AM4 [[DDR SDRAM|DDR4]] m.2 USB 3.2 gen 2 HDMI ATX gaming motherboard"
    assert _titles(_IN_HOST.format(part=part, host="MSI"))[1] == (
        "MSI MPG B550 gaming edge WIFI AMD AM4 DDR4 m.2 USB 3.2 gen 2 HDMI ATX gaming motherboard"
    )


def test_apa_title_before_its_date_in_a_host_is_left_alone() -> None:
    source = (
        "## References\n\n"
        "5. Multi-booting (2023, February 22). In *Wikipedia*. https://en.wikipedia.org/w/index.php?oldid=1\n"
        "6. Chipset (2024, March 1). In *Wikipedia*. https://en.wikipedia.org/w/index.php?oldid=2\n"
    )
    assert _titles(source) == ["Multi-booting", "Chipset"]


# --- Chicago's "*Journal* 43, č. 1 (2014)": the journal without its volume -------------------------


def _publishers(source: str) -> list[str | None]:
    return [note.publisher for note in parse_bytes(source.encode(), path="doc.md").footnotes]


def test_emphasised_journal_loses_its_volume() -> None:
    source = (
        "## Zdroje\n\n"
        "Aspinall, Esther J., and Sharon J. Hutchinson. „Are Needle and Syringe Programmes Associated with a"
        " Reduction?“ *International Journal of Epidemiology* 43, č. 1 (2014): 235–248.\n"
        "https://doi.org/10.1093/ije/dyt243\n"
    )
    assert _publishers(source) == ["International Journal of Epidemiology"]


def test_publisher_with_its_own_number_stays() -> None:
    from citecheck.parse.emphasised_books import emphasised_journal_publishers
    from citecheck.parse.styles import Mark

    @dataclass
    class _Read:
        title: str | None
        publisher: str | None

    fields = [_Read("A Title", "Area 51"), _Read("B Title", "Web 2")]
    items = [
        ("A Title. Area 51, 2020.", [], [Mark("em", "A Title")]),
        ("B Title. *Web* 2, 2020.", [], [Mark("em", "Webs")]),
    ]
    emphasised_journal_publishers(fields, items)
    assert [f.publisher for f in fields] == ["Area 51", "Web 2"]
