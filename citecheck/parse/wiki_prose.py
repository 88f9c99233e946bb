"""A note whose sentence runs through its link: the words before the link are prose, no title.

A reference list's explanatory note names its source inside a sentence: "Die Werte für die
Eigenschaften (Infobox) sind, wenn nicht anders angegeben, aus <a>www.webelements.com (Helium)</a>
entnommen." (the German Wikipedia's "Helium", notes 2, 5 and 9 of its "Einzelnachweise" in
fixtures/parse-eval-wiki, three of its first twelve). The entry reader takes the text before the link
as the title, as it rightly does for "Title. <link>" or "Title, <link>"; here that text stops on a
bare word, no stop, comma, colon, bracket or quote closing it, and the sentence goes on after the
link with a few lower-case words and its full stop. That shape is a clause cut by the link, not a
title followed by its address, so the note gets no title from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citecheck import lazyre
from citecheck.parse.styles import Mark

# At most this many words may follow the link before the sentence's stop ("… aus LINK entnommen.",
# one word; a verb group such as "… von LINK übernommen worden." has three).
_TAIL_WORDS_MAX = 3


def _continuation(tail: str) -> bool:
    """Whether ``tail`` (what follows the link) is one to three lower-case words closing the
    sentence: letters only, each word opening in lower case, at most a full stop or exclamation
    mark after them."""
    words = tail.strip().rstrip(".!").split()
    return 0 < len(words) <= _TAIL_WORDS_MAX and all(word.isalpha() and word[0].islower() for word in words)


def prose_through_link(text: str, head: str, title: str | None, marks: Sequence[Mark]) -> str | None:
    """``title``, or None where the note's sentence runs through its link (see the module).

    ``text`` is the note, ``head`` its part before the first URL, ``title`` what was read from the
    head, ``marks`` the note's marked runs. It fires only where a link with an address starts where
    the head ends, the head ends on a lower-case word (no punctuation between it and the link), the
    title reaches that word, and one to three lower-case words and the stop follow the link.
    """
    if not title:
        return title
    bare = head.rstrip()
    words = bare.split()
    if not words or not words[-1].isalpha() or not words[-1][0].islower():
        return title
    if not bare.endswith(title.rstrip()):
        return title
    for mark in marks:
        if mark.kind != "link" or not mark.href or not mark.text.strip():
            continue
        at = text.find(mark.text, len(bare))
        if at == -1 or text[len(bare) : at].strip():
            continue
        if _continuation(text[at + len(mark.text) :]):
            return None
    return title


# A link set on a common word of a note's sentence, "See e.g. measurement [work](…)", "Extension
# [coverage](…) of AI and digital commons …", "See Section 5 of this [post](…)": a narrative note
# points to a page with the words it is saying, and names no work (heldback-32's Substack post, its
# notes rendered from the blog's footnote markup: five of its seven linking notes so, "post",
# "tweet", "work", "coverage"). The link text is one to three words, every letter lower case (any
# script), no digit, and a word of the sentence stands right before it ("See e.g., [tweet](…)": a
# comma between them); a link that opens the note
# ("[numpy](…) — …"), follows a lead ("Voir : [la page](…)", "Source — [x](…)") or shows a capital
# ("[A Relational Theory of Data Governance](…)") keeps its title.
_SENTENCE_LINK_WORDS_MAX = 3
# A longer run of the sentence linked, four to eight lower-case words straight after a lower-case word
# of it, no punctuation between: "The current version of the law is [available at this link](…).",
# "… have also been recently highlighted by [a report by a group of investigative journalists](…); in
# fact, …" (an analyst's footnoted remarks on post-Soviet de facto states, branch s42-hunt15's
# p42hunt15, two of its notes). A sentence-case title listed after its site and a comma ("n8n,
# [validation humaine des appels d’outils](…), consulté le …": p34hunt5's French list) keeps its title:
# the comma sets it apart.
_SENTENCE_RUN_WORDS_MAX = 8
# A link on a clause of the note's sentence, run into it on both sides: its text opens with a verb, a
# preposition or a share, not a name ("The number included in the Russian state budget under
# expenditures [corresponds exactly to the sum included in South Ossetia's budget for 2016](…).",
# "Moldovagaz (which is [50% owned by Gazprom](…) itself)", "living -- [as he put it](…) -- the life of a
# pensioner": p42hunt15's footnoted remarks on post-Soviet de facto states, branch s42-hunt15b, three
# notes read with the clause as the title). Its first word is lower case (all of it) or a percentage;
# what follows may show capitals and digits (a name, a year inside the clause); the word before it is a
# lower-case word of the sentence that is no article or possessive ("the [2023 annual report](…)",
# "their [country report](…)" name a work), or a spaced dash opening an aside after one; up to twenty
# words. A run with a capital first ("[European Central Bank](…)", "[The current plan of …](…)") or after
# a comma or colon ("n8n, [validation humaine des appels d’outils](…)") keeps its title, as before.
_CLAUSE_LINK_WORDS_MAX = 20
_CLAUSE_FIRST = lazyre.compile(r"(?:[^\W\d_A-Z]+|\d+(?:[.,]\d+)?\s?%)(?=\s)")
_DETERMINERS = frozenset(
    {
        # English
        *(
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
            "our",
            "my",
            "your",
        ),
        # Dutch
        *("de", "het", "een", "deze", "dit", "die"),
        # German
        *("der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "dieser", "diese"),
        # French
        *("le", "la", "les", "un", "une", "du", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs"),
        # Spanish, Italian, Portuguese
        *("el", "los", "las", "una", "il", "lo", "gli", "uno", "o", "os", "as", "um", "uma"),
    }
)
_ASIDE_DASH = lazyre.compile(r"--|[–—]")


def _clause_link(text: str, title: str, marks: Sequence[Mark]) -> bool:
    words = title.split()
    first = _CLAUSE_FIRST.match(title)
    if first is None or not 2 <= len(words) <= _CLAUSE_LINK_WORDS_MAX or "/" in title:
        return False
    if first.group()[0].isalpha() and not first.group().islower():
        return False
    for mark in marks:
        if mark.kind != "link" or not mark.href or mark.text.strip() != title.strip():
            continue
        at = text.find(mark.text)
        before = text[:at].rstrip(" ").split() if at > 0 else []
        if before and _ASIDE_DASH.fullmatch(before[-1]) and len(before) > 1:
            # An aside between dashes, closed by the same dash after the link ("living -- [as he put it](…)
            # -- the life …"); a dash closing a lead before a list of links ("Foros de la comunidad —
            # [hilo sobre …](…), [hilo …](…)", test_s40_hb_families) sets no aside.
            if not text.startswith(f" {before[-1]} ", at + len(mark.text)):
                continue
            before = before[:-1]
        if _after_a_lower_word(text, at, before) and before[-1] not in _DETERMINERS:
            return True
    return False


def _after_a_lower_word(text: str, at: int, before: Sequence[str]) -> bool:
    """Whether the link at ``at`` stands straight after a lower-case word of the sentence (``before``:
    the words before it), a space or an opening bracket between at most."""
    return at > 0 and text[at - 1] in " [" and bool(before) and before[-1].isalpha() and before[-1].islower()


# "e.g.", "i.e.", "z.B.", "cf." before the link are words of the sentence too ("See e.g., [tweet](…)").
_ABBREVIATION_BEFORE = lazyre.compile(r"(?:(?<![^\W\d_])(?:[^\W\d_]\.){2,}|\b[Cc]f\.)$")


def sentence_word_link(text: str, title: str | None, marks: Sequence[Mark]) -> str | None:
    """``title``, or None where it is a link on a word or two of the note's own sentence."""
    if not title:
        return title
    if _among_source_pills(text, title, marks):
        return None
    words = title.split()
    if _clause_link(text, title, marks):
        return None
    if not 0 < len(words) <= _SENTENCE_RUN_WORDS_MAX or title != title.lower():
        return title
    if any(char.isdigit() for char in title) or not any(char.isalpha() for char in title):
        return title
    for mark in marks:
        if mark.kind != "link" or not mark.href or mark.text.strip() != title.strip():
            continue
        at = text.find(mark.text)
        if len(words) > _SENTENCE_LINK_WORDS_MAX:
            # A longer run: straight after a lower-case word of the sentence, nothing between.
            before_words = text[:at].rstrip(" ").split() if at > 0 else []
            if _after_a_lower_word(text, at, before_words):
                return None
            continue
        before = text[:at].rstrip(" *_\"'“‘(,") if at > 0 else ""
        if before and (before[-1].isalpha() or _ABBREVIATION_BEFORE.search(before)):
            return None
    return title


