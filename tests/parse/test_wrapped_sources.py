"""Hard-wrapped sources (branch p10-wrap): a reference list whose lines a README's editor or a PDF's
text cut at 60-100 columns must read as it does unwrapped.

Measured by benchmarks/parse_wrap.py (the parse eval's Markdown documents, 690, wrapped at 80
columns as a careful editor wraps them): see its docstring for the figures. Each rule below is
tested with a near miss on which it must not fire. Names and URLs are invented.

1. markdown._wrapped_breaks: in a paragraph (not a list item), a line end is a space where the line
   was evidently wrapped there (the next word would not have fitted within the paragraph's wrap
   width) and the text runs on (the paragraph is wrapped whole, every line filled; the next line
   opens in lower case or on a digit, on a bracket after a word, or on an address where the entry
   has none yet; or the line ends on a comma, a colon, an access label, inside a bracket or an
   emphasis). A list one entry a line, a list of bare addresses, table rows, a list item of fewer
   than four lines and a record's field item keep their lines. document._joined_lines gives the readers of source lines the same lines joined.
2. (p10-wrap2) markdown._soft_breaks: Markdown's hard breaks ("  ", "\\") at two line ends at least
   make the other line ends spaces, but after a link or an address; markdown._linked_breaks: a line
   end inside a link's text is a space in a short list item too; markdown._item_continues: a line
   indented under a list item opening a line above it goes on with it (a year "(2022)." opening
   it too); markdown._document_width: a paragraph of short lines and address-long ones takes the
   document's wrap width; markdown._LINK_CLOSED: a link closed on its line ("](…),") leaves no
   address cut; markdown._LABEL_ALONE: a label alone on its line ("(4)") is no piece of an address;
   markdown._short_item_breaks: an item of two or three lines goes on before a word in lower case
   that did not fit, and to its first address after a colon; a quotation's "> " markers are no
   blank line; a line opening on an access label goes on with its entry.
3. regions._sentence_stops: a stop before a word in lower case ("2. ed. revisada") ends no sentence,
   so an ABNT entry read as one line is not taken for prose.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import markdown, parse_text
from citecheck.parse.regions import _sentence_stops


def _notes(text: str) -> list[tuple[str, str | None, str | None, dt.date | None]]:
    parsed = parse_text(text, fmt="markdown", today=dt.date(2026, 12, 1))
    return [(fn.label, fn.title, fn.url, fn.access_date) for fn in parsed.footnotes if fn.kind != "inline"]


def _soft(text: str) -> list[str]:
    """The paragraphs' texts as the reader reads them."""
    return [block.text for block in markdown.read_markdown(text).blocks if block.kind == "paragraph"]


WRAPPED_APA = (
    "# Notes\n\nA claim.\n\nReferences\n----------\n\n"
    "Are the Harbour Cranes Making the Port Relevant Again? (n.d.). Retrieved\n"
    "from <https://cranes.example/articles/are-the-harbour-cranes-making-the-port-relevant>\n\n"
    "Imgur, Offensive Plus Minus vs Defensive Plus Minus, accessed March\n"
    "9th, 2019. <https://img.example/JJKILc7.png>\n\n"
    "Schuhmann, J. (2017, December 14). One Team, One Stat -- Golden State Warriors'\n"
    "shooting the best in NBA history ... again. Retrieved from\n"
    "<https://nba.example/2Vv1t2u>\n"
)


def test_a_wrapped_entry_runs_on_over_its_line_ends() -> None:
    notes = _notes(WRAPPED_APA)
    assert [(label, url) for label, _, url, _ in notes] == [
        ("1", "https://cranes.example/articles/are-the-harbour-cranes-making-the-port-relevant"),
        ("2", "https://img.example/JJKILc7.png"),
        ("3", "https://nba.example/2Vv1t2u"),
    ]
    assert notes[1][3] == dt.date(2019, 3, 9)
    assert (
        notes[2][1]
        == "One Team, One Stat -- Golden State Warriors' shooting the best in NBA history ... again"
    )


def test_a_list_one_entry_a_line_keeps_its_lines() -> None:
    # Near miss: every line opens on a capital after a line that closes (an entry a line, no blank
    # line between, as a reference list is often written): no line end is soft.
    text = (
        "Home. (n.d.). Retrieved from https://www.ssh.example/ssh/scp/\n"
        "Data Migration and File Server Migration Software. (n.d.). Retrieved from https://q.example/scp/\n"
        "Pai, A. (n.d.). Using secure shell (SSH) for login and secure copy (SCP). Retrieved from https://h.example/ssh/\n"
        "(n.d.). Retrieved from https://www.hypexr.example/linux_scp_help.php\n"
        "Srikanta, A. (2016, July 02). What is Secure Copy (SCP)? Retrieved from https://qnaplus.example/scp/\n"
    )
    (block,) = _soft(text)
    assert block.count("\n") == 4


