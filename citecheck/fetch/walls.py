"""Login walls and paywalls: a page that answers 200 but shows a sign-in form or a subscription
teaser instead of the cited source.

Such a link is ``blocked`` (``login-wall`` / ``paywall``), never ``alive``, and its text is never
scored against a claim: a sign-in form shares nothing with any claim and would read as "wrong
footnote". So is a link that a site sends to its **cookie-consent page** (``consent-wall``,
:func:`consent_gate`): what a reader sees after consenting is not known, and the consent page is
not fetched.

A **login wall** is recognised by its form and its name, not by the mere presence of either:

* a title or first heading that *is* a sign-in phrase ("Sign in to GitHub", "Anmelden ‹ Blog —
  WordPress", "Вход", "Giriş yap") together with a password field, very little text, or — an
  email-first sign-in, the password asked on the next step — an account field (email, username)
  on a page without article markup, or
* a password field on a page with very little visible text and no article markup (``<article>``,
  ``og:type`` article, a schema.org Article): a sign-in form titled with the site's name only.

News pages often carry a sign-in form of their own (a hidden modal behind the header's "Log in"
link) and a newsletter form; they have a whole article around it. On the 240 real saved pages of
mozilla/readability ``test/test-pages`` and adbar/trafilatura ``tests/cache``, the nine article
pages with a password field in their markup (Ars Technica, Herald Sun, two New York Times pages,
Phys.org, Salon, SimplyScience, landwirt.com, Archive of Our Own) show 4,985 to 80,897 characters
of visible text; a sign-in page shows a few hundred (a WordPress ``wp-login.php`` about 200, a
GitHub-style page about 600, a portal's with its footer about 1,500).
:data:`LOGIN_PAGE_MAX_TEXT` (2,500) sits between the two.

A **paywall** is a page that says so itself: schema.org ``isAccessibleForFree: false`` (JSON-LD
or microdata; publishers declare it so that search engines accept the teaser they show readers),
a title that is a subscription barrier (markers.PAYWALL_PHRASES: "Subscribe to read | Financial
Times"), or a teaser sentence in its visible text ("Subscribe to continue reading", "La suite est réservée
aux abonnés", "Материал доступен только подписчикам"). The phrases are whole teaser sentences, not
words such as "subscribe" that every newsletter box carries. On the 240 real pages above no page
is called a login wall, and the four called paywalls are the four that declare
``isAccessibleForFree: false`` — the metered paywalls of the New York Times (two), Folha de
S.Paulo and the South China Morning Post; no teaser sentence occurs on the others. Held back
(run once, after the rules were fixed): the 157 real news pages of codelucas/newspaper
``tests/data/html`` (@1618b54) — 23 with a password field in a sign-in modal, 127 with
"subscribe" somewhere — get no wall at all.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from citecheck import lazyre
from citecheck.fetch.hosts import host_of
from citecheck.fetch.markers import PageText, any_of, paywall_phrase

LOGIN_PAGE_MAX_TEXT = 2500
# Walls are recognised in the head of the body, as the title and challenge markers are.
WALL_SCAN_BYTES = 512 * 1024

# Sign-in phrases that may carry a few words more in a title segment ("Sign in to GitHub",
# "Log in or sign up to view"): each is unmistakably about signing in.
LOGIN_PHRASES: tuple[str, ...] = (
    "sign in",
    "sign-in",
    "log in",
    "log on",
    "sign on",
    "member login",
    "user login",
    "account login",
    "customer login",
    "log in or sign up",
    "sign in or register",
    "sign in to your account",
    "log in to your account",
    "mit konto anmelden",
    "bitte melden sie sich an",
    "вход в аккаунт",
    "вход в систему",
    "вход на сайт",
    "вход в личный кабинет",
    "войти в аккаунт",
    "войти в систему",
    "giriş yap",
    "oturum aç",
    "üye girişi",
    "kullanıcı girişi",
    "se connecter",
    "connectez-vous",
    "identifiez-vous",
    "iniciar sesión",
    "inicia sesión",
    "fazer login",
    "iniciar sessão",
    "zaloguj się",
)
# Single words that are a sign-in page only when they are the whole title segment ("Login |
# Site", "Вход", "Connexion"); inside a longer segment they are ordinary words ("Accesso agli atti").
LOGIN_WORDS: tuple[str, ...] = (
    "login",
    "signin",
    "logon",
    "anmelden",
    "anmeldung",
    "einloggen",
    "войти",
    "вход",
    "авторизация",
    "увійти",
    "вхід",
    "авторизація",
    "кіру",
    "giriş",
    "connexion",
    "identification",
    "acceder",
    "ingresar",
    "entrar",
    "accedi",
    "inloggen",
    "aanmelden",
    "logowanie",
    "登录",
    "登入",
    "用户登录",
    "ログイン",
    "サインイン",
    "로그인",
    "تسجيل الدخول",
    "ورود",
)

# Whole teaser sentences (or their unmistakable cores) that a paywalled article shows in place of
# its text. Matched in the visible text, case-folded.
PAYWALL_TEXT_PHRASES: tuple[str, ...] = (
    "subscribe to continue reading",
    "subscribe to read the full article",
    "subscribe to read the full story",
    "subscribe to unlock this article",
    "this article is for subscribers only",
    "this article is exclusive to subscribers",
    "this article is only available to subscribers",
    "this content is only available to subscribers",
    "this content is for subscribers only",
    "the rest of this article is for subscribers",
    "you have reached your limit of free articles",
    "you've reached your limit of free articles",
    "you have reached your free article limit",
    "you've reached your free article limit",
    "you have read all your free articles",
    "you've read all your free articles",
    "create a free account to continue reading",
    "register to continue reading",
    "sign in to continue reading",
    "log in to continue reading",
    "dieser artikel ist exklusiv für abonnenten",
    "dieser artikel ist nur für abonnenten",
    "dieser inhalt ist nur für abonnenten",
    "la suite est réservée aux abonnés",
    "cet article est réservé aux abonnés",
    "article réservé aux abonnés",
    "suscríbete para seguir leyendo",
    "suscríbete para continuar leyendo",
    "contenido exclusivo para suscriptores",
    "este contenido es exclusivo para suscriptores",
    "assine para continuar lendo",
    "conteúdo exclusivo para assinantes",
    "questo articolo è riservato agli abbonati",
    "materiale riservato agli abbonati",
    "материал доступен только подписчикам",
    "этот материал доступен только подписчикам",
    "статья доступна только подписчикам",
    "доступно только по подписке",
    "bu içerik abonelere özeldir",
    "bu haber abonelerimize özeldir",
)
# Le Monde's teaser: "Il vous reste 82.15% de cet article à lire."
_PERCENT_LEFT = lazyre.compile(r"il vous reste \d+(?:[.,]\d+)?\s?% de cet article à lire")

_PASSWORD_FIELD = re.compile(rb"<input\b[^>]*\btype\s*=\s*[\"']?password\b", re.IGNORECASE)
_INVISIBLE = re.compile(rb"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_FREE_PROPERTY = b"isAccessibleForFree"
# The property's value in JSON-LD ("isAccessibleForFree": "False") or microdata (itemprop=… content="false").
_NOT_FREE_VALUE = re.compile(
    rb"""^["']?\s*:\s*["']?false\b|^["']?\s+content\s*=\s*["']?false\b""", re.IGNORECASE
)
_NOT_FREE_BEFORE = re.compile(rb"""content\s*=\s*["']?false["']?\s+itemprop\s*=\s*["']?$""", re.IGNORECASE)
# An article page keeps its sign-in form in a modal; only a title or heading that *is* a sign-in
# phrase makes it a login page.
_ARTICLE_MARKUP = re.compile(
    rb"""<article\b|property\s*=\s*["']og:type["']\s+content\s*=\s*["']article"""
    rb"""|["']@type["']\s*:\s*["'](?:News|Blog|Scholarly|Tech)?Article["']|["']@type["']\s*:\s*["']BlogPosting["']""",
    re.IGNORECASE,
)
_SEPARATORS = lazyre.compile(r"\s[|\-–—:·•»«‹›/]\s|\s*[|–—·•»«‹›]\s*")
_PUNCTUATION = lazyre.compile(r"[^\w\s'-]+")
_SPACES = lazyre.compile(r"\s+")
_CJK_OR_ARABIC = lazyre.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Wall:
    """Why a 2xx page is not the cited source: ``kind`` is ``login-wall`` or ``paywall``."""

    kind: str
    message: str


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