# A note of several claims, each followed by its source's name linked in round brackets: "Examples:
# Google AI summaries are associated with fewer outbound clicks ([Pew](…)), Wikimedia reports an 8%
# decline … ([Wikimedia](…)), … ([DevClass](…), [raw data](…)), … ([The Guardian](…))." (heldback-32's
# Substack post, note 3): each link names the site a claim came from, as a closing source pill does
# (styles._closing_source_pill), and the note cites several works, none of them its title. Two such
# bracketed links at least, each after a word of a sentence; one bracketed link is read as before.
_PILLS_MIN = 2


def _among_source_pills(text: str, title: str, marks: Sequence[Mark]) -> bool:
    """Whether ``title`` is the text of one of two or more links set in round brackets after words."""
    pills = [
        mark.text.strip()
        for mark in marks
        if mark.kind == "link"
        and mark.text.strip()
        and re.search(r"[^\W_][.,;:!?\"”’]?\s\(" + re.escape(mark.text.strip()) + r"[),]", text) is not None
    ]
    return len(pills) >= _PILLS_MIN and title.strip() in pills


# A note that is prose and cites nothing, "This chapter builds on and revises two previous chapters of
# the second edition of this Handbook, on Big Data and AI respectively. The substance of these
# chapters was developed … in 2019." (heldback-32's ICRC handbook, its first footnote read from the PDF
# text with its opening clause as the title and "Big Data and AI respectively" as the publisher): no
# address, nothing quoted or marked, and a first sentence of twelve words at least whose words after
# the first are three in four lower case, with a clause after a comma, the title read opening it
# (three more such notes in the eval's studied and calibration parts: "Well, technically it can, and
# it is, linear …", "This is not to say that …, noteworthy …", "Warum Mason, ein weiterer …?"). A
# title-case or a bibliographic first sentence ("Smith, John. A Long History …") is read as before,
# and so is a sentence-case article title, which runs on without a comma ("A comparison of results of
# meta-analyses of randomized control trials and recommendations of clinical experts.": calibration).
_PROSE_FIRST_WORDS = 12
_PROSE_LOWER_SHARE = 0.75
_SENTENCE_END = lazyre.compile(r"[.!?]\s+(?=[^\W\d_])")


