"""Rules from heldback-37, heldback-p13seed2 and heldback-p39hunt11, spent on branch s40-hb2 (studied, misses
printed).

Each family's case fails on main before the branch; each near miss (a similar input the rule must not fire on)
passes before and after. The inputs are written for the test, in the shape of the documents named in the
modules' comments, not copied from them.
"""

from __future__ import annotations

import datetime as dt

from citecheck.models import Footnote
from citecheck.parse.dates import ACCESS_LABEL, date_after_label
from citecheck.parse.document import parse_text

TODAY = dt.date(2026, 12, 1)


def find_access_date(text: str) -> dt.date | None:
    for label in ACCESS_LABEL.finditer(text):
        found = date_after_label(text, label.end(), label.lastgroup)
        if found is not None:
            return found[0]
    return None


def _notes(text: str, fmt: str = "markdown") -> dict[str, Footnote]:
    document = parse_text(text, fmt=fmt, today=TODAY)  # type: ignore[arg-type]
    return {footnote.label: footnote for footnote in document.footnotes}


# --- Parsoid's links to the wiki's own pages (html._interwiki) ---------------------------------------------

PARSOID = """<html><head><link rel="canonical" href="https://en.wikipedia.org/wiki/Sample"/></head><body>
<p>Attention was introduced in 2017.<sup class="mw-ref reference"><a href="#cite_note-1">[1]</a></sup>
The model was pretrained.<sup class="mw-ref reference"><a href="#cite_note-2">[2]</a></sup></p>
<h2>References</h2>
<div class="mw-references-wrap"><ol class="mw-references references">
<li about="#cite_note-1" id="cite_note-1"><span class="mw-reference-text reference-text"><cite class="citation journal cs1">
<a rel="mw:WikiLink" href="https://en.wikipedia.org/wiki/Jane_Roe" title="Jane Roe">Roe, Jane</a>; Doe, John (1997).
"Long Memories in Networks". <i>Neural Computation</i>. <b>9</b> (8): 1735–1780.
<a rel="mw:WikiLink" href="https://en.wikipedia.org/wiki/Doi_(identifier)" title="Doi (identifier)">doi</a>:<a
rel="mw:ExtLink nofollow" href="https://doi.org/10.1162%2Fneco.1997.9.8.1735" class="external text">10.1162/neco.1997.9.8.1735</a>.</cite></span></li>
<li about="#cite_note-2" id="cite_note-2"><span class="mw-reference-text reference-text"><cite class="citation arxiv cs1">
Smith, Ann (2019). "Exploring Transfer Learning". <a rel="mw:WikiLink" href="https://en.wikipedia.org/wiki/ArXiv_(identifier)"
title="ArXiv (identifier)">arXiv</a>:<a rel="mw:ExtLink nofollow" href="https://arxiv.org/abs/1910.10683"
class="external text">1910.10683</a>.</cite></span></li>
</ol></div></body></html>
"""


def test_parsoid_wiki_links_are_no_source() -> None:
    notes = _notes(PARSOID, fmt="html")
    assert notes["1"].url in (
        "https://doi.org/10.1162/neco.1997.9.8.1735",
        "https://doi.org/10.1162%2Fneco.1997.9.8.1735",
    )
    assert notes["2"].url == "https://arxiv.org/abs/1910.10683"


def test_parsoid_external_link_to_the_wiki_stays_a_source() -> None:
    # Near miss: a page of the wiki cited as a web source is an external link (rel "mw:ExtLink").
    page = PARSOID.replace(
        'Smith, Ann (2019). "Exploring Transfer Learning". <a rel="mw:WikiLink" href="https://en.wikipedia.org/wiki/ArXiv_(identifier)"\ntitle="ArXiv (identifier)">arXiv</a>:<a rel="mw:ExtLink nofollow" href="https://arxiv.org/abs/1910.10683"\nclass="external text">1910.10683</a>.',
        '<a rel="mw:ExtLink nofollow" class="external text" href="https://de.wikipedia.org/wiki/Transferlernen">"Transferlernen"</a>. '
        "<i>Wikipedia</i>. Retrieved 2024-01-02.",
    )
    assert page != PARSOID
    assert _notes(page, fmt="html")["2"].url == "https://de.wikipedia.org/wiki/Transferlernen"


# --- WordPress's stored post body, paragraphs apart by blank lines (html._blank_line_paragraphs) ------------