def test_a_wrapped_line_before_an_address_runs_on_but_a_bare_url_list_does_not() -> None:
    wrapped = (
        "Canonical Ltd., ``Ubuntu Server Guide,'' 2024. [online]. Available: some more words here ok\n"
        "https://help.ubuntu.example. [Accessed: 2026].\n"
    )
    assert _soft(wrapped)[0].count("\n") == 0
    # Near miss: addresses one a line, the line above already giving one.
    bare = (
        "https://www.example.org/securiser-application-spring-boot-spring-security-and-more/\n"
        "https://www.youtube.example/watch?v=her_7pa0vrg&ab_channel=Amigoscode\n"
    )
    assert _soft(bare)[0].count("\n") == 1


def test_a_word_or_an_address_cut_at_the_margin_is_not_given_a_space() -> None:
    # A PDF's text cuts a word at its hyphen and an address anywhere: the line end stays, for the
    # readers that join them without a space (urls.unwrap_urls).
    text = (
        "Surname, A. A probabilistic approach for vision- and sound-based fire detection in vision-\n"
        "based videos. 2020. https://stackoverflow.example/questions/62892376/access-control-allow-no\n"
        "t-allowed-error-but-if-omitted-then-is-expect/\n"
    )
    assert _soft(text)[0].count("\n") == 2


def test_a_list_item_of_three_lines_keeps_its_line_ends() -> None:
    # Near miss: a list item opens its entry by its marker; an item of two or three lines is left as
    # the item reader reads it (a "Publisher, Series "Title⏎(…)", date:⏎https://…" item).
    text = (
        "- Deutsche Bundesbank, Statistische Fachreihe, Jahresabschlussstatistik, and the\n"
        "  Angaben, Dezember 2025 (data 1997-2024) of the same and of another series with\n"
        "  https://www.bundesbank.example/resource/blob/827826/1-0-jahresabschlussstatistik.pdf\n"
    )
    assert _soft(text)[0].count("\n") == 2


RUN_IN_ITEM = (
    "1. Neural Network-Based Algorithmic Trading Systems: Multi-Timeframe Analysis\n"
    "   and High-Frequency Execution in Cryptocurrency Markets - arXiv,\n"
    "   https://arxiv.example/html/2508.02356 2. Multi-Timeframe Feature Engineering for\n"
    "   Bitcoin Market Prediction: A Price-Level-Agnostic Machine Learning Approach -\n"
    "   Preprints.org, https://www.preprints.example/manuscript/202603.0994 3. A\n"
    "   multi-agent deep reinforcement learning framework using multiple timeframe\n"
    "   data for algorithmic trading - UPCommons, https://upcommons.example/download\n"
)


def test_a_list_item_of_four_lines_and_more_is_read_as_a_paragraph() -> None:
    # A "Works cited" run into one numbered item, wrapped at 80 columns: the item is running text.
    (block,) = _soft(RUN_IN_ITEM)
    assert "\n" not in block


def test_a_records_field_item_keeps_its_line_ends() -> None:
    # Near miss: "- **Kaynak:** …" gives one field of a record (heldback-20's source register).
    text = (
        "- **Kaynak:** OGM, Tablo 1.6 / 1.3 — orman alanı, serveti ve cari artımının ve daha\n"
        "  il düzeyinde dağılımı, 2024. Yangın yoğunluk indeksi (yanan alan / toplam orman\n"
        "  orman alanı) hesaplamak için referans ve daha fazla bilgi için kaynaklara bak\n"
        "  sayfa 12 ve devamı.\n"
    )
    assert _soft(text)[0].count("\n") == 3


def test_an_open_bracket_or_an_access_label_runs_on_to_a_capital() -> None:
    text = (
        "Liss, Jo. *CSS Preprocessor Benchmark.* 27. Januar 2014. (Zugriff am 30.\n"
        "August 2014).\n\n"
        'Pew Research Center. 2015. "Social Networking Fact Sheet, the long one." Accessed\n'
        "March 11, 2015.\n"
    )
    first, second = _soft(text)
    assert "\n" not in first and "\n" not in second
    # Near miss: a line that closes (its brackets shut, no label left open) before a capital.
    closed = "Liss, Jo. *CSS Preprocessor Benchmark.* 27. Januar 2014. (Zugriff am 30.08.2014).\nAugust, Kim. Title.\n"
    assert _soft(closed)[0].count("\n") == 1


