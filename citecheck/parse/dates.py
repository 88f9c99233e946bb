"""Dates as footnotes and datelines write them: numeric (14.11.2025, 14/11/2025, 2025-11-14) and
written out in English, Turkish, Russian, German, French, Spanish and Catalan ("31 d'octubre de 2025",
heldback-22's Catalan thesis), normalised to ``datetime.date``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from citecheck import lazyre

_MONTHS: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "ocak",
        "января",
        "январь",
        "янв",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gener",
    ),
    2: (
        "february",
        "feb",
        "şubat",
        "subat",
        "февраля",
        "февраль",
        "фев",
        "февр",
        "februar",
        "février",
        "fevrier",
        "febrer",
        "févr",
        "febrero",
    ),
    3: ("march", "mar", "mart", "марта", "март", "мар", "märz", "maerz", "mars", "marzo", "març"),
    4: ("april", "apr", "nisan", "апреля", "апрель", "апр", "avril", "avr", "abril", "abr"),
    5: ("may", "mayıs", "mayis", "мая", "май", "mai", "mayo", "maig"),
    6: ("june", "jun", "haziran", "июня", "июнь", "июн", "juni", "juin", "junio", "juny"),
    7: ("july", "jul", "temmuz", "июля", "июль", "июл", "juli", "juillet", "juil", "julio", "juliol"),
    8: (
        "august",
        "aug",
        "ağustos",
        "agustos",
        "августа",
        "август",
        "авг",
        "août",
        "aout",
        "agosto",
        "ago",
        "agost",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "eylül",
        "eylul",
        "сентября",
        "сентябрь",
        "сен",
        "сент",
        "septembre",
        "septiembre",
        "setiembre",
        "setembre",
    ),
    10: ("october", "oct", "ekim", "октября", "октябрь", "окт", "oktober", "okt", "octobre", "octubre"),
    11: ("november", "nov", "kasım", "kasim", "ноября", "ноябрь", "ноя", "нояб", "novembre", "noviembre"),
    12: (
        "december",
        "dec",
        "aralık",
        "aralik",
        "декабря",
        "декабрь",
        "дек",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "desembre",
    ),
}
MONTH_BY_NAME: dict[str, int] = {name: number for number, names in _MONTHS.items() for name in names}

# Longest names first so "sept" wins over "sep" and "марта" over "мар".
_MONTH = "|".join(sorted((re.escape(n) for n in MONTH_BY_NAME), key=len, reverse=True))
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|º|°)?"

# One pattern, several shapes; the group names say which shape matched.
DATE_PATTERN = lazyre.compile(
    rf"""
    (?<![\w.\-/])(?:
        (?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?![\d])            # 2025-11-14
      | (?P<na>\d{{1,2}})(?P<sep>[./-])(?P<nb>\d{{1,2}})(?P=sep)(?P<ny>\d{{4}}|\d{{2}})(?![\d])  # 14.11.2025
      | (?P<dd>\d{{1,2}}){_DAY_SUFFIX}\.?\s*(?:de\s+|d['’])?(?P<dm>{_MONTH})\.?,?\s*(?:de\s+|del\s+)?(?P<dy>\d{{4}})(?!\d)  # 14 November 2025
      | (?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}}){_DAY_SUFFIX},?\s+(?P<my>\d{{4}})(?!\d)    # November 14, 2025
    )
    (?:\s*(?:г\.|года|yılı))?
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _month_number(name: str) -> int | None:
    # lower() turns Turkish "İ" into "i" plus a combining dot; drop it so "KASIM"/"Kasım" both match.
    key = name.lower().replace("\u0307", "").rstrip(".")
    return MONTH_BY_NAME.get(key)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def numeric_order(match: re.Match[str]) -> str | None:
    """What a slashed numeric date says about the order its writer uses: "day-first" for 25/12/2023,
    "month-first" for 12/25/2023, None when either reading works (or dots and dashes, which only
    day-first languages write)."""
    if not match.groupdict().get("na") or match.group("sep") != "/":
        return None
    first, second = int(match.group("na")), int(match.group("nb"))
    if first > 12 >= second:
        return "day-first"
    if second > 12 >= first:
        return "month-first"
    return None


