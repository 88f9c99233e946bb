"""The real-world parse eval: reference sections of 339 public documents (fixtures/parse-eval), each
footnote's title, URL and access date checked against hand-written truth.

Every part is calibration now: the first 54 documents, the first held-back part (studied on branch
i10-titles), heldback-2 (13 documents, studied on branch p10-titles), heldback-3 (20 documents
chosen by a rule fixed in advance, fixtures/parse-eval/HELDBACK3-RULE.md, studied on branch
p10-tune), heldback-4 (22 documents, HELDBACK4-RULE.md, built on branch p10-hb4 without sight of
the parser, studied on branch p10-hb4tune), heldback-5 (23 documents, HELDBACK5-RULE.md, built
blind, measured twice, studied on branch p10-hb5tune, which also added seven calibration documents
of its shapes), heldback-6 (17 documents, HELDBACK6-RULE.md, built blind, measured twice, studied on
branch p10-hb6tune, which also added two calibration documents of its Harvard shapes) and
heldback-7 (23 documents, HELDBACK7-RULE.md, built blind, measured twice, studied on branch
p10-hb7tune, which also added two calibration documents of its families) and heldback-8 (21
documents, HELDBACK8-RULE.md, built blind, measured once, studied on branch p10-hb8tune, which also
added seven calibration documents of its families) and heldback-9 (20 documents, HELDBACK9-RULE.md,
built blind, measured twice, studied on branch p10-hb9tune, which also added ten calibration
documents of its families) and heldback-10 (21 documents, HELDBACK10-RULE.md, built blind, measured
twice, studied on branch p10-hb10tune, which also added seven calibration documents of its
families); the last nine are spent but still tallied on their own, for the record. heldback-11 (22
documents, HELDBACK11-RULE.md, built blind, measured twice, studied on branch p10-hb11tune, which
also added nine documents of its families, brought to the gate on branches p10-hb11gate and
p10-hb11gate2, which added ten more) is calibration and spent since p10-hb11gate2. heldback-12 (25
documents, HELDBACK12-RULE.md, built blind, measured twice, studied on branch p10-hb12tune, no
documents added: the search budget was spent) and heldback-13 (14 documents, HELDBACK13-RULE.md,
built blind, measured three times, studied on branch p10-hb13tune, which also added six calibration
documents of its families) and heldback-14 (21 documents, HELDBACK14-RULE.md, built blind, measured
three times, studied on branch p10-hb14tune, which also added two calibration documents of its
families) and heldback-15 (23 documents, HELDBACK15-RULE.md, built blind, measured twice, studied on
branch p10-hb15tune, which also added two calibration documents of its families) and heldback-16
(25 documents, HELDBACK16-RULE.md, built blind, measured three times, studied on branch
p10-hb16tune, which also added two calibration documents of its bare-URL family) are calibration
and spent. heldback-17 (22 documents, HELDBACK17-RULE.md, built blind, measured three times, studied
on branch p10-hb17tune, which also added two calibration documents of its table family) is below the
gate: it is tallied as a part of its own (STUDIED_17), outside calibration, its misses printed.
heldback-18 (20 documents, HELDBACK18-RULE.md, built blind, measured three times, studied on branch
p10-hb18tune, which also added three calibration documents of its families) was below the gate too,
then brought to it on branch p10-gate1718: it is calibration and spent (SPENT_18). heldback-19 (22
documents, HELDBACK19-RULE.md, built blind, measured four times, studied on branch p10-hb19tune) is
below the gate: it is tallied as a part of its own (STUDIED_19), as heldback-17 is, its misses
printed. heldback-20 (22 documents, HELDBACK20-RULE.md, built blind, measured twice, studied on branch
p10-hb20tune, which also added two calibration documents of its front-matter family) is below the
gate too: tallied as a part of its own (STUDIED_20), its misses printed. heldback-21 (25 documents,
HELDBACK21-RULE.md, built blind, measured four times, studied on branch p10-hb21tune) is below the
gate too: tallied as a part of its own (STUDIED_21), its misses printed. heldback-22 (23 documents,
HELDBACK22-RULE.md, built blind, measured four times, studied on branch p10-hb22tune) is below the
gate too: tallied as a part of its own (STUDIED_22), its misses printed. heldback-23 (25 documents,
HELDBACK23-RULE.md, built blind, measured three times, studied on branch p10-hb23tune) is below the
gate too: tallied as a part of its own (STUDIED_23), its misses printed. heldback-24 (16 documents,
HELDBACK24-RULE.md, built blind, measured twice, studied on branch p10-hb24tune) is tallied as a part
of its own too (STUDIED_24), its misses printed (with it in, calibration would be at the gate).
heldback-25 (16 documents, HELDBACK25-RULE.md, built blind on branch p10-hb25, measured once, studied
on branch p10-hb25tune) is tallied as a part of its own too (STUDIED_25), its misses printed.
heldback-26 (15 documents, HELDBACK26-RULE.md, built blind on branch p10-hb26, measured once, studied
on branch p10-hb26tune) is tallied as a part of its own too (STUDIED_26), its misses printed.
heldback-27 (15 documents, HELDBACK27-RULE.md, built blind on branch p10-hb27, measured once, studied
on branch p10-hb27tune) is tallied as a part of its own too (STUDIED_27), its misses printed.
heldback-28 (13 documents, HELDBACK28-RULE.md, built blind on branch p10-hb28, measured twice, studied
on branch p10-hb28tune) is tallied as a part of its own too (STUDIED_28), its misses printed.
heldback-29 (13 documents, HELDBACK29-RULE.md, built blind on branch p10-hb29, measured four times,
studied on branch p10-hb29tune) is tallied as a part of its own too (STUDIED_29), its misses printed.
heldback-30 (9 documents, HELDBACK30-RULE.md, built blind on branch p10-hb30) was held back until branch
s40-hb spent it: tallied as a part of its own (STUDIED_HB_30), its misses printed. heldback-33 (18 documents,
HELDBACK33-RULE.md, built blind on branch p10-hb33, measured once, studied on branches p10-hb33tune
and p10-hb33tune-b) is tallied as a part of its own (STUDIED_33), its misses printed.
heldback-35 (12 documents, HELDBACK35-RULE.md, built blind on branch p10-hb35, studied on branch
p10-hb35tune) is tallied as a part of its own too (STUDIED_35), its misses printed.
heldback-32 (15 documents, HELDBACK32-RULE.md, built blind on branch p10-hb32, studied on branch
p15-hb32tune) is tallied as a part of its own too (STUDIED_32), its misses printed.
heldback-36 (15 documents, HELDBACK36-RULE.md, built blind on branch p10-hb36, studied on branch
p15-hb36tune) is tallied as a part of its own too (STUDIED_36), its misses printed.
heldback-37 (14 documents, HELDBACK37-RULE.md, built blind on branch p10-hb37) was held back until branch
s40-hb2 spent it: tallied as a part of its own (STUDIED_HB_37), its misses printed.
heldback-38 (whole web pages as served or saved, HELDBACK38-RULE.md, built blind on branch p10-hb38,
studied on branch p15-hb38tune) is tallied as a part of its own (STUDIED_38), its misses printed.
heldback-40 (reports, briefs and analyses in the eval's least-represented languages, HELDBACK40-RULE.md,
built blind on branch p12-hb40), heldback-42 (converted documents, HELDBACK42-RULE.md, branch p12-converted) and
heldback-p12hunt (3 documents, branch p12-hunt), studied on branch p15-small3, are tallied as parts of their own
(STUDIED_40, STUDIED_42, STUDIED_P12HUNT), their misses printed.
heldback-p34hunt4, -p34hunt5 and -p34hunt6 (nine documents each, HELDBACK-P34HUNT{4,5,6}-RULE.md, chosen blind on
branches s34-hunt4/5/6) were spent on branch s39-hb34: tallied as parts of their own (STUDIED_HB_P34HUNT4/5/6),
their misses printed. Blind: titles 61.4 / 65.7 / 76.5 %, URLs 95.9 / 73.5 / 89.5 %, access dates 95.7 / 93.8 /
100 %; studied: titles 93.2 / 97.1 / 94.1 %, URLs 95.9 / 100 / 97.4 %, access dates 95.7 / 100 / 100 %.
heldback-p36hunt8 and -p38hunt10 (five documents each, HELDBACK-P36HUNT8-RULE.md and HELDBACK-P38HUNT10-RULE.md,
chosen blind on branches s36-hunt8 and s38-hunt10) were spent on branch s39-hb36: tallied as parts of their own
(STUDIED_HB_P36HUNT8, STUDIED_HB_P38HUNT10), their misses printed. Blind: titles 83.3 / 80.0 %, URLs 88.3 / 86.4 %,
access dates 88.3 / 100 %; studied: titles 98.3 / 85.0 %, URLs 95.0 / 95.5 %, access dates 100 / 100 %.
heldback-30, -43 and -p12hunt2 (HELDBACK30-RULE.md, HELDBACK43-RULE.md, branch p12-hunt2) were spent on branch
s40-hb: tallied as parts of their own (STUDIED_HB_30, STUDIED_HB_43, STUDIED_HB_P12HUNT2), their misses printed.
Blind: titles 91.0 / 88.0 / 85.3 %, URLs and access dates 100 %; studied: titles 100 / 100 / 100 %.
heldback-37, -p13seed2 and -p39hunt11 (HELDBACK37-RULE.md, HELDBACK-P13SEED2-RULE.md, HELDBACK-P39HUNT11-RULE.md) were
spent on branch s40-hb2: tallied as parts of their own (STUDIED_HB_37, STUDIED_HB_P13SEED2, STUDIED_HB_P39HUNT11), their
misses printed. Blind: titles 94.7 / 100 / 80.0 %, URLs 86.0 / 84.2 / 60.0 %, access dates 100 / 100 / 80.0 %; studied:
titles 98.2 / 100 / 100 %, URLs 100 / 100 / 100 %, access dates 100 / 100 / 100 %.
heldback-p40hunt12 (HELDBACK-P40HUNT12-RULE.md) was spent on branch s40-hb3: tallied as a part of its own
(STUDIED_HB_P40HUNT12), its misses printed. Blind: titles 5/15, URLs 14/27, access dates 13/24; studied: titles
13/15, URLs 27/27, access dates 23/24.
heldback-p37hunt9 and -p38md (HELDBACK-P37HUNT9-RULE.md, HELDBACK-P38MD-RULE.md) were spent on branch s41-hb: tallied as
parts of their own (STUDIED_HB_P37HUNT9, STUDIED_HB_P38MD), their misses printed. Blind: titles 36/40 / 17/18, URLs and
access dates 100 %; studied: titles 40/40 / 18/18, URLs and access dates 100 %.
heldback-39 and -41 (HELDBACK39-RULE.md, HELDBACK41-RULE.md) were spent on branch s41-hb2: tallied as parts of their
own (STUDIED_HB_39, STUDIED_HB_41), their misses printed. Blind: titles 25/26 / 30/32, URLs 100 %, access dates 26/27 /
32/32; studied: titles 26/26 / 32/32, URLs and access dates 100 %.
Gate (issue 10's targets) on the calibration part: title ≥ 95 %, URL ≥ 98 %, access date ≥ 97 % and
no style below 85 % on any of the three; the spent parts and "overall" (every document) are held to
floors at what they measure, against regression.
``python -m tests.parse.test_parse_eval`` prints the per-style table for each part (``-v`` adds
every miss).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citecheck.models import Footnote
from citecheck.parse import parse_bytes
from citecheck.parse.markers import label_key, label_ordinal

EVAL = Path(__file__).resolve().parents[2] / "fixtures" / "parse-eval"
TODAY = dt.date(2026, 12, 1)
GATED = ("title", "url", "accessed")
FIELDS = (*GATED, "publisher")
OVERALL_MINIMUM = {"title": 0.95, "url": 0.98, "accessed": 0.97}
STYLE_MINIMUM = 0.85
# The spent heldback-2 part (studied on branch p10-titles: titles 43.0 % -> 96.7 %, URLs 91.7 % ->
# 98.3 %, access dates 90.3 % -> 99.1 %) is calibration; its own tally is kept at these floors.
HELD_BACK_2_FLOOR = {"title": 0.95, "url": 0.97, "accessed": 0.97}
SPENT_2 = "heldback-2 (spent)"
# The spent heldback-3 part (20 documents, 180 notes): main's parser at e87784a scored titles 86/180
# (47.8 %), URLs 130/176 (73.9 %), access dates 125/142 (88.0 %); with the rules learnt on
# heldback-2 (p10-titles) 96/180 (53.3 %), 130/176 (73.9 %), 132/142 (93.0 %). Studied on branch
# p10-tune (the rules in citecheck/parse/styles.py's docstring, and one truth correction in
# es-fuentes-imc.md, see truth.toml): 173/180 (96.1 %), 172/176 (97.7 %), 142/142 (100 %). It is
# calibration now; its own tally is kept at floors just under that.
SPENT_3 = "heldback-3 (spent)"
HELD_BACK_3_FLOOR = {"title": 0.96, "url": 0.97, "accessed": 0.99}
# heldback-4 (22 documents, 212 notes; fixtures/parse-eval/HELDBACK4-RULE.md, truth written before
# the parser saw them): main's parser at 5622418 scored titles 51.4 %, URLs 70.1 %, access dates
# 89.4 %; with the rules learnt on heldback-3 (p10-tune) 62.4 %, 80.6 %, 89.4 %. Studied on branch
# p10-hb4tune (the rules in citecheck/parse/styles.py's docstring; no truth changed): 205/210
# (97.6 %), 211/211 (100 %), 199/199 (100 %). It is calibration now; its own tally is kept at floors
# just under that.
SPENT_4 = "heldback-4 (spent)"
HELD_BACK_4_FLOOR = {"title": 0.97, "url": 0.99, "accessed": 0.99}
# heldback-5 (23 documents, 225 notes; HELDBACK5-RULE.md, built blind on branch p10-hb5): measured
# once on main's parser (with the rules learnt on heldback-3) when wired in: titles 74.6 %, URLs
# 95.3 %, access dates 95.6 %; again at the merge of p10-hb4tune (the rules learnt on heldback-4):
# 79.3 %, 96.7 %, 96.9 %. Studied on branch p10-hb5tune (the rules in citecheck/parse/styles.py's
# docstring, tests/parse/test_heldback5_rules.py; no truth changed): 211/213 (99.1 %), 211/211
# (100 %), 225/225 (100 %). It is calibration now; its own tally is kept at floors just under that.
SPENT_5 = "heldback-5 (spent)"
HELD_BACK_5_FLOOR = {"title": 0.99, "url": 0.99, "accessed": 0.99}
# heldback-6 (17 documents, 172 notes; HELDBACK6-RULE.md, built blind on branch p10-hb6): measured
# first on main's parser at 35eb33f (2026-12-04), before any rule learnt on heldback-5: titles
# 44.1 %, URLs 74.1 %, access dates 82.4 %; again at the merge of p10-hb5tune: 57.1 %, 87.1 %,
# 88.2 %. Studied on branch p10-hb6tune (the rules in citecheck/parse/styles.py's docstring,
# tests/parse/test_heldback6_rules.py; no truth changed): 167/170 (98.2 %), 169/170 (99.4 %),
# 170/170 (100 %); the other 153 calibration documents unchanged (98.1 % / 99.5 % / 100 %). It is
# calibration now; its own tally is kept at floors just under that.
SPENT_6 = "heldback-6 (spent)"
HELD_BACK_6_FLOOR = {"title": 0.98, "url": 0.99, "accessed": 0.99}
# heldback-7 (23 documents, 250 notes; HELDBACK7-RULE.md, built blind on branch p10-hb7): measured
# first on main's parser at 3924e54 (2026-12-04, with the rules learnt on heldback-5): titles 52.3 %,
# URLs 75.9 %, access dates 90.3 %; again at the merge of p10-hb6tune (the rules learnt on
# heldback-6): titles 53.1 % (iso690 27 -> 33 %), URLs and access dates unchanged. Studied on branch
# p10-hb7tune (rules by family of shapes in citecheck/parse/styles.py's docstring,
# tests/parse/test_heldback7_rules.py; no truth changed): 225/243 (92.6 %), 235/237 (99.2 %),
# 236/237 (99.6 %); the other 172 calibration documents unchanged (1419/1445, 1439/1446,
# 1407/1407). It is calibration now; its own tally is kept at floors just under that.
SPENT_7 = "heldback-7 (spent)"
HELD_BACK_7_FLOOR = {"title": 0.92, "url": 0.99, "accessed": 0.99}
# Every document (283, 2,551 notes: the 236 above, two calibration documents of heldback-7's
# families added on p10-hb7tune, seven of heldback-8's added on p10-hb8tune, ten of heldback-9's
# added on p10-hb9tune, heldback-10 and seven calibration documents of its families added on
# p10-hb10tune): 97.1 % (2401/2473) / 99.1 % (2456/2479) / 99.96 % (2405/2406); floors just under
# (unchanged: before heldback-10 joined, 255 documents, 97.2 % / 99.5 % / 99.95 %). With heldback-11
# and nine calibration documents of its families (branch p10-hb11tune; 314 documents, 2,837 notes):
# 95.9 % (2642/2755) / 98.7 % (2724/2760) / 99.74 % (2678/2685) — under these floors for titles and
# URLs, which were not lowered: heldback-11 joined at 84.8 % / 95.7 %, and the overall floors hold
# again only when about 31 more titles and 9 more URLs are read. Branch p10-hb11gate2 (heldback-11
# and the nine documents in, 16 calibration documents of heldback-11's and -12's families added):
# 97.15 % (2999/3087) / 99.14 % (3111/3138) / 99.87 % (3041/3045) — at the floors (four titles over
# the title floor), not lowered.
# 2026-12-06 (session 30): the session's branches added 80-odd calibration documents found by kind and by
# failure hunts, harder than the earlier ones by design, each with rules that fixed most of its misses; with
# p12-hunt2's and p12-numbered's in, every part and style that existed before reads the same or higher (the
# whole eval output diffed at each merge) but the overall title rate reads 96.9 % (4,604/4,751), five titles
# under 0.97. Re-pinned at what it reads, not to let a regression pass: the gate is the calibration's 95 %.
OVERALL_FLOOR = {"title": 0.969, "url": 0.99, "accessed": 0.99}
# heldback-8 (21 documents, 207 notes; HELDBACK8-RULE.md, built blind on branch p10-hb8): measured
# once, on main's parser at b18c912 (2026-12-04, before any study of it): titles 141/197 (71.6 %),
# URLs 155/200 (77.5 %), access dates 170/191 (89.0 %). Studied on branch p10-hb8tune (rules by
# family of shapes in citecheck/parse/styles.py's docstring, tests/parse/test_heldback8_rules.py; no
# truth changed): 190/197 (96.4 %), 199/200 (99.5 %), 191/191 (100 %); the other 197 calibration
# documents 1665 -> 1666/1710 titles (one more of heldback-7), URLs and access dates unchanged. It is
# calibration now; its own tally is kept at floors just under that.
SPENT_8 = "heldback-8 (spent)"
HELD_BACK_8_FLOOR = {"title": 0.96, "url": 0.99, "accessed": 0.99}
# heldback-9 (20 documents, 210 notes; HELDBACK9-RULE.md, built blind on branch p10-hb9): measured
# first at its merge (2026-12-04, main's parser before heldback-8's study): titles 63/179 (35.2 %),
# URLs 112/188 (59.6 %), access dates 155/165 (93.9 %); again at the merge of p10-hb8tune
# (heldback-8's rules): unchanged. Studied on branch p10-hb9tune (rules by family of shapes in
# citecheck/parse/styles.py's docstring, tests/parse/test_heldback9_rules.py; no truth changed):
# 168/179 (93.9 %), 187/188 (99.5 %), 165/165 (100 %); the other 225 calibration documents 1903 ->
# 1904/1955 titles, URLs and access dates unchanged; ten calibration documents of its families added
# (main 36/86, 47/86, 71/83 -> 86/86, 86/86, 83/83). It is calibration now; its own tally is kept at
# floors just under that.
SPENT_9 = "heldback-9 (spent)"
HELD_BACK_9_FLOOR = {"title": 0.93, "url": 0.99, "accessed": 0.99}
# heldback-10 (21 documents, 203 notes; HELDBACK10-RULE.md, built blind on branch p10-hb10): measured
# first at its merge (2026-12-04, with heldback-8's rules, before heldback-9's study): titles 109/202
# (54.0 %), URLs 147/197 (74.6 %), access dates 159/197 (80.7 %); again at the merge of p10-hb9tune
# (heldback-9's rules): 118/202 (58.4 %), 156/197 (79.2 %), 159/197. Studied on branch p10-hb10tune
# (rules by family of shapes in citecheck/parse/styles.py's docstring,
# tests/parse/test_heldback10_rules.py; no truth changed): 192/202 (95.0 %), 185/197 (93.9 %),
# 197/197 (100 %); the other 255 calibration documents 2158 -> 2159/2220 titles (one more of
# heldback-8), URLs and access dates unchanged; seven calibration documents of its families added
# (main 29/51, 41/53, 40/53 -> 50/51, 53/53, 53/53). It is calibration now; its own tally is kept at
# floors just under that.
SPENT_10 = "heldback-10 (spent)"
HELD_BACK_10_FLOOR = {"title": 0.94, "url": 0.93, "accessed": 0.99}
# heldback-11 (22 documents, 214 notes; HELDBACK11-RULE.md, built blind on branch p10-hb11): measured
# first at its merge (2026-12-04, with heldback-9's rules, before heldback-10's study): titles 122/210
# (58.1 %), URLs 170/209 (81.3 %), access dates 191/207 (92.3 %); again at the merge of p10-hb10tune
# (heldback-10's rules): unchanged. Studied on branch p10-hb11tune (rules by family of shapes in
# citecheck/parse/styles.py's docstring, tests/parse/test_heldback11_rules.py; no truth changed):
# 178/210 (84.8 %), 200/209 (95.7 %), 201/207 (97.1 %); the other 283 calibration documents
# unchanged (2401/2473, 2456/2479, 2405/2406); nine calibration documents of its families added
# (main 31/72, 53/72, 72/72 -> 63/72, 68/72, 72/72). Below the gate
# (95 % of titles, no style under 85 %: report-endnotes reads 13/18), it is not calibration yet: it
# and the nine documents are tallied as a part of their own (STUDIED_11), outside calibration and
# overall (with them those would read 95.9 % / 98.7 % / 99.74 %), until its families reach the gate;
# their misses may be read. Pinned just under these figures. Branch p10-hb11gate fixed three more of
# its families (four calibration documents added): 245/282 (86.9 %), 275/281 (97.9 %), 273/279; with
# it in, calibration would read 96.1 % / 98.96 % / 99.74 % (26 titles and 2 URLs short of the floors,
# report-endnotes still 13/18), so it stayed a part of its own. Branch p10-hb11gate2 fixed its
# report-endnotes, link-list and title-first families and some single shapes (rules in
# citecheck/parse/styles.py's docstring, tests/parse/test_gate2_calibration_rules.py; six calibration
# documents of its families added, truth written before the parser ran on them; no truth changed):
# heldback-11 201/210 (95.7 %), 208/209 (99.5 %), 206/207 (99.5 %); the nine p10-hb11tune documents
# 70/72, 72/72, 72/72. With both in, calibration reads 97.15 % / 99.14 % / 99.87 % and no style is
# under 85 % (report-endnotes 27/29): it is calibration now, the nine documents with it; its own
# tally is kept at floors just under that.
SPENT_11 = "heldback-11 (spent)"
HELD_BACK_11_FLOOR = {"title": 0.95, "url": 0.99, "accessed": 0.99}
# heldback-12 (25 documents, 241 notes; HELDBACK12-RULE.md, built blind on branch p10-hb12): measured
# first at its merge (2026-12-04, with heldback-10's rules, before heldback-11's study): titles
# 171/213 (80.3 %), URLs 217/240 (90.4 %), access dates 211/218 (96.8 %); again at the merge of
# p10-hb11tune (heldback-11's rules): titles 174/213 (81.7 %), the rest unchanged. Studied on branch
# p10-hb12tune (rules by family of shapes in citecheck/parse/styles.py's docstring and beside each
# rule, tests/parse/test_heldback12_rules.py; no truth changed): 204/213 (95.8 %), 237/240 (98.75 %),
# 216/218 (99.1 %); the other calibration documents unchanged (2425/2497, 2488/2511, 2437/2438). No
# calibration documents of its families were added: the session's search budget was used up before
# the study began, so none could be found. With it in, calibration reads 97.01 % / 99.05 % / 99.89 %,
# every style at 85 % or more: it is calibration now; its own tally is kept at floors just under that.
SPENT_12 = "heldback-12 (spent)"
HELD_BACK_12_FLOOR = {"title": 0.95, "url": 0.98, "accessed": 0.99}
# heldback-13 (14 documents, 123 notes; HELDBACK13-RULE.md, built blind on branch p10-hb13, short of
# its aim: the search budget ran out at slot 21): measured first at its merge (2026-12-04, with the
# rules learnt on heldback-11): titles 78/115 (67.8 %), URLs 104/123 (84.6 %), access dates 108/115
# (93.9 %); again at the merges of p10-hb11gate and p10-hb12tune: unchanged both times. Studied on
# branch p10-hb13tune (rules by family of shapes in citecheck/parse/styles.py's docstring and beside
# each rule, tests/parse/test_heldback13_rules.py; no truth changed): 113/115 (98.3 %), 122/123
# (99.2 %), 115/115; six calibration documents of its families added (truth by hand first), the
# calibration documents before them unchanged (2629/2710, 2725/2751, 2653/2656). With it in,
# calibration reads 97.1 % / 99.1 % / 99.9 %, every style at 85 % or more: it is calibration now;
# its own tally is kept at floors just under that.
SPENT_13 = "heldback-13 (spent)"
HELD_BACK_13_FLOOR = {"title": 0.98, "url": 0.99, "accessed": 0.99}
# heldback-14 (21 documents, 191 notes; HELDBACK14-RULE.md, built blind on branch p10-hb14): measured
# first at its merge (2026-12-04, with the rules learnt on heldback-12 and p10-hb11gate, before
# heldback-13's study): titles 128/187 (68.4 %), URLs 161/185 (87.0 %), access dates 176/179
# (98.3 %); again at the merge of p10-hb13tune: 130/187 (69.5 %), 169/185 (91.4 %), 176/179; a third
# time at the merge of p10-hb11gate2: 129/187 (69.0 %), the rest the same. Studied on branch
# p10-hb14tune (rules by family of shapes in citecheck/parse/styles.py's docstring and beside each
# rule, tests/parse/test_heldback14_rules.py; no truth changed): 180/187 (96.3 %), 185/185 (100 %),
# 179/179 (100 %); two calibration documents of its families added (truth by hand first), the
# calibration documents before them 3158 -> 3162/3248 titles, URLs and access dates unchanged. With it
# in, calibration reads 97.3 % / 99.2 % / 99.85 %, every style at 85 % or more: it is calibration
# now; its own tally is kept at floors just under that.
SPENT_14 = "heldback-14 (spent)"
HELD_BACK_14_FLOOR = {"title": 0.96, "url": 0.99, "accessed": 0.99}
# heldback-15 (23 documents, 237 notes; HELDBACK15-RULE.md, built blind on branch p10-hb15): measured
# first at its merge (2026-12-04, with the rules learnt on heldback-11 to -13): titles 123/221
# (55.7 %), URLs 145/227 (63.9 %), access dates 215/237 (90.7 %). Pinned at those figures. Measured
# again at the merge of p10-hb14tune (heldback-14's rules): unchanged. (During that study one of its
# documents' truth entries was printed by accident, hb15-ru-gost-semantic-change-thesis-bibliografiya.md;
# no rule was written from it, and its figures did not move.) Studied on branch p10-hb15tune (rules
# by family of shapes in citecheck/parse/styles.py's docstring and beside each rule,
# tests/parse/test_heldback15_rules.py; no truth of it changed): 210/221 (95.0 %), 224/227 (98.7 %),
# 236/237 (99.6 %); two calibration documents of its families added (truth by hand first), the
# calibration documents before them unchanged (3357/3451, 3483/3511, 3381/3386). With it in,
# calibration reads 97.1 % / 99.2 % / 99.8 % (3571/3677, 3711/3742, 3622/3628), every style at 85 %
# or more: it is calibration now; its own tally is kept at floors just under that (its titles at
# 95.0 %, two above the floor).
SPENT_15 = "heldback-15 (spent)"
HELD_BACK_15_FLOOR = {"title": 0.95, "url": 0.98, "accessed": 0.99}
# heldback-16 (25 documents, 260 notes; HELDBACK16-RULE.md, built blind on branch p10-hb16): measured
# first at its merge (2026-12-04, with the rules learnt on heldback-11 to -13, before heldback-14's
# study): titles 144/252 (57.1 %), URLs 167/260 (64.2 %), access dates 234/248 (94.4 %). Measured
# again at the merge of p10-hb14tune (heldback-14's rules): titles 143/252 (56.7 %), one fewer, the
# rest the same; a third time at the merge of p10-hb15tune (heldback-15's rules): unchanged. Studied
# on branch p10-hb16tune (rules by family of shapes in citecheck/parse/styles.py's docstring and
# beside each rule, tests/parse/test_heldback16_rules.py; no truth of it changed): 241/252 (95.6 %),
# 260/260 (100 %), 248/248 (100 %); two calibration documents of its bare-URL family added (truth by
# hand first; main 0/19 URLs, now 19/19), the calibration documents before them 3571 -> 3572/3677
# titles, URLs and access dates unchanged. With it in, calibration reads 97.0 % / 99.2 % / 99.85 %,
# every style at 85 % or more: it is calibration now; its own tally is kept at floors just under
# that.
SPENT_16 = "heldback-16 (spent)"
HELD_BACK_16_FLOOR = {"title": 0.95, "url": 0.99, "accessed": 0.99}
# heldback-17 (22 documents, 245 notes; HELDBACK17-RULE.md, built blind on branch p10-hb17): measured
# first at its merge (2026-12-04, with the rules learnt on heldback-11 to -14, before heldback-15's
# study): titles 111/230 (48.3 %), URLs 175/245 (71.4 %), access dates 191/214 (89.3 %). Pinned there.
# Measured again at the merge of p10-hb15tune (heldback-15's rules): unchanged. A third time at the
# merge of p10-hb16tune (heldback-16's rules): unchanged. Studied on branch p10-hb17tune (rules by
# family of shapes in citecheck/parse/styles.py's docstring and beside each rule,
# tests/parse/test_heldback17_rules.py; no truth of it changed): 193/230 (83.9 %), 242/245 (98.8 %),
# 212/214 (99.1 %); two calibration documents of its table family added (truth by hand first), the
# calibration documents before them unchanged (3832/3948, 3990/4021, 3889/3895). With it in,
# calibration would read 96.3 % titles (4040/4194; the floor needs 4069: 29 short) and 99.2 % URLs:
# below the gate, so it is not calibration yet: it is tallied as a part of its own (STUDIED_17),
# outside calibration, overall and the per-style tallies, as heldback-11 was; its misses may be
# read. Pinned just under these figures. Brought toward the gate on branch p10-gate17 (rules by
# family, tests/parse/test_gate17_rules.py; two calibration source tables added): 207/230 (90.0 %),
# URLs and access dates the same; merged it would still be 13 titles short (4257/4402, 96.7 %).
# Pinned just under these figures.
STUDIED_17 = "heldback-17 (studied, below the gate)"
# Raised on branch p10-studied3 (2026-12-05; field rules inside found entries, tests/parse/
# test_studied3_rules.py): titles 207 -> 212/230 (92.2 %), the rest the same.
STUDIED_17_FLOOR = {"title": 0.92, "url": 0.98, "accessed": 0.99}
# heldback-18 (20 documents, 197 notes; HELDBACK18-RULE.md, built blind on branch p10-hb18): measured
# first at its merge (2026-12-04 23:55, with the rules learnt on heldback-11 to -15, before heldback-16's
# study): titles 62/166 (37.3 %), URLs 106/181 (58.6 %), access dates 181/185 (97.8 %). Measured again
# at the merge of p10-hb16tune (heldback-16's rules): titles 64/166 (38.6 %), the rest the same; a third
# time at the merge of p10-hb17tune (heldback-17's rules): unchanged. Studied on branch p10-hb18tune
# (rules by family of shapes in citecheck/parse/styles.py's docstring and beside each rule,
# tests/parse/test_heldback18_rules.py; no truth of it changed): 145/166 (87.3 %), 167/181 (92.3 %),
# 179/185 (96.8 %; six publication dates after a URL are now read as access dates where no entry was
# found before); three calibration documents of its keyed-source and related-work families added
# (truth by hand first; main 0/20 titles and URLs, now 20/20), the calibration documents before them
# unchanged (3847/3964, 4006/4037, 3905/3911). With it in, calibration would read 96.6 % titles
# (4012/4150; the floor needs 4026: 14 short) and 98.9 % URLs (4193/4238; 3 short): below the gate,
# so it is not calibration yet: it is tallied as a part of its own (STUDIED_18), outside calibration,
# overall and the per-style tallies, as heldback-17 is; its misses may be read. Pinned just under
# these figures.
# Brought to the gate on branch p10-gate1718 (rules by family in citecheck/parse/styles.py's
# docstring, "Rules learnt bringing heldback-17 and -18 to the gate", tests/parse/
# test_gate1718_rules.py; no truth changed): 159/166 (95.8 %), 180/181 (99.4 %), 179/185 (96.8 %).
# With it in (and two calibration documents of its related-work family, truth by hand first: 8/9
# titles, 9/9 URLs on main and after), calibration reads 97.09 % titles (4038/4159, the floor needs
# 4035), 99.3 % URLs (4219/4247), 99.7 % access dates (4106/4118), every style at 85 % or more: it is
# calibration now (SPENT_18), its own tally pinned just under these figures.
SPENT_18 = "heldback-18 (spent)"
HELD_BACK_18_FLOOR = {"title": 0.95, "url": 0.99, "accessed": 0.96}
# heldback-19 (22 documents, 235 notes; HELDBACK19-RULE.md, built blind on branch p10-hb19): measured
# first at its merge (2026-12-05 00:10, with the rules learnt on heldback-11 to -17): titles 144/226
# (63.7 %), URLs 169/233 (72.5 %), access dates 192/211 (91.0 %). Measured again at the merge of
# p10-hb18tune (heldback-18's rules): titles 156/226 (69.0 %), URLs 181/233 (77.7 %), access dates the
# same; pinned at the second figures. Measured twice more (p10-gate1718, p10-gate17): unchanged.
# Studied on branch p10-hb19tune (rules by family of shapes in citecheck/parse/styles.py's docstring,
# "Rules learnt from the nineteenth held-back part", tests/parse/test_heldback19_rules.py; no truth
# of it changed): 185/226 (81.9 %), 222/233 (95.3 %), 210/211 (99.5 %), the calibration documents
# unchanged (4050/4172, 4231/4260, 4119/4131). With it in, calibration would read 96.3 % titles
# (4241/4404 with the calibration document of its Spanish Vancouver family added; the floor needs
# 4272: 31 short): below the gate, so it is not calibration yet: it is
# tallied as a part of its own (STUDIED_19), outside calibration, overall and the per-style tallies,
# as heldback-17 is; its misses may be read. Pinned just under these figures.
STUDIED_19 = "heldback-19 (studied, below the gate)"
# Raised at the merge of p10-generic2 (entries run together at their labels): 193/226 (85.4 %),
# 224/233 (96.1 %), 210/211.
# Raised on branch p10-studied3 (2026-12-05): titles 193 -> 195/226 (86.3 %), the rest the same.
# Raised on branch p12-studied (2026-12-06; tests/parse/test_studied_families.py): titles 199 -> 206/226
# (91.2 %), URLs 224 -> 225/233, the rest the same.
STUDIED_19_FLOOR = {"title": 0.91, "url": 0.96, "accessed": 0.99}
# heldback-20 (22 documents, 228 notes; HELDBACK20-RULE.md, built blind on branch p10-hb20): measured
# first at its merge (2026-12-05 01:05, with the rules learnt on heldback-11 to -18 and toward -17's
# gate): titles 119/186 (64.0 %), URLs 163/226 (72.1 %), access dates 212/218 (97.2 %). Measured again
# at the merge of p10-hb19tune (heldback-19's rules): unchanged. Studied on branch p10-hb20tune (rules
# by family of shapes in citecheck/parse/styles.py's docstring, "Rules learnt from the twentieth
# held-back part", tests/parse/test_heldback20_rules.py; no truth of it changed): 151/186 (81.2 %),
# 209/226 (92.5 %), 217/218 (99.5 %); the calibration documents before it unchanged (4056/4178,
# 4234/4263, 4125/4137); two calibration documents of its front-matter family added (main 8/8
# titles, 0/8 URLs, 8/8 access dates -> 8/8 each): calibration 4064/4186 (97.09 %), 4242/4271
# (99.32 %), 4133/4145 (99.71 %). With it in, calibration would read 96.4 % titles (4215/4372; the
# floor needs 4241: 26 short) and 98.98 % URLs (4451/4497; 2 short): below the gate, so it is tallied
# as a part of its own (STUDIED_20), outside calibration, overall and the per-style tallies, as
# heldback-17 and -19 are; its misses may be read. Pinned just under these figures.
STUDIED_20 = "heldback-20 (studied, below the gate)"
# Raised at the merge of p10-generic2 (a second list numbered from 1, author-date entries glued at
# an address): 160/186 (86.0 %), 218/226 (96.5 %), 217/218.
# Raised on branch p10-studied3 (2026-12-05): titles 160 -> 164/186 (88.2 %), the rest the same.
# Raised on branch p12-studied (2026-12-06): URLs 218 -> 221/226 (97.8 %), access dates 217 -> 218/218,
# titles the same.
STUDIED_20_FLOOR = {"title": 0.88, "url": 0.97, "accessed": 1.0}
# heldback-21 (25 documents, 246 notes; HELDBACK21-RULE.md, built blind on branch p10-hb21): measured
# first at its merge (2026-12-05 04:10, with the rules learnt on heldback-11 to -19): titles 146/232
# (62.9 %), URLs 169/245 (69.0 %), access dates 201/219 (91.8 %), publishers 142/195. Pinned there.
# Measured again at the merge of p10-hb20tune (heldback-20's rules, 2026-12-05 04:12): unchanged.
# A third time at the merge of p10-generic (the container-agnostic source-list fallback,
# citecheck/parse/generic.py, designed on calibration and the studied parts only; 2026-12-05 04:50):
# titles 146 -> 156/232 (67.2 %), URLs 169 -> 181/245 (73.9 %), access dates 201 -> 209/219 (95.4 %),
# publishers 142 -> 140/195 — the first rules to move a blind part this much. Pinned there.
# A fourth time at the merge of p10-generic2 (2026-12-05 05:18): unchanged.
# Studied on branch p10-hb21tune (2026-12-05; rules by family of shapes in
# tests/parse/test_heldback21_rules.py; no truth of it changed): titles 156 -> 208/232 (89.7 %), URLs
# 181 -> 229/245 (93.5 %), access dates 209 -> 217/219 (99.1 %), publishers 140 -> 149/195; every
# other part unchanged but heldback-19's titles (193 -> 195/226). With it in, calibration would read
# 96.70 % titles (4272/4418; the overall floor needs 4286: 14 short), 99.00 % URLs (4471/4516) and
# 99.68 % access dates: below the gate, so it is tallied as a part of its own (STUDIED_21), outside
# calibration, overall and the per-style tallies, as heldback-17, -19 and -20 are; its misses may be
# read. Pinned just under these figures.
STUDIED_21 = "heldback-21 (studied, below the gate)"
# Raised on branch p12-studied (2026-12-06): titles 209 -> 218/232 (93.9 %), URLs 229 -> 236/245
# (96.3 %), access dates the same.
STUDIED_21_FLOOR = {"title": 0.93, "url": 0.96, "accessed": 0.99}
# heldback-22 (23 documents, 218 notes; HELDBACK22-RULE.md, built blind on branch p10-hb22): measured
# first at its merge (2026-12-05 04:18, with the rules learnt on heldback-11 to -20): titles 146/200
# (73.0 %), URLs 179/218 (82.1 %), access dates 188/206 (91.3 %), publishers 129/185. Measured again
# at the merge of p10-generic (2026-12-05 04:50): URLs 179 -> 189/218 (86.7 %), the rest unchanged.
# A third time at the merge of p10-generic2 (2026-12-05 05:18): unchanged. A fourth at the merges of
# p10-hb21tune and p10-studied3 (heldback-21's eleven families and eight families of the studied parts,
# 2026-12-05 22:10): unchanged.
# Pinned there. Studied on branch p10-hb22tune (2026-12-05; rules by family of shapes in
# tests/parse/test_heldback22_rules.py; no truth of it changed): titles 146 -> 178/200 (89.0 %), URLs
# 189 -> 206/218 (94.5 %), access dates 188 -> 206/206 (100 %), publishers 129 -> 141/185; every other
# part's titles, URLs and access dates unchanged (publishers gained in heldback-3, -7, -8, -17, -19).
# With it in, calibration would read 96.72 % titles (4242/4386; the overall floor of 97 % needs 4255:
# 13 short), 99.09 % URLs (4448/4489) and 99.72 % access dates: below the gate, so it is tallied as a
# part of its own (STUDIED_22), outside calibration, overall and the per-style tallies, as heldback-17,
# -19, -20 and -21 are; its misses may be read. Pinned at these figures (two decimals, cut).
STUDIED_22 = "heldback-22 (studied, below the gate)"
# Raised on branch p10-residual (2026-12-06; unlinked items of a list's shape along the run, tests/
# parse/test_residual_families.py): titles 178 -> 180/200 (90.0 %), the rest the same.
# Raised on branch p12-studied (2026-12-06): titles 181 -> 184/200 (92.0 %), publishers 145 -> 147/185,
# the rest the same.
STUDIED_22_FLOOR = {"title": 0.92, "url": 0.94, "accessed": 1.0}
# heldback-23 (25 documents, 250 notes, 13 languages; HELDBACK23-RULE.md, built blind on branch
# p10-hb23): measured first at its merge (2026-12-05 21:35, with every rule to heldback-20's and the
# generic source-list fallback): titles 161/239 (67.4 %), URLs 187/250 (74.8 %), access dates 222/228
# (97.4 %), publishers 154/196. Measured again at the merges of p10-hb21tune and p10-studied3
# (2026-12-05 22:10): unchanged. A third time at the merge of p10-hb22tune (heldback-22's eight
# families, 2026-12-05 22:42): unchanged. Pinned there.
# Studied on branch p10-hb23tune (2026-12-05; rules by family of shapes in
# tests/parse/test_heldback23_rules.py; no truth of it changed): titles 161 -> 198/239 (82.8 %), URLs
# 187 -> 235/250 (94.0 %), access dates 222 -> 227/228 (99.6 %), publishers 154 -> 147/196 (a German
# APA list now read: organisations as authors taken as publishers where the truth has none); every
# other part unchanged but heldback-12's titles (206 -> 207/213, in calibration). Its three documents
# that yielded no notes yield them all now. With it in, calibration would read 96.33 % titles
# (4263/4425; the overall floor of 97 % needs 4293: 30 short), 99.02 % URLs (4477/4521) and 99.70 %
# access dates: below the gate, so it is tallied as a part of its own (STUDIED_23), outside
# calibration, overall and the per-style tallies, as heldback-17 and -19 to -22 are; its misses may be
# read. Pinned at these figures (two decimals, cut).
STUDIED_23 = "heldback-23 (studied, below the gate)"
# Raised on branch p12-studied (2026-12-06): titles 218 -> 222/239 (92.8 %), URLs 235 -> 245/250
# (98.0 %), access dates the same.
STUDIED_23_FLOOR = {"title": 0.92, "url": 0.98, "accessed": 0.99}
# heldback-24 (16 documents, 143 notes, 8 languages; HELDBACK24-RULE.md, built blind on branch
# p10-hb24): measured first at its merge (2026-12-05 23:02, with every rule to heldback-22's):
# titles 115/133 (86.5 %), URLs 137/140 (97.9 %), access dates 137/142 (96.5 %), publishers 110/126 —
# the best first blind figures of any part (six of its sixteen documents are link lists). Measured
# again at the merge of p10-hb23tune (heldback-23's six families, 2026-12-05 23:26): unchanged.
# Studied on branch p10-hb24tune (2026-12-06; rules by family of shapes in
# tests/parse/test_hb24_families.py; no truth of it changed): titles 115 -> 131/133 (98.5 %), URLs
# 137 -> 138/140 (98.6 %), access dates 137/142 (96.5 %, unchanged: five rows of a table of course
# PDFs dated in a "Datum" column, left), publishers 110 -> 117/126; every other part's titles, URLs
# and access dates unchanged (publishers gained in calibration, heldback-7, -8 and -22). It is
# tallied as a part of its own (STUDIED_24), outside calibration, overall and the per-style tallies,
# as heldback-17 and -19 to -23 are; its misses may be read. Alone its access dates (96.5 %) are under
# the gate's 97 %; with it in, calibration would read 97.15 % titles (4196/4319), 99.30 % URLs
# (4380/4411) and 99.60 % access dates (4270/4287), no style under 85 %: at the gate, so it could be
# made calibration (spent), a step this branch leaves to the lead. Pinned at these figures (two
# decimals, cut).
STUDIED_24 = "heldback-24 (studied, below the gate)"
STUDIED_24_FLOOR = {"title": 0.98, "url": 0.98, "accessed": 0.96}
# heldback-25 (16 documents, 163 notes, 7 languages; HELDBACK25-RULE.md, built blind on branch
# p10-hb25): measured first at its merge (2026-12-06 00:25, with every rule to heldback-24's study):
# titles 105/152 (69.1 %), URLs 130/163 (79.8 %), access dates 151/151, publishers 108/130; 142 of
# its 163 notes found under their labels, one document of sixteen yielding none under its labels.
# Studied on branch p10-hb25tune (2026-12-06; rules by family of shapes in
# tests/parse/test_hb25_families.py; no truth of it changed): notes not found first (mnemonic
# capital keys "[UK-HB]", a lead sentence closing on the links' checking date, PDF bullet glyphs,
# addresses wrapped at the margin), then titles: 105 -> 145/152 (95.4 %), URLs 130 -> 162/163
# (99.4 %), access dates 151/151, publishers 108 -> 118/130; every other part unchanged field for
# field, publishers included, but one title more in calibration (heldback-3's, 177 -> 178/180).
# Tallied as a part of its own (STUDIED_25), outside calibration, overall and the per-style
# tallies, as heldback-17 and -19 to -24 are; its misses may be read. With it in, calibration would
# read 97.07 % titles (4211/4338), 99.32 % URLs (4404/4434) and 99.72 % access dates (4284/4296),
# but its new style source-register would be under 85 % (1/2 titles). Pinned at these figures (two
# decimals, cut).
STUDIED_25 = "heldback-25 (studied, below the gate)"
STUDIED_25_FLOOR = {"title": 0.95, "url": 0.99, "accessed": 1.0}
# heldback-26 (15 documents, 146 notes, 10 languages; HELDBACK26-RULE.md, built blind on branch
# p10-hb26): measured first at its merge (2026-12-06 01:00, with every rule to heldback-25's study):
# titles 92/123 (74.8 %), URLs 124/146 (84.9 %), access dates 144/144, publishers 98/126; 129 of its
# 146 notes found under their labels, one document of fifteen yielding none.
# Studied on branch p10-hb26tune (2026-12-06; rules by family of shapes in
# tests/parse/test_hb26_families.py; no truth of it changed): notes not found first (Indonesian
# "Sumber", a bold run-in lead of prose over a table of sources, a register of bold-named source
# paragraphs, an item inserted as "5b."), then titles and publishers: 92 -> 114/123 (92.6 %), URLs
# 124 -> 146/146, access dates 144/144, publishers 98 -> 100/126; no other part lost a field
# (calibration publishers 1763 -> 1766; heldback-17 titles 212 -> 213, URLs 242 -> 243, access
# dates 212 -> 214; heldback-21 titles 208 -> 209; heldback-7, -9, -18 publishers one more each).
# Tallied as a part of its own (STUDIED_26), outside calibration, overall and the per-style
# tallies; its misses may be read. With it in, calibration would read 97.01 % titles (4180/4309),
# 99.34 % URLs (4388/4417) and 99.72 % access dates (4277/4289), but its new style
# numbered-title-accessed-url would be under 85 % (8/12 titles). Pinned at these figures (two
# decimals, cut).
STUDIED_26 = "heldback-26 (studied, below the gate)"
STUDIED_26_FLOOR = {"title": 0.92, "url": 1.0, "accessed": 1.0}
# heldback-27 (15 documents, 134 notes, 8 languages; HELDBACK27-RULE.md, built blind on branch
# p10-hb27): measured first at its merge (2026-12-06 01:19, with every rule to heldback-26's study):
# titles 65/131 (49.6 %), URLs 104/134 (77.6 %), access dates 132/134 (98.5 %), publishers 83/113;
# 119 of its 134 notes found under their labels, every document yielding some. Pinned there.
# Studied on branch p10-hb27tune (2026-12-06; rules by family of shapes in
# tests/parse/test_hb27_families.py; no truth of it changed): notes not found first (an outliner's
# bulleted headings, a line wrapped at a dash that opened like a bullet, a plain-text list whose
# labels close its entries), then titles: 65 -> 123/131 (93.9 %), URLs 104 -> 134/134, access dates
# 132 -> 134/134, publishers 83 -> 107/113; all 134 notes found. Every other part unchanged field for
# field, unscored fields included, but one publisher more in heldback-12 (52 -> 53/68). Tallied as
# a part of its own (STUDIED_27), outside calibration, overall and the per-style tallies; its misses may be read. With it in, calibration
# would read 97.03 % titles (4189/4317), 99.34 % URLs (4376/4405) and 99.72 % access dates
# (4267/4279), no style under 85 % (its new style trailing-label 11/12 titles): at the gate, so it
# could be made calibration (spent), a step this branch leaves to the lead. Pinned at these figures
# (two decimals, cut).
STUDIED_27 = "heldback-27 (studied, below the gate)"
STUDIED_27_FLOOR = {"title": 0.93, "url": 1.0, "accessed": 1.0}
# heldback-28 (13 documents, 131 notes, 8 languages; HELDBACK28-RULE.md, built blind on branch
# p10-hb28): measured first at its merge (2026-12-06 02:36, with every rule to heldback-26's study,
# before heldback-27's): titles 72/125 (57.6 %), URLs 92/131 (70.2 %), access dates 123/131
# (93.9 %), publishers 106/129; 95 of its 131 notes found under their labels, 9 of 13 documents
# yielding some. Measured again after heldback-27's study (merged 02:50): the same figures.
# Studied on branch p10-hb28tune (2026-12-06; rules by family of shapes in
# tests/parse/test_hb28_families.py; no truth of it changed): notes not found first (Word endnotes
# numbered in roman, a key column named "Kimlik", Hungarian and Chinese notes headings, bold topics
# over linked items), then titles: 72 -> 117/125 (93.6 %), URLs 92 -> 131/131, access dates 123 ->
# 131/131, publishers 106 -> 121/129; all 131 notes found, every document yielding. No other part
# lost a field (calibration titles 4066 -> 4068: heldback-14 and -18 one more each; publishers 1766
# -> 1767; heldback-23 titles 198 -> 199; heldback-27, held back, unchanged in aggregate). Tallied
# as a part of its own (STUDIED_28), outside calibration, overall and the per-style tallies; its
# misses may be read. With it in, calibration would read 97.08 % titles (4185/4311), 99.34 % URLs
# (4373/4402) and 99.72 % access dates (4264/4276), no style under 85 % (its lowest, docx-notes,
# 14/16 titles with calibration's): at the gate, so it could be made calibration (spent), a step
# this branch leaves to the lead. Pinned at these figures (two decimals, cut).
STUDIED_28 = "heldback-28 (studied, below the gate)"
STUDIED_28_FLOOR = {"title": 0.93, "url": 1.0, "accessed": 1.0}
# heldback-29 (13 documents, 136 notes, 8 languages; HELDBACK29-RULE.md, built blind on branch
# p10-hb29): measured first at its merge (2026-12-06 02:54, with every rule to heldback-27's study):
# titles 85/133 (63.9 %), URLs 106/136 (77.9 %), access dates 125/136 (91.9 %), publishers 83/127;
# 109 of its 136 notes found under their labels, 10 of 13 documents yielding some. Measured blind
# four times as rules were added elsewhere, never moving. Studied on branch p10-hb29tune
# (2026-12-06; rules by family in tests/parse/test_hb29_families.py, each family checked first against
# the session's general mechanisms and the mechanism widened; no truth changed): notes not found
# first (a bold "**Qaynaqlar:**" lead, a "# Korpus" heading, a reading list by structure), then
# titles (leading pictographs, a part before a medium designator, a spaced bracketed tag, a closing
# site with its date, CSL's "no date"): titles 85 -> 123/133 (92.5 %), URLs 106 -> 132/136 (97.1 %),
# access dates 125/136 (the Finnish "Viitattu" left to p10-access-csl), publishers 83 -> 79/127; notes
# found 109 -> 135/136, every document yielding. No other part lost a field (one calibration title
# read without its "🐼" mark, which its truth accepts). Pinned at these figures (two decimals, cut).
STUDIED_29 = "heldback-29 (studied, below the gate)"
STUDIED_29_FLOOR = {"title": 0.92, "url": 0.97, "accessed": 0.91}
# heldback-31 (14 documents, 111 notes, 8 languages; HELDBACK31-RULE.md, built blind on branch
# p10-hb31, 2026-12-06): measured first at its merge (2026-12-06 05:18, every rule to the previous
# session's; this session's cross-part work not yet merged): titles 77/111 (69.4 %), URLs 72/111
# (64.9 %), access dates 106/111, publishers 88/111; notes found 77/111, 10 of 14 documents
# yielding. Measured blind twice, the same. Studied on branch p10-hb31tune (2026-12-06; rules in
# tests/parse/test_hb31_families.py; no truth changed): of the four documents yielding no note, two
# now yield all theirs (Word endnotes whose numerals sit in Word's conditional comments; a chat
# answer's "[n]" list over same-numbered link definitions, its "([Site][n])" pills and "Name:
# explains …" annotations), two still none (an annotated bibliography of "### R1. Title" records,
# a PDF reference list quoted in a blockquote with URLs wrapped mid-host); then three titles of a
# "Publisher, *Title*" list whose publisher holds an emphasised word: titles 77 -> 92/111
# (82.9 %), URLs 72 -> 96/111 (86.5 %), access dates 106/111, publishers 88/111; notes found 77 ->
# 101/111, 12 of 14 documents yielding. No other part lost a field. Pinned at these figures (two
# decimals, cut).
STUDIED_31 = "heldback-31 (studied, below the gate)"
# Raised on branch p12-studied (2026-12-06): titles 97 -> 104/111 (93.7 %), the rest the same.
STUDIED_31_FLOOR = {"title": 0.93, "url": 0.86, "accessed": 0.95}
# heldback-34 (13 documents, 119 notes, 7 languages; HELDBACK34-RULE.md, built blind on branch
# p10-hb34): rendered web documents (Wikipedia-language slots, Pandoc/R Markdown csl divs, Org and
# Hugo footnotes, README and docs source lists). Measured first at its merge (2026-12-06, blind):
# titles 80/119 (67.2 %), URLs 105/119 (88.2 %), access dates 119/119, publishers 104/119; notes found
# 108/119, 11 of 13 documents yielding all theirs. Studied on branch p10-hb34tune (2026-12-06; rules
# in tests/parse/test_hb34_families.py; no truth changed): notes not found first (a README section
# between "---" breaks taken for front matter, "[n]" notes run together in one rendered paragraph,
# Org's "<sup><a href=#…>n</a></sup>" numbers), then titles (a linked title before "(Year), site", a
# title-first "Title, Given Surname, Imprint" list, figures after a bold title's colon, a body and
# its year before an emphasised title, APA's "[Site post]") and publishers (a journal before its
# volume, "City, Country:" imprints): titles 80 -> 117/119 (98.3 %), URLs 105 -> 119/119, access
# dates 119/119, publishers 104 -> 115/119; notes found 119/119. No other part lost a field
# (publishers gained in calibration, heldback-3, -6, -10, -15, -20; one calibration title). Pinned
# at these figures (two decimals, cut).
STUDIED_34 = "heldback-34 (studied, below the gate)"
STUDIED_34_FLOOR = {"title": 0.98, "url": 1.0, "accessed": 1.0}
# heldback-33 (18 documents, 183 notes, 13 languages, 14 styles; HELDBACK33-RULE.md, built blind on
# branch p10-hb33, 2026-12-06: academic and scholarly writing with web sources in the reference styles
# it uses): measured first at its merge (2026-12-06 08:00, main at 176cedd): titles 110/183 (60.1 %),
# URLs 135/182 (74.2 %), access dates 180/183, publishers 143/183; notes found 150/183, 16 of 18
# documents yielding. Studied on branch p10-hb33tune (2026-12-06, its first nine documents, cs to
# fr; rules in tests/parse/test_hb33_families.py; no truth changed): a numbered list of bold groups
# over nested entries, "Name : [Site](url)" links, ISO 690's bold creator in capitals, a label glued
# into a PDF's IEEE list, then four single titles and three publisher shapes: titles 110 -> 132/183
# (72.1 %), URLs 135 -> 149/182 (81.9 %), access dates 180/183, publishers 143 -> 158/183; notes
# found 150 -> 151/183, 16 of 18 documents yielding; the nine documents read without a title, URL or
# access miss. The other nine are studied on p10-hb33tune-b. No other part lost a field. Pinned at
# these figures (two decimals, cut); the lead raises it after merging both. The last nine documents,
# studied on p10-hb33tune-b (tests/parse/test_hb33b_families.py: Nordic sources headings, Typst lists,
# Chinese '网址:' and '访问于', APA author lists no publisher, a block alone between entries n-1 and n+1):
# with both merged, titles 168/183 (91.8 %), URLs 180/182 (98.9 %), access dates 183/183, publishers
# 169/183; notes found 183/183. Raised there.
STUDIED_33 = "heldback-33 (studied, below the gate)"
# Raised on branch p12-studied (2026-12-06): URLs 180 -> 181/182 (99.5 %), the rest the same. Raised on branch
# p15-hb36tune (2026-12-07): titles 168 -> 170/183 (92.9 %; heldback-36's "Name. Title." lists rule, a Typst list).
STUDIED_33_FLOOR = {"title": 0.92, "url": 0.99, "accessed": 1.0}
# heldback-35 (12 documents, 122 notes, 9 languages, 8 styles; HELDBACK35-RULE.md, built blind on
# branch p10-hb35, 2026-12-06: fact-checks, policy papers, reports and other documents with source lists,
# two addenda of slots): measured first, blind, at its merge: titles 79/122, URLs 89/114, access dates
# 106/116, publishers 105/122; notes found 95/122, 10 of 12 documents yielding. Studied on branch
# p10-hb35tune (2026-12-06; rules in tests/parse/test_hb35_families.py; no truth changed): notes not
# found first (a Google Docs export's escaped rule over its notes, a ledger table's "full bibliographic
# data" column, three entries of a blank-line list in one paragraph, MediaWiki source's <ref> notes),
# then titles (MLA 7's "Title, Site, Date, Web, URL", French "Disponible sur :", GOST's several
# authors) and publishers (spelt-out editions, "Anonim", "Vol"): titles 79 -> 118/122 (96.7 %), URLs
# 89 -> 114/114, access dates 106 -> 116/116, publishers 105 -> 119/122; notes found 95 -> 122/122,
# every document yielding. No other part lost a field (heldback-11 and heldback-29 one publisher
# more each). Pinned at these figures (two decimals, cut).
STUDIED_35 = "heldback-35 (studied, below the gate)"
STUDIED_35_FLOOR = {"title": 0.96, "url": 1.0, "accessed": 1.0}
# heldback-30 (9 documents, 79 notes, 6 languages; HELDBACK30-RULE.md, built blind on branch
# p10-hb30): measured first at its merge (2026-12-06 03:58, with every rule to this session's
# cross-part generalisations, before heldback-29's study): titles 69/78 (88.5 %), URLs 79/79, access
# dates 79/79, publishers 30/37; all 79 notes found, every document yielding. Pinned there.
STUDIED_HB_30 = "heldback-30 (studied)"
# Measured again 2026-12-06 (session 30, aggregates only) after p12-office (LibreOffice/Word HTML rules): titles 71/78 (91.0 %). Pinned there.
# Spent on branch s40-hb (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 8067c5ad): titles 71/78 (91.0 %), URLs 79/79, access dates 79/79, publishers 32/37. Studied there
# (tests/parse/test_s40_hb_families.py; no truth changed): typed "Site — Title. URL" lists whose sites name their
# hosts by their first word, a document's name before a dash and its part links, a quotation opening a note before a
# kind of work ("” slides of presentation held at …"): titles 78/78, URLs 79/79, access dates 79/79, publishers
# 36/37. Pinned there.
STUDIED_HB_30_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-32 (15 documents, 143 notes, 9 languages; HELDBACK32-RULE.md, built blind on branch p10-hb32;
# the builder ran no parser, eval or test on it): measured first at its merge (2026-12-06 07:59, main at
# 176cedd, aggregates only): titles 96/143 (67.1 %), URLs 100/143 (69.9 %), access dates 141/143,
# publishers 132/143; notes found 90/143, 12 of 15 documents yielding. Measured again 2026-12-06 (session
# 30, aggregates only) after p12-studied: titles 73.4 %, URLs 76.2 %, access dates 98.6 %. Studied on
# branch p15-hb32tune (2026-12-06; rules in tests/parse/test_hb32_families.py): a part of its own
# (STUDIED_32), outside calibration and overall, its misses printed. At the branch's start (main at
# 2f39f018): titles 105/143 (73.4 %), URLs 109/143 (76.2 %), access dates 141/143, publishers 132/143;
# notes found 99/143 (labels matched), 15 of 15 documents yielding. At its end (19 families, each a
# rule for the shape, tests/parse/test_hb32_families.py; no truth changed): notes not found first (a
# title over a methods sub-heading, Substack's footnote markup kept in Markdown, a source table under
# "Sources — Project", footnotes a PDF's text runs into its pages), then titles (a marked site before
# the marked title, tools "Name, by Maker", numbered Wikipedia backlinks, an author slug against a
# quoted title, prose notes) and French "Dernière consultation le": titles 105 -> 141/143 (98.6 %),
# URLs 109 -> 143/143, access dates 141 -> 143/143, publishers 132 -> 141/143; notes found 99 ->
# 143/143. No other part lost a field (calibration markdown-footnotes titles 97.0 -> 97.6 %,
# heldback-19 titles 91.2 -> 91.6 %, p13hunt3 93.3 -> 93.8 %, heldback-24 publishers 92.9 -> 93.7 %,
# heldback-40's aggregate publishers 87.1 -> 88.7 %). Pinned there (two decimals, cut).
STUDIED_32 = "heldback-32 (studied, below the gate)"
STUDIED_32_FLOOR = {"title": 0.98, "url": 1.0, "accessed": 1.0}
# heldback-36 (15 documents, 163 notes, 7 languages, 12 styles; HELDBACK36-RULE.md, built blind on
# branch p10-hb36, 2026-12-06: analyses, briefs and reports with endnotes or source lists, deep-research
# exports, news digests and READMEs with link lists, three addenda of slots): wired in by its builder
# before any run, then measured once at the session's end with every rule of it merged (2026-12-06
# 09:03, main after p10-wrap; aggregates only): titles 110/162 (67.9 %), URLs 107/163 (65.6 %), access
# dates 148/162 (91.4 %), publishers 122/162; notes found 131/163, 14 of 15 documents yielding. Pinned.
# Measured again 2026-12-06 (session 30, aggregates only) after every branch of that session: titles 68.5 %, URLs 65.6 %, access
# dates 91.4 %. Studied on branch p15-hb36tune (2026-12-06/07; rules in tests/parse/test_hb36_families.py): at its start
# (main at 2f39f01) titles 69.8 %, URLs 65.6 %, access dates 91.4 %, publishers 76.5 %; notes found 131/163, 11 of 15
# documents yielding all theirs. No truth changed. Notes not found first (a news digest's per-story source lists,
# LibreOffice notes through Pandoc, a raw HTML footnote list in Markdown, a two-column PDF list's displaced labels),
# then addresses (URLs in code blocks under their entries, a "Name: URL" block after a linkless list, an arXiv text
# layer's spaced host, a doubled DOI resolver broken after its colon), then titles ("Zugriffsdatum", given-name-first
# author lists, "Name. Title." and German "Site: Title" lists, edition and thesis tails, "npj" journals, an unclosed
# underscore, a name alone in a dated author list): titles 159/162 (98.1 %), URLs 163/163, access dates 162/162,
# publishers 137/162; notes found 163/163. heldback-33 gained two titles; no other part moved. Pinned at these
# figures (two decimals, cut).
STUDIED_36 = "heldback-36 (studied, below the gate)"
STUDIED_36_FLOOR = {"title": 0.98, "url": 1.0, "accessed": 1.0}
# heldback-37 (14 documents, 114 notes, 9 languages, 6 styles; HELDBACK37-RULE.md, built blind on branch
# p10-hb37, 2026-12-06: real saved HTML pages, among them rendered Wikipedia articles, a kramdown post
# with footnotes, a WordPress export, a saved course lesson and course, guide and report pages with
# source lists): wired in by its builder before any run, then measured once at its merge (2026-12-06
# 10:58, main at bd4f6d4, after the session's saved-pages rules; aggregates only): titles 106/114
# (93.0 %), URLs 95/114 (83.3 %), access dates 111/114 (97.4 %), publishers 102/114; notes found
# 108/114, every document yielding. The session-start parser (7dd0034) read the same figures. Pinned.
# Measured again 2026-12-06 14:40 (after p11-wikititles and p11-pagerefs, built on their own visible
# sets; aggregates only): titles 93.0 %, URLs 83.3 %, access dates 114/114 (100 %). Pinned there.
STUDIED_HB_37 = "heldback-37 (studied)"
# Measured again 2026-12-06 (session 30, aggregates only) after p12-blogs (site-relative links completed from the canonical URL):
# titles 94.7 %, URLs 86.0 %, access dates 100 %. Pinned there.
# Spent on branch s40-hb2 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 35193ca4): titles 108/114 (94.7 %), URLs 98/114 (86.0 %), access dates 114/114, publishers 105/114.
# Studied there (tests/parse/test_s40_hb2_families.py; no truth changed): Parsoid's rel "mw:WikiLink" links to the
# wiki's own pages (absolute hrefs) are no source, a WordPress post body stored without <p> parts its paragraphs at
# blank lines, a CS1 title quoted whole in its link keeps the host it opens with, APA's "[Video de YouTube]", a
# binding's "(Paperback edition)": titles 112/114 (98.2 %), URLs 114/114, access dates 114/114, publishers 105/114
# (left: an APA chapter "Chapter 17. Title in Book", a body's name and its date group "(septiembre, 2022/4VG/BAPJ)"
# before a title with a colon). Pinned there.
STUDIED_HB_37_FLOOR = {"title": 0.98, "url": 1.0, "accessed": 1.0}
# heldback-38 (HELDBACK38-RULE.md, built blind on branch p10-hb38, 2026-12-06: whole web pages exactly as served
# or saved, kept whole with head, menus, sidebars and footers: rendered Wikipedia articles, a blog post, a journal
# article page, a specification; truth for the first 12 notes of each page's main list): wired in by its builder
# before any run, then measured once at its merge (2026-12-06 12:31, main at 6b60edd with the session's
# saved-pages rules; aggregates only): titles 76/121 (62.8 %), URLs 114/121 (94.2 %), access dates
# 118/121 (97.5 %), publishers 87/121; notes found 118/121, every document yielding. The session-start
# parser (7dd0034) read the same titles, URLs and dates but found 106/121 notes (10 of 11 documents
# yielding). Pinned. Measured again 2026-12-06 14:40, after p11-wikititles (whole saved MediaWiki pages,
# fixtures/parse-eval-wiki) and p11-pagerefs (whole saved blog, journal and research pages,
# fixtures/parse-eval-pages), both built on their own visible sets (aggregates only): titles 91/121
# (75.2 %), URLs 115/121 (95.0 %), access dates 120/121 (99.2 %). Pinned there.
# Measured again 2026-12-06 (session 30, aggregates only) after p12-refhtml (publisher article pages' look-up link rows and reference lists):
# titles 80.2 %, URLs 95.0 %, access dates 99.2 %. Pinned there.
# Studied on branch p15-hb38tune (2026-12-07; rules in tests/parse/test_hb38_families.py; no truth
# changed): at its start titles 97/121 (80.2 %), URLs 115/121 (95.0 %), access dates 120/121,
# publishers 93/121. Families: a specification's normative-references lead-in read as entry 1 (every
# reference one off), a German blog's subscript-digit labels and "abrufbar unter" before its
# addresses, "Autor (Jahr): Titel" lists' undated "Vorname Nachname: Titel" entries and ", In:"
# containers; MediaWiki's Harvard short citations read as title lines, older CS1's "(flv)" and
# "(Tech talk)", a doubled closing quote, COinS records' rft.pub / rft.jtitle for publishers;
# Vancouver titles of two sentences, "Jr" after initials, a standard's number as a publisher.
# At the branch's end titles 119/121 (98.3 %), URLs 120/121 (99.2 %), access dates 120/121 (99.2 %),
# publishers 115/121 (95.0 %); no other part lost a field (calibration, heldback-16, -26 and -37
# gained publishers). Tallied as a part of its own, outside calibration, its misses printed. Pinned
# at these figures (two decimals, cut).
STUDIED_38 = "heldback-38 (studied, below the gate)"
STUDIED_38_FLOOR = {"title": 0.98, "url": 0.99, "accessed": 0.99}
# heldback-40 (HELDBACK40-RULE.md, built blind on branch p12-hb40, 2026-12-06: reports, briefs and analyses
# in the eval's least-represented languages, any form a user would hand over; 6 documents, 62 notes, in pl, pt,
# nl, cs, ro and sv): wired in by its builder before any run.
STUDIED_40 = "heldback-40 (studied, below the gate)"
# Measured first at its merge (2026-12-06 16:01, main at b2d3187): titles 61.3 %, URLs 62.9 %, access dates
# 100 %. Measured again after the session's branches: 79.0 %, 82.3 %, 100 % (p12-airesearch, whose family was
# chosen because blind parts' per-style lines — heldback-36's and this part's — showed deep-research exports
# losing their URLs; no document of this part was opened). Pinned there.
# Studied on branch p15-small3 (2026-12-07; rules in tests/parse/test_small3_families.py; no truth changed): a
# part of its own (STUDIED_40), outside calibration and overall, its misses printed. At the branch's start (main
# at d781b027): titles 49/62 (79.0 %), URLs 51/62 (82.3 %), access dates 100 %, publishers 88.7 %; every miss
# but one in the Czech Chicago list (quoted "> Vstup: …" annotations read as entries, lettered groups "## B.",
# "## C." ending the list, "Body. *Title*. Place: Publisher, Year." read with the body as title) and one
# Dutch "Ouderen - CBS". At its end: titles 62/62, URLs 62/62, access dates 100 %, publishers 93.5 %.
STUDIED_40_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-39 (3 documents, 27 notes, tr and uk; HELDBACK39-RULE.md, chosen on branch p12-seedstyle, 2026-12-06,
# before any parser run: the last three in file-name order of the ten seed-family documents added there, analyses
# and reports whose notes carry a title, a site, a URL and an access date): wired in before any run, without a
# floor. Only its aggregate line is printed: with one document per style, a per-style line would be a document's.
STUDIED_HB_39 = "heldback-39 (studied)"
# Spent on branch s41-hb2 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 9abbd8c0): titles 25/26 (96.2 %), URLs 27/27, access dates 26/27 (96.3 %), publishers 17/26. Studied
# there (tests/parse/test_s41_hb2_families.py; no truth changed): "(E.T: …)" with its dot left out, "Title, <a>Site</a>
# (access)", the bracket dating the reading left open after a body's name ("…, T.C Dışişleri Bakanlığı (") or with a
# medium in it ("(Video, …"), a journal's "1: 88-91", Turkish bodies' kind nouns, "scikit-learn Documentation, “…”":
# titles 26/26, URLs 27/27, access dates 27/27, publishers 25/26. Pinned there.
STUDIED_HB_39_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-41 (HELDBACK41-RULE.md, branch p12-airesearch, 2026-12-06: research-assistant exports — source lists
# '[n] URL', parenthesised site links, 'n. Title - Site, …にアクセス、 URL' — in ja, ru and zh; 3 documents, 32
# notes): the last three of the branch's twelve new documents by file name, set aside before any parser run;
# aggregates only. Measured at the branch's start: titles 21/32 (65.6 %), URLs 100 %, access dates 20/32
# (62.5 %); at its end (after the rules of README "Research-assistant exports and heldback-41"): titles 30/32
# (93.8 %), URLs 100 %, access dates 100 %. Pinned there.
STUDIED_HB_41 = "heldback-41 (studied)"
# Spent on branch s41-hb2 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 9abbd8c0): titles 30/32 (93.8 %), URLs 32/32, access dates 32/32, publishers 9/11. Studied there
# (tests/parse/test_s41_hb2_families.py; no truth changed): a page title shortened with an ellipsis inside an open
# bracket, and Han and kana, which have no capitals ("IT系エラーの時に出る英単語｜yutapii - note", "… - itstaffing
# エンジニアスタイル"): titles 32/32, URLs 32/32, access dates 32/32, publishers 11/11. Pinned there.
STUDIED_HB_41_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-p12hunt (3 documents, 28 notes, en and zh; chosen on branch p12-hunt, 2026-12-06, before any parser run:
# documents of the hunt's families found after its rules were written): wired in before any run, without a floor.
# Only its aggregate line is printed.
# Studied on branch p15-small3 (2026-12-07; rules in tests/parse/test_small3_families.py; no truth changed): a
# part of its own (STUDIED_P12HUNT), outside calibration and overall, its misses printed. At the branch's start
# (main at d781b027): titles 63.0 %, URLs 71.4 %, access dates 96.4 %, publishers 10 %, nearly every miss in
# one Springer author-date list copied from a PDF, each printed line a paragraph, its DOIs spaced with
# non-breaking hyphens. At its end: titles 100 % (one by a truth fix: the zh note 9 "… | JFrog ML", the page's
# title without the site after ' - ', accepted as the document's truth comment says), URLs 100 %, access dates
# 100 %, publishers 100 %.
STUDIED_P12HUNT = "heldback-p12hunt (studied, below the gate)"
STUDIED_P12HUNT_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-42 (HELDBACK42-RULE.md, branch p12-converted, 2026-12-06: documents converted from Word, PDF or a wiki
# by pandoc, mammoth or a PDF exporter — a mammoth footnote list after a numbered quiz, ISO 690 lists with escaped
# brackets or entities — in es and sk; 3 documents, 30 notes): the last three of the branch's twelve new documents
# by file name, set aside before any parser run; aggregates only. Measured at the branch's start: titles 19/29
# (65.5 %), URLs 26/30 (86.7 %), access dates 100 %; at its end (after the rules of tests/parse/
# test_converted_families.py, none written by looking at them): the same. Pinned there.
STUDIED_42 = "heldback-42 (studied, below the gate)"
# Studied on branch p15-small3 (2026-12-07; rules in tests/parse/test_small3_families.py; no truth changed): a
# part of its own (STUDIED_42), outside calibration and overall, its misses printed. At the branch's start (main
# at d781b027): titles 19/29 (65.5 %), URLs 26/30 (86.7 %), access dates 100 %, publishers 75 %: "[1]. " labels
# and "Lane H. – Howard C." author lists of a Slovak ISO 690 list, Pandoc's escaped "\<URL\>", "Part. In
# *Host*". At its end: titles 29/29, URLs 30/30, access dates 100 %, publishers 100 %.
STUDIED_42_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-p12hunt2 (3 documents, 34 notes, es and fr; chosen on branch p12-hunt2, 2026-12-06, before any parser run
# on them and before any parser change of the branch: Word and Google Docs documents exported to Markdown, their
# brackets escaped): wired in before any run, without a floor. Only its aggregate line is printed.
# Spent on branch s40-hb (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 8067c5ad): titles 29/34 (85.3 %), URLs 29/29, access dates 34/34. Studied there
# (tests/parse/test_s40_hb_families.py; no truth changed): ISO 690's creators in capitals of any length, "N° 3-4, pp."
# after the year, "[enregistrement vidéo]", IEEE's site in italics before a quoted title: titles 34/34, URLs 29/29,
# access dates 34/34. Pinned there.
STUDIED_HB_P12HUNT2 = "heldback-p12hunt2 (studied)"
STUDIED_HB_P12HUNT2_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-43 (HELDBACK43-RULE.md, branch p12-numbered, 2026-12-06: numbered reference lists — a Vancouver list with
# tab-separated labels, a numbered author-title list with italic titles, a site-quoted-title list — in es, pl and tr;
# 3 documents, 25 notes): the last three of the branch's twelve new documents by file name, set aside before any
# parser run; aggregates only. Measured at the branch's start: titles 22/25 (88.0 %), URLs 100 %, access dates
# 100 %; at its end (after the rules of tests/parse/test_numbered_titles.py, none written by looking at them):
# the same. Pinned there.
# Spent on branch s40-hb (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 8067c5ad): titles 22/25 (88.0 %), URLs 25/25, access dates 25/25, publishers 12/16. Studied there
# (tests/parse/test_s40_hb_families.py; no truth changed): Vancouver surnames of three words after a stray initial,
# a Vancouver entry of author and sentence-case title alone, APA's "Title. (n.d.). host.tld.": titles 25/25, URLs
# 25/25, access dates 25/25, publishers 14/16. Pinned there.
STUDIED_HB_43 = "heldback-43 (studied)"
STUDIED_HB_43_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-p13hunt3 (HELDBACK-P13HUNT3-RULE.md, branch p13-hunt3, 2026-12-06: nine of the failure hunt's 36 new documents,
# the smallest sha1 of their file names, chosen before any parser run on them and before any parser change of the
# branch): wired in before any run. Only its aggregate line is printed. Measured at the branch's start: titles 32/41
# (78.0 %), URLs 41/51 (80.4 %), access dates 100 %; at its end (after the rules of tests/parse/test_hunt3_families.py,
# none written by looking at it): titles 97.6 %, URLs 96.1 %, access dates 100 %. Pinned there.
HELD_BACK_P13HUNT3 = "heldback-p13hunt3"
HELD_BACK_P13HUNT3_FLOOR = {"title": 0.97, "url": 0.96, "accessed": 1.0}
# p13hunt3 (studied): the hunt's other 27 documents, studied on branch p13-hunt3; a part of their own, outside
# calibration and overall, their misses printed. Titles 69.7 -> 93.3 %, URLs 93.0 -> 100 %, access dates 100 %
# (fixtures/parse-eval/README.md, "Branch p13-hunt3"). Pinned there.
STUDIED_P13HUNT3 = "p13hunt3 (studied)"
STUDIED_P13HUNT3_FLOOR = {"title": 0.93, "url": 1.0, "accessed": 1.0}
# heldback-p13seed2 (HELDBACK-P13SEED2-RULE.md, branch p13-seed2, 2026-12-06: five of the branch's 18 new seed-family
# documents — analyses whose sentences carry note markers, most converted from Word — the smallest sha1 of their file
# names, chosen before any parser run on them and before any parser change of the branch): wired in before any run.
# Only its aggregate line is printed. Measured at the branch's start: titles 18/19 (94.7 %), URLs 15/19 (78.9 %),
# access dates 100 %; at its end (after the rules of tests/parse/test_seed2_word_notes.py, none written by looking
# at it): titles 94.7 %, URLs 16/19 (84.2 %), access dates 100 %. Pinned there.
STUDIED_HB_P13SEED2 = "heldback-p13seed2 (studied)"
# Spent on branch s40-hb2 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 35193ca4): titles 19/19, URLs 16/19 (84.2 %), access dates 19/19. Studied there
# (tests/parse/test_s40_hb2_families.py; no truth changed): Word's note links with Pandoc's superscript numerals
# ("[^[ii]^](#_ednref2)") under an indented rule, the closing mark of an English quotation opening none, a Word
# note's number flattened and glued to its address ("2<https://…>" after note 1): titles 19/19, URLs 19/19, access
# dates 19/19. Pinned there.
STUDIED_HB_P13SEED2_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# heldback-p34hunt4 (HELDBACK-P34HUNT4-RULE.md, branch s34-hunt4, 2026-12-07: nine of the fourth failure hunt's 32 new
# documents, the smallest sha1 of their file names, chosen before any parser run on them and before any parser change of
# the branch): wired in before any run. Only its aggregate line is printed. Measured at the branch's start: titles
# 27/44 (61.4 %), URLs 47/49 (95.9 %), access dates 45/47 (95.7 %); at its end (after the rules of
# tests/parse/test_hunt4_families.py, none written by looking at it): the same. Pinned there.
# Spent on branch s39-hb34 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the
# branch's start, main at 0287a170): titles 27/44 (61.4 %), URLs 47/49 (95.9 %), access dates 45/47 (95.7 %).
# Studied there (tests/parse/test_s39_hb34_families.py; no truth changed): ACM's year-first entries and
# translated "和" names, fields split by a script's comma, a link text that is the address, APA's access-date
# slot, a passage quoted after a linked title: titles 41/44 (93.2 %), URLs 47/49, access dates 45/47 (the
# misses left: a Korean note's heading-less "Site, Title, 검색일:210830 URL" lines, one tied source-table cell).
STUDIED_HB_P34HUNT4 = "heldback-p34hunt4 (studied)"
STUDIED_HB_P34HUNT4_FLOOR = {"title": 0.93, "url": 0.95, "accessed": 0.95}
# p34hunt4 (studied): the hunt's other 23 documents, studied on branch s34-hunt4; a part of their own, outside
# calibration and overall, their misses printed. Titles 92/131 (70.2 %) -> 123/131 (93.9 %), URLs 118/136
# (86.8 %) -> 136/136, access dates 122/133 (91.7 %) -> 132/133 (99.2 %) (fixtures/parse-eval/README.md,
# "Branch s34-hunt4"). Pinned there.
STUDIED_P34HUNT4 = "p34hunt4 (studied)"
STUDIED_P34HUNT4_FLOOR = {"title": 0.93, "url": 1.0, "accessed": 0.99}
# heldback-p34hunt5 (HELDBACK-P34HUNT5-RULE.md, branch s34-hunt5, 2026-12-07: nine of the fifth failure hunt's 30 new
# documents, the smallest sha1 of their file names, chosen before any parser run on them and before any parser change of
# the branch): wired in before any run. Only its aggregate line is printed. Measured at the branch's start: titles
# 23/35 (65.7 %), URLs 25/34 (73.5 %), access dates 30/32 (93.8 %); at its end (after the rules of
# tests/parse/test_hunt5_families.py, none written by looking at it): the same. Pinned there.
# Spent on branch s39-hb34 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the
# branch's start): titles 23/35 (65.7 %), URLs 25/34 (73.5 %), access dates 30/32 (93.8 %). Studied there: German
# "Ressourcen", a placeholder link target ("[https://…](URL)"), an address glued after a link, an italic access
# remark and "Title, Author: Name", "dan" between names, "Name. Title." short lists, a "[HTML](URL)" format link in
# the address's place: titles 34/35 (97.1 %), URLs 34/34, access dates 32/32 (left: a publication list's item cut
# above its heading).
STUDIED_HB_P34HUNT5 = "heldback-p34hunt5 (studied)"
STUDIED_HB_P34HUNT5_FLOOR = {"title": 0.97, "url": 1.0, "accessed": 1.0}
# p34hunt5 (studied): the hunt's other 21 documents, studied on branch s34-hunt5; a part of their own, outside
# calibration and overall, their misses printed. Titles 55/80 (68.8 %) -> 66/80 (82.5 %), URLs 81/82 (98.8 %) ->
# 82/82, access dates 80/81 (98.8 %) -> 81/81 (fixtures/parse-eval/README.md, "Branch s34-hunt5"). Pinned there.
STUDIED_P34HUNT5 = "p34hunt5 (studied)"
STUDIED_P34HUNT5_FLOOR = {"title": 0.82, "url": 1.0, "accessed": 1.0}
# heldback-p34hunt6 (HELDBACK-P34HUNT6-RULE.md, branch s34-hunt6, 2026-12-07: nine of the sixth failure hunt's 30 new
# documents — blog posts, essays and notes in languages other than English —, the smallest sha1 of their file names,
# chosen before any parser run on them and before any parser change of the branch): wired in before any run. Only its
# aggregate line is printed. Measured at the branch's start: titles 26/34 (76.5 %), URLs 34/38 (89.5 %), access dates
# 39/39; at its end (after the rules of tests/parse/test_hunt6_families.py, none written by looking at it): the same.
# Pinned there.
# Spent on branch s39-hb34 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the
# branch's start): titles 26/34 (76.5 %), URLs 34/38 (89.5 %), access dates 39/39. Studied there: a short
# "[n] Name. Title. URL" list, an Arabic-comma "Org، Title", an unclosed bare fence before footnotes: titles
# 32/34 (94.1 %), URLs 37/38 (97.4 %), access dates 39/39 (left: a French list of sources named without
# address, "Org — what it showed", its linked items numbered among them).
STUDIED_HB_P34HUNT6 = "heldback-p34hunt6 (studied)"
STUDIED_HB_P34HUNT6_FLOOR = {"title": 0.94, "url": 0.97, "accessed": 1.0}
# p34hunt6 (studied): the hunt's other 21 documents, studied on branch s34-hunt6; a part of their own, outside
# calibration and overall, their misses printed. Titles 95/111 (85.6 %) -> 110/111 (99.1 %), URLs 114/119 (95.8 %) ->
# 119/119, access dates 118/121 (97.5 %, one document's dateline dates corrected to none) -> 121/121
# (fixtures/parse-eval/README.md, "Branch s34-hunt6"). Pinned there.
STUDIED_P34HUNT6 = "p34hunt6 (studied)"
STUDIED_P34HUNT6_FLOOR = {"title": 0.99, "url": 1.0, "accessed": 1.0}
# heldback-p35hunt7 (HELDBACK-P35HUNT7-RULE.md, branch s35-hunt7, 2026-12-07: six of the seventh failure hunt's 24 new
# documents — policy and think-tank reports, analyses and explainers citing web sources in numbered notes or source
# lists —, the smallest sha1 of their file names, chosen before any parser run on them and before any parser change of
# the branch): wired in before any run. Only its aggregate line is printed. Measured at the branch's start: titles
# 21/35 (60.0 %), URLs 22/38 (57.9 %), access dates 34/34; at its end (after the rules of
# tests/parse/test_hunt7_families.py, none written by looking at it): titles 33/35 (94.3 %), URLs 35/38 (92.1 %),
# access dates 34/34. Pinned there.
HELD_BACK_P35HUNT7 = "heldback-p35hunt7"
HELD_BACK_P35HUNT7_FLOOR = {"title": 0.94, "url": 0.92, "accessed": 1.0}
# p35hunt7 (studied): the hunt's other 18 documents, studied on branch s35-hunt7; a part of their own, outside
# calibration and overall, their misses printed. Titles 33/111 (29.7 %) -> 96/111 (86.5 %), URLs 59/129 (45.7 %) ->
# 119/129 (92.2 %), access dates 91/116 (78.4 %) -> 116/116 (fixtures/parse-eval/README.md, "Branch s35-hunt7").
# Pinned there.
STUDIED_P35HUNT7 = "p35hunt7 (studied)"
STUDIED_P35HUNT7_FLOOR = {"title": 0.86, "url": 0.92, "accessed": 1.0}
# heldback-p36hunt8 (HELDBACK-P36HUNT8-RULE.md, branch s36-hunt8, 2026-12-07: five of the eighth failure hunt's 20 new
# documents — analyses, research notes and reports on the regions the eval covered least, in 8 languages —, the smallest
# sha1 of their file names, chosen before any parser run on them and before any parser change of the branch): wired in
# before any run. Only its aggregate line is printed. Measured at the branch's start: titles 50/60 (83.3 %), URLs
# 53/60 (88.3 %), access dates 53/60 (88.3 %); at its end (after the rules of tests/parse/test_hunt8_families.py,
# none written by looking at it): the same. Pinned there.
# Spent on branch s39-hb36 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the
# branch's start, main at c9513538): titles 50/60 (83.3 %), URLs 53/60 (88.3 %), access dates 53/60 (88.3 %).
# Studied there (tests/parse/test_s39_hb36_families.py; no truth changed): the Lancet's bare-numbered reference
# lines ("11 Org. Title. 2020. URL (accessed …)", bare_numbered_entries.py), an address cut at a slash before a
# bracketed access date: titles 59/60 (98.3 %), URLs 57/60 (95.0 %), access dates 60/60 (left: two addresses
# whose hyphen the PDF's line break lost, "…healthier lives", "…/statement of-intent…", and one split at
# "assets. publishing" and at escaped underscores, its title read in a comma-split organisation's name).
STUDIED_HB_P36HUNT8 = "heldback-p36hunt8 (studied)"
STUDIED_HB_P36HUNT8_FLOOR = {"title": 0.98, "url": 0.95, "accessed": 1.0}
# p36hunt8 (studied): the hunt's other 15 documents, studied on branch s36-hunt8; a part of their own, outside
# calibration and overall, their misses printed. Titles 138/163 (84.7 %) -> 158/163 (96.9 %), URLs 145/163 (89.0 %)
# -> 160/163 (98.2 %), access dates 158/163 (96.9 %) -> 162/163 (99.4 %) (fixtures/parse-eval/README.md, "Branch
# s36-hunt8"). Pinned there.
STUDIED_P36HUNT8 = "p36hunt8 (studied)"
STUDIED_P36HUNT8_FLOOR = {"title": 0.96, "url": 0.98, "accessed": 0.99}
# heldback-p37hunt9 (HELDBACK-P37HUNT9-RULE.md, branch s37-hunt9, 2026-12-07: five of the ninth failure hunt's 21 new
# documents — think-tank analyses and commentaries as saved HTML pages, Markdown converted from them and research-assistant
# reports, in 6 languages —, the smallest sha1 of their file names, chosen before any parser run on them and before any
# parser change of the branch): wired in before any run. Only its aggregate line is printed. Measured at the branch's
# start: titles 20/40 (50.0 %), URLs 25/50 (50.0 %), access dates 50/50; at its end (after the rules of
# tests/parse/test_hunt9_families.py, none written by looking at it): titles 36/40 (90.0 %), URLs 50/50, access
# dates 50/50. Pinned there.
STUDIED_HB_P37HUNT9 = "heldback-p37hunt9 (studied)"
# Spent on branch s41-hb (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 63fb0adb): titles 36/40 (90.0 %), URLs 50/50, access dates 50/50. Studied there (tests/parse/
# test_s41_hb_families.py; no truth changed): the last author after a comma and the language's "and" ("Epron, Benoît,
# et Marcello Vitali-Rosati."), a commentary clause before "voir" and the author, an example signal alone before the
# addresses ("Notamment : <…> ; <…>"), a sentence quoted after a clause of prose ("On lit … : « … . »"): titles 40/40,
# URLs 50/50, access dates 50/50. Pinned there.
STUDIED_HB_P37HUNT9_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# p37hunt9 (studied): the hunt's other 16 documents, studied on branch s37-hunt9; a part of their own, outside
# calibration and overall, their misses printed. Titles 96/155 (61.9 %) -> 140/155 (90.3 %), URLs 120/190 (63.2 %)
# -> 187/190 (98.4 %), access dates 190/190 -> 190/190 (fixtures/parse-eval/README.md, "Branch s37-hunt9"). Pinned
# there.
STUDIED_P37HUNT9 = "p37hunt9 (studied)"
STUDIED_P37HUNT9_FLOOR = {"title": 0.90, "url": 0.98, "accessed": 1.0}
# heldback-p38hunt10 (HELDBACK-P38HUNT10-RULE.md, branch s38-hunt10, 2026-12-07: five of the tenth failure hunt's 22 new
# documents — blog posts, reports, theses and course notes in the scripts and regions the eval covered least —, the
# smallest sha1 of their file names, chosen before any parser run on them and before any parser change of the branch):
# wired in before any run. Only its aggregate line is printed. Measured at the branch's start: titles 12/20 (60.0 %),
# URLs 17/22 (77.3 %), access dates 22/22; at its end (after the rules of tests/parse/test_hunt10_families.py, none
# written by looking at it): titles 16/20 (80.0 %), URLs 19/22 (86.4 %), access dates 22/22. Pinned there.
# Spent on branch s39-hb36 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the
# branch's start): titles 16/20 (80.0 %), URLs 19/22 (86.4 %), access dates 22/22. Studied there: a stray
# closing "*" glued to a bare address, a Finnish Harvard date slot with a month's name or a day
# ("Tammikuu 2011.", "3.2.2026."): titles 17/20 (85.0 %), URLs 21/22 (95.5 %), access dates 22/22 (left: a
# quoted title holding its publisher and date, a one-word title after a dotted date, an RFC number before a
# dash, a relative link's address).
STUDIED_HB_P38HUNT10 = "heldback-p38hunt10 (studied)"
STUDIED_HB_P38HUNT10_FLOOR = {"title": 0.85, "url": 0.95, "accessed": 1.0}
# p38hunt10 (studied): the hunt's other 17 documents, studied on branch s38-hunt10; a part of their own, outside
# calibration and overall, their misses printed. Titles 74/101 (73.3 %) -> 97/101 (96.0 %), URLs 94/102 (92.2 %) ->
# 102/102, access dates 78/98 (79.6 %) -> 98/98 (fixtures/parse-eval/README.md, "Branch s38-hunt10"). Pinned there.
STUDIED_P38HUNT10 = "p38hunt10 (studied)"
STUDIED_P38HUNT10_FLOOR = {"title": 0.96, "url": 1.0, "accessed": 1.0}
# heldback-p38md (HELDBACK-P38MD-RULE.md, branch s38-md, 2026-12-07: five of the branch's 22 Markdown files whose notes
# are written in shapes the reader did not read — Pandoc inline notes, Liquid and Hugo note tags, raw HTML notes, exported
# back-link lists, asterisk notes —, the smallest sha1 of their file names, chosen before any parser run on them and before
# any parser change of the branch): wired in before any run. Only its aggregate line is printed. Measured at the
# branch's start: titles 16/18 (88.9 %), URLs 13/18 (72.2 %), access dates 18/18; at its end (after the rules of
# citecheck/parse/site_notes.py and tests/parse/test_site_notes.py, none written by looking at it): titles 17/18
# (94.4 %), URLs 18/18, access dates 18/18. Pinned there.
STUDIED_HB_P38MD = "heldback-p38md (studied)"
# Spent on branch s41-hb (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 63fb0adb): titles 17/18 (94.4 %), URLs 18/18, access dates 18/18. Studied there (tests/parse/
# test_s41_hb_families.py; no truth changed): a note of prose whose addresses follow it in round brackets ("And, by the
# way, there isn't much on StackOverflow as well (http://… and http://…)"): titles 18/18, URLs 18/18, access dates
# 18/18. Pinned there.
STUDIED_HB_P38MD_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# p38md (studied): the branch's other 17 Markdown files, studied on branch s38-md; a part of their own, outside
# calibration and overall, their misses printed. Titles 43/59 (72.9 %) -> 50/59 (84.7 %), URLs 47/59 (79.7 %) ->
# 59/59, access dates 59/59 -> 59/59 (fixtures/parse-eval/README.md, "Branch s38-md"). Pinned there.
STUDIED_P38MD = "p38md (studied)"
STUDIED_P38MD_FLOOR = {"title": 0.84, "url": 1.0, "accessed": 1.0}
# heldback-p39hunt11 (HELDBACK-P39HUNT11-RULE.md, branch s39-hunt11, 2026-12-07: five of the eleventh failure hunt's 21
# new documents — note syntaxes the reader had not met (Org "[fn:N]", AsciiDoc "footnote:[…]"), notes citing several
# sources, numbered lists next to the notes, analyses and research notes in zh, ru, uk, ko, ja, tr, ar —, the smallest
# sha1 of their file names, chosen before any parser run on them and before any parser change of the branch): wired in
# before any run. Only its aggregate line is printed. Measured at the branch's start: titles 8/10 (80.0 %), URLs 5/10
# (50.0 %), access dates 8/10 (80.0 %); at its end (after the rules of tests/parse/test_hunt11_families.py, none written
# by looking at it): titles 8/10, URLs 6/10 (60.0 %), access dates 8/10. Pinned there.
STUDIED_HB_P39HUNT11 = "heldback-p39hunt11 (studied)"
# Spent on branch s40-hb2 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 35193ca4): titles 8/10, URLs 6/10, access dates 8/10. Studied there (tests/parse/
# test_s40_hb2_families.py; no truth changed): an entry's address alone in the item nested under it, the Russian
# freeCodeCamp guides' "Доступ к 28 мая 2018 года" (a machine-translated "Accessed"), a whole reference linked with
# its access date keeping its emphasis, a short body's name in sentence case before an emphasised title: titles
# 10/10, URLs 10/10, access dates 10/10. Pinned there.
STUDIED_HB_P39HUNT11_FLOOR = {"title": 1.0, "url": 1.0, "accessed": 1.0}
# p39hunt11 (studied): the hunt's other 16 documents, studied on branch s39-hunt11; a part of their own, outside
# calibration and overall, their misses printed. Titles 51/90 (56.7 %) -> 82/90 (91.1 %), URLs 57/90 (63.3 %) -> 87/90
# (96.7 %), access dates 87/90 (96.7 %) -> 89/90 (98.9 %) (fixtures/parse-eval/README.md, "Branch s39-hunt11"). Pinned
# there.
STUDIED_P39HUNT11 = "p39hunt11 (studied)"
STUDIED_P39HUNT11_FLOOR = {"title": 0.91, "url": 0.96, "accessed": 0.98}
# heldback-p40hunt12 (HELDBACK-P40HUNT12-RULE.md, branch s40-hunt12, 2026-12-07: five of the twelfth failure hunt's 20
# new documents — reStructuredText auto-numbered notes, Org and Pandoc inline notes, notes after HTML anchors or in
# "<sup>N</sup>", ABNT, Thai, Hebrew, Polish, Czech, Marathi, Hindi, Persian and Indonesian reference lists —, the
# smallest sha1 of their file names, chosen before any parser run on them and before any parser change of the branch):
# wired in before any run. Only its aggregate line is printed. Measured at the branch's start: titles 5/15 (33.3 %),
# URLs 14/27 (51.9 %), access dates 13/24 (54.2 %); at its end (after the rules of tests/parse/test_hunt12_families.py,
# none written by looking at it): the same. Pinned there.
STUDIED_HB_P40HUNT12 = "heldback-p40hunt12 (studied)"
# Spent on branch s40-hb3 (2026-12-07): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at c0e598f4): titles 5/15 (33.3 %), URLs 14/27 (51.9 %), access dates 13/24 (54.2 %). Studied there
# (tests/parse/test_s40_hb3_families.py; no truth changed): a paragraph broken by "<br>" at every line is no
# hard-wrapped run ("<sup>N</sup> <a href=…>…</a><br>" notes one a line), Thai "แหล่งที่มา" (sources) heads a list,
# Thai APA's written-out no-date group "(ไม่มีวันที่)", an entry closing on "Retrieved from" / Thai "จาก" with its
# address in the next paragraph: titles 13/15 (86.7 %), URLs 27/27, access dates 23/24 (95.8 %) (left: a title closing
# on a one-letter word, "… Strings in C. GeeksforGeeks." ("C." read as an initial), "concat(*objects)" whose
# unclosed asterisk is dropped, an Indonesian "Diakses pada tangga 1 april 2024" with "tanggal" misspelt). Pinned there.
STUDIED_HB_P40HUNT12_FLOOR = {"title": 0.86, "url": 1.0, "accessed": 0.95}
# p40hunt12 (studied): the hunt's other 15 documents, studied on branch s40-hunt12; a part of their own, outside
# calibration and overall, their misses printed. Titles 71/80 (88.8 %) -> 78/80 (97.5 %), URLs 82/83 (98.8 %) -> 83/83,
# access dates 76/80 (95.0 %) -> 80/80 (fixtures/parse-eval/README.md, "Branch s40-hunt12"). Pinned there.
STUDIED_P40HUNT12 = "p40hunt12 (studied)"
STUDIED_P40HUNT12_FLOOR = {"title": 0.97, "url": 1.0, "accessed": 1.0}
# heldback-p41hunt13 (HELDBACK-P41HUNT13-RULE.md, branch s41-hunt13, 2026-12-07: five of the thirteenth failure hunt's 17
# new documents — LaTeX notes left in Markdown, Pandoc inline notes, a citeproc bibliography in raw HTML, Russian,
# Ukrainian, Turkish, Chinese and German lists —, the smallest sha1 of their file names, chosen before any parser run on
# them and before any parser change of the branch): wired in before any run. Only its aggregate line is printed.
# First read (main at 63fb0adb): titles 23/26 (88.5 %), URLs 25/36 (69.4 %), access dates 26/26; at the branch's end
# (after the rules of tests/parse/test_hunt13_families.py, none written by looking at it): titles 23/26, URLs 28/36
# (77.8 %), access dates 26/26. Pinned there.
HELD_BACK_P41HUNT13 = "heldback-p41hunt13"
HELD_BACK_P41HUNT13_FLOOR = {"title": 0.88, "url": 0.77, "accessed": 1.0}
# p41hunt13 (studied): the hunt's other 12 documents, studied on branch s41-hunt13; a part of their own, outside
# calibration and overall, their misses printed. Titles 27/31 (87.1 %) -> 28/31 (90.3 %), URLs 21/36 (58.3 %) -> 35/36
# (97.2 %), access dates 31/32 (96.9 %) -> 31/32 (fixtures/parse-eval/README.md, "Branch s41-hunt13"). Pinned there.
STUDIED_P41HUNT13 = "p41hunt13 (studied)"
STUDIED_P41HUNT13_FLOOR = {"title": 0.9, "url": 0.97, "accessed": 0.96}
# heldback-p41hunt14 (HELDBACK-P41HUNT14-RULE.md, branch s41-hunt14, 2026-12-07: five of the fourteenth failure hunt's 15
# new documents — a German README citing Bundestag research-service analyses, a journal article converted from PDF
# with endnotes, a Portuguese research report's sources, a Turkish course report pasted from a word processor, a
# Chinese book chapter's notes —, the largest sha1 of their file names, chosen before any parser run on them and before
# any parser change of the branch): wired in before any run. Only its aggregate line is printed. First read (main at
# 9abbd8c0): titles 18/24 (75.0 %), URLs 28/30 (93.3 %), access dates 23/25 (92.0 %); at the branch's end (after the
# rules of tests/parse/test_hunt14_families.py, none written by looking at it): the same. Pinned there.
HELD_BACK_P41HUNT14 = "heldback-p41hunt14"
HELD_BACK_P41HUNT14_FLOOR = {"title": 0.75, "url": 0.93, "accessed": 0.92}
# p41hunt14 (studied): the hunt's other 10 documents, studied on branch s41-hunt14; a part of their own, outside
# calibration and overall, their misses printed. First read (main at 9abbd8c0): titles 25/58 (43.1 %), URLs 94/94, access
# dates 31/38 (81.6 %); at the branch's end: titles 56/58 (96.6 %), URLs 94/94, access dates 38/38
# (fixtures/parse-eval/README.md, "Branch s41-hunt14"). Pinned there.
STUDIED_P41HUNT14 = "p41hunt14 (studied)"
STUDIED_P41HUNT14_FLOOR = {"title": 0.96, "url": 1.0, "accessed": 1.0}
# heldback-p42hunt16 (HELDBACK-P42HUNT16-RULE.md, branch s42-hunt16, 2026-12-08: five of the sixteenth failure hunt's 18
# new documents — two Portuguese ABNT lists, a French ISO 690 list of linked addresses, two German READMEs' sources —,
# the largest sha1 of their file names, chosen before any parser run on them and before any parser change of the
# branch): wired in before any run. Only its aggregate line is printed. First read (main at c83d49b5): titles 25/27
# (92.6 %), URLs 27/27, access dates 27/27; at the branch's end (after the rules of
# tests/parse/test_hunt16_families.py, none written by looking at it): the same. Pinned there.
HELD_BACK_P42HUNT16 = "heldback-p42hunt16"
HELD_BACK_P42HUNT16_FLOOR = {"title": 0.92, "url": 1.0, "accessed": 1.0}
# p42hunt16 (studied): the hunt's other 13 documents, studied on branch s42-hunt16; a part of their own, outside
# calibration and overall, their misses printed. First read (main at c83d49b5): titles 100/107 (93.5 %), URLs 121/123
# (98.4 %), access dates 106/117 (90.6 %); at the branch's end: titles 106/107 (99.1 %), URLs 123/123, access dates
# 117/117 (fixtures/parse-eval/README.md, "Branch s42-hunt16"). Pinned there.
STUDIED_P42HUNT16 = "p42hunt16 (studied)"
STUDIED_P42HUNT16_FLOOR = {"title": 0.99, "url": 1.0, "accessed": 1.0}
# heldback-p42hunt15 (HELDBACK-P42HUNT15-RULE.md, branch s42-hunt15, 2026-12-08: five of the fifteenth failure hunt's 15
# new documents — news-analysis and engineering newsletters exported as e-mail text, an analyst's Chicago-style
# Markdown notes, his footnoted remarks, a Persian commentary's further-reading list in raw HTML —, the largest sha1 of
# their file names, chosen before any parser run on them and before any parser change of the branch): wired in before
# any run. Only its aggregate line is printed. First read (main at c83d49b5): titles 19/44 (43.2 %), URLs 32/51
# (62.7 %), no access date to score; at the branch's end (after the rules of tests/parse/test_hunt15_families.py, none
# written by looking at it): titles 20/44 (45.5 %), URLs 32/51. Pinned there.
STUDIED_HB_P42HUNT15 = "heldback-p42hunt15 (studied)"
# Spent on branch s42-hb15 (2026-12-08): moved to the studied parts, its misses printed. Blind figures (at the branch's
# start, main at 5bcca871): titles 20/44 (45.5 %), URLs 32/51 (62.7 %), no access date to score. Studied there
# (tests/parse/test_hb15_families.py; no truth changed): a plain-text "References" list whose "• Name: URL" lines are
# grouped under lead-ins closed by a colon ("Where to find …:", "Mentions during the episode:"), the heading run on
# from the text above it: titles 33/44 (75.0 %), URLs 45/51 (88.2 %). Pinned there.
STUDIED_HB_P42HUNT15_FLOOR = {"title": 0.75, "url": 0.88}
# p42hunt15 (studied): the hunt's other 10 documents, studied on branch s42-hunt15; a part of their own, outside
# calibration and overall, their misses printed. First read (main at c83d49b5): titles 27/82 (32.9 %), URLs 85/96
# (88.5 %), access dates 15/15; at the branch's end: titles 59/82 (72.0 %), URLs 95/96 (99.0 %), access dates 15/15
# (fixtures/parse-eval/README.md, "Branch s42-hunt15"). Continued on branch s42-hunt15b (its families' rules,
# tests/parse/test_hunt15b_families.py): titles 78/82 (95.1 %), URLs 96/96, access dates 15/15; heldback-p42hunt15
# unchanged (titles 20/44, URLs 32/51). Pinned there.
STUDIED_P42HUNT15 = "p42hunt15 (studied)"
STUDIED_P42HUNT15_FLOOR = {"title": 0.95, "url": 1.0, "accessed": 1.0}
# heldback-p42hunt17 (HELDBACK-P42HUNT17-RULE.md, branch s42-hunt17, 2026-12-08: five of the seventeenth failure hunt's 16
# new documents — a Chinese GB/T 7714 chapter list, a Korean blog's (접속일: …) list, an Indonesian "Diakses pada … dari:"
# list, a Vietnamese APA list, an Arabic Wikipedia article rendered to Markdown —, the largest sha1 of their file names,
# chosen before any parser run on them and before any parser change of the branch): wired in before any run. Only its
# aggregate line is printed. First read (main at 84ab8f56): titles 35/36 (97.2 %), URLs 36/36, access dates 33/36
# (91.7 %); at the branch's end (after the rules of tests/parse/test_hunt17_families.py, none written by looking at
# it): the same. Pinned there.
HELD_BACK_P42HUNT17 = "heldback-p42hunt17"
HELD_BACK_P42HUNT17_FLOOR = {"title": 0.97, "url": 1.0, "accessed": 0.91}
# p42hunt17 (studied): the hunt's other 11 documents, studied on branch s42-hunt17; a part of their own, outside
# calibration and overall, their misses printed. First read (main at 84ab8f56): titles 53/72 (73.6 %), URLs 55/72
# (76.4 %), access dates 56/72 (77.8 %); at the branch's end: titles 63/72 (87.5 %), URLs 61/72 (84.7 %), access
# dates 66/72 (91.7 %) (fixtures/parse-eval/README.md, "Branch s42-hunt17"). Pinned there.
STUDIED_P42HUNT17 = "p42hunt17 (studied)"
STUDIED_P42HUNT17_FLOOR = {"title": 0.87, "url": 0.84, "accessed": 0.91}
HELD_BACK: dict[str, str] = {
    "held_back_p13hunt3": HELD_BACK_P13HUNT3,
    "held_back_p35hunt7": HELD_BACK_P35HUNT7,
    "held_back_p41hunt13": HELD_BACK_P41HUNT13,
    "held_back_p41hunt14": HELD_BACK_P41HUNT14,
    "held_back_p42hunt16": HELD_BACK_P42HUNT16,
    "held_back_p42hunt17": HELD_BACK_P42HUNT17,
}
# Parts studied but below the gate (truth.toml's list -> the part): tallied on their own, out of the
# overall and per-style tallies; their misses may be printed.
STUDIED = {
    "held_back_17": STUDIED_17,
    "held_back_19": STUDIED_19,
    "held_back_20": STUDIED_20,
    "held_back_21": STUDIED_21,
    "held_back_22": STUDIED_22,
    "held_back_23": STUDIED_23,
    "held_back_24": STUDIED_24,
    "held_back_25": STUDIED_25,
    "held_back_26": STUDIED_26,
    "held_back_27": STUDIED_27,
    "held_back_28": STUDIED_28,
    "held_back_29": STUDIED_29,
    "held_back_31": STUDIED_31,
    "held_back_34": STUDIED_34,
    "held_back_33": STUDIED_33,
    "held_back_35": STUDIED_35,
    "held_back_32": STUDIED_32,
    "held_back_36": STUDIED_36,
    "held_back_38": STUDIED_38,
    "studied_p13hunt3": STUDIED_P13HUNT3,
    "studied_p34hunt4": STUDIED_P34HUNT4,
    "held_back_p34hunt4": STUDIED_HB_P34HUNT4,
    "studied_p34hunt5": STUDIED_P34HUNT5,
    "held_back_p34hunt5": STUDIED_HB_P34HUNT5,
    "studied_p34hunt6": STUDIED_P34HUNT6,
    "held_back_p34hunt6": STUDIED_HB_P34HUNT6,
    "studied_p35hunt7": STUDIED_P35HUNT7,
    "studied_p36hunt8": STUDIED_P36HUNT8,
    "held_back_p36hunt8": STUDIED_HB_P36HUNT8,
    "studied_p37hunt9": STUDIED_P37HUNT9,
    "studied_p38hunt10": STUDIED_P38HUNT10,
    "held_back_p38hunt10": STUDIED_HB_P38HUNT10,
    "studied_p38md": STUDIED_P38MD,
    "studied_p39hunt11": STUDIED_P39HUNT11,
    "studied_p40hunt12": STUDIED_P40HUNT12,
    "held_back_40": STUDIED_40,
    "held_back_42": STUDIED_42,
    "held_back_p12hunt": STUDIED_P12HUNT,
    "held_back_43": STUDIED_HB_43,
    "held_back_p12hunt2": STUDIED_HB_P12HUNT2,
    "held_back_30": STUDIED_HB_30,
    "held_back_37": STUDIED_HB_37,
    "held_back_p13seed2": STUDIED_HB_P13SEED2,
    "held_back_p39hunt11": STUDIED_HB_P39HUNT11,
    "held_back_p40hunt12": STUDIED_HB_P40HUNT12,
    "studied_p41hunt13": STUDIED_P41HUNT13,
    "studied_p41hunt14": STUDIED_P41HUNT14,
    "studied_p42hunt16": STUDIED_P42HUNT16,
    "studied_p42hunt15": STUDIED_P42HUNT15,
    "held_back_p42hunt15": STUDIED_HB_P42HUNT15,
    "studied_p42hunt17": STUDIED_P42HUNT17,
    "held_back_p37hunt9": STUDIED_HB_P37HUNT9,
    "held_back_p38md": STUDIED_HB_P38MD,
    "held_back_39": STUDIED_HB_39,
    "held_back_41": STUDIED_HB_41,
}

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "\u00a0": " "})


def _normal_text(value: str) -> str:
    text = unicodedata.normalize("NFC", value).translate(_QUOTES)
    text = " ".join(text.split()).strip(" .,;:")
    return text.casefold()


def _label(value: str) -> str:
    ordinal = label_ordinal(value)
    return str(ordinal) if value.strip().isdigit() and ordinal is not None else label_key(value)


def _accepted(truth: Any) -> list[str]:
    return list(truth) if isinstance(truth, list) else [truth]


def field_matches(name: str, truth: Any, footnote: Footnote | None) -> bool:
    """Whether the parser's value for ``name`` is one the truth accepts ("" means: none expected)."""
    if footnote is None:
        got: str | None = None
    elif name == "accessed":
        got = footnote.access_date.isoformat() if footnote.access_date else None
    else:
        got = getattr(footnote, name)
    for expected in _accepted(truth):
        if expected == "":
            if not got:
                return True
        elif got and (
            got == expected if name in ("url", "accessed") else _normal_text(got) == _normal_text(expected)
        ):
            return True
    return False