def test_a_short_paragraph_is_no_wrapped_one() -> None:
    # Near miss: lines under 60 columns (a poem, an address block) were broken by hand.
    assert _soft("Some words here\nand more words\n")[0].count("\n") == 1


def test_a_stop_before_lower_case_ends_no_sentence() -> None:
    assert (
        _sentence_stops(
            "SANTO, E. E. Formação Básica. Material Didático. 2. ed. revisada e ampliada. Salvador"
        )
        == 3
    )
    # Near miss: stops before capitals are sentences.
    assert _sentence_stops("The data were revised. They show more. Another one. Yes") == 3


def test_an_abnt_entry_wrapped_in_the_source_is_an_entry() -> None:
    text = (
        "# Referências\n\n"
        "SANTO, E. E. Ensinar e aprender na Educação a Distância: um estudo\n"
        "exploratório. **Research, Society and Development,** Itabira, v. 3, n. 2, dez. 2016. Disponível\n"
        "em: https://goo.example/cQqdCw. Acesso em 30 jul. 2017.\n\n"
        "SANTO, E. E. **Formação Básica em EaD**: Texto 1. Material Didático. 2.\n"
        "ed. revisada e ampliada. Curso Aberto de Extensão Formação Básica em\n"
        "EaD. Universidade do Estado da Bahia, Unidade Acadêmica de Educação a\n"
        "Distância. Salvador: UNEB, 2017.\n"
    )
    titles = [title for _, title, _, _ in _notes(text)]
    assert titles[-1] is not None and titles[-1].startswith("Formação Básica em EaD")


RUN_IN = (
    "By following the principles and code examples detailed in this guide, from data\n"
    "acquisition to colour compositing, researchers can turn raw data into images. Works\n"
    "cited 1. 2.2 FITS File Format - STScI, accessed October 23, 2025,\n"
    "https://www.stsci.example/hst/wfpc2/Wfpc2_dhb/intro_ch23.html 2. Flexible Image\n"
    "Transport System (FITS), Version 3.0 - The Library of Congress, accessed October\n"
    "23, 2025, https://www.loc.example/preservation/digital/formats/fdd/fdd000317.shtml\n"
    "3. Photo Album :: Open FITS & 3-Color Composite Images - Chandra X-ray Observatory,\n"
    "accessed October 23, 2025, https://chandra.example/photo/openFITS/overview.html\n"
)


def test_a_paragraph_wrapped_whole_is_read_as_one_line() -> None:
    # A "Works cited" run into the last paragraph, the paragraph wrapped at 80 columns: its line
    # ends are spaces (but where a line opens on a label: "3. Photo Album", as written).
    (block,) = _soft(RUN_IN)
    assert block.count("\n") == 1
    assert block.split("\n")[1].startswith("3. Photo Album")


def test_a_bare_url_list_is_no_paragraph_wrapped_whole() -> None:
    # Near miss: addresses one a line fill their lines too, but an address after an address opens
    # an entry.
    text = "".join(
        f"https://www.example{n}.org/a/long/path/to/the/page/number/{n}/index.html\n" for n in range(4)
    )
    (block,) = _soft(text)
    assert block.count("\n") == 3


def test_a_bracket_after_a_word_runs_on_but_not_after_an_address() -> None:
    text = (
        "Data Insight. Российский рынок онлайн-торговли 2023. Статистика и тренды\n"
        "[Электронный ресурс] // Data Insight. — 2024. — URL:\n"
        "https://datainsight.example/eCommerce_2023 (дата обращения: 03.12.2024)\n"
    )
    assert _soft(text)[0].count("\n") == 0
    # Near miss: "(n.d.)" after a line that ends on its address opens the next entry.
    listed = (
        "Pai, A. (n.d.). Using secure shell (SSH) for login and secure copy. https://h.example/ssh/\n"
        "(n.d.). Retrieved from https://www.hypexr.example/linux_scp_help.php\n"
    )
    assert _soft(listed)[0].count("\n") == 1


def test_a_word_kept_off_a_line_start_moves_down_with_the_word_before_it() -> None:
    unit = "https://chandra.example/photo/overview.html 4."
    assert markdown._first_unit(f"{unit} Overview") == len(unit)
    assert markdown._first_unit("Overview of the format") == len("Overview")


