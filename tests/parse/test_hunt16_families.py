"""Rules from the failure hunt of branch s42-hunt16 (18 new real documents: theses, course reports, project docs and
READMEs with reference lists carrying addresses and access dates, in Portuguese, Spanish, Czech, French, Italian,
Dutch, Romanian, German and English: ABNT, APA 7, ISO 690, IEEE-like lists and Markdown footnotes): each has a case
where it fires and a near miss where it must not; the data that justifies it is named with the rule
(fixtures/parse-eval, part "p42hunt16 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text

TODAY = dt.date(2026, 12, 8)


def _read(text: str) -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return {
        fn.label: (fn.title, fn.url, fn.access_date)
        for fn in document.footnotes
        if not fn.label.startswith("L")
    }


# --- Czech ISO 690's "[vid. date]" (dates._ACCESS_LABELS "cs") ------------------------------------------------------
# Data: p42hunt16's Pandoc-converted Oracle course project, every entry "\[online] \[vid. 2022-05-07]" (ten of ten
# access dates lost); find_string "[vid. 20": ten reference lists.

_VID = """## Zdroje

FITZJARRELL, David, 2016. Mutating Table Error In Oracle. _Database Journal_ \\[online] \\[vid. 2022-05-07]. Dostupné z: https://www.databasejournal.com/oracle/mutating/

BENEDIKT, Jiří. Design thinking proces [online]. [vid. 2024-01-10]. Dostupné z: https://www.jiribenedikt.com/materialy/proces/
"""


def test_bracketed_vid_dates_the_reading() -> None:
    notes = _read(_VID)
    assert notes["1"][2] == dt.date(2022, 5, 7)
    assert notes["2"][2] == dt.date(2024, 1, 10)


def test_vid_as_see_labels_nothing() -> None:
    # Near miss: "vid." outside a bracket is Latin "see", and a date after it is no reading.
    notes = _read(
        "## Zdroje\n\nNOVÁK, Jan. Dějiny sítí. Praha, 2010, vid. 2010-05-07 a dále. Dostupné z: https://example.cz/a\n"
    )
    assert notes["1"][2] is None


# --- Italian "scaricato il <date>" (dates._ACCESS_LABELS "it") ------------------------------------------------------
# Data: p42hunt16's Italian thesis chapter, "libro scaricato il 22 Gennaio 2019 a questo link: *http://…*".


def test_scaricato_il_before_a_date_dates_the_reading() -> None:
    notes = _read(
        'Testo[^x86].\n\n[^x86]: Tratto dal libro *"Intel Microprocessors"*, libro scaricato il 22 Gennaio 2019 a '
        "questo link: *http://stevemorse.org/8086history/8086history.doc*\n"
    )
    assert notes["x86"][2] == dt.date(2019, 1, 22)


def test_scaricato_il_before_a_noun_labels_nothing() -> None:
    # Near miss: "scaricato il file …" (downloaded the file) labels nothing: the date after it is no reading.
    notes = _read(
        "Testo[^a].\n\n[^a]: Guida del progetto, scaricato il file 12 marzo 2018 dal sito https://example.it/p\n"
    )
    assert notes["a"][2] is None


# --- "<URL : https://…>" (markdown._INLINE's autolink) --------------------------------------------------------------
# Data: p42hunt16's French criminology project, ISO 690 "Disponible à : <URL : https://…>." (two addresses lost: the
# "<URL" with a space after it read as an HTML tag that vanished, address and all).

_URL_WRAPPED = """## Bibliographie

La criminologie [en ligne]. [consulté le 27 mars 2021]. Disponible à : <URL : https://www.cairn.info/la-criminologie.htm>.