WORDPRESS_BODY = """Vamos instalar o servidor hoje.

Primeiro configure a máquina virtual com o <a href="https://www.vagrantup.com/">Vagrant</a>.

Pronto!
<h2>Referências</h2>
https://www.example.com/tutorials/install-parse-server

https://github.com/example/parse-dashboard

<a href="https://www.youtube.com/watch?v=abc123" target="_blank">YouTube - Install Parse Server, Part 1</a>

&nbsp;
"""


def test_wordpress_body_blank_lines_part_its_entries() -> None:
    notes = _notes(WORDPRESS_BODY, fmt="html")
    assert notes["1"].url == "https://www.example.com/tutorials/install-parse-server"
    assert notes["2"].url == "https://github.com/example/parse-dashboard"
    assert notes["3"].url == "https://www.youtube.com/watch?v=abc123"


def test_page_with_paragraph_elements_keeps_its_reading() -> None:
    # Near miss: a page written with <p> says where its paragraphs are; a blank line inside one is a space.
    page = """<p>Intro text.</p>
<h2>Referências</h2>
<p>Silva, A. <em>Guia do servidor</em>.

Editora Exemplo, 2020. https://www.example.com/guia</p>
"""
    notes = _notes(page, fmt="html")
    assert len(notes) == 1
    assert notes["1"].url == "https://www.example.com/guia"


# --- An entry's address alone in a nested item (regions._address_items_joined) ------------------------------

NESTED_ADDRESSES = """## Changes

- Updated the page.

## 参考文献

1. Roe J, Doe A, et al. Neuronal wiring of a small brain. *Nature*. 2024;634:124-138.
   - https://doi.org/10.1038/s41586-024-00001-y
2. Brain Consortium. Functional maps spanning several areas. *Nature*. 2025;640:435-447.
   - https://doi.org/10.1038/s41586-025-00002-w
3. Smith M, Lee A. Prediction of activity in recurrent networks. *Nature Neuroscience*. 2025;28:2561-2574.
   - https://doi.org/10.1038/s41593-025-00003-4
"""


def test_address_in_a_nested_item_is_its_entrys() -> None:
    notes = _notes(NESTED_ADDRESSES)
    assert set(notes) == {"1", "2", "3"}
    assert notes["1"].url == "https://doi.org/10.1038/s41586-024-00001-y"
    assert notes["1"].title == "Neuronal wiring of a small brain"
    assert notes["3"].url == "https://doi.org/10.1038/s41593-025-00003-4"


def test_several_nested_addresses_are_not_joined() -> None:
    # Near miss: a topic over several sources, each an item of its own, is no entry with one address.
    text = """## Sources

1. Background reading on brains.
   - https://www.example.org/one
   - https://www.example.org/two
2. Further reading on networks.
   - https://www.example.org/three
   - https://www.example.org/four
"""
    notes = _notes(text)
    urls = {footnote.url for footnote in notes.values()}
    assert "https://www.example.org/two" in urls and "https://www.example.org/four" in urls


# --- "Доступ к 28 мая 2018 года": a machine-translated "Accessed" (dates._ACCESS_LABELS["ru"]) -------------


def test_machine_translated_russian_access_label() -> None:
    found = find_access_date("Угловая команда. Структурные директивы. Google. Доступ к 28 мая 2018 года")
    assert found is not None and found == dt.date(2018, 5, 28)


def test_russian_access_to_without_a_date_is_prose() -> None:
    # Near miss: "доступ к" (access to) before anything but a day, a month's name and a year.
    assert find_access_date("Доступ к 15 урокам английского с 2024 года навсегда") is None
    assert find_access_date("Открыт доступ к 1C для отдела продаж, 2025") is None


# --- A whole reference linked with its access date keeps its emphasis (markdown._dated_reference_text) ------
# --- and a body's name in sentence case before an emphasised title (styles._body_before_title_and_publisher)

LINKED_WHOLE = """# Директивы

Директивы бывают структурные [1](https://angular.io/guide/structural-directives).

## источники

1.  [Угловая команда. _Структурные директивы_ . Google. Доступ к 28 мая 2018 года](https://angular.io/guide/structural-directives)

2.  [Угловая команда. _Директивы атрибутов_ . Google. Доступ к 28 мая 2018 года](https://angular.io/guide/attribute-directives)
"""


def test_whole_reference_linked_with_its_access_date() -> None:
    notes = _notes(LINKED_WHOLE)
    assert notes["1"].title == "Структурные директивы"
    assert notes["1"].access_date == dt.date(2018, 5, 28)
    assert notes["2"].title == "Директивы атрибутов"
    assert notes["2"].publisher == "Google"