NUMBER_LIST = (
    "## Източници\n"
    "\n"
    'NUMBER. <a name="ref-website-wasm"></a>Уебсайт на *WebAssembly*,\n'
    "https://webassembly.example/, последно посетен на 2017-01-12.\n"
    'NUMBER. <a name="ref-website-wasm-cg"></a>Уебсайт на *WebAssembly Community\n'
    "Group*, https://w3.example/community/webassembly/, последно посетен на\n"
    "2017-01-12.\n"
    'NUMBER. <a name="ref-wp-stack-machine"></a>Wikipedia, *Stack machine*,\n'
    "https://wikipedia.example/wiki/Stack_machine, последно посетен на 2017-01-12.\n"
    'NUMBER. <a name="ref-wp-sandbox"></a>Wikipedia, *Sandbox*,\n'
    "https://wikipedia.example/wiki/Sandbox_(computer_security), последно посетен на\n"
    "2017-01-12.\n"
    'NUMBER. <a name="ref-wp-same-origin"></a>Wikipedia, *Same-origin policy*,\n'
    "https://wikipedia.example/wiki/Same-origin_policy, последно посетен на\n"
    "2017-01-12.\n"
    'NUMBER. <a name="ref-wp-mvp"></a>Wikipedia, *Minimum viable product*,\n'
    "https://wikipedia.example/wiki/Minimum_viable_product, последно посетен на\n"
    "2017-01-12.\n"
    'NUMBER. <a name="ref-wp-asmjs"></a>Wikipedia, *`asm.js`*,\n'
    "https://wikipedia.example/wiki/Asm.js, последно посетен на 2017-01-12.\n"
    'NUMBER. <a name="ref-paralleljs"></a>Mozilla JavaScript Blog, *The Path to\n'
    "Parallel JavaScript*,\n"
    "https://mozilla.example/javascript/2015/02/26/the-path-to-parallel-javascript/,\n"
    "последно посетен на 2017-01-12.\n"
    'NUMBER. <a name="ref-blinkdev-shbuf"></a>*blink-dev* forum of the `chromium.org`\n'
    "Google Group, *Intent to Implement: Shared Array Buffers*,\n"
    "https://google.example/a/chromium.org/forum/#!topic/blink-dev/d-0ibJwCS24,\n"
    "последно посетен на 2017-01-12.\n"
    'NUMBER. <a name="ref-simdjs"></a>Mozilla Hacks - the Web developer blog,\n'
    "*Introducing SIMD.js*, https://mozilla.example/2014/10/introducing-simd-js/,\n"
    "последно посетен на 2017-01-12.\n"
    'NUMBER. <a name="ref-blinkdev-simdjs"></a>*blink-dev* forum of the\n'
    "`chromium.org` Google Group, *Intent to Implement: SIMD.js*,\n"
    "https://google.example/a/chromium.org/forum/#!topic/blink-dev/2PIOEJG_aYY,\n"
    "последно посетен на 2017-01-12.\n"
    'NUMBER. <a name="ref-streams-api"></a>*W3C* Working Group Note, *Streams API*,\n'
    "https://w3.example/TR/streams-api/, последно посетен на 2017-01-12.\n"
)


def test_the_readers_of_source_lines_see_a_wrapped_entry_as_one_line() -> None:
    # Entries one a line, no label the list finder knows ("NUMBER." left by a converter), each
    # wrapped at 80 columns (heldback-31's Bulgarian list, wrapped by benchmarks/parse_wrap.py): the
    # generic list reader reads the source's lines, joined where the Markdown reader read the line
    # ends as spaces (document._joined_lines).
    notes = _notes(NUMBER_LIST)
    assert [url for _, _, url, _ in notes][:4] == [
        "https://webassembly.example/",
        "https://w3.example/community/webassembly/",
        "https://wikipedia.example/wiki/Stack_machine",
        "https://wikipedia.example/wiki/Sandbox_(computer_security)",
    ]
    assert len(notes) == 12
    assert all(accessed == dt.date(2017, 1, 12) for _, _, _, accessed in notes)


def test_joined_lines_keep_where_each_starts() -> None:
    from citecheck.parse.document import _joined_lines

    text = "a b\nc d\ne\n"
    assert _joined_lines(text, frozenset({3})) == (["a b c d", "e", ""], [(1, 1), (3, 1), (4, 1)])


