"""The reference shapes learnt from the spent heldback-2 part of the parse eval, each checked on real
entries of OTHER public documents than the eval's (so a rule holds beyond the fixture that showed
it). Provenance: the id of the file in the public-code index the entry was read from."""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse import parse_bytes
from citecheck.parse.entries import parse_entries, parse_entry
from citecheck.parse.urls import find_urls

TODAY = dt.date(2026, 12, 1)


def _notes(text: str, name: str = "refs.md") -> list[tuple[str, str | None, str | None]]:
    document = parse_bytes(text.encode(), path=name, today=TODAY)
    return [(fn.label, fn.title, fn.url) for fn in document.footnotes]


@pytest.mark.parametrize(
    ("entry", "title", "publisher", "accessed"),
    [
        # index-file:70837609186 (a Chinese thesis on UAV control)
        (
            "DO T, MUNG N X, HONG S K. Deep reinforcement learning-based quadcopter controller: a practical "
            "approach and experiments[EB/OL]. (2024-06-13)[2026-09-27]. https://arxiv.org/abs/2406.08815.",
            "Deep reinforcement learning-based quadcopter controller: a practical approach and experiments",
            None,
            dt.date(2026, 9, 27),
        ),
        (
            "章胜, 周攀, 何扬, 等. 基于深度强化学习的空战机动决策试验[J]. 航空学报, 2023, 44(10): 128094.",
            "基于深度强化学习的空战机动决策试验",
            "航空学报",
            None,
        ),
        # index-file:57133737901 (a Chinese graduation project on LLM serving)
        (
            "Kwon W, Li Z, Zhuang S, et al. Efficient Memory Management for Large Language Model Serving with "
            "PagedAttention[C]. Proceedings of the ACM SIGOPS Symposium on Operating Systems Principles, 2023.",
            "Efficient Memory Management for Large Language Model Serving with PagedAttention",
            "Proceedings of the ACM SIGOPS Symposium on Operating Systems Principles",
            None,
        ),
        (
            "vLLM Project. Optimization and Tuning - vLLM[EB/OL]. https://docs.vllm.ai/en/stable/configuration/optimization/",
            "Optimization and Tuning - vLLM",
            None,
            None,
        ),
        # index-file:6705547336 (a Chinese paper on text classification): glued separators
        (
            "Denil M,Demiraj A,Freitas N D.Extraction of salient sentences from labelled documents [EB/OL]."
            "[2018-04-25] https://arxiv.org/pdf/1412.6815.",
            "Extraction of salient sentences from labelled documents",
            None,
            dt.date(2018, 4, 25),
        ),
        # index-file:53862494896 (a Chinese survey of BFT consensus)
        (
            "YIN M, MALKHI D, REITER M K, 等. HotStuff: BFT Consensus in the Lens of Blockchain[A/OL]. arXiv, "
            "2018[2026-04-09]. https://arxiv.org/abs/1803.05069.",
            "HotStuff: BFT Consensus in the Lens of Blockchain",
            "arXiv",
            dt.date(2026, 4, 9),
        ),
    ],
)
def test_gbt_7714_title_is_before_the_type_code(
    entry: str, title: str, publisher: str | None, accessed: dt.date | None
) -> None:
    fields = parse_entry(entry)
    assert fields.title == title
    assert fields.publisher == publisher
    assert fields.access_date == accessed


def test_gbt_type_code_needs_its_field_separator() -> None:
    # "[A]" as a label or "a[j]" in code is no type code: the plain rules read the entry.
    fields = parse_entry("Acme Institute. Water tariffs in practice [A] note. https://acme.example/t")
    assert fields.title != "Water tariffs in practice"


def test_abnt_article_title_before_a_bold_journal() -> None:
    # index-file:6247270556 (a Portuguese report on livestock disease) and index-file:56115216027
    # (a Portuguese thesis on game development): initials, full given names, "et al.", "; ".
    notes = _notes(
        "## Referências\n\n"
        "[1] SILVA, R. P. et al. Detecção precoce de doenças em bovinos: desafios e perspectivas. "
        "**Revista Brasileira de Zootecnia**, v. 49, n. 4, 2020.\n\n"
        "[2] MOTA-ROJAS, Daniel et al. Pathophysiology of fever and application of infrared thermography "
        "(IRT) in the detection of sick domestic animals: Recent advances. **Animals**, v. 11, n. 8, p. 2316, 2021.\n\n"
        "[3] RODRIGUES, Leandro Bezerra; DA SILVA, Júlio César. Framework para Desenvolvimento de Jogos 3D "
        "Baseado na API O3D. **Revista Eletrônica TECCEN**, Teresópolis, v. 3, n. 2, p. 1-10, out. 2010.\n\n"
        "[4] PONTES, Rodrigo Garcia. **Aprendendo a programar jogos em Unity: introdução ao desenvolvimento "
        "de jogos em 3D**. GameBlast, 2024.\n"
    )
    assert [title for _, title, _ in notes] == [
        "Detecção precoce de doenças em bovinos: desafios e perspectivas",
        "Pathophysiology of fever and application of infrared thermography (IRT) in the detection of sick "
        "domestic animals: Recent advances",
        "Framework para Desenvolvimento de Jogos 3D Baseado na API O3D",
        # Nothing but the authors before the bold run: the bold run is the title.
        "Aprendendo a programar jogos em Unity: introdução ao desenvolvimento de jogos em 3D",
    ]