def test_sentence_case_body_before_emphasised_title() -> None:
    text = """# Guide

Directives are structural [1](https://angular.io/guide/structural-directives).

## Sources

1.  Angular team. _Structural directives_. Google. Accessed 28 May 2018. https://angular.io/guide/structural-directives

2.  Angular team. _Attribute directives_. Google. Accessed 28 May 2018. https://angular.io/guide/attribute-directives
"""
    notes = _notes(text)
    assert notes["1"].title == "Structural directives"
    assert notes["2"].title == "Attribute directives"


def test_linked_emphasised_title_keeps_the_whole_link() -> None:
    # Near miss: a link around an emphasised title, its access date outside the link, is one title mark.
    text = """# Guide

Directives are structural [1](https://angular.io/guide/structural-directives).

## Sources

1.  [_Structural directives_ in Angular](https://angular.io/guide/structural-directives). Accessed 28 May 2018.

2.  [_Attribute directives_ in Angular](https://angular.io/guide/attribute-directives). Accessed 28 May 2018.
"""
    notes = _notes(text)
    assert notes["1"].title == "Structural directives in Angular"


def test_title_after_authors_before_an_emphasised_container_keeps_its_reading() -> None:
    # Near miss: "Authors. Title. *Container*. Publisher." — a title sentence of its own after the authors
    # stands before the emphasis, which is the container, however short the publisher after it.
    text = """# Notes

Text [1](https://doi.org/10.1000/xyz1).

## References

1.  Roe J, Doe A. Network models. *Neural Computation*. MIT Press. https://doi.org/10.1000/xyz1

2.  Roe J. Memory cells. *Neural Computation*. MIT Press. https://doi.org/10.1000/xyz2
"""
    notes = _notes(text)
    assert notes["1"].title == "Network models"
    assert notes["2"].title == "Memory cells"


# --- Word's endnote links with Pandoc's superscript numerals (markdown._WORD_NOTE_LINK) -----------------------
# --- and a padded note label over an indented rule (markdown._block_structure) -------------------------------

PANDOC_SUP_ENDNOTES = """---
Title: A demo
---

We got free servers and beer[^[i]^](#_edn1). Our idea was to map the
collections[^[ii]^](#_edn2), which we got running on the train.

    ------------------------------------------------------------------------

[^[i]^](#_ednref1) My partner asked whether it was free.

[^[ii]^](#_ednref2) We ran a desktop application called
[Gplates](http://gplates.org) on the cloud instead.
"""


def test_pandoc_superscript_word_endnotes() -> None:
    notes = _notes(PANDOC_SUP_ENDNOTES)
    assert notes["ii"].url == "http://gplates.org"
    assert "i" in notes and notes["i"].url is None


def test_pandoc_superscript_endnotes_without_a_rule() -> None:
    # The same notes without the indented rule (no line of the document could be code).
    notes = _notes(PANDOC_SUP_ENDNOTES.replace("    " + "-" * 72 + "\n\n", ""))
    assert notes["ii"].url == "http://gplates.org"


def test_indented_code_stays_code_beside_word_notes() -> None:
    # Near miss: an indented code block of its own (not on a note's first line) is still code: its address
    # is no note's and no link of the text.
    text = PANDOC_SUP_ENDNOTES.replace(
        "    " + "-" * 72 + "\n", "    curl https://example.org/install.sh | sh\n"
    )
    document = parse_text(text, fmt="markdown", today=TODAY)
    assert all(footnote.url != "https://example.org/install.sh" for footnote in document.footnotes)


# --- The closing mark of an English quotation opens none (styles._english_quotation_open) -------------------


def test_english_closing_quote_opens_no_title() -> None:
    text = (
        "Free beer[^1] here.\n\n"
        "[^1]: My partner said “Beer! Is it free?”, I said “Yes”, and she said “What, as in beer?”, she’ll "
        "be using Linux next.\n"
    )
    assert _notes(text)["1"].title is None


def test_swedish_quotation_opening_with_the_closing_mark_is_a_title() -> None:
    # Near miss: Swedish and Finnish quote with ”…” — no “ stands before, so the mark opens the title.
    text = (
        "Text[^1] här.\n\n"
        "[^1]: Andersson, A. (2020). ”Öppna data i kommunerna”. Kommunförbundet. https://example.se/oppna-data\n"
    )
    assert _notes(text)["1"].title == "Öppna data i kommunerna"