def test_a_list_one_entry_a_line_of_like_lengths_is_no_paragraph_wrapped_whole() -> None:
    # Near miss of the whole-paragraph reading: an ABNT list whose lines are about as long as the
    # longest, each closing on its access date after its address (heldback-16's shape).
    text = "".join(
        f"Sistema {name}. Disponível em: <https://{name}.example/docs/page>. Último acesso em: 1{n}/04/2021.\n"
        for n, name in enumerate(("Alpha", "Betax", "Gamma", "Delta"))
    )
    (block,) = _soft(text)
    assert block.count("\n") == 3


def test_table_rows_are_never_joined() -> None:
    # Near miss: rows of a table written without its delimiter row, each filled to the width.
    text = "".join(
        f"| N{n} | **ok** | Source number {n} of the register, a long cell of words and more words |\n"
        for n in range(1, 5)
    )
    (block,) = _soft(text)
    assert block.count("\n") == 3


def test_a_line_end_inside_a_links_text_is_a_space() -> None:
    text = (
        "▶ [Quelle: Financial Times über den\n"
        "Deal](https://www.ft.example/content/fbcfa3b5-3422-412f-8888-cb13111b2099)  \n"
        "▶ [Hintergrund: Wikipedia zum\n"
        "Abkommen](https://en.wikipedia.example/wiki/Peace_agreement)\n"
    )
    (block,) = _soft(text)
    assert block.count("\n") == 1
    # Near miss: a "[" closed on its own line (a bracketed gloss) is no open link.
    closed = "Title of the work [Electronic resource] and more\nhttps://a.example/x](y) text\n"
    assert _soft(closed)[0].count("\n") == 1


def test_a_line_ending_on_an_article_runs_on_to_a_capital() -> None:
    text = (
        "Mitra, R., & Nadareishvili, I. (2020). Microservices: up and running: A\n"
        "Step-By-Step Guide to Building a Microservice Architecture. O’Reilly Media.\n"
    )
    assert _soft(text)[0].count("\n") == 0
    # Near miss: a line that ends on a word that may end an entry ("Media.") before a capital.
    listed = (
        "Mitra, R., & Nadareishvili, I. (2020). Microservices: up and running. O’Reilly Media\n"
        "Step, A. (2021). A Step-By-Step Guide to Building a Microservice Architecture.\n"
    )
    assert _soft(listed)[0].count("\n") == 1


GOST_WRAPPED = (
    "Data Insight. Российский рынок онлайн-торговли 2023. Статистика и тренды\n"
    "[Электронный ресурс] // Data Insight. — 2024. — URL:\n"
    "https://datainsight.example/eCommerce_2023 (дата обращения: 03.12.2024)\n"
    "Eliiyi U., Eliiyi D. T. Applications of Bin Packing Models Through The Supply\n"
    "Chain // International Journal of Business and Management. – 2009. – Vol. 1,\n"
    "No. 1. – P. 11-19. (дата обращения: 09.12.2024)\n"
    "Kumaraswamy S., Nair M. K. Bin packing algorithms for virtual machine placement\n"
    "in cloud computing: a review // International Journal of Electrical and Computer\n"
    "Engineering. – 2019. – Vol. 9, No. 1. – P. 512-524. (дата обращения: 15.12.2024)\n"
    "Dyckhoff H. A typology of cutting and packing problems // European Journal of\n"
    "Operational Research. – 1990. – Vol. 44. (дата обращения: 16.12.2024)\n"
)


def test_entries_closing_on_their_access_date_run_on_until_they_close() -> None:
    (block,) = _soft(GOST_WRAPPED)
    lines = block.split("\n")
    assert len(lines) == 4
    assert all(line.endswith(")") for line in lines)


def test_a_list_closing_on_access_dates_keeps_its_closed_lines() -> None:
    # Near miss: fewer than three lines close on an access date: no list of such entries is seen.
    text = (
        "Eliiyi U., Eliiyi D. T. Applications of Bin Packing Models Through The Supply\n"
        "Chain // International Journal of Business and Management. (дата обращения: 09.12.2024)\n"
    )
    assert _soft(text)[0].count("\n") == 1
    assert markdown._closes_on_access_date("… P. 11-19. (дата обращения: 09.12.2024)")
    assert not markdown._closes_on_access_date("Smith, J. Title of the work (2019)")


# Branch p10-wrap2: Markdown's hard breaks, links in short items, an outliner's nested items.

HARD_BROKEN = (
    "Notes  \n"
    "1\\. Harbour Cranes Conference \\- Port City, November 2025 | Harbour Council,\n"
    "[https://cranes.example/conf](https://cranes.example/conf)  \n"
    "2\\. Tide Tables for the Northern Estuary and Their Revision in the Light of\n"
    "New Surveys, [https://tides.example/revision](https://tides.example/revision)  \n"
)


