"""Whole saved pages, second set (fixtures/parse-eval-pages, branch p11-pagerefs2): the rules learnt
on the SciELO article pages (scieloorg/packtools fixtures, pt/es/en) and a WordPress "footnotes"
plugin post (postlight/parser's saved sect.iij.ad.jp page, ja), each with a test that fires and a
near miss. The entries are shaped as those pages write them (provenance in truth.toml).
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes
from citecheck.parse.dates import ACCESS_LABEL, date_after_label
from citecheck.parse.html import read_html
from citecheck.parse.regions import _em_in_sentence

from .conftest import saved_page, saved_page_notes

TODAY = dt.date(2026, 12, 1)


_notes = saved_page_notes
_page = saved_page


_BODY = "<p>The article's text, which cites its sources in passing and goes on for a while.</p>"


# 1. Spans clamped where trailing blanks are trimmed (html._clamp_spans) ---------------------------

_LINK_THEN_BREAKS = (
    "<p>Anghebem MI. COVID-19 and Diabetes. Rev Bras Anal Clin. 2020;52(2):154-9. doi: "
    '<a href="http://doi.org/10.21877/2448-3877.20200001">http://doi.org/10.21877/2448-3877.202000...\n'
    "            </a>{between}Rahmani-Kukia N, Abbasi A. Physiological and Immunological Causes. 2021.</p>"
)


def test_link_ending_in_blanks_before_two_breaks_stays_inside_its_block() -> None:
    # The link's trailing blank is trimmed at the first break and the second ends the block: without
    # the clamp the link's span ended one past the block's text and parsing raised IndexError (as
    # SciELO's reference tooltips did, "…20200001</span><br><a>URL…⏎   </a>").
    html = _page(_BODY + _LINK_THEN_BREAKS.format(between="<br><br>") * 2)
    for block in read_html(html).blocks:
        assert all(span.end <= len(block.text) for span in block.link_spans)
    parse_bytes(html.encode(), path="page.html", today=TODAY)


def test_link_near_miss_one_break_keeps_its_span() -> None:
    html = _page(_BODY + _LINK_THEN_BREAKS.format(between="<br>"))
    spans = [(b.text, s) for b in read_html(html).blocks for s in b.link_spans]
    assert spans
    text, span = spans[0]
    assert text[span.start : span.end].strip() == "http://doi.org/10.21877/2448-3877.202000..."
    assert "Rahmani" in text


# 2. A classed back link that shows its note's number (html._backlink_label) -----------------------

_PLUGIN_ROW = (
    '<tr class="footnotes_plugin_reference_row"><th scope="row" class="footnote_plugin_index_combi">'
    '<a id="footnote_plugin_reference_253_1_{n}" href="#r+253+1+{n}" class="footnote_backlink">'
    '<span class="footnote_index_arrow">↑</span>{n}</a></th><td class="footnote_plugin_text">{text}</td></tr>'
)


def _plugin_page(texts: list[str]) -> str:
    rows = "".join(_PLUGIN_ROW.format(n=n, text=text) for n, text in enumerate(texts, 1))
    return _page(
        _BODY + '<div class="speaker-mute footnotes_reference_container"><div><p><span>脚注</span></p></div>'
        f'<div><table class="footnotes_table"><tbody>{rows}</tbody></table></div></div>'
    )


def test_footnotes_plugin_rows_are_numbered_notes() -> None:
    notes = _notes(
        _plugin_page(
            [
                "Masscan は GNU General Public License Version 3 のライセンスで公開されている。",
                "このデータは異常値として集計データからは除外している。",
                "次の記事を参照のこと。「IIJ Security Diary: IoT 機器を踏み台として利用する攻撃」 "
                '<a href="https://sect.iij.ad.jp/d/2019/02/128021.html">https://sect.iij.ad.jp/d/2019/02/128021.html</a>',
                "おそらく調査目的のスキャンと考えられる。",
            ]
        )
    )
    assert set(notes) >= {"1", "2", "3", "4"}
    assert notes["3"].url == "https://sect.iij.ad.jp/d/2019/02/128021.html"
    assert notes["1"].url is None


def test_backlink_label_at_item_start() -> None:
    # The plugin's list form: each note opens with its classed back link "↑5"; its number, not the
    # bullet's count, labels it.
    names = [
        "Smith, J. Alpha study",
        "Jones, K. Beta survey",
        "Brown, L. Gamma report",
        "Green, M. Delta review",
    ]
    html = _page(
        _BODY
        + '<ul class="footnotes">'
        + "".join(
            f'<li><a class="footnote_backlink" href="#r+1+{n}">↑{n}</a> {name}. Publisher, 2020.</li>'
            for n, name in enumerate(names, 5)
        )
        + "</ul>"
    )
    assert set(_notes(html)) >= {"5", "6", "7", "8"}


def test_backlink_near_miss_trailing_arrow_and_wikipedia_span() -> None:
    # A trailing "↩" back link labels nothing; a classed <span> (Wikipedia's "mw-cite-backlink")
    # stays dropped whatever it holds.
    html = _page(
        _BODY
        + '<ol class="footnotes">'
        + "".join(
            f'<li id="fn{n}">Smith, J. Title number {n}. Publisher, 2020. '
            f'<a class="footnote-backref" href="#fnref{n}">↩</a></li>'
            for n in range(1, 4)
        )
        + "</ol>"
    )
    assert set(_notes(html)) == {"1", "2", "3"}
    blocks = read_html(
        _page(
            '<ol class="references"><li><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span>'
            " Smith, J. Title. 2020.</li></ol>"
        )
    ).blocks
    assert all("^" not in b.text for b in blocks)


# 3. A later notes section numbered on after the notes read (html: last_note_number) ---------------


def _scielo_notes_then_references(notes: int) -> str:
    note_items = "".join(
        f'<li><span class="xref big">{n}</span><div>No original: “a quoted sentence number {n}”.</div></li>'
        for n in range(1, notes + 1)
    )
    refs = [
        "AUSTIN, J. L. <i>Quando dizer é fazer</i> Trad. Danilo Marcondes. Porto Alegre: Artes Médicas, 1990.",
        "FREGE, G. The Thought. <i>Mind</i>, New Series, v. 65, n. 259, pp.289-311, 1956.",
        "SEARLE, J. R. <i>Intentionality</i> New York: Cambridge University Press, 1983.",
    ]
    ref_items = "".join(f"<li><div>{r}</div></li>" for r in refs)
    return _page(
        _BODY
        + '<div class="articleSection"><div class="ref-list"><ul class="refList footnote">'
        + note_items
        + "</ul></div></div>"
        + '<div class="articleSection"><h1>REFERÊNCIAS</h1><div class="ref-list"><ul class="refList">'
        + ref_items
        + "</ul></div></div>"
    )


def test_references_after_numbered_notes_are_numbered_on() -> None:
    notes = _notes(_scielo_notes_then_references(3))
    assert notes["4"].title == "Quando dizer é fazer"
    assert notes["6"].title == "Intentionality"
    assert notes["1"].raw.startswith("No original")


def test_references_near_miss_no_notes_before_start_at_one() -> None:
    html = _page(
        _BODY + '<div class="ref-list"><h2>Referências</h2><ul class="refList">'
        "<li><div>AUSTIN, J. L. <i>Quando dizer é fazer</i> Trad. Danilo Marcondes. Porto Alegre, 1990.</div></li>"
        "<li><div>SEARLE, J. R. <i>Intentionality</i> New York: Cambridge University Press, 1983.</div></li>"
        "</ul></div>"
    )
    notes = _notes(html)
    assert notes["1"].title == "Quando dizer é fazer"
    assert notes["2"].title == "Intentionality"


# 4. Emphasis a sentence runs through is no title mark (regions._em_in_sentence) -------------------


def _at(text: str, run: str) -> tuple[int, int]:
    start = text.index(run)
    return start, start + len(run)


def test_species_name_inside_a_title_is_no_mark() -> None:
    text = (
        "ABDOLI, M. and DEHGHANI, H., 2007. Effects of cultivar and agar concentration on in vitro shoot "
        "organogenesis. Pakistan Journal of Botany, vol. 39, no. 1, pp. 31-35."
    )
    assert _em_in_sentence(text, *_at(text, "in vitro"))
    olive = "BAYRAKTAR, M., 2020. Prevention of hyperhydricity in olive (Olea europaea L.) cultivar ‘Gemlik’."
    assert _em_in_sentence(olive, *_at(olive, "Olea europaea"))
    html = _page(
        _BODY
        + "<h2>References</h2><ul>"
        + "".join(
            f"<li>AUTHOR{n}, M., 20{n:02d}. Effects of agar concentration on <i>in vitro</i> shoot organogenesis "
            f"in sunflower number {n}. Pakistan Journal of Botany, vol. {n}, pp. 31-35.</li>"
            for n in range(1, 4)
        )
        + "</ul>"
    )
    title = _notes(html)["1"].title or ""
    assert "shoot organogenesis" in title


def test_species_near_miss_field_marks_stay() -> None:
    book = "Smith, J. (2009). Plant cell culture. London: Bios."
    assert not _em_in_sentence(book, *_at(book, "Plant cell culture"))
    container = (
        "Smith, J. Title of the chapter. In Hybrid Nanocomposites (Springer, New York, 2009), Chap. 3."
    )
    assert not _em_in_sentence(container, *_at(container, "Hybrid Nanocomposites"))
    aip = "J. Smith, in Hybrid Nanocomposites (Springer, New York, 2009), Chap. 3."
    assert not _em_in_sentence(aip, *_at(aip, "Hybrid Nanocomposites"))
    named = "Rudolf Technical Info. 2015."
    assert not _em_in_sentence(named, *_at(named, "Technical Info"))
    closed = "Anon. 1907. Postcard of Thomas Thornycroft's Boadicea. London: s.n."
    assert not _em_in_sentence(closed, *_at(closed, "Thomas Thornycroft's Boadicea."))


# 5. "[Acesso 8 jun 2021]" (dates._ACCESS_LABELS "pt") ----------------------------------------------


def _access(text: str) -> dt.date | None:
    for label in ACCESS_LABEL.finditer(text):
        found = date_after_label(text, label.end(), label.lastgroup)
        if found is not None:
            return found[0]
    return None


def test_bracketed_acesso_dates_the_reading() -> None:
    text = (
        "Levi M, Levi JE. Nota Técnica SBIm: SBIm não recomenda a sorologia [Internet]. 26 mar 2021 "
        "[Acesso 8 jun 2021]. Disponível em: https://sbim.org.br/nota.pdf"
    )
    assert _access(text) == dt.date(2021, 6, 8)


def test_acesso_near_miss_open_access_and_unbracketed() -> None:
    assert _access("Revista de acesso aberto, 2021. Acesso 24 horas por dia desde 2020.") is None
    assert _access("[Acesso aberto] Revista Brasileira, 12 mar 2021.") is None


# 6. ABNT's "<URL>" with ">" inside the href (entries._clean_href) ---------------------------------


def test_angle_bracket_closing_the_href_is_dropped() -> None:
    html = _page(
        _BODY
        + "<h2>Referências</h2><ol>"
        + "".join(
            f"<li>Brazil. Ministério da Saúde. SI-PNI {n}. Disponível em: &lt;"
            f'<a href="http://tabnet.datasus.gov.br/cgi/dhdat.exe?bd_pni/cpnibr{n}.def&gt;">'
            f"http://tabnet.datasus.gov.br/cgi/dhdat.exe?bd_pni/cpnibr{n}.def&gt;</a>. Acesso em: 6 out. 2023.</li>"
            for n in range(1, 4)
        )
        + "</ol>"
    )
    assert _notes(html)["2"].url == "http://tabnet.datasus.gov.br/cgi/dhdat.exe?bd_pni/cpnibr2.def"


def test_angle_bracket_near_miss_placeholder_href_kept() -> None:
    html = _page(
        _BODY
        + "<h2>References</h2><ol>"
        + "".join(
            f'<li>API reference {n}. <a href="https://api.example.org/v{n}/items/<id>">'
            f"https://api.example.org/v{n}/items/&lt;id&gt;</a></li>"
            for n in range(1, 4)
        )
        + "</ol>"
    )
    assert (_notes(html)["2"].url or "").endswith("<id>")


# 7. ABNT's emphasised main title, plain subtitle after the colon (styles._PLAIN_SUBTITLE) ---------


def _abnt_list(entries: list[str]) -> str:
    items = "".join(f"<li><div>{entry}</div></li>" for entry in entries)
    return _page(_BODY + f'<h2>Referências</h2><div class="ref-list"><ul class="refList">{items}</ul></div>')


def test_abnt_plain_subtitle_joins_the_emphasised_title() -> None:
    notes = _notes(
        _abnt_list(
            [
                "HOX, J. <i>Multilevel analysis</i>: techniques and applications. Mahwah: Lawrence Erlbaum, 2002.",
                "RAUDENBUSH, S. W.; BRYK, A. S. <i>Hierarchical linear models</i>: applications and data analysis "
                "methods. Thousand Oaks: Sage, 2002.",
                "GOLDSTEIN, H. <i>Multilevel statistical models</i> 2. ed. New York: John Wiley, 1995.",
            ]
        )
    )
    assert notes["1"].title == "Multilevel analysis: techniques and applications"
    assert notes["2"].title == "Hierarchical linear models: applications and data analysis methods"


def test_abnt_subtitle_near_miss_publisher_or_volume_after_colon() -> None:
    notes = _notes(
        _abnt_list(
            [
                "JESUS, G. R. <i>Eficácia escolar</i>: v. 3, n. 2, p. 93-106, 2004.",
                "HOX, J. <i>Multilevel analysis</i>. Mahwah: Lawrence Erlbaum, 2002.",
            ]
        )
    )
    assert notes["1"].title == "Eficácia escolar"
    assert notes["2"].title == "Multilevel analysis"