def prose_without_work(text: str, title: str | None, cited: bool) -> bool:
    """Whether a note without address or marks (``cited``: it has one) is a sentence of prose
    that names no work, its title read from its opening words (see above)."""
    if not title or cited or any(quote in text for quote in '"“”«»„'):
        return False
    stripped = text.strip()
    end = _SENTENCE_END.search(stripped)
    first = stripped[: end.start() + 1] if end is not None else stripped
    words = first.split()
    if len(words) < _PROSE_FIRST_WORDS or not first.startswith(title.strip()[:20]):
        return False
    if ", " not in first:
        return False
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return lower >= _PROSE_LOWER_SHARE * (len(words) - 1)


# A note of prose that gives its addresses in round brackets as evidence, after the sentence they back:
# "And, by the way, there isn't much on StackOverflow as well (http://stackoverflow.com/questions/612428/…
# and http://stackoverflow.com/questions/3546567/…)" (an Octopress blog's Liquid note, heldback-p38md,
# spent on branch s41-hb: read as titled "And, there isn't much on StackOverflow as well"). A work's
# title before its address in brackets ("Pros and cons of the ARCHIVE engine (https://…)", "Title, Site
# (https://…)") is short, or capitalised, or runs on without a comma; a clause of running prose is
# none of those: at least _BRACKETED_PROSE_WORDS words, a comma inside, the words after the first three
# in four lower case (_PROSE_LOWER_SHARE, as prose_without_work), no digit, no quotation or marked run,
# and the bracket holds only addresses (joined by "and", "or", commas or semicolons).
_BRACKETED_PROSE_WORDS = 8
_BRACKET_JOINERS = frozenset({"and", "or", "&"})