# --- A title quoted whole in its link keeps the host it opens with (entries.parse_entries, _quoted_whole) ------

CS1_HOST_TITLES = """<html><body><p>Asm.js is fast.<sup><a href="#cite_note-1">[1]</a></sup> It has a FAQ.<sup><a
href="#cite_note-2">[2]</a></sup> It is a subset.<sup><a href="#cite_note-3">[3]</a></sup></p>
<h2>References</h2><ol class="references">
<li id="cite_note-1"><span class="reference-text"><cite class="citation web cs1"><a class="external text"
href="https://hacks.example.org/asm">"Asm.js in Firefox Nightly"</a>. <i>Hacks blog</i>. 2013.</cite></span></li>
<li id="cite_note-2"><span class="reference-text"><cite class="citation web cs1"><a class="external text"
href="http://asmjs.org/faq.html">"asm.js&#160;— frequently asked questions"</a>. Asmjs.org. July 26, 2014.</cite></span></li>
<li id="cite_note-3"><span class="reference-text"><cite class="citation web cs1"><a class="external text"
href="http://asmjs.org/spec/latest/">"asm.js&#160;— working draft"</a>. Asmjs.org. August 18, 2014.</cite></span></li>
</ol></body></html>
"""


def test_title_quoted_whole_in_its_link_keeps_its_host() -> None:
    notes = _notes(CS1_HOST_TITLES, fmt="html")
    assert notes["2"].title == "asm.js — frequently asked questions"
    assert notes["3"].title == "asm.js — working draft"


# --- APA's "[Video de YouTube]" (styles.MEDIUM) and a binding's edition (edition_tails._SPELT_EDITION) -------

APA_ES = """<html><body><h2>Bibliografía</h2><ul>
<li>Anderson, E. (2009). Inclusive masculinity: the changing nature of masculinities (Paperback edition). New York:
Routledge. ISBN 9780415804622</li>
<li>El Diario. (4 ene 2016). 48 frases que se escuchan a lo largo de la vida, [Video de YOUTUBE].
<a href="https://youtu.be/abc">https://youtu.be/abc</a></li>
<li>Motik, B. (2012). OWL 2 Web Ontology Language Document Overview (Second Edition). W3C.
<a href="https://www.w3.org/TR/owl2-overview/">https://www.w3.org/TR/owl2-overview/</a></li>
<li>Acme Corp. (2020). Acme Database Server (Enterprise Edition). Acme.
<a href="https://acme.example/server">https://acme.example/server</a></li>
</ul></body></html>
"""


def test_binding_edition_closes_no_title() -> None:
    assert (
        _notes(APA_ES, fmt="html")["1"].title == "Inclusive masculinity: the changing nature of masculinities"
    )


def test_numbered_or_product_edition_stays_in_the_title() -> None:
    # Near misses: a specification's numbered edition and a product's edition are their titles' own.
    notes = _notes(APA_ES, fmt="html")
    assert notes["3"].title == "OWL 2 Web Ontology Language Document Overview (Second Edition)"
    assert notes["4"].title == "Acme Database Server (Enterprise Edition)"


def test_spanish_apa_youtube_video_designator() -> None:
    assert _notes(APA_ES, fmt="html")["2"].title == "48 frases que se escuchan a lo largo de la vida"


# --- A Word note's number flattened and glued to its address (regions._glued_note_number) -------------------

GLUED_NUMBERS = """# Hana als Datenbank

SAP Hana ist eine Plattform[[1\\]](#_ftn1) mit einer Datenbank.

------

[[1\\]](#_ftnref1)https://www.example.com/hana-interview-questions/

2<https://link.example.org/book/10.1007%2F978-3-658-18603-6>

3<https://www.example.de/products/hana.html#page=3>

# Indizes

Die Daten werden in zwei Formaten abgelegt.
"""


def test_flattened_note_numbers_glued_to_their_addresses() -> None:
    notes = _notes(GLUED_NUMBERS)
    assert notes["1"].url == "https://www.example.com/hana-interview-questions/"
    assert notes["2"].url == "https://link.example.org/book/10.1007%2F978-3-658-18603-6"
    assert notes["3"].url == "https://www.example.de/products/hana.html#page=3"


def test_glued_number_out_of_sequence_is_no_note() -> None:
    # Near miss: a number that is not the next note's ("7<https://…>" after note 1) stays a link of the text.
    notes = _notes(GLUED_NUMBERS.replace("2<https", "7<https").replace("3<https", "9<https"))
    assert "7" not in notes and "2" not in notes