_PHRASES = tuple(_normalize(p) for p in LOGIN_PHRASES)
_WORDS = frozenset(_normalize(w) for w in LOGIN_WORDS)
_PAYWALL_TEXT = tuple(_normalize(p) for p in PAYWALL_TEXT_PHRASES)


# Every sign-in word and phrase at once: a title that holds none of them (nearly every page's) is
# answered by one search instead of a loop over its segments and the phrases (3 % of the main
# process's CPU on the end-to-end benchmark's 2,600 URLs, py-spy --gil). A segment's words and
# phrases are substrings of the whole title's normal form, so the answer is the same.
_ANY_LOGIN = lazyre.compile(
    "|".join(re.escape(x) for x in sorted({*_PHRASES, *_WORDS}, key=len, reverse=True))
)


def login_phrase(text: str | None) -> str | None:
    """The sign-in phrase a title or heading consists of ("Sign in to GitHub · GitHub" → "sign in")."""
    if not text:
        return None
    whole = _normalize(text)
    if _ANY_LOGIN.search(whole) is None:
        return None
    segments = [_normalize(s) for s in _SEPARATORS.split(text)]
    for segment in dict.fromkeys(s for s in [whole, *segments] if s):
        if segment in _WORDS:
            return segment
        if _CJK_OR_ARABIC.search(segment) and any(
            w in segment and len(segment) <= len(w) + 4 for w in _WORDS
        ):
            return next(w for w in _WORDS if w in segment)
        padded = f" {segment} "
        for phrase in _PHRASES:
            if f" {phrase} " in padded and len(segment.split()) <= len(phrase.split()) + 3:
                return phrase
    return None


