"""Rules learnt from the studied heldback-38 part (branch p15-hb38tune), by family of shapes.
heldback-38 holds whole web pages as served or saved (rendered Wikipedia articles, a WordPress blog
post, two journal article pages, a specification), head, menus, sidebars and footers kept; at the
branch's start it read titles 80.2 %, URLs 95.0 %, access dates 99.2 %, publishers 76.9 %. Each family
below was read for its cause and a rule written for the mechanism, not the page:

1. A specification's "Normative references" clause (ISO/IEC Directives' wording, copied by Ecma and
   national bodies): its fixed lead-in ("The following referenced documents are indispensable for
   the application of this document. For dated references, only the edition cited applies. …") was
   read as the first unlabelled entry ("cited" an access hint), every reference numbered one off
   (ECMA-262 6th edition: 6 titles, 5 URLs). The lead-in is no entry (regions._NORMATIVE_LEAD).
2. German web sources that introduce the address with "abrufbar unter" / "verfügbar unter", no
   colon ("WWF (2020): Living Planet Report 2020, abrufbar unter https://…. [21.01.2022]."; the
   WordPress post, five titles read with the phrase): the phrase joins the address's introductions
   (entries._URL_INTRO), only right before an address.
3. Notes labelled with typed subscript digits ("₁ WWF (2020): …⏎⏎₂ …", the same post's nine sources,
   the digit left in each author and title): a subscript number before a space and a word opens
   an entry as a superscript one does (markers.ENTRY_START's "sub"); a digit of a formula wrapped to a
   line's start ("₂-Ausstoß") opens none.
4. MediaWiki's Harvard short citations ({{sfn}}, {{harvnb}}: "Madsen, McHugh & de Kloet 1988, p.
   452.") among full cite templates: with two or more authors they read as a title-case line and
   were given themselves for a title (the "Duck" article, 3 notes). Names, a year and a page
   locator are a short citation, no title line (styles._PAGE_LOCATOR in styles.title_line).
5. Older MediaWiki cite templates (CS1 of about 2012) print the file format after the date and the
   type after the title: "Rob Pike (10 November 2009) (flv). *The Go Programming Language* (Tech
   talk). Google." (the 2012 "Go" article: title read as "(flv)", publisher as "Tech talk"). A file
   format in parentheses before the marked title is skipped (styles._FORMAT_DESIGNATOR), and so is a
   short parenthesised type after it before the publisher (styles._TYPE_AFTER_TITLE).
6. A cite template's quoted title that ends on a quotation of its own, the inner quotes left double
   ('"Swine Flu: … Declares a "Public Health Emergency of International Concern"". Inside Justice.':
   the 2014 Ebola article, the title read without its last quote): where an inner quote opened before
   a word, a doubled quote closes both (styles._closing_quote).
7. MediaWiki's COinS records (``<span class="Z3988" title="ctx_ver=Z39.88-2004&…&rft.pub=…">``
   after each citation template): a book's publisher printed among series, volume and edition
   words ("Volumen especial de 6 tomos … Ediciones culturales argentinas.") was read as the volume
   (Spanish "Sarmiento", English "Cell biology", "Ebola": 4 publishers). The record's rft.pub is
   the note's publisher where the note holds one record naming one (citecheck.parse.coins); a web
   citation's record names none: its rft.jtitle (the website, work or journal) then stands in for a
   publisher read in part or not at all ("A Molecular Approach" of "The Cell: A Molecular Approach.
   2nd edition", "khanacademy": 5 more publishers), never for a different one read.
8. NLM/Vancouver author lists with a generational suffix ("Longini IM Jr and Halloran ME. <span
   class=article-title>Strategy …</span>. <strong>Am J Epidemiol</strong>."; the Annals of Internal
   Medicine page): "Jr" made the names read as a title before a container, the marked title taken
   for the journal. The suffix is dropped before the names-only test (styles._GENERATION_SUFFIX).
9. German source lists with the author set off by a colon (DIN 1505's way): "WWF (2020): Title" for
   most entries, "Claudia Tam: Title (Stand: …)" and "SÜDWIND e.V.; Irene Knoke, Friederike
   Niewerth: Title" for pages without a year (the WordPress post: two titles read with their
   people). In a list where three entries and half open "Author (Year): ", people before a colon
   opening an entry's title are its authors (entries._colon_author_lists); a single word or words led
   by an article stay in the title, and a list without the dated leads is not touched.
10. Vancouver references whose title holds two sentences ("Shear NH, Spielberg SP. Anticonvulsant
   hypersensitivity syndrome. In vitro assessment of risk. J Clin Investig. 1988;82(6):1826.";
   "•• Kardaun S et al. … Results from the prospective RegiSCAR study. Br J Dermatol.
   2013;169(5):1071–80. This is a …", annotated): the title was cut at its first stop or ran on to
   the journal (the Springer review, 2 notes). The NLM journal abbreviation before "Year;Volume"
   bounds the title (entries._vancouver_sentence_titles); a journal written with stops is not
   read so.
11. A container after a comma and "In:" ("FAO (2012): World Agriculture Towards 2030/2050, The 2012
   Revision, In: ESA Working Paper, Nr. 12-03, abrufbar unter …"; the WordPress post, one title run
   on into its series): the title ends before it (entries._IN_CONTAINER_AFTER_COMMA); a lower-case
   "in" without a colon is a title's word.
12. A standard's designation opening a normative reference ("ISO/IEC 10646:2003: *Title*",
   "ECMA-402, *Title*."; the ECMA-262 page, 3 publishers): the document's number is no publisher
   (styles._STANDARD_DESIGNATION in styles.tidy_publisher); a body's name alone stays one.

Names and URLs below are invented; each test pairs the shape with a near miss.
"""

