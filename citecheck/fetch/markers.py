"""What a page says about itself, cheaply: its title, first heading and visible text, and whether
those read like an error page ("Page not found", "Страница не найдена", …) or a bot wall.

The phrase lists follow the idea of ms609/citation-bot's ``constants/bad_data.php``: short titles
that error pages and challenge pages carry in many languages. Matching is deliberately strict —
a phrase must make up (nearly) a whole segment of the title — so that a news headline such as
"Missing plane not found after search" is never mistaken for an error page.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

import re2

from citecheck import lazyre

SCAN_BYTES = 512 * 1024

NOT_FOUND_PHRASES: tuple[str, ...] = (
    # English
    "page not found",
    "404 not found",
    "not found",
    "404",
    "error 404",
    "404 error",
    "404 page",
    "file not found",
    "article not found",
    "story not found",
    "post not found",
    "content not found",
    "document not found",
    "resource not found",
    "page cannot be found",
    "page can't be found",
    "the page cannot be found",
    "the resource cannot be found",
    "page could not be found",
    "the page you requested could not be found",
    "page does not exist",
    "page doesn't exist",
    "this page does not exist",
    "page no longer exists",
    "page not available",
    "page unavailable",
    "sorry, we couldn't find that page",
    "we can't find that page",
    "we couldn't find that page",
    "nothing found",
    "no results found",
    "this page isn't available",
    "this content is not available",
    "the page you are looking for",
    "page you are looking for doesn't exist",
    "that page can't be found",
    "oops! that page can't be found",
    "file or directory not found",
    "error",
    "error page",
    # Domain parking / expired sites
    "domain for sale",
    "this domain is for sale",
    "buy this domain",
    "domain is parked",
    "parked domain",
    "parked domain name on hostinger dns system",
    "this domain may be for sale",
    "diese domain steht zum verkauf",
    "ce nom de domaine est à vendre",
    "cette domaine est à vendre",
    "website expired",
    "account suspended",
    "site not found",
    "domain not found",
    # German
    "seite nicht gefunden",
    "fehler 404",
    "die seite wurde nicht gefunden",
    "seite existiert nicht",
    "die angeforderte seite wurde nicht gefunden",
    "seite nicht verfügbar",
    # French
    "page introuvable",
    "page non trouvée",
    "erreur 404",
    "cette page n'existe pas",
    "page inexistante",
    "la page demandée n'existe pas",
    # Spanish / Portuguese / Italian
    "página no encontrada",
    "no se encontró la página",
    "la página no existe",
    "error 404 página no encontrada",
    "página não encontrada",
    "erro 404",
    "pagina não encontrada",
    "pagina non trovata",
    "errore 404",
    "la pagina non esiste",
    # Dutch / Scandinavian / Polish / Czech / Romanian / Hungarian
    "pagina niet gevonden",
    "sidan hittades inte",
    "siden blev ikke fundet",
    "siden finnes ikke",
    "nie znaleziono strony",
    "strona nie została znaleziona",
    "błąd 404",
    "stránka nenalezena",
    "stránka nebyla nalezena",
    "pagina nu a fost găsită",
    "az oldal nem található",
    # Russian / Ukrainian / Belarusian / Kazakh
    "страница не найдена",
    "ошибка 404",
    "404 страница не найдена",
    "такой страницы нет",
    "запрашиваемая страница не найдена",
    "страница не существует",
    "страница удалена",
    "материал не найден",
    "новость не найдена",
    "статья не найдена",
    "документ не найден",
    "сторінку не знайдено",
    "сторінка не знайдена",
    "помилка 404",
    "старонка не знойдзена",
    "бет табылмады",
    "парақша табылмады",
    # Turkish / Azerbaijani / Uzbek
    "sayfa bulunamadı",
    "aradığınız sayfa bulunamadı",
    "hata 404",
    "sayfa mevcut değil",
    "səhifə tapılmadı",
    "sahifa topilmadi",
    # Armenian / Georgian / Greek / Hebrew / Arabic / Persian
    "էջը չի գտնվել",
    "էջը չգտնվեց",
    "გვერდი ვერ მოიძებნა",
    "η σελίδα δεν βρέθηκε",
    "הדף לא נמצא",
    "الصفحة غير موجودة",
    "الصفحة المطلوبة غير موجودة",
    "لم يتم العثور على الصفحة",
    "صفحه پیدا نشد",
    "صفحه یافت نشد",
    # Chinese / Japanese / Korean
    "页面不存在",
    "找不到页面",
    "页面未找到",
    "頁面不存在",
    "找不到網頁",
    "ページが見つかりません",
    "お探しのページは見つかりませんでした",
    "페이지를 찾을 수 없습니다",
)

BOT_WALL_PHRASES: tuple[str, ...] = (
    "just a moment",
    "attention required",
    "are you a robot",
    "are you human",
    "are you a human",
    "please verify you are a human",
    "verify you are human",
    "human verification",
    "bot verification",
    "checking your browser",
    "checking if the site connection is secure",
    "security check",
    "access denied",
    "pardon our interruption",
    "request unsuccessful",
    "robot check",
    "captcha",
    "ddos-guard",
    "ddos protection",
    "shieldsquare captcha",
    "one more step",
    "please wait",
    "please enable cookies",
    "you have been blocked",
    "sorry, you have been blocked",
    "один момент",
    "вы не робот",
    "проверка браузера",
    "доступ ограничен",
    "доступ запрещен",
    "bir dakika",
    "robot değilim",
    "einen moment",
    "un instant",
    "un momento",
)

PAYWALL_PHRASES: tuple[str, ...] = (
    "subscribe to read",
    "subscribe to continue",
    "subscription required",
    "subscribers only",
    "log in to continue",
    "sign in to continue",
    "premium content",
)

# Scripts that only challenge pages load (Cloudflare, DataDome, Imperva/Incapsula, PerimeterX).
CHALLENGE_BODY_MARKERS: tuple[bytes, ...] = (
    b"/cdn-cgi/challenge-platform/",
    b"captcha-delivery.com",
    b"_Incapsula_Resource",
    b"px-captcha",
    b"cf-chl-",
)


def any_of(literals: tuple[bytes, ...]) -> re2._Regexp:
    """A pattern that finds whether any of ``literals`` occurs in a body, in one pass of RE2's
    automaton instead of one search per literal (most bodies hold none of them). Byte by byte
    (Latin-1), so that invalid UTF-8 in a body cannot hide a literal beside it, and literals in
    UTF-8 (Cyrillic) are matched as their bytes: it finds one exactly when ``literal in body``
    holds for one of them."""
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1
    options.never_capture = True
    return re2.compile(b"|".join(re.escape(literal) for literal in literals), options)


_SEPARATORS = lazyre.compile(r"\s[|\-–—:·•»/]\s|\s*[|–—·•»]\s*")
_PUNCTUATION = lazyre.compile(r"[^\w\s']+")
_SPACES = lazyre.compile(r"\s+")
_TITLE = re.compile(rb"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(rb"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_INVISIBLE = re.compile(rb"<(script|style|noscript|template|svg)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_TAG = re.compile(rb"<[^>]*>")
_CJK = lazyre.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def normalize_phrase(text: str) -> str:
    """Case-folded, NFKC-normalised text with punctuation reduced to single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


