"""Rules learnt from the studied heldback-32 part (branch p15-hb32tune), by family of shapes. At the
branch's start its 15 documents gave 99 of 143 notes under their labels; each family below was read
for its cause and a rule written for the mechanism, not the document:

1. A document titled as its sources ("# Источники и методика исследования", sources and method),
   a dateline, a methods sub-heading over bullets of prose ("## Метод"), then the list under a second
   sub-heading that names sources ("## Официальные источники — высокий приоритет", twelve numbered
   "[Title](url) — annotation" items): the title was taken for the notes heading and its dateline for
   the only note. The title's sub-headings that head no list are passed over on the way to the one
   that does (regions._notes_subheading_next), where no entry, row or link stands before it.
2. The same list's annotations, "— аудитория, инструменты …", "— 10 recordings, …", "— ~10 000
   игроков, …": a writer's comment after the linked title opened on a lower-case word only in ASCII,
   so four counts were read as publishers. The comment opens on a lower-case word in any script, or
   on a count before one (styles._COMMENT_AFTER_WORK); "— 2nd edition" or "— Springer" is none.
3. A Substack post exported to Markdown with the blog's footnote markup kept: each note's number
   alone in its paragraph, wholly a link back to its marker ('<a href="#footnote-anchor-1"
   class="footnote-number">1</a>'), the note in the next paragraph (twelve notes, none found; their
   links read as seventeen inline citations). A numeral linking back to its marker ("#…ref…",
   "#…anchor…") labels the next paragraph as the markup's note (regions._back_linked_numeral); a
   numeral linking to a section or a page does not.
4. The same post's notes are prose: "See e.g. measurement [work](…)", "Extension [coverage](…) of
   …", "See e.g., [tweet](…)", and one of claims each with its site in brackets "… ([Pew](…)), …
   ([Wikimedia](…))": link text on a lower-case word or two of the sentence, or one of two or more
   bracketed source pills, is no title, and the words before it no publisher
   (wiki_prose.sentence_word_link); "Siehe [Von Linux zu macOS wechseln](…)" keeps its title.
5. A French source inventory titled "# Sources Officielles — C'est Nicolas Qui Paye" (the project's
   name after a dash), a numbered group heading "## 1. Cour des Comptes" and a line of prose over a
   "| Thème | URL | Référence |" table of twelve rows: the title was no notes heading (seven words),
   so the table was no table of sources and nine rows were lost. A marked heading whose name of one
   to three words opens with a notes word keeps heading notes with a subtitle after a spaced dash
   as after a colon (regions._named_before_colon); "Le projet — sources" does not.
6. The same inventory's group heading was then read as note 1 and the rows as notes 2-13: a
   numbered heading over a table of sources is a group of it even with a line or two of prose
   between (regions._heads_source_table, _GROUP_PROSE); a paragraph that links out is no such line.
7. A French list "1. **Fairtiq**. *FAIRTIQ fête ses cinq ans …*. 28 avril 2021. [fairtiq.com](…)."
   (all eleven entries): the first marked run, the site, was read as the title. A marked name (a
   short name, a domain, an organisation, authors) opening the entry, closed by its stop and
   followed at once by a longer marked run, is no title: the second run is
   (styles._marked_name_before_marked_title). "**Attention Is All You Need**. *NeurIPS*." (a shorter
   run after) keeps its first.
8. The same list dates two readings "Dernière consultation le 31 mars 2023": no access label knew
   it (dates._ACCESS_LABELS "fr", with the stem "dernière"); "une consultation publique" is none.
9. An English list of tools each named with its maker, "Dray, by CenturyLink <http://dray.it/>",
   "Ozzie from Apache <http://…>" (eight of eleven items; five titles ran on over the maker, one was
   the maker): where three items at least are so, the name is the title and the maker the
   publisher (entries._maker_named_titles); one "Learning from Data <url>" keeps its title.
10. The same list's sub-items, "main page <http://www.openscore.io/#/>⏎      * docs http://…": the
    first address was taken on over the line break with the next bullet's "*". A line opening with
    a list marker and its space never continues a URL (urls._NEVER_CONTINUES).
11. A handbook chapter's PDF text held as Markdown (the ICRC's, Cambridge Core), its footnotes run
    into the page text after each page's body, "… as follows: 1 This chapter builds on … 2 Council
    of Europe (CoE), “ Glossary … ” . 3 Ibid. 4 Tom M.⏎⏎Mitchell, Machine Learning , …", the
    markers bare numbers in the sentences before, running heads "290 II SPECIFIC PROCESSING …"
    between pages: twelve notes, none found. A note is a bare number (then a capital or a quote)
    that the text has shown before as a bare number, its marker, taken in sequence from 1; it runs
    to the next note or to the page's running head (citecheck/parse/page_foot_notes.py,
    regions._page_foot_entries; three notes at least, most of them citing; only where no other
    notes are found). Prose whose numbers stand once, or whose run cites nothing, gives none.
12. The same text layer's marks: an address wrapped at the margin with a space after its slash
    ("www.theverge.com/2016/3/24/ 11297050/tay-…") is joined, and a field closed by a space before
    its comma or stop ("Tom M. Mitchell, Machine Learning , McGraw-Hill") was set in italics: it is
    read as emphasised (page_foot_notes.joined_wrapped_paths, italic_runs).
13. Its Chicago book note's series, "Machine Learning , McGraw-Hill Series in Computer Science,
    McGraw-Hill, New York, 1997", was read as the publisher: a series field with a press after it
    yields to the press (styles._SERIES_FIELD); a series alone stays the publisher, as the eval's
    truth has "RIETI Discussion Paper Series". "See also" before the author is a pointer
    (styles._SEE_ALSO).
14. An English wiki page converted to Markdown, its notes "10. ↑ [10.0](#cite_ref-…) [10.1](#cite_ref-…)
    NVIDIA DGX Spark page — Specifications section …": the numbered backlinks the English Wikipedia
    prints for a note cited twice stayed in the one title with no quotes. A run "N.0 N.1 …" after
    the arrow, one number counted from 0, is backlinks (entries._NUMBERED_BACKLINKS); "10.5 mm" is
    none.
15. The same list writes "Site — “Title”" (nine of twelve); its one unquoted "Site — Title" kept the
    site. In a list of three quoted "Site — “Title”" entries at least, half the list, an unquoted
    title split by the dash loses its site too (entries._dashed_like_quoted); a list of two quoted
    entries does not.
16. A Turkish IEEE list, 'Arduino-ESP32, "WebServer Library Reference", Erişim: 01.06.2026,
    https://docs.espressif.com/projects/arduino-esp32': the address is the project's, and its slug
    spelt the author's field, which replaced the quoted title. A run the slug spells that stands
    unquoted before the title the entry quotes is no title (slug_spans._replaces); the slug's run
    after a date still replaces a title read before it.
17. A German annotated source list, "- [AP News – Trump Administration's Cuts to USAID](…):⏎  Die
    Trump-Regierung hat erhebliche Kürzungen …" (seven items): the annotation's first words were
    read as the publisher, so the site before the dash was not. A linked title's colon followed by
    fifteen words or more opens a description, no imprint (styles._ANNOTATION_WORDS); "[Title](…):
    *The Economist* (11/17/2018)" keeps its publisher.
18. The handbook's first footnote is prose, "This chapter builds on and revises two previous chapters of
    the second edition of this Handbook, on Big Data and AI respectively. …": it was read with its
    opening clause as title and "Big Data and AI respectively" as publisher. A note without address,
    quote or markup whose first sentence has twelve words or more, three in four lower case, and a
    clause after a comma names no work (wiki_prose.prose_without_work; three more such notes in other
    parts read right now); a sentence-case article title with no comma keeps its title.
19. Its note 10, "See also United Nations Office … (OCHA), *Humanitarianism in the Age of Cyber-Warfare*.
    OCHA Policy and Studies series, 2014": the series was read as the publisher. A body named with
    its initials before the title issues the work, not a series after it (styles.title_and_publisher);
    a person before the title ("Doe, J. (2019). *Title*. RIETI Discussion Paper Series") leaves the
    series as the publisher, as the eval's truth has it.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecheck.models import Footnote
from citecheck.parse.dates import ACCESS_LABEL
from citecheck.parse.page_foot_notes import italic_runs, joined_wrapped_paths
from citecheck.parse.regions import is_notes_heading
from citecheck.parse.slug_spans import slug_spans
from citecheck.parse.urls import unwrap_urls

from .conftest import parsed_notes as _notes


@dataclass
class _Titled:
    title: str | None
    urls: list[str]


def _sources_document(method_links: bool = False) -> str:
    method = (
        "- Первоисточники использовались для требований и порогов.\n- Форумы не приравнивались к правилам.\n"
    )
    if method_links:
        method += "- См. также [обзор](https://review.example.org/) рынка.\n"
    items = "\n".join(
        f"{n}. [Guide page {n}](https://developers.example.com/guide/{n}) — требования, сроки, метрики."
        for n in range(1, 6)
    )
    return (
        "# Источники и методика исследования\n\n"
        "Дата доступа: **9 сентября 2026 года**. Исследование выполнено в три потока.\n\n"
        f"## Метод\n\n{method}\n"
        f"## Официальные источники — высокий приоритет\n\n{items}\n"
    )


def test_methods_sub_heading_is_passed_over_to_the_sources_list() -> None:
    notes = _notes(_sources_document())
    assert [fn.label for fn in notes] == ["1", "2", "3", "4", "5"]
    assert notes[0].title == "Guide page 1"
    assert notes[4].url == "https://developers.example.com/guide/5"


def test_methods_section_with_a_link_keeps_the_title_as_the_heading() -> None:
    # Near miss: a link in the methods section is a source under the title; the title heads the list.
    notes = _notes(_sources_document(method_links=True))
    assert [fn.label for fn in notes] != ["1", "2", "3", "4", "5"]
    assert any(fn.url == "https://review.example.org/" for fn in notes)


def _annotated(annotation: str) -> Footnote:
    text = f"## Sources\n\n1. [Player Fit Test](https://dev.example.com/guide/fit) — {annotation}\n"
    text += "2. [Web Fit Test](https://dev.example.com/guide/web) — about the second test\n"
    return _notes(text)[0]


def test_count_or_lower_case_word_after_dash_is_a_comment() -> None:
    assert _annotated("500 игроков, >3 мин, ~5 часов").publisher is None
    assert _annotated("~10 000 игроков, CTR/playtime").publisher is None
    assert _annotated("аудитория, инструменты, общая модель").publisher is None


def test_capitalised_name_after_dash_is_still_read() -> None:
    # Near miss: a capitalised name after the dash is no comment; what the entry reads then is its
    # publisher as before (or none), not cut off at the dash.
    assert _annotated("Springer, 2019").publisher == "Springer"


def _substack(number: int, content: str, href: str = "#footnote-anchor-{n}") -> str:
    link = href.format(n=number)
    return (
        '<div class="footnote" component-name="FootnoteToDOM">\n\n'
        f'<a href="{link}" id="footnote-{number}" class="footnote-number" contenteditable="false">{number}</a>\n\n'
        f'<div class="footnote-content">\n\n{content}\n\n</div>\n\n</div>\n\n'
    )


_NOTE_TEXTS = (
    "See the [Annual Water Report](https://water.example.org/report) for the figures.",
    "We are beginning to see stricter enforcement of the rules.",
    "See [Rivers and Floods](https://rivers.example.net/floods) by the survey office.",
)


def test_numeral_linking_back_to_its_marker_labels_the_note() -> None:
    text = 'Body text with a marker<a href="#footnote-1" class="footnote-anchor">1</a>.\n\n'
    text += "".join(_substack(n, body) for n, body in enumerate(_NOTE_TEXTS, start=1))
    notes = _notes(text)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].url == "https://water.example.org/report"
    assert notes[1].url is None
    pandoc = "Text.\n\n" + "".join(_substack(n, b, "#fnref{n}") for n, b in enumerate(_NOTE_TEXTS, 1))
    assert [fn.label for fn in _notes(pandoc)] == ["1", "2", "3"]


def test_numeral_linking_to_a_section_labels_nothing() -> None:
    # Near miss: "1" linking to "#section-1" (a contents entry) is no note's label.
    text = "Intro.\n\n" + "".join(_substack(n, b, "#section-{n}") for n, b in enumerate(_NOTE_TEXTS, 1))
    assert [fn.label for fn in _notes(text)] != ["1", "2", "3"]


def _prose_notes(*bodies: str) -> list[Footnote]:
    text = "Text" + "".join(f" claim[^{n}]" for n in range(1, len(bodies) + 1)) + ".\n\n"
    text += "".join(f"[^{n}]: {body}\n" for n, body in enumerate(bodies, start=1))
    return _notes(text)


def test_link_on_a_word_of_the_sentence_is_no_title() -> None:
    notes = _prose_notes(
        "See e.g. measurement [work](https://metr.example.org/blog/tasks/)",
        "Extension [coverage](https://cip.example.org/research/commons) of AI from the Project",
        "See e.g., [tweet](https://x.example.com/status/1), [tweet](https://x.example.com/status/2).",
        "Summaries cut clicks ([Pew](https://pew.example.org/a)), pageviews fell ([Wikimedia](https://wm.example.org/b)).",
    )
    assert [fn.title for fn in notes] == [None, None, None, None]
    assert [fn.publisher for fn in notes] == [None, None, None, None]
    assert notes[0].url == "https://metr.example.org/blog/tasks/"


def test_capitalised_or_opening_link_keeps_its_title() -> None:
    # Near misses: a title with capitals inside the sentence, a lower-case name opening the note,
    # one bracketed link after a statement.
    notes = _prose_notes(
        "Siehe meinen Beitrag [Von Linux zu macOS wechseln](https://blog.example.net/macos/).",
        "[numpy](https://numpy.example.org/) — the array library",
        "Used by Viljoen on “[A Relational Theory of Data Governance](https://ylj.example.org/f)”",
    )
    assert notes[0].title == "Von Linux zu macOS wechseln"
    assert notes[1].title == "numpy"
    assert notes[2].title == "A Relational Theory of Data Governance"


_ROWS = (
    (
        "Certification RALFSS 2024",
        "sites/default/files/2024-05/RALFSS-2024.pdf",
        "Fraude sociale, comptes SS",
    ),
    ("Taxes à faible rendement", "sites/default/files/2025-04/Taxes-a-faible-rendement.pdf", "Fiscalité"),
    ("Service National Universel", "sites/default/files/2024-09/SNU.pdf", "Coût SNU"),
    ("CESE", "sites/default/files/2025-07/Conseil-economique-social.pdf", "Coût CESE"),
    ("Projets numériques État", "system/files/2020-10/grands-projets-numeriques-Etat.pdf", "IT publique"),
    ("RSA", "fr/publications/le-revenu-de-solidarite-active", "Protection sociale"),
    ("APL", "fr/publications/les-aides-personnelles-au-logement", "Logement"),
    ("EDF", "fr/publications/edf", "Énergie"),
)
_NAMES = tuple(row[0] for row in _ROWS)


def _inventory(title: str, between: str = "Institution de contrôle des finances publiques.") -> str:
    rows = "\n".join(
        f"| {name} | https://www.comptes.example.fr/{path} | {topic} |" for name, path, topic in _ROWS
    )
    return (
        f"# {title}\n\n> Inventaire des sources publiques.\n>\n> Dernière mise à jour : 2026-02-28\n\n---\n\n## 1. Cour des Comptes\n\n{between}\n\n"
        f"| Thème | URL | Référence |\n|-------|-----|-----------|\n{rows}\n"
    )


def test_sources_title_with_a_dashed_subtitle_heads_its_table() -> None:
    notes = _notes(_inventory("Sources Officielles — C'est Nicolas Qui Paye"))
    assert [fn.label for fn in notes] == [str(n) for n in range(1, 9)]
    assert notes[0].title == "Certification RALFSS 2024"
    assert notes[7].url == "https://www.comptes.example.fr/fr/publications/edf"


def test_title_naming_something_else_first_heads_no_notes() -> None:
    # Near miss: the name before the dash is the project's, not its sources'; nor does a dash in a
    # plain line of prose make it a heading.
    assert is_notes_heading("Sources Officielles — C'est Nicolas Qui Paye", marked_heading=True)
    assert not is_notes_heading("Le projet Nicolas — sources et méthodes de calcul", marked_heading=True)
    assert not is_notes_heading("Sources Officielles — C'est Nicolas Qui Paye")


def test_group_heading_over_a_linking_paragraph_is_read_as_before() -> None:
    # Near miss: a paragraph that links out under the group heading is no line of prose about the
    # group; the numbered heading is not taken for a group of the table.
    between = "Voir le [site de la Cour](https://www.comptes.example.fr/) pour les rapports."
    notes = _notes(_inventory("Sources Officielles — C'est Nicolas Qui Paye", between))
    assert notes[0].title == "Cour des Comptes"


def _site_first_list(first: str, second: str) -> list[Footnote]:
    text = "# Références\n\n"
    text += f"1. **{first}**. *{second}*. 28 avril 2021. [fairtiq.com](https://fairtiq.example.com/fr/blog/fete).\n\n"
    text += "2. **lio.laregion.fr**. *Gratuité des trains liO pour les jeunes*. 23 août 2022. "
    text += "[lio.laregion.fr](https://lio.laregion.example.fr).\n\n"
    text += "3. **Wikipedia**. *TER Occitanie*. Dernière consultation le 31 mars 2023. "
    text += "[wikipedia.org](https://fr.wikipedia.example.org/wiki/TER_Occitanie).\n"
    return _notes(text)


def test_marked_site_before_marked_title_is_no_title() -> None:
    notes = _site_first_list("Fairtiq", "FAIRTIQ fête ses cinq ans avec ses partenaires")
    assert [fn.title for fn in notes] == [
        "FAIRTIQ fête ses cinq ans avec ses partenaires",
        "Gratuité des trains liO pour les jeunes",
        "TER Occitanie",
    ]
    assert notes[2].access_date is not None and notes[2].access_date.isoformat() == "2023-03-31"
    assert notes[2].publisher == "Wikipedia"


def test_longer_marked_title_before_a_shorter_run_is_kept() -> None:
    # Near miss: the first run is the longer one (a title, then its venue).
    notes = _site_first_list("Attention Is All You Need", "NeurIPS")
    assert notes[0].title == "Attention Is All You Need"


def test_consultation_labels_a_date_only_as_a_label() -> None:
    assert ACCESS_LABEL.search("Dernière consultation le 31 mars 2023") is not None
    assert ACCESS_LABEL.search("consultation : 3 mai 2020") is not None
    # Near miss: the word in a sentence, no "le" or colon after it.
    assert ACCESS_LABEL.search("Une consultation publique en mars 2020 a réuni 300 personnes.") is None


_TOOLS = (
    "Dray, by CenturyLink <http://dray.example.it/>",
    "Luigi, by Spotify – <https://git.example.com/spotify/luigi>",
    "Ozzie from Apache <http://oozie.example.org/>",
    "Mistral, from OpenStack community <https://wiki.example.org/wiki/Mistral>",
)


def test_tools_named_with_their_makers_read_name_then_maker() -> None:
    text = "### Footnotes and References\n\n" + "".join(f"  * {item}\n" for item in _TOOLS)
    notes = _notes(text)
    assert [fn.title for fn in notes] == ["Dray", "Luigi", "Ozzie", "Mistral"]
    assert [fn.publisher for fn in notes] == ["CenturyLink", "Spotify", "Apache", "OpenStack community"]


def test_one_title_with_from_keeps_its_words() -> None:
    # Near miss: a single "from" in a list of other shapes is a title's word.
    text = "### References\n\n  * Learning from Data <https://books.example.org/lfd>\n"
    text += (
        "  * Ansible <https://git.example.com/ansible>\n  * TaskFlow <https://wiki.example.org/TaskFlow>\n"
    )
    assert _notes(text)[0].title == "Learning from Data"


def test_next_bullet_does_not_continue_a_url() -> None:
    text = "### References\n\n  * Score, by HP:\n      * main page <http://www.openscore.example.io/#/>\n"
    text += (
        "      * docs http://www.openscore.example.io/#/docs\n  * Ansible <https://git.example.com/ansible>\n"
    )
    assert _notes(text)[0].url == "http://www.openscore.example.io/#/"
    assert unwrap_urls("see http://example.org/a/\n* docs") == "see http://example.org/a/\n* docs"
    # Near miss: a URL cut at its line's end goes on with no space.
    assert unwrap_urls("see http://example.org/a/\n*docs/page") == "see http://example.org/a/*docs/page"


_PAGE_ONE = (
    "The chapter explains the technology first. It is a set of sciences whose purpose is to "
    "reproduce a human being ” . 2 In its current form it aims to entrust a machine with tasks. 3 "
    "Machine learning is the most relevant process here. 4 An algorithm learns from data."
)
_PAGE_ONE_NOTES = (
    "The steps are as follows: 1 This chapter builds on the second edition of this Handbook. "
    "2 Council of Europe (CoE), “ Glossary on Rivers and Floods ” . 3 Ibid. 4 Tom M."
)
_PAGE_ONE_END = (
    "Mitchell, Machine Learning , McGraw-Hill Series in Computer Science, McGraw-Hill, New York, 1997, 2. "
    "290 II SPECIFIC PROCESSING SITUATIONS AND TECHNOLOGIES the model developed using the data."
)
_PAGE_TWO = (
    "See e.g. the tools 5 that classify data. 6 The models change over time. 7 Static models do not. "
    "5 Ibid., 18. 6 James Vincent, “ Twitter Taught a Chatbot ” , The Verge, 24 March 2016: "
    "www.theverge.example.com/2016/3/24/ 11297050/tay-chatbot. 7 See also Office of Rivers (OCHA), "
    "Rivers in the Age of Floods . Policy series, 2014: www.rivers.example.org/report/floods."
)


def test_footnotes_run_into_a_pdf_text_are_notes() -> None:
    # "1" stands once first (the chapter's marker), so the first "1 This chapter" is its note.
    text = "# Chapter 17\n\n 1 The chapter explores rivers.\n\n" + "\n\n".join(
        (_PAGE_ONE, _PAGE_ONE_NOTES, _PAGE_ONE_END, _PAGE_TWO)
    )
    notes = _notes(text)
    assert [fn.label for fn in notes if fn.kind != "inline"] == ["1", "2", "3", "4", "5", "6", "7"]
    by_label = {fn.label: fn for fn in notes}
    assert by_label["2"].title == "Glossary on Rivers and Floods"
    assert by_label["4"].title == "Machine Learning"
    assert by_label["4"].publisher == "McGraw-Hill"
    assert by_label["6"].url == "https://www.theverge.example.com/2016/3/24/11297050/tay-chatbot"
    assert by_label["7"].title == "Rivers in the Age of Floods"
    assert by_label["7"].url == "https://www.rivers.example.org/report/floods"


def test_numbers_standing_once_in_prose_are_no_notes() -> None:
    # Near misses: numbers that do not stand again after their first place, and a numbered run
    # that cites nothing.
    prose = "We counted 3 Rivers in the north. Then 4 Lakes dried. 5 Dams were built in the south.\n\n"
    assert [fn for fn in _notes(prose) if fn.kind != "inline"] == []
    again = "Steps 1 and 2 and 3 follow. 1 Open the valve. 2 Close the gate. 3 Wait for the water.\n"
    assert [fn for fn in _notes(again) if fn.kind != "inline"] == []


def test_page_foot_marks_of_the_text_layer() -> None:
    assert joined_wrapped_paths("at www.example.org/2016/3/ 11297050/tay-bot. Next") == (
        "at www.example.org/2016/3/11297050/tay-bot. Next"
    )
    assert joined_wrapped_paths("see http://example.org/ for details and/or more") == (
        "see http://example.org/ for details and/or more"
    )
    text = "Tom M. Mitchell, Machine Learning , McGraw-Hill, New York, 1997."
    assert [text[a:b] for a, b in italic_runs(text)] == ["Machine Learning"]
    assert italic_runs("Tom M. Mitchell, Machine Learning, McGraw-Hill, 1997.") == []


def _wiki_list(quoted: int) -> str:
    names = ("Newsroom", "The Verge", "Tom's Hardware", "Engadget")
    lines = [
        f'{n}. ↑ [{n}.0](#cite_ref-a_{n}-0) [{n}.1](#cite_ref-a_{n}-1) {names[n - 1]} — "Spark review number {n}" '
        f"(Oct 2025). [https://news{n}.example.com/spark](https://news{n}.example.com/spark)"
        for n in range(1, quoted + 1)
    ]
    n = quoted + 1
    lines.append(
        f"{n}. ↑ [{n}.0](#cite_ref-b_{n}-0) [{n}.1](#cite_ref-b_{n}-1) Spark product page — Specifications "
        f"section (memory bandwidth). [https://spark.example.com/specs](https://spark.example.com/specs)"
    )
    return "## References\n\n" + "\n\n".join(lines) + "\n"


def test_numbered_backlinks_and_a_site_before_an_unquoted_title() -> None:
    notes = _notes(_wiki_list(4))
    assert notes[0].title == "Spark review number 1"
    assert notes[4].title == "Specifications section (memory bandwidth)"
    assert notes[4].publisher == "Spark product page"


def test_two_quoted_entries_make_no_site_list() -> None:
    # Near miss: two quoted entries are too few to tell the list's shape; the site stays.
    notes = _notes(_wiki_list(2))
    assert notes[2].title == "Spark product page — Specifications section (memory bandwidth)"


def test_quoted_title_stands_against_the_slug_of_its_author() -> None:
    text = "# REFERANSLAR\n\n"
    text += '[1] Arduino, "Wire (I2C) Library Reference", Erişim: 01.06.2026, https://www.arduino.example.cc/wire/\n'
    text += '[2] Arduino-ESP32, "WebServer Library Reference", Erişim: 01.06.2026, '
    text += "https://docs.example.com/projects/arduino-esp32\n"
    notes = _notes(text)
    assert notes[1].title == "WebServer Library Reference"


def test_slug_run_still_replaces_an_unquoted_title() -> None:
    # Near miss: no quotes; the run the slug spells is the title, the container after it is not.
    fields = [_Titled("The First Amendment Encyclopedia", ["https://fa.example.edu/article/catos-letters/"])]
    slug_spans(
        fields, ["McDaniel, Robb. Cato's Letters, The First Amendment Encyclopedia. The Free Speech Center."]
    )
    assert fields[0].title == "Cato's Letters"


_ANNOTATION = (
    "Die Entscheidung der Regierung, die Behörde zu demontieren, führte zur Entlassung von Tausenden von "
    "Mitarbeitern, darunter auch Beamte des Auswärtigen Dienstes, mit Plänen, ihre Funktionen einzugliedern."
)


def test_annotation_after_a_linked_title_names_no_publisher() -> None:
    text = "## Quellen\n\n"
    for site, title, host in (
        ("AP News", "Cuts to Aid", "apnews.com"),
        ("Reuters", "Aid Reorganised", "www.reuters.com"),
        ("The Guardian", "First Days", "www.theguardian.com"),
    ):
        text += f"- [{site} – {title}](https://{host}/article/{len(title)}):\n  {_ANNOTATION}\n\n"
    notes = _notes(text)
    assert [fn.title for fn in notes] == ["Cuts to Aid", "Aid Reorganised", "First Days"]
    assert [fn.publisher for fn in notes] == ["AP News", "Reuters", "The Guardian"]


def test_short_field_after_a_linked_titles_colon_is_its_publisher() -> None:
    # Near miss: a few words after the colon name the publisher.
    text = "Notes[^1] and more[^2].\n\n"
    text += "[^1]: [Bringing Investment to Poor Places](https://news.example.com/poor): *The Economist* (11/17/2018)\n"
    text += "[^2]: [Zones: What We Know](https://files.example.org/zones.pdf): *The Tax Foundation* (01/07/2019)\n"
    assert [fn.publisher for fn in _notes(text)] == ["The Economist", "The Tax Foundation"]


def test_a_note_of_prose_names_no_work() -> None:
    notes = _prose_notes(
        "This chapter builds on and revises two previous chapters of the second edition of this Handbook, "
        "on rivers and floods respectively. The substance was developed at a workshop in 2019.",
    )
    assert notes[0].title is None
    assert notes[0].publisher is None


def test_a_sentence_case_article_title_keeps_its_title() -> None:
    # Near miss: a title-first article reference in sentence case runs on without a comma.
    notes = _prose_notes(
        "A comparison of results of meta-analyses of randomized control trials and recommendations of "
        "clinical experts. Treatments for myocardial infarction. JAMA 1992;268(2):240-8.",
    )
    assert notes[0].title is not None
    assert notes[0].title.startswith("A comparison of results")


def test_body_with_initials_before_the_title_issues_it_over_a_series() -> None:
    notes = _prose_notes(
        "See also Office for the Coordination of River Affairs (OCRA), *Rivers in the Age of Floods*. "
        "OCRA Policy and Studies series, 2014: https://www.rivers.example.org/report/floods.",
        "Doe, J. (2019). *Trade in the Age of Rivers*. RIETI Discussion Paper Series, https://rieti.example.org/dp/1.",
    )
    assert notes[0].title == "Rivers in the Age of Floods"
    assert notes[0].publisher == "Office for the Coordination of River Affairs (OCRA)"
    # Near miss: a person before the title; the series stays the publisher.
    assert notes[1].publisher == "RIETI Discussion Paper Series"