def miss_line(file: str, label: str, name: str, want: Any, footnote: Footnote | None) -> str:
    """One field read wrong, as the evals print it: what the truth wants and what was read."""
    got = None
    if footnote is not None and name != "found":
        got = getattr(footnote, "access_date" if name == "accessed" else name)
    return f"{file} [{label}] {name}: want {want!r}, got {got!r}"


@dataclass
class Tally:
    """Right and scored counts per field."""

    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, name: str, ok: bool) -> None:
        self.total[name] += 1
        self.right[name] += ok

    def rate(self, name: str) -> float | None:
        return self.right[name] / self.total[name] if self.total[name] else None


@dataclass
class EvalResult:
    overall: Tally = field(default_factory=Tally)
    by_part_style: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_style: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_part: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)
    documents: int = 0
    notes: int = 0


def load_truth() -> dict[str, Any]:
    with (EVAL / "truth.toml").open("rb") as handle:
        return tomllib.load(handle)


def run_eval() -> EvalResult:
    truth = load_truth()
    # Every held-back part was studied to fix the rules, so it is calibration now; the second to
    # tenth are also tallied on their own (the lists are disjoint: test_eval_is_big_and_varied_enough).
    spent = {
        "held_back_2": SPENT_2,
        "held_back_3": SPENT_3,
        "held_back_4": SPENT_4,
        "held_back_5": SPENT_5,
        "held_back_6": SPENT_6,
        "held_back_7": SPENT_7,
        "held_back_8": SPENT_8,
        "held_back_9": SPENT_9,
        "held_back_10": SPENT_10,
        "held_back_11": SPENT_11,
        "held_back_12": SPENT_12,
        "held_back_13": SPENT_13,
        "held_back_14": SPENT_14,
        "held_back_15": SPENT_15,
        "held_back_16": SPENT_16,
        "held_back_18": SPENT_18,
    }
    parts_of = {name: ["calibration", part] for key, part in spent.items() for name in truth.get(key, [])}
    # A part held back later (HELD_BACK) is tallied on its own, its misses never printed, and is in
    # neither the overall nor the per-style tallies.
    held_back = held_back_documents(truth)
    parts_of.update({name: [part] for key, part in HELD_BACK.items() for name in truth.get(key, [])})
    # A part studied but below the gate (STUDIED) is tallied on its own too, outside the overall
    # and per-style tallies; its misses are printed.
    studied = {name for key in STUDIED for name in truth.get(key, [])}
    parts_of.update({name: [part] for key, part in STUDIED.items() for name in truth.get(key, [])})
    result = EvalResult()
    for document in truth["document"]:
        path = EVAL / "documents" / document["file"]
        parsed = parse_bytes(path.read_bytes(), path=str(path), today=TODAY)
        found = {_label(fn.label): fn for fn in parsed.footnotes}
        parts = parts_of.get(document["file"], ["calibration"])
        result.documents += 1
        for note in document["note"]:
            result.notes += 1
            footnote = found.get(_label(note["label"]))
            for name in FIELDS:
                if name not in note:
                    continue
                ok = field_matches(name, note[name], footnote)
                tallies = (
                    []
                    if document["file"] in held_back or document["file"] in studied
                    else [result.overall, result.by_style[document["style"]]]
                )
                for part in parts:
                    tallies += [result.by_part[part], result.by_part_style[(part, document["style"])]]
                for tally in tallies:
                    tally.add(name, ok)
                if not ok and name in GATED:
                    result.misses.append(
                        miss_line(document["file"], note["label"], name, note[name], footnote)
                    )
    return result


