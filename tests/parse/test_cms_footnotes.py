"""Footnotes as the publishing platforms analyses are written on render them: each platform's marker and
note markup (from its own code or documentation, or pages saved from it in the public-code index,
2026-12-07: Substack's FootnoteAnchorToDOM/FootnoteToDOM, markdown-it's (Ghost), Drupal's footnotes
module, Pandoc, Google Docs' HTML export, kramdown (Jekyll), goldmark (Hugo), GitHub's and
Docusaurus's GFM footnotes, WordPress core's footnotes block and the "footnotes" plugin's tooltip and
reference table, plain "Endnotes" and "[n]" notes), two notes of the seed's style in each. Every
platform must give both notes their title and address and both sentences their marker, with no
error. (Two of the thirteen, Substack's and the plugin's, failed before session 37.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse import parse_bytes

N1 = (
    "Ministry of Transport, “Rail transit through Georgia rose by a third”, "
    '<a href="https://transport.example/2025/rail-transit">https://transport.example/2025/rail-transit</a>, '
    "(Access Date: 14.11.2025)."
)
N2 = (
    'Port Authority, “Cargo volumes in 2025”, <a href="https://port.example/cargo-2025">'
    "https://port.example/cargo-2025</a>, (Access Date: 15.11.2025)."
)
S1 = "Rail transit through Georgia rose by a third in 2025."
S2 = "Cargo volumes at the port reached a record."
FILL = "<p>" + "The corridor carried more freight than in any year before, officials said. " * 6 + "</p>"
# name: (marker of note n, note n with its text, what opens the notes, what closes them)
_SHAPES = {
    "substack": (
        lambda n: (
            f'<a data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-{n}-158324559" href="https://x.substack.com/p/post#footnote-{n}-158324559" target="_self" rel="" class="footnote-anchor">{n}</a>'
        ),
        lambda n, t: (
            f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{n}-158324559" href="https://x.substack.com/p/post#footnote-anchor-{n}-158324559" class="footnote-number" contenteditable="false" target="_self" rel="">{n}</a><div class="footnote-content"><p>{t}</p></div></div>'
        ),
        "",
        "",
    ),
    "ghost-markdownit": (
        lambda n: f'<sup class="footnote-ref"><a href="#fn{n}" id="fnref{n}">[{n}]</a></sup>',
        lambda n, t: (
            f'<li id="fn{n}" class="footnote-item"><p>{t} <a href="#fnref{n}" class="footnote-backref">↩︎</a></p></li>'
        ),
        '<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">',
        "</ol></section>",
    ),
    "drupal-footnotes": (
        lambda n: (
            f'<a class="see-footnote" id="footnoteref{n}_abc" title="note" href="#footnote{n}_abc">{n}</a>'
        ),
        lambda n, t: (
            f'<li class="footnote" id="footnote{n}_abc"><a class="footnote-label" href="#footnoteref{n}_abc">{n}.</a> {t}</li>'
        ),
        '<ul class="footnotes">',
        "</ul>",
    ),
    "pandoc": (
        lambda n: (
            f'<a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref"><sup>{n}</sup></a>'
        ),
        lambda n, t: (
            f'<li id="fn{n}"><p>{t}<a href="#fnref{n}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>'
        ),
        '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>',
        "</ol></section>",
    ),
    "gdocs": (
        lambda n: f'<sup><a href="#ftnt{n}" id="ftnt_ref{n}">[{n}]</a></sup>',
        lambda n, t: (
            f'<div><p class="c3"><a href="#ftnt_ref{n}" id="ftnt{n}">[{n}]</a><span class="c2">&nbsp;{t}</span></p></div>'
        ),
        '<hr class="c5"><div>',
        "</div>",
    ),
    "kramdown": (
        lambda n: (
            f'<sup id="fnref:{n}" role="doc-noteref"><a href="#fn:{n}" class="footnote" rel="footnote">{n}</a></sup>'
        ),
        lambda n, t: (
            f'<li id="fn:{n}" role="doc-endnote"><p>{t} <a href="#fnref:{n}" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li>'
        ),
        '<div class="footnotes" role="doc-endnotes"><ol>',
        "</ol></div>",
    ),
    "hugo-goldmark": (
        lambda n: (
            f'<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" role="doc-noteref">{n}</a></sup>'
        ),
        lambda n, t: (
            f'<li id="fn:{n}"><p>{t}&#160;<a href="#fnref:{n}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>'
        ),
        '<div class="footnotes" role="doc-endnotes"><hr><ol>',
        "</ol></div>",
    ),
    "github-gfm": (
        lambda n: (
            f'<sup><a href="#user-content-fn-{n}" id="user-content-fnref-{n}" data-footnote-ref="true" aria-describedby="footnote-label">{n}</a></sup>'
        ),
        lambda n, t: (
            f'<li id="user-content-fn-{n}"><p>{t} <a href="#user-content-fnref-{n}" data-footnote-backref="" class="data-footnote-backref" aria-label="Back to reference {n}">↩</a></p></li>'
        ),
        '<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol>',
        "</ol></section>",
    ),
    "wp-footnotes-made-easy-table": (
        lambda n: (
            f'<span class="footnote_referrer"><a role="button" tabindex="0" onclick="footnote_moveToReference_1939_88(\'footnote_plugin_reference_1939_88_{n}\');"><sup id="footnote_plugin_tooltip_1939_88_{n}" class="footnote_plugin_tooltip_text">[{n}]</sup></a><span id="footnote_plugin_tooltip_text_1939_88_{n}" class="footnote_tooltip">{"Ministry of Transport" if n == 1 else "Port Authority"}, “{"Rail transit through Georgia rose by a third" if n == 1 else "Cargo volumes in 2025"}”, &nbsp;&#x2026; <span class="footnote_tooltip_continue">Continue reading</span></span></span>'
        ),
        lambda n, t: (
            f'<tr class="footnotes_plugin_reference_row"><th class="footnote_plugin_index_combi pointer"><a id="footnote_plugin_reference_1939_88_{n}" class="footnote_backlink"><span class="footnote_index_arrow">&#8593;</span>{n}</a></th><td class="footnote_plugin_text">{t}</td></tr>'
        ),
        '<div class="speaker-mute footnotes_reference_container"><div class="footnote_container_prepare"><p><span role="button">References</span></p></div><div id="footnote_references_container_1939_88"><table class="footnotes_table footnote-reference-container"><tbody>',
        "</tbody></table></div></div>",
    ),
    "docusaurus-mdx": (
        lambda n: (
            f'<sup><a href="#user-content-fn-{n}-abc" id="user-content-fnref-{n}-abc" data-footnote-ref="true" aria-describedby="footnote-label">{n}</a></sup>'
        ),
        lambda n, t: (
            f'<li id="user-content-fn-{n}-abc"><p>{t} <a href="#user-content-fnref-{n}-abc" data-footnote-backref="" aria-label="Back to reference {n}" class="data-footnote-backref">↩</a></p></li>'
        ),
        '<section data-footnotes="true" class="footnotes"><h2 class="anchor anchorWithStickyNavbar_LWe7 sr-only" id="footnote-label">Footnotes</h2><ol>',
        "</ol></section>",
    ),
    "wordpress-core": (
        lambda n: (
            f'<sup data-fn="u{n}e8-4f" class="fn"><a href="#u{n}e8-4f" id="u{n}e8-4f-link">{n}</a></sup>'
        ),
        lambda n, t: (
            f'<li id="u{n}e8-4f">{t} <a href="#u{n}e8-4f-link" aria-label="Jump to footnote reference {n}">↩︎</a></li>'
        ),
        '<ol class="wp-block-footnotes">',
        "</ol>",
    ),
    "endnotes-sup-only": (
        lambda n: f"<sup>{n}</sup>",
        lambda n, t: f"<p>{n}. {t}</p>",
        "<h2>Endnotes</h2>",
        "",
    ),
    "brackets-text": (lambda n: f"[{n}]", lambda n, t: f"<p>[{n}] {t}</p>", "<h3>Notes</h3>", ""),
}


@pytest.mark.parametrize("platform", sorted(_SHAPES))
def test_every_platform_s_footnotes_are_read(platform: str) -> None:
    marker, note, opening, closing = _SHAPES[platform]
    notes = opening + note(1, N1) + note(2, N2) + closing
    html = (
        f"<html><head><title>Brief</title></head><body><article>{FILL}<p>{S1}{marker(1)} {S2}{marker(2)}</p>"
        f"{notes}</article></body></html>"
    )
    document = parse_bytes(html.encode(), path="page.html", today=dt.date(2026, 12, 7))
    read = {fn.label: fn for fn in document.footnotes}
    assert set(read) == {"1", "2"}
    assert read["1"].url == "https://transport.example/2025/rail-transit"
    assert read["2"].url == "https://port.example/cargo-2025"
    assert read["1"].title == "Rail transit through Georgia rose by a third"
    assert read["2"].title == "Cargo volumes in 2025"
    assert read["1"].access_date == dt.date(2025, 11, 14)
    cited = {c.label: c.claim for c in document.citations}
    assert cited == {"1": S1, "2": S2}
    assert not [f.code for f in document.findings if f.severity == "error"]
