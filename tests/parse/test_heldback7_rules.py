"""Rules learnt from the spent heldback-7 part of the parse eval (branch p10-hb7tune), by family of
shapes: Nature's numbered references, numbered lists run together on one line ("Works cited 1. …
https://… 2. …"), lists under a lead line or with Pandoc's example labels, source tables with a
"Resource" column, plain-text headings underlined on the next line, the American Meteorological
Society's author-date shape, Wikipedia copied as plain text or converted to Markdown (a numbered
list at the end cited by the text above, access dates written before their label in Japanese and
Korean, site names in title brackets), GOST author lists before "//", slide decks continuing their
references under "(cont.)". The entries are shaped like the real ones (fixtures/parse-eval,
heldback-7 and the calibration documents added with it); the names and URLs are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse.styles import title_and_publisher

from .test_source_lists import _fields, _notes


@pytest.mark.parametrize(
    ("head", "title", "journal"),
    [
        ("Doe, Y., Roe, Y. & Poe, G. Deep sorting. Nature 521, 436-444 (2015).", "Deep sorting", "Nature"),
        (
            "Doe, L. et al. Review of sorting: concepts, architectures, future directions. J. Big Data 8, 53 (2021).",
            "Review of sorting: concepts, architectures, future directions",
            "J. Big Data",
        ),
        (
            "Roe, R. et al. Factor analysis disentangles heterogeneity in rivers. bioRxiv 217554 (2017).",
            "Factor analysis disentangles heterogeneity in rivers",
            "bioRxiv",
        ),
        (
            "Doe, R. J. & Roe, C. B. River metabolism and disease: what do outliers teach us?. Cell 148, 1132–1144 (2012).",
            "River metabolism and disease: what do outliers teach us?",
            "Cell",
        ),
        (
            "Doe, J. S. et al. A sensor for ATP. Proc. Natl Acad. Sci. USA 121, e2314604121 (2024).",
            "A sensor for ATP",
            "Proc. Natl Acad. Sci. USA",
        ),
        (
            "Doe, S., Roe, K. & Poe, L. X. More Is Better: Recent Progress. Front. Genet. 8, (2017).",
            "More Is Better: Recent Progress",
            "Front. Genet.",
        ),
    ],
)
def test_nature_references_title_ends_before_the_journal(head: str, title: str, journal: str) -> None:
    assert title_and_publisher(head, cites=False) == (title, journal)


def test_a_list_run_together_on_one_line_is_one_entry_per_number() -> None:
    text = (
        "#### Works cited\n\n"
        "1. Neural Network-Based Trading Systems: Multi-Timeframe Analysis in Markets - arXiv,"
        " https://arxiv.example/html/2508.02356 2. Multi-Timeframe Feature Engineering for Market Prediction:"
        " A Price-Level-Agnostic Approach - Preprints.org, https://preprints.example/manuscript/202603.0994 3. A"
        " multi-agent reinforcement learning framework using multiple timeframe data - UPCommons,"
        " https://upcommons.example/download\n"
    )
    notes = _notes(text)
    assert [(fn.label, fn.url) for fn in notes] == [
        ("1", "https://arxiv.example/html/2508.02356"),
        ("2", "https://preprints.example/manuscript/202603.0994"),
        ("3", "https://upcommons.example/download"),
    ]
    assert [(fn.title or "").rsplit(" - ", 1)[0] for fn in notes] == [
        "Neural Network-Based Trading Systems: Multi-Timeframe Analysis in Markets",
        "Multi-Timeframe Feature Engineering for Market Prediction: A Price-Level-Agnostic Approach",
        "A multi-agent reinforcement learning framework using multiple timeframe data",
    ]


def test_a_notes_heading_run_into_the_last_paragraph_opens_its_run_in_list() -> None:
    text = (
        "The guide ends here with a summary of the method. Works cited 1. 2.2 FITS File Format - Example Institute,"
        " accessed October 23, 2025, https://docs.example/fits.html 2. FITS Format, accessed October 23, 2025,"
        " https://astro.example/fits.html 3. 3.2 Handling Files - Example Docs, accessed October 23, 2025,"
        " https://files.example/handling\n"
    )
    notes = _notes(text)
    assert _fields(notes) == [
        ("1", "2.2 FITS File Format", "https://docs.example/fits.html"),
        ("2", "FITS Format", "https://astro.example/fits.html"),
        ("3", "3.2 Handling Files", "https://files.example/handling"),
    ]
    assert {fn.access_date for fn in notes} == {dt.date(2025, 10, 23)}


def test_numbers_in_prose_after_a_url_are_no_run_in_list() -> None:
    text = "## Notes\n\n1. See https://one.example for details, and 3. is not a list number.\n"
    assert [fn.label for fn in _notes(text)] == ["1"]


def test_a_lead_line_before_numbered_lines_in_one_paragraph() -> None:
    text = (
        "- Losses rose by half in a year (2)\n\n**Evidenced or assumed:**\n"
        "(1) https://news.example/cargo-2024/\n(2) https://data.example/report (Example 2024 Report)\n"
        "(3) https://third.example/page\n"
    )
    assert [(fn.label, fn.url) for fn in _notes(text)] == [
        ("1", "https://news.example/cargo-2024/"),
        ("2", "https://data.example/report"),
        ("3", "https://third.example/page"),
    ]


def test_pandoc_example_lists_are_numbered_in_order() -> None:
    text = (
        "Literatura\n==========\n\n"
        "(@doe) J.\\ Doe. *Synchronizace v\\ sítích*, AUTOMA, vol.\\ 2, 2010.\n"
        "(@roe) Q.\\ M.\\ Roe. A\\ Simple Clock Scheme. *IEEE Transactions*, vol.\\ 60, 2012.\n"
        "(@kit) Kit. *Platforma Kit* [online]. 2012, [cit. 2013-01-18]. Dostupné z\\ <http://kit.example/>.\n"
    )
    notes = _notes(text)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert [" ".join((fn.title or "").split()) for fn in notes] == [
        "Synchronizace v sítích",
        "A Simple Clock Scheme",
        "Platforma Kit",
    ]
    assert notes[2].url == "http://kit.example/" and notes[2].access_date == dt.date(2013, 1, 18)


def test_a_resource_column_names_a_table_of_sources() -> None:
    text = (
        "## References\n\n| Resource | URL |\n|---|---|\n| Example official site | https://example.com |\n"
        "| Example CLI docs | https://docs.example.com/cli |\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "Example official site", "https://example.com"),
        ("2", "Example CLI docs", "https://docs.example.com/cli"),
    ]


def test_an_underlined_heading_and_the_american_meteorological_society_shape() -> None:
    text = (
        "Licence\n-------\n\nFree software.\n\n\nReferences\n----------\n\n"
        "Doe, L., 2002: Notes on configuring a binder: the phase associator, http://docs.example/binder.html\n\n"
        "Roe, G., 2005: Creating the Virtual Observer: developments in ground motion. PhD thesis, Example Institute.\n\n"
        "Roe, G., and T. Poe, 2007: The Virtual Observer (VS) method: a Bayesian approach, in Early warning,"
        " editors: P. Doe, Springer, 85-132.\n"
    )
    assert [(fn.label, fn.title) for fn in _notes(text, "doc.txt")] == [
        ("1", "Notes on configuring a binder: the phase associator"),
        ("2", "Creating the Virtual Observer: developments in ground motion"),
        ("3", "The Virtual Observer (VS) method: a Bayesian approach"),
    ]


def test_a_plain_copied_wikipedia_list_and_a_wrapped_entry_among_one_line_entries() -> None:
    copied = (
        "Referencias\n\n"
        "Linus Doe (8 de abril de 2005). «Re: Kernel saga».\n"
        "Linus Doe (5 de mayo de 2006). «Re: Git wiki». Referencias de los antecesores de Git\n"
        "«LKML: Re: Kernel saga». lkml.example. Consultado el 1 de mayo de 2024.\n"
    )
    assert [fn.title for fn in _notes(copied, "doc.txt")] == [
        "Re: Kernel saga",
        "Re: Git wiki",
        "LKML: Re: Kernel saga",
    ]
    wrapped = (
        "## Kaynakça\n\n"
        '"K-means (part 1)". (Jul 10, 2011). Channel. Youtube. Erişim tarihi: 1 Aralık 2022. https://video.example/1\n\n'
        '"K-means (part 2)". (Jul 11, 2011). Channel. Youtube. Erişim tarihi: 1 Aralık 2022. https://video.example/2\n\n'
        '"Lecture 60". (Apr 13, 2016). \nAnother Channel. Youtube. Erişim tarihi: 28 Kasım 2022. https://video.example/3\n\n'
        '"K-means Clustering". (Jan 19, 2014). Someone. Youtube. https://video.example/4\n'
    )
    notes = _notes(wrapped)
    assert [(fn.label, fn.url) for fn in notes] == [
        (str(n), f"https://video.example/{n}") for n in range(1, 5)
    ]
    assert notes[2].title == "Lecture 60" and notes[2].access_date == dt.date(2022, 11, 28)


def test_a_converted_wikipedia_page_notes_list_at_the_end_with_dates_before_their_label() -> None:
    text = (
        "本文は比較される\\[1\\]\\[2\\]ため、ここで終わる。\n\n## 脚注\n\n### 出典\n\n## 関連項目\n\n"
        '  - [if文](https://ja.wikipedia.org/wiki/if文 "wikilink")\n\n'
        "1.  むろん、これは説明である。\n"
        "2.  [Example マニュアル - 制御構造](http://docs.example/control.html)、2014年3月3日閲覧。\n"
        "3.  [switch(C\\#リファレンス)](http://docs.example/switch.aspx)、MSDN（2014年5月30日閲覧）。\n"
    )
    notes = {fn.label: fn for fn in _notes(text)}
    assert notes["2"].url == "http://docs.example/control.html"
    assert notes["2"].access_date == dt.date(2014, 3, 3)
    assert notes["3"].title == "switch(C#リファレンス)" and notes["3"].access_date == dt.date(2014, 5, 30)


def test_korean_access_dates_and_site_names_in_title_brackets() -> None:
    text = (
        "### 각주\n\n"
        "1. ↑ “Improving language understanding”. 《openai.com》 (미국 영어). 2023년 3월 18일에 확인함.\n"
        "2. ↑ Doe, Mo. “How does it work?”. 《www.aljazeera.com》.\n"
        "3. ↑ https://www.example.com/sites/page\n"
    )
    notes = _notes(text)
    assert [(fn.title, fn.url) for fn in notes] == [
        ("Improving language understanding", None),
        ("How does it work?", None),
        (None, "https://www.example.com/sites/page"),
    ]
    assert notes[0].access_date == dt.date(2023, 3, 18)


def test_gost_authors_before_the_slashes_and_a_remark_after_the_container() -> None:
    assert title_and_publisher("Doe P., Roe M. A Universal Grid Library // Robot Systems. — Springer, 2016.")[
        0
    ] == ("A Universal Grid Library")
    text = (
        "## Список литературы\n\n"
        "1. Doe K. et al. GPU-Accelerated Mapping for Robots // IEEE Letters. — 2023. *(DOI не найден)*\n"
        "2. Roe C. et al. Traversability Analysis // IEEE Conference (ICRA). — 2023. *(DOI не найден)*\n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "GPU-Accelerated Mapping for Robots",
        "Traversability Analysis",
    ]


def test_references_continued_on_later_slides_with_many_initials() -> None:
    text = (
        "# 7. **References**\n\n"
        '- F. M. Doe, G. Roe, und G. Poe, "YAGO: A Core of Knowledge", 2007.\n\n---\n\n'
        "# 7. **References** (cont.)\n\n"
        '- T. Doe Tanon, G. Roe, und F. Poe, "YAGO 4: A Reason-able Knowledge Base", in The Semantic Web, Bd. 12123,'
        " A. Harth, S. Kirrane, A.-C. Ngonga Ngomo, H. Paulheim, A. Rula, A. L. Gentile, P. Haase, und M. Cochez,"
        " Hrsg., Cham: Springer, 2020, S. 583-596.\n\n---\n\n"
        "# 7. **References** (cont.)\n\n"
        '- "YAGO 3.0". Zugriff am 01.11.2024 [Online]. Link: https://code.example/yago3\n'
    )
    assert [(fn.label, fn.title) for fn in _notes(text)] == [
        ("1", "YAGO: A Core of Knowledge"),
        ("2", "YAGO 4: A Reason-able Knowledge Base"),
        ("3", "YAGO 3.0"),
    ]


def test_the_pages_cited_and_an_abbreviation_in_brackets() -> None:
    assert title_and_publisher("Doe, E. (2020). Statistics in Python Release 0.2 (pp. 159-163)")[0] == (
        "Statistics in Python Release 0.2"
    )
    assert title_and_publisher("Doe, Stefan. Machine Learning God. (2017), 11.1 (K-Means) bölümleri.")[0] == (
        "Machine Learning God"
    )
    assert (
        title_and_publisher('"The Virtual Observer (VS) method", Example Press.')[0]
        == "The Virtual Observer (VS) method"
    )
    assert title_and_publisher("Doe, J. (2020). Title of the work (EN). Site.")[0] == "Title of the work"


def test_french_iso_690_entries_with_glued_bullets_under_bold_sub_headings() -> None:
    text = (
        "## Bibliographie :\n\n**Catalogue**\n\n"
        "-DOE, C., ROE, P., POE, S. et LOE, J.-L., 2015. Size of fires in the region: observations and analysis."
        " In : Natural Hazards. 23 juin 2015. Vol. 15, n° 6, pp. 1331‑1341. DOI 10.5194/nhess-15-1331-2015.\n\n"
        "**Online Library**\n\n"
        "-DOE, Marc Macias, ROE, Sean T. et POE, Edward A., 2011. Predicting effects on fires across scales."
        " In : Climate Change. 2011. Vol. 2, n° 1, pp. 99‑112. DOI https://doi.org/10.1002/wcc.92.\n"
    )
    assert [(fn.label, fn.title) for fn in _notes(text)] == [
        ("1", "Size of fires in the region: observations and analysis"),
        ("2", "Predicting effects on fires across scales"),
    ]