def held_back_documents(truth: dict[str, Any]) -> set[str]:
    """The file names of every part held back now (:data:`HELD_BACK`)."""
    return {name for key in HELD_BACK for name in truth.get(key, [])}


def _shown(misses: list[str]) -> list[str]:
    """The misses that may be read: none of a part held back (:data:`HELD_BACK`)."""
    hidden = held_back_documents(load_truth())
    return [miss for miss in misses if miss.split()[0] not in hidden]


def _percent(value: float | None) -> str:
    return "   –  " if value is None else f"{value * 100:5.1f}%"


def table(result: EvalResult) -> str:
    lines = []
    for part in (
        "calibration",
        SPENT_2,
        SPENT_3,
        SPENT_4,
        SPENT_5,
        SPENT_6,
        SPENT_7,
        SPENT_8,
        SPENT_9,
        SPENT_10,
        SPENT_11,
        SPENT_12,
        SPENT_13,
        SPENT_14,
        SPENT_15,
        SPENT_16,
        STUDIED_17,
        SPENT_18,
        STUDIED_19,
        STUDIED_20,
        STUDIED_21,
        STUDIED_22,
        STUDIED_23,
        STUDIED_24,
        STUDIED_25,
        STUDIED_26,
        STUDIED_27,
        STUDIED_28,
        STUDIED_29,
        STUDIED_31,
        STUDIED_34,
        STUDIED_33,
        STUDIED_35,
        STUDIED_32,
        STUDIED_36,
        STUDIED_38,
        STUDIED_HB_30,
        STUDIED_HB_37,
        STUDIED_HB_39,
        STUDIED_40,
        STUDIED_HB_41,
        STUDIED_P12HUNT,
        STUDIED_42,
        STUDIED_HB_P12HUNT2,
        STUDIED_HB_43,
        STUDIED_P13HUNT3,
        HELD_BACK_P13HUNT3,
        STUDIED_HB_P13SEED2,
        STUDIED_P34HUNT4,
        STUDIED_HB_P34HUNT4,
        STUDIED_P34HUNT5,
        STUDIED_HB_P34HUNT5,
        STUDIED_P34HUNT6,
        STUDIED_HB_P34HUNT6,
        STUDIED_P35HUNT7,
        HELD_BACK_P35HUNT7,
        STUDIED_P36HUNT8,
        STUDIED_HB_P36HUNT8,
        STUDIED_P37HUNT9,
        STUDIED_HB_P37HUNT9,
        STUDIED_P38HUNT10,
        STUDIED_HB_P38HUNT10,
        STUDIED_P38MD,
        STUDIED_HB_P38MD,
        STUDIED_P39HUNT11,
        STUDIED_HB_P39HUNT11,
        STUDIED_P40HUNT12,
        STUDIED_HB_P40HUNT12,
        STUDIED_P41HUNT13,
        HELD_BACK_P41HUNT13,
        STUDIED_P41HUNT14,
        HELD_BACK_P41HUNT14,
        STUDIED_P42HUNT16,
        HELD_BACK_P42HUNT16,
        STUDIED_P42HUNT15,
        STUDIED_HB_P42HUNT15,
        STUDIED_P42HUNT17,
        HELD_BACK_P42HUNT17,
    ):
        if part not in result.by_part:
            continue
        styles = sorted(style for p, style in result.by_part_style if p == part)
        lines.append(
            f"\n{part}: " + "  ".join(f"{n} {_percent(result.by_part[part].rate(n))}" for n in FIELDS)
        )
        if part in (
            STUDIED_HB_39,
            STUDIED_40,
            STUDIED_HB_41,
            STUDIED_42,
            STUDIED_HB_43,
            STUDIED_P12HUNT,
            STUDIED_HB_P12HUNT2,
            HELD_BACK_P13HUNT3,
            STUDIED_HB_P13SEED2,
            STUDIED_HB_P34HUNT4,
            STUDIED_HB_P34HUNT5,
            STUDIED_HB_P34HUNT6,
            HELD_BACK_P35HUNT7,
            STUDIED_HB_P36HUNT8,
            STUDIED_HB_P37HUNT9,
            STUDIED_HB_P38HUNT10,
            STUDIED_HB_P38MD,
            STUDIED_HB_P39HUNT11,
            STUDIED_HB_P40HUNT12,
            HELD_BACK_P41HUNT13,
            HELD_BACK_P41HUNT14,
            HELD_BACK_P42HUNT16,
            STUDIED_HB_P42HUNT15,
            HELD_BACK_P42HUNT17,
        ):
            continue  # a few documents: a style's line would be one document's
        lines.append(f"  {'style':24} {'notes':>5}  " + "  ".join(f"{n:>9}" for n in FIELDS))
        for style in styles:
            tally = result.by_part_style[(part, style)]
            lines.append(
                f"  {style:24} {tally.total['url']:>5}  "
                + "  ".join(f"{_percent(tally.rate(n)):>9}" for n in FIELDS)
            )
    lines.append(
        f"\noverall, every part but the one held back ({result.documents} documents read, {result.notes} notes): "
        + "  ".join(f"{n} {_percent(result.overall.rate(n))}" for n in FIELDS)
    )
    return "\n".join(lines)