from __future__ import annotations

from citecheck.models import Footnote
from citecheck.parse.markers import match_entry_start
from citecheck.parse.styles import quoted_title, tidy_publisher, title_line

from .conftest import parsed_notes as _notes


def _entries(text: str, name: str = "page.html") -> list[Footnote]:
    return [fn for fn in _notes(text, name) if fn.kind != "inline"]


# 1. A specification's normative references clause ---------------------------------------------


def _normative(lead: str) -> str:
    refs = (
        '<p class="formal-reference">WSO Std 101-2008: <i>Widget Format Specification, Part 1</i>. Widget'
        " Standards Organisation, Geneva (2008)</p>"
        '<p class="formal-reference">ISO/IEC 99999:2003: <i>Widget Character Set</i>, plus additional amendments and'
        " corrigenda, or successor</p>"
    ) + "".join(
        f'<p class="formal-reference"><i>Widget Annex {n}, version 5.1.0</i>, or successor.<br>'
        f'<a href="https://standards.example.org/widget/{n}">https://standards.example.org/widget/{n}</a></p>'
        for n in range(3, 5)
    )
    return (
        "<html><body><h1>Widget language</h1><p>This standard defines widgets.</p>"
        f"<section><h1>3 Normative references</h1><p>{lead}</p>{refs}</section>"
        "<section><h1>4 Overview</h1><p>Widgets are small.</p></section></body></html>"
    )


def test_normative_references_lead_in_is_no_entry() -> None:
    lead = (
        "The following referenced documents are indispensable for the application of this document. For dated"
        " references, only the edition cited applies. For undated references, the latest edition of the"
        " referenced document (including any amendments) applies."
    )
    entries = _entries(_normative(lead))
    assert entries[0].label == "1"
    assert entries[0].title == "Widget Format Specification, Part 1"
    assert entries[2].url == "https://standards.example.org/widget/3"


def test_newer_normative_lead_in_is_no_entry_either() -> None:
    lead = (
        "The following documents are referred to in the text in such a way that some or all of their"
        " content constitutes requirements of this document (as cited)."
    )
    assert _entries(_normative(lead))[0].title == "Widget Format Specification, Part 1"


def test_an_entry_naming_such_documents_later_stays_an_entry() -> None:
    # Near miss: the phrase inside a reference, not opening the paragraph, is no lead-in.
    lead = (
        "Smith, J. (2020). Why the following documents are indispensable. Archive Press."
        " https://archive.example.org/why"
    )
    entries = _entries(_normative(lead))
    assert entries[0].url == "https://archive.example.org/why"
    assert len(entries) == 5


