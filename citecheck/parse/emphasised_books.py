"""A Chicago bibliography's book or report: "Author. *Title*. Place: Publisher, Year." read with the
author as its title.

Family: Chicago notes-bibliography lists of reports by public bodies, the author an organisation
named in the document's own language ("Vězeňská služba České republiky. *Výroční zpráva Vězeňské
služby ČR za rok 2024*. Praha: Vězeňská služba ČR, 2025.", "Národní protidrogová centrála SKPV,
Policie České republiky. *Výroční zpráva 2024*. Praha: Policie ČR, 2025."): heldback-40's Czech
source list (hb40-cs-harm-reduction-model-zdroje-chicago.md), 6 of its 12 notes read with the body's
name (or the name and the title) as title. ``entries._organisation_author_titles`` knows the shape
only where the name holds an English word for a body ("Service", "Office"); the markup tells it in
any language: the second sentence is wholly emphasised and the imprint follows it.

Rule (:func:`emphasised_after_author_titles`): where an entry's text opens with one sentence (the
author, up to its first stop), then an emphasised run that is the whole next sentence (a bracketed
remark after it allowed: "*Souhrn Zprávy …* (data za rok 2024)."), then an imprint whose sentence
holds a year ("Place: Publisher, Year" or the year alone), and the title read starts with the
author's sentence, the emphasised run is the title; the publisher, unread or read from the title
("Výroční zpráva", "SCAU"), is the imprint's (heldback-40's Czech list, 7 publishers). Left alone: a
journal emphasised after an article's author ("Smith, J. *Nature* 12 (2020): 3–4": no stop after
it), a bold site before an availability label ("Product Backlog V3. **Requisitos Habitica**.
Disponível em: https://…": no year in that sentence; heldback-24's ABNT list), a title read right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre
from citecheck.parse.styles import Mark

# The author's sentence: no stop inside, at most 160 characters.
_AUTHOR = lazyre.compile(r"[^.]{3,160}\.\s+")
# After the emphasised title: an optional bracketed remark, its stop, then "Place:" or a year.
# A year closes the imprint's sentence: "Disponível em: https://…" (an ABNT availability label after a
# bold site, heldback-24's Portuguese list) has a colon but no imprint.
# The publisher is what stands between the place's colon and the first comma ("Praha: Policie ČR, 2025").
_AFTER_TITLE = lazyre.compile(
    r"(?:\s*\([^()]{1,120}\))?\.\s+"
    r"(?:[^\W\d_][^.:;,]{1,40}:\s(?:(?P<publisher>[^.,:;]{2,80}),\s)?[^.]{0,120}?)?\b(?:1[5-9]|20)\d\d\b"
)


class _Titled(Protocol):
    title: str | None
    publisher: str | None


def _emphasised_at(body: str, at: int, marks: Sequence[Mark]) -> str | None:
    """The text of the emphasised run (its markup's stars and underscores off) that ``body`` holds at
    ``at``, or None."""
    return next(
        (m.text.strip(" *_") for m in marks if m.kind == "em" and body.startswith(m.text.strip(" *_"), at)),
        None,
    )


def emphasised_after_author_titles(
    fields: Sequence[_Titled], items: Sequence[tuple[str, Sequence[str], Sequence[Mark]]]
) -> None:
    """A title read from an author's sentence gives way to the emphasised title after it (above)."""
    for entry, (text, _, marks) in zip(fields, items, strict=True):
        title = (entry.title or "").strip()
        if not title:
            continue
        body = text.strip().lstrip("*_ ")
        author = _AUTHOR.match(body)
        if author is None:
            continue
        emphasised = _emphasised_at(body, author.end(), marks)
        if not emphasised or len(emphasised.split()) < 2:
            continue
        imprint = _AFTER_TITLE.match(body, author.end() + len(emphasised))
        if imprint is None:
            continue
        if title.startswith(author.group().rstrip()[:-1].strip()):
            entry.title = title = emphasised
        if (
            title == emphasised
            and imprint.group("publisher")
            and (not entry.publisher or entry.publisher in title)
        ):
            # The title right, the publisher unread or a piece of the title ("Výroční zpráva", "SCAU"):
            # the imprint's ("Praha: Policie ČR, 2025." gives "Policie ČR"; heldback-40's Czech list,
            # 7 such entries).
            entry.publisher = imprint.group("publisher").strip()


# ISO 690's contribution in a host work, "Part. In *Host* [online]. …" (Slovak theses' sources converted
# by Pandoc: "Chipset. In *Wikipedia* \[online\]. 2024. \[cit. 2025-02-11\]. Dostupné na internete: …";
# "MSI MPG B550 gaming edge WIFI AMD AM4 [[DDR SDRAM|DDR4]] m.2 … motherboard. In *MSI* \[online\]."):
# heldback-42's sk-iso690-pandoc, 2 of its 4 such entries read with the host ("Wikipedia", its title one
# word) or a wiki link inside the part ("DDR4") as title. Rule: where the entry opens with a sentence,
# then "In" and an emphasised host, and the title read is that host or a piece of the part's sentence
# the markup set apart (the wiki link), the part's sentence is the title. Left alone: a part read
# right, APA's "Title (date). In *Wikipedia*." read without its date (no markup on the title), an
# "In" not followed by the emphasised run ("In Proceedings of …"), a part of more than 300 characters.
# (A stop inside a word, "m.2", "3.2", is no sentence's end.)
_PART_IN_HOST = lazyre.compile(r"(?P<part>(?:[^.]|\.(?!\s)){1,300}?)\.\s+In:?\s+")


def contribution_in_host_titles(
    fields: Sequence[_Titled], items: Sequence[tuple[str, Sequence[str], Sequence[Mark]]]
) -> None:
    """A title read from the host (or inside the part) of "Part. In *Host*" is the part (above)."""
    for entry, (text, _, marks) in zip(fields, items, strict=True):
        title = (entry.title or "").strip()
        body = text.strip()
        found = _PART_IN_HOST.match(body)
        if not title or found is None:
            continue
        part = found.group("part").strip()
        host = _emphasised_at(body, found.end(), marks)
        if not host or title == part:
            continue
        # (A piece of the part only where the markup set it apart, as a wiki link: APA's "Multi-booting
        # (2023, February 22). In *Wikipedia*." is read without its date, rightly.)
        marked = any(m.kind == "em" and m.text.strip(" *_") == title for m in marks)
        if title == host or (marked and title in part and len(title) < len(part)):
            entry.title = part
            if entry.publisher is None or entry.publisher in f"{part}. In":
                entry.publisher = host  # "Chipset. In" read as the publisher: the host is


# Chicago's journal article, "„Title." *Journal* 43, č. 1 (2014): 235–248." (heldback-40's Czech list, note 12;
# "no. 1" in English, "č." in Czech): the journal read as publisher with its volume on ("International Journal
# of Epidemiology 43"). Where the publisher read is an emphasised run of the entry and a number after it, the
# volume goes. A publisher whose number is its own ("Web 2.0", "Area 51", not emphasised apart) stays.
_VOLUME_AFTER = lazyre.compile(r"(?P<journal>.+?)\s+\d{1,4}")


def emphasised_journal_publishers(
    fields: Sequence[_Titled], items: Sequence[tuple[str, Sequence[str], Sequence[Mark]]]
) -> None:
    """A publisher read as an emphasised journal and its volume loses the volume (above)."""
    for entry, (_, _, marks) in zip(fields, items, strict=True):
        publisher = (entry.publisher or "").strip()
        found = _VOLUME_AFTER.fullmatch(publisher) if publisher[-1:].isdigit() else None
        if found is None:
            continue
        journal = found.group("journal")
        if any(m.kind == "em" and m.text.strip(" *_") == journal for m in marks):
            entry.publisher = journal
