"""Real Word documents (fixtures/parse-eval-docx): how well citecheck's DOCX reader and the shared
note parser read the reference lists and footnotes of .docx files written by Word, Google Docs and
WPS Office users (course papers, annotated bibliographies, a proposal, a memo with Word footnotes,
the FCC's 2015 Open Internet Order), against truth written by hand from their XML before the
parser ran on them (branch p13-docx; provenance in the set's truth.toml).

Each document is parsed exactly as ``citecheck check`` reads a ``.docx`` file
(:func:`citecheck.parse.parse_bytes`) and scored as the saved-page sets are
(benchmarks/saved_pages.py): *found* when a footnote with the note's label comes out, then title,
URL, access date and publisher where the truth gives them. The first set's held-back quarter
(HELDBACK-DOCX-RULE.md) is studied since branch p15-docxstudy: truth.toml's ``studied``, a part of
its own outside calibration (its own floors, its misses printed with ``-v``). The second set's
held-back quarter (truth.toml's ``held_back``, HELDBACK-DOCX2-RULE.md) counts in its aggregate only;
its misses are never printed.

``python -m tests.parse.test_docx_eval`` prints the per-document table (``-v`` adds calibration
misses).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

from saved_pages import SetResult, score_set  # noqa: E402
from saved_pages import table as set_table  # noqa: E402

DOCX_SET = ROOT / "fixtures" / "parse-eval-docx"
# The second set (branch p14-docx2): seventeen more documents, its own held-back quarter
# (fixtures/parse-eval-docx2/HELDBACK-DOCX2-RULE.md), scored and gated on its own.
DOCX2_SET = ROOT / "fixtures" / "parse-eval-docx2"
# The third set (branch s34-docx): fourteen more documents in five languages, its own held-back part
# (fixtures/parse-eval-docx3/HELDBACK-DOCX3-RULE.md), scored and gated on its own.
DOCX3_SET = ROOT / "fixtures" / "parse-eval-docx3"
# The fourth set (branch s34-docx4): fourteen analyses, briefs, articles and reports (en, fr, ru, tr),
# its own held-back part (fixtures/parse-eval-docx4/HELDBACK-DOCX4-RULE.md), scored and gated on its own.
DOCX4_SET = ROOT / "fixtures" / "parse-eval-docx4"
# The fifth set (branch s36-docx5): twelve papers, reports, a memo and a template (es, pt, id, uk, en;
# LibreOffice, Google Docs, Mendeley fields), its own held-back part
# (fixtures/parse-eval-docx5/HELDBACK-DOCX5-RULE.md: the quarter whose file-name SHA-1 is smallest).
DOCX5_SET = ROOT / "fixtures" / "parse-eval-docx5"
# The sixth set (branch s37-docx6): twelve papers, theses and essays (sr, sv, pl, nl, it, ru, en; Word's
# bibliography style and field, Google Docs footnotes, a Pandoc-made list), its own held-back part
# (fixtures/parse-eval-docx6/HELDBACK-DOCX6-RULE.md: the quarter whose file-name SHA-1 is smallest).
DOCX6_SET = ROOT / "fixtures" / "parse-eval-docx6"
# The seventh set (branch s42-docx7): twelve lists and papers citing web sources (tr, pt, de, ru, uk, es;
# ABNT "Acesso em:", "Heruntergeladen von … am", "[04.11.2018]", ДСТУ "(дата звернення: …)", GOST),
# its own held-back part (fixtures/parse-eval-docx7/HELDBACK-DOCX7-RULE.md: the quarter whose file-name
# SHA-1 is LARGEST).
DOCX7_SET = ROOT / "fixtures" / "parse-eval-docx7"
FIELDS = ("found", "title", "url", "accessed", "publisher")
GATED = ("found", "title", "url", "accessed")

# Floors: set where the branch's end measures (see the figures below), rounded down, so that a
# regression fails; the held-back aggregate is pinned at what it reads, never above.
# Measured first on main's parser at 00212e91 (before any rule of this branch): calibration (13
# documents, 137 notes) found 134/137, titles 105/135 (77.8 %), URLs 113/133 (85.0 %), access dates
# 132/137 (96.4 %); held back (4 documents, 56 notes) 51/56, 23/56 (41.1 %), 32/52 (61.5 %), 55/56.
# Eleven calibration documents were added later (truth.toml's calibration_added, outside the held-back
# rule; some found failures of their own). Main at 00212e91 reads the 24 calibration documents 241/245
# found, 174/243 titles (71.6 %), 196/240 URLs (81.7 %), 229/245 access dates (93.5 %). With this
# branch's rules (tests/parse/test_docx_real_set.py): 245/245, 233/243 (95.9 %), 240/240 (100 %),
# 245/245 (100 %), no document lower than on main. The held-back part (4 documents): main 51/56,
# 23/56 (41.1 %), 32/52 (61.5 %), 55/56 (98.2 %); branch 54/56, 23/56, 33/52 (63.5 %), 55/56 — it
# moved only with the headless-list rule (generic._AUTHOR_YEAR_HEAD); its floors are what it reads.
# Branch p14-docx2 (Word's list numbers, the second set's rules, and two of this set's own families:
# Word's APA web-site fields filled the wrong way round, a word in a Harvard list's year slot): the
# 24 calibration documents read 239/243 titles (98.4 %), the rest as before; the held-back part did
# not move.
# Branch p15-docxstudy (issue 10) opened the held-back quarter for study: it is the `studied` part
# now (truth.toml), scored apart from calibration, its misses printed; at the branch's start (main at
# b9d447bc) it read 54/56 found, 23/56 titles (41.1 %), 33/52 URLs (63.5 %), 55/56 access dates, as
# above. Its families (tests/parse/test_docx_fields.py): Word's table of contents read as numbered
# notes (a TOC field, its styles, its content control), an entry lost to the length of its
# discovery-service link, an address set in italics taken for emphasis, APA's subtitled title before
# the date of a page without an author, a journal named in camel case ("iScience") after a title.
# Branch end: 56/56, 56/56, 52/52, 56/56 (publishers 3/3); calibration of both sets unchanged.
# One rule for a family of the studied Zotero document that no visible document showed failing (its
# headed list was read): a bibliography field (or Word's "Bibliography" entry style, or Mendeley
# Cite's and Citavi's bibliography content control) in a document with no notes heading is the list.
CALIBRATION_FLOOR = {"found": 1.0, "title": 0.983, "url": 1.0, "accessed": 1.0}
STUDIED_FLOOR = {"found": 1.0, "title": 1.0, "url": 1.0, "accessed": 1.0}
# The second set (fixtures/parse-eval-docx2, 17 documents, truth written before any parser run, then
# five calibration documents added after its held-back rule). Main at 645ee9c9: calibration (18
# documents, 180 notes) found 147/180 (81.7 %), titles 127/178 (71.3 %), URLs 137/178 (77.0 %), access
# dates 177/179 (98.9 %); held back (4 documents, 50 notes) 24/50, 21/49 (42.9 %), 49/50, 48/50.
# Branch p14-docx2: calibration 169/180 (93.9 %), 165/178 (92.7 %), 167/178 (93.8 %), 179/179; held
# back unchanged (its floors are what it reads). Left: a heading-less list of data sources, each a name
# paragraph over an address paragraph (read as inline links: 11 notes), and two titles.
CALIBRATION2_FLOOR = {"found": 0.938, "title": 0.926, "url": 0.937, "accessed": 1.0}
HELD_BACK2_FLOOR = {"found": 0.48, "title": 0.428, "url": 0.98, "accessed": 0.96}
# The third set (fixtures/parse-eval-docx3, 14 documents, truth written before any parser run). First
# read (main at fc040f1d, blind): calibration (11 documents, 95 notes) found 66/95 (69.5 %), titles
# 46/81 (56.8 %), URLs 73/87 (83.9 %), access dates 7/9; held back (3 documents, 23 notes) 22/23, 14/23
# (60.9 %), 17/17, 7/9. Branch s34-docx (tests/parse/test_s34_docx_families.py): calibration 95/95,
# 80/81 (98.8 %), 86/87 (98.9 %), 9/9; the held-back part did not move (its floors are what it reads).
# Left: a GOST address broken by a space ("…/early/2017 /03/27/…", its title read as the authors).
CALIBRATION3_FLOOR = {"found": 1.0, "title": 0.987, "url": 0.988, "accessed": 1.0}
HELD_BACK3_FLOOR = {"found": 0.956, "title": 0.608, "url": 1.0, "accessed": 0.777}
# Branch s41-docx spent the second and third sets' held-back parts (issue 10): they are `studied`
# now (truth.toml), scored apart from calibration, their misses printed. Blind at the branch's start
# (main at 30df4dd7): docx2 24/50 found, 21/49 titles, 49/50 URLs, 48/50 access dates; docx3 22/23,
# 14/23, 17/17, 9/9. Families (tests/parse/test_s41_docx_families.py): a file that is only its list
# of sources, an entry led by its author-date key, MLA's "Web. 5 August, 2014.", a Word-numbered
# item's stale typed number. Floors: where the branch's end measures, rounded down.
STUDIED2_FLOOR = {"found": 1.0, "title": 0.95, "url": 0.98, "accessed": 1.0}
STUDIED3_FLOOR = {"found": 1.0, "title": 0.65, "url": 1.0, "accessed": 1.0}
# The fourth set (fixtures/parse-eval-docx4, 14 documents, truth written before any parser run). First
# read (main at d39fffc8, blind): calibration (11 documents, 76 notes) found 69/76 (90.8 %), titles
# 55/74 (74.3 %), URLs 64/74 (86.5 %), access dates 74/76 (97.4 %); held back (3 documents, 22 notes)
# 21/22, 18/22 (81.8 %), 22/22, 14/22 (63.6 %). Branch s34-docx4 (tests/parse/test_s34_docx4_families.py:
# a "NOTE FOR FEEDBACK" heading read as a notes heading, Word's GOST "Title [Журнал] / авт." entries):
# calibration 76/76, 74/74, 74/74, 76/76; the held-back part did not move (its floors are what it reads).
# Two calibration documents added after the rule (truth.toml's calibration_added, truth written before
# any run on them), first read: a German school paper's tab-laid "Literaturverzeichnis" 14/14 found,
# 0/14 titles, 8/13 URLs, 6/14 access dates; a Portuguese ABNT study 12/12, 10/12, 12/12, 12/12. With
# their families (a list in two tab columns, "Online unter:", "zuletzt überprüft am"): 14/14, 12/14,
# 13/13, 14/14 and as before; all 13 calibration documents 102/102, 96/100 (96.0 %), 99/99, 102/102.
# Left: a two-author head broken over two paragraphs ("Bourg, David M. /" ⏎ "Glenn, Seeman"), a
# one-word corporate author in the first column ("Dudenredaktion<TAB>Duden."), two ABNT author runs.
# (The access-date label also moved the third set's held-back aggregate, 7/9 -> 9/9 access dates; its
# floors stay what they were.)
CALIBRATION4_FLOOR = {"found": 1.0, "title": 0.96, "url": 1.0, "accessed": 1.0}
HELD_BACK4_FLOOR = {"found": 0.954, "title": 0.818, "url": 1.0, "accessed": 0.636}
# The fifth set (fixtures/parse-eval-docx5, 12 documents, truth written before any parser run; its
# held-back quarter chosen by the smallest SHA-1 of the file names). First read (main at bea62b0a,
# blind): calibration (9 documents) with the truth as first written 39/60 found, 35/57 titles, 51/57
# URLs, 57/60 access dates; with the pt monograph relabelled "1.N" (the project's convention for an
# unnumbered list beside Word footnotes, seen at that read) 49/61, 40/57 (70.2 %), 55/58, 61/61; held
# back (3 documents, 34 notes) 34/34, 25/34 (73.5 %), 29/33 (87.9 %), 34/34. Branch s36-docx5
# (tests/parse/test_s36_docx5_families.py: kind sub-headings in a list, GOST's "Список использованных
# источников", a title in capitals after ABNT authors, a tab after a word's hyphen, ABNT given-name
# particles, "Authority" naming a body, a book's series after its title): calibration 61/61, 56/57
# (98.2 %), 58/58, 61/61; the held-back part did not move (its floors are what it reads). Left: an
# initials-first Russian book with a Latin "C." page mark ("Г. Вагнер. Основы исследования операций").
CALIBRATION5_FLOOR = {"found": 1.0, "title": 0.982, "url": 1.0, "accessed": 1.0}
HELD_BACK5_FLOOR = {"found": 1.0, "title": 0.735, "url": 0.878, "accessed": 1.0}
# Branch s41-docx2 spent the fourth and fifth sets' held-back parts (issue 10): they are `studied`
# now (truth.toml), scored apart from calibration, their misses printed. Blind at the branch's start
# (main at 4deb5c06): docx4 21/22 found, 18/22 titles, 22/22 URLs, 14/22 access dates; docx5 34/34,
# 25/34, 29/33, 34/34. Families (tests/parse/test_s41_docx2_families.py): Word's French Chicago
# "(accès le 05 05, 2017)", an author's affiliation under the by-line read as a note, a surname-initials
# author list of nine or ten names ("…; et al." after a semicolon). Floors: where
# the branch's end measures, rounded down.
STUDIED4_FLOOR = {"found": 0.954, "title": 0.818, "url": 1.0, "accessed": 1.0}
STUDIED5_FLOOR = {"found": 1.0, "title": 0.88, "url": 1.0, "accessed": 1.0}
# The sixth set (fixtures/parse-eval-docx6, 12 documents in seven languages, truth written before any
# parser run; its held-back quarter chosen by the smallest SHA-1 of the file names). First read (main
# at 70b57982, blind): calibration (9 documents, 68 notes) 65/68 found, 55/67 titles (82.1 %), 63/67
# URLs, 63/68 access dates as the truth was first written (64/68 once the Harvard essay's entry 2 was
# given the "(Accessed 20 November 2020)" that the first dump had cut off after a 600-character
# link: the parser read it right); held back (3 documents, 20 notes) 18/20, 13/18 (72.2 %), 18/20,
# 20/20. Branch s37-docx6 (tests/parse/test_s37_docx6_families.py: a link Word stretched over the
# words typed after its address, two Word-numbered paragraphs never one entry, emphasis over a whole
# reference, ScienceDirect's exported references, a Vancouver title taken for its journal, a title
# closing on a span of years; and, for the offline sweep, a raised number before an operator as a
# power, the body's language among six more): calibration 67/68, 63/67 (94.0 %), 67/67, 68/68; the held-back part
# did not move (its floors are what it reads). Left: an entry typed inside the last one ("(2007).
# [13]Waskom, …"), Word's IEEE book with seven initials before the name, a title-first book
# ("Machine Learning, Tom Mitchell, McGraw Hill, 1997."), a title holding a quoted word in the same
# double quotes.
CALIBRATION6_FLOOR = {"found": 0.985, "title": 0.94, "url": 1.0, "accessed": 1.0}
HELD_BACK6_FLOOR = {"found": 0.9, "title": 0.722, "url": 0.9, "accessed": 1.0}
# The seventh set (fixtures/parse-eval-docx7, 12 documents in six languages, truth written before any
# parser run; its held-back quarter chosen by the LARGEST SHA-1 of the file names, rule committed before
# any search). First read (main at c83d49b5, blind): calibration (9 documents, 156 notes) 155/156 found,
# 95/117 titles (81.2 %), 120/155 URLs (77.4 %), 149/156 access dates (95.5 %); held back (3 documents,
# 85 notes) 85/85, 24/31 (77.4 %), 47/47, 85/85. Branch s42-docx7 (tests/parse/test_s42_docx7_families.py:
# a tab typed inside a link's address, an entry wrapped by hand at one margin, a typed bullet, a
# criterion closed by a semicolon as no notes heading, an appendix heading ending the notes, a GOST
# imprint's publisher in guillemets, a GOST parallel title, German "(o. A)" and slashed DIN names, a
# legal act's kind after " : ", a compiler's role before " / ", a quoted name inside a ДСТУ title, ABNT's
# long corporate author): calibration 156/156, 110/117 (94.0 %), 138/155 (89.0 %), 156/156; the
# held-back part did not move (its floors are what it reads). Left: the Ukrainian course paper's final
# list numbered after two sub-lists of the body (0/15 URLs by label), ДСТУ addresses with a typed space.
CALIBRATION7_FLOOR = {"found": 1.0, "title": 0.9, "url": 0.89, "accessed": 1.0}
HELD_BACK7_FLOOR = {"found": 1.0, "title": 0.774, "url": 1.0, "accessed": 1.0}


def run(directory: Path = DOCX_SET) -> SetResult:
    return score_set(directory, table_key="document", folder="documents", fields=FIELDS)


def table(result: SetResult) -> str:
    return set_table(result, FIELDS)


def test_real_docx_gate() -> None:
    result = run()
    assert not result.held_back.total["found"]  # no held-back part left in the first set
    _gate(result, CALIBRATION_FLOOR, STUDIED_FLOOR, part="studied")


def test_second_real_docx_gate() -> None:
    result = run(DOCX2_SET)
    assert not result.held_back.total["found"]  # spent by s41-docx: the part is `studied`
    _gate(result, CALIBRATION2_FLOOR, STUDIED2_FLOOR, part="studied")


def test_third_real_docx_gate() -> None:
    result = run(DOCX3_SET)
    assert not result.held_back.total["found"]  # spent by s41-docx: the part is `studied`
    _gate(result, CALIBRATION3_FLOOR, STUDIED3_FLOOR, part="studied")


def test_fourth_real_docx_gate() -> None:
    result = run(DOCX4_SET)
    assert not result.held_back.total["found"]  # spent by s41-docx2: the part is `studied`
    _gate(result, CALIBRATION4_FLOOR, STUDIED4_FLOOR, part="studied")


def test_fifth_real_docx_gate() -> None:
    result = run(DOCX5_SET)
    assert not result.held_back.total["found"]  # spent by s41-docx2: the part is `studied`
    _gate(result, CALIBRATION5_FLOOR, STUDIED5_FLOOR, part="studied")


def test_sixth_real_docx_gate() -> None:
    _gate(run(DOCX6_SET), CALIBRATION6_FLOOR, HELD_BACK6_FLOOR)


def test_seventh_real_docx_gate() -> None:
    _gate(run(DOCX7_SET), CALIBRATION7_FLOOR, HELD_BACK7_FLOOR)


def _gate(
    result: SetResult, calibration: dict[str, float], other: dict[str, float], *, part: str = "held back"
) -> None:
    report = table(result)
    for name_of_part, floors in (("calibration", calibration), (part, other)):
        if name_of_part == "calibration":
            tally = result.calibration
        else:
            tally = result.studied if part == "studied" else result.held_back
        for name, floor in floors.items():
            rate = tally.rate(name)
            assert rate is not None and rate >= floor, f"{name_of_part} {name} {rate}\n{report}"


def test_the_set_is_real_and_its_held_back_part_fixed() -> None:
    from saved_pages import load_truth

    truth = load_truth(DOCX_SET)
    files = sorted(d["file"] for d in truth["document"])
    assert len(files) >= 15 and all(name.endswith(".docx") for name in files)
    assert all(d["source"] and "@" in d["source"] for d in truth["document"])
    # HELDBACK-DOCX-RULE.md: every fourth file name in alphabetical order of the first seventeen
    # (the documents added later are calibration, outside the rule).
    # Studied since p15-docxstudy: the rule's four are `studied` now, none held back.
    added = set(truth.get("calibration_added", []))
    assert added <= set(files) and not added & set(truth["studied"]) and truth["held_back"] == []
    assert truth["studied"] == [name for name in files if name not in added][3::4]
    for name in files:
        assert (DOCX_SET / "documents" / name).stat().st_size < 2_000_000


def test_the_second_set_is_real_and_its_held_back_part_fixed() -> None:
    from saved_pages import load_truth

    truth = load_truth(DOCX2_SET)
    files = sorted(d["file"] for d in truth["document"])
    assert len(files) >= 16 and all(name.endswith(".docx") for name in files)
    assert all(d["source"] and "@" in d["source"] for d in truth["document"])
    # HELDBACK-DOCX2-RULE.md: every fourth file name in (C-locale) alphabetical order of the first
    # seventeen (the documents added later are calibration, outside the rule).
    # Spent by s41-docx: the rule's four are `studied` now, none held back.
    added = set(truth.get("calibration_added", []))
    assert added <= set(files) and not added & set(truth["studied"]) and truth["held_back"] == []
    assert truth["studied"] == [name for name in files if name not in added][3::4]
    for name in files:
        assert (DOCX2_SET / "documents" / name).stat().st_size < 2_000_000


def test_the_third_set_is_real_and_its_held_back_part_fixed() -> None:
    from saved_pages import load_truth

    truth = load_truth(DOCX3_SET)
    files = sorted(d["file"] for d in truth["document"])
    assert len(files) >= 14 and all(name.endswith(".docx") for name in files)
    assert all(d["source"] and "@" in d["source"] for d in truth["document"])
    # HELDBACK-DOCX3-RULE.md: every fourth file name in (C-locale) alphabetical order.
    # Spent by s41-docx: the rule's three are `studied` now, none held back.
    assert truth["studied"] == files[3::4] and truth["held_back"] == []
    for name in files:
        assert (DOCX3_SET / "documents" / name).stat().st_size < 1_000_000


def test_the_fourth_set_is_real_and_its_held_back_part_fixed() -> None:
    from saved_pages import load_truth

    truth = load_truth(DOCX4_SET)
    files = sorted(d["file"] for d in truth["document"])
    assert len(files) >= 14 and all(name.endswith(".docx") for name in files)
    assert all(d["source"] and "@" in d["source"] for d in truth["document"])
    # HELDBACK-DOCX4-RULE.md: every fourth file name in (C-locale) alphabetical order of the first
    # fourteen (the documents added later are calibration, outside the rule).
    # Spent by s41-docx2: the rule's three are `studied` now, none held back.
    added = set(truth.get("calibration_added", []))
    assert added <= set(files) and not added & set(truth["studied"]) and truth["held_back"] == []
    assert truth["studied"] == [name for name in files if name not in added][3::4]
    for name in files:
        assert (DOCX4_SET / "documents" / name).stat().st_size < 1_000_000


def test_the_fifth_set_is_real_and_its_held_back_part_fixed() -> None:
    import hashlib

    from saved_pages import load_truth

    truth = load_truth(DOCX5_SET)
    files = sorted(d["file"] for d in truth["document"])
    assert len(files) >= 12 and all(name.endswith(".docx") for name in files)
    assert all(d["source"] and "@" in d["source"] for d in truth["document"])
    assert files == sorted(p.name for p in (DOCX5_SET / "documents").iterdir())
    # HELDBACK-DOCX5-RULE.md: the quarter of the file names whose SHA-1 hex digest is smallest.
    ranked = sorted(files, key=lambda name: hashlib.sha1(name.encode()).hexdigest())
    # Spent by s41-docx2: the rule's three are `studied` now, none held back.
    assert sorted(truth["studied"]) == sorted(ranked[: len(files) // 4]) and truth["held_back"] == []
    for name in files:
        assert (DOCX5_SET / "documents" / name).stat().st_size < 1_000_000


def test_the_sixth_set_is_real_and_its_held_back_part_fixed() -> None:
    import hashlib

    from saved_pages import load_truth

    truth = load_truth(DOCX6_SET)
    files = sorted(d["file"] for d in truth["document"])
    assert len(files) >= 12 and all(name.endswith(".docx") for name in files)
    assert all(d["source"] and "@" in d["source"] for d in truth["document"])
    assert files == sorted(p.name for p in (DOCX6_SET / "documents").iterdir())
    # HELDBACK-DOCX6-RULE.md: the quarter of the file names whose SHA-1 hex digest is smallest.
    ranked = sorted(files, key=lambda name: hashlib.sha1(name.encode()).hexdigest())
    assert sorted(truth["held_back"]) == sorted(ranked[: len(files) // 4])
    # Byte for byte from their repositories: a Polish paper with its screenshots is 3.3 MB.
    for name in files:
        assert (DOCX6_SET / "documents" / name).stat().st_size < 4_000_000
    languages = {d["language"] for d in truth["document"]}
    assert {"sr", "sv", "pl", "nl"} <= languages


def test_the_seventh_set_is_real_and_its_held_back_part_fixed() -> None:
    import hashlib

    from saved_pages import load_truth

    truth = load_truth(DOCX7_SET)
    files = sorted(d["file"] for d in truth["document"])
    assert len(files) >= 12 and all(name.endswith(".docx") for name in files)
    assert all(d["source"] and "@" in d["source"] for d in truth["document"])
    assert files == sorted(p.name for p in (DOCX7_SET / "documents").iterdir())
    # HELDBACK-DOCX7-RULE.md: the quarter of the file names whose SHA-1 hex digest is LARGEST.
    ranked = sorted(files, key=lambda name: hashlib.sha1(name.encode()).hexdigest(), reverse=True)
    assert sorted(truth["held_back"]) == sorted(ranked[: len(files) // 4])
    # Byte for byte from their repositories: a Portuguese report with its screenshots is 1.5 MB.
    for name in files:
        assert (DOCX7_SET / "documents" / name).stat().st_size < 4_000_000
    languages = {d["language"] for d in truth["document"]}
    assert {"tr", "pt", "de", "ru", "uk", "es"} <= languages


if __name__ == "__main__":
    for directory in (DOCX_SET, DOCX2_SET, DOCX3_SET, DOCX4_SET, DOCX5_SET, DOCX6_SET, DOCX7_SET):
        outcome = run(directory)
        print(f"== {directory.name}")
        print(table(outcome))
        if "-v" in sys.argv:
            print("\n".join(outcome.misses))
