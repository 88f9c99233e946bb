"""Rules from the failure hunt of branch s34-hunt6 (30 new real documents in 16 languages other than English:
blog posts, essays and notes citing their sources in footnotes and source lists): each has a case where it fires
and a near miss where it must not; the data that justifies it is named with it (fixtures/parse-eval, part
"p34hunt6 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.markdown import _zmarkdown_blocks

TODAY = dt.date(2026, 12, 7)


def _notes(text: str, fmt: str = "markdown") -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.access_date) for fn in document.footnotes}


# --- A link's whole text 'Org, "Word"': the one quoted word is the title (quoted_spans) --------------------------
# Data: fr-sources-references-linked-org-quoted-title-openclaw.md ('[OpenClaw Docs, "Security"](…)',
# '[OpenClaw CLI, "security"](…)': three of seven entries read with the organisation on).


def test_one_quoted_word_after_a_short_lead_is_the_title() -> None:
    notes = _notes(
        "## Sources et références\n\n"
        '1. [OpenClaw Docs, "Security"](https://docs.openclaw.io/security)\n'
        '2. [OpenClaw CLI, "security"](https://docs.openclaw.io/cli)\n'
    )
    assert notes["1"][0] == "Security"
    assert notes["2"][0] == "security"


def test_one_quoted_word_inside_a_title_stays() -> None:
    notes = _notes(
        "## Sources\n\n"
        '1. [Why "Big" matters](https://example.org/a)\n'
        "2. [“Stop” signs and traffic control](https://example.org/b)\n"
        '3. [Wiki, "Stop" signs](https://example.org/c)\n'
    )
    assert notes["1"][0] == 'Why "Big" matters'
    assert notes["2"][0] == "“Stop” signs and traffic control"
    assert notes["3"][0] == 'Wiki, "Stop" signs'


# --- German humanities notes 'Surname, Given: Title, in: Container' (name_colon_in) --------------------------
# Data: de-fussnoten-vgl-author-title-in-site-online-stand-populismus.md ("Vgl. Naughton, John: Amazon’s Echo
# seems great, but what does it hear?, in: The Guardian, 15.01.2017. Online: <…>, Stand: 18.11.2019.": three of
# four notes read with the given name or the signal on the title).


def test_surname_given_colon_title_in_container() -> None:
    notes = _notes(
        "Text.[^1] Mehr.[^2] Auch.[^3]\n\n"
        "[^1]: Vgl. Naughton, John: Amazon’s Echo seems great, but what does it hear?, in: The Guardian, "
        "15.01.2017. Online: <https://www.theguardian.com/x>, Stand: 18.11.2019.\n"
        "[^2]: Siehe z.B.: [Koenigsdorff, Simon: Fall Relotius: Manipulationen im Wikipedia-Artikel, in: heise "
        "online, 11.08.2019. Online: <https://www.heise.de/x>, Stand: 13.11.2019.](https://www.heise.de/x)\n"
        "[^3]: Vgl. Rehbein, Malte: Geschichtsforschung im digitalen Raum, in: Herbers, Klaus (Hg.): "
        "Papstgeschichte im digitalen Zeitalter, Köln 2018, S. 41f.\n"
    )
    assert notes["1"][0] == "Amazon’s Echo seems great, but what does it hear?"
    assert notes["1"][2] == dt.date(2019, 11, 18)
    assert notes["2"][0] == "Fall Relotius: Manipulationen im Wikipedia-Artikel"
    assert notes["3"][0] == "Geschichtsforschung im digitalen Raum"


def test_name_colon_without_in_or_after_prose_is_left_alone() -> None:
    notes = _notes(
        "Text.[^1] Mehr.[^2]\n\n"
        "[^1]: Vgl. Müller, Hans: Titel der Schrift. Berlin 2001, S. 4.\n"
        "[^2]: Vermehrt wird die Wikipedia verwendet. Zum Beispiel in Gredel, Eva: Digital discourse analysis, "
        "in: Journal of Pragmatics 115, 2017.\n"
    )
    assert notes["1"][0] != "Titel der Schrift. Berlin 2001, S. 4"
    assert notes["2"][0] != "Digital discourse analysis"


# --- '(Site, YYYY-MM-DD)' closing a title (styles._SITE_ISO_DATE_AFTER) ---------------------------------------------
# Data: ja-sanko-link-title-dash-bare-url-checked-date-actions.md ("Securing CI/CD in an agentic world: Claude Code
# GitHub action case（Microsoft Security Blog, 2026-06-05）— https://…").


def test_site_and_iso_date_in_brackets_leave_the_title() -> None:
    notes = _notes(
        "## 参考リンク\n\n"
        "- Securing CI/CD in an agentic world: Claude Code GitHub action case（Microsoft Security Blog, "
        "2026-06-05）— https://www.microsoft.com/x\n"
        "- Securing CI/CD in an agentic world (Microsoft Security Blog, 2026-06-05). https://www.microsoft.com/y\n"
    )
    assert notes["1"][0] == "Securing CI/CD in an agentic world: Claude Code GitHub action case"
    assert notes["2"][0] == "Securing CI/CD in an agentic world"


def test_bracket_without_iso_date_stays() -> None:
    notes = _notes(
        "## 参考リンク\n\n"
        "- CLIリファレンス（max-turns など）— https://code.claude.com/docs/en/cli-reference\n"
        "- Annual report (Statistics Office, 2026) — https://example.org/r\n"
    )
    assert notes["1"][0] == "CLIリファレンス（max-turns など）"
    assert notes["2"][0] == "Annual report (Statistics Office, 2026)"


# --- zmarkdown blocks: the bars framing a "[[secret|…]]" block's lines (markdown._zmarkdown_blocks) -------------
# Data: fr-sources-secret-block-apa-consulte-cesaro.md (Zeste de Savoir article: its six sources inside
# "[[secret|Sources, références, et crédits]]", every line opened by "| ", read as nothing).


def test_sources_inside_a_zmarkdown_secret_block() -> None:
    notes = _notes(
        "Fin de l'article.\n\n"
        "[[secret|Sources, références, et crédits]]\n"
        "| ## Sources et références pour aller plus loin\n"
        "| \n"
        "| 1. [*Pi et les nombres premiers*](http://serge.mehl.free.fr/anx/prem_alea.html). (s. d.). "
        "Consulté 11 mars 2020.\n"
        "| 1. [Problème de Bâle](https://fr.wikipedia.org/wiki/Probl%C3%A8me_de_B%C3%A2le). (2020). In *Wikipédia*.\n"
    )
    assert notes["1"][:3] == (
        "Pi et les nombres premiers",
        "http://serge.mehl.free.fr/anx/prem_alea.html",
        dt.date(2020, 3, 11),
    )
    assert notes["2"][0] == "Problème de Bâle"


def test_bars_of_a_table_or_after_a_wiki_link_stay() -> None:
    table = "| Source | URL |\n|---|---|\n| Pi et les nombres premiers | http://serge.mehl.free.fr/a.html |\n"
    for text in ("## Sources\n\n" + table, "## Sources\n\n[[Quellen]]\n" + table, "[[secret]]\n|---|---|\n"):
        assert _zmarkdown_blocks(text) == text
    assert _zmarkdown_blocks("[[secret]]\n| a\n|\nb\n| c\n") == "[[secret]]\n  a\n \nb\n| c\n"


# --- A source list's link to a local document: its text is the title (entries._local_document_links) ------------
# Data: pl-zrodla-numbered-linked-title-pages-pellux.md ("2. [Instrukcja kotła Pellux 200 Touch](pellux200-
# dokumentacja/kociol-Pellux-200-Touch-instrukcja.pdf),⏎   str. 33–38 …": two of four entries read with no title).


def test_link_to_a_local_pdf_names_the_work() -> None:
    notes = _notes(
        "## Źródła\n\n"
        "1. [Instrukcja obsługi (pellux.pl)](https://pellux.pl/a.pdf),\n   str. 7.\n"
        "2. [Instrukcja kotła Pellux 200 Touch](pellux200-dokumentacja/kociol.pdf),\n   str. 33–38 (menu).\n"
    )
    assert notes["2"][0] == "Instrukcja kotła Pellux 200 Touch"
    assert notes["2"][1] is None


def test_link_to_a_local_note_or_folder_names_nothing() -> None:
    notes = _notes(
        "## Źródła\n\n"
        "1. [Instrukcja obsługi (pellux.pl)](https://pellux.pl/a.pdf),\n   str. 7.\n"
        "2. [ROADMAP](docs/ROADMAP.md) — plan\n"
        "3. [Dokumentacja](pellux200-dokumentacja/)\n"
    )
    assert notes.get("2", (None,))[0] is None
    assert notes.get("3", (None,))[0] is None