def _addresses_only(text: str, start: int) -> bool:
    """Whether the round bracket opening at ``start`` holds only addresses, joined by commas,
    semicolons, "and", "or" or "&", and closes."""
    close = text.find(")", start)
    if close == -1:
        return False
    tokens = text[start + 1 : close].replace(",", " ").replace(";", " ").split()
    return (
        bool(tokens)
        and tokens[0].startswith(("http://", "https://"))
        and all(
            token.startswith(("http://", "https://")) or token.casefold() in _BRACKET_JOINERS
            for token in tokens
        )
    )


def prose_before_bracketed_addresses(text: str, head: str, title: str | None, marked: bool) -> bool:
    """Whether the note is a sentence of prose whose addresses follow it in round brackets (above),
    ``title`` read from its opening words; ``marked``: the note has a marked run or link."""
    if not title or marked or any(quote in text for quote in '"“”«»„'):
        return False
    bare = head.rstrip()
    if not bare.endswith("(") or not _addresses_only(text, len(bare) - 1):
        return False
    sentence = bare[:-1].strip()
    words = sentence.split()
    if len(words) < _BRACKETED_PROSE_WORDS or ", " not in sentence or any(c.isdigit() for c in sentence):
        return False
    if not set(title.replace(",", " ").split()) <= set(sentence.replace(",", " ").split()):
        return False  # the title is read from the sentence's words (a field may be left out of it)
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return lower >= _PROSE_LOWER_SHARE * (len(words) - 1)


# A note that quotes a sentence after a clause saying where it was read or who said it: "On lit
# d’ailleurs sur la page d’accueil du livre-web : « *This book is a work in progress.* »" (a French
# essay's note, heldback-p37hunt9, spent on branch s41-hb: read as titled "This book is a work in
# progress"). The quotation is a whole sentence, its own stop inside the closing mark (French
# typography sets a title's stop outside the guillemets, « Le titre ». ; a sentence quoted whole keeps
# its stop inside), the note closes on it, and the clause before its colon is running prose: at
# least _SAYING_CLAUSE_WORDS words, the words after the first three in four lower case, no digit,
# and no pointer ("see", "voir", "vgl.": "For more, see the company's post: “Announcing Foo.”" points
# to a work by its title). An address or an access date in the note keeps its title.
_SAYING_CLAUSE_WORDS = 4
_QUOTED_SENTENCE = lazyre.compile(
    r"(?P<clause>[^:«»“”\"„]{3,240}?)\s*[:：]\s*(?:«\s*|“|„|\")(?P<quote>[^«»“”\"„]{3,400}?[.!?…])\s*(?:\s*»|”|“|\")\s*\.?"
)
_POINTERS = frozenset(
    {"see", "voir", "siehe", "vgl", "cf", "véase", "vease", "vedi", "zob", "ver", "veja", "zie"}
)


def quotation_after_saying_clause(text: str, title: str | None, cited: bool) -> bool:
    """Whether the note is a quoted sentence after a clause of prose (above), ``title`` read from the
    quotation; ``cited``: the note has an address or an access date."""
    if not title or cited:
        return False
    found = _QUOTED_SENTENCE.fullmatch(text.strip())
    if found is None or title.strip(" .!?…") != found.group("quote").strip(" .!?…"):
        return False
    words = found.group("clause").split()
    if len(words) < _SAYING_CLAUSE_WORDS or any(c.isdigit() for c in found.group("clause")):
        return False
    if any(word.casefold().strip(".,;") in _POINTERS for word in words):
        return False
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return lower >= _PROSE_LOWER_SHARE * (len(words) - 1)