# 2. and 3. A German blog's sources: subscript labels, "abrufbar unter" --------------------------


def _german_sources(phrase: str) -> str:
    items = "<br><br>".join(
        f"{sub} Amt {n} (2020): Bericht über Flächen {n}, {phrase} https://amt.example.de/bericht-{n}. [21.01.2022]."
        for n, sub in ((1, "₁"), (2, "₂"), (3, "₃"))
    )
    return (
        "<html><body><h1>Flächenverbrauch</h1><p>Der Verbrauch wächst.₁ Er wächst weiter.₂</p>"
        f"<h4>Quellenangaben:</h4><p>{items}</p><footer>Impressum</footer></body></html>"
    )


def test_abrufbar_unter_introduces_the_address() -> None:
    entries = _entries(_german_sources("abrufbar unter"))
    assert [fn.title for fn in entries[:3]] == [f"Bericht über Flächen {n}" for n in (1, 2, 3)]
    assert entries[0].url == "https://amt.example.de/bericht-1"


def test_abrufbar_unter_before_words_stays_in_the_title() -> None:
    # Near miss: the words before something other than an address are the title's own.
    text = (
        "Sources\n\n1. Amt (2020): Daten abrufbar unter Auflagen, Berlin. https://amt.example.de/a\n"
        "2. Amt (2021): Archivrecht heute, Berlin. https://amt.example.de/b\n"
    )
    assert _entries(text, "doc.md")[0].title == "Daten abrufbar unter Auflagen"


def test_subscript_digit_labels_an_entry() -> None:
    entries = _entries(_german_sources("abrufbar unter"))
    assert [fn.label for fn in entries[:3]] == ["1", "2", "3"]
    assert entries[0].publisher == "Amt 1"
    start = match_entry_start("₁₂ Amt (2020): Bericht")
    assert start is not None and start.label == "12"


def test_subscript_digit_of_a_formula_opens_no_entry() -> None:
    # Near miss: a formula's subscript wrapped to a line's start, glued to its word.
    assert match_entry_start("₂-Ausstoß der Industrie stieg 2020.") is None
    assert match_entry_start("₂O und Wasserstoff") is None


# 4. MediaWiki's short citations -------------------------------------------------------------------


def _wiki_notes(short: str) -> str:
    full = "".join(
        f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> '
        f'<span class="reference-text"><cite class="citation web">"<a class="external text" '
        f'href="https://birds.example.org/{n}">Duck facts {n}</a>". <i>Bird Site</i>. Retrieved '
        f"22 May 2015.</cite></span></li>"
        for n in range(1, 5)
    )
    shorts = "".join(
        f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> '
        f'<span class="reference-text"><a href="#CITEREF{n}">{short}</a>, p.&#160;{n}0.</span></li>'
        for n in range(5, 8)
    )
    body = "".join(
        f'Text.<sup class="reference"><a href="#cite_note-{n}">[{n}]</a></sup> ' for n in range(1, 8)
    )
    return (
        f'<html><body><div id="content"><p>{body}</p><h2>Notes</h2><div class="reflist">'
        f'<ol class="references">{full}{shorts}</ol></div></div></body></html>'
    )


def test_short_citations_of_several_authors_have_no_title() -> None:
    entries = {fn.label: fn for fn in _entries(_wiki_notes("Madsen, McHugh &amp; de Kloet 1988"))}
    assert entries["1"].title == "Duck facts 1"
    assert [entries[n].title for n in ("5", "6", "7")] == [None, None, None]
    assert title_line("Elphick, Dunning & Sibley 2001, p. 191.") is None


def test_title_line_without_page_locator_is_still_a_title() -> None:
    # Near miss: title-case names joined by "&", no year and page cited, stay a title.
    assert title_line("Ducks, Geese & Swans of the World") == "Ducks, Geese & Swans of the World"
    assert title_line("Madsen, McHugh & de Kloet: Duck Systematics Revisited") is not None