_NORMALIZED_NOT_FOUND = tuple(dict.fromkeys(normalize_phrase(p) for p in NOT_FOUND_PHRASES))
_NORMALIZED_BOT_WALL = tuple(dict.fromkeys(normalize_phrase(p) for p in BOT_WALL_PHRASES))
_NORMALIZED_PAYWALL = tuple(dict.fromkeys(normalize_phrase(p) for p in PAYWALL_PHRASES))
# Phrases too generic to stand with anything else in a title segment ("Error" alone is an error
# page; "Error handling in Rust" is not).
_EXACT_ONLY = frozenset(
    normalize_phrase(p) for p in ("404", "error", "not found", "please wait", "one more step")
)


def title_segments(title: str) -> tuple[str, ...]:
    """A title split at its separators ("Page not found | Site" → two segments), normalised."""
    return _title_segments(title)


# Every page's title is matched against the error-page and the bot-wall phrases: split it once.
@functools.lru_cache(maxsize=512)
def _title_segments(title: str) -> tuple[str, ...]:
    parts = [normalize_phrase(p) for p in _SEPARATORS.split(title)]
    whole = normalize_phrase(title)
    return tuple(p for p in dict.fromkeys([whole, *parts]) if p)


def _segment_matches(segment: str, phrase: str) -> bool:
    if segment == phrase:
        return True
    if phrase in _EXACT_ONLY or phrase not in segment:
        return False
    if _CJK.search(phrase):
        return len(segment) <= len(phrase) + 8
    # Allow a few words around the phrase ("Oops! Page not found", "404 — страница не найдена").
    padded = f" {segment} "
    if f" {phrase} " not in padded:
        return False
    return len(segment.split()) <= len(phrase.split()) + 3