Crime hotspots [en ligne]. 2010 [consulté le 27 mars 2021]. Disponible à : <url:https://www.youtube.com/watch?v=PD_l73t9aiE>.
"""


def test_url_wrapped_address_is_read() -> None:
    notes = _read(_URL_WRAPPED)
    assert notes["1"][1] == "https://www.cairn.info/la-criminologie.htm"
    assert notes["2"][1] == "https://www.youtube.com/watch?v=PD_l73t9aiE"


def test_an_html_tag_with_an_address_attribute_still_vanishes() -> None:
    # Near miss: a real tag (an image whose src is an address) is no autolink: its address is no entry's.
    notes = _read(
        '## Bibliographie\n\nLa criminologie [en ligne]. <img src="https://example.org/logo.png"> '
        "Disponible à : <https://www.cairn.info/la-criminologie.htm>.\n"
    )
    assert notes["1"][1] == "https://www.cairn.info/la-criminologie.htm"


# --- Medium descriptors after a title (styles.MEDIUM) ---------------------------------------------------------------
# Data: p42hunt16's Dutch JavaScript README ("Learn Closures In 7 Minutes [Videobestand]") and Czech bachelor's thesis
# ("Claude Opus 4.6 [velký jazykový model]"); APA 7's "[Large language model]" (find_string: six of ten hits).


def test_medium_descriptors_leave_the_title() -> None:
    notes = _read(
        "## Bronnen\n\n"
        "- Web Dev Simplified. (2019). Learn Closures In 7 Minutes [Videobestand]. YouTube. Geraadpleegd van "
        "https://www.youtube.com/watch?v=3a0I8ICR1Vg\n"
        "- OpenAI. (2023). ChatGPT (Mar 14 version) [Large language model]. https://chat.openai.com/chat\n"
    )
    assert notes["1"][0] == "Learn Closures In 7 Minutes"
    assert notes["2"][0] is not None and "Large language model" not in notes["2"][0]


def test_a_bracketed_word_of_the_title_stays() -> None:
    # Near miss: brackets that are no medium ("[Part 2]") stay the title's.
    notes = _read(
        "## Bronnen\n\n- DevTips. (2016). CSS Animation & Keyframes [Part 2]. YouTube. Geraadpleegd van "
        "https://www.youtube.com/watch?v=f1WM\n"
    )
    assert notes["1"][0] == "CSS Animation & Keyframes [Part 2]"


# --- ABNT authors in bold with given names (styles._MARKED_ABNT_FULL_NAMES) -----------------------------------------
# Data: p42hunt16's requirements course page, "**SERRANO, Maurício; SERRANO, Milene**. Requisitos - Aula 15. …".


def test_bold_abnt_names_before_a_plain_title_are_the_authors() -> None:
    notes = _read(
        "## Referências\n\n**SERRANO, Maurício; SERRANO, Milene**. Requisitos - Aula 15. Material apresentado para a "
        "disciplina de Requisitos de Software. Disponível em: <https://example.unb.br/aula15.pdf>. Acesso em: 02 ago. 2022\n"
    )
    assert notes["1"][0] == "Requisitos - Aula 15"


def test_bold_names_before_an_emphasised_title_leave_it_the_title() -> None:
    # Near miss (heldback-33's Czech list): the emphasised run right after the bold names is the title.
    notes = _read(
        "## Literatura\n\n*   **LIU, Junwei et al.** *Large Language Model-Based Agents for Software Engineering: A "
        "Survey* [online]. arXiv preprint arXiv:2409.02977. 2024 [cit. 2025-12-10]. Dostupné z: "
        "https://arxiv.org/abs/2409.02977\n"
    )
    assert notes["1"][0] == "Large Language Model-Based Agents for Software Engineering: A Survey"


# --- ISO 690 with every name inverted (styles._ISO690_AUTHORS) ------------------------------------------------------
# Data: p42hunt16's French criminology project, "TREMBLAY, Pierre, BOUCHARD, Martin et LECLERC, Chloé. La courbe …"
# (read as "Martin et LECLERC").


def test_inverted_names_joined_by_et_are_the_authors() -> None:
    notes = _read(
        "## Bibliographie\n\nTREMBLAY, Pierre, BOUCHARD, Martin et LECLERC, Chloé. La courbe de gravité des crimes. "
        "L’Annee sociologique. Presses Universitaires de France, 2006, Vol. 56, n° 1, p. 201‑227.\n"
    )
    assert notes["1"][0] == "La courbe de gravité des crimes"


def test_a_capitalised_title_after_one_author_stays() -> None:
    # Near miss: one inverted name, then a title whose first words are in capitals, not a second name.
    notes = _read(
        "## Bibliographie\n\nPICCA, Georges. Criminalité et criminels. Que sais-je? Presses Universitaires de France, "
        "2009.\n"
    )
    assert notes["1"][0] == "Criminalité et criminels"


# --- A stop inside the closing quote before "In:" (styles._title_before_container) ----------------------------------
# Data: p42hunt16's Czech ISO 690 list, 'Answer to „What’s the best practice …?" In: _Stack Overflow_' (the container
# read as the title; its sibling '…practice". In: …' was read right).


def test_question_inside_quote_before_container() -> None:
    notes = _read(
        '## Zdroje\n\nLOGICALMIND, 2008. Answer to „What is the best practice for keys?" In: _Stack Overflow_ '
        "[online]. [vid. 2022-05-07]. Dostupné z: https://stackoverflow.com/a/338424/8096705\n"
    )
    assert notes["1"][0] == 'Answer to „What is the best practice for keys?"'


def test_comma_inside_quote_before_emphasis_is_no_closed_title() -> None:
    # Near miss: a comma inside the closing quote (American punctuation) closes no sentence: the rule does not read
    # the quoted words as a title closed before a container.
    notes = _read(
        '## Zdroje\n\nLOGICALMIND, 2008. Answer to "What is the best practice for keys," _Stack Overflow_ '
        "[online]. Dostupné z: https://stackoverflow.com/a/338424/8096705\n"
    )
    assert notes["1"][0] != 'Answer to "What is the best practice for keys,"'


# --- ISO 690 authors closed by an initial before a medium (styles: _INITIAL_CLOSES) ---------------------------------
# Data: p42hunt16's French criminology project, "TSE, Wang Hung et WARD, Michael J. Asynchronous … Patrol. SIAM Journal
# on Applied Dynamical Systems [en ligne]. 1 Janvier 2018, Vol. 17" (the journal read as the title: the initial's stop
# closed no sentence, so the authors and the title were one).


def test_authors_closed_by_an_initial_leave_the_title_before_the_journal() -> None:
    notes = _read(
        "## Bibliographie\n\nTSE, Wang Hung et WARD, Michael J. Asynchronous Instabilities of Crime Hotspots for a "
        "1-D Reaction-Diffusion Model of Urban Crime with Focused Police Patrol. SIAM Journal on Applied Dynamical "
        "Systems [en ligne]. 1 Janvier 2018, Vol. 17, n° 3, p. 2018‑2075.\n"
    )
    assert notes["1"][0] == (
        "Asynchronous Instabilities of Crime Hotspots for a 1-D Reaction-Diffusion Model of Urban Crime with Focused "
        "Police Patrol"
    )


def test_authors_closed_by_a_given_name_read_as_before() -> None:
    # Near miss: a given name written out closes the authors' sentence itself; the reading is the sentence rules'.
    notes = _read(
        "## Bibliographie\n\nBOUSQUET, Richard et LENOIR, Éric. La prévention de la délinquance [en ligne]. [S. l.] : "
        "Presses Universitaires de France, 2009.\n"
    )
    assert notes["1"][0] == "La prévention de la délinquance"