# 5. Older CS1: "(flv)" after the date, "(Tech talk)" after the title -------------------------------


def _old_cs1(designator: str) -> str:
    items = "".join(
        f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> '
        f'<span class="reference-text"><span class="citation video"><a href="/wiki/Ann_Lee">Ann Lee</a> '
        f'(10 November 2009) {designator}. <a class="external text" href="http://video.example.com/{n}">'
        f"<i>Widget Talk {n}</i></a> (Tech talk). Widget Corp. Event occurs at 8:53.</span></span></li>"
        for n in range(1, 4)
    )
    body = "".join(
        f'Text.<sup class="reference"><a href="#cite_note-{n}">[{n}]</a></sup> ' for n in range(1, 4)
    )
    return f'<html><body><p>{body}</p><h2>References</h2><ol class="references">{items}</ol></body></html>'


def test_file_format_after_the_date_is_no_title() -> None:
    entries = _entries(_old_cs1("(flv)"))
    assert [fn.title for fn in entries] == ["Widget Talk 1", "Widget Talk 2", "Widget Talk 3"]
    assert entries[0].publisher == "Widget Corp"


def test_a_worded_parenthesis_before_the_title_is_not_skipped() -> None:
    # Near miss: a parenthesis of words that names no file format keeps the marked title from
    # being taken as the one after the date.
    entries = _entries(_old_cs1("(Widget Talk 0)"))
    assert entries[0].title != "Widget Talk 1"


# 6. A quoted title ending on a quotation of its own ------------------------------------------------


def test_doubled_quote_closes_an_inner_quotation_and_the_title() -> None:
    head = 'Lee, Ann (29 April 2009). "Rules When the Agency Declares a "Widget Emergency"". Inside Widgets.'
    found = quoted_title(head, strict=False)
    assert found is not None and found[0] == 'Rules When the Agency Declares a "Widget Emergency"'


def test_doubled_quote_without_an_inner_opening_is_not_joined() -> None:
    # Near miss: no inner quote opened in the title, so its closing quote is the first one.
    head = 'Lee, Ann (2009). "Rules of the Widget Agency"" Inside Widgets.'
    found = quoted_title(head, strict=False)
    assert found is not None and found[0] == "Rules of the Widget Agency"


# 7. MediaWiki's COinS records ---------------------------------------------------------------------


def _coins_note(coins: str, extra: str = "") -> str:
    items = "".join(
        f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> '
        f'<span class="reference-text"><cite class="citation book">Lee, Ann (1960). <i>Cartas {n}</i>. '
        f"Volumen especial de 6 tomos de la obra. Buenos Aires: Ediciones Widget. p. {n}.</cite>"
        f'<span title="{coins}" class="Z3988"></span>{extra}</span></li>'
        for n in range(1, 4)
    )
    body = "".join(
        f'Texto.<sup class="reference"><a href="#cite_note-{n}">[{n}]</a></sup> ' for n in range(1, 4)
    )
    return f'<html><body><p>{body}</p><h2>Referencias</h2><ol class="references">{items}</ol></body></html>'


_BOOK_COINS = (
    "ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&amp;rft.btitle=Cartas"
    "&amp;rft.place=Buenos+Aires&amp;rft.pub=%5B%5BEdiciones+Widget%7CEd.+Widget%5D%5D&amp;rft.date=1960"
)


def test_coins_record_names_the_publisher() -> None:
    entries = _entries(_coins_note(_BOOK_COINS))
    assert [fn.title for fn in entries] == ["Cartas 1", "Cartas 2", "Cartas 3"]
    assert [fn.publisher for fn in entries] == ["Ed. Widget"] * 3


def test_coins_record_without_a_publisher_or_two_records_change_nothing() -> None:
    # Near misses: a web citation's record names no publisher; two templates' records in one note
    # name two; a record that is no query at all is ignored, never raised on.
    plain = [fn.publisher for fn in _entries(_coins_note("ctx_ver=Z39.88-2004&amp;rft.btitle=Cartas"))]
    assert "Ed. Widget" not in plain
    second = '<span title="ctx_ver=Z39.88-2004&amp;rft.pub=Other+House" class="Z3988"></span>'
    two = [fn.publisher for fn in _entries(_coins_note(_BOOK_COINS, second))]
    assert two == plain
    broken = [fn.publisher for fn in _entries(_coins_note("ctx_ver=Z39.88%%&amp;&amp;rft.pub="))]
    assert broken == plain