def date_from_match(match: re.Match[str], *, month_first: bool = False) -> dt.date | None:
    """The date a :data:`DATE_PATTERN` match stands for (None when it names no real day).

    ``month_first``: the document writes slashed dates month first (other dates in it say so), so
    an ambiguous 03/04/2024 is 4 March.
    """
    if match.group("iy"):
        return _make(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    if match.group("na"):
        first, second = int(match.group("na")), int(match.group("nb"))
        year_text = match.group("ny")
        year = int(year_text) + 2000 if len(year_text) == 2 else int(year_text)
        # Day first, as every language we read writes it, unless only month-first makes sense or
        # the document writes its slashed dates month first.
        if second > 12 >= first or (month_first and match.group("sep") == "/" and first <= 12):
            return _make(year, first, second)
        return _make(year, second, first)
    if match.group("dm"):
        month = _month_number(match.group("dm"))
        return _make(int(match.group("dy")), month, int(match.group("dd"))) if month else None
    month = _month_number(match.group("mm"))
    return _make(int(match.group("my")), month, int(match.group("md"))) if month else None


def find_dates(text: str, start: int = 0) -> Iterator[tuple[dt.date, int, int]]:
    """Every real date written in ``text`` from ``start``, with its span."""
    for match in DATE_PATTERN.finditer(text, start):
        value = date_from_match(match)
        if value is not None:
            yield value, match.start(), match.end()


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text``, or None."""
    return next((value for value, _, _ in find_dates(text)), None)


_ISO_PREFIX = lazyre.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def parse_iso_date(value: str) -> dt.date | None:
    """The date of an ISO 8601 timestamp such as ``2025-11-15T09:30:00+03:00`` (metadata)."""
    match = _ISO_PREFIX.match(value)
    if match is None:
        return parse_date(value)
    return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))


# Labels that introduce the date a source was read, by language (the language tells the date
# parser which month names to expect). Written forms from the parse eval and the style guides
# behind them: "Retrieved", "[cited", "URL consultato il", "Acesso em:", "[dostęp", "Geraadpleegd
# op", "(дата обращения:", "(дата звернення:", "[Diakses:", "(eingesehen am".
_ACCESS_LABELS: dict[str, str] = {
    # "Access" alone labels a date only right before it or a colon: "IEEE Access. 2022" is a journal.
    "en": r"(?:last\s+)?accessed(?:\s+(?:date|on))?|(?:last\s+)?access(?:\s+(?:date|on)|(?=\s*:|\s+\d))"
    r"|date\s+(?:of\s+)?access(?:ed)?"
    r"|(?:last\s+)?(?:retrieved|viewed|visited|consulted|checked)(?:\s+on)?|cited"
    # MLA 7 closes a web source with its medium and the date it was read ("… EBSCO Academic Search
    # Complete. Web. 29 Jun. 2011.": the Genders article's Works Cited, five entries,
    # fixtures/parse-eval-pages): "Web." is a label only right before a day, a month and a year.
    # A comma may follow the month ("Web. 5 August, 2014.": fixtures/parse-eval-docx2's
    # works-cited-mla-print-commentaries.docx, both web entries, spent by branch s41-docx).
    r"|web(?=\.[^\S\n]+\d{1,2}[^\S\n]+[A-Za-z]{3,9}\.?,?[^\S\n]+(?:19|20)\d{2}\b)",
    # "E.T." abbreviates "Erişim Tarihi"; before its colon the closing dot may be left out ("(E.T: 10.10.2020)",
    # heldback-39's Turkish essay, spent on branch s41-hb2, beside its "(Erişim Tarihi: 08.10.2020)"): "E.T"
    # with no dot and no colon after it ("E.T the Extra-Terrestrial") labels nothing.
    "tr": r"(?:son\s+)?erişim(?:\s+tarihi)?|erişildi|e\.\s?t(?:\.|(?=\s*:))",
    # "дата последнего обращения: октября 29, 2025" (date last accessed): a research assistant's
    # source list exported with a Russian interface (ru-deepresearch-frontend-architecture-
    # istochniki-obrashcheniya, every entry).
    # "Доступ к 28 мая 2018 года": "Accessed 28 May 2018" machine-translated word for word, as the
    # Russian freeCodeCamp guides print every source's date (heldback-p39hunt11's Angular guide, spent
    # on branch s40-hb2, and its "Lifecycle hooks" sibling: find_string ". Доступ к 2", two hits, both
    # so). "Доступ к" ("access to") is prose everywhere else ("доступ к 1C", "Доступ к 15+ урокам"):
    # a label only right before a day, a month's name and a year.
    "ru": r"дата\s+(?:последнего\s+)?(?:обращения|доступа|просмотра)|просмотрено|проверено"
    r"|доступ\s+к(?=\s+\d{1,2}\s+[а-яё]{3,9}\.?\s+(?:19|20)\d{2}\b)",
    # "доступ отримано квітня 5, 2025": the Ukrainian "accessed April 5, 2025" of a research
    # assistant's exported source list (heldback-17's North Caucasus note, twelve entries). "Режим
    # доступу" (DSTU's "access mode" before a URL) is no date label: only "доступ отримано" is.
    "uk": r"дата\s+звернення|звернення|доступ\s+отримано|процитовано",
    # The compound noun "Zugriffsdatum" (date of access), as a list writes it before the date
    # ("Apache-Webserver (Zugriffsdatum: 16.04.2021): https://…": heldback-36's German Docker README,
    # five entries), and "Abrufdatum" (date of retrieval), its other usual form.
    # "Zuletzt überprüft am 14.03.2016" / "zuletzt geprüft am …" (last checked on; Citavi's German
    # styles write the second): fixtures/parse-eval-docx4 de-facharbeit-schwarmverhalten-unity.docx,
    # eight web entries, no access date read. Only after "zuletzt": "geprüft am" alone is prose.
    "de": r"(?:zuletzt\s+)?(?:abgerufen|aufgerufen|zugegriffen|eingesehen)(?:\s+am)?|zugriff(?:\s+am)?"
    r"|(?:zugriffs|abruf)datum|zuletzt\s+(?:geprüft|überprüft)(?:\s+am)?",
    # The participle agrees with what was read ("page consultée le 2026-09-01": heldback-10's French list).
    # "visionnée le 28/11/2024" (viewed on): the date a video was watched, written where a page's
    # would be "consulté le" (p12-seedstyle's French bee-project sources, three video entries).
    # "Dernière consultation le 31 mars 2023" (last consulted on): heldback-32's French references, two
    # of eleven entries; "consultation" alone is a label only with its "le" or a colon after it.
    "fr": r"consulté(?:e|s|es)?(?:\s+le)?|date\s+de\s+consultation|accédé\s+le|visité\s+le"
    r"|visionné(?:e|s|es)?\s+le|(?:dernière\s+)?consultation(?=\s+le\b|\s*:)(?:\s+le)?"
    # Word's BIBLIOGRAPHY field in French Chicago closes a web source "(accès le 05 05, 2017)"
    # (fixtures/parse-eval-docx4's fr-note-de-synthese-…docx, eight entries, spent by branch
    # s41-docx2): "accès le" labels a date only right before its number ("l'accès le plus rapide"
    # is prose).
    r"|accès\s+le(?=\s+\d)",
    # "Recuperado em 21 de setembro de 2024" (Portuguese Wikipedia's translated "Retrieved"; APA 7 in
    # Portuguese: "Recuperado em 5 de maio de 2020, de https://…").
    # Vancouver in Portuguese dates the reading in brackets without "em" ("[Acesso 8 jun 2021]": SciELO's
    # Revista Latino-Americana de Enfermagem, fixtures/parse-eval-pages); "acesso" alone is a label
    # only right after the bracket and before a number ("acesso aberto", open access, is none).
    "pt": r"(?:acesso|acessado|consultado|visitado|recuperado)\s+em|(?<=\[)acesso(?=\s+\d)",
    # Vancouver in Spanish and Portuguese dates the reading "[citado el 12 de marzo de 2025]",
    # "[citado 2020 jun 3]", as English Vancouver's "[cited …]" (heldback-19's Spanish Laplace
    # course, eleven entries); only right before a number, so "citado en Pérez" labels nothing.
    "es": r"consultado(?:\s+el)?|fecha\s+de\s+(?:acceso|consulta)|recuperado(?:\s+el)?|accedido(?:\s+el)?"
    r"|citado(?:\s+el)?(?=\s+\d)",
    # "libro scaricato il 22 Gennaio 2019 a questo link: *http://…*" (downloaded on: s42-hunt16's Italian
    # thesis chapter, the note citing a downloaded file where the others write "consultato il"). Only
    # right before the day's number: "scaricato il plugin", "scaricato il progetto" are prose (find_string
    # "scaricato il ": eight of ten hits so, both others a date the file was fetched).
    "it": r"(?:url\s+)?consultat[oa](?:\s+il)?|visitato\s+il|ultimo\s+accesso(?:\s+il)?"
    r"|scaricat[oa]\s+il(?=\s+\d)",
    # ISO 690 in Catalan: "[consulta: 31 d'octubre de 2025]", "Data de consulta:", "consultat el"
    # (heldback-22's Catalan thesis, eight entries); "consulta" only before its colon.
    "ca": r"(?:data\s+de\s+)?consulta(?=\s*:)|consultat(?=\s+el\b)",
    "pl": r"dostęp(?:\s+dnia)?|data\s+dostępu",
    # "geopend op december 16, 2025": a word processor's Dutch "accessed", as a research
    # assistant's exported source list has it (nl-deepresearch-api-sports-geciteerd-werk-geopend,
    # every entry); only with its "op", "geopend" alone is "opened".
    "nl": r"geraadpleegd(?:\s+op)?|bezocht\s+op|geopend\s+op",
    "id": r"diakses(?:\s+(?:pada|tanggal))?",
    # Czech ISO 690 as Zotero's and Citace PRO's styles print it dates the reading "[vid. 2022-05-07]"
    # ("vid.", the short form of "viděno", seen: the cs-CZ CSL locale's short "accessed" term), as
    # s42-hunt16's Pandoc-converted course project does in all 21 entries and find_string "[vid. 20"
    # finds in ten reference lists, no other use. "Vid." is Latin "see" across Europe ("vid. Novák
    # 2010"): a label only right after the opening bracket and before a number.
    "cs": r"citováno|cit\.|(?<=\[)vid\.(?=\s*\d)",
    # Japanese and Chinese labels ("アクセス日: 2025 年 1 月 4 日", "(上网时间:2011年10月1日)"), the
    # same words the source-table header reader knows (blocks.py).
    # SIST 02, the Japanese standard for citing, closes a web source with "(参照 2012-04-01)";
    # Chinese wikis copy it ("(参照 2022-08-10)": heldback-16's DNS article, seven notes). Alone,
    # "参照" means "see", so it is a label only right before a year.
    "ja": r"(?:最終)?(?:アクセス日|閲覧日|参照日)|参照(?=[^\S\n]*[:：]?[^\S\n]*(?:19|20)\d{2}[-/.年])",
    # "访问于 2020 年 4 月 17 日" (accessed on …), as a Chinese biblatex or a translation prints
    # "visited on": heldback-33's translated biblatex list, "(访问于 …)" in five of its notes.
    # "访问时间为 二月 3, 2026，" (accessed at): a research assistant's source list exported with a
    # Chinese interface (zh-deepresearch-batch-stream-yinyong-zhuzuo, every entry).
    "zh": r"访问(?:日期|时间为|时间|于)|查阅日期|引用日期|上网时间|检索日期",
    # Korean research documents' labels ("(확인일: 2026-09-10)", "검색일: 2023.05.01", "접속일").
    "ko": r"(?:최종\s*)?(?:확인일|접속일|접근일|검색일|열람일)",
    # Arabic and Persian ("تاريخ الاطلاع: 3 أكتوبر 2026", "تاریخ دسترسی", "[npm](…)، دسترسی
    # 2026-09-06"): heldback-9's Arabic link list and Persian table of sources.
    "ar": r"تاريخ\s+(?:الاطلاع|الوصول|الزيارة)|تم\s+الاطلاع(?:\s+(?:في|عليه))?|اطلع\s+عليه(?:\s+في)?",
    "fa": r"(?:تاریخ\s+)?دسترسی|بازدید\s+در",
    # The word each Wikipedia's citation templates print before the access date (their "Retrieved",
    # Module:Citation/CS1/Configuration of each wiki), for languages the parse eval has no list in
    # yet: Swedish "Läst 12 mars 2024", Norwegian "Besøkt 5. mars 2024" / "Lest 5. mars 2024",
    # Hungarian "Hozzáférés: 2024. március 5.", Romanian "Accesat în 5 martie 2024", Greek
    # "Ανακτήθηκε στις 5 Μαρτίου 2024", Vietnamese "Truy cập ngày 5 tháng 3 năm 2024", Hebrew
    # "אוחזר ב-5 במרץ 2024" — none of them a term of the CSL locale files that access_terms reads
    # (Croatian and Serbian "Pristupljeno" are). Each is a label only where a date follows it.
    "sv": r"läst(?=\s+\d)",
    "nb": r"(?:besøkt|lest)(?=\s+\d)",
    "hu": r"hozzáférés(?=\s*:)",
    "ro": r"accesat(?:\s+(?:la|în|pe))?",
    "el": r"ανακτήθηκε(?:\s+στις)?",
    "vi": r"truy\s+cập(?:\s+ngày)?",
    "he": r"אוחזר(?:\s+ב-?)?",
    # Georgian ("ბოლო ნახვა", last viewed; "წვდომის თარიღი", "ნახვის თარიღი", date of access or of
    # viewing): heldback-19's Georgian plan states its list's one access date so, in a quote above it.
    "ka": r"ბოლო\s+ნახვა|(?:წვდომის|ნახვის)\s+თარიღი",
    # Thai ("สืบค้นเมื่อ 31 สิงหาคม 2568", searched on; "ค้นเมื่อ", "เข้าถึงเมื่อ", accessed on; "สืบค้นวันที่"):
    # the Thai APA of university reports and student articles, its date in Thai months and, mostly, a
    # Buddhist-era year (_THAI_DATE). Data: s38-hunt10's Thai Ruby article (twelve entries) and clinic
    # README (eight), none read; find_string "สืบค้นเมื่อ": ten hits, all reference lists.
    "th": r"(?:สืบค้น|ค้น|เข้าถึง)(?:ข้อมูล)?(?:เมื่อ(?:วันที่)?|วันที่)",
}
ACCESS_LABEL = lazyre.compile(
    r"(?<![\w])(?:"
    + "|".join(f"(?P<{language}>{pattern})" for language, pattern in _ACCESS_LABELS.items())
    # (A hyphen glued to a word after it makes a name: "ACCESS-ESM1.5", "Cited-By" are no labels.)
    # A Chinese or Japanese label runs straight into its year ("[引用日期2014-05-19]": Baidu Baike's
    # reference list, fixtures/parse-eval-pages baike-cai-jianya.html, 63 entries): a label whose
    # last character is a CJK ideograph or kana may be glued to a four-digit year, as those scripts
    # write without spaces; any other word character after a label still makes a name.
    + r")(?:(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=(?:19|20)\d{2}\D)|(?![\w]|-\w))"
    + r"[\s:：.\-–—]*(?:on\s+|le\s+|el\s+|am\s+|il\s+|em\s+|op\s+|pada\s+)?",
    re.IGNORECASE,
)
_YEAR_TOKEN = lazyre.compile(r"(?:19|20)\d{2}")
# An author-date entry's bracketed date, the year with an optional letter and, dated to the day, its
# month and day after a comma: "(2023)", "(2019b)", "(2019, October 27)" (APA, Harvard).
AUTHOR_DATE_GROUP = r"\((?:19|20)\d{2}[a-z]?(?:, [^()]{3,30})?\)"
# (With the full-width comma a Chinese export closes the date with: "访问时间为 二月 3, 2026，",
# zh-deepresearch-batch-stream-yinyong-zhuzuo.)
_TOKEN_TRIM = "[]().,;:，"
# How far after a label its date may reach, in words ("3 de marzo de 2024" is five).
_DATE_WORDS = 6


@functools.lru_cache(maxsize=4096)
def _dateparser_date(candidate: str, language: str | None) -> dt.date | None:
    # dateparser ships its locale data in the wheel (no download); loaded on first use only.
    import dateparser

    languages = [language, "en"] if language and language != "en" else ["en"]
    try:
        parsed = dateparser.parse(
            candidate,
            languages=languages,
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY", "STRICT_PARSING": True},
        )
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None


# A word ends at a closing bracket too: Vancouver's "[cited 2023 Oct 1];19(4):1036–46" and a
# student's "[cited 2023 Oct 1].Available:" glue the next field to the date's bracket (heldback-18's
# Spanish Vancouver list, three access dates).
_WORD = lazyre.compile(r"[^\s\])]+[\])]?")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")  # fmt: skip


@functools.cache
def month_names() -> frozenset[str]:
    """Every month name and abbreviation dateparser's locale data knows (3,385 forms in about 200
    languages: "februari", "maart", "luty", "ledna"), case-folded; loaded once, on first use."""
    from dateparser.languages import default_loader

    return frozenset(
        name.casefold()
        for locale in default_loader.get_locales()
        for key in _MONTH_KEYS
        for name in locale.info.get(key, [])
    )


def _worded_candidates(text: str) -> list[tuple[str, int]]:
    """The words after a label that can make a date, with where they end: up to and including the
    first year, or the year and the two words after it when it comes first ("2024 Mar 3")."""
    words = list(_WORD.finditer(text))[:_DATE_WORDS]
    cleaned = [w.group().strip(_TOKEN_TRIM) for w in words]
    for index, word in enumerate(cleaned):
        year = _YEAR_TOKEN.search(word)
        if year is None or not word.endswith(year.group()):
            continue
        if index == 0 and word == year.group():
            return [(" ".join(cleaned[:n]), words[n - 1].end()) for n in (3, 2) if n <= len(words)]
        return [(" ".join(cleaned[: index + 1]), words[index].end())]
    return []


def date_after_label(
    text: str, position: int, language: str | None, *, month_first: bool = False
) -> tuple[dt.date, int] | None:
    """The access date written at ``position`` (just after its label) and where it ends.

    Numeric and English/Turkish/Russian/German/French/Spanish dates go through
    :data:`DATE_PATTERN`; anything else ("28 febbraio 2020", "24 kwietnia 2012", "avril 25, 2025",
    "2020 Apr 20", "02-Mei-2025") through dateparser with the label's language.
    """
    while position < len(text) and text[position] in " \t[(":
        position += 1
    match = DATE_PATTERN.match(text, position)
    glued = 0
    if match is None and position and _CJK_LETTER.match(text[position - 1]):
        # A CJK label glued to its date ("引用日期2014-05-19", ACCESS_LABEL): the date read on its own,
        # the pattern's look-behind (no word character before a date) being the label's last character.
        glued = position
        match = DATE_PATTERN.match(text[position : position + 40])
    if match is not None:
        value = date_from_match(match, month_first=month_first and language == "en")
        if value is not None:
            return _thai_era(value, language), glued + match.end()
    spaced = _SPACED_NUMERIC.match(text, position)
    if spaced is not None and " " in spaced.group():
        # "2 8 .05.2019", "2014-11- 29": a PDF's text layer puts stray spaces inside numbers
        # (two documents of the parse eval, in dates, page ranges and DOIs alike).
        joined = DATE_PATTERN.fullmatch(spaced.group().replace(" ", ""))
        value = date_from_match(joined, month_first=month_first and language == "en") if joined else None
        if value is not None:
            return value, spaced.end()
    word = _WORD_NUMERIC.match(text, position)
    if word is not None:
        # Word's bibliography styles write a date entered with a numeric month as "05 05, 2017"
        # (the day, the month, a comma, the year; the same entries date their sources "31 12
        # 2016"): day first, as date_from_match reads numbers, unless only month-first makes sense.
        first, second, year = (int(word.group(index)) for index in (1, 2, 3))
        value = _make(year, first, second) if second > 12 >= first else _make(year, second, first)
        if value is not None:
            return value, word.end()
    cjk = _CJK_DATE.match(text, position)
    if cjk is not None:
        value = _make(int(cjk.group(1)), int(cjk.group(2)), int(cjk.group(3)))
        if value is not None:
            return value, cjk.end()
    thai = _THAI_DATE.match(text, position)
    if thai is not None:
        value = thai_date(thai)
        if value is not None:
            return value, thai.end()
    for candidate, end in _worded_candidates(text[position : position + 60]):
        value = _dateparser_date(candidate, language)
        if value is not None:
            return value, position + end
    return None


_CJK_LETTER = lazyre.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# A Thai date, "31 สิงหาคม 2568", "14 พ.ค. 2566", "10 กรกฎาคม 2023": day, month name or its dotted
# abbreviation, year — in Thai or Arabic digits, the year Buddhist-era (พ.ศ., 543 years ahead) or, less
# often, Christian (ค.ศ.). dateparser knows the month names but reads "2568" as the year 2568.
_THAI_MONTHS = (
    ("มกราคม", "ม.ค."),
    ("กุมภาพันธ์", "ก.พ."),
    ("มีนาคม", "มี.ค."),
    ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."),
    ("มิถุนายน", "มิ.ย."),
    ("กรกฎาคม", "ก.ค."),
    ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."),
    ("ตุลาคม", "ต.ค."),
    ("พฤศจิกายน", "พ.ย."),
    ("ธันวาคม", "ธ.ค."),
)
THAI_MONTH_BY_NAME: dict[str, int] = {
    name: number for number, names in enumerate(_THAI_MONTHS, start=1) for name in names
}
THAI_MONTH = "|".join(sorted((re.escape(n) for n in THAI_MONTH_BY_NAME), key=len, reverse=True))
_THAI_DATE = lazyre.compile(
    rf"(?P<day>[0-9๐-๙]{{1,2}})\s*(?P<month>{THAI_MONTH})\s*(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?"
    r"(?P<year>[0-9๐-๙]{4})(?![0-9๐-๙])"
)
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# The Buddhist era runs 543 years ahead: 2568 BE is 2025. A year written without its era is Buddhist
# from this one on (Christian years this high are centuries away) and Christian below it.
BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_YEARS_FROM = 2400


def thai_year(year: int, era: str | None = None) -> int:
    """The Christian year of a year a Thai text writes: Buddhist-era (พ.ศ., or 2400 and above
    without an era) less 543, a Christian one (ค.ศ., or below 2400) as it is."""
    if era is not None:
        return year - BUDDHIST_ERA_OFFSET if era.startswith("พ") else year
    return year - BUDDHIST_ERA_OFFSET if year >= _BUDDHIST_YEARS_FROM else year


def _thai_era(value: dt.date, language: str | None) -> dt.date:
    """A numeric date read after a Thai access label with its year as :func:`thai_year` reads it: a
    year of 2400 or more is Buddhist-era ("สืบค้นเมื่อ 3/9/2568", searched on 3 September 2025: a
    Thai GitBook page's four references, branch s40-hunt12, read as the year 2568 before). After any
    other label, or below 2400, the date is as written."""
    if language != "th" or value.year < _BUDDHIST_YEARS_FROM:
        return value
    return _make(thai_year(value.year), value.month, value.day) or value


def thai_date(match: re.Match[str]) -> dt.date | None:
    """The date a :data:`_THAI_DATE` match stands for (None when it names no real day)."""
    day = int(match.group("day").translate(_THAI_DIGITS))
    year = int(match.group("year").translate(_THAI_DIGITS))
    return _make(thai_year(year, match.group("era")), THAI_MONTH_BY_NAME[match.group("month")], day)


_SPACED_NUMERIC = lazyre.compile(r"\d[\d ./-]{6,14}\d")
# "05 05, 2017": Word's bibliography date with a numeric month, read only right after a label.
_WORD_NUMERIC = lazyre.compile(r"(\d{1,2})[^\S\n]+(\d{1,2}),[^\S\n]*((?:19|20)\d{2})(?!\d)")
# "2025 年 1 月 4 日", "2011年10月1日": year, month and day marked by 年, 月 and 日.
_CJK_DATE = lazyre.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


# Japanese, Korean and Chinese write the access label after the date: "2014年5月30日閲覧" (Japanese
# Wikipedia's "…日閲覧。"), "2023년 3월 18일에 확인함" (Korean Wikipedia's), "2020年1月1日查阅".
_DATE_BEFORE_LABEL = lazyre.compile(
    r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]\s*(?:に|에)?\s*"
    r"(?:閲覧|参照|アクセス|確認|확인|접속|查阅|访问|浏览|检索|引用)"
)


# The same with the month first and the year after a comma, as a research assistant's Japanese or
# Korean export writes its source list's access dates (an English "October 5, 2025" with its month
# name turned into "10月"): "Rete.js - …, 10月 5, 2025にアクセス、 https://…" (ja-deepresearch-retejs-
# inyou-akusesu and ja-deepresearch-ai-benchmarks-inyou-unnumbered, every entry). Only before the
# label: "10月 5, 2025" alone is no date the hand list reads.
_MONTH_FIRST_BEFORE_LABEL = lazyre.compile(
    r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[,，、]\s*((?:19|20)\d{2})\s*(?:年|년)?\s*(?:に|에)?\s*"
    r"(?:閲覧|参照|アクセス|액세스|확인|접속)"
)


def date_before_label(text: str, start: int = 0) -> tuple[dt.date, int, int] | None:
    """The first access date written before its label ("2014年5月30日閲覧", "10月 5, 2025にアクセス")
    from ``start``: the date and its span, or None."""
    found: list[tuple[dt.date, int, int]] = []
    for match in _DATE_BEFORE_LABEL.finditer(text, start):
        value = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if value is not None:
            found.append((value, match.start(), match.end()))
            break
    if "月" in text or "월" in text:
        for match in _MONTH_FIRST_BEFORE_LABEL.finditer(text, start):
            value = _make(int(match.group(3)), int(match.group(1)), int(match.group(2)))
            if value is not None:
                found.append((value, match.start(), match.end()))
                break
    return min(found, key=lambda item: item[1]) if found else None


# Where an access label can start: the first letters of every branch of ACCESS_LABEL. Finding
# these with str.find and trying the pattern only there is ~20x faster than letting the regex
# engine try its forty alternatives at every position of every entry.
_LABEL_STEMS = (
    "last", "access", "date", "data", "retriev", "view", "visit", "consult", "check", "cit", "son", "web.",
    "erişim", "erişil", "e.", "дата", "просмотр", "провер", "звернення", "доступ", "zuletzt", "abgerufen",
    "aufgerufen", "zugegriffen", "eingesehen", "zugriff", "abrufdatum", "accédé", "accès", "visité", "visionn",
    "dernière",
    "acess", "fecha",
    "recuperado", "accedido", "url", "ultimo", "dostęp", "geraadpleegd", "bezocht", "geopend", "diakses",
    "最終", "アクセス", "閲覧", "参照", "访问", "查阅", "引用", "上网", "检索",
    "최종", "확인일", "접속일", "접근일", "검색일", "열람일",
    "تاريخ", "تم", "اطلع", "تاریخ", "دسترسی", "بازدید",
    # Georgian (the "ka" branch's three openings: without them its labels were never tried).
    "ბოლო", "წვდომის", "ნახვის",
    "процитовано", "läst", "besøkt", "lest", "hozzáférés", "accesat", "ανακτήθηκε", "truy", "אוחזר",
    "สืบค้น", "ค้น", "เข้าถึง",
    "vid.", "scaricat",
)  # fmt: skip


def iter_access_labels(text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """Every access label in ``text`` from ``start``, in order (as ``ACCESS_LABEL.finditer``)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        yield from ACCESS_LABEL.finditer(text, start)
        return
    positions: set[int] = set()
    for stem in _LABEL_STEMS:
        at = lowered.find(stem, start)
        while at != -1:
            positions.add(at)
            at = lowered.find(stem, at + 1)
    end = -1
    for position in sorted(positions):
        if position < end:
            continue
        match = ACCESS_LABEL.match(text, position)
        if match is not None:
            end = match.end()
            yield match
