"""Rules from the failure hunt of branch p13-hunt3 (report endnotes, narrative footnotes, source tables,
localized reference lists, research-assistant exports in 17 languages): each has a case where it fires and
a near miss where it must not; the data that justifies it is named with it.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.regions import is_notes_heading
from citecheck.parse.urls import find_urls

TODAY = dt.date(2026, 12, 6)


def _notes(text: str, fmt: str = "markdown") -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path="x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url) for fn in document.footnotes}


# --- A label glued to the address after an opening bracket, ending in its colon (urls.trim_url) ------------
# Data: fixtures/parse-eval ko-html-author-year-url-glued-jeopsogil-ai.html ("https://kosis.kr(접속일: 2026.
# 8. 29)", Korean "date accessed" with no space before it: three of four URLs read with "(접속일" on them).


def test_glued_access_label_with_colon_is_cut_off() -> None:
    assert find_urls("통계청, KOSIS, https://kosis.kr(접속일: 2026. 8. 29).")[0][0] == "https://kosis.kr"
    url = find_urls("https://huggingface.co/datasets/nvidia/Nemotron(접속일: 2026. 8. 29).")[0][0]
    assert url == "https://huggingface.co/datasets/nvidia/Nemotron"


def test_glued_access_label_is_cut_off_a_markdown_bare_url() -> None:
    notes = _notes(
        "## 참고문헌\n\n1. 통계청, KOSIS, https://kosis.kr(접속일: 2026. 8. 29).\n2. 한국은행, ECOS, https://ecos.bok.or.kr(접속일: 2026. 8. 29).\n"
    )
    assert notes["1"][1] == "https://kosis.kr"


def test_balanced_bracket_in_a_path_is_kept() -> None:
    # Near miss: a bracket the address closes itself, then a colon of the sentence.
    assert find_urls("https://de.wikipedia.org/wiki/Strafvollzug_(Deutschland): text")[0][0] == (
        "https://de.wikipedia.org/wiki/Strafvollzug_(Deutschland)"
    )


# --- A research assistant's "Works cited" in Indonesian on a plain line (regions.NOTES_HEADING) -------------
# Data: fixtures/parse-eval id-deepresearch-karya-plain-karsasec.md ("Karya yang dikutip" over unnumbered
# "Title - Site, URL" lines: read as ten bare links, no title).

KARYA = (
    "KarsaSec menyajikan fondasi arsitektur AppSec modern yang aman.\n"
    "Karya yang dikutip\n"
    "A Unified Agent Control Plane - LiteLLM, https://docs.litellm.ai/blog/agents-are-the-new-llms\n"
    "Code Graph MCP Server, https://mcpservers.org/servers/colinvaughn/codegraph\n"
    "Common Vulnerability Scoring System - Wikipedia, https://en.wikipedia.org/wiki/Common_Vulnerability_Scoring_System\n"
)


def test_indonesian_works_cited_heads_the_list() -> None:
    notes = _notes(KARYA)
    assert notes["1"] == (
        "A Unified Agent Control Plane",
        "https://docs.litellm.ai/blog/agents-are-the-new-llms",
    )
    assert notes["2"][0] == "Code Graph MCP Server"
    # Near miss: the same lines under a line that names no list stay links of the text.
    assert "1" not in _notes(KARYA.replace("Karya yang dikutip", "Karya yang dipilih"))


def test_works_cited_headings() -> None:
    for heading in ("Karya yang dikutip", "Zitierte Werke", "Ouvrages cités", "Opere citate"):
        assert is_notes_heading(heading), heading
    assert is_notes_heading("23 Karya yang dikutip", marked_heading=True)
    # Near misses: a section about works, a heading on quotations.
    assert not is_notes_heading("Karya yang dipilih")
    assert not is_notes_heading("Werke des Autors")


# --- GOST's medium designator after a site the host names (styles.host_named_site) ------------------------
# Data: fixtures/parse-eval ru-gost-remarks-opisanie-spisok-nextjs.md ("React Documentation. Официальная
# документация React [Электронный ресурс]. - Режим доступа: https://react.dev": six titles of ten kept the
# designator).


def test_medium_designator_is_no_part_of_a_title_after_a_host_named_site() -> None:
    from citecheck.parse.styles import host_named_site

    named = host_named_site(
        "React Documentation. Официальная документация React [Электронный ресурс]", "https://react.dev"
    )
    assert named == ("Официальная документация React", "React Documentation")
    # Near miss: a host that names no site leaves the text to the other rules.
    assert (
        host_named_site("React Documentation. Официальная документация React", "https://example.org") is None
    )


# --- A link whose text is the work's identifier, or the word "URL" (entries.parse_entry, styles.GENERIC_LINK) --
# Data: fixtures/parse-eval en-nature-bullets-bracket-labels-nff.md ("*Title.* Nature Communications **8**.
# 13890 (2017) [10.1038/ncomms13890](http://dx.doi.org/10.1038/ncomms13890)", "[arXiv:2108.04879](…)",
# "[URL](…)", authors with hyphenated initials "K.-R. Müller": eight titles of nine read wrong).

NATURE = (
    "## References\n\n"
    "* [1] K.T. Schütt. F. Arbabzadah. S. Chmiela, K.-R. Müller, A. Tkatchenko.  \n"
    "*Quantum-chemical insights from deep tensor neural networks.*\n"
    "Nature Communications **8**. 13890 (2017)   \n"
    "[10.1038/ncomms13890](http://dx.doi.org/10.1038/ncomms13890)\n\n"
    "* [2] S. Axelrod, E. Shakhnovich. *Excited state dynamics of photoswitchable molecules.* arXiv preprint"
    " (2021). [arXiv:2108.04879](https://arxiv.org/pdf/2108.04879.pdf)\n\n"
    "* [3] J. Klicpera, G. Janek, S. Günnemann. *Directional message passing for molecular graphs.* ICLR (2020)."
    " [URL](https://openreview.net/attachment?id=B1eWbxStPH).\n"
)


def test_identifier_and_url_link_texts_are_no_titles() -> None:
    notes = _notes(NATURE)
    assert notes["1"] == (
        "Quantum-chemical insights from deep tensor neural networks",
        "http://dx.doi.org/10.1038/ncomms13890",
    )
    assert notes["2"][0] == "Excited state dynamics of photoswitchable molecules"
    assert notes["3"][0] == "Directional message passing for molecular graphs"


def test_identifier_link_beside_other_links_or_labelled_is_left() -> None:
    # Near misses: a DOI labelled as a field of its own, or one link among others, is read as before.
    labelled = _notes(
        "## References\n\n1. Liang, W. 2023. Detectors. Online. DOI [10.48550/ARXIV.2304.02819]"
        "(https://doi.org/10.48550/ARXIV.2304.02819).\n"
    )
    assert labelled["1"][1] == "https://doi.org/10.48550/ARXIV.2304.02819"
    two = _notes(
        "## References\n\n1. [A study of things](https://example.org/study). Journal. "
        "doi:[10.1000/xyz](https://doi.org/10.1000/xyz)\n"
    )
    assert two["1"] == ("A study of things", "https://example.org/study")


def test_hyphenated_initials_are_a_name_part() -> None:
    from citecheck.parse.styles import _is_name_part

    assert _is_name_part("K.-R. Müller")
    assert _is_name_part("H.-P. Kriegel")
    # Near misses: a hyphenated word of a title, a lone initial pair.
    assert not _is_name_part("Data-driven models of molecules")
    assert not _is_name_part("e.-g. things")


# --- An emphasised title stands against list-level cuts (entries.parse_entries) ------------------------------
# Data: fixtures/parse-eval pl-ieee-dostepne-styczen-literatura.md (IEEE books without a URL, "M. Cantelon, M.
# Harter, T.J. Holowaychuk, N. Rajlich, *Node.js in Action*, 2nd ed., Manning Publications, 2017.": the title
# read as the authors run on into it, three of twelve; "OpenJS Foundation, *Express.js - Fast, …*, 2024. …
# https://expressjs.com": the host's name cut off the marked title).

IEEE_BOOKS = (
    "# Literatura\n\n"
    "[1] M. Cantelon, M. Harter, T.J. Holowaychuk, N. Rajlich, *Node.js in Action*, 2nd ed., Manning, 2017.\n\n"
    "[2] E. Brown, *Web Development with Node and Express*, 2nd ed., O'Reilly Media, 2019.\n\n"
    "[3] OpenJS Foundation, *Express.js - Fast, unopinionated, minimalist web framework for Node.js*, 2024. "
    "[Online]. Dostępne: https://expressjs.com [Dostęp: styczeń 2026]\n"
)


def test_emphasised_titles_stand() -> None:
    notes = _notes(IEEE_BOOKS)
    assert notes["1"][0] == "Node.js in Action"
    assert notes["2"][0] == "Web Development with Node and Express"
    assert notes["3"][0] == "Express.js - Fast, unopinionated, minimalist web framework for Node.js"


def test_unmarked_titles_still_cut() -> None:
    # Near misses: without the emphasis the list-level readings apply as before (the host's name goes).
    notes = _notes(
        "## Sources\n\n1. pl.wikipedia, Linia kolejowa nr 159 — Żory – Pawłowice Śląskie. "
        "https://pl.wikipedia.org/wiki/Linia_kolejowa_nr_159\n"
    )
    assert notes["1"][0] == "Linia kolejowa nr 159"


# --- ISO 690's author list shortened with "et al." before a medium designator (styles._ISO690_AUTHORS) -------
# Data: fixtures/parse-eval cs-iso690-word-online-zdroje-cyklo.md ("ACHOUR, Mehdi, et al. PHP Documentation
# [online]. The PHP Group, 2023 [cit. 2024-01-10]. Dostupné z: …": the title read with the authors).


def test_iso690_et_al_authors_are_no_title() -> None:
    notes = _notes(
        "## Online zdroje\n"
        "- ACHOUR, Mehdi, et al. PHP Documentation [online]. The PHP Group, 2023 [cit. 2024-01-10]. "
        "Dostupné z: https://www.php.net/docs.php\n"
        "- NOVÁK, Petr a kol. Sítě a protokoly [online]. 2021 [cit. 2024-01-10]. Dostupné z: https://example.org/s\n"
    )
    assert notes["1"][0] == "PHP Documentation"
    assert notes["2"][0] == "Sítě a protokoly"


def test_title_with_et_al_words_is_kept() -> None:
    # Near miss: no capitalised surname before it, so "et al." is the title's own words.
    notes = _notes(
        "## Zdroje\n- Smith et al. revisited [online]. 2021 [cit. 2024-01-10]. Dostupné z: https://example.org/r\n"
    )
    assert notes["1"][0] == "Smith et al. revisited"


# --- The editors' mark between an author-date list's names and its year (styles._EDITORS_BEFORE_YEAR) --------
# Data: fixtures/parse-eval sr-authordate-two-urls-pristupljeno-jazz.md ("Pfleiderer, M., Frieler, K., …,
# Burkhart, B. (ur.) 2017. Inside the Jazzomat: New Perspectives for Jazz Research. Schott Campus. https://…":
# the title read as the last names and the mark).


def test_editors_mark_before_year_is_no_title() -> None:
    for mark in ("(ur.)", "(eds.)", "(Hrsg.)"):
        notes = _notes(
            "## Literatura\n\n"
            f"Pfleiderer, M., Frieler, K., Zaddach, W.-G., Burkhart, B. {mark} 2017. Inside the Jazzomat: New "
            "Perspectives for Jazz Research. Schott Campus. https://jazzomat.hfm-weimar.de/\n"
        )
        assert notes["1"][0] == "Inside the Jazzomat: New Perspectives for Jazz Research", mark


def test_editors_mark_elsewhere_is_left() -> None:
    from citecheck.parse.styles import _EDITORS_BEFORE_YEAR

    # Near misses: no year after it, or inside a title's words.
    assert _EDITORS_BEFORE_YEAR.search("Burkhart, B. (ur.) Inside the Jazzomat") is None
    assert _EDITORS_BEFORE_YEAR.search("A handbook (eds) 2017") is None


# --- "Title. Site." the site naming the entry's host (entries._host_named_stop_closings) --------------------
# Data: fixtures/parse-eval pl-linked-entries-dostep-zrodla-gpfs.md ("[IBM Spectrum Scale. IBM.com. [dostęp:
# 15-12-2017].](https://www.ibm.com/…)", "File Placement Optimizer. IBM Konwledge Center.", "… Computing.
# asc.llnl.gov.": six titles of eight read with the site).


def test_closing_site_sentence_named_by_host_goes() -> None:
    notes = _notes(
        "### Źródła\n"
        "- [IBM Spectrum Scale. IBM.com. [dostęp: 15-12-2017].](https://www.ibm.com/us-en/marketplace/scale)\n"
        "- [File Placement Optimizer. IBM Konwledge Center. [dostęp: 15-12-2017].](https://www.ibm.com/support/kc)\n"
        "- [IBM Spectrum Scale. IBM.com Polska. [dostęp: 15-12-2017].](https://www-03.ibm.com/systems/pl/scale/)\n"
        "- [100 teraFLOPS Dedicated to Capability Computing. asc.llnl.gov. [dostęp: 15-12-2017].]"
        "(https://asc.llnl.gov/computing_resources/purple/)\n"
    )
    assert notes["1"][0] == "IBM Spectrum Scale"
    assert notes["2"][0] == "File Placement Optimizer"
    assert notes["3"][0] == "IBM Spectrum Scale"
    # Near miss: the same entries, two of them only, keep their reading (one list, one shape).
    two = _notes(
        "### Źródła\n"
        "- [IBM Spectrum Scale. IBM.com. [dostęp: 15-12-2017].](https://www.ibm.com/us-en/marketplace/scale)\n"
        "- [File Placement Optimizer. IBM Konwledge Center. [dostęp: 15-12-2017].](https://www.ibm.com/support/kc)\n"
    )
    assert two["1"][0] == "IBM Spectrum Scale. IBM.com"


def test_closing_sentence_naming_another_host_stays() -> None:
    # Near miss: the last sentence names no label of the host, so it is the title's own.
    notes = _notes(
        "### Źródła\n"
        "- [Cluster file systems. Design notes. [dostęp: 15-12-2017].](https://www.ibm.com/a)\n"
        "- [Spectrum Scale overview. Almaden lab. [dostęp: 15-12-2017].](https://www.ibm.com/b)\n"
        "- [Storage guide. Part two. [dostęp: 15-12-2017].](https://www.ibm.com/c)\n"
    )
    assert notes["2"][0] == "Spectrum Scale overview. Almaden lab"


# --- A pointer before a colon and a site-named link is no title (entries._titles_before_site_links) --------
# Data: fixtures/parse-eval fr-indented-footnotes-voir-i2b2.md ("[^4]: Voir : [i2b2 Community Wiki](https://
# community.i2b2.org/wiki/)", "[^11]: Voir une démonstration du web client : [i2b2 Web Client](…)": five titles
# of twelve lost to "Voir" or read as the pointer).


def test_see_lead_before_site_link_is_no_title() -> None:
    notes = _notes(
        "Texte[^1][^2][^3].\n\n"
        "[^1]: Voir : [i2b2 Community Wiki](https://community.i2b2.org/wiki/)\n"
        "[^2]: Voir : [i2b2 Software Architecture - File Repository (FR) Cell](https://www.i2b2.org/fr.pdf)\n"
        "[^3]: Voir une démonstration du web client : [i2b2 Web Client](https://www.i2b2.org/webclient/)\n"
    )
    assert notes["1"][0] == "i2b2 Community Wiki"
    assert notes["3"][0] == "i2b2 Web Client"


def test_title_before_site_link_still_read() -> None:
    # Near miss (heldback-33's shape): the work named before the colon, the site's link after it.
    notes = _notes(
        "## Sources\n\n"
        "- Règlement sur l'IA (AI Act) : [EUR-Lex](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)\n"
        "- CNIL — Dossier Intelligence Artificielle : [cnil.fr](https://www.cnil.fr/fr/ia)\n"
        "- Guide de la CNIL sur les données : [CNIL](https://www.cnil.fr/fr/guide)\n"
    )
    assert notes["2"][0] == "CNIL — Dossier Intelligence Artificielle"


# --- A relative link to a document of the repository names its title (styles._RELATIVE_DOCUMENT) -----------
# Data: fixtures/parse-eval de-linklist-abgerufen-am-nachweise-urhg.md ("- [P020 – Analyse Stufe 3 Norm-
# Nachweis](../../plans/inbox/260622_Plan_P020_….md)" under "## Nachweise": three titles of five lost).


def test_relative_document_link_text_is_the_title() -> None:
    notes = _notes(
        "## Nachweise\n\n"
        "- [§ 44b UrhG – Text und Data Mining](https://www.gesetze-im-internet.de/urhg/__44b.html), abgerufen am 2026-08-13.\n"
        "- [P020 – Analyse Stufe 3 Norm-Nachweis](../../plans/inbox/260622_Plan_P020.md)\n"
        "- [OP-016 – externe Project-OS-Aktivierungen](../../decisions/USER_DECISIONS_OPEN_POINTS.md)\n"
    )
    assert notes["2"][0] == "P020 – Analyse Stufe 3 Norm-Nachweis"
    assert notes["3"][0] == "OP-016 – externe Project-OS-Aktivierungen"


def test_anchor_links_name_no_title() -> None:
    from citecheck.parse.styles import _RELATIVE_DOCUMENT

    # Near misses: a page's own anchor, a scheme-less host, a folder.
    for href in ("#top", "example.org/page.html", "../docs/", "mailto:a@b.org"):
        assert _RELATIVE_DOCUMENT.fullmatch(href) is None, href


# --- A software project's people as a group author (styles._GROUP_AUTHOR) --------------------------------
# Data: fixtures/parse-eval sr-authordate-two-urls-pristupljeno-jazz.md ("scikit-learn developers. Cross-
# validation: iterators for grouped data; Common pitfalls: data leakage. https://… i https://… (pristupljeno
# 29. 9. 2026).": the group read as the title).


def test_group_author_is_no_title() -> None:
    from citecheck.parse.styles import _looks_like_authors

    notes = _notes(
        "## Literatura\n\n"
        "scikit-learn developers. Cross-validation: iterators for grouped data; Common pitfalls: data leakage. "
        "https://scikit-learn.org/stable/modules/cross_validation.html (pristupljeno 29. 9. 2026).\n"
    )
    assert notes["1"][0] == "Cross-validation: iterators for grouped data; Common pitfalls: data leakage"
    assert _looks_like_authors("The pandas development team.")
    # Near misses: a title about developers, a longer phrase.
    assert not _looks_like_authors("Tools for developers")
    assert not _looks_like_authors("How to hire and keep good web developers")


# --- Emphasis on an example, a word's ending or a gloss of initials is no title (styles._example_or_gloss) ---
# Data: fixtures/parse-eval pl-markdown-footnotes-bare-url-przypisy-korpus.md ("np. *Opakowania na torty – …*",
# "na *-o* (np. *Bańko, …*)"), fr-indented-footnotes-voir-i2b2.md ("un NBCB (*National Center for Biomedical
# Computing*), un programme …"): four prose notes read with a title.


def test_examples_and_glosses_are_no_titles() -> None:
    from citecheck.parse.styles import _example_or_gloss

    head = "Dotyczy sytuacji, gdy autor pisze wielką literę, np. *Opakowania na torty – Torty są ciężkie.*"
    assert _example_or_gloss(head, head.index("Opakowania"), "Opakowania na torty – Torty są ciężkie.")
    assert _example_or_gloss("Brak odmiany nazwisk na *-o*", 24, "-o")
    gloss = "I2b2 est un NBCB (*National Center for Biomedical Computing*), un programme"
    assert _example_or_gloss(gloss, gloss.index("National"), "National Center for Biomedical Computing")


def test_titles_in_prose_notes_stay() -> None:
    from citecheck.parse.styles import _example_or_gloss

    # Near misses: a work after "See", a title in brackets after words that are no initials of it.
    head = "See *The Structure of Scientific Revolutions* (Chicago, 1962)"
    assert not _example_or_gloss(head, 5, "The Structure of Scientific Revolutions")
    other = "Published by NASA (*Earth Observatory Handbook*), 2020"
    assert not _example_or_gloss(other, other.index("Earth"), "Earth Observatory Handbook")


# --- A closing "Place, Year" sentence is the imprint (entries._PLACE_YEAR_CLOSING) --------------------------
# Data: fixtures/parse-eval pl-linked-entries-dostep-zrodla-gpfs.md ("[USENIX Association: Proceedings of the
# FAST 2002 Conference on File and Storage Technologies. Monterey, 2002.](https://…)": read with the imprint).


def test_place_and_year_closing_is_no_part_of_the_title() -> None:
    notes = _notes(
        "### Źródła\n"
        "- [Proceedings of the FAST 2002 Conference on File and Storage Technologies. Monterey, 2002.]"
        "(https://www.usenix.org/legacy/events/fast02/full_papers/schmuck/schmuck.pdf)\n"
    )
    assert notes["1"][0] == "Proceedings of the FAST 2002 Conference on File and Storage Technologies"


def test_short_title_with_place_and_year_is_kept() -> None:
    from citecheck.parse.entries import _PLACE_YEAR_CLOSING

    # Near misses: a year inside the last sentence without a place, a place and no year.
    assert _PLACE_YEAR_CLOSING.search("The Games. Summer of 2012") is None
    assert _PLACE_YEAR_CLOSING.search("Proceedings of the Conference. Monterey, California") is None


# --- "Author, Title, URL" in a list of glued-year authors (entries._undated_author_commas) ------------------
# Data: fixtures/parse-eval ko-html-author-year-url-glued-jeopsogil-ai.html ("한국은행(2025), 「…」", "OECD(2026),
# …", then "산업연구원, ISTANS 산업통계분석시스템, https://www.istans.or.kr(접속일: 2026. 8. 29)": three titles read
# with the author).

GLUED = (
    "## 참고문헌\n\n"
    "한국은행(2025), 「인공지능의 노동시장 및 생산성 파급 효과」, 한국은행.\n\n"
    "OECD(2026), *Government at a Glance: AI*, OECD Publishing.\n\n"
    "Autor, D.(2015), “Why Are There Still So Many Jobs?”, *Journal of Economic Perspectives*, 29(3).\n\n"
    "통계청, KOSIS 국가통계포털 OpenAPI, https://kosis.kr(접속일: 2026. 8. 29).\n"
)


def test_undated_author_comma_in_glued_year_list() -> None:
    notes = _notes(GLUED)
    assert notes["4"] == ("KOSIS 국가통계포털 OpenAPI", "https://kosis.kr")


def test_author_comma_elsewhere_is_left() -> None:
    # Near miss: the same entry in a list without glued-year authors keeps its reading.
    lines = GLUED.split("\n\n")
    notes = _notes("## 참고문헌\n\n" + lines[-1])
    assert notes["1"][0] == "통계청, KOSIS 국가통계포털 OpenAPI"


# --- Two capitals inside a title's words are no language tag (styles._drop_language_tags) ------------------
# Data: fixtures/parse-eval fr-indented-footnotes-voir-i2b2.md ("i2b2 Software Architecture - File Repository
# (FR) Cell": "(FR)" dropped as French).


def test_abbreviation_inside_a_title_is_kept() -> None:
    from citecheck.parse.styles import _drop_language_tags

    assert "(FR)" in _drop_language_tags("i2b2 Software Architecture - File Repository (FR) Cell")
    # Near misses: a tag closing the title, or before its field's comma, is the source's language.
    assert "(EN)" not in _drop_language_tags("Some Report Title (EN)")
    assert "(DE)" not in _drop_language_tags("Ein Bericht (DE), Berlin 2020")