def test_a_paragraph_of_hard_breaks_reads_its_other_line_ends_as_spaces() -> None:
    (block,) = _soft(HARD_BROKEN)
    lines = block.split("\n")
    assert len(lines) == 3
    assert lines[1].rstrip().endswith("Harbour Council, https://cranes.example/conf")
    assert lines[2].startswith("2. Tide Tables") and "Light of New Surveys" in lines[2]


def test_a_single_trailing_double_space_changes_nothing() -> None:
    # Near miss: one line only ends on a hard break (left by accident): the lines are read as before.
    text = (
        "1. Harbour Cranes Conference - Port City, November 2025 | Harbour Council  \n"
        "2. Tide Tables for the Northern Estuary and Their Revision in the Light of\n"
        "3. New Surveys of the Estuary, https://tides.example/revision\n"
    )
    assert markdown._soft_breaks(text, [(0, 73), (76, 150), (151, len(text) - 1)]) == set()


SHORT_LINKED_ITEMS = (
    "## References\n\n"
    "1. NASA. [Harbour Systems Engineering Handbook, Revision\n"
    "   2](https://nasa.example/handbook.pdf). 2016.\n"
    "2. NASA. [Fundamentals of Systems\n"
    "   Engineering](https://nasa.example/fundamentals/).\n"
    "   Erişim: 17 Temmuz 2026.\n"
)


def test_a_line_end_inside_a_links_text_is_a_space_in_a_short_item() -> None:
    notes = _notes(SHORT_LINKED_ITEMS)
    assert [title for _, title, _, _ in notes] == [
        "Harbour Systems Engineering Handbook, Revision 2",
        "Fundamentals of Systems Engineering",
    ]


def test_a_short_item_keeps_its_other_line_ends() -> None:
    # Near miss: a two-line item whose line does not end inside a link's text keeps its line end.
    (block,) = _soft(
        '- Port Authority, Series "Harbour Cranes\n  (revised)", 2019:\n  https://port.example/x\n'
    )
    assert block.count("\n") == 2


OUTLINE = (
    "- ### Content\n"
    "  - ## Research & Literature\n"
    '    - 1. Gorman, R., Binet, R., & Katz, C. (2024). "Automated Harbours: A Legal\n'
    '      and Empirical Analysis of the Port Services Act Transparency Database."\n'
    "      *arXiv:2404.00001*. https://arxiv.example/pdf/2404.00001\n"
    "    - 2. Harvey, T., Gabor, S., Palmer, H., Sapir, M., Ray, D., & Kamen, E.\n"
    '      (2022). "TideGen: A Large-Scale Machine-Generated Dataset for Implicit\n'
    '      Tide Detection." *ACL 2022*. https://arxiv.example/abs/2203.00002\n'
    '    - 3. Yin, D., Xu, Z., Hong, L., & Davis, B. D. (2009). "Detection of Cranes\n'
    '      on Web 2.0." *Proceedings of the Content Analysis Workshop*.\n'
)


def test_an_outliners_nested_item_runs_on_over_its_indented_lines() -> None:
    (block,) = [text for text in _soft(OUTLINE) if "Gorman" in text]
    lines = block.split("\n")
    assert len(lines) == 3
    assert 'Transparency Database." arXiv:2404.00001. https://arxiv.example/pdf/2404.00001' in " ".join(
        lines[0].split()
    )
    assert " ".join(lines[1].split()).startswith(
        "- 2. Harvey, T., Gabor, S., Palmer, H., Sapir, M., Ray, D., & Kamen, E. (2022)."
    )


def test_a_line_not_indented_to_the_items_text_is_no_continuation() -> None:
    # Near miss: the next line is indented less than the item's content column (a list of its own,
    # one entry a line, under the item): no continuation; a record's field line neither.
    text = "    - 1. Gorman, R. (2024). Automated Harbours: A Legal and Empirical Analysis\n  Database Reports 2024.\n"
    assert not markdown._item_continues(text, 4, text.index("Database"))
    text = "    - 1. Gorman, R. (2024). Automated Harbours: A Legal and Empirical Analysis\n      **URL:** https://x.example\n"
    assert not markdown._item_continues(text, 4, text.index("**URL"))
    text = "    - 1. Gorman, R. (2024). Automated Harbours: A Legal and Empirical Analysis\n      Database Reports 2024.\n"
    assert markdown._item_continues(text, 4, text.index("Database"))