class PhraseList:
    """Phrases matched against title segments; one regex pass finds the candidates quickly."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.phrases = phrases
        self._exact = frozenset(phrases)
        # A phrase matches only a segment that contains it word for word (CJK phrases: as a
        # substring), so a segment holding none of the phrases' first words, and no CJK character,
        # can be passed over at once — almost every title, for the cost of a set lookup.
        self._first_words = frozenset(p.split()[0] for p in phrases if p.split() and not _CJK.search(p))
        self._any_cjk = any(_CJK.search(p) for p in phrases)

    def match(self, text: str | None) -> str | None:
        if not text:
            return None
        for segment in title_segments(text):
            if segment in self._exact:
                return segment
            if self._first_words.isdisjoint(segment.split()) and not (self._any_cjk and _CJK.search(segment)):
                continue
            for phrase in self.phrases:
                if _segment_matches(segment, phrase):
                    return phrase
        return None


_NOT_FOUND_LIST = PhraseList(_NORMALIZED_NOT_FOUND)
_BOT_WALL_LIST = PhraseList(_NORMALIZED_BOT_WALL)
_PAYWALL_LIST = PhraseList(_NORMALIZED_PAYWALL)


def not_found_phrase(text: str | None) -> str | None:
    """The error-page phrase ``text`` (a title or heading) consists of, if any."""
    return _NOT_FOUND_LIST.match(text)


def bot_wall_phrase(text: str | None) -> str | None:
    """The challenge-page phrase ``text`` (a title) consists of, if any."""
    return _BOT_WALL_LIST.match(text)


def paywall_phrase(text: str | None) -> str | None:
    return _PAYWALL_LIST.match(text)


class PageText:
    """The parts of an HTML page that verdicts look at; the visible text is extracted on first use
    (most pages are judged by their title alone)."""

    def __init__(
        self,
        title: str | None,
        heading: str | None,
        text: str | None = None,
        *,
        body: bytes = b"",
        charset: str = "utf-8",
    ) -> None:
        self.title = title
        self.heading = heading
        self._text = text
        self._body = body
        self._charset = charset

    @property
    def text(self) -> str:
        if self._text is None:
            visible = _TAG.sub(b" ", _COMMENT.sub(b" ", _INVISIBLE.sub(b" ", self._body)))
            self._text = _SPACES.sub(" ", html.unescape(_decode(visible, self._charset))).strip()
            self._body = b""
        return self._text

    def __repr__(self) -> str:
        return f"PageText(title={self.title!r}, heading={self.heading!r})"


def _charset(body: bytes, declared: str | None) -> str:
    if declared:
        return declared
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii", "replace") if found else "utf-8"


def _decode(fragment: bytes, charset: str) -> str:
    try:
        return fragment.decode(charset, errors="replace")
    except LookupError:
        return fragment.decode("utf-8", errors="replace")


def _clean(fragment: bytes, charset: str) -> str:
    return _SPACES.sub(" ", html.unescape(_decode(_TAG.sub(b" ", fragment), charset))).strip()


def read_page(body: bytes, charset: str | None = None) -> PageText:
    """Title, first ``<h1>`` and (lazily) visible text of the first :data:`SCAN_BYTES` of an HTML body."""
    head = body[:SCAN_BYTES]
    encoding = _charset(head, charset)
    title = _TITLE.search(head)
    heading = _H1.search(head)
    return PageText(
        title=_clean(title.group(1), encoding) or None if title else None,
        heading=_clean(heading.group(1), encoding) or None if heading else None,
        body=head,
        charset=encoding,
    )
