"""An entry of a numbered list cut by a PDF's page break into a bullet of its own, joined back.

A PDF-to-Markdown converter writes each entry of a reference list as a bullet with its number
("- <span id="page-9-12"></span>[40] Shaojie Zhang et al. Q-Frame: … for video-LLMs. In"); an entry
that runs over a page break is cut there, its rest made a new bullet after a blank line ("- *Proceedings
of the IEEE/CVF International Conference on Computer Vision (ICCV)*, 2025."; "- Attention for Long
Context LLM Inference. arXiv[:2507.03153](…) <https://arxiv.org/abs/2507.03153>"). Read as written,
the numbered entry lost its venue, or its title's end and its URL, to a bullet without a number.
Data: fixtures/parse-eval en-numbered-pdfmd-videoqa-references.md (entry 40) and
en-acm-pdfmd-kvcache-references.md (entry 16), branch p12-hunt.

The rest is joined to the entry before it only when: that entry is a bullet with a bracketed number
and does not end as an entry ends (a full stop, a closing bracket, a URL: it stops mid-sentence, "In",
"GPU-CPU"); blank lines only stand between them; the bullet has no number of its own; and the next
bullet after it has one (or the list ends there). The bullet's line is left blank, so the lines keep
their numbers.
"""

from __future__ import annotations

from citecheck import lazyre

_NUMBERED_BULLET = lazyre.compile(r"[ \t]{0,3}[-*+][ \t]+(?:<span\b[^>]*></span>)*\[\d{1,4}\][ \t]")
_BULLET = lazyre.compile(r"[ \t]{0,3}[-*+][ \t]+(\S.*)")
_ENDS_AN_ENTRY = lazyre.compile(r"(?:[.)\]>]|https?://\S+)[ \t]*$")


def joined_page_break_items(text: str) -> str:
    """``text`` with each numbered bullet's rest, cut off by a page break into an unnumbered bullet,
    put back at the end of the numbered bullet's line."""
    if "\n\n" not in text or "[" not in text:
        return text
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        if not _NUMBERED_BULLET.match(line) or _ENDS_AN_ENTRY.search(line):
            continue
        rest = index + 1
        while rest < len(lines) and not lines[rest].strip():
            rest += 1
        if rest == index + 1 or rest >= len(lines):
            continue
        bullet = _BULLET.match(lines[rest])
        if bullet is None or _NUMBERED_BULLET.match(lines[rest]):
            continue
        following = rest + 1
        while following < len(lines) and not lines[following].strip():
            following += 1
        if following < len(lines) and not _NUMBERED_BULLET.match(lines[following]):
            continue
        lines[index] = f"{line.rstrip()} {bullet.group(1)}"
        lines[rest] = ""
        changed = True
    return "\n".join(lines) if changed else text
