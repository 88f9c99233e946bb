"""Notes written in a site generator's or exporter's own syntax (citecheck/parse/site_notes.py): for
each family a case where it is read and a near miss where it must not be."""

from __future__ import annotations

from citecheck.models import Document
from citecheck.parse import parse_bytes


def _parsed(text: str) -> Document:
    return parse_bytes(text.encode(), path="post.md")


def _notes(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Label -> (title, URL) of the numbered or symbol notes (inline links "L1" … left out)."""
    return {fn.label: (fn.title, fn.url) for fn in _parsed(text).footnotes if not fn.label.startswith("L")}


def _cited(text: str) -> list[str]:
    return [c.label for c in _parsed(text).citations if not c.label.startswith("L")]


# ---- Liquid (Octopress) ----

LIQUID = """---
layout: post
title: "A post"
---

The archive engine felt a bit *scary*{% fn_ref 1 %} at that time, and the standard says so{% fn_ref 2 %}.

{% footnotes %}
  {% fn There isn't much on StackOverflow either (https://stackoverflow.com/questions/612428/archive) %}
  {% fn https://www.example.org/standards/jis-x-3017 %}
{% endfootnotes %}
"""


def test_liquid_notes_are_read_with_their_markers() -> None:
    notes = _notes(LIQUID)
    assert notes["1"][1] == "https://stackoverflow.com/questions/612428/archive"
    assert notes["2"][1] == "https://www.example.org/standards/jis-x-3017"
    assert _cited(LIQUID) == ["1", "2"]


def test_liquid_block_without_markers_is_left_alone() -> None:
    # A page documenting the plugin, or a block whose markers were lost: no "{% fn_ref %}", no notes.
    text = LIQUID.replace("{% fn_ref 1 %}", "").replace("{% fn_ref 2 %}", "")
    assert _notes(text) == {}


# ---- Hugo shortcodes ----

HUGO_LIST = """---
title: "Authentication"
---

Authentication comes from *authentes*, "the perpetrator of an act."{{< footref 1 "" >}} The term
{{< footref 2 "multi-factor authentication" >}} is likely familiar to you.

## Credit, Reference, Related

1. {{< footnote 1 "Authentic | Definition of Authentic from Merriam-Webster" "https://www.merriam-webster.com/dictionary/authentic" >}}

1. {{< footnote 2 "Wikipedia: Multi-factor authentication" "https://en.wikipedia.org/wiki/Multi-factor_authentication" >}}
"""

HUGO_ITEMS = """Developers spend **70% of their time**{{< footnote 1 >}} on comprehension.

{{< footnotelist >}}
{{< footnoteitem 1 "Comprehension Effort and Programming Activities (2018)" "https://example.org/msr18.pdf" >}}
{{< /footnotelist >}}
"""

HUGO_PAIRED = """I asked on the way out the door {{< ref "1" >}}, as in the [earlier post]({{< ref "posts/hello.md" >}}).

{{< footnote "1" >}}
Doctors call these "doorknob questions."
{{< /footnote >}}
"""


def test_hugo_note_shortcodes_are_read_as_notes() -> None:
    notes = _notes(HUGO_LIST)
    assert notes["1"] == (
        "Authentic | Definition of Authentic from Merriam-Webster",
        "https://www.merriam-webster.com/dictionary/authentic",
    )
    assert notes["2"][1] == "https://en.wikipedia.org/wiki/Multi-factor_authentication"
    assert _cited(HUGO_LIST) == ["1", "2"]
    items = _notes(HUGO_ITEMS)
    assert items["1"] == (
        "Comprehension Effort and Programming Activities (2018)",
        "https://example.org/msr18.pdf",
    )
    assert _cited(HUGO_ITEMS) == ["1"]
    paired = _notes(HUGO_PAIRED)
    assert set(paired) == {"1"} and paired["1"][1] is None
    assert _cited(HUGO_PAIRED) == ["1"]


HUGO_INLINE = """In 1895, Haldane proposed bringing canaries into mines to detect carbon monoxide
{{< footnote "1" "Haldane J. The Action of Carbonic Oxide on Man. The Journal of Physiology. 1895." >}}.
Abduction chooses the best explanation{{< footnote "The exact definition is debated." >}}.

{{< footnote_list >}}
"""


def test_hugo_notes_written_where_they_are_cited() -> None:
    parsed = _parsed(HUGO_INLINE)
    raws = {fn.label: fn.raw for fn in parsed.footnotes}
    assert raws["1"].startswith("Haldane J. The Action of Carbonic Oxide on Man")
    assert raws["2"] == "The exact definition is debated."
    assert _cited(HUGO_INLINE) == ["1", "2"]


def test_hugo_page_links_and_unnumbered_shortcodes_are_no_notes() -> None:
    # Hugo's own "{{< ref "posts/x.md" >}}" is a page link; a numbered "ref" whose note does not exist,
    # and a theme's unnumbered "{{< footnote >}}…{{< /footnote >}}" (small print), are no notes.
    text = 'See the [post]({{< ref "posts/hello.md" >}}) and step {{< ref "2" >}}.\n\n{{< footnote >}} Some small print {{< /footnote >}}\n'
    assert _notes(text) == {}
    assert _cited(text) == []


# ---- footnote lists kept from a rendered page ----

BACKLINKS = """The API reads the README[1](#fn-177-1), then decodes it with `atob()`.[2](#fn-177-2)

* * *

2. [Get the README](https://developer.github.com/v3/repos/contents/#get-the-readme) [↩](#fnref-177-1)

4. [Base64 encoding and decoding](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Base64) [↩](#fnref-177-2)
"""


def test_exported_footnote_list_is_read_by_its_back_links() -> None:
    # The converter numbered the list 2, 4; the markers and back links say 1, 2.
    notes = _notes(BACKLINKS)
    assert notes == {
        "1": ("Get the README", "https://developer.github.com/v3/repos/contents/#get-the-readme"),
        "2": (
            "Base64 encoding and decoding",
            "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Base64",
        ),
    }
    assert _cited(BACKLINKS) == ["1", "2"]


def test_list_without_back_links_stays_a_list() -> None:
    text = BACKLINKS.replace(" [↩](#fnref-177-1)", "").replace(" [↩](#fnref-177-2)", "")
    assert _notes(text) == {}
    # One item with a back link nobody links to is no notes list either.
    single = "Intro.\n\n1. [A page](https://example.org/a) [↩](#fnref:1)\n"
    assert _notes(single) == {}


# ---- notes opened by an HTML anchor ----

ANCHORS = """It's not really about proofs[¹](#fn1), it's a composition tool, and we should strive for[²](#fn2).

- - -

<a name="fn1"></a>
¹: type systems are primarily about formal proofs.

<a name="fn2"></a>
²: [Quasi-literals](http://wiki.ecmascript.org/doku.php?id=harmony:quasis) in Harmony are supposed to fix this.
"""


def test_anchor_notes_are_read_behind_their_numbers() -> None:
    notes = _notes(ANCHORS)
    assert set(notes) == {"1", "2"}
    assert notes["2"][1] == "http://wiki.ecmascript.org/doku.php?id=harmony:quasis"
    assert _cited(ANCHORS) == ["1", "2"]


def test_anchors_nobody_links_to_are_no_notes() -> None:
    # A glossary's anchors ("1. **Gadget**: <a id="fn1"></a>") that no marker links to.
    text = ANCHORS.replace("[¹](#fn1)", "").replace("[²](#fn2)", "")
    assert _notes(text) == {}


# ---- asterisk notes ----

ASTERISK = """| Build | Bytes |
| --- | ---: |
| NetWasm Release | 89,550 |
| TinyGo 0.39.0 Hello World* | 110,084 |

\\* Source: [RIoT Secure, October 2025](https://www.riotsecure.com/blog/wasm_binary_size),
using `-target=wasi`.
"""


def test_asterisk_note_under_a_table_is_read() -> None:
    notes = _notes(ASTERISK)
    assert set(notes) == {"*"}
    assert notes["*"][1] == "https://www.riotsecure.com/blog/wasm_binary_size"


def test_asterisk_remarks_and_emphasis_are_no_notes() -> None:
    # A remark that cites nothing (this repository's parse-eval README) is left a paragraph.
    remark = ASTERISK.replace(
        "\\* Source: [RIoT Secure, October 2025](https://www.riotsecure.com/blog/wasm_binary_size),",
        "\\* One document's truth was corrected after the first read,",
    )
    assert _notes(remark) == {}
    # No word carries the mark: "**bold**" closes an emphasis, it marks nothing.
    unmarked = ASTERISK.replace("Hello World*", "**Hello World**")
    assert _notes(unmarked) == {}


def test_markdown_notes_of_its_own_keep_every_family_out() -> None:
    text = LIQUID + "\nA claim.[^a]\n\n[^a]: A note of its own.\n"
    assert set(_notes(text)) == {"a"}


# ---- what a note's links and lead words name (citecheck/parse/entries.py, markdown.py) ----


def _note(text: str) -> tuple[str | None, str | None]:
    return _notes(f"A claim.[^1]\n\n[^1]: {text}\n")["1"]


def test_bracketed_key_link_is_a_link_and_names_no_work() -> None:
    # "[[Dea07]](…)": CommonMark's link with a bracketed text, not a wiki link and "(…)" after it.
    title, url = _note(
        "Jeff Dean's lecture is a great resource [[Dea07]](https://sre.google/sre-book/bibliography/#Dea07)."
    )
    assert url == "https://sre.google/sre-book/bibliography/#Dea07"
    assert title not in ("Dea07", "[Dea07]")
    # An Obsidian wiki link stays one: its name is shown, no address.
    assert _note("See [[Working notes on SRE]] for the details.")[1] is None
    # A link whose text only starts like a key keeps it as the title.
    assert _note("[Dea07 lecture notes on distributed systems](https://example.org/dea07)")[0] == (
        "Dea07 lecture notes on distributed systems"
    )


def test_possessive_name_link_gives_way_to_the_work_linked_after_it() -> None:
    text = (
        "See the section in [John Allspaw's](https://twitter.com/allspaw) presentation "
        "[People Are The Adaptable Element of Complex Systems](https://example.org/las2019.pdf) From Lean Agile Scotland."
    )
    assert _note(text) == (
        "People Are The Adaptable Element of Complex Systems",
        "https://example.org/las2019.pdf",
    )
    # A title ending in "'s" with no other link is the work's own.
    assert _note("[Schindler's List](https://example.org/film)")[0] == "Schindler's List"


def test_words_saying_what_an_address_holds_are_no_title() -> None:
    assert (
        _note(
            "More details available at [https://selenium.dev/](https://www.selenium.dev/documentation/en/)"
        )[0]
        is None
    )
    assert _note("Source code available at https://github.com/example/tool")[0] is None
    assert _note("OpenAI Gym, available at https://github.com/openai/gym")[0] == "OpenAI Gym"


def test_a_date_alone_is_no_title() -> None:
    assert _note("Source: [RIoT Secure, October 2025](https://www.riotsecure.com/blog/wasm)")[0] is None
    assert (
        _note("[October 2025 Update: new pricing](https://example.org/update)")[0]
        == "October 2025 Update: new pricing"
    )


def test_syntax_shown_as_code_is_no_note() -> None:
    # A README documenting the syntaxes: in code spans and fenced blocks they are examples.
    text = (
        "Use `{% fn_ref 1 %}` in the text and `{% footnotes %}{% fn A note. %}{% endfootnotes %}` below; a theme's\n"
        'shortcode (`{{< footnote 1 "Title" "URL" >}}` in a list) works too.\n\n'
        '```markdown\nA claim{{< footref 1 "" >}}.\n\n1. {{< footnote 1 "Title" "https://example.org/a" >}}\n```\n\n'
        "Back links look like `1. Text [↩](#fnref:1)` and markers like `[1](#fn:1)`.\n"
    )
    assert _notes(text) == {}
    assert _cited(text) == []
