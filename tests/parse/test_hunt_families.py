"""Rules from the failure hunt of branch p12-hunt: whole documents whose URLs were lost, by the shape
of the document (not of its entries). Each rule has a case where it fires and a near miss where it
must not; the data that justifies it is named with it.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.link_pieces import joined_link_pieces
from citecheck.parse.page_break_items import joined_page_break_items
from citecheck.parse.regions import is_notes_heading
from citecheck.parse.spaced_urls import join_spaced_urls, unspaced_heading
from citecheck.parse.urls import find_urls
from citecheck.parse.word_anchors import relative_word_anchors

TODAY = dt.date(2026, 12, 6)


def _notes(text: str, fmt: str = "text") -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path=f"x.{'md' if fmt == 'markdown' else 'txt'}", fmt=fmt, today=TODAY)  # type: ignore[arg-type]
    return {fn.label: (fn.title, fn.url) for fn in document.footnotes}


# --- A PDF text layer's spaced addresses -------------------------------------------------------
# Data: fixtures/parse-eval en-nature-pdftext-scirep-linkprediction-references.txt (Scientific
# Reports, every entry's DOI written "https:// doi. org/ 10. 1109/ TNSE. 2021. 30649 52 (2021).") and
# en-apa-pdftext-wiley-accelerometer-references.txt (a Wiley journal's APA list, "https:// doi. org/
# 10. 1186/ s1304 0-  017-  0155-  3"); the hunt saw the shape in BMC Cancer, EURASIP, Financial
# Innovation and eLife text layers too.

SCIREP = (
    "References\n"
    " 1. Xu, F. et al. Specificity and competition of mRNAs dominate droplet pattern in protein phase separation. "
    "Phys. Rev. Res. 5(2), \n"
    "023159. https:// doi. org/ 10. 1093/ bib/ bbac2 66 (2022).\n"
    " 2. Herff, C. & Schultz, T. Automatic speech recognition from neural signals: A focused review. Front. "
    "Neurosci. https:// doi. org/ 10. \n"
    "3389/ fnins. 2016. 00429 (2016).\n"
    " 3. Sun, F ., Sun, J. & Zhao, Q. A deep learning method for predicting metabolite-disease associations via "
    "graph neural network. Brief \n"
    "Bioinform. 23(4), 266. https:// doi. org/ 10. 1109/ access. 2021. 30770 16 (2021).\n"
)


def test_spaced_doi_is_joined_and_its_wrapped_line_is_no_entry() -> None:
    notes = _notes(SCIREP)
    assert set(notes) == {"1", "2", "3"}
    assert notes["1"][1] == "https://doi.org/10.1093/bib/bbac266"
    assert notes["2"][1] == "https://doi.org/10.3389/fnins.2016.00429"
    # "access" after a slash is a path, not the label word; the spaced initial "F ." is closed up.
    assert notes["3"] == (
        "A deep learning method for predicting metabolite-disease associations via graph neural network",
        "https://doi.org/10.1109/access.2021.3077016",
    )


def test_spaced_url_stops_at_a_label_word_a_capitalised_word_and_a_note_of_its_own() -> None:
    text = (
        "35. Cancers. A Systematic Review and Meta-Analysis. https:// www. mdpi. com/ 2072- 6694/ 15/ 15/ 3754. \n"
        "Accessed 18 Aug 2024.\n"
        "8 The Economics of Security Operations Centers, Ponemon Institute,https:// d53g0hkpcf8eh.cloudfront.net/x/Report.pdf\n"
        "9 Cyber Resilient Organization Report 2020, IBM Security, https://www.ibm.com/security/\n"
    )
    joined = join_spaced_urls(text)
    assert "https://www.mdpi.com/2072-6694/15/15/3754. \nAccessed 18 Aug 2024." in joined
    assert "https://d53g0hkpcf8eh.cloudfront.net/x/Report.pdf\n9 Cyber Resilient" in joined
    # The line count is kept: a line break an address spanned is owed to the end.
    assert joined.count("\n") == text.count("\n")


def test_near_miss_a_scheme_and_a_space_before_prose_or_a_closed_url() -> None:
    # No host label with its dot after the spaces: not the text layer's address.
    text = "Write the scheme as https:// before the host, see the guide.\nOr http:// then nothing.\n"
    assert join_spaced_urls(text) == text
    # An address without spaces, and an initial with its own full stop, are left alone.
    plain = "Sun, F ., Sun, J. Title. https://doi.org/10.1/x (2020).\n"
    assert join_spaced_urls(plain) == plain


# --- A heading set in spaced capitals ---------------------------------------------------------
# Data: en-apa-pdftext-wiley-accelerometer-references.txt ("R E F E R E N C E S", "O R C I D"): the
# list under it was not read at all.


def test_letter_spaced_heading_names_the_list() -> None:
    assert unspaced_heading("R E F E R E N C E S") == "REFERENCES"
    assert (
        unspaced_heading("S T AT E M E N T  O N  I N C LU S I O N") is None
    )  # "AT", "LU": not one letter a time
    assert is_notes_heading("R E F E R E N C E S")
    assert is_notes_heading("N O T E S")


def test_near_miss_letter_spaced_line_that_is_no_notes_heading() -> None:
    assert not is_notes_heading("O R C I D")
    assert unspaced_heading("A B C") is None  # fewer than four letters
    assert unspaced_heading("References") is None


# --- Word's note anchors written as absolute links --------------------------------------------
# Data: en-docxnotes-code4lib-bbip-references.md (Code4Lib Journal, notes under "## References"
# opening "[\[1\]](https://journal.code4lib.org/articles/#_ednref1)") and
# en-docxnotes-pivotal180-ohtani-endnotes.md (WordPress post, the same after the post, text on the
# next line): read as link lists whose URLs were the back-links.

CODE4LIB = (
    "The project [\\[1\\]](https://journal.code4lib.org/articles/#_edn1) began in 1983.\n\n"
    "## References\n\n"
    "[\\[1\\]](https://journal.code4lib.org/articles/#_ednref1) BBIP Statement of Innovation: "
    "[https://bbip.drupal.ku.edu/statement-innovation](https://bbip.drupal.ku.edu/statement-innovation)\n\n"
    "[\\[2\\]](https://journal.code4lib.org/articles/#_ednref2) According to the head of the HBW, fewer than "
    "eight percent of known texts are included.\n"
)


def test_word_anchor_links_read_as_the_notes_they_are() -> None:
    notes = _notes(CODE4LIB, "markdown")
    assert notes["1"] == ("BBIP Statement of Innovation", "https://bbip.drupal.ku.edu/statement-innovation")
    assert notes["2"][1] is None
    assert not any(label.startswith("L") for label in notes)


def test_near_miss_other_fragments_stay_absolute_links() -> None:
    text = (
        "[Section](https://example.org/page#_ftn) and [note](https://example.org/page#fn1) and "
        "[part](https://example.org/page#section-1)"
    )
    assert relative_word_anchors(text) == text
    assert relative_word_anchors("[\\[2\\]](http://a.org/p/#_ftnref12)") == "[\\[2\\]](#_ftnref12)"


# --- A URL written as adjacent links to the one address ---------------------------------------
# Data: en-authordate-pdfmd-waveletdiffusion-references.md (entries 6, 8, 9, 11, 12 read as
# "https://arxiv.org/abs/2504.03821 03821") and en-acm-pdfmd-kvcache-references.md (entries 18, 22,
# 25), PDF-to-Markdown conversions.

ICML = (
    "## References\n\n"
    "- Kiruluta, A. and Lemos, A. A hybrid wavelet-fourier method for next-generation conditional diffusion "
    "models, 2025. URL [https://arxiv.org/abs/2504.](https://arxiv.org/abs/2504.03821) "
    "[03821](https://arxiv.org/abs/2504.03821).\n"
    "- Ito, K. and Johnson, L. The lj speech dataset. [https://](https://keithito.com/LJ-Speech-Dataset/) "
    "[keithito.com/LJ-Speech-Dataset/](https://keithito.com/LJ-Speech-Dataset/), 2017.\n"
)


def test_adjacent_link_pieces_make_one_url() -> None:
    notes = _notes(ICML, "markdown")
    assert notes["1"][1] == "https://arxiv.org/abs/2504.03821"
    assert notes["2"][1] == "https://keithito.com/LJ-Speech-Dataset/"
    glued = (
        "[https://developer.nvidia.com/blog/introducing-nvidia-dynamo](https://d.com/x)[a](https://d.com/x)"
    )
    assert joined_link_pieces(glued) == glued  # the pieces do not spell the address
    dynamo = "https://developer.nvidia.com/blog/introducing-nvidia-dynamo-a-low-latency"
    pieces = (
        f"[https://developer.nvidia.com/blog/introducing-nvidia-dynamo]({dynamo})[a-low-latency]({dynamo})"
    )
    assert joined_link_pieces(pieces) == f"[{dynamo}]({dynamo})"


def test_near_miss_title_words_linked_over_two_lines_stay_apart() -> None:
    # A title split over two links to its page (not an address spelled out) is left alone.
    text = (
        "[SCROLLS: Standardized CompaRison over long lan-](https://doi.org/10.18653/v1/2022.emnlp-main.823)\n"
        "[guage sequences.](https://doi.org/10.18653/v1/2022.emnlp-main.823) In Proceedings."
    )
    assert joined_link_pieces(text) == text
    # Two links to different addresses are not pieces of one.
    two = "[https://a.org/](https://a.org/x) [x](https://b.org/x)"
    assert joined_link_pieces(two) == two


# --- A numbered entry cut by a page break into a bullet of its own ----------------------------
# Data: en-numbered-pdfmd-videoqa-references.md (entry 40's venue) and
# en-acm-pdfmd-kvcache-references.md (entry 16's title end and URL).

CVPR = (
    "## References\n\n"
    '- <span id="page-9-5"></span>[39] Jingyi Zhang. R1-VL: Learning to reason. In *ICCV*, 2025.\n'
    '- <span id="page-9-12"></span>[40] Shaojie Zhang et al. Q-Frame: Query-aware frame selection. In\n\n'
    "- *Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)*, 2025.\n"
    '- <span id="page-9-3"></span>[41] Yuanhao Zou. A.I.R.: Enabling adaptive frame selection. In *ICLR*, 2026.\n'
)


def test_page_break_bullet_joins_the_numbered_entry_it_continues() -> None:
    joined = joined_page_break_items(CVPR)
    assert "selection. In *Proceedings of the IEEE/CVF" in joined
    assert joined.count("\n") == CVPR.count("\n")
    notes = _notes(CVPR, "markdown")
    assert notes["40"][0] == "Q-Frame: Query-aware frame selection"
    assert set(notes) == {"39", "40", "41"}


def test_near_miss_a_finished_entry_or_an_unnumbered_list_keeps_its_bullets() -> None:
    finished = CVPR.replace("selection. In\n\n", "selection. In *CVPR*, 2024.\n\n")
    assert joined_page_break_items(finished) == finished
    plain = "- Alpha, A. Title one. In\n\n- Beta, B. Title two. 2020.\n- Gamma, C. Title three. 2021.\n"
    assert joined_page_break_items(plain) == plain


# --- A DOI address broken by a space at a PDF's line end --------------------------------------
# Data: en-apa-pdftext-storytelling-security-references.md (entries 2, 3, 7, 10: "https://doi.org/
# 10.1007/…", "…/10.1126/ science.aaa1465", "…/10. 17705/…") and
# en-vancouver-pdftext-hydraulic-kg-references.md (entry 9: "…/10.1109/ cvpr52733.2024.01227").


def test_doi_cut_after_its_host_a_slash_or_a_dot_is_joined() -> None:
    text = (
        "2. Ackerman, M. S. (2004). Privacy in pervasive environments. Personal and Ubiquitous Computing, "
        "8(6), 430–439. https://doi.org/ 10.1007/s00779-004-0305-8\n"
        "3. Acquisti, A. (2015). Privacy and human behavior. Science, 347, 509–514. https://doi.org/10.1126/ science.aaa1465\n"
        "4. Anaraky, R. G. (2020). Exacerbating mindless compliance. AIS Transactions, 12(2), 70–95. "
        "https://doi.org/10. 17705/1thci.00129\n"
    )
    urls = [url for url, _, _ in find_urls(text)]
    assert urls == [
        "https://doi.org/10.1007/s00779-004-0305-8",
        "https://doi.org/10.1126/science.aaa1465",
        "https://doi.org/10.17705/1thci.00129",
    ]


def test_near_miss_other_hosts_and_a_sentence_after_a_doi_keep_the_space() -> None:
    # Another host keeps the space, so the address is reported as broken.
    assert [url for url, _, _ in find_urls("See https://example.org/politika/ 25584021 now")] == [
        "https://example.org/politika/ 25584021"
    ]
    # A DOI address that ends with its full stop, then a sentence: not joined.
    assert [url for url, _, _ in find_urls("https://doi.org/10.1/abc. Accessed 3 May 2020.")] == [
        "https://doi.org/10.1/abc"
    ]
    # A complete DOI followed by a number (a PMID) is no cut.
    first = next(url for url, _, _ in find_urls("https://doi.org/10.1/abc 30040631"))
    assert first.startswith("https://doi.org/10.1/abc")


# --- An address closed by full-width punctuation ----------------------------------------------
# Data: zh-gbt-blog-syntacticsugar-cankaowenxian.md and zh-gbt-blog-generics-cankaowenxian.md (GB/T
# 7714 "[EB/OL].http://…/inner-class-fake-friends.html，2019-06-18.<br>": the date was read into
# the URL).


def test_full_width_comma_closes_a_bare_url() -> None:
    text = (
        "## 参考文献\n\n[1] Lee Benfield.[Inner classes have to fake friendship]"
        "(http://www.benf.org/other/cfr/inner-class-fake-friends.html)[EB/OL]."
        "http://www.benf.org/other/cfr/inner-class-fake-friends.html，2019-06-18.<br>\n"
    )
    assert _notes(text, "markdown")["1"][1] == "http://www.benf.org/other/cfr/inner-class-fake-friends.html"
    assert [url for url, _, _ in find_urls("见 https://a.org/x，2019-06-18。")] == ["https://a.org/x"]


def test_near_miss_cjk_letters_in_a_path_stay_in_the_url() -> None:
    assert [url for url, _, _ in find_urls("见 https://zh.wikipedia.org/wiki/猫 条目")] == [
        "https://zh.wikipedia.org/wiki/猫"
    ]


# --- "Works cited" localized, alone on a plain line -------------------------------------------
# Data: tr-deepresearch-text-dotnet-alintilanan.txt (no list was read under "Alıntılanan çalışmalar")
# and es-deepresearch-pdftext-webdesign-obras-citadas.txt ("Obras citadas").


def test_localized_works_cited_heads_a_plain_text_list() -> None:
    assert is_notes_heading("Alıntılanan çalışmalar")
    assert is_notes_heading("Obras citadas")
    text = (
        "Bu rapor burada biter.\nAlıntılanan çalışmalar\n"
        "1. Muhammad Faheem Aram - GitHub, https://github.com/MuhammadFaheemAkram\n"
        "2. DevJourney | Rəqəmsal Platforma, https://devjourney.az/\n"
    )
    notes = _notes(text)
    assert notes["1"][1] == "https://github.com/MuhammadFaheemAkram"
    assert notes["2"][1] == "https://devjourney.az/"


def test_near_miss_the_phrase_inside_a_sentence_heads_nothing() -> None:
    assert not is_notes_heading("Las obras citadas en este informe se revisaron a mano en febrero de 2026.")
    assert not is_notes_heading("Obras")