# 8. A generational suffix in a Vancouver author list ----------------------------------------------


def _atypon(first: str) -> str:
    items = "".join(
        f'<li id="r{n}"><span class="references__note">{first} and Roe ME . '
        f'<span class="references__article-title">Widget strategy number {n} for all groups</span>. '
        f'<span class="references__source"><strong>Am J Widgets</strong></span>. '
        f'<span class="references__year">2005</span>;161:303-6. [PMID: '
        f'<a href="https://pubmed.ncbi.nlm.nih.gov/1569207{n}">1569207{n}</a>]</span></li>'
        for n in range(1, 4)
    )
    return f'<html><body><p>Text.</p><h2>References</h2><ol class="references">{items}</ol></body></html>'


def test_generational_suffix_leaves_the_names_authors() -> None:
    entries = _entries(_atypon("Doe IM Jr"))
    assert entries[0].title == "Widget strategy number 1 for all groups"
    assert entries[0].publisher == "Am J Widgets"


def test_suffix_word_of_a_title_is_kept() -> None:
    # Near miss: "Jr" after a word, not after initials, is no name's suffix; a plain title before
    # an emphasised container stays the title.
    from citecheck.parse.styles import _GENERATION_SUFFIX

    assert _GENERATION_SUFFIX.sub(r"\1", "Growing up Jr. in America.") == "Growing up Jr. in America."
    assert _GENERATION_SUFFIX.sub(r"\1", "Doe IM Jr and Roe ME") == "Doe IM and Roe ME"


# 9. German "Autor (Jahr): Titel" lists with undated "Vorname Nachname: Titel" entries ------------------


def _colon_list(dated: int) -> str:
    lines = [
        f"{n}. Amt {n} ({2010 + n}): Bericht über Flächen {n}, https://amt.example.de/b{n}"
        for n in range(1, dated + 1)
    ]
    lines += [
        f"{dated + 1}. Anna Berger: Wie Städte wachsen (Stand: 22.12.2020), https://stadt.example.org/wachsen",
        f"{dated + 2}. WIDGET e.V.; Jan Ott, Eva Roth: Flächen im Wandel (Stand: 12.10.2013), https://x.example.org/f",
        f"{dated + 3}. Flächenkonkurrenz: das Beispiel Fleisch, https://y.example.org/f",
    ]
    return "# Bericht\n\nText.\n\n## Quellen\n\n" + "\n".join(lines) + "\n"


def test_people_before_a_colon_are_the_authors_in_a_dated_colon_list() -> None:
    entries = _entries(_colon_list(4), "doc.md")
    assert [fn.title for fn in entries[4:7]] == [
        "Wie Städte wachsen",
        "Flächen im Wandel",
        "Flächenkonkurrenz: das Beispiel Fleisch",
    ]


def test_without_dated_colon_leads_the_colon_stays_in_the_title() -> None:
    # Near miss: two entries "Author (Year): " only, the list's shape unknown; the title stays whole.
    entries = _entries(_colon_list(2), "doc.md")
    assert entries[2].title is not None and entries[2].title.startswith("Anna Berger: Wie Städte wachsen")


# 10. Vancouver titles of two sentences -------------------------------------------------------------


def _vancouver(journal: str) -> str:
    lines = [
        f"{n}. Lee AB, Roe C. Widget syndrome number {n}. In vitro assessment of risk. {journal}. "
        f"19{80 + n};82(6):18{n}6."
        for n in range(1, 4)
    ]
    lines.append(
        "4. Doe J et al. Widget reactions. Results from the prospective study. Br J Widg. 2013;169(5):1071–80. "
        "This is a large multinational prospective study."
    )
    return "# Review\n\nText.\n\n## References\n\n" + "\n".join(lines) + "\n"