_IDENTIFIER_FIELD = re.compile(
    rb"""<input\b[^>]*(?:\btype\s*=\s*["']?email\b|\bautocomplete\s*=\s*["']?(?:username|email)\b"""
    rb"""|\bname\s*=\s*["']?(?:username|login|loginfmt|identifier|user)\b)""",
    re.IGNORECASE,
)


def _asks_identifier(body: bytes) -> bool:
    return _IDENTIFIER_FIELD.search(_INVISIBLE.sub(b" ", body)) is not None


def _has_password_field(body: bytes) -> bool:
    # A cheap test first: almost no page mentions a password input at all.
    if not _PASSWORD_FIELD.search(body):
        return False
    return _PASSWORD_FIELD.search(_INVISIBLE.sub(b" ", body)) is not None


def _declared_not_free(body: bytes) -> bool:
    # A literal search (the property name is case-sensitive in schema.org) keeps this cheap.
    start = body.find(_FREE_PROPERTY)
    while start >= 0:
        after = body[start + len(_FREE_PROPERTY) : start + len(_FREE_PROPERTY) + 40]
        before = body[max(0, start - 60) : start]
        if _NOT_FREE_VALUE.search(after) or _NOT_FREE_BEFORE.search(before):
            return True
        start = body.find(_FREE_PROPERTY, start + 1)
    return False


def paywall_text_phrase(text: str) -> str | None:
    """The paywall teaser sentence found in a page's visible text, if any."""
    found = _PERCENT_LEFT.search(unicodedata.normalize("NFKC", text).casefold())
    if found:
        return found.group(0)
    visible = _normalize(text)
    return next((p for p in _PAYWALL_TEXT if p in visible), None)


def detect_wall(page: PageText | None, body: bytes) -> Wall | None:
    """The login wall or paywall a 2xx HTML page is, if it is one (see the module docstring)."""
    if page is None:
        return None
    head = body[:WALL_SCAN_BYTES]
    if _declared_not_free(head):
        return Wall(
            "paywall", "the page declares itself not free to read (schema.org isAccessibleForFree: false)"
        )
    if paywall_phrase(page.title):
        # A subscription barrier page ("Subscribe to read | Financial Times").
        return Wall("paywall", f"a subscription page titled {page.title!r}")
    named = login_phrase(page.title) or login_phrase(page.heading)
    password = _has_password_field(head)
    if named or password:
        short = len(page.text) <= LOGIN_PAGE_MAX_TEXT
        # Email-first sign-in (Google, Microsoft): the password field comes on the next step.
        identifier = (
            named
            and not password
            and not short
            and _asks_identifier(head)
            and not _ARTICLE_MARKUP.search(head)
        )
        if named and (password or short or identifier):
            shown = page.title if login_phrase(page.title) else page.heading
            field = "a password field" if password else "an account field" if identifier else "almost no text"
            return Wall("login-wall", f"a sign-in page titled {shown!r} with {field}")
        if password and short and not _ARTICLE_MARKUP.search(head):
            return Wall(
                "login-wall", f"a sign-in form (a password field and {len(page.text)} characters of text)"
            )
    phrase = _teaser_phrase(head)
    if phrase:
        return Wall("paywall", f"a subscription teaser ({phrase!r})")
    return None


