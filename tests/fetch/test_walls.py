"""Login walls and paywalls: blocked with a reason, never alive, and never read as the source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.fetch import fetch_all
from citecheck.fetch.markers import read_page
from citecheck.fetch.walls import LOGIN_PAGE_MAX_TEXT, detect_wall, login_phrase
from citecheck.pipeline import acheck

WALLS = Path(__file__).parents[2] / "fixtures" / "web" / "walls.test"
# Verdicts drawn from the page's content (the publisher check reads only the URL without a page).
CONTENT_CODES = {
    "claim-mismatch",
    "title-mismatch",
    "quote-not-found",
    "source-predates-claim",
    "content-drift",
}


def _wall(relative: str) -> tuple[str, str] | None:
    body = (WALLS / relative).read_bytes()
    wall = detect_wall(read_page(body), body)
    return (wall.kind, wall.message) if wall else None


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        ("wp/login", "login-wall"),  # WordPress wp-login.php: "Log In ‹ Site — WordPress"
        ("konto/anmelden", "login-wall"),  # a German portal's single sign-on page
        ("ru/login", "login-wall"),  # "Вход", a password field, nothing else
        ("news/2025/11/port-tariffs-teaser.html", "paywall"),  # isAccessibleForFree: "False"
        ("news/2025/11/ports-teaser-fr.html", "paywall"),  # "Il vous reste 78.4% de cet article à lire."
        # A whole article with a "Sign in" link, a hidden sign-in modal (password field), a
        # newsletter form, "subscribers" in its text and the meter's wall text in a script.
        ("news/2025/11/streaming-subscribers.html", None),
    ],
)
def test_walls_in_fixture_pages(page: str, kind: str | None) -> None:
    found = _wall(page)
    assert (found[0] if found else None) == kind


def test_a_sign_in_page_is_named_in_the_message() -> None:
    found = _wall("wp/login")
    assert found is not None and "Log In" in found[1] and "password field" in found[1]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sign in to GitHub · GitHub", "sign in"),
        ("Facebook – log in or sign up", "log in or sign up"),
        ("Anmelden ‹ Blog — WordPress", "anmelden"),
        ("Giriş Yap | Hürriyet", "giriş yap"),
        ("Connexion - Mon compte", "connexion"),
        ("Вход", "вход"),
        ("登录 - 微博", "登录"),
        # Headlines about signing in, and ordinary words that are also sign-in words.
        ("How to sign in to your bank account without a password app", None),
        ("Accesso agli atti | Comune di Bologna", None),
        ("Entrar en la UE: el largo camino de Ucrania", None),
        ("Login problems hit millions of Microsoft users", None),
    ],
)
def test_login_titles(title: str, expected: str | None) -> None:
    assert login_phrase(title) == expected


def test_a_short_page_with_a_password_field_but_an_article_is_not_a_wall() -> None:
    body = (
        b"<html><head><title>Council approves budget</title><meta property='og:type' content='article'></head>"
        b"<body><article><h1>Council approves budget</h1><p>The council approved the 2026 budget.</p></article>"
        b"<div hidden><form><input type='password' name='pw'></form></div></body></html>"
    )
    page = read_page(body)
    assert len(page.text) < LOGIN_PAGE_MAX_TEXT
    assert detect_wall(page, body) is None


def test_a_password_input_inside_a_script_template_is_not_a_form() -> None:
    body = (
        b"<html><head><title>Tracker</title></head><body><p>Short app shell.</p>"
        b"<script>const tpl = '<input type=\"password\">';</script></body></html>"
    )
    assert detect_wall(read_page(body), body) is None


pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("https://walls.test/wp/login", "login-wall"),
        ("https://walls.test/ru/login", "login-wall"),
        ("https://walls.test/konto/anmelden", "login-wall"),
        ("https://walls.test/news/2025/11/port-tariffs-teaser.html", "paywall"),
        # A deep link that redirects to the sign-in form.
        ("https://walls.test/premium/tariff-schedule", "login-wall"),
    ],
)
async def test_walls_on_the_wire_are_blocked(
    path: str, kind: str, web_url: Callable[[str], str], test_config: Config
) -> None:
    url = web_url(path)
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.http_status, link.error and link.error.kind) == ("blocked", 200, kind)


async def test_an_article_with_a_sign_in_modal_stays_alive(
    web_url: Callable[[str], str], test_config: Config
) -> None:
    url = web_url("https://walls.test/news/2025/11/streaming-subscribers.html")
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.error) == ("alive", None)


async def test_a_walled_source_gets_no_content_verdict(test_config: Config, tmp_path: Path) -> None:
    """The sign-in form and the teaser are not the sources: a blocked finding, and nothing scored
    against their text (which shares nothing with the claims)."""
    analysis = tmp_path / "ports.txt"
    analysis.write_text(
        "Port fees in the North Sea\n\n"
        "The Port of Halden will raise its handling fee for 40-foot containers by 18 percent from "
        "1 March 2026.[1] The streaming service Lumen lost 2.1 million subscribers in the third quarter "
        "after a price rise.[2] Shipping lines were told of the Halden increase at a closed meeting.[3]\n\n"
        "[1] Ingrid Solberg, “Port of Halden raises container fees from March,” The Northern Ledger, "
        "10 November 2025, https://walls.test/news/2025/11/port-tariffs-teaser.html.\n"
        "[2] Tomas Berg, “Streaming service Lumen loses 2 million subscribers after price rise,” "
        "The Northern Ledger, 12 November 2025, https://walls.test/news/2025/11/streaming-subscribers.html.\n"
        "[3] “Halden port fee schedule,” Regional Trade Review, https://walls.test/premium/tariff-schedule.\n",
        encoding="utf-8",
    )
    report = await acheck([analysis], test_config.model_copy(update={"soft404_probe": False}))
    (doc,) = report.documents
    states = {
        fn.label: (fn.link.state, fn.link.error and fn.link.error.kind) for fn in doc.footnotes if fn.link
    }
    assert states == {"1": ("blocked", "paywall"), "2": ("alive", None), "3": ("blocked", "login-wall")}
    blocked = {f.label for f in doc.findings if f.code == "blocked"}
    assert blocked == {"1", "3"}
    assert not [f for f in doc.findings if f.label in {"1", "3"} and f.code in CONTENT_CODES]


def test_a_subscription_barrier_titled_so_is_a_paywall() -> None:
    body = (
        b"<html><head><title>Subscribe to read | Financial Times</title></head><body>"
        b"<h1>Subscribe to unlock this article</h1><p>Try unlimited access for 4 weeks.</p></body></html>"
    )
    wall = detect_wall(read_page(body), body)
    assert wall is not None and wall.kind == "paywall"


def test_wall_findings_say_what_a_reader_meets() -> None:
    from citecheck.link_findings import link_findings
    from citecheck.models import Footnote, LinkError, LinkResult

    footnote = Footnote(label="3", ordinal=3, raw="x", url="https://walls.test/wp/login", line=9, column=1)
    footnote.link = LinkResult(
        url="https://walls.test/wp/login",
        state="blocked",
        http_status=200,
        error=LinkError(kind="login-wall", message="a sign-in page titled 'Log In'"),
    )
    (finding,) = link_findings(footnote)
    assert finding.code == "blocked" and "sign-in page instead of the source" in finding.message
    assert "refused our checker" not in finding.message


async def test_a_paywalled_page_still_names_its_site_for_the_publisher(
    test_config: Config, tmp_path: Path
) -> None:
    """The teaser is not the source's text, but its og:site_name is the site's own name: the
    publisher "The Northern Ledger" is not contradicted by the fixture host's name."""
    analysis = tmp_path / "teaser.txt"
    analysis.write_text(
        "Ports\n\nThe Port of Halden will raise its fees from 1 March 2026.[1]\n\n"
        "[1] “Port of Halden raises container fees from March,” The Northern Ledger, accessed 12 November 2025, "
        "https://walls.test/news/2025/11/port-tariffs-teaser.html.\n",
        encoding="utf-8",
    )
    report = await acheck([analysis], test_config.model_copy(update={"soft404_probe": False}))
    codes = {f.code for f in report.documents[0].findings}
    assert "blocked" in codes and "publisher-mismatch" not in codes


