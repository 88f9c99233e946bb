"""A URL written as several adjacent links to the one address, made one link.

A PDF-to-Markdown converter that keeps a PDF's links writes a URL broken at the PDF's line ends as
one link per line piece, each to the whole address, the visible texts the pieces: "URL
[https://arxiv.org/abs/2504.](u) [03821](u).", "[https:](u) [//doi.org/10.1137/24M1636071](u)",
"[https://proceedings.neurips.](u) [cc/paper\\\\_files/paper/2021/file/](u) [49ad…-Paper](u). [pdf](u).",
three pieces glued with the hyphens at the line ends lost ("[https://developer.nvidia.com/blog/
introducing-nvidia-dynamo](u)[a-low-latency-…-for-scaling](u)[reasoning-ai-models](u)"). Read piece by
piece, the entry's address came out as the first piece's text and the next piece after a space
("https://arxiv.org/abs/2504.03821 03821", "…#KongPHZC21 iclr/iclr2021.html#KongPHZC21"): fixtures/
parse-eval en-authordate-pdfmd-waveletdiffusion-references.md (five of twelve entries) and
en-acm-pdfmd-kvcache-references.md (three of twelve), branch p12-hunt; the hunt found the shape in
six more converted papers.

A run is rewritten only when its links point to one http(s) address, stand next to each other (apart
by white space, one line break, or the full stop that is the address's own before its last piece),
the first piece's text starts the address ("http…"), and the pieces' texts put together are the
address (ignoring Markdown escapes, white space and the hyphens a line end took). A title whose words
link to the page over two lines ("[SCROLLS: Standardized … lan-](u)⏎[guage sequences.](u)") is no run.
"""

from __future__ import annotations

from citecheck import lazyre

_LINK = lazyre.compile(r"\[((?:[^\[\]\\\n]|\\.)*)\]\((https?://[^\s()<>]+)\)")
_GAP = lazyre.compile(r"\.?[ \t]*\n?[ \t]*")
_LOOSE = lazyre.compile(r"[\\\s\-]")


def _loose(text: str) -> str:
    return _LOOSE.sub("", text).rstrip(".")


def joined_link_pieces(text: str) -> str:
    """``text`` with each run of adjacent links whose texts spell their one address written as one
    link ("[https:](u) [//doi.org/…](u)" → "[u](u)")."""
    if "](http" not in text:
        return text
    links = list(_LINK.finditer(text))
    if len(links) < 2:
        return text
    out: list[str] = []
    pos = 0
    index = 0
    while index < len(links):
        first = links[index]
        run = [first]
        spelled = first.group(1)
        while index + len(run) < len(links):
            after = links[index + len(run)]
            gap = text[run[-1].end() : after.start()]
            if after.group(2) != first.group(2) or _GAP.fullmatch(gap) is None:
                break
            spelled += gap.strip() + after.group(1)
            run.append(after)
        href = first.group(2)
        if len(run) > 1 and first.group(1).lower().startswith("http") and _loose(spelled) == _loose(href):
            out.append(text[pos : first.start()])
            out.append(f"[{href}]({href})")
            pos = run[-1].end()
        index += len(run)
    out.append(text[pos:])
    return "".join(out)