def test_eval_is_big_and_varied_enough() -> None:
    truth = load_truth()
    documents = truth["document"]
    assert len(documents) >= 40
    assert sum(len(d["note"]) for d in documents) >= 300
    held_back_2 = [d for d in documents if d["file"] in truth["held_back_2"]]
    assert len(held_back_2) >= 12 and sum(len(d["note"]) for d in held_back_2) >= 80
    assert len({d["style"] for d in documents}) >= 15
    assert len({d["language"] for d in documents}) >= 8
    assert all(d["source"] for d in documents)
    assert set(truth["held_back"]) | set(truth["held_back_2"]) <= {d["file"] for d in documents}
    held_back_3 = [d for d in documents if d["file"] in truth["held_back_3"]]
    assert len(held_back_3) == len(truth["held_back_3"]) >= 18
    assert sum(len(d["note"]) for d in held_back_3) >= 150
    assert len({d["style"] for d in held_back_3}) >= 10 and len({d["language"] for d in held_back_3}) >= 8
    assert all(d["source"].endswith("heldback-3)") for d in held_back_3)
    assert not set(truth["held_back_3"]) & (set(truth["held_back"]) | set(truth["held_back_2"]))
    held_back_4 = [d for d in documents if d["file"] in truth["held_back_4"]]
    assert len(held_back_4) == len(truth["held_back_4"]) >= 20
    assert sum(len(d["note"]) for d in held_back_4) >= 180
    assert len({d["style"] for d in held_back_4}) >= 10 and len({d["language"] for d in held_back_4}) >= 8
    assert all(d["source"].endswith("heldback-4)") for d in held_back_4)
    assert not set(truth["held_back_4"]) & (
        set(truth["held_back"]) | set(truth["held_back_2"]) | set(truth["held_back_3"])
    )
    held_back_6 = [d for d in documents if d["file"] in truth.get("held_back_6", [])]
    assert len(held_back_6) == len(truth.get("held_back_6", []))
    assert all(d["source"].endswith("heldback-6)") for d in held_back_6)
    held_back_7 = [d for d in documents if d["file"] in truth.get("held_back_7", [])]
    assert len(held_back_7) == len(truth.get("held_back_7", [])) >= 18
    assert sum(len(d["note"]) for d in held_back_7) >= 180
    assert len({d["style"] for d in held_back_7}) >= 10 and len({d["language"] for d in held_back_7}) >= 8
    assert all(d["source"].endswith("heldback-7)") for d in held_back_7)
    earlier = ("held_back", "held_back_2", "held_back_3", "held_back_4", "held_back_5", "held_back_6")
    assert not set(truth["held_back_7"]) & {name for part in earlier for name in truth[part]}
    held_back_8 = [d for d in documents if d["file"] in truth.get("held_back_8", [])]
    assert len(held_back_8) == len(truth.get("held_back_8", [])) >= 18
    assert sum(len(d["note"]) for d in held_back_8) >= 180
    assert len({d["style"] for d in held_back_8}) >= 10 and len({d["language"] for d in held_back_8}) >= 8
    assert all(d["source"].endswith("heldback-8)") for d in held_back_8)
    assert not set(truth["held_back_8"]) & {
        name for part in (*earlier, "held_back_7") for name in truth[part]
    }
    held_back_9 = [d for d in documents if d["file"] in truth.get("held_back_9", [])]
    assert len(held_back_9) == len(truth.get("held_back_9", [])) >= 18
    assert sum(len(d["note"]) for d in held_back_9) >= 180
    assert all(d["source"].endswith("heldback-9)") for d in held_back_9)
    assert not set(truth["held_back_9"]) & {
        name for part in (*earlier, "held_back_7", "held_back_8") for name in truth[part]
    }
    held_back_10 = [d for d in documents if d["file"] in truth.get("held_back_10", [])]
    assert len(held_back_10) == len(truth.get("held_back_10", [])) >= 18
    assert sum(len(d["note"]) for d in held_back_10) >= 180
    assert all(d["source"].endswith("heldback-10)") for d in held_back_10)
    assert not set(truth["held_back_10"]) & {
        name for part in (*earlier, "held_back_7", "held_back_8", "held_back_9") for name in truth[part]
    }
    held_back_5 = [d for d in documents if d["file"] in truth["held_back_5"]]
    assert len(held_back_5) == len(truth["held_back_5"]) >= 22
    assert all(d["source"].endswith("heldback-5)") for d in held_back_5)
    assert not set(truth["held_back_5"]) & (
        set(truth["held_back"])
        | set(truth["held_back_2"])
        | set(truth["held_back_3"])
        | set(truth["held_back_4"])
    )


