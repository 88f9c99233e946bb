"""Word's note anchors written as absolute links, made the in-page links they were.

Word exports its footnotes and endnotes to HTML with named anchors, the marker linking to the note
("#_ftn1", "#_edn1") and the note's label back to the marker ("#_ftnref1", "#_ednref1"). A converter
that saves the published page as Markdown resolves those in-page links against the page's address,
so each marker and each note's label reads as a link to a web page: "[\\[1\\]](https://journal.
code4lib.org/articles/#_edn1)" in the text, "[\\[1\\]](https://journal.code4lib.org/articles/#_ednref1)
Black Book Interactive Project homepage: [https://bbip.ku.edu/](…)" under "## References" (a
Code4Lib Journal article), the notes after a WordPress post each opening so (pivotal180.com). Read as
links to pages, the notes were taken for a list of links whose URLs are those back-links, and the
body's markers for more of them (fixtures/parse-eval en-docxnotes-code4lib-bbip-references.md,
en-docxnotes-pivotal180-ohtani-endnotes.md, branch p12-hunt). Written as the fragment alone, they read
as Word's notes do when saved with their relative links.

Only a link whose whole target is an http(s) address ending in one of Word's four anchor names with
its number is rewritten; "…/page#_ftn" without a number, "…/page#fn1" or "…#section-1" are left as
they are.
"""

from __future__ import annotations

from citecheck import lazyre

_WORD_ANCHOR_LINK = lazyre.compile(r"\]\(https?://[^\s()<>]*?(#_(?:ftn|edn)(?:ref)?\d{1,4})\)")


def relative_word_anchors(text: str) -> str:
    """``text`` with each Markdown link to an address ending in a Word note anchor ("…/#_ednref4")
    written as the in-page link ("#_ednref4")."""
    if "#_" not in text:
        return text
    return _WORD_ANCHOR_LINK.sub(r"](\1)", text)
