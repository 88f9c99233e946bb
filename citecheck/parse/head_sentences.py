"""A list whose entries open with a short name, a stop and the title, "Crossref. Access and
authentication (REST API) (дата обращения: …)", "SparkFun Electronics. HC-SR04 Ultrasonic Sensor
Datasheet. Auteur inconnu. [PDF en ligne]." (:func:`head_sentence_titles`).

ISO 690 and GOST write the organisation (or the person, surname first) that published a web source
before its title, each closed by a stop; research assistants' exports list their sources so too. The
title rules read most of such a list right, the name's sentence apart, but took a one- or two-word
name for the title where nothing told it from one ("Crossref", "Semantic Scholar", "SparkFun
Electronics", "Instructables Workshop"), left it on the title ("christianDUCROS. GitHub - …") or kept
a piece of it ("Ducros" of "Ducros, Christian."): heldback-36's French robot README (12 entries, 4
so) and Russian BioETL specification (12 entries, 5 so). The list says which it is: where three of
its entries at least are read with the sentence after a short name as their title, an entry of the
same shape whose title is that name, a piece of it, or begins with it takes the sentence after it,
cut before a bracketed access date, an "[En ligne]"-style medium or a "; " note. A name is one to
five words, none an initial ("Doe, J." opens no name sentence), and the sentence after it two words
at least; a list with fewer than three entries so read is left alone, unless two at least are and
they are half its entries of the shape or more (a short list: four "[n] Name. Title. URL" entries).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre
from citecheck.parse.dates import ACCESS_LABEL


class _Titled(Protocol):
    title: str | None
    publisher: str | None


_HEAD = lazyre.compile(r"(?P<head>[^.\s][^.:;()\[\]]{0,60}?[^\W\d_]{2})\.\s+(?P<rest>\S.*)$")
_HEAD_WORDS = 5
_EVIDENCE_MIN = 3
# A short list says it as well when half its entries of the shape at least, and two, are read so:
# "[3] Ferdy Christant. In Defense of Expressive CSS. https://…" and "[4] John Polacek. The Case of
# Atomic CSS. https://…" read right, "[1] Philip Ardeljan. 15kb of CSS is all you'll ever need ⚡️.
# https://…" and "[2] John Polacek. By The Numbers: …" read as the names (a Vietnamese blog's four
# references, heldback-p34hunt6, studied on branch s39-hb34).
_SHORT_EVIDENCE_MIN = 2
_CLOSING_YEAR = lazyre.compile(r",\s*(?:1[5-9]|20)\d{2}\s*$")
# Where the title sentence ends: its stop, a bracket holding the medium ("[En ligne]", "[PDF en
# ligne]", "[Online]") or a date, or a note after a semicolon.
_TITLE_END = lazyre.compile(r"\.\s|\.$|\s\[|;\s")


def _sentence(rest: str) -> str:
    """The title sentence at the start of ``rest`` (see above), without a bracketed access date."""
    end = _TITLE_END.search(rest)
    while end is not None and end.group() == "; " and ": " in rest[: end.start()]:
        # After a colon, a semicolon goes on with the list the colon opened ("Access and
        # authentication (REST API): mailto, rate limits, 429; best practices").
        end = _TITLE_END.search(rest, end.end())
    sentence = rest[: end.start()] if end is not None else rest
    bracket = sentence.rfind(" (")
    while bracket > 0 and ACCESS_LABEL.match(sentence, bracket + 2) is not None:
        sentence = sentence[:bracket]
        bracket = sentence.rfind(" (")
    return sentence.strip(" ,")


def _head_and_title(line: str) -> tuple[str, str] | None:
    match = _HEAD.match(line)
    if match is None:
        return None
    head = match.group("head").strip()
    if len(head.split()) > _HEAD_WORDS or any(len(word.strip(",")) == 1 for word in head.split()):
        return None
    rest = match.group("rest")
    if not (rest[0].isalnum() or rest[0] in "\"“«'‘_") or "://" in _sentence(rest):
        return None  # "KeyDB Documentation. — URL: https://…": no title after the name
    end = _TITLE_END.search(rest)
    if end is not None and end.group().endswith("["):
        # "next-intl Documentation. Официальная документация next-intl [Электронный ресурс]": GOST
        # sets the medium right after the title proper; the sentence before is no author's name.
        return None
    title = _sentence(rest)
    if _PUBLICATION_STATEMENT.fullmatch(title):
        # "CIA World Factbook. Washington, DC: Central Intelligence Agency, 2010.": the sentence after
        # the name is the book's place, publisher and year, so the "name" is its title (Chicago's
        # bibliography entry of a work with no author; p36hunt8's essay on Central-Eastern Europe,
        # two such books read as titled "Washington, DC: …" in a list of names and titles).
        return None
    return (head, title) if len(title.split()) >= 2 else None


# A book's publication statement: a place of one to four capitalised words, a state's or country's
# code or name after a comma ("Washington, DC", "Princeton, NJ", "Cham, Switzerland"), its colon, the
# publisher, a comma and the year.
_PUBLICATION_STATEMENT = lazyre.compile(
    r"[A-ZÀ-Þ][\w'’.\-]*(?:\s[A-ZÀ-Þ][\w'’.\-]*){0,3}(?:,\s?(?:[A-Z]{2,3}|[A-ZÀ-Þ][^\W\d_]+))?"
    r":\s+[^:;]{2,80}?,\s*(?:1[5-9]|20)\d{2}"
)


def _norm(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:").casefold()


def head_sentence_titles(fields: Sequence[_Titled], flat: Sequence[str]) -> None:
    """Titles of a list of "Name. Title." entries read as the sentence after the name (see above);
    in place."""
    shapes = [_head_and_title(line) for line in flat]
    read_so = sum(
        1
        for entry, shape in zip(fields, shapes, strict=True)
        if shape is not None and entry.title and _norm(entry.title) == _norm(shape[1])
    )
    shaped = sum(1 for shape in shapes if shape is not None)
    short_list = read_so < _EVIDENCE_MIN
    if short_list and not (read_so >= _SHORT_EVIDENCE_MIN and 2 * read_so >= shaped):
        return
    for entry, shape in zip(fields, shapes, strict=True):
        if shape is None or not entry.title:
            continue
        head, title = _norm(shape[0]), shape[1]
        read = _norm(entry.title)
        if read == _norm(title):
            continue
        if short_list and (len(title.split()) <= len(shape[0].split()) or _CLOSING_YEAR.search(title)):
            # On a short list's weaker evidence, only a sentence longer than the name and not a venue
            # with its year: "**Attention Is All You Need.** *NeurIPS*, 2017." keeps its title.
            continue
        if read == head or (read and read in head) or read.startswith((head + " ", head + ". ")):
            entry.title = title
            if (
                entry.publisher is None
                or _norm(entry.publisher) in _norm(title)
                or _norm(entry.publisher) in head
            ):
                entry.publisher = shape[0]  # the name before the title published it


# German author-date lists close the author and year with a colon, "Wood, Gavin (2014/2024): Ethereum:
# A Secure Decentralised Generalised Transaction Ledger.", and write a site that signs its own page
# the same way without a year, "Etherscan: Ethereum Node Tracker. URL: https://… (abgerufen am …)"
# (heldback-36's German Ethereum chapter: seven entries dated so, five sites; the five titles were read
# with the site on them). Where three entries of a list at least open "Name (year): ", an entry that
# opens "Name: " (one to four words, no digit, no bracket) with no year and whose title was read from
# there names its site before the colon: the title is what follows it, the site its publisher. A list
# without dated colons keeps "EIP-1559: Fee market change …" whole.
_DATED_COLON = lazyre.compile(r"[^:()\n]{2,120}\((?:1[5-9]|20)\d{2}[^()]{0,12}\):\s")
_UNDATED_COLON = lazyre.compile(r"(?P<name>[^\W\d_][^:()\d\n]{0,50}?):\s+\S")
_DATED_COLONS_MIN = 3
_SITE_WORDS = 4


def dated_colon_sites(fields: Sequence[_Titled], flat: Sequence[str]) -> None:
    """Titles of a dated-colon list's undated "Site: Title" entries without the site (see above); in
    place."""
    if sum(_DATED_COLON.match(line) is not None for line in flat) < _DATED_COLONS_MIN:
        return
    for entry, line in zip(fields, flat, strict=True):
        found = _UNDATED_COLON.match(line) if entry.title else None
        if found is None or _DATED_COLON.match(line) or len(found.group("name").split()) > _SITE_WORDS:
            continue
        name = found.group("name").strip()
        title = entry.title or ""
        if not title.startswith(name + ":"):
            continue
        rest = title[len(name) + 1 :].strip()
        # A page's title after its site opens on a capital ("Etherscan: Ethereum Node Tracker"); a
        # title that goes on in lower case after its colon is one title ("Flächenkonkurrenz: das
        # Beispiel Fleisch", heldback-38's German post, in a list of the same shape).
        if len(rest.split()) >= 2 and not rest[:1].islower():
            entry.title = rest
            entry.publisher = entry.publisher or name