def test_vancouver_article_before_an_italic_journal() -> None:
    # index-file:58463963325 (an English medical report): "[No authors listed]." is PubMed's remark.
    notes = _notes(
        "### References\n\n"
        "1. Bagcchi S. WHO’s global tuberculosis report 2022. _Lancet Microbe_ 2023; 4:e20\n\n"
        "2. [No authors listed]. _WHO operational handbook on tuberculosis. Module 2. Screening: systematic "
        "screening for tuberculosis disease_ . WHO, 2022\n"
    )
    assert [title for _, title, _ in notes] == [
        "WHO’s global tuberculosis report 2022",
        "WHO operational handbook on tuberculosis. Module 2. Screening: systematic screening for tuberculosis disease",
    ]


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        # index-file:58642066624 (a Czech remote-sensing index page): „…“ In Proceedings
        (
            "Bannari, A., H. Asalhi a P. Teillet. „Transformed Difference Vegetation Index (TDVI) for "
            "Vegetation Cover Mapping“ In Proceedings of the Geoscience and Remote Sensing Symposium, 2002.",
            "Transformed Difference Vegetation Index (TDVI) for Vegetation Cover Mapping",
        ),
        # index-file:1887385633 (an English toolkit's docs): “…“ In proceedings, closed with “
        (
            "van Gent, P., Farah, H., van Nes, N., & van Arem, B. (2018). “Heart Rate Analysis for Human "
            "Factors: Development and Validation of an Open Source Toolkit for Noisy Naturalistic Heart Rate "
            "Data.“ In proceedings of the Humanist 2018 conference, 2018, pp.173-17",
            "Heart Rate Analysis for Human Factors: Development and Validation of an Open Source Toolkit for "
            "Noisy Naturalistic Heart Rate Data",
        ),
        # index-file:1337773366 (an English report on power converters): “Title,“ in Proceedings
        (
            "M. H. Bierhoff, F. W. Fuchs, “Pulse Width Modulation for Current Source Converters – A Detailed "
            "Concept,“ in Proceedings of the 32nd IEEE IECON’06, Paris, France, Nov. 7–10, 2006.",
            "Pulse Width Modulation for Current Source Converters – A Detailed Concept",
        ),
        # Citavi's German IEEE output writes no comma before "in": „Title“ in Container.
        (
            "M. Fadhel und S. Yao, „A Comparison of Time Series Databases“ in Mobile Technologies and "
            "Applications for the Internet of Things, Cham, 2019.",
            "A Comparison of Time Series Databases",
        ),
    ],
)
def test_quoted_title_before_its_container(entry: str, title: str) -> None:
    assert parse_entry(entry).title == title


def test_a_quoted_phrase_inside_a_title_is_still_no_title() -> None:
    fields = parse_entry("“Media time” is considered harmful, Acme Blog, https://acme.example/t")
    assert fields.title != "Media time"


def test_edition_and_author_lists_joined_by_und() -> None:
    fields = parse_entry(
        "U. Dulhare, K. Ahmad und K. Bin Ahmad, Machine Learning and Big Data: Concepts, Algorithms, "
        "Tools and Applications, 1. Aufl. Boston, MA: Wiley-Scrivener, 2020."
    )
    assert fields.title == "Machine Learning and Big Data: Concepts, Algorithms, Tools and Applications"
    assert parse_entry("Lutz, Mark. Learning Python, 5th Edition. O’Reilly Media, 2013.").publisher == (
        "O’Reilly Media"
    )


def test_copied_reference_list_under_a_heading_line() -> None:
    # A Wikipedia reference list copied as plain text: numbers lost, the heading on the first line.
    notes = _notes(
        "Some article text.\n\n"
        "    References\n"
        '     "Water tariffs in practice". Acme Institute. 3 March 2023. Retrieved 4 March 2024.\n'
        '     Doe, Jane (2012). "Pricing water". Acme Press. Archived from the original on 1 May 2013.\n'
        '     "Tariff tables". Acme Data. Retrieved 5 March 2024.\n',
        name="copied.txt",
    )
    assert [(label, title) for label, title, _ in notes] == [
        ("1", "Water tariffs in practice"),
        ("2", "Pricing water"),
        ("3", "Tariff tables"),
    ]