# Searching the visible text of a whole page costs milliseconds (decoding, stripping scripts); every
# teaser phrase holds one of these anchors, so only the few places where an anchor occurs are
# read, and only when they are not inside a script. A page without an anchor costs one scan.
_TEASER_ANCHORS: tuple[bytes, ...] = (
    b"subscri",
    b"abonn",
    b"abbona",
    b"suscri",
    b"assina",
    b"assine",
    b"abone",
    "подписч".encode(),
    "подписк".encode(),
    b"free article",
    b"continue reading",
    b"de cet article",
)
# Whether any anchor occurs at all, in one pass (markers.any_of): most pages hold none, and the
# twelve searches for them were 0.14 s of the event loop's CPU on the end-to-end benchmark's real
# pages (754 bodies of 39 KB), the one pass 0.04 s.
_ANY_ANCHOR = any_of(_TEASER_ANCHORS)
_ANCHOR_WINDOW = 240
_MAX_ANCHOR_HITS = 64
_TAG = lazyre.compile(r"<[^>]*>|^[^<]*>|<[^>]*$")


def _inside_script(body: bytes, position: int) -> bool:
    opened = max(body.rfind(b"<script", 0, position), body.rfind(b"<template", 0, position))
    closed = max(body.rfind(b"</script", 0, position), body.rfind(b"</template", 0, position))
    return opened > closed


def _teaser_phrase(body: bytes) -> str | None:
    lowered = body.lower()  # ASCII only: the anchors are lower-case mid-word stems
    if _ANY_ANCHOR.search(lowered) is None:
        return None  # what the twelve searches below would find: nothing
    hits = 0
    for anchor in _TEASER_ANCHORS:
        position = lowered.find(anchor)
        while position >= 0 and hits < _MAX_ANCHOR_HITS:
            hits += 1
            if not _inside_script(lowered, position):
                window = body[max(0, position - _ANCHOR_WINDOW) : position + _ANCHOR_WINDOW]
                text = html.unescape(_TAG.sub(" ", window.decode("utf-8", errors="ignore")))
                phrase = paywall_text_phrase(text)
                if phrase:
                    return phrase
            position = lowered.find(anchor, position + len(anchor))
    return None


# Cookie-consent interstitials that sites redirect a visitor to, from the European Union at least,
# before the page: Google's and YouTube's "consent.google.com/ml?continue=…", Yahoo's and AOL's
# "guce.yahoo.com/consent" and "consent.yahoo.com/v2/collectConsent?sessionId=…" (Yahoo News,
# Finance, TechCrunch), and DPG Media's privacy gate "myprivacy.dpgmedia.nl/consent?siteKey=…" in
# front of the Dutch and Belgian news sites (AD, de Volkskrant, HLN, nu.nl). Seen in the public code
# index (find_string "consent.yahoo.com/v2/collectConsent", "consent.google.com/ml?continue=",
# "myprivacy.dpgmedia", 2026-12-07: 30 hits — news APIs' items whose "url" is the gate, link
# resolvers' and scrapers' tests, consent-blocker host lists).
_CONSENT_HOST = lazyre.compile(
    r"consent\.(?:google\.[a-z.]+|youtube\.com|yahoo\.com)|guce\.(?:yahoo|aol)\.com"
    r"|myprivacy\.dpgmedia(?:group)?\.(?:nl|be|net)"
)


def consent_gate(requested: str, next_url: str) -> str | None:
    """Why ``next_url``, where a link to ``requested`` was sent, is a consent page before it, if it is."""
    before, after = host_of(requested), host_of(next_url)
    if before == after or not _CONSENT_HOST.fullmatch(after):
        return None
    return f"sent to the cookie-consent page at {after}, which stands before the page"