def test_a_link_list_of_hard_breaks_keeps_a_line_closing_on_its_link() -> None:
    # Near miss: a link list one a line, most lines ending on a hard break, one not: the line that
    # closes on its link still ends its entry.
    text = (
        "[Harbour data](https://harbour.example)  \n"
        "[Tide tables](https://tides.example/)\n"
        "[Crane registry](https://cranes.example/registry)  \n"
        "[Port wiki](https://wiki.port.example)  \n"
    )
    (block,) = _soft(text)
    assert block.count("\n") == 3


WORD_NOTE = (
    "[\\[3\\]](#_ftnref3)\n"
    "[https://harbour.example/pl/pages/53/regiony-partnerskie-i-wspolpraca](https://harbour.example/pl/pages/53/regiony-partnerskie-i-wspolpraca),\n"
    "22.11.2020.\n"
)
WRAPPED_PROSE = (
    "Współpraca transgraniczna portów morskich w regionie była przedmiotem wielu\n"
    "analiz, a jej wyniki opisano w raportach rocznych i w dokumentach strategii.\n\n"
)


def test_a_paragraph_of_short_lines_takes_the_documents_wrap_width() -> None:
    blocks = _soft(WRAPPED_PROSE + WORD_NOTE)
    assert markdown._document_width(WRAPPED_PROSE + WORD_NOTE) == 76
    assert "\n" not in blocks[-1]
    assert blocks[-1].endswith(", 22.11.2020.")


def test_a_paragraph_of_short_lines_in_an_unwrapped_document_keeps_its_lines() -> None:
    # Near miss: the document's prose runs on long lines (not wrapped): its width is theirs, and
    # the note's date keeps its line.
    prose = WRAPPED_PROSE.replace("wielu\nanaliz", "wielu analiz").replace(
        "i w dokumentach", "i w dokumentach " * 3
    )
    blocks = _soft(prose + WORD_NOTE)
    assert blocks[-1].endswith(",\n22.11.2020.")


def test_a_link_closed_on_its_line_leaves_no_address_cut() -> None:
    assert markdown._LINK_CLOSED.search('[https://a.example/x](https://a.example/x "https://a.example/x"),')
    assert markdown._LINK_CLOSED.search("[https://a.example/x](https://a.example/x),")
    # Near miss: a link whose address is cut at a hyphen and closed bare may go on joined.
    assert not markdown._LINK_CLOSED.search("[https://a.example/machismo-](https://a.example/machismo-)")


PARENTHESIZED = (
    "**Evidenced:**\n"
    "(1) https://harbour.example/cargo-theft-losses-hit-record-in-2024/\n"
    "(2)\n"
    "https://www.cranes.example/company/newsroom/cargo-theft-losses-surge-to-an-estimated-record-in-2025-analysis-reveals/\n"
    "(3) https://www.trucks.example/transportation/freight-fraud-losses-surpass-records-in-2024/1003196726/\n"
    "(4)\n"
    "https://www.wire.example/news-releases/cargo-theft-soars-in-first-half-of-2024-amid-rising-criminal-sophistication.html\n"
    "(Harbour H1 2024 Cargo Theft Report, April 2025, PDF, processed by the converter)\n"
)


def test_a_label_alone_on_its_line_opens_the_entry_below() -> None:
    (block,) = _soft(PARENTHESIZED)
    lines = block.split("\n")
    assert lines[4] == (
        "(4) https://www.wire.example/news-releases/cargo-theft-soars-in-first-half-of-2024-amid-"
        "rising-criminal-sophistication.html"
    )


def test_a_word_below_an_address_cut_at_the_margin_still_joins_it() -> None:
    # Near miss: the next line is a piece of the address, not a label: joined as written.
    assert markdown._LABEL_ALONE.fullmatch("(4)")
    assert markdown._LABEL_ALONE.fullmatch("12.")
    assert not markdown._LABEL_ALONE.fullmatch("fabrica-putas.html")
    assert not markdown._LABEL_ALONE.fullmatch("2024)")


HEADING_ITEM = (
    "## 3. External research sources\n\n"
    "Citations that actually appear on disk in this packet's research note, and the\n"
    "sections of the synthesis that carry the remaining claims of the harbour review:\n\n"
    "- Patentability statutes / examination guidance (novelty, non-obviousness,\n"
    "  written description, eligibility):\n"
    "  - Harbour LII, 35 U.S.C. § 102 — https://law.example/uscode/text/35/102\n"
    "  - Harbour LII, 35 U.S.C. § 103 — https://law.example/uscode/text/35/103\n"
)


