"""Rules learnt from the spent heldback-4 part of the parse eval (branch p10-hb4tune): reference
lists after a longer preamble, Czech headings, Japanese and Chinese access dates, Markdown's lazy
list numbering, GOST's statement of responsibility, labels glued to the entry, Chicago book notes
with an unbracketed imprint. The entries are shaped like the real ones (fixtures/parse-eval,
heldback-4); the names and URLs are invented.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse.dates import date_after_label, iter_access_labels

from .test_source_lists import _fields, _notes


def test_czech_heading_opens_a_source_list() -> None:
    text = (
        "# Projekt\n\nText.\n\n### citace\n"
        "   - Obecný zdroj. Online. Dostupné z: https://acme.example/a. [cit. 2025-12-11].\n"
        "   - Druhý zdroj. Online. 2025. Dostupné z: https://acme.example/b. [cit. 2025-12-12].\n"
    )
    notes = _notes(text)
    assert _fields(notes) == [
        ("1", "Obecný zdroj", "https://acme.example/a"),
        ("2", "Druhý zdroj", "https://acme.example/b"),
    ]
    assert notes[1].access_date == dt.date(2025, 12, 12)


def test_list_after_a_longer_preamble_is_still_the_notes() -> None:
    entries = "\n\n".join(
        f"Doe, J. (20{10 + n}). Title number {n}. Journal, {n}, 1-9. https://acme.example/{n}"
        for n in range(4)
    )
    text = (
        "# 参考文献\n\n＜ 論文 ＞\n\n例\n\n著者. (出版日). タイトル. ジャーナル名, 巻(号), ページ.\n\n"
        + entries
    )
    assert [fn.url for fn in _notes(text)] == [f"https://acme.example/{n}" for n in range(4)]


def test_prose_with_a_link_here_and_there_under_a_late_list_is_no_notes() -> None:
    text = (
        "## API Reference\n\nThe client is configured once.\n\nIt retries on failure.\n\n"
        "Then it reports.\n\nSee [the docs](https://acme.example/docs) for more.\n\nAnd that is all.\n"
    )
    assert all(fn.label.startswith("L") for fn in _notes(text))


def test_japanese_and_chinese_access_dates() -> None:
    for text, expected in (
        ("アクセス日: 2025 年 1 月 4 日. https://acme.example", dt.date(2025, 1, 4)),
        ("(上网时间:2011年10月1日).", dt.date(2011, 10, 1)),
        ("访问日期：2020年3月9日", dt.date(2020, 3, 9)),
    ):
        label = next(iter_access_labels(text))
        found = date_after_label(text, label.end(), label.lastgroup)
        assert found is not None and found[0] == expected, text


def test_markdown_lazy_numbering_counts_on() -> None:
    text = "Список\n\n" + "".join(
        f"1. Заголовок {n} [Электронный ресурс]. URL: https://acme.example/{n} (дата обращения: 01.03.2022).\n"
        for n in range(1, 4)
    )
    assert [fn.label for fn in _notes(text)] == ["1", "2", "3"]


def test_gost_statement_of_responsibility_is_no_title() -> None:
    text = "Литература\n\n1. Руководство по оформлению / Иван Петров 2015 // Сайт. URL: https://acme.example/g (дата обращения: 19.03.2022).\n"
    assert _notes(text)[0].title == "Руководство по оформлению"


def test_labels_glued_to_the_author_starting_mid_list() -> None:
    text = (
        "4Global Index 2010, https://acme.example/index.pdf (上网时间:2011年10月1日).\n"
        "5James Smith, Idea Brokers: Think Tanks and Elites, New York: The Free Press, 1991.\n"
        "6Donald Roe, Comparative Tanks, Politics and Policy, Edward Elgar, 2005.\n"
        "7Mary Bark, Independent Tanks: Interests, Ph. D Dissertation, Kansas University, 1996.\n"
    )
    notes = _notes(text, "notes.txt")
    assert [(fn.label, fn.title) for fn in notes] == [
        ("4", "Global Index 2010"),
        ("5", "Idea Brokers: Think Tanks and Elites"),
        ("6", "Comparative Tanks, Politics and Policy"),
        ("7", "Independent Tanks: Interests"),
    ]
    assert notes[0].access_date == dt.date(2011, 10, 1)
    assert notes[1].publisher == "The Free Press"


def test_numbers_glued_to_lower_case_are_no_labels() -> None:
    text = "Intro.\n\n4th item here\n5th item there\n6th item again\n"
    assert _notes(text, "notes.txt") == []


def test_paragraphs_closing_on_journal_citations_are_a_reading_list() -> None:
    text = (
        "Some readers asked which papers matter most. These are quite good.\n\n"
        "A comparison of trials and experts. A. Doe, B. Roe. Jama 1992: 268(2); 240-8.\n\n"
        "Selective reporting in trials: a review. C. Poe. JAMA 2004: 291(20); 2457-65. "
        "Available in [html format][a1] or [pdf format][a2]\n\n"
        "Secondary journals and what they tell us. D. Moe. BMC Med 2004: 2; 33.\n\n"
        "[a1]: https://acme.example/html\n[a2]: https://acme.example/pdf\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "A comparison of trials and experts", None),
        ("2", "Selective reporting in trials: a review", "https://acme.example/html"),
        ("3", "Secondary journals and what they tell us", None),
    ]


def test_two_journal_citations_in_prose_make_no_list() -> None:
    text = "Intro.\n\nAs shown (Jama 1992: 268(2); 240-8), x.\n\nAnd (BMJ 2004: 2; 33) too.\n\nEnd.\n"
    assert _notes(text) == []


def test_keyed_headings_with_links_are_an_annotated_bibliography() -> None:
    text = "# Bibliografia\n\n## 2. Gramatyki\n\n" + "".join(
        f"### S0{n}. Doe, Roe — Work number {n}, 200{n}\n\n[Strona publikacji](https://acme.example/{n}).\n\n"
        for n in range(1, 4)
    )
    assert _fields(_notes(text)) == [
        (f"S0{n}", f"Work number {n}", f"https://acme.example/{n}") for n in range(1, 4)
    ]


def test_numbered_sections_with_links_are_no_bibliography() -> None:
    text = "".join(
        f"## {n}. Section {n}\n\nThe setup of part {n} is described at [the page](https://acme.example/{n}).\n\n"
        for n in range(1, 5)
    )
    assert all(fn.label.startswith("L") for fn in _notes(text))


def test_standards_keep_their_title_to_the_imprint() -> None:
    text = (
        "Список використаних джерел\n\n"
        "1. ДСТУ 1234:2014. Інформаційні технології. Захист інформації.. Київ, 2015. 39 с.\n"
        "2. ISO/IEC 9999:2011. Systems engineering – Quality models. ISO/IEC, 2011.\n"
        "3. Портал парламенту: [Інтернет-портал]. URL: https://acme.example/p (дата звернення: 18.08.2023).\n"
        "4. Камінь // Вікіпедія : [Веб-сайт]. URL: https://acme.example/k (дата звернення: 14.10.2023).\n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "Інформаційні технології. Захист інформації",
        "Systems engineering – Quality models",
        "Портал парламенту",
        "Камінь",
    ]


def test_preprint_designator_is_no_title() -> None:
    text = (
        "References\n\n- Doe, J. (2020) Housing horizons: a study [Preprint]. "
        "Available at: https://acme.example/h (Accessed: 3 March 2024).\n"
    )
    assert _notes(text)[0].title == "Housing horizons: a study"


def test_asciidoc_and_typst_headings_and_typst_links() -> None:
    text = (
        "== Riferimenti\n\n=== Riferimenti normativi\n"
        '- Capitolato C7 - Assistente:\\ #link("https://acme.example/c7.pdf")\\ _(ultima consultazione: 03-03-2025)_;\n\n'
        '- Regolamento del progetto:\\ #link("https://acme.example/pd1.pdf")\\\n\n'
        '= Requisiti\n\n- Not a source: see #link("https://acme.example/x")\n'
    )
    notes = _notes(text, "doc.txt")
    assert [(fn.title, fn.url) for fn in notes[:2]] == [
        ("Capitolato C7 - Assistente", "https://acme.example/c7.pdf"),
        ("Regolamento del progetto", "https://acme.example/pd1.pdf"),
    ]
    assert notes[0].access_date == dt.date(2025, 3, 3)
    assert not any(fn.url == "https://acme.example/x" and not fn.label.startswith("L") for fn in notes)


def test_apa_entry_in_a_reference_work_is_titled_first() -> None:
    text = (
        "### References\n\n"
        "1. Hypervisor. (2022, October 16). In *Wikipedia*. https://acme.example/w/Hypervisor\n"
        "2. Doe, J. (2020). Real title. In *Big Book*. https://acme.example/b\n"
    )
    assert [fn.title for fn in _notes(text)] == ["Hypervisor", "Real title"]


def test_a_full_stop_before_a_caseless_script_ends_the_sentence() -> None:
    text = (
        "# 参考文献\n\n"
        "黒田雅秀. (2003). 架橋と島の地域変化の研究. 兵庫教育大学研究報告. アクセス日: 2025 年 1 月 12 日. https://acme.example/a\n\n"
        "宮内久光. (2003). 架橋島における人口変動. 島嶼研究, 4, 57-75. https://acme.example/b\n"
    )
    assert [fn.title for fn in _notes(text)] == ["架橋と島の地域変化の研究", "架橋島における人口変動"]


def test_breadcrumb_sites_and_quoted_names_inside_page_titles() -> None:
    text = (
        "#### Referenzen\n\n"
        "1. Dialect Conversion \\- MLIR \\- LLVM, Zugriff am August 22, 2025, [https://acme.example/dc](https://acme.example/dc)  \n"
        "2. 'nvgpu' Dialect \\- MLIR, Zugriff am August 22, 2025, [https://acme.example/nv](https://acme.example/nv)  \n"
        "3. Proposal to add streams \\- #17 by Someone \\- MLIR \\- LLVM Discourse, Zugriff am August 22, 2025, "
        "[https://acme.example/p](https://acme.example/p)  \n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "Dialect Conversion",
        "'nvgpu' Dialect",
        "Proposal to add streams - #17 by Someone",
    ]


def test_abnt_author_list_with_initials_before_a_semicolon() -> None:
    text = (
        "REFERÊNCIAS\n\n"
        "TANENBAUM, A. S.; BOS, Herbert. Sistemas operacionais modernos. 4. ed. São Paulo: Pearson, 2016. "
        "Acesso em: 30 maio. 2024.\n"
    )
    assert _notes(text)[0].title == "Sistemas operacionais modernos"


def test_a_title_parenthesis_with_a_year_is_no_date_group() -> None:
    text = (
        "#### Sources des citations\n\n"
        "1. How to Master Prompts (Best Prompts in 2025) \\- Acme, consulté le mai 5, 2025, "
        "[https://acme.example/p](https://acme.example/p)  \n"
        "2. Doe, J. (March 2023). Water tariffs. Acme. https://acme.example/w\n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "How to Master Prompts (Best Prompts in 2025)",
        "Water tariffs",
    ]


def test_question_title_then_initialled_authors_and_a_quoted_phrase_inside_a_title() -> None:
    text = (
        "Readers asked which papers matter. These are good ones.\n\n"
        "The review article revisited: has the science improved? F. A. Doe, H. D. Roe, C. van Poe. "
        "Ann Intern Med 1999: 131(12); 947-51.\n\n"
        'Finding evidence during rounds: the "evidence cart". D. L. Moe, S. E. Straw. Jama 1998: 280(15); 1336-8.\n\n'
        "When are trials unnecessary? Picking signal from noise. P. Glass. Bmj 2007: 334(7589); 349-51.\n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "The review article revisited: has the science improved?",
        'Finding evidence during rounds: the "evidence cart"',
        "When are trials unnecessary? Picking signal from noise",
    ]
