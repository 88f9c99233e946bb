"""An entry's addresses: a Markdown autolink cut at a host broken after its dot is no second address."""

from __future__ import annotations

from citecheck.parse.document import parse_text


def test_a_host_broken_after_its_dot_is_one_address_not_a_second_invalid_one() -> None:
    # PDF text: "https://osrg. github.io/ryu". Markdown's autolink ends at "https://osrg"; the text
    # read on gives the address, and the cut autolink is no second address with an invalid-url error.
    text = "Ryu is used [1].\n\n[1] RYU project team. Ryu SDN framework [EB/OL]. [2018-05-05]. https://osrg. github.io/ryu.\n"
    document = parse_text(text, path="refs.md", fmt="markdown")
    (footnote,) = document.footnotes
    assert footnote.url == "https://osrg.github.io/ryu"
    assert footnote.urls == ["https://osrg.github.io/ryu"]
    assert not [f for f in document.findings if f.code == "invalid-url"]


def test_an_address_cut_with_nothing_to_read_on_is_still_invalid() -> None:
    text = (
        "Ryu is used [1].\n\n[1] RYU project team. Ryu SDN framework. https://osrg. Accessed 3 March 2024.\n"
    )
    document = parse_text(text, path="refs.md", fmt="markdown")
    assert [f.code for f in document.findings if f.code == "invalid-url"] == ["invalid-url"]