def test_a_link_lists_prose_introduction_is_no_entry() -> None:
    notes = _notes(
        "## Sources\n\n"
        "The sources are listed by the date of their data release. Web sources were read in June 2026.\n\n"
        "- 2021 — UNEP. [*Food Waste Index Report 2021*](https://www.unep.org/food-waste). Waste figures.\n"
        "- 2024 — IMF. [*World Economic Outlook*](https://www.imf.org/weo). Growth assumptions.\n"
        "- 2025 — SDSN. [*Sustainable Development Report 2025*](https://dashboards.sdgindex.org/). Scores.\n"
    )
    assert [(title, url) for _, title, url in notes] == [
        ("Food Waste Index Report 2021", "https://www.unep.org/food-waste"),
        ("World Economic Outlook", "https://www.imf.org/weo"),
        ("Sustainable Development Report 2025", "https://dashboards.sdgindex.org/"),
    ]


def test_a_first_entry_without_a_link_is_kept() -> None:
    # A book before web sources is an entry, not an introduction: it reads as a reference.
    notes = _notes(
        "## Sources\n\n"
        "Doe, J. (2019). Water tariffs in practice. Acme Press.\n\n"
        "- [Tariff tables](https://acme.example/tables)\n"
        "- [Tariff history](https://acme.example/history)\n"
        "- [Tariff maps](https://acme.example/maps)\n"
    )
    assert len(notes) == 4


def test_url_broken_after_an_underscore_is_joined_but_not_after_a_slash() -> None:
    assert [u for u, _, _ in find_urls("https://a.example/slides-Robert_ Nau.pdf.")] == [
        "https://a.example/slides-Robert_Nau.pdf"
    ]
    assert [u for u, _, _ in find_urls("https://tass.ru/politika/ 25584021,")] == [
        "https://tass.ru/politika/ 25584021"
    ]


def test_an_unmatched_closing_underscore_stays_in_markdown_text() -> None:
    notes = _notes("## References\n\n[1] Nau R. Slides [EB/OL]. https://a.example/models-Robert_ Nau.pdf.\n")
    assert notes[0][2] == "https://a.example/models-Robert_Nau.pdf"


def test_author_and_year_alone_give_no_title() -> None:
    assert parse_entry("Sharma, P. (2018) Erişim Tarihi: 28.05.2019, https://a.example/blog").title is None
    # A date group inside a title is not the author-date year.
    fields = parse_entry(
        "Office for National Statistics. Local Authority Districts (December 2021) boundaries UK BGC "
        "[Internet]. Available from: https://geoportal.example/lad"
    )
    assert fields.title == "Local Authority Districts (December 2021) boundaries UK BGC"
    assert fields.publisher == "Office for National Statistics"


def test_a_lone_name_in_an_author_date_list_is_the_author() -> None:
    lines = [
        "Google, Accessed: 29.05.2019, https://colab.example/",
        "Tzutalin, D., (2017), Accessed: 26.05.2019, https://code.example/labelImg",
        "Sharma, P. (2018) Accessed: 28.05.2019, https://blog.example/detection",
        "Hassan, M. (2018), Accessed: 21.05.2019, https://hive.example/vgg16",
    ]
    fields = parse_entries([(line, (), ()) for line in lines])
    assert [f.title for f in fields] == [None, None, None, None]
    assert fields[0].publisher == "Google"
    # In a list of titled entries the same shape is a short title.
    titled = parse_entries(
        [
            ("Tavily, accessed May 5, 2025, https://tavily.example/", (), ()),
            ("Agent Development Kit - Google, accessed May 5, 2025, https://adk.example/", (), ()),
        ]
    )
    assert titled[0].title == "Tavily"


def test_a_date_with_stray_spaces_after_its_label() -> None:
    # A PDF's text layer: "2 8 .05.2019" (Turkish report) and "(2014-11- 29)" (Chinese thesis).
    assert parse_entry("Sharma, P. (2018) Erişim Tarihi: 2 8 .05.2019, https://a.example/b").access_date == (
        dt.date(2019, 5, 28)
    )


def test_abnt_copied_as_plain_text_loses_its_bold_but_not_its_title() -> None:
    # The entries of index-file:6247270556 and index-file:56115216027 as a PDF's text layer gives them.
    notes = _notes(
        "Referências\n\n"
        "[1] SILVA, R. P. et al. Detecção precoce de doenças em bovinos: desafios e perspectivas. Revista "
        "Brasileira de Zootecnia, v. 49, n. 4, 2020.\n\n"
        "[2] RODRIGUES, Leandro Bezerra; DA SILVA, Júlio César. Framework para Desenvolvimento de Jogos 3D "
        "Baseado na API O3D. Revista Eletrônica TECCEN, Teresópolis, v. 3, n. 2, p. 1-10, out. 2010.\n",
        name="refs.txt",
    )
    assert [title for _, title, _ in notes] == [
        "Detecção precoce de doenças em bovinos: desafios e perspectivas",
        "Framework para Desenvolvimento de Jogos 3D Baseado na API O3D",
    ]