def test_vancouver_title_of_two_sentences_runs_to_the_journal() -> None:
    entries = _entries(_vancouver("J Clin Widg"), "doc.md")
    assert entries[0].title == "Widget syndrome number 1. In vitro assessment of risk"
    assert entries[0].publisher == "J Clin Widg"
    assert entries[3].title == "Widget reactions. Results from the prospective study"


def test_journal_with_stops_is_no_nlm_abbreviation() -> None:
    # Near miss: "J. Clin. Widg." is no NLM abbreviation; the rule does not bound the title by it.
    entries = _entries(_vancouver("J. Clin. Widg."), "doc.md")
    assert entries[0].title != "Widget syndrome number 1. In vitro assessment of risk"


# 11. ", In: Container" after the title ----------------------------------------------------------------


def _in_list(connector: str) -> str:
    lines = [
        f"{n}. Amt (201{n}): Widget Agriculture Towards 2050, The 201{n} Revision{connector}Working Paper"
        f" Series, Nr. 12-0{n}, abrufbar unter https://amt.example.de/w{n}. [21.01.2022]."
        for n in range(1, 4)
    ]
    return "# Bericht\n\nText.\n\n## Quellen\n\n" + "\n".join(lines) + "\n"


def test_in_colon_after_a_comma_opens_the_container() -> None:
    entries = _entries(_in_list(", In: "), "doc.md")
    assert entries[0].title == "Widget Agriculture Towards 2050, The 2011 Revision"


def test_lower_case_in_is_a_word_of_the_title() -> None:
    # Near miss: ", in " without the colon runs on as the title's own words.
    entries = _entries(_in_list(", in "), "doc.md")
    assert entries[0].title is not None and "in Working Paper" in entries[0].title


# 12. A standard's designation is no publisher -------------------------------------------------------


def test_standard_designation_is_no_publisher() -> None:
    assert tidy_publisher("ISO/IEC 10646:2003") is None
    assert tidy_publisher("ECMA-402") is None
    assert tidy_publisher("IEEE Std 754-2008") is None


def test_standards_body_name_is_a_publisher() -> None:
    # Near miss: the body's own name, or a designation with words after it, is kept.
    assert tidy_publisher("Ecma International") == "Ecma International"
    assert tidy_publisher("ISO") == "ISO"


def _web_coins_note(printed: str, jtitle: str) -> str:
    coins = (
        "ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;rft.genre=unknown"
        f"&amp;rft.jtitle={jtitle}&amp;rft.atitle=Widget+origins"
    )
    items = "".join(
        f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> '
        f'<span class="reference-text"><cite class="citation web cs1"><a class="external text" '
        f'href="https://widgets.example.org/{n}">"Widget origins {n}"</a>. {printed}'
        f'<span class="reference-accessdate">. Retrieved <span class="nowrap">17 September</span> 2025</span>.'
        f'</cite><span title="{coins}" class="Z3988"></span></span></li>'
        for n in range(1, 4)
    )
    body = "".join(
        f'Text.<sup class="reference"><a href="#cite_note-{n}">[{n}]</a></sup> ' for n in range(1, 4)
    )
    return f'<html><body><p>{body}</p><h2>References</h2><ol class="references">{items}</ol></body></html>'


def test_coins_container_completes_a_publisher_read_in_part() -> None:
    printed = "<i>The Widget: A Molecular Approach. 2nd edition</i>. Widget Associates"
    entries = _entries(_web_coins_note(printed, "The+Widget%3A+A+Molecular+Approach.+2nd+edition"))
    assert entries[0].publisher == "The Widget: A Molecular Approach. 2nd edition"
    bare = _entries(_web_coins_note("<i>widgetacademy</i>", "widgetacademy"))
    assert bare[0].publisher == "widgetacademy"


def test_coins_container_leaves_a_different_publisher() -> None:
    # Near miss: a publisher read that the container's name does not hold is kept.
    from citecheck.parse.coins import fuller_container

    assert not fuller_container("Widget Press", "Widget Journal of Gears")
    assert fuller_container("A Molecular Approach", "The Widget: A Molecular Approach. 2nd edition")
    assert not fuller_container("Widget Journal", "Widget Journal")