def test_an_email_first_sign_in_with_a_long_footer_is_a_login_wall() -> None:
    """Google- and Microsoft-style sign-in asks for the account first; the password field is on
    the next step, and a footer can make the page long."""
    footer = " ".join(
        f"<a href='/help/{i}'>Help topic {i}: privacy, terms and accessibility</a>" for i in range(80)
    )
    body = (
        "<html><head><title>Sign in - Google Accounts</title></head><body><h1>Sign in</h1>"
        "<form><input type='email' name='identifier' autocomplete='username'><button>Next</button></form>"
        f"<footer>{footer}</footer></body></html>"
    ).encode()
    page = read_page(body)
    assert len(page.text) > LOGIN_PAGE_MAX_TEXT
    wall = detect_wall(page, body)
    assert wall is not None and wall.kind == "login-wall" and "account field" in wall.message


@pytest.mark.parametrize(
    ("teaser", "found"),
    [
        ("This article is for subscribers only.", True),
        ("Этот материал доступен только подписчикам.", True),  # an anchor in UTF-8 bytes
        ("This article is for subs cribers only.", False),  # near miss: no anchor whole
    ],
)
def test_a_teaser_is_found_beside_bytes_that_are_not_utf8(teaser: str, found: bool) -> None:
    """The one-pass look for an anchor (walls._ANY_ANCHOR) reads bytes: an invalid byte next to
    the anchor (a page mislabelled, or cut) does not hide it, as it did not hide it from the
    twelve searches it stands in front of."""
    body = (
        b"<html><head><title>Ports</title></head><body><article><h1>Ports</h1><p>\xff\xfe"
        + teaser.encode()
        + b"\xc3</p>"
        + b"<p>The port reopened for grain exports after talks. </p>" * 40
        + b"</article></body></html>"
    )
    wall = detect_wall(read_page(body), body)
    assert (wall is not None and wall.kind == "paywall" and "teaser" in wall.message) is found


def test_the_one_pass_anchor_look_agrees_with_a_search_for_each_anchor() -> None:
    import random

    from citecheck.fetch import walls

    rng = random.Random(7)
    bodies = []
    for _ in range(3000):
        anchor = bytearray(rng.choice(walls._TEASER_ANCHORS))
        if rng.random() < 0.5:  # broken by one byte: a near miss, or another anchor by chance
            anchor[rng.randrange(len(anchor))] = rng.randrange(256)
        bodies.append(rng.randbytes(rng.randrange(8)) + bytes(anchor) + rng.randbytes(rng.randrange(8)))
    for body in bodies:
        each = any(body.find(anchor) >= 0 for anchor in walls._TEASER_ANCHORS)
        assert (walls._ANY_ANCHOR.search(body) is not None) is each, body