def test_a_short_item_wrapped_before_a_word_in_lower_case_runs_on() -> None:
    texts = _soft(HEADING_ITEM)
    assert (
        "Patentability statutes / examination guidance (novelty, non-obviousness, written description, eligibility):"
        in [" ".join(text.split()) for text in texts]
    )


def test_a_short_item_keeps_a_line_end_after_an_address_cut() -> None:
    # Near miss: the line ends on a piece of an address ("https://docs.⏎coingecko.com/…"): the
    # line end is not read as a space (the address is joined further on).
    text = (
        "Reading notes of the harbour review, wrapped at the margin of eighty columns as\n\n"
        "8. CoinGecko API Documentation. [Електронний ресурс]. - URL: https://docs.\n"
        "   coingecko.example/reference/simple-price (дата звернення: 29.05.2026).\n"
    )
    assert markdown._document_width(text) >= 60
    assert _soft(text)[-1].count("\n") == 1


QUOTED = (
    "Um parágrafo do relatório do porto, quebrado na margem de oitenta colunas como\n"
    "o editor o quebra.\n\n"
    "> Padrões de Projeto do Porto. Disponível em:\n"
    "> https://harbour.example/pt-br/design-patterns/singleton-of-the-harbour Acessado em:\n"
    "> 18/09/2021\n"
    "> Padrões de Projeto do Cais. Disponível em:\n"
    "> https://harbour.example/wiki/Singleton#Em_Typescript Acessado em: 18/09/2021\n"
)


def test_a_quoted_wrapped_list_runs_on_over_its_quote_markers() -> None:
    lines = _soft(QUOTED)[-1].split("\n")
    assert len(lines) == 2
    assert lines[0].endswith("Acessado em: 18/09/2021")


def test_a_quoted_list_one_entry_a_line_keeps_its_lines() -> None:
    # Near miss: each quoted line a whole entry, none wrapped: the line ends stay.
    text = QUOTED.replace(
        "Disponível em:\n> https://harbour.example/pt", "Disponível em: https://harbour.example/pt"
    )
    text = text.replace("Acessado em:\n> 18/09/2021", "Acessado em: 18/09/2021")
    text = text.replace(
        "Disponível em:\n> https://harbour.example/wiki", "Disponível em: https://harbour.example/wiki"
    )
    assert _soft(text)[-1].count("\n") == 1


def test_a_line_opening_on_an_access_label_goes_on_with_the_entry() -> None:
    text = (
        "Um parágrafo do relatório do porto, quebrado na margem de oitenta colunas como\n"
        "o editor o quebra.\n\n"
        "Padrões de Projeto do Porto. Disponível em:\n"
        "https://harbour.example/wiki/Prototype#:~:text=Prototype%2C%20na%20ci%C3%AAncia%20da%20computa\n"
        "Acessado em: 18/09/2021\n"
    )
    assert _soft(text)[-1].endswith("computa Acessado em: 18/09/2021")


def test_a_line_opening_on_access_in_other_words_opens_its_entry() -> None:
    # Near miss: "Access to …" is no access label: the line keeps its line end.
    text = (
        "Um parágrafo do relatório do porto, quebrado na margem de oitenta colunas como\n"
        "o editor o quebra.\n\n"
        "Padrões de Projeto do Porto. Disponível em:\n"
        "https://harbour.example/wiki/Prototype#:~:text=Prototype%2C%20na%20ci%C3%AAncia%20da%20computa\n"
        "Access to the Harbour. Lisboa, 2021.\n"
    )
    assert _soft(text)[-1].endswith("computa\nAccess to the Harbour. Lisboa, 2021.")


COLON_ITEMS = (
    "Notes of the harbour review, wrapped at the margin of eighty columns as the\n"
    "editor wraps them.\n\n"
    '- Cranes as "Co-founder" finds small-firm entry increases after the crane shock\n'
    "  in areas with stronger harbour capital:\n"
    "  https://arxiv.example/abs/2512.06506\n"
)


def test_a_short_items_first_address_after_a_colon_goes_on() -> None:
    assert " ".join(_soft(COLON_ITEMS)[-1].split()).endswith(
        "harbour capital: https://arxiv.example/abs/2512.06506"
    )


def test_a_short_items_second_address_keeps_its_line() -> None:
    # Near miss: the item gave an address already: a list of addresses keeps its lines.
    text = COLON_ITEMS.replace("in areas with", "in https://a.example/x with")
    assert _soft(text)[-1].split("\n")[-1].strip() == "https://arxiv.example/abs/2512.06506"
