"""Families of heldback-p42hunt15's misses, spent on branch s42-hb15 (newsletters exported as e-mail text).

A plain-text "References" list whose "• Name: URL" lines are grouped under lead-ins closed by a colon (The
Pragmatic Engineer's podcast e-mails: "Where to find …:", "Mentions during the episode:"), including when the
heading runs on from the text above it with no blank line. Near misses: a lead-in with no entry under it, prose
under the heading, and a list with as many lead-ins as entries stay as they were.
"""

from __future__ import annotations

from citecheck.parse import parse_bytes

_ENTRIES = (
    "• LinkedIn: https://www.linkedin.com/in/mailan\n"
    "Mentions during the episode:\n"
    "• Amazon S3: https://aws.amazon.com/s3\n"
    "• Exabyte: https://simple.wikipedia.org/wiki/Exabyte\n"
)


def _read(text: str) -> list[tuple[str | None, str | None]]:
    return [(note.title, note.url) for note in parse_bytes(text.encode(), path="note.md").footnotes]


def _titled(text: str) -> list[str | None]:
    return [title for title, _ in _read(text)]


def test_lead_in_right_under_the_heading() -> None:
    text = "An episode.\n\nReferences\nWhere to find Mai-Lan Tomsen Bukovec:\n" + _ENTRIES
    assert _titled(text) == ["LinkedIn", "Amazon S3", "Exabyte"]


def test_heading_run_on_from_the_chapter_list() -> None:
    text = (
        "An episode.\n\n(1:10:10 ) Types of engineers working on S3\n(1:14:15 ) Closing recommendations\n"
        "References\nWhere to find Mai-Lan Tomsen Bukovec:\n" + _ENTRIES
    )
    assert _titled(text) == ["LinkedIn", "Amazon S3", "Exabyte"]


def test_near_miss_lead_in_without_entry_under_it() -> None:
    text = (
        "An episode.\n\nReferences\nWhere to find her:\nMentions during the episode:\n"
        + _ENTRIES.split("\n", 2)[2]
    )
    assert "Amazon S3" not in _titled(text)


def test_near_miss_prose_under_a_heading_in_the_block() -> None:
    text = (
        "An episode.\n\nWe talked a lot.\nReferences\nThese were many and we read them all over the year\n"
        "• LinkedIn: https://www.linkedin.com/in/mailan\n• Amazon S3: https://aws.amazon.com/s3\n"
    )
    assert "LinkedIn" not in _titled(text)


def test_near_miss_as_many_lead_ins_as_entries() -> None:
    text = (
        "An episode.\n\nReferences\nProfile:\n• LinkedIn: https://www.linkedin.com/in/mailan\n"
        "Storage:\n• Amazon S3: https://aws.amazon.com/s3\n"
    )
    assert "Amazon S3" not in _titled(text)
