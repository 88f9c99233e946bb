"""Rules from the failure hunt of branch s41-hunt14 (15 new real documents of genres the eval had met little: a UK
public inquiry's report in reStructuredText, South African parliamentary-review articles with HTML notes, a research
report's Pandoc inline notes, an MDPI article's flattened JATS references, German, Spanish, Polish and Azerbaijani
source lists): each has a case where it fires and a near miss where it must not; the data that justifies it is named
with the rule (fixtures/parse-eval, part "p41hunt14 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.jats_flat import jats_flat_titles
from citecheck.parse.markdown import issuer_before_emphasised_title

TODAY = dt.date(2026, 12, 7)


def _read(text: str) -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return {
        fn.label: (fn.title, fn.publisher, fn.access_date)
        for fn in document.footnotes
        if not fn.label.startswith("L")
    }


# --- "[Title — Site](URL)": the site named by the host's first word (entries._dash_sites_named_by_host) ---------
# Data: p41hunt14's Spanish research memo, seven links, four read as title and site, three ("Milvus Blog" at
# milvus.io, "Microsoft Security Blog" at microsoft.com, "FINOS AIR Governance Framework") read whole.

_DASH_SITES = """## Fuentes

- [Multi-Tenant RAG Data Isolation: The 2026 Enterprise Architecture Guide — Truto](https://truto.one/blog/a/)
- [How to Build a Multi-Tenant RAG for Customer Support — Actian](https://www.actian.com/blog/b/)
- [Least Privilege Access for AI Agents — Cequence](https://www.cequence.ai/blog/c/)
- [Designing Multi-Tenancy RAG with Milvus: Best Practices — Milvus Blog](https://milvus.io/blog/d.md)
- [Role-Based Access Control for AI Data — FINOS AIR Governance Framework](https://air-governance-framework.finos.org/e.html)
"""


def test_em_dash_site_named_by_its_first_word_goes() -> None:
    notes = _read(_DASH_SITES)
    assert notes["4"][:2] == ("Designing Multi-Tenancy RAG with Milvus: Best Practices", "Milvus Blog")
    assert notes["5"][:2] == ("Role-Based Access Control for AI Data", "FINOS AIR Governance Framework")


def test_em_dash_site_alone_in_its_list_stays() -> None:
    # Near miss: one such link in a list not of that shape keeps its title whole.
    notes = _read(
        "## Fuentes\n\n- [Designing Multi-Tenancy RAG with Milvus: Best Practices — Milvus Blog](https://milvus.io/blog/d.md)\n"
        "- [Vector search basics](https://example.org/basics)\n"
    )
    assert notes["1"][0] == "Designing Multi-Tenancy RAG with Milvus: Best Practices — Milvus Blog"


# --- "[Site: Title](URL)" lists (entries._colon_sites_named_by_host) ----------------------------------------------
# Data: p41hunt14's German regulatory analysis, eight links, seven opening with their site and a colon, six of the
# sites named by their hosts ("KJM" at kjm-online.de, "FSM" at fsm.de, "Lewis Silkin" at lewissilkin.com): all read
# whole before.

_COLON_SITES = """## Quellen

- [KJM: Sperrverfügungen gerichtlich bestätigt (30.04.2025)](https://www.kjm-online.de/pressemitteilungen/a/)
- [FSM: Altersverifikationssysteme / Geschlossene Benutzergruppen](https://www.fsm.de/wissen/b/)
- [Corbado: EUDI Wallet 2026 — Deadline und Rollout](https://www.corbado.com/blog/c)
- [EU-Kommission: Age-verification blueprint](https://digital-strategy.ec.europa.eu/en/news/d)
"""


def test_colon_sites_named_by_their_hosts_are_publishers() -> None:
    notes = _read(_COLON_SITES)
    assert notes["1"][:2] == ("Sperrverfügungen gerichtlich bestätigt (30.04.2025)", "KJM")
    assert notes["3"][:2] == ("EUDI Wallet 2026 — Deadline und Rollout", "Corbado")
    assert notes["4"][:2] == ("Age-verification blueprint", "EU-Kommission")  # one list, one shape


def test_a_page_title_opening_with_its_site_stays_whole() -> None:
    # Near miss: a page's own title opens with its site ("Tailscale: How Tailscale works"); alone in its list it is
    # the title, as the eval's truth keeps it.
    notes = _read(
        "## Sources\n\n- [Tailscale: How Tailscale works](https://tailscale.com/blog/how-tailscale-works)\n"
        "- [WireGuard whitepaper](https://www.wireguard.com/papers/wireguard.pdf)\n"
        "- [NAT traversal explained](https://example.org/nat)\n"
    )
    assert notes["1"][0] == "Tailscale: How Tailscale works"


# --- A sources heading "consultadas (date)" (regions.heading_access_dates) ----------------------------------------
# Data: p41hunt14's Spanish memo, "## Fuentes consultadas (2026-09-22)" over seven links, none dated before.


def test_consulted_heading_dates_its_entries() -> None:
    notes = _read(
        "## Fuentes consultadas (2026-09-22)\n\n- [Okta guide](https://www.okta.com/a/)\n- [Actian blog](https://www.actian.com/b/)\n"
    )
    assert notes["1"][2] == dt.date(2026, 9, 22)
    assert notes["2"][2] == dt.date(2026, 9, 22)


def test_a_heading_with_a_year_or_no_consulted_word_dates_nothing() -> None:
    # Near misses: a year alone, and a date in a heading that does not say the sources were consulted.
    notes = _read(
        "## Fuentes (2026)\n\n- [Okta guide](https://www.okta.com/a/)\n- [Actian blog](https://www.actian.com/b/)\n"
    )
    assert notes["1"][2] is None
    notes = _read(
        "## Fuentes nuevas (2026-09-22)\n\n- [Okta guide](https://www.okta.com/a/)\n- [Actian](https://www.actian.com/b/)\n"
    )
    assert notes["1"][2] is None


# --- "[Issuer, *Title*](URL)" (markdown.issuer_before_emphasised_title, styles._mark_title) -----------------------
# Data: p41hunt14's Polish procurement specification, four links "[W3C WAI, *Title*](URL), dostęp: …", the titles
# read with the issuer on.


def test_issuer_before_an_emphasised_title_in_link_text() -> None:
    notes = _read(
        "## Źródła\n\n1. [W3C WAI, *Authoring Tool Accessibility Guidelines (ATAG) 2.0*](https://www.w3.org/TR/ATAG20/), "
        "dostęp: 10 czerwca 2026 r.\n2. [W3C WAI, *ATAG w skrócie*](https://www.w3.org/WAI/atag/glance/pl), dostęp: 10 czerwca 2026 r.\n"
    )
    assert notes["1"][0] == "Authoring Tool Accessibility Guidelines (ATAG) 2.0"
    assert notes["2"][0] == "ATAG w skrócie"
    assert notes["2"][2] == dt.date(2026, 6, 10)
    assert issuer_before_emphasised_title("W3C WAI, *ATAG w skrócie*")


def test_emphasis_that_opens_or_sits_inside_link_text_marks_the_whole_link() -> None:
    # Near misses: emphasis first, or inside the title, keeps the link text whole.
    assert not issuer_before_emphasised_title("*Structural directives*, 2nd edition")
    assert not issuer_before_emphasised_title("Using *asyncio* well")
    notes = _read(
        "## Sources\n\n1. [Using *asyncio* well](https://example.org/asyncio)\n2. [Other](https://example.org/o)\n"
    )
    assert notes["1"][0] == "Using asyncio well"


# --- A note's semicolon fields (entries._semicolon_fields) ---------------------------------------------------------
# Data: p41hunt14's South African parliamentary review notes: "Title (2020); Inter-Parliamentary Union; Geneva." read
# as an author-date entry (the title taken for the author), "Title; The Conversation (May 30, 2023); Author" with
# the site on, "For a more detailed discussion on …: Title (2006) Publisher" with the lead-in on.

_SEMICOLONS = """Parliaments differ.[^1] Executives dominate.[^2] Budgets too.[^3]

[^1]: Comparative Research Paper on Parliamentary Administration (2020); Inter-Parliamentary Union; Geneva. Available [here](https://www.ipu.org/resources/x)
[^2]: South Africa has changed its electoral law, but a much more serious overhaul is needed; The Conversation (May 30, 2023); Maserumule, M.H. Available [here](https://theconversation.com/y)
[^3]: For a more detailed discussion on financial autonomy: Administration and Financing of Parliaments (2006) Commonwealth Parliamentary Association; London. Available [here](https://www.cpahq.org/z.pdf)
"""


def test_semicolon_fields_put_the_title_first() -> None:
    notes = _read(_SEMICOLONS)
    assert notes["1"][:2] == (
        "Comparative Research Paper on Parliamentary Administration",
        "Inter-Parliamentary Union",
    )
    assert (
        notes["2"][0]
        == "South Africa has changed its electoral law, but a much more serious overhaul is needed"
    )
    assert notes["3"][0] == "Administration and Financing of Parliaments"


def test_a_title_with_its_own_semicolon_stays_whole() -> None:
    # Near miss: a title whose two parts are both its own, no dated field after it (ru-gost-audit-prompts.md's
    # "Securely using pull_request_target; Secure use reference", kept by the truth).
    notes = _read(
        "Use it.[^1]\n\n[^1]: Securely using pull_request_target; Secure use reference. GitHub Docs. "
        "URL: https://docs.github.com/x (дата обращения: 01.03.2026).\n"
    )
    assert notes["1"][0] == "Securely using pull_request_target; Secure use reference"


# --- Flattened JATS references (jats_flat.jats_flat_titles) -------------------------------------------------------
# Data: p41hunt14's MDPI article, fourteen references, no title read before.


class _Entry:
    def __init__(self) -> None:
        self.title: str | None = None
        self.publisher: str | None = None


_JATS = [
    "MarmotM.\nWilkinsonR.G.\nHealth and the Psychosocial Environment at WorkSocial Determinants of Health2nd ed.",
    "LucasA.R.\nDanielF.\nTime spent in retirement, health and well-beingEur. Psychiatry20174133934010.1016/j",
    "World Health Organization\nWorld Report on Aging and HealthWHOGeneva, Switzerland20159789240694811",
    "AtchleyR.C.\nA continuity theory of normal ageingGerontologist19892918319010.1093/geront/29.2.183",
]


def test_flattened_jats_titles_end_at_the_first_glue() -> None:
    entries = [_Entry() for _ in _JATS]
    jats_flat_titles(entries, _JATS)
    assert [e.title for e in entries] == [
        "Health and the Psychosocial Environment at Work",
        "Time spent in retirement, health and well-being",
        "World Report on Aging and Health",
        "A continuity theory of normal ageing",
    ]
    notes = _read("## References\n\n" + "\n\n".join(f"{n}. {text}" for n, text in enumerate(_JATS, 1)) + "\n")
    assert notes["1"][0] == "Health and the Psychosocial Environment at Work"


def test_a_list_with_one_glued_name_is_left_alone() -> None:
    # Near miss: a name run into its initials once (a typing slip) in an ordinary list; "JavaScript" keeps its case.
    texts = [
        "SmithJ.\nLearning JavaScript Design Patterns. O'Reilly, 2012.",
        "Doe, J. Eloquent JavaScript. No Starch Press, 2018.",
        "Roe, R. You Don't Know JS. 2015.",
    ]
    entries = [_Entry() for _ in texts]
    jats_flat_titles(entries, texts)
    assert [e.title for e in entries] == [None, None, None]