def test_parse_eval_gate() -> None:
    result = run_eval()
    report = table(result) + "\n" + "\n".join(_shown(result.misses))
    calibration = result.by_part["calibration"]
    for name, minimum in OVERALL_MINIMUM.items():
        rate = calibration.rate(name)
        assert rate is not None and rate >= minimum, f"calibration {name} {rate}\n{report}"
    for (part, style), tally in result.by_part_style.items():
        for name in GATED:
            rate = tally.rate(name)
            if part == "calibration":
                assert rate is None or rate >= STYLE_MINIMUM, f"{style} {name} {rate}\n{report}"
    for name, floor in OVERALL_FLOOR.items():
        rate = result.overall.rate(name)
        assert rate is not None and rate >= floor, f"overall {name} {rate}\n{report}"
    spent_floors = (
        (SPENT_2, HELD_BACK_2_FLOOR),
        (SPENT_3, HELD_BACK_3_FLOOR),
        (SPENT_4, HELD_BACK_4_FLOOR),
        (SPENT_5, HELD_BACK_5_FLOOR),
        (SPENT_6, HELD_BACK_6_FLOOR),
        (SPENT_7, HELD_BACK_7_FLOOR),
        (SPENT_8, HELD_BACK_8_FLOOR),
        (SPENT_9, HELD_BACK_9_FLOOR),
        (SPENT_10, HELD_BACK_10_FLOOR),
        (SPENT_11, HELD_BACK_11_FLOOR),
        (SPENT_12, HELD_BACK_12_FLOOR),
        (SPENT_13, HELD_BACK_13_FLOOR),
        (SPENT_14, HELD_BACK_14_FLOOR),
        (SPENT_15, HELD_BACK_15_FLOOR),
        (SPENT_16, HELD_BACK_16_FLOOR),
        (STUDIED_17, STUDIED_17_FLOOR),
        (SPENT_18, HELD_BACK_18_FLOOR),
        (STUDIED_19, STUDIED_19_FLOOR),
        (STUDIED_20, STUDIED_20_FLOOR),
        (STUDIED_21, STUDIED_21_FLOOR),
        (STUDIED_22, STUDIED_22_FLOOR),
        (STUDIED_23, STUDIED_23_FLOOR),
        (STUDIED_24, STUDIED_24_FLOOR),
        (STUDIED_25, STUDIED_25_FLOOR),
        (STUDIED_26, STUDIED_26_FLOOR),
        (STUDIED_27, STUDIED_27_FLOOR),
        (STUDIED_28, STUDIED_28_FLOOR),
        (STUDIED_29, STUDIED_29_FLOOR),
        (STUDIED_31, STUDIED_31_FLOOR),
        (STUDIED_34, STUDIED_34_FLOOR),
        (STUDIED_33, STUDIED_33_FLOOR),
        (STUDIED_35, STUDIED_35_FLOOR),
        (STUDIED_32, STUDIED_32_FLOOR),
        (STUDIED_36, STUDIED_36_FLOOR),
        (STUDIED_38, STUDIED_38_FLOOR),
        (STUDIED_HB_30, STUDIED_HB_30_FLOOR),
        (STUDIED_HB_37, STUDIED_HB_37_FLOOR),
        (STUDIED_40, STUDIED_40_FLOOR),
        (STUDIED_HB_39, STUDIED_HB_39_FLOOR),
        (STUDIED_HB_41, STUDIED_HB_41_FLOOR),
        (STUDIED_42, STUDIED_42_FLOOR),
        (STUDIED_P12HUNT, STUDIED_P12HUNT_FLOOR),
        (STUDIED_HB_P12HUNT2, STUDIED_HB_P12HUNT2_FLOOR),
        (STUDIED_HB_43, STUDIED_HB_43_FLOOR),
        (STUDIED_P13HUNT3, STUDIED_P13HUNT3_FLOOR),
        (HELD_BACK_P13HUNT3, HELD_BACK_P13HUNT3_FLOOR),
        (STUDIED_HB_P13SEED2, STUDIED_HB_P13SEED2_FLOOR),
        (STUDIED_P34HUNT4, STUDIED_P34HUNT4_FLOOR),
        (STUDIED_HB_P34HUNT4, STUDIED_HB_P34HUNT4_FLOOR),
        (STUDIED_P34HUNT5, STUDIED_P34HUNT5_FLOOR),
        (STUDIED_HB_P34HUNT5, STUDIED_HB_P34HUNT5_FLOOR),
        (STUDIED_P34HUNT6, STUDIED_P34HUNT6_FLOOR),
        (STUDIED_HB_P34HUNT6, STUDIED_HB_P34HUNT6_FLOOR),
        (STUDIED_P35HUNT7, STUDIED_P35HUNT7_FLOOR),
        (HELD_BACK_P35HUNT7, HELD_BACK_P35HUNT7_FLOOR),
        (STUDIED_P36HUNT8, STUDIED_P36HUNT8_FLOOR),
        (STUDIED_HB_P36HUNT8, STUDIED_HB_P36HUNT8_FLOOR),
        (STUDIED_P37HUNT9, STUDIED_P37HUNT9_FLOOR),
        (STUDIED_HB_P37HUNT9, STUDIED_HB_P37HUNT9_FLOOR),
        (STUDIED_P38HUNT10, STUDIED_P38HUNT10_FLOOR),
        (STUDIED_HB_P38HUNT10, STUDIED_HB_P38HUNT10_FLOOR),
        (STUDIED_P38MD, STUDIED_P38MD_FLOOR),
        (STUDIED_HB_P38MD, STUDIED_HB_P38MD_FLOOR),
        (STUDIED_P39HUNT11, STUDIED_P39HUNT11_FLOOR),
        (STUDIED_HB_P39HUNT11, STUDIED_HB_P39HUNT11_FLOOR),
        (STUDIED_P40HUNT12, STUDIED_P40HUNT12_FLOOR),
        (STUDIED_HB_P40HUNT12, STUDIED_HB_P40HUNT12_FLOOR),
        (STUDIED_P41HUNT13, STUDIED_P41HUNT13_FLOOR),
        (HELD_BACK_P41HUNT13, HELD_BACK_P41HUNT13_FLOOR),
        (STUDIED_P41HUNT14, STUDIED_P41HUNT14_FLOOR),
        (HELD_BACK_P41HUNT14, HELD_BACK_P41HUNT14_FLOOR),
        (STUDIED_P42HUNT16, STUDIED_P42HUNT16_FLOOR),
        (HELD_BACK_P42HUNT16, HELD_BACK_P42HUNT16_FLOOR),
        (STUDIED_P42HUNT15, STUDIED_P42HUNT15_FLOOR),
        (STUDIED_HB_P42HUNT15, STUDIED_HB_P42HUNT15_FLOOR),
        (STUDIED_P42HUNT17, STUDIED_P42HUNT17_FLOOR),
        (HELD_BACK_P42HUNT17, HELD_BACK_P42HUNT17_FLOOR),
    )
    for part, floors in spent_floors:
        for name, floor in floors.items():
            rate = result.by_part[part].rate(name)
            assert rate is not None and rate >= floor, f"{part} {name} {rate}\n{report}"


def test_field_matching_accepts_alternatives_and_none() -> None:
    footnote = Footnote(label="1", ordinal=1, raw="", title="A  Title’s.", url=None, line=1, column=1)
    assert field_matches("title", ["Other", "a title's"], footnote)
    assert field_matches("url", "", footnote)
    assert not field_matches("title", "", footnote)
    assert not field_matches("title", "A Title", None)
    assert re.fullmatch(r"\d+", _label("01")) and _label("01") == "1"


if __name__ == "__main__":
    outcome = run_eval()
    print(table(outcome))
    if "-v" in sys.argv:
        print("\n".join(_shown(outcome.misses)))
