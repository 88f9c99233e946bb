"""The ``claim-mismatch`` check: does the cited source support the sentence that cites it?

The default scorer needs no network and no service. It combines two signals:

* **words** (lexical support): the claim's content terms — names and numbers most, common words
  least (their wordfreq frequency: :func:`~citecheck.verify.textmatch.frequency_factor`), terms
  every source of the document shares less than terms only one has — and the share of that weight
  the source contains: exactly, by prefix (Tatulyan ~ Татуляна) or fuzzily (Armenii ~ Armenia).
  Across languages plain words count for little; names and numbers meet by transliteration.
* **meaning** (semantic support): the multilingual sentence encoder's cosine between the claim
  and the page's best passage (:mod:`citecheck.verify.semantic`), for pages in a language it
  covers; counted in full from ``SEMANTIC_SURE``, otherwise scaled by the share of the claim's
  names and numbers the page has (``ANCHORLESS_FACTOR``), since same-topic pages are close in
  meaning to every claim about the topic.

Support is the larger of the two. Online the source is the page (titles, description, main text)
and the cited title; offline it is the cited title, publisher and URL slug, and the verdict
follows the stricter rule of :func:`offline_verdict` (error only when near-certain).

Thresholds (``config.thresholds``) and constants, calibrated on the calibrated part of
``fixtures/eval/real`` and checked on ``fixtures/eval/pairs.jsonl`` and the seed
(tests/verify/test_eval_gate.py):

* ``claim_min_support`` (0.25): below it the page does not support the claim. The seed's six
  correct footnotes score 0.60–0.78 and [iv] 0.06.
* ``claim_swap_max_support`` (0.5) and ``claim_swap_margin`` (0.3): a support below the first,
  while another footnote of the same document supports the sentence by the second more, means
  the author most likely pasted a neighbouring footnote; see also :func:`_rival_fits_better`.
* ``claim_offline_min_support`` (0.2) and ``offline_min_title_terms`` (3): see
  :func:`offline_verdict`.

Across languages the encoder reads a page on past the passages that share terms with the claim
(``SEMANTIC_CROSS_READ``), and an exchange "by words" is not called against a page in another
language that the encoder read (its plain words count ``FOREIGN_WORD_FACTOR``, so a page in the
sentence's language always outdoes it): both from the study of real-heldback-3 (issue 11, branch
v11-hb3tune), where they took false alarms 19 → 17/127 with every swap figure of every part kept.

From the study of real-heldback-4 (issue 11, branch v11-hb4tune; with the textmatch rules it
names, false alarms there 15 → 9/129 and on real-heldback-3 16 → 15/127, every other figure of
fixtures/eval/real and real-heldback-2 and -3 kept): a capitalised common noun of German
(:func:`~citecheck.verify.textmatch.common_noun`) that the page lacks does not lower the encoder's
support of a passage closer than same-topic pages (``NOUN_MIN_COSINE``) — across languages the
encoder does not read, where names and numbers are the only evidence, it still counts as absent
(not counting it there fixed one false alarm and lost three swaps); and two sentences whose own
pages each state every number and name of theirs are not "exchanged" by words
(:func:`_exchanged_with`).

From the study of real-heldback-5 (issue 11, branch v11-hb5tune; with the textmatch rules it names —
initials inside a passage, h:mm:ss times, Greek digraphs and sibilants — false alarms there 6 → 1/98,
every figure of fixtures/eval/real and real-heldback-2, -3 and -4 kept): a rival page in a language
close to the sentence's (:func:`~citecheck.verify.textmatch.close_languages`) is not scored by names
alone, its plain words meeting the sentence's as cognates (:func:`_measured_alike`); and between two
pages whose cosines both sit in the same-topic band (``SAME_TOPIC_BAND``) a rival does not "fit much
better" by meaning alone (:func:`_same_topic_meaning`).

From the study of real-heldback-8 and real-heldback-7 (issue 11, branch v11-hb8tune; with the
textmatch rules it names — numbers grouped by spaces, names in Arabic script by their consonants, a
country by its name in the page's language — false alarms there 7 → 3/114 and 3 → 3/112, same-document
swaps 27 → 29/58 and 38 → 39/57, cross-document swaps on real-heldback-8 37 → 39/50 and +1 on parts 3,
5 and 6, no false alarm added on any visible part): a rival page lacking a figure of the sentence that
the cited page gives does not "fit better" (:func:`_rival_fits_better`); a percentage two counts of
the page give as their ratio is found (``SHARE_MIN_DECIMALS``); two shares of one whole (52.18 % and
47.82 %) are not found as a total of 100 (:func:`_totals_found`); and a thin page in the sentence's
language with none of its names and numbers is judged as any page is (``THIN_MIN_ANCHORS``).

From the study of real-heldback-9 (issue 11, branch v11-hb9tune; with the textmatch rules it names —
words read with their combining marks, Arabic vowel points folded, round scaled figures — and the
title rules of :mod:`citecheck.verify.title`, offline errors there 2 → 0/110, false alarms 12 → 11,
wrong titles across languages 21 → 26/27, heldback-4 same-document swaps 17 → 18, no figure of any
other part lost): no offline error for a title in a script without letter case
(``CASED_SCRIPTS``: two Arabic titles of correct footnotes that shared no word with their
sentences), and on a page the encoder does not read a rival with more of the sentence's names and
numbers fits better where the own page has fewer than half of three or more
(:func:`_rival_has_the_anchors`, ``RIVAL_MIN_ANCHORS``: with one, four correct pairs of parts 2, 3,
4 and 6 became false alarms).

From the study of real-heldback-10 (issue 11, branch v11-hb10tune; with the textmatch rules it
names — the Turkic dotted İ, Uzbek's o‘ and g‘, names in Arabic script, months and cities across
languages — false alarms there 9 → 2/139, same-document swaps 38 → 41/65, and the title rules of
:mod:`citecheck.verify.title`; on the other parts no false alarm or offline error added, three wrong
titles and five same-document swaps caught):
a sentence written in another alphabet of its page's language (Uzbek, Serbian, Kazakh and
Azerbaijani are written in Cyrillic and Latin) meets the page's words by transliteration, loosely,
as names and words across languages do, each counting in full (:func:`_other_script`). An Uzbek
sentence in Cyrillic citing the electoral commission's Latin page of the same sentence met only
four of its words there, and the Latin sentence beside it was called exchanged with its Russian
page for it. And a sentence's two or more figures that the cited page lacks, all given by a
neighbour's page, mark a pasted footnote whatever the cited page's support (:func:`_figures_elsewhere`,
``FIGURES_ELSEWHERE_MIN``): same-document swaps +2 there and +1 on fixtures/eval/real and parts 3,
5, 6 and 8, no correct pair of any part flagged.

From the study of real-heldback-11 (issue 11, branch v11-hb11tune: half of it outside the product's
domain — technology, science, health, sport, business, culture, local news; with the textmatch rules
it names — a sentence's end before a closing quote, the scale words of Japanese, Chinese and Korean —
false alarms there 8 → 3/134 and offline errors 1 → 0/134, no false alarm or offline error added on
any other part): the encoder reads a passage much longer than the sentence by its clauses too
(``CLAUSE_SPLIT``, :func:`_clause_windows`), so that a long sentence stating the claim's fact among
others is not scored as a page on the same topic; the figures-elsewhere rule does not fire where the
cited page gives each figure updated or rounded (``FIGURE_NEAR``: 145 killed for "at least 144");
and offline, a cited title sharing a word with another footnote's title is not near-certain to be
the wrong one (:func:`_shares_entry_words`).

From the study of real-heldback-12 (issue 11, branch v11-hb12tune: half of it non-news pages —
release notes, health guidance, an encyclopedia topic, a press release, a city's post, a ticket
agency's page): a page the encoder cannot compare with the sentence was never judged unless names
and numbers of the sentence were missing from it, so a page of another story, in a language the
encoder does not read or cited by a sentence in one (Azerbaijani, Persian, Uzbek, Kazakh…), drew no
finding at all. Such a page is now reported (a warning) when it is plainly off the document's subject
— it names nothing the sentence or any other footnote's page names, and its entry's title shares
nothing with the sentence (:func:`_page_off_the_subject`): cross-document swaps caught +26 over the
visible parts, no correct pair of any part flagged. And a neighbour's page that repeats the sentence
word for word is where its wording came from, not proof of a swap, while the cited page gives every
number of the sentence at a same-topic cosine (:func:`_quoted_elsewhere_stated_here`): false alarms
there 10 → 9/187 and on real-heldback-11 3 → 2/134, no swap lost.

From the study of real-heldback-13 (issue 11, branch v11-hb13tune: half of it non-news pages — a forum
quoting a blog, a shop's blog, AI-written summaries, a TV guide; with the textmatch rule it names, a
German compound met by its adjective and noun written apart — false alarms there 6 → 4/127, no other
verdict of any visible part changed): a cited page that paraphrases the sentence (``SEMANTIC_SURE``)
and gives one of its other numbers is not called pasted for figures only a neighbour's page gives
(:func:`_paraphrased_with_a_number`): the sentence was copied from that neighbour, details included.

From the family the studies of real-heldback-12, -13 and -14 left unfixed — a sentence of several
facts whose cited page states one of them while a neighbour's page states more (issue 11, branch
v11-manyfacts, measured on every spent part, real/ and parts 2–14: 70 false alarms, 34 of them "another
footnote fits better"): the sentence is judged clause by clause, and a cited page that states one
clause of it (its names and numbers found) at a cosine of 0.5 or more and 0.08 more than the rival's
page is not called swapped (:func:`_a_clause_stated_here`): false alarms 70 → 68, no swap lost on any
part. A narrow edge, not a separation: every looser setting measured spares one to three more correct
pairs at the cost of as many swaps or more — in this family a correct citation and a pasted footnote
look alike, clause by clause too.

Two footnotes **exchanged** (:func:`_exchanged_with`) are the commonest same-document swap, and the
hardest where both pages report one event: each sentence fits the other's page better than its
own, by words or by its own numbers and names (``EXCHANGE_*``). Only the relative comparison tells
them apart, and the second sentence is evidence a correct citation does not have. A page that
quotes a stretch of its sentence word for word (``VERBATIM_RUN``) is never called swapped.

From the study of real-heldback-15 (issue 11, branch v11-hb15tune): a sentence reporting what
someone said ("The Interfax news agency said that …", "… a rapporté que …") is read by the encoder
without its frame as well (:func:`reported_content`, ``REPORTING_VERBS``, ``REPORTED_MIN_WORDS`` 6),
the closer cosine kept: false alarms there 6 → 5/146; on every visible part (``real/`` and parts 2–14,
every verdict compared one by one) nothing else changed; with contents of 4 words or more it lost a
cross-document swap of real-heldback-14 (a 4-word content, "Путину доложили о случившемся", read close
to a page on another event once its names were left with the frame). 72 of the 1,983 sentences of
all parts have such a frame. A day written with its month ("am 6. Januar", "17 января", "from 16
January") that the page writes with the same month (:func:`~citecheck.verify.textmatch.dated_days`)
counts as a name found for the encoder's support (never as one missing): false alarms of
real-heldback-12 and -14 8 → 7 and 7 → 6; one same-document swap of real-heldback-15 lost, whose
swapped-in page's title states the sentence's date of the event ("… ahead of May 24 launch date").
A thin page (``THIN_PAGE_CHARS``) that the encoder reads below the same-topic band is judged by the
swapped-footnote rule after all, against a neighbour's page fitting better by ``THIN_SWAP_MARGIN``
(:func:`_thin_off_the_topic`): 12 swaps more caught over all parts, one correct pair flagged.
A weekday meets its name in another language (:func:`~citecheck.verify.textmatch.weekday_of`: "у
петак" on "am Freitag", "on Tuesday" on "మంగళవారం"), but, like a day of the month, never makes a support
alone (every page of a week has one): false alarms of real-heldback-9 and -15 11 → 10 and 5 → 4; without
that condition a thin Greek page's "Τρίτης" kept a cross-document swap of real-heldback-3 at half the floor.

Evidence keys of a ``claim-mismatch`` finding (stable; renderers turn them into words):
``support`` (combined, 0–1), ``lexical_support``, ``semantic_similarity`` (the encoder's cosine,
or None where it did not run), ``matched_terms``, ``missing_terms``, ``best_passage``, ``basis``
("page" or "title"), ``scored_against``, ``cross_language``, ``source_title``, ``reason``
("low-support", "other-footnote-fits", "footnotes-exchanged", "figures-elsewhere",
"title-shares-nothing", "page-off-the-subject", "too-little-to-judge", and "title-on-the-topic",
"names-the-source", "no-address" or "a-book" on an ``unverified-offline``),
``threshold``, and ``better_footnote`` (``{"label", "support"}``) when another footnote fits; for
footnotes exchanged, ``found_only_in_better_footnote`` (the sentence's numbers and names found on
the other footnote's page and not on its own, and its own dates there, written in its language; for
figures elsewhere, its figures); ``hedged``
("encoder-abstains", "one-sided-fit", "nothing-fits", "words-alone") on a mismatch with its page that is a warning.
Offline findings carry ``severity`` "error" only when near-certain, else "warning"; with the page, a
"low-support" or "other-footnote-fits" mismatch is a warning where its evidence is one-sided
(:func:`_hedged`, branch s38-verify).

From branch v11-families (issue 11; fixtures/eval/README.md, "Branch v11-families"): a sentence's date
that the page gives relative to its publication ("bugün" on a page of 28 May for "28 Mayıs"), or a
weekday of a day the page writes near its publication, counts as found (:func:`_dated_relatively`,
``SourceProfile.days`` and ``weekdays``: false alarms on the spent parts −1, same-document swaps +1);
a figure found only rounded or spelled out counts as found but not as a figure the page gives
(``ClaimScore.figures``), which the pasted-footnote rules compare as written; and a sentence of several
facts too weakly supported as a whole is not called a wrong footnote where its page supports one clause
of it, names and numbers found, better than any other footnote's page (:func:`_main_clause_stated_here`:
false alarms −2, no swap lost).

From the study of real-heldback-19 (issue 11, branch v11-hb19tune; its claims are paraphrases, often
in another language than the page; fixtures/eval/README.md, "Branch v11-hb19tune"): two footnotes on
one event exchanged are told by a fact — the sentence's name or number the cited page lacks is on a
neighbour's page, and the neighbour's sentence is supported by the cited page better than by its own
(:func:`_exchanged_by_a_missing_fact`, ``FACT_EXCHANGE_LEAD``: same-document swaps +8 over the visible
parts, no correct pair flagged); and a page off the document's subject needs one other headline the
encoder reads, not two (``FAR_MIN_HEADLINES``: cross-document swaps +4, none flagged).

From the study of real-heldback-21 (issue 11, branch v11-hb21tune; fixtures/eval/README.md, "Branch
v11-hb21tune"; every verdict of real/ and parts 2–21 compared, nothing lost): a precise figure meets
the page's hedged round one (:meth:`~citecheck.verify.textmatch.TermIndex._rounding_match`) for the
page's support, but not for the rules that ask which page a sentence was written from (:func:`_fit`);
a whole figure the cited page gives with the decimals the sentence dropped is near enough for the
figures-elsewhere rule (:func:`_truncated`: "58-60%" for "58,3% y 60,7%") — false alarms −3 over the
parts; and a thin page across languages lacking every name and number of the sentence may be one half
of two footnotes exchanged by a missing fact (:func:`_thin_exchange_possible`) — same-document swaps +5;
and a thin page in the sentence's own language sharing none of its words yields to a neighbour's page
leading by ``THIN_WORDLESS_SWAP_MARGIN`` (:func:`_thin_swap_margin`) — cross-document swaps +1.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal
from urllib.parse import unquote, urlsplit

from citecheck import lazyre
from citecheck.config import VerifyThresholds
from citecheck.findings import make_finding
from citecheck.models import Finding, Footnote, PageFacts, Severity
from citecheck.stopwords import every_language
from citecheck.verify import semantic
from citecheck.verify.case import (
    ClaimContext,
    DocumentContext,
    FootnoteCase,
    Surroundings,
    split_sentences,
    word_pairs,
)
from citecheck.verify.judge import JudgeVerdict
from citecheck.verify.sites import host_labels
from citecheck.verify.textmatch import (
    CASED_SCRIPTS,
    COMMON_NAME_ZIPF,
    READS_AS_MIN_WORDS,
    ROUNDED_MIN_WHOLE,
    Match,
    Term,
    TermIndex,
    base_language,
    close_languages,
    dated_days,
    fold_case,
    frequency_factor,
    guess_language,
    known_share,
    month_numbers,
    name_runs,
    reads_as,
    relative_days,
    script_of,
    terms,
    tokenize,
    weekday_of,
    weekdays_near,
    written_out_initials,
    zipf,
)

Basis = Literal["page", "title"]

# How much each kind of term says about a claim. Numbers other than day-of-month and names pin a
# claim to one event; years and days recur across unrelated news.
KIND_WEIGHT = {"number": 2.0, "name": 1.6, "word": 1.0, "year": 0.8}
SMALL_NUMBER_WEIGHT = 0.6
QUOTED_FACTOR = 1.3
CONTEXT_FACTOR = 0.3
# A plain word rarely meets a page in another language (only cognates do: transit ~ транзит), so
# it counts for little there; the sentence encoder carries meaning across languages instead.
FOREIGN_WORD_FACTOR = 0.2
# The sentence encoder's cosine between the claim and the page's best passage, as support:
# SEMANTIC_FLOOR maps to 0 and SEMANTIC_FULL to 1. On the calibrated part of fixtures/eval/real
# (both languages covered by the encoder) correct pairs scored 0.26–1.0 and cross-document swaps
# −0.03–0.26; 0.2375, the midpoint of that boundary, maps to the support floor 0.25.
SEMANTIC_FLOOR = 0.15
SEMANTIC_FULL = 0.50
# A German sentence's compounds (Kunstsammlung, Vorstandschef) read as rare names, which a page in
# another language never has and one in German may word otherwise: from this cosine on — the lower
# edge of the 0.3–0.45 at which pages on one topic meet every claim about it (ANCHORLESS_FACTOR) —
# the ones a page lacks do not lower its support by meaning. On real-heldback-4 and -3 (issue 11)
# three correct German sentences, citing German, English and Polish pages at cosines 0.43, 0.47 and
# 0.50, were called unsupported or swapped for lacking them; below it, correct citations (0.24,
# 0.27) and same-document swaps (0.24, 0.24) of German sentences score alike, and the discount
# stays (any value from 0.28 to 0.42 gives the same figures on all four parts).
NOUN_MIN_COSINE = 0.3
# Pages on one topic sit at cosines 0.3–0.45 to every claim about it (see ANCHORLESS_FACTOR and
# NOUN_MIN_COSINE): between two such pages a higher cosine is no sign that one is the source, so a
# rival footnote does not "fit much better" by meaning alone while both its cosine and the cited
# page's are in this band (_same_topic_meaning). On real-heldback-5 (studied for issue 11) a
# Portuguese sentence on the Lisbon funicular's crash into a building cited a Spanish page that says
# so (cosine 0.32) and was called swapped because a neighbour's English page on the crash scored
# 0.44 (words 0.12 and 0.09). Of the 48 other "fits much better" calls on all five parts of
# fixtures/eval/real*, every rival cosine was 0.456 or more, or the cited page's under 0.3; in
# fixtures/eval/pairs.jsonl a cross-document swap (cosine 0.45 to the wrong Russian page) is caught
# so because the rival has the sentence's names and numbers (€30 million, Tiraspol), which the rule
# leaves to count.
SAME_TOPIC_BAND = (0.3, 0.45)
# How many passages of a page the encoder reads per claim: the lead (titles, description, first
# sentences) and the passages sharing most terms with the claim.
ANCHORLESS_FACTOR = 0.4
# From this cosine on a passage is a paraphrase of the claim and its meaning counts in full, names
# or not: same-topic pages of pairs.jsonl stayed below 0.45, correct cross-language pairs of the
# real eval reach 0.6–0.9.
SEMANTIC_SURE = 0.6
# ... but not for another footnote's page that holds fewer than half of the sentence's names and
# numbers (RIVAL_MIN_ANCHORS or more) and no more of them than the cited page, itself read on the
# sentence's topic (SAME_TOPIC_BAND's floor or more): between two pages of one story a cosine at the
# sure line is the story, which every page of the document tells, not the sentence's fact, and such a
# rival is scaled by its anchors as below the line (_anchor_factor; score_claim's ``rival_of``). From the study of real-heldback-29 (issue 11, branch s41-verify): a German sentence on
# the Pope's burial in Santa Maria Maggiore, citing a Polish page that states it (cosine 0.40, one name
# of three), was called swapped for a neighbour's German page on the cause of his death (0.61, none of
# them); and a Spanish sentence on the Lazarus Group's theft, citing a Korean page that names it in
# Hangul, for a French page (0.61, one name of five, as the cited page). Measured on every visible part
# and part 29, verdict by verdict (fixtures/eval/README.md, "Branch s41-verify").
SEMANTIC_LEAD = 6
SEMANTIC_BEST = 8
# Across languages few of the claim's words meet the page (only names, numbers and cognates), so
# choosing passages by shared terms misses the one that states the fact in other words: a page in
# another language is read on, in order, until the encoder has seen SEMANTIC_CROSS_READ passages.
# On real-heldback-3 (studied for issue 11) a Dutch sentence "the new time does not count as a
# world record" met only "Kipchoge" on its German page, whose sentence "Als Weltrekord wird diese
# Zeit … nicht anerkannt" (the 7th passage, without the name) the encoder never read.
SEMANTIC_CROSS_READ = 24
# A passage more than CLAUSE_SPLIT times as long as the sentence (in words) is also read by its
# clauses (split at , ; : and a spaced dash): every run of consecutive clauses from CLAUSE_MIN to
# CLAUSE_WINDOW times the sentence's length (_clause_windows). The encoder's vector of a long sentence is the mean
# of everything it says, so a fact it states among others scores as a same-topic page does. On
# real-heldback-11 (studied for issue 11) "İstanbul Valiliği aynı tarihte dört günlük gösteri yasağı
# ilan etti." scored 0.39 against the English page's 38-word sentence that states it ("… a four-day
# demonstration ban was issued in İstanbul, with public transportation and traffic cut off …") and
# 0.65 against its clause, and was called swapped for the neighbour's Turkish page it was taken from.
# On the twelve visible parts of fixtures/eval/real* and fixtures/eval/pairs.jsonl: false alarms 3
# fewer (two of them there, one on real-heldback-4), one same-document swap more, nothing lost; the
# same with CLAUSE_SPLIT from 2 to 3; at 1.75 a false alarm more (real-heldback-3: a rival page's
# clause) and a cross-document swap lost (real-heldback-6: a thin page's clause); with CLAUSE_WINDOW
# 1.25 the same but real-heldback-4's false alarm stays, with 2 a same-document swap is lost, and
# so it is without CLAUSE_MIN (real-heldback-8: a short clause of the wrong page, cosine 0.30 → 0.42).
# A sentence of several facts whose cited page states one clause of it better than the rival that
# "fits better" does is not called swapped (_a_clause_stated_here): a clause of MANYFACTS_MIN_WORDS
# words or more, its names and numbers on the cited page, at a cosine of MANYFACTS_MIN_COSINE or more
# there and MANYFACTS_COSINE_MARGIN more than on the rival's page (issue 11, branch v11-manyfacts).
MANYFACTS_MIN_WORDS = 8
MANYFACTS_MIN_COSINE = 0.5
MANYFACTS_COSINE_MARGIN = 0.08
_FACT_CLAUSE = lazyre.compile(r"(?<=[,;:])\s+|\s+(?=[-–—]\s)|\s+\(|\)\s+")
CLAUSE_SPLIT = 2.5
CLAUSE_WINDOW = 1.5
CLAUSE_MIN = 0.5
_CLAUSE = lazyre.compile(r"(?<=[,;:])\s+|\s+(?=[-–—]\s)")
# A neighbouring footnote fits "much better" also when its page beats the cited one on words by
# ``claim_swap_margin`` and on meaning by SWAP_COSINE_MARGIN, while the cited page covers less
# than SWAP_MAX_LEXICAL of the claim's words: on the same topic the encoder lifts a swapped page's
# combined support, so the combined rule alone misses such swaps (fixtures/eval/pairs.jsonl:
# neighbour swaps caught 19/32 with it alone).
SWAP_COSINE_MARGIN = 0.25
SWAP_MAX_LEXICAL = 0.35
# …and only while the cited page is not itself close in meaning: correct pairs of the calibrated
# real eval flagged by the word-and-meaning rule had cosines of 0.46–0.66 to their own page.
SWAP_MAX_OWN_COSINE = 0.45
# Two footnotes exchanged (see _exchanged_with): each sentence's word support must rise by at least
# EXCHANGE_MIN_GAIN, and both by EXCHANGE_MIN_TOTAL together, when the entries are swapped back; only
# while the own page covers less than EXCHANGE_MAX_OWN_LEXICAL of the claim. On the calibrated part
# of fixtures/eval/real the correct citations' largest such pair of gains was 0.64 + 0.20 (a
# Portuguese sentence taken from a neighbour's page, citing an Italian teaser); exchanged footnotes
# the other rules missed scored 0.89 + 0.36, 0.57 + 0.65 and 0.92 + 0.22.
EXCHANGE_MIN_GAIN = 0.15
EXCHANGE_MIN_TOTAL = 1.0
EXCHANGE_MAX_OWN_LEXICAL = 0.5
# …or by facts: each sentence finds more of its numbers and names in the other's page, while its
# word support falls by at most EXCHANGE_WORD_SLACK. No correct citation of the calibrated real eval
# or of fixtures/eval/pairs.jsonl has such a partner (where a neighbour's page has more of the
# sentence's facts, the neighbour's own sentence loses facts in the exchange); four exchanged
# footnotes the word rule missed have one (magnitudes 7.4/7.8 and 6.6, Pazarcık, the 5 of Ariane 5).
EXCHANGE_WORD_SLACK = 0.05
# …or by a fact and both supports (_exchanged_by_a_missing_fact): the rival page, with a name or
# number of the sentence the cited page lacks, leads the cited page's support by FACT_EXCHANGE_LEAD,
# and the rival's sentence is supported by the cited page better by EXCHANGE_MIN_GAIN. On the visible
# parts (fixtures/eval/real and parts 2-19, branch v11-hb19tune) any lead from 0 to 0.15 gave the
# same verdicts: 8 same-document swaps caught, no correct pair flagged.
FACT_EXCHANGE_LEAD = 0.15
# A cited page in another language than the sentence, beaten by a neighbour's page in the sentence's
# own language, is called swapped only if some other footnote's sentence fits the cited page better
# than its own page (_one_sided_across_languages): by support (EXCHANGE_MIN_GAIN), or by words or the
# encoder's cosine by PARTNER_GAIN.
# PARTNER_GAIN: among the rule's candidates on every visible part (fixtures/eval/real and parts 2-20,
# branch v11-hb20tune), the largest lead of another sentence on a correct pair's cited page was 0.04 by
# support (under EXCHANGE_MIN_GAIN), 0.03 by cosine (two pages of one event read alike) and 0.02 by
# words. And only where the cited page is read by the encoder at ONE_SIDED_MIN_COSINE or more (or by
# words alone, with no encoder pass): candidates of the rule on the same parts were correct pairs at
# cosines 0.24-0.62 and swaps at 0.24-0.47 (louvre-it/3<->4 of heldback-3 the highest); from 0.5, six
# correct pairs and no swap (five spared: figures-elsewhere only by words alone) (README, "Branch v11-hb20tune").
PARTNER_GAIN = 0.05
ONE_SIDED_MIN_COSINE = 0.5
# Across a language the encoder does not cover, a low word support is a mismatch only when at least
# UNCOVERED_MIN_ABSENT of the claim's names and numbers are absent from the page and none is found:
# one alone may be written differently in a translation or rounded ("almost 84 years" cited to an
# Indonesian page's "80 tahun", a correct citation the calibrated real eval flagged); the swapped
# pages in such languages it catches lack four to six.
UNCOVERED_MIN_ABSENT = 2
# …and at least UNCOVERED_ABSENT_PER_FOUND absent for each one found (at most a quarter found): a
# wrong page on the same event shares the company or the town and lacks the rest. Among such pairs
# (another, uncovered language; two or more absent, one or more found) of fixtures/eval/real and
# real-heldback-2 (the latter studied for issue 11), the one correct citation had as many found as
# absent (3/3; with years, 4 absent to 3 found, and one with 3 absent and none found whose words
# carried it over the minimum); same-document swaps had 3 absent to 1 found, 4/1, 7/1 and 3/2.
UNCOVERED_ABSENT_PER_FOUND = 3
# A page the encoder cannot compare with the sentence is off the document's subject when, besides
# its entry's title sharing nothing with the sentence, it gives at least OFF_SUBJECT_MIN_NAMES
# names and figures (of OFF_SUBJECT_MIN_LETTERS characters or more) and none of them is on any of
# the document's other pages, OFF_SUBJECT_MIN_PEERS or more (see _page_off_the_subject).
OFF_SUBJECT_MIN_NAMES = 3
OFF_SUBJECT_MIN_PEERS = 2
OFF_SUBJECT_MIN_LETTERS = 4
# …and, where the entry cannot be judged, the page's headline far in meaning from the headlines of
# the other pages the encoder reads, FAR_MIN_HEADLINES of them at least (_far_from_the_other_pages).
FAR_MIN_HEADLINES = 1
# A sentence of two facts may cite a page that states one: a page in the sentence's language whose
# one passage gives one of its figures (a number other than a year or day) together with at least
# FIGURE_MIN_TERMS of its other content terms is not called a wrong footnote for low support alone,
# unless another footnote's page supports the sentence better. On real-heldback-2 (studied for issue
# 11) a Czech sentence on DART's launch, ESA and its 330-million-dollar budget cited a page saying
# "s rozpočtem asi 330 milionů dolarů" (support 0.249 against 0.25); no swap of either part met the
# condition.
FIGURE_MIN_TERMS = 3
# A page that repeats VERBATIM_RUN consecutive words of the claim (VERBATIM_MIN_WORDS of them
# lower-case content words) is a source the author quoted, so no rival "fits better": on the
# calibrated real eval the wrong pages of same-document swaps shared at most 4 such consecutive
# words with their claim (6 where all but "the"/"in" were names: "the Guiana Space Center in
# Kourou"), correct pages up to 18 (fixtures/eval/pairs.jsonl) — one correct Turkish citation
# quoting 8 words of its sentence was called swapped because a neighbour's page added the rest.
# Two figures of a sentence whose sum the page gives ("3.216 passeggeri e 1.013 membri
# dell'equipaggio"; "4229 Menschen an Bord") are found as a total (_totals_found), at this quality:
# a report counting the whole states its parts. On real-heldback-6 (studied for issue 11) that Italian
# sentence citing a German page was called swapped for the Italian page it was taken from.
TOTAL_QUALITY = 0.8
# A percentage of the sentence written with SHARE_MIN_DECIMALS decimals or more that two counts of
# the page (SHARE_MIN_COUNT or more; the SHARE_MAX_COUNTS smallest of the page) give as their ratio
# is found as they are (_shares_found): election pages give turnouts and vote shares as counts ("7
# 820 204" who came of "12 284 487" who could vote) as often as percentages. On real-heldback-8
# (studied for issue 11) an English "the turnout reached 63.66%, while the total number of voters
# was 7,820,204" citing such a Russian page was called swapped for the page it was taken from. Two
# decimals: a ratio of two of a page's few dozen counts falls on a given hundredth by chance about
# once in ten thousand pairs (on a tenth, ten times as often).
SHARE_MIN_DECIMALS = 2
SHARE_MIN_COUNT = 1000
SHARE_MAX_COUNTS = 40
VERBATIM_RUN = 6
VERBATIM_MIN_WORDS = 3
# A term that every other source of the document contains says little about which source is meant.
SHARED_TERM_DISCOUNT = 0.6
# Below this many characters of main text a page is judged by its titles and description alone,
# against half the usual support floor and without the swapped-footnote rule.
THIN_PAGE_CHARS = 400
# …unless the page is in the sentence's language and has none of its names and numbers, at least
# THIN_MIN_ANCHORS of them: a page too short to be read whole still has the names of what it
# reports, and a sentence's own would be there. On the eight visible parts of fixtures/eval/real*
# (real-heldback-8 and -7 studied for issue 11) this caught 7 more swaps (2 same-document, 5
# cross-document; 13 of the 29 same-document swaps real-heldback-8 still misses have a thin wrong
# page, with one anchor or none or across languages) and flagged no correct pair; with one anchor
# (THIN_MIN_ANCHORS 1) 3 more swaps, but correct pairs lacking their one anchor on thin pages came
# within 0.001 of the floor; across languages it flagged three (Bankman-Fried in Hangul, TürkAkım as
# «Турецкий поток», Riigikogu on a Danish page), names written otherwise, so it is not applied there.
THIN_MIN_ANCHORS = 2
# …and a thin page the encoder reads below the same-topic band is judged by it after all, against a
# neighbour's page fitting better by THIN_SWAP_MARGIN (_thin_off_the_topic).
THIN_SWAP_MARGIN = 0.6
THIN_WORDLESS_SWAP_MARGIN = 0.3
# A sentence's figures (numbers other than years and days), FIGURES_ELSEWHERE_MIN or more, none of
# which the cited page gives and all of which another footnote's page gives, mark a footnote pasted
# from that neighbour whatever the cited page's support (_figures_elsewhere): pages on one event
# share its words and meaning, not its figures. On the eleven parts of fixtures/eval/real* (after
# real-heldback-10's study, issue 11) this caught 7 same-document swaps the other rules missed (the
# wrong page supporting the sentence at 0.52–1.0, or a thin one at 0.17: Kambarata-1's shares of 34
# and 33 %, a candidate's 87.97 % at 24.4 % of the count, two companies' values, a parliament's
# seats, a marathon's times) and flagged no correct pair; with one figure 26, and 12 correct pairs
# (a figure the page writes otherwise, while a neighbour's page gives it too).
FIGURES_ELSEWHERE_MIN = 2
# …unless the cited page gives a number within FIGURE_NEAR (relative) of every one of them: a toll
# updated or a count rounded, as pages on one event give it at different hours. On real-heldback-11
# (studied for issue 11) an English sentence on the Crocus attack, "killing at least 144 people and
# injuring around 550", cited the Wikipedia article's "145 people had been killed … more than 551
# … injured" and was called pasted from the neighbour's page giving 144 and 550. Of the seven swaps
# the rule catches on the visible parts, two have a near number for one figure (428 billion against
# 424.7 billion, 87.97 % against 87.28 %, both within 0.8 %) and none for the other, so they stay
# caught; any tolerance from 0.7 % (144 and 145) to 3 % gives the same figures.
FIGURE_NEAR = Decimal("0.01")


# How much text a page holds, for THIN_PAGE_CHARS: its characters, those of East Asian width "wide"
# or "fullwidth" (Unicode's UAX #11: Han, kana, Hangul, fullwidth forms) counting two, as they are
# set on a line. A page of Japanese, Chinese or Korean says in one character what a page in letters
# says in several, so by its characters alone a whole short article was "thin" — judged by its
# titles, against half the support floor and without the swapped-footnote rule. From the study of
# real-heldback-22 (issue 11, branch v11-hb22tune): 4 of its 15 missed same-document swaps had such a
# page swapped in (a Japanese report of 339 characters, 233, a Chinese one of 313, a Korean one of
# 270; the first is caught now, the other three are pages of one event either way). Over real/ and parts 2-22 (part 21 blind to that branch) 60 of the 67 Japanese, Chinese and
# Korean pages were "thin" by their characters, against 385 of the 2,105 other pages (18 %); by their
# width 23 of the 67 are (34 %), and no other page changes. Every verdict compared one by one: same-
# document swaps caught +1 on parts 16 and 22 (an English sentence given a Japanese page of 288 and
# of 339 characters) and +1 on part 21 (counted blind); one correct pair flagged (part 22: "The
# company officially went public on 14 September…" on that Japanese page of Arm's first day, read at
# cosine 0.28 while a neighbour's English page fits it better — the one-sided family across languages
# of v11-hb20tune, below its cosine bar); nothing else changed online or offline.
def text_width(text: str) -> int:
    """The length of ``text`` with wide and fullwidth characters (UAX #11) counted twice."""
    if text.isascii():
        return len(text)
    return len(text) + sum(unicodedata.east_asian_width(c) in "WF" for c in _FROM_HANGUL_JAMO.findall(text))


# The characters from U+1100 on (Hangul Jamo, the first wide ones), found by the engine: only they
# are asked their width, not every character of a page in Python (a page in letters holds a few,
# its quotes and dashes). The same count; per page (source_profile) 0.26 → 0.08 s over the 652
# page texts of ``benchmarks/verify_cpu.py --corpus saved`` (439,132 such characters of 18.8 M).
_FROM_HANGUL_JAMO = lazyre.compile("[\u1100-\U0010ffff]")


@dataclass(frozen=True)
class SourceProfile:
    """A cited source, indexed for scoring: the page (online) or the footnote entry (offline)."""

    index: TermIndex
    basis: Basis
    title: str | None
    languages: frozenset[str]
    text_chars: int = 0
    # The script most of the source's letters are in (textmatch.script_of): a language written in
    # two (Uzbek, Serbian, Kazakh, Azerbaijani in Cyrillic and Latin) meets itself only loosely.
    script: str | None = None
    # The days the page names relative to its publication ("today", "yesterday", "on Friday") and
    # the weekdays of the days it writes near it (textmatch.relative_days, weekdays_near).
    days: frozenset[tuple[int, int]] = frozenset()
    weekdays: frozenset[int] = frozenset()

    @property
    def thin(self) -> bool:
        """A page whose main text could hardly be read (a script-built page, a paywall teaser)."""
        return self.basis == "page" and self.text_chars < THIN_PAGE_CHARS


@dataclass(frozen=True)
class WeightedTerm:
    term: Term
    weight: float
    context: bool = False


_SCORED_AGAINST: dict[str, str] = {
    "page": "the page's titles, description and main text, and the cited title",
    "title": "the footnote entry only (cited title, publisher, URL words): no page",
}


@dataclass(frozen=True)
class ClaimScore:
    """How well a source supports a claim: ``support`` in [0, 1] and the evidence for it."""

    support: float
    matched: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    passage: str | None = None
    basis: Basis = "page"
    weight: float = 0.0
    cross_language: bool = False
    details: dict[str, float] = field(default_factory=dict)
    lexical: float = 0.0
    semantic: float | None = None
    # In another language than the sentence's, but a close one (textmatch.close_languages): its
    # plain words meet the sentence's as cognates (Danish jordskælv ~ Norwegian jordskjelv).
    close_language: bool = False
    # The sentence's figures (numbers other than years and days: is_anchor) the source has, by key.
    figures: frozenset[str] = frozenset()

    def evidence(self) -> dict[str, object]:
        return {
            "support": round(self.support, 3),
            "lexical_support": round(self.lexical, 3),
            "semantic_similarity": None if self.semantic is None else round(self.semantic, 3),
            "matched_terms": list(self.matched),
            "missing_terms": list(self.missing),
            "best_passage": self.passage,
            "basis": self.basis,
            "scored_against": _SCORED_AGAINST[self.basis],
            "cross_language": self.cross_language,
        }


def url_slug_words(url: str | None) -> str:
    """Words of a URL's path ("…/aktobe-ramps-up-efforts-to-prevent-spring-flooding-494b42")."""
    if not url:
        return ""
    path = unquote(urlsplit(url).path)
    words = re.split(r"[/_\-.+]+", path)
    return " ".join(
        w for w in words if w and not re.fullmatch(r"[0-9a-f]{5,}|\d+|html?|php|aspx?|index", w, re.I)
    )


def source_profile(footnote: Footnote, page: PageFacts | None) -> SourceProfile:
    """The profile of the footnote's source: its page when there is one, else the entry itself."""
    cited_title = footnote.title or ""
    if page is not None and (page.text or page.titles or page.description):
        fields: list[tuple[str, str | None]] = [(cited_title, None)]
        fields += [(t, None) for t in page.titles[:3]]
        fields += [(page.description or "", page.language), (page.text, page.language)]
        index = TermIndex.build(fields)
        # The page's declared language decides what is "another language"; guesses from short
        # titles ("Nobelpriset i litteratur …" reads as English to a stopword count) only fill in.
        declared = base_language(page.language)
        languages = frozenset({declared}) if declared else frozenset(index.languages)
        script = script_of(page.text or page.description or " ".join(page.titles) or cited_title)
        days: frozenset[tuple[int, int]] = frozenset()
        weekdays: frozenset[int] = frozenset()
        if page.published is not None:
            days = relative_days(page.text, declared, page.published, index.weekdays)
            weekdays = weekdays_near(index.days | days, page.published)
        return SourceProfile(
            index,
            "page",
            page.title or cited_title or None,
            languages,
            text_width(page.text),
            script,
            days,
            weekdays,
        )
    fields = [(cited_title, None), (footnote.publisher or "", None), (url_slug_words(footnote.url), None)]
    index = TermIndex.build(fields)
    title_language = guess_language(cited_title) if cited_title else None
    languages = frozenset({title_language} if title_language else set())
    return SourceProfile(index, "title", cited_title or None, languages, script=script_of(cited_title))


_QUOTED = lazyre.compile(r"[\"“„«‘']([^\"“”„«»‘’]{2,200})[\"”“»’']")


def claim_terms(claim: str, context: str = "", language: str | None = None) -> list[WeightedTerm]:
    """The claim's content terms with their base weights (before rarity), context terms discounted."""
    language = base_language(language) or guess_language(claim)
    quoted_keys = {t.key for q in _QUOTED.findall(claim) for t in terms(q, language)}
    out: list[WeightedTerm] = []
    seen: set[str] = set()
    for term in terms(claim, language):
        if term.key in seen:
            continue
        seen.add(term.key)
        out.append(
            WeightedTerm(term, _base_weight(term) * (QUOTED_FACTOR if term.key in quoted_keys else 1.0))
        )
    # Term by term per sentence: a paragraph's sentences recur in the context of each of its
    # citations, and terms() caches each sentence once.
    context_terms = (
        [t for sentence in split_sentences(context) for t in terms(sentence, language)] if context else []
    )
    for term in context_terms:
        if term.key in seen:
            continue
        seen.add(term.key)
        out.append(WeightedTerm(term, _base_weight(term) * CONTEXT_FACTOR, context=True))
    return out


def _base_weight(term: Term) -> float:
    weight = KIND_WEIGHT[term.kind]
    if term.small_number or term.spelled_often:  # "3 milliards" weighs as the 3 it is written with
        weight = SMALL_NUMBER_WEIGHT
    if term.kind in ("word", "name"):
        weight *= frequency_factor(term.zipf)
    return weight


def _loose(term: Term, cross_language: bool) -> bool:
    return term.kind == "name" or cross_language


def score_claim(
    claim: str | Sequence[WeightedTerm],
    source: SourceProfile,
    *,
    context: str = "",
    language: str | None = None,
    rarity: Callable[[Term], float] | None = None,
    claim_text: str | None = None,
    enough: float | None = None,
    rounding: bool = True,
    rival_of: ClaimScore | None = None,
) -> ClaimScore:
    """Support of ``claim`` by ``source`` in [0, 1], with matched and missing terms and the best passage.

    With ``enough``, a lexical support at or above it is final: the encoder, which could only raise
    support, is not run (the caller's verdict cannot change by it).

    ``rarity`` maps a term to a factor in (0, 1] (see :func:`document_rarity`); without it every
    term counts by its kind alone. Support is the larger of the lexical support (the share of the
    claim's term weight the source contains) and, for a page in a language the sentence encoder
    covers, the semantic support of the best passage (``claim_text`` is needed for that).

    ``rival_of``: scoring another footnote's page as a rival of the cited one, the cited page's score
    (see ``SEMANTIC_SURE``).

    ``rounding``: whether a precise figure of the sentence counts as found where the page gives it
    rounded (:meth:`~citecheck.verify.textmatch.TermIndex._rounding_match`): evidence that the page
    supports the sentence, not that the sentence was written from it (:func:`_fit`).
    """
    if isinstance(claim, str):
        claim_text = claim
        language = base_language(language) or guess_language(claim)
        weighted = claim_terms(claim, context, language)
    else:
        weighted = list(claim)
        language = base_language(language) or next(
            (w.term.language for w in weighted if w.term.language), None
        )
    cross = bool(source.languages) and language is not None and language not in source.languages
    close = cross and any(close_languages(language, other) for other in source.languages)
    # In the sentence's language but another script (Uzbek Cyrillic against Uzbek Latin): its words
    # meet by transliteration, as a name's do, and count in full (_other_script).
    loose = cross or _other_script(weighted, source)
    total = 0.0
    gained = 0.0
    matched: list[tuple[float, str]] = []
    missing: list[tuple[float, str]] = []
    found_terms: list[tuple[float, str]] = []
    anchors = anchors_found = nouns_absent = 0
    figures: set[str] = set()
    substantive = False
    totals = _totals_found(weighted, source)
    # The sentence's dates the page names only relative to its publication (source.days): their
    # day and month count as found (textmatch.relative_days).
    # The sentence's own dates, read once: for the relative ones here and the page's dates below.
    written = (
        dated_days(claim_text, language) if claim_text and (source.days or source.index.days) else frozenset()
    )
    relative = written & source.days
    written_short = (
        _short_names_written(weighted, source, name_runs(claim_text, language))
        if claim_text and source.index.arabic_short
        else frozenset()
    )
    initialled = (
        _written_as_initials(claim_text, language, source)
        if claim_text and not cross and language in source.languages
        else {}
    )
    for item in weighted:
        term = item.term
        weight = item.weight * (rarity(term) if rarity else 1.0)
        if cross and term.kind == "word":
            weight *= FOREIGN_WORD_FACTOR
        total += weight
        hit = source.index.find(term, loose=_loose(term, loose), rounding=rounding) or totals.get(term.key)
        if hit is None and not loose:  # a word of the same root (textmatch.DERIVED_MIN_PREFIX)
            hit = source.index.derived_match(term)
        if hit is None and not loose:  # Chinese runs, Korean endings (textmatch.HAN_PAIR_SHARE)
            hit = source.index.glued_match(term)
        if hit is None and term.text in initialled:
            hit = Match(0.9, initialled[term.text], "initials")
        if hit is None and (relative or source.weekdays):
            hit = _dated_relatively(term, relative, source)
        # A short name the page writes in Arabic script is no anchor, found or absent.
        anchor = not item.context and is_anchor(term) and term.text not in written_short
        anchors += anchor
        nouns_absent += anchor and (term.noun or term.spelled_often) and hit is None
        if hit is None:
            if not item.context:
                missing.append((weight, term.text))
            continue
        anchors_found += anchor
        # A figure met only rounded or spelled out (textmatch.TermIndex._approximate_match,
        # _spelled_match) counts as found, not as the page giving that figure: the rules that tell a
        # pasted footnote by its figures (_figures_elsewhere, _rival_fits_better) keep to figures
        # as written ("at least 144 killed" on a page of 145 and 600 injured is still the neighbour's
        # 144 and 550: tests/verify/test_claim.py).
        if anchor and term.kind == "number" and hit.how not in ("approximate", "spelled"):
            figures.add(term.key)
        substantive = substantive or not (term.small_number or hit.how == "weekday")  # both recur
        gained += weight * hit.quality
        label = term.text if hit.found.casefold() == term.text.casefold() else f"{term.text} ~ {hit.found}"
        matched.append((weight, label))
        found_terms.append((weight, hit.found))
    # A day written with its month that the page writes with the same month (textmatch.dated_days)
    # pins the sentence to one fact as a name does: one more anchor found for the encoder's support
    # (_anchor_factor); a date the page lacks is not counted against it, since pages give dates in
    # other ways too ("am Freitag", "the same day"). On real-heldback-12 and -14 (issue 11, studied on
    # v11-hb15tune) a Russian sentence's "17 января" on a Russian page's "17 января" and an English
    # sentence's "from 16 January" on an Italian page's "16 gennaio" (each with its cited page's
    # support 0.39–0.40 by meaning, the day itself a small number that is no anchor) were called
    # swapped with a neighbour's page stating more.
    if claim_text and (source.index.days or relative):
        dates = len(written & source.index.days | relative)
        anchors += dates
        anchors_found += dates
    # Numbers up to 31 (days, counts, the 2 of "Chandrayaan-2") recur on every page: a page's support
    # made of them alone is none (a title's is kept: a short title sharing "25" with the sentence is
    # a sign). On fixtures/eval/real a Japanese page on Fukushima cited for "Chandrayaan-3 was ISRO's
    # redemption mission after the Chandrayaan-2 landing attempt" scored 0.19 by its 2 and 3 alone.
    substantive = substantive or source.basis == "title"
    lexical = min(1.0, gained / total if total and substantive else 0.0)
    matched.sort(key=lambda x: -x[0])
    missing.sort(key=lambda x: -x[0])
    settled = enough is not None and lexical >= enough
    # A verdict settled by words alone at enough=0 wants no evidence (a rival's word fit).
    passage = _best_passage(source.index.passages, found_terms) if enough != 0.0 else None
    cosine: float | None = None
    support = lexical
    if claim_text and not settled and source.basis == "page" and _encoded(language, source.languages):
        candidates = _candidate_passages(source.index.passages, found_terms, read_on=cross)
        candidates += _clause_windows(candidates, claim_text)
        best = semantic.best_cosine(claim_text, candidates)
        reported = reported_content(claim_text)
        if best is not None and reported is not None:
            inner = semantic.best_cosine(reported, candidates)
            if inner is not None and inner[0] > best[0]:
                best = inner
        if best is not None:
            cosine = best[0]
            # A capitalised common noun (term.noun) the page lacks is no evidence against a passage
            # closer in meaning than pages on one topic are to each other (NOUN_MIN_COSINE): the
            # page may say it in other words. One it has pins the claim as a name does. So is a
            # figure as often spelled out ("drei Milliarden" for "3 milliards": spelled_often).
            counted = anchors - nouns_absent if cosine >= NOUN_MIN_COSINE else anchors
            sure = cosine >= SEMANTIC_SURE and not (
                rival_of is not None
                and rival_of.semantic is not None
                and rival_of.semantic >= SAME_TOPIC_BAND[0]
                and anchors >= RIVAL_MIN_ANCHORS
                and 2 * anchors_found < anchors
                and anchors_found <= rival_of.details.get("anchors_found", 0)
            )
            factor = 1.0 if sure else _anchor_factor(counted, anchors_found)
            meaning = semantic_support(cosine) * factor
            support = max(lexical, meaning)
            if lexical < meaning or passage is None:
                passage = _clip(candidates[best[1]])
    return ClaimScore(
        support=round(support, 4),
        matched=tuple(m for _, m in matched[:12]),
        missing=tuple(m for _, m in missing[:8]),
        passage=passage,
        basis=source.basis,
        weight=round(total, 3),
        cross_language=cross,
        lexical=round(lexical, 4),
        semantic=None if cosine is None else round(cosine, 4),
        details={"anchors": anchors, "anchors_found": anchors_found},
        close_language=close,
        figures=frozenset(figures),
    )


def _dated_relatively(
    term: Term, relative: frozenset[tuple[int, int]], source: SourceProfile
) -> Match | None:
    """A day, month or weekday of the sentence that the page gives relative to its publication: the
    day and month of a date in ``relative`` (the sentence's "28 Mayıs" on a page of 28 May saying
    "bugün"), or a weekday of a day the page writes near its publication (the sentence's "on Sunday"
    on a page of 25 November saying "24 November"). See textmatch.relative_days."""
    if term.kind == "number":
        value = term.key[1:]
        if value.isdigit() and any(int(value) == day for day, _ in relative):
            return Match(0.9, term.text, "month")
        return None
    if term.kind == "year":
        return None
    month = month_numbers(term.language).get(fold_case(term.text))
    if month is not None:
        return Match(0.9, term.text, "month") if any(month == m for _, m in relative) else None
    weekday = weekday_of(term.text, term.language) if source.weekdays else None
    if weekday is not None and weekday in source.weekdays:
        return Match(0.9, term.text, "weekday")
    return None


def _other_script(weighted: Sequence[WeightedTerm], source: SourceProfile) -> bool:
    """Whether the sentence is written in another alphabet than the source's, both of them ones that
    transliterate (Cyrillic and Latin: see the module's notes on real-heldback-10)."""
    if source.script not in _TRANSLITERABLE_SCRIPTS:
        return False
    own = script_of(" ".join(w.term.text for w in weighted if not w.context and w.term.kind != "number"))
    return own in _TRANSLITERABLE_SCRIPTS and own != source.script


def _totals_found(weighted: Sequence[WeightedTerm], source: SourceProfile) -> dict[str, Match]:
    """The sentence's figures (numbers other than years and days) that the source gives as a total:
    two of them whose sum it has ("3.216 passeggeri e 1.013 membri dell'equipaggio" on a page's
    "4229 Menschen, davon etwa 1000 Besatzungsmitglieder"), each found with ``TOTAL_QUALITY``."""
    figures: dict[str, Decimal] = {}
    for item in weighted:
        term = item.term
        if item.context or term.kind != "number" or not is_anchor(term) or ":" in term.key:
            continue
        try:
            figures[term.key] = Decimal(term.key.lstrip("#"))
        except InvalidOperation:
            continue
    found: dict[str, Match] = {}
    keys = list(figures)
    for i, first in enumerate(keys):
        for second in keys[i + 1 :]:
            total = figures[first] + figures[second]
            if total == 100:
                # Two shares of one whole (52.18 % and 47.82 %) always add up to 100, which any page
                # of percentages has: on real-heldback-8 (studied for issue 11) a same-document swap
                # was "supported" so by a Turkish page's "yüzde 100".
                continue
            key = "#" + (
                str(int(total)) if total == total.to_integral_value() else format(total.normalize(), "f")
            )
            hit = source.index.keys.get(key)
            if hit is not None and first not in source.index.keys and second not in source.index.keys:
                found[first] = found[second] = Match(TOTAL_QUALITY, hit, "parts")
    shares = [
        key
        for key, value in figures.items()
        if key not in found
        and key not in source.index.keys
        and 0 < value < 100
        and -int(value.as_tuple().exponent) >= SHARE_MIN_DECIMALS
    ]
    if shares:
        found.update(_shares_found(shares, figures, source))
    return found


def _shares_found(
    shares: Sequence[str], figures: dict[str, Decimal], source: SourceProfile
) -> dict[str, Match]:
    """The sentence's percentages (``SHARE_MIN_DECIMALS`` decimals at least) that two counts of the
    source give as their ratio, to the sentence's precision: a turnout of 63.66 % on a page's
    "7 820 204" of "12 284 487" voters."""
    counts = sorted(
        int(key[1:]) for key in source.index.keys if key[1:].isdigit() and int(key[1:]) >= SHARE_MIN_COUNT
    )[:SHARE_MAX_COUNTS]
    found: dict[str, Match] = {}
    for key in shares:
        value = figures[key]
        quantum = Decimal(1).scaleb(int(value.as_tuple().exponent))
        for i, part in enumerate(counts):
            for whole in counts[i + 1 :]:
                if (Decimal(part) * 100 / whole).quantize(quantum, ROUND_HALF_UP) == value:
                    keys = source.index.keys
                    found[key] = Match(TOTAL_QUALITY, f"{keys[f'#{part}']} / {keys[f'#{whole}']}", "parts")
                    break
            if key in found:
                break
    return found


def _short_names_written(
    weighted: Sequence[WeightedTerm], source: SourceProfile, runs: Sequence[tuple[str, ...]]
) -> frozenset[str]:
    """The sentence's names of two or three consonants that a page in Arabic script writes letter by
    letter (textmatch.TermIndex.short_name: Usain Bolt as اوسن بولت), each as one word of a name of
    several words (name_runs) every other word of which the page has too: such a name is not
    evidence of its absence (:func:`_names_and_numbers_absent`), nor found (the support, rivals and
    every other rule never see it).

    From the visible parts of the verify eval (real and real-heldback-2..23; issue 11): of the
    false alarms citing a page in Arabic script that the encoder does not read (Persian), a German
    sentence on "Usain Bolt" citing a Persian page (اوسن بولت) was a mismatch by his two names
    absent (a match by consonants needs four). Counted as found, short names lost three
    same-document swaps (sentences naming their document's subject: "Bolt" alone, "Shahid Rajaei"
    and "Bandar Abbas", "Ирана") and made two false alarms through rival pages; counted as neither,
    and only within a name met whole, none was lost. Guard: only on a page with words in Arabic
    script (``index.arabic_short``), and only where the absent names decide (pages the encoder
    does not read)."""
    if not source.index.arabic_short or not runs:
        return frozenset()
    by_text = {item.term.text: item.term for item in weighted}

    def met(term: Term | None) -> bool:
        return term is not None and (
            source.index.find(term, loose=True) is not None or source.index.short_name(term) is not None
        )

    written: set[str] = set()
    for run in runs:
        short = [
            by_text[word]
            for word in run
            if word in by_text
            and source.index.find(by_text[word], loose=True) is None
            and source.index.short_name(by_text[word]) is not None
        ]
        if short and all(met(by_text.get(word)) for word in run):
            written.update(term.text for term in short)
    return frozenset(written)


@lru_cache(maxsize=4096)
def _spelled_initials(claim: str, language: str | None) -> tuple[tuple[str, str], ...]:
    """written_out_initials of a sentence, read once: a sentence is scored against every source of
    its document (its own and its rivals)."""
    return tuple(written_out_initials(claim, language))


def _written_as_initials(claim: str, language: str | None, source: SourceProfile) -> dict[str, str]:
    """The sentence's words of a name of INITIALS_MIN to INITIALS_MAX capitalised words
    (textmatch.written_out_initials: "Cumhuriyet Halk Partisi") that the page writes only by its
    initials ("CHP'nin": TermIndex.acronyms), each with those initials: the page names them.

    From the visible parts of the verify eval (real and real-heldback-2..23; branch v11-arabic,
    issue 11): a Turkish sentence on "Cumhuriyet Halk Partisi" citing a Turkish page on "CHP'nin en
    yüksek oy aldığı iller" was a mismatch (support 0.19) by the party's name absent. The reverse
    (initials in the sentence, the name spelled out on the page) was read already
    (TermIndex.initials). Guard: a run of at least INITIALS_MIN capitalised words (a function word
    between them skipped) whose every initial the page's acronym has, in order (two words are never
    taken for an acronym of two letters), in a sentence in the page's own language whose text does
    not write that acronym itself. Across languages it lost three same-document swaps: the topic's
    international acronym (GDPR on a Russian page for a French sentence's "General Data Protection
    Regulation", GIL, PSG), which every page of those documents writes; a name's initials are its
    language's (RGPD, ABŞ), so across languages they are no evidence. Also an Azerbaijani sentence
    on "Amerika Birləşmiş Ştatlarının Prezidenti" citing an Azerbaijani page writing ABŞ (part 23)."""
    if not any(map(str.isupper, claim)):
        return {}
    spelled = _spelled_initials(claim, language)
    if not spelled:
        return {}
    acronyms = source.index.acronyms()
    out: dict[str, str] = {}
    for letters, words in spelled:
        if letters in acronyms and letters not in claim:  # "la GDPR (General Data …)": met as written
            for word in re.split(r"[\s\-]+", words):
                if word[:1].isupper():
                    out.setdefault(word, letters)
    return out


def _names_it(hit: Match | None) -> bool:
    """Whether a name's match on a page names it: a weekday met in another language (every page of
    a week has one) does not."""
    return hit is not None and hit.how != "weekday"


def _names_and_numbers_absent(
    weighted: Sequence[WeightedTerm],
    source: SourceProfile,
    claim: str = "",
    language: str | None = None,
    rarity: Callable[[Term], float] | None = None,
) -> bool:
    """Across a language the encoder does not cover, the claim's names and numbers are the only
    evidence: whether at least ``UNCOVERED_MIN_ABSENT`` of them are absent from the source, and at
    least ``UNCOVERED_ABSENT_PER_FOUND`` times as many as are found (the one name a page on the same
    event shares — the company, the town — does not outweigh six figures it lacks). Years count
    here, found or absent: a report of the event in any language gives its year, so one the page
    lacks tells as much as a name (they are left out of :func:`is_anchor` because one found on a
    page of another story is common; here a found year only weighs against the mismatch).

    A name of several words is named by any of them (``textmatch.name_runs``): a page that has the
    surname of "Wilbur Wright" names him, and his given name is not absent from it — unless that
    word is one every other source of the document has too (``rarity``: the topic's name, which says
    nothing of which source is meant). On real-heldback-6 (studied for issue 11) an Indonesian
    sentence on "Wright Bersaudara - Orville dan Wilbur Wright" cited an Italian page with the
    "momento 'Fratelli Wright'" and was a mismatch by Orville, Wilbur and 1903 against Ingenuity.
    Without the rarity condition a same-document swap of real-heldback-4 was lost ("Ernő Rubik" on
    a wrong page of the document on Rubik's cube, every page of which names Rubik); with it no
    figure of the six visible parts of fixtures/eval/real* changed but this false alarm."""
    runs = name_runs(claim, language) if claim else []
    run_of = {word: i for i, run in enumerate(runs) for word in run}
    named = {
        run_of[item.term.text]
        for item in weighted
        if not item.context
        and item.term.kind == "name"
        and item.term.text in run_of
        and (rarity is None or rarity(item.term) > 1 - SHARED_TERM_DISCOUNT + 1e-9)
        and _names_it(source.index.find(item.term, loose=True))
    }
    written_short = _short_names_written(weighted, source, runs)
    absent = found = nouns = 0
    after_capitals = _after_a_capital(claim)
    for item in weighted:
        term = item.term
        if item.context or not (is_anchor(term) or term.kind == "year"):
            continue
        if source.index.find(term, loose=True) is not None:
            found += 1
        elif term.text in written_short:
            continue  # neither found nor absent: a short name the page writes in Arabic script
        elif term.kind == "name" and run_of.get(term.text, -1) in named:
            continue  # a given name of a person the page names by surname
        else:
            absent += 1
            nouns += term.noun and term.text not in after_capitals
    return _absence_tells(absent, nouns) and absent >= max(
        UNCOVERED_MIN_ABSENT, UNCOVERED_ABSENT_PER_FOUND * found
    )


def _absence_tells(absent: int, nouns: int) -> bool:
    """Whether the sentence's names and numbers that a page in a language the encoder does not cover
    lacks (``absent``; ``nouns`` of them capitalised common nouns of a language that capitalises
    every noun, :attr:`Term.noun`, written where a noun stands: :func:`_after_a_capital`) can tell
    the page is not the sentence's (:func:`_names_and_numbers_absent`): only if one of them is a
    name, number or year. A page in another language never writes a German compound noun as the
    sentence does ("Drachenturmspitze", "Gasleck"), so nouns alone absent are no evidence; beside a
    name or number absent they still count toward ``UNCOVERED_MIN_ABSENT``.

    The encoder's path reads a noun so since real-heldback-4's study (``NOUN_MIN_COSINE``: "a noun
    counts where found, as a name does, not where absent"); this path, for the pages the encoder does
    not read, still counted it as a name. Residual false alarms of the calibration parts (branch
    v11-residual; fixtures/eval/README.md, "Branch v11-residual"): German sentences on such pages
    called ``low-support`` mismatches with nouns among their absent anchors — real-heldback-3
    (duplantis-de/3 "Bestmarke", novo-de/4 "Gesundheitskonzern"), -4 (borsen-de/3
    "Drachenturmspitze", "Baus", a Norwegian page), -6 (vw-de/2 "Umweltbehörden",
    "Abgasmessungen"), -15 (nordstream-de/4 "Gasleck", "Wasseroberfläche", a Bulgarian page) and
    -17 (benzin-de/1 "Benzinpreiserhöhungen"): six in five parts. The two whose every absence is a
    noun (-4, -15) are spared; the others lack a year or a name besides, and stay flagged.

    Not counting nouns at all lost three same-document swaps whose absences were a name and a noun
    (heldback-4 "Frederiksholms" + "Onlinedienst", -5 "Golob" + "Naturkatastrophe": kept by the name)
    or a surname the word list splits as a compound (-6 "Vorstandschef Martin Winterkorn": Winter|korn,
    kept by :func:`_after_a_capital`)."""
    return absent > nouns


_WORD = lazyre.compile(r"[^\W\d_]+")
_OPENING = " \t\n„“”\"«»‚‘’'(["


def _after_a_capital(claim: str) -> frozenset[str]:
    """The words of ``claim`` written right after a capitalised word that does not begin the
    sentence, joined by one space: in German a noun follows an article, an adjective or a
    preposition ("die berühmte Drachenturmspitze", "der Wasseroberfläche"), a surname its given
    name ("Martin Winterkorn") — so a word the word list reads as a compound (Winter|korn) is not
    taken for a noun there (:func:`_absence_tells`)."""
    after: set[str] = set()
    previous: str | None = None
    previous_end = 0
    previous_initial = False
    for match in _WORD.finditer(claim):
        word = match.group()
        if (
            previous is not None
            and claim[previous_end : match.start()] == " "
            and previous[:1].isupper()
            and not previous_initial
        ):
            after.add(word)
        before = claim[: match.start()].rstrip(_OPENING)
        previous_initial = not before or before[-1] in ".!?:"
        previous, previous_end = word, match.end()
    return frozenset(after)


def _states_a_figure(weighted: Sequence[WeightedTerm], source: SourceProfile, language: str | None) -> bool:
    """Whether one passage of the page states one of the sentence's figures (a number other than a
    year or a day) with at least ``FIGURE_MIN_TERMS`` of the sentence's other content terms."""
    figures = [w.term for w in weighted if not w.context and w.term.kind == "number" and is_anchor(w.term)]
    if not figures:
        return False
    others = [w.term for w in weighted if not w.context and w.term.kind in ("word", "name")]
    if not any(source.index.find(f, loose=False) is not None for f in figures):
        return False  # the page has none of the figures anywhere
    for passage in source.index.passages:
        # Not through the shared index cache: these one-passage indexes are built only here.
        index = TermIndex._build(((passage, language),), passages=False)
        if any(index.find(f, loose=False) is not None for f in figures) and (
            sum(index.find(t, loose=True) is not None for t in others) >= FIGURE_MIN_TERMS
        ):
            return True
    return False


def is_anchor(term: Term) -> bool:
    """A term that pins a claim to one fact and crosses languages unchanged: a number other than a
    year or a day of the month, or a name that is not a country or capital everyone mentions."""
    if term.kind == "number":
        return not term.small_number
    return term.kind == "name" and not term.common_name


def _anchor_factor(anchors: int, found: int) -> float:
    """How far the encoder's support counts, by the share of the claim's names and numbers the page
    has: a page on the same topic is close in meaning to every claim about it (the analyses of
    fixtures/eval/pairs.jsonl, all on one region, sit at cosines 0.3–0.45 to each other's sources),
    so without the claim's own names and numbers meaning alone supports at most ANCHORLESS_FACTOR."""
    if anchors == 0:
        return 1.0
    return ANCHORLESS_FACTOR + (1 - ANCHORLESS_FACTOR) * found / anchors


# A sentence reporting what someone said ("The Interfax news agency said that …", "L'agence … a
# rapporté que …", "сообщил, что …") states the content; the page may carry the content without
# the frame (the agency, the verb of saying), which the encoder reads as part of the sentence's
# meaning. The content after the frame is read by the encoder as well, and the closer cosine kept.
# On real-heldback-15 (studied for issue 11) a French sentence "L'agence de presse Associate Press a
# rapporté que la police parisienne a déclaré avoir arrêté deux personnes …" citing an English
# page's "The two activists were arrested." read at 0.36 whole and 0.45 without the frame.
# The frame is a verb of saying (REPORTING_VERBS, by its first letters: "rapport" for rapporté,
# "сообщ" for сообщил, сообщила) followed within REPORTED_GAP words by its language's conjunction
# (REPORTING_CONJUNCTIONS), with at least REPORTED_MIN_WORDS words after it.
REPORTING_VERBS: tuple[str, ...] = (
    # en
    "said",
    "says",
    "reported",
    "told",
    "announced",
    "stated",
    "added",
    "confirmed",
    "claimed",
    "noted",
    "explained",
    "declared",
    "warned",
    # fr
    "dit",
    "déclar",
    "rapport",
    "annonc",
    "indiqu",
    "affirm",
    "précis",
    "confirm",
    "expliqu",
    "soulign",
    "assur",
    # de
    "sagte",
    "erklärte",
    "berichtete",
    "betonte",
    "meldete",
    "hieß",
    # es, it, pt
    "dijo",
    "declaró",
    "informó",
    "anunció",
    "afirmó",
    "aseguró",
    "explicó",
    "indicó",
    "señaló",
    "detto",
    "dichiar",
    "riferit",
    "annunciat",
    "afferm",
    "spiegat",
    "disse",
    "afirmou",
    "declarou",
    "informou",
    "anunciou",
    "relatou",
    # ru, uk, pl
    "сообщ",
    "заяви",
    "рассказ",
    "уточни",
    "отмети",
    "подчеркну",
    "объяви",
    "сказа",
    "повідоми",
    "заявив",
    "powiedzia",
    "poinformowa",
    "oświadczy",
    "przekaza",
)
REPORTING_CONJUNCTIONS = frozenset(
    {"that", "que", "qu", "dass", "che", "что", "що", "że", "dat", "att", "že"}
)
REPORTED_GAP = 4
REPORTED_MIN_WORDS = 6
_REPORT_WORD = lazyre.compile(r"[^\W\d_]+")


def reported_content(sentence: str) -> str | None:
    """What a sentence reports someone said, without the frame ("… said that X" → "X"), or None
    when it has no such frame (see ``REPORTING_VERBS``)."""
    words = list(_REPORT_WORD.finditer(sentence))
    for i, word in enumerate(words):
        if not word.group().casefold().startswith(REPORTING_VERBS):
            continue
        for j in range(i + 1, min(len(words), i + 2 + REPORTED_GAP)):
            if words[j].group().casefold() in REPORTING_CONJUNCTIONS:
                rest = sentence[words[j].end() :].strip(" ,:’'")
                if len(rest.split()) >= REPORTED_MIN_WORDS:
                    return rest
                return None
    return None


def semantic_support(cosine: float) -> float:
    """The encoder's cosine as support in [0, 1] (see ``SEMANTIC_FLOOR`` and ``SEMANTIC_FULL``)."""
    return max(0.0, min(1.0, (cosine - SEMANTIC_FLOOR) / (SEMANTIC_FULL - SEMANTIC_FLOOR)))


def _encoded(language: str | None, page_languages: frozenset[str]) -> bool:
    """Whether the encoder covers the claim's language and every language found on the page."""
    return (
        semantic.covers(language) and bool(page_languages) and all(semantic.covers(x) for x in page_languages)
    )


def _candidate_passages(
    passages: Sequence[str], found: Sequence[tuple[float, str]], *, read_on: bool = False
) -> list[str]:
    """The passages the encoder reads for one claim: the lead, then those sharing most terms; with
    ``read_on`` (a page in another language), then the page's next passages in order up to
    ``SEMANTIC_CROSS_READ``."""
    unique = list(dict.fromkeys(passages))  # a page's titles repeat (cited, <title>, og:title)
    lead = unique[:SEMANTIC_LEAD]
    needles = [(w, f.casefold()) for w, f in found if len(f) >= 2]
    if needles:
        scored = []
        for i, passage in enumerate(unique[SEMANTIC_LEAD:]):
            lowered = passage.casefold()
            score = sum(w for w, needle in needles if needle in lowered)
            if score > 0:
                scored.append((-score, i, passage))
        scored.sort()
        lead += [p for _, _, p in scored[:SEMANTIC_BEST]]
    if read_on and len(lead) < SEMANTIC_CROSS_READ:
        chosen = set(lead)
        rest = [p for p in unique[SEMANTIC_LEAD:] if p not in chosen]
        lead += rest[: SEMANTIC_CROSS_READ - len(lead)]
    return lead


def _clause_windows(passages: Sequence[str], claim: str) -> list[str]:
    """The runs of consecutive clauses of each passage more than ``CLAUSE_SPLIT`` times as long as
    the sentence (in words), from ``CLAUSE_MIN`` to ``CLAUSE_WINDOW`` times its length: what the encoder reads
    besides the whole passage, so that a long sentence stating the claim's fact among others is
    compared clause by clause (see ``CLAUSE_SPLIT``)."""
    size = len(claim.split())
    longest = CLAUSE_WINDOW * size
    windows: list[str] = []
    for passage in passages:
        if len(passage.split()) <= CLAUSE_SPLIT * size:
            continue
        clauses = [c for c in _CLAUSE.split(passage) if c.strip()]
        for i in range(len(clauses)):
            words = 0
            for j in range(i, len(clauses)):
                words += len(clauses[j].split())
                if words > longest:
                    break
                if words >= CLAUSE_MIN * size:
                    windows.append(" ".join(clauses[i : j + 1]))
    return list(dict.fromkeys(windows))


def _clip(passage: str) -> str:
    return passage if len(passage) <= 400 else passage[:397] + "…"


def _best_passage(passages: Sequence[str], found: Sequence[tuple[float, str]]) -> str | None:
    if not passages or not found:
        return None
    needles = [(w, f.casefold()) for w, f in found if len(f) >= 2]
    best, best_score = None, 0.0
    for passage in passages:
        lowered = passage.casefold()
        score = sum(w for w, needle in needles if needle in lowered)
        if score > best_score:
            best, best_score = passage, score
    if best is None:
        return None
    return _clip(best)


def document_rarity(
    own: str, claim_terms_: Sequence[WeightedTerm], sources: Mapping[str, SourceProfile]
) -> Callable[[Term], float]:
    """A rarity factor per term: 1 when no other source of the document has it, falling to
    ``1 - SHARED_TERM_DISCOUNT`` when all of them do (IDF over the document's own sources)."""
    others = [profile for label, profile in sources.items() if label != own]
    if not others:
        return lambda term: 1.0
    factors: dict[str, float] = {}
    for item in claim_terms_:
        term = item.term
        cross_any = any(term.language not in p.languages for p in others if p.languages)
        df = sum(1 for p in others if p.index.find(term, loose=_loose(term, cross_any)) is not None)
        factors[term.key] = 1.0 - SHARED_TERM_DISCOUNT * df / len(others)
    return lambda term: factors.get(term.key, 1.0)


# --- the check --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimVerdict:
    """The outcome for one citation: a finding code (or None) and the scores behind it."""

    code: Literal["claim-mismatch", "unverified-offline"] | None
    score: ClaimScore
    reason: str
    rival: tuple[str, float] | None = None
    severity: Severity | None = None
    # Footnotes exchanged: the sentence's numbers and names found on the other footnote's page only.
    facts_elsewhere: tuple[str, ...] = ()
    # Why a mismatch is only a warning (_hedged): "encoder-abstains", "one-sided-fit", "nothing-fits",
    # "words-alone".
    hedge: str | None = None


def judge_citation(case: FootnoteCase, claim: ClaimContext) -> ClaimVerdict:
    """The default scorer's verdict on one citation of the case's footnote, at the severity its
    evidence bears (:func:`_hedged`)."""
    verdict = _judged(case, claim)
    if verdict.code == "claim-mismatch" and verdict.severity is None:
        hedge = _hedged(case, claim, verdict)
        if hedge is not None:
            return replace(verdict, severity="warning", hedge=hedge)
    return verdict


def _judged(case: FootnoteCase, claim: ClaimContext) -> ClaimVerdict:
    doc = case.document
    thresholds = case.config.thresholds
    label = case.footnote.label
    source = doc.sources.get(label) or source_profile(case.footnote, case.page)
    language = doc.language or guess_language(claim.citation.claim)
    weighted = claim_terms(claim.citation.claim, claim.context, language)
    if source.basis == "title":
        return offline_verdict(case, claim, source, weighted, language)
    peers = {k: v for k, v in doc.sources.items() if v.basis == "page"}
    rarity = document_rarity(label, weighted, peers)
    text = claim.citation.claim
    # A sentence citing several sources needs each only to support part of it.
    share = 1 + len(claim.co_cited)
    minimum = thresholds.claim_min_support / share
    # Words alone at this support mean "supported" whatever the encoder says: above the minimum,
    # and too high for a rival to count as a swap (see _swap_possible: SWAP_MAX_LEXICAL is lower).
    enough = max(minimum, thresholds.claim_swap_max_support / share, SWAP_MAX_LEXICAL / share)
    score = score_claim(weighted, source, language=language, rarity=rarity, claim_text=text, enough=enough)
    lenient = source.thin and (score.cross_language or not _lacks_every_anchor(score))
    if lenient:
        minimum /= 2
    # A thin page across languages lacking every name and number of the sentence is still judged
    # leniently, but may be one half of two footnotes exchanged (_thin_exchange_possible).
    thin_exchange = lenient and _thin_exchange_possible(score)
    # The other footnotes' sources are scored only where they can matter — for the evidence of a
    # mismatch, or where the own score leaves room for a swap (_rival_fits_better) — since scoring
    # them runs the encoder over every peer page: on benchmarks/e2e.py that was most of a run.
    best_rival = (
        _best_rival(
            label,
            weighted,
            language,
            rarity,
            peers,
            exclude=claim.co_cited,
            claim_text=text,
            cited=score,
        )
        if score.support < minimum
        or (not lenient and _swap_possible(score, thresholds, share))
        or ((not lenient or thin_exchange) and _lacks_a_fact_by_meaning(score))
        or (lenient and _thin_off_the_topic(score, thresholds, share))
        else None
    )
    rival = None if best_rival is None else (best_rival[0], best_rival[1].support)
    if score.support < minimum:
        if (
            score.cross_language
            and score.semantic is None
            and not _names_and_numbers_absent(weighted, source, text, language, rarity)
        ):
            # A page in a language the encoder does not cover meets the claim only through names
            # and numbers: while those it has are found, low word support is no evidence — unless
            # the footnote was plainly exchanged with another (both sentences say so).
            exchange = _exchanged_with(
                case, claim, score, weighted, language, rarity, peers, share
            ) or _exchanged_by_own_facts(case, claim, weighted, language, peers)
            if exchange is not None:
                return _exchange_verdict(score, exchange, weighted, language, rarity, peers, text)
            if best_rival is not None and _rival_has_the_anchors(score, best_rival[1], thresholds, share):
                return ClaimVerdict("claim-mismatch", score, "other-footnote-fits", rival)
            if _page_off_the_subject(case, claim, score, source, peers, weighted, language):
                return ClaimVerdict(
                    "claim-mismatch", score, "page-off-the-subject", rival, severity="warning"
                )
            return ClaimVerdict(None, score, "unjudged-language", rival)
        if (
            not score.cross_language
            and not (rival and rival[1] > score.support)
            and _states_a_figure(weighted, source, language)
        ):
            return ClaimVerdict(None, score, "states-a-figure", rival)
        if _main_clause_stated_here(text, source, peers, label, language, rarity, thresholds):
            return ClaimVerdict(None, score, "main-clause-stated", rival)
        return ClaimVerdict("claim-mismatch", score, "low-support", rival)
    if (
        best_rival is not None
        and (
            not lenient
            or (
                _thin_off_the_topic(score, thresholds, share)
                and best_rival[1].support >= score.support + _thin_swap_margin(score)
            )
        )
        and _rival_fits_better(score, best_rival[1], thresholds, share)
        and not quotes_claim(text, source, language)
        and not _quoted_elsewhere_stated_here(score, weighted, source, peers[best_rival[0]], text, language)
        and not _a_clause_stated_here(text, source, peers[best_rival[0]], language, rarity)
        and not _rival_holds_its_own(case, source, best_rival[0], peers, language, text, score.lexical)
        and not _one_sided_across_languages(
            case, source, score, best_rival[0], best_rival[1], peers, language
        )
    ):
        return ClaimVerdict("claim-mismatch", score, "other-footnote-fits", rival)
    fact_exchange = (
        None
        if best_rival is None or (lenient and not thin_exchange)
        else _exchanged_by_a_missing_fact(case, claim, score, weighted, language, rarity, peers, best_rival)
    )
    if fact_exchange is not None and not quotes_claim(text, source, language):
        other, theirs, facts = fact_exchange
        return ClaimVerdict(
            "claim-mismatch", score, "footnotes-exchanged", (other, theirs.support), facts_elsewhere=facts
        )
    exchange = _exchanged_with(case, claim, score, weighted, language, rarity, peers, share)
    if exchange is None:
        exchange = _exchanged_by_own_facts(case, claim, weighted, language, peers)
    if exchange is not None and not quotes_claim(text, source, language):
        return _exchange_verdict(score, exchange, weighted, language, rarity, peers, text)
    elsewhere = _figures_elsewhere(label, weighted, score, language, rarity, peers, claim.co_cited)
    if (
        elsewhere is not None
        and not quotes_claim(text, source, language)
        and not (
            score.semantic is None  # a paraphrase read by the encoder keeps v11-hb13tune's decision
            and _one_sided_across_languages(case, source, score, elsewhere[0], elsewhere[1], peers, language)
        )
    ):
        other, theirs = elsewhere
        return ClaimVerdict(
            "claim-mismatch",
            score,
            "figures-elsewhere",
            (other, theirs.support),
            facts_elsewhere=tuple(_figure_texts(weighted, theirs.figures)),
        )
    return ClaimVerdict(None, score, "supported", rival)


# --- how sure a mismatch is (severity) -----------------------------------------------------------
#
# A ``claim-mismatch`` is an error ("likely the wrong footnote") where its evidence is two-sided or
# reads the page, and a warning ("check this footnote") where it rests on one side only:
#
# * the encoder abstains (a page in another language than the sentence that it was not trained
#   on) and the page has at least one of the sentence's names and numbers (``HEDGED_MIN_FOUND``)
#   and a tenth of its weight (``HEDGED_MIN_SUPPORT``), so it is on the sentence's story and only
#   the absence of its other names speaks against it;
# * the encoder reads the cited page, in another language than the sentence's, on the sentence's
#   topic (a cosine of ``SAME_TOPIC_BAND``'s floor or more) and no other footnote's page fits the
#   sentence better by ``claim_swap_margin``: the low support is a translation's, not a sign of a
#   pasted footnote; and
# * another footnote's page "fits better" while the footnote it belongs to is itself well cited:
#   each sentence citing that footnote fits its own page better than this footnote's page by
#   ``ONE_SIDED_PARTNER_LEAD`` (no exchange), the cited page is read by the encoder as stating the
#   sentence's topic closely (``HEDGED_FIT_MIN_COSINE``) and the rival's lead is under
#   ``HEDGED_MAX_MARGIN``. A writer who took the sentence from a neighbour's page and cited another
#   that states it, and a writer who cited the wrong one of two sources, both leave this trace.
#
# Branch s38-verify measured every verdict of the visible parts (fixtures/eval/real and
# real-heldback-2 … -23 and -26: 3,220 correct pairs, 1,177 same-document and 1,363 cross-document
# swaps; fixtures/eval/README.md, "Branch s38-verify") before any of these was written. No finding is
# dropped: a swap they touch is still reported, as a warning.
# * Encoder abstaining: 21 correct pairs were errors by a low support (20) or a better-fitting
#   neighbour (1) on such pages, 8 of them on a page with one of the sentence's names or numbers or
#   more; of the swaps caught the same way, 17 same-document ones had one and no cross-document one
#   (a page of another story shares none: the 114 cross-document swaps caught there stay errors).
#   After the exchange condition below, 8 correct pairs against 14 same-document swaps: their
#   supports were 0.08-0.40 (7 of 8 at 0.1 or more) against 0.05-0.20 (12 of 14 under 0.1: one name
#   of many found); hence ``HEDGED_MIN_SUPPORT`` (at half the minimum support, 0.125: 5 against 2).
# * One-sided "fits better": of the 52 correct pairs called "another footnote fits better" (error),
#   the rival's own sentence fitted its page by 0.5 or more better than the cited page for 20, and
#   for 33 of 265 same-document and 25 of 30 cross-document swaps caught so; with the cited page read
#   at a cosine of 0.3 or more, 15 against 22 and 5; with the rival's lead under 0.6 as well (twice
#   ``claim_swap_margin``), 12 against 12 and 3. Each cut of the lead or the partner's margin kept
#   roughly one correct pair per swap (no setting separates them: the README's table).
# * Nothing fitting better across languages: of the 21 correct pairs flagged by a low support on
#   pages the encoder read in another language (cosines 0.15-0.37), 9 were read at 0.3 or more with
#   no page of the document leading by the swap margin; so were 6 same-document and 6 cross-document
#   swaps caught (of 150 and 476 flagged so); at 0.33 and more, 4 against 3 and 5.
# None of the three holds where another footnote's sentence fits the cited page better than its own
# page by ``ONE_SIDED_PARTNER_LEAD``: that sentence belongs here, the two footnotes look exchanged,
# and the evidence is two-sided; nor where the page's headline is far from every other page's of the
# document (:func:`_far_from_the_other_pages`, its own thresholds): a page of another story. Of the 29 correct pairs and 44 swaps the three rules made warnings,
# 1 correct pair (heldback-13 anaklia-en/5, its sentence and a neighbour's both written from one page)
# and 12 same-document swaps have such a partner (at a lead of 0.4: 3 and 16; 0.3: 4 and 18).
# With the exchange condition and ``HEDGED_MIN_SUPPORT``: false alarms at error severity 107 -> 80
# of 3,220, swaps caught at error severity 757 -> 746 same-document and 1,227 -> 1,218 cross-document;
# the headline condition then kept 5 of those 9 cross-document swaps as errors (all of "nothing
# fits"; no correct pair). ``HEDGED_FIT_MIN_COSINE``: of the 11 correct pairs and 9 swaps (6
# same-document, 3 cross-document) then left to the one-sided rule, the cited page was read at
# 0.40-0.55 for 9 correct pairs (0.31 and 0.36 for the other two) and at 0.30-0.39 for 7 swaps (0.40
# and 0.46 for the other two); at the band's top (0.45) 3 against 1. On fixtures/eval/pairs.jsonl it
# kept one of the two swaps the rule had made warnings an error (moldova-energy/1<-/2, 0.36; the other,
# moldova-energy/5<-german-gas/3 at 0.45, stays a warning).
# All conditions, over the visible parts: false alarms at error severity 107 -> 82 of 3,220 (same
# language 24 -> 20 of 1,213, across 83 -> 62 of 2,007; by rule: the encoder abstaining 7, nothing
# fitting better 9, a one-sided better fit 9), swaps caught at error severity 757 -> 751
# same-document (2, 3, 1) and 1,227 -> 1,225 cross-document (0, 1, 1), every one of them still
# reported, as a warning.
HEDGED_MIN_FOUND = 1
HEDGED_MIN_SUPPORT = 0.1
# * Words alone within one language (branch s42-verify, from the study of real-heldback-30): a
#   sentence and its page in one language the encoder does not read (``semantic.LANGUAGES``) meet by
#   words alone — no cosine, and in a script without capitals (Georgian) no names — so a sentence
#   that says more than its page (a second clause on how the police accused her, "nominated by the
#   largest group of the European Parliament (EPP)" for a page's "by the European People's Party")
#   falls under ``claim_min_support`` with most of the page's own fact found. A low support there,
#   at ``WORDS_ALONE_MIN_SUPPORT`` or more with no other footnote's page leading by
#   ``claim_swap_margin``, is a warning ("words-alone"). Measured on every verdict of the visible
#   parts (real, 2–26, 28, 29) and real-heldback-30: of the pairs within one such language called
#   "low-support" with no page leading by the margin, the correct ones stood at 0.19–0.23 (three of
#   four at 0.21 or more: two Georgian pairs of part 30, an Indonesian one of part 9; a Persian one at
#   0.19) and the swaps caught so at 0.13–0.18 (three: a Romanian cross-document swap, an Indonesian
#   and a Vietnamese same-document one); from 0.2 the rule spares three correct pairs and no swap, from
#   ``HEDGED_MIN_SUPPORT``'s side (0.125) it would make those three swaps warnings for one more pair.
#   The exchange and other-story conditions of :func:`_hedged` still apply.
WORDS_ALONE_MIN_SUPPORT = 0.2
_HEDGES = {
    "encoder-abstains": "its page is in a language that cannot be compared with the sentence by meaning, "
    "and it has some of the sentence's names or numbers",
    "one-sided-fit": "the other footnote's own sentence fits its source much better than this one's, "
    "so the two were not exchanged",
    "nothing-fits": "its page, in another language, is on the sentence's topic, and no other footnote's "
    "source fits the sentence better",
    "words-alone": "its page, in the sentence's language, can be compared with it by words only, has a "
    "fifth of them, and no other footnote's source fits the sentence better",
}
ONE_SIDED_PARTNER_LEAD = 0.5
HEDGED_MAX_MARGIN = 0.6
HEDGED_FIT_MIN_COSINE = 0.4


def _hedged(case: FootnoteCase, claim: ClaimContext, verdict: ClaimVerdict) -> str | None:
    """Why a mismatch rests on one side only, so that it is a warning, not an error (None: it is an
    error): see the comment above ``HEDGED_MIN_FOUND``."""
    doc = case.document
    label = case.footnote.label
    source = doc.sources.get(label)
    if source is None:
        return None
    peers = {k: v for k, v in doc.sources.items() if v.basis == "page"}
    language = doc.language or guess_language(claim.citation.claim)
    scored: dict[str, list[tuple[ClaimScore, ClaimScore]]] = {}

    def here_and_there(other: str) -> list[tuple[ClaimScore, ClaimScore]]:
        # The one-sided rule and the exchange test both ask this of the rival: scored once.
        if other not in scored:
            scored[other] = _scored_here_and_there(case, source, other, peers, language)
        return scored[other]

    hedge = _one_sided(case, verdict, peers, here_and_there)
    if hedge is None:
        return None
    if _far_from_the_other_pages(source, [v for k, v in peers.items() if k != label]):
        return None  # a page of another story: the mismatch is not one-sided
    for other in sorted(k for k in peers if k != label):
        if any(
            here.support >= there.support + ONE_SIDED_PARTNER_LEAD for here, there in here_and_there(other)
        ):
            return None  # another sentence belongs on this page: the other half of an exchange
    return hedge


def _one_sided(
    case: FootnoteCase,
    verdict: ClaimVerdict,
    peers: dict[str, SourceProfile],
    here_and_there: Callable[[str], list[tuple[ClaimScore, ClaimScore]]],
) -> str | None:
    """Which one-sided shape a mismatch has (:func:`_hedged`), before the exchange is looked for."""
    score = verdict.score
    if score.basis != "page" or verdict.reason not in ("low-support", "other-footnote-fits"):
        return None
    if _encoder_abstains_on_the_story(score):
        return "encoder-abstains"
    if _words_alone_and_nothing_fits(case, verdict):
        return "words-alone"
    if score.semantic is None or score.semantic < SAME_TOPIC_BAND[0]:
        return None
    thresholds = case.config.thresholds
    if verdict.reason == "low-support":
        leads = verdict.rival is not None and verdict.rival[1] - score.support >= thresholds.claim_swap_margin
        return "nothing-fits" if score.cross_language and not leads else None
    if verdict.rival is None or score.semantic < HEDGED_FIT_MIN_COSINE:
        return None
    rival, rival_support = verdict.rival
    if rival_support - score.support >= HEDGED_MAX_MARGIN or rival not in peers:
        return None
    pairs = here_and_there(rival)
    if pairs and all(there.support >= here.support + ONE_SIDED_PARTNER_LEAD for here, there in pairs):
        return "one-sided-fit"
    return None


def _words_alone_and_nothing_fits(case: FootnoteCase, verdict: ClaimVerdict) -> bool:
    """Whether a low support rests on words alone within one language the encoder does not read
    (Georgian, Armenian, Kazakh, Ukrainian, Czech…: the sentence and its page in it, no cosine), with
    ``WORDS_ALONE_MIN_SUPPORT`` of the sentence's weight found and no other footnote's page leading
    by ``claim_swap_margin``: see the comment above ``WORDS_ALONE_MIN_SUPPORT``."""
    score = verdict.score
    if verdict.reason != "low-support" or score.cross_language or score.semantic is not None:
        return False
    if semantic.covers(base_language(case.document.language)):
        return False  # the encoder reads it (a cosine of None there is the encoder's absence, not the language's)
    if score.support < WORDS_ALONE_MIN_SUPPORT:
        return False
    margin = case.config.thresholds.claim_swap_margin
    return verdict.rival is None or verdict.rival[1] - score.support < margin


def _encoder_abstains_on_the_story(score: ClaimScore) -> bool:
    """Whether the page was read across languages without the encoder (names and numbers, and
    cognates in a close language, are all that met the sentence) and has at least
    ``HEDGED_MIN_FOUND`` of the sentence's names and numbers, supporting it at ``HEDGED_MIN_SUPPORT``
    or more: a page on its story, whose other absent names may be written otherwise."""
    return (
        score.cross_language
        and score.semantic is None
        and score.details.get("anchors_found", 0) >= HEDGED_MIN_FOUND
        and score.support >= HEDGED_MIN_SUPPORT
    )


def _page_off_the_subject(
    case: FootnoteCase,
    claim: ClaimContext,
    score: ClaimScore,
    source: SourceProfile,
    peers: dict[str, SourceProfile],
    weighted: Sequence[WeightedTerm],
    language: str | None,
) -> bool:
    """Whether a page the sentence cannot be compared with by meaning (another language, one of the
    two not read by the encoder: ``unjudged-language``) is plainly off the document's subject, by two
    signals that do not need the encoder, both required (or, in place of the entry's, the page's
    headline far in meaning from every other page's: :func:`_far_from_the_other_pages`):

    * **the page**: none of the sentence's names and numbers is on it, it gives at least
      ``OFF_SUBJECT_MIN_NAMES`` names and figures of its own (:func:`_page_names`: people, places,
      things — not a country or capital everyone mentions, nor a capitalised German common noun —
      and numbers other than years and small counts, of ``OFF_SUBJECT_MIN_LETTERS`` characters or
      more; not the cited title's, which the entry wrote), and no other footnote's page of the
      document (at least ``OFF_SUBJECT_MIN_PEERS``) has any of them, in any script;
    * **the entry**: judged as offline (:func:`offline_verdict`), its cited title shares nothing with
      the sentence, its paragraph or the document (a ``claim-mismatch``).

    Pages of one document are on its subject and name its people and places; a page of another
    story names others. Until this rule such a page was never judged: on real-heldback-12 (studied
    for issue 11, branch v11-hb12tune) nine cross-document swaps drew no claim finding at all, among
    them an Azerbaijani sentence on the Rasht–Astara railway given heise's English page on Python
    3.13 (its only names Moskva and Tehran, which a capital's frequency leaves out of the anchors), a
    Persian sentence on the Iran–Russia treaty given a French vaccine page (Persian writes no capitals:
    no names), and an English sentence on the Iran–Russia treaty given an Uzbek page on Armenia's EU
    law. Each signal alone was measured on every visible part of fixtures/eval/real*: the page's names
    alone flagged six correct pairs (an Indonesian sentence on the criminal code citing an English page
    naming legislators no sibling page names; a Korean one citing a Swedish page on Han Kang, whose
    siblings write her name in Hangul; a Danish one citing a German page whose capitalised nouns read
    as names); the entry alone nineteen (titles that share no word with a sentence in another
    language). Together, with German nouns left out: cross-document swaps caught +26 over the parts
    (real +1, heldback-2 +6, -3 +3, -4 +5, -5 +3, -6 +1, -7 +2, -9 +2, -10 +2, -12 +2), no correct
    pair of any part flagged, nothing else changed. A warning: the evidence is names alone."""
    if score.details.get("anchors_found", 0):
        return False
    others = [p for key, p in peers.items() if key != case.footnote.label]
    if len(others) < OFF_SUBJECT_MIN_PEERS:
        return False
    names = _page_names(source, case.footnote.title)
    if len(names) < OFF_SUBJECT_MIN_NAMES:
        return False
    if any(p.index.find(n, loose=True) is not None for n in names for p in others):
        return False
    if _far_from_the_other_pages(source, others):
        return True
    entry = source_profile(case.footnote, None)
    return offline_verdict(case, claim, entry, weighted, language).code == "claim-mismatch"


def _far_from_the_other_pages(source: SourceProfile, others: Sequence[SourceProfile]) -> bool:
    """Whether the page's headline is far in meaning from every other page's of the document — below
    the floor of ``SAME_TOPIC_BAND``, where pages on one topic are — the encoder reading it and at
    least ``FAR_MIN_HEADLINES`` of theirs. The second signal of :func:`_page_off_the_subject`
    where the entry cannot be judged against the sentence (a Persian or Ukrainian sentence, a title
    in another script, which :func:`offline_verdict` leaves "too little to judge"): the headlines
    are compared with each other, not with the sentence.

    From the study of real-heldback-18 (issue 11, branch v11-hb18tune), measured on every visible
    part (fixtures/eval/real and parts 2–18) over the pages the page signal holds for and the entry
    signal not: of seven correct pairs' pages five scored 0.54–0.89 against their siblings' headlines
    (two in Swedish and Norwegian, which it does not read), cross-document swaps 0.006–0.28 (nine: Persian sentences
    given pages on Kazakhstan's and Russia's elections, the Kakhovka dam, Ras El Hekma, Telegram's
    calls, a vaccine; Hungarian ones given La Palma's eruption and Duplantis; a Ukrainian one the
    Iberian blackout) and one at 0.46 (Turkmen gas through Iran, for Iran's currency: one country's
    news), left alone.

    From the study of real-heldback-19 (issue 11, branch v11-hb19tune): one other page's headline the
    encoder reads is enough (``FAR_MIN_HEADLINES``; it was ``OFF_SUBJECT_MIN_PEERS``, two). A Persian
    sentence on India's sanctions waiver for Chabahar given an Italian page on Djokovic's 100th title
    drew nothing: its siblings' headlines were one German and one Persian, which the encoder does not
    read. Measured on every visible part (fixtures/eval/real and parts 2-19) over the pages the page
    signal holds for with exactly one sibling headline read: correct pairs' pages at 0.54
    (real-heldback-8's tranzyt-uk, four pairs), cross-document swaps at -0.01-0.28 (four of them
    newly caught: real-heldback-3, -9, -10, -19 +1 each) and one at 0.35 (an Azerbaijani page on
    elections given a Kazakh election page: one region's news), left; no other verdict changed."""
    language = _single_language(source)
    if not source.title or not semantic.covers(language):
        return False
    titles = [p.title for p in others if p.title and semantic.covers(_single_language(p))]
    if len(titles) < FAR_MIN_HEADLINES:
        return False
    best = semantic.best_cosine(source.title, titles)
    return best is not None and best[0] < SAME_TOPIC_BAND[0]


def _single_language(source: SourceProfile) -> str | None:
    return next(iter(source.languages)) if len(source.languages) == 1 else None


def _page_names(source: SourceProfile, cited_title: str | None) -> list[Term]:
    """The distinctive names and figures of a page (:func:`is_anchor`: no country or capital everyone
    mentions, no year or small number; no capitalised German noun), in text order; not the cited
    title's, which the footnote's entry wrote."""
    language = _single_language(source)
    names: dict[str, Term] = {}
    for passage in source.index.passages:
        if cited_title and passage.strip() == cited_title.strip():
            continue
        for term in terms(passage, language):
            if is_anchor(term) and not term.noun and len(term.text) >= OFF_SUBJECT_MIN_LETTERS:
                names.setdefault(term.key, term)
    return list(names.values())


def _quoted_elsewhere_stated_here(
    own: ClaimScore,
    weighted: Sequence[WeightedTerm],
    source: SourceProfile,
    rival: SourceProfile,
    text: str,
    language: str | None,
) -> bool:
    """Whether the rival that "fits better" is the page the sentence was copied from, while the cited
    page states it too: the rival repeats a stretch of the sentence word for word
    (:func:`quotes_claim`), and the cited page gives every number of the sentence (days and counts;
    at least one) at a cosine of at least the same-topic band's lower edge (``SAME_TOPIC_BAND``). A
    writer who copied a neighbour's sentence and cited another page stating its fact cited
    correctly; the word-for-word rival says where the wording came from, not that the footnotes
    were swapped.

    On real-heldback-12 (studied for issue 11) six of ten false alarms were sentences whose own
    source was a neighbour's page (supports 0.7–1.0) while the cited page stated the fact in other
    words ("released its first imagery at an event in Washington, D.C., on June 23" for "On June 23,
    the Vera C. Rubin Observatory, located atop Cerro Pachón …, released its first images"). Measured
    on every visible part of fixtures/eval/real*: this rule spares two correct pairs (that one and
    heldback-11's Dutch "10 opeenvolgende overwinningen" on an English stats page) and changes nothing
    else. Without the numbers it spared six but lost nine same-document swaps (real/, parts 9, 10
    and 12: pasted pages on one event, whose sentences were copied from the right page); without the
    word-for-word rival (read from the findings' evidence, not built) it would spare six and lose two
    swaps (pages on one event give its date alike).

    A number counts as given where the cited page gives one within ``FIGURE_NEAR`` (:func:`_near_figure`,
    as the figures-elsewhere rule reads it) or a whole count one more or less (:func:`_toll_updated`):
    a toll updated (branch s42-verify, from the study of real-heldback-30). A Russian sentence copied
    word for word from Interfax's report of the Dok-1 Max verdict ("68 children", a neighbour's
    footnote) cited UzDaily's report of it, which gives the 23 accused and the 20 years and the toll
    as 69, and was called swapped; and on the visible parts a Japanese sentence on Arm's IPO copied
    from a neighbour's page ("652億ドル") citing a page giving "650億ドル超". Measured with
    ``FIGURE_NEAR`` at 2 % instead of a count off by one: the same two spared, and a same-document swap
    of real-heldback-17 lost (an English sentence's "7,700 soms" on a Polish page's black-market
    "7,6-7,8 tys.", 1.3 % away)."""
    if own.semantic is None or own.semantic < SAME_TOPIC_BAND[0]:
        return False
    numbers = [w.term for w in weighted if not w.context and w.term.kind == "number"]
    if not numbers or any(
        source.index.find(t, loose=True) is None
        and not _near_figure(t.key, source)
        and not _toll_updated(t.key, source)
        for t in numbers
    ):
        return False
    return quotes_claim(text, rival, language)


def _toll_updated(key: str, source: SourceProfile) -> bool:
    """Whether the source gives the whole count keyed ``key`` (``ROUNDED_MIN_WHOLE`` or more) one
    more or one less: a toll updated by one (68 children dead, then 69), as pages on one event give
    it at different hours — ``FIGURE_NEAR``'s "144 and 145" for a count too small for its share
    (one in 68 is 1.5 %)."""
    try:
        value = Decimal(key.lstrip("#"))
    except InvalidOperation:
        return False
    if value != value.to_integral_value() or value < ROUNDED_MIN_WHOLE:
        return False
    return f"#{value + 1}" in source.index.keys or f"#{value - 1}" in source.index.keys


def _scored_clauses(
    text: str, source: SourceProfile, language: str | None, rarity: Callable[[Term], float]
) -> Iterator[tuple[str, list[WeightedTerm], ClaimScore]]:
    """Each clause (``_FACT_CLAUSE``) of ``MANYFACTS_MIN_WORDS`` words or more of a sentence of
    several facts, with its terms and its score on ``source``; nothing for a sentence of one."""
    clauses = [c.strip() for c in _FACT_CLAUSE.split(text) if c and c.strip()]
    if len(clauses) < 2:
        return
    for clause in clauses:
        if len(clause.split()) < MANYFACTS_MIN_WORDS:
            continue
        weighted = claim_terms(clause, "", language)
        yield (
            clause,
            weighted,
            score_claim(weighted, source, language=language, rarity=rarity, claim_text=clause),
        )


def _a_clause_stated_here(
    text: str,
    source: SourceProfile,
    rival: SourceProfile,
    language: str | None,
    rarity: Callable[[Term], float],
) -> bool:
    """Whether the cited page states one clause of a sentence of several facts better than the rival
    that "fits better" does, so that the rival's lead lies in the clauses the cited page does not
    address: a clause (split at , ; : a spaced dash and brackets: ``_FACT_CLAUSE``) of
    ``MANYFACTS_MIN_WORDS`` words or more, every name and number of it found on the cited page, read by
    the encoder on both pages, at a cosine of ``MANYFACTS_MIN_COSINE`` or more on the cited page and
    ``MANYFACTS_COSINE_MARGIN`` more than on the rival's. Then the sentence gathers facts from several
    pages (or was copied from the rival's page) and cites one that states a fact of it; a pasted
    footnote's page on the same event was seldom closer to a clause than the right page by that margin.

    From issue 11's family left unfixed by the studies of real-heldback-12, -13 and -14 (branch
    v11-manyfacts): over every spent part (``real/``, parts 2–14) 34 false alarms were "another footnote
    fits better", most of them a sentence of several facts whose cited page states one. Measured clause
    by clause on every call of that kind (false alarms and caught swaps, same- and cross-document),
    this rule spares two correct pairs (a German sentence on the Club World Cup final whose first
    clause, the winner and the opponent, its page states at cosine 0.55 against a neighbour's 0.45; an
    Italian one on the Giro's last stage at 0.54 against 0.39) and loses no swap. It is a narrow edge,
    not a separation: with a margin of 0.1 it spares one; with clauses of four to six words or a floor
    of 0.45 it spares the same two and loses a same-document swap (real-heldback-4's malaria vaccine,
    real-heldback-3's Louvre); with a margin of 0.03 it spares three and loses two; without the rival's
    cosine (a clause at support 0.6 or more, its names and numbers found) it spared three and lost four.
    See fixtures/eval/README.md, "Branch v11-manyfacts"."""
    for clause, weighted, here in _scored_clauses(text, source, language, rarity):
        if here.semantic is None or here.semantic < MANYFACTS_MIN_COSINE:
            continue
        if here.details.get("anchors_found", 0) < here.details.get("anchors", 0):
            continue
        there = score_claim(weighted, rival, language=language, rarity=rarity, claim_text=clause)
        if there.semantic is not None and here.semantic >= there.semantic + MANYFACTS_COSINE_MARGIN:
            return True
    return False


def _main_clause_stated_here(
    text: str,
    source: SourceProfile,
    peers: dict[str, SourceProfile],
    own: str,
    language: str | None,
    rarity: Callable[[Term], float],
    thresholds: VerifyThresholds,
) -> bool:
    """Whether the cited page, too weak a support for the whole sentence, supports one clause of a
    sentence of several facts on its own — the sentence's main fact, with the others gathered from
    elsewhere — better than any other footnote's page does: a clause (``_FACT_CLAUSE``) of
    ``MANYFACTS_MIN_WORDS`` words or more, at the claim's minimum support
    (``claim_min_support``) on the cited page, with every name and number of it found there (one at
    least), and no other footnote's page supporting it more. Then the page is not called the wrong
    one.

    The family the stressed blind part was built on ("several facts of which the cited page states the
    main one"), on the low-support side that :func:`_a_clause_stated_here` (the "fits better" side)
    leaves. Over every spent part (real/, parts 2–15; branch v11-families) it spares two correct pairs
    of real-heldback-3 — "… bereits am vorigen Mittwoch unter Beweis gestellt, als er in Düsseldorf in
    drei Versuchen nur knapp an den 6,17 gescheitert war." on a Dutch page saying "Eerder deze week
    lukte het hem net niet in Düsseldorf" (6,17 there too), and "… setzte am 12. November 2014 auf
    und betrieb über 60 Stunden lang die wissenschaftlichen Instrumente an Bord." on a French page
    giving the landing and the 60 hours — and loses no swap of any kind on any part: a pasted
    footnote's page seldom has every name and number of a clause of eight words, and where a
    neighbour's does, that neighbour supports the clause more. Guard tests in
    tests/verify/test_families_rules.py."""
    for clause, weighted, here in _scored_clauses(text, source, language, rarity):
        anchors = here.details.get("anchors", 0)
        if (
            here.support < thresholds.claim_min_support
            or not anchors
            or here.details.get("anchors_found", 0) < anchors
        ):
            continue
        if all(
            score_claim(weighted, peer, language=language, rarity=rarity, claim_text=clause).support
            <= here.support
            for label, peer in peers.items()
            if label != own
        ):
            return True
    return False


def _figure_texts(weighted: Sequence[WeightedTerm], keys: frozenset[str]) -> list[str]:
    return [w.term.text for w in weighted if not w.context and w.term.key in keys]


def _figures_elsewhere(
    own: str,
    weighted: Sequence[WeightedTerm],
    score: ClaimScore,
    language: str | None,
    rarity: Callable[[Term], float],
    peers: dict[str, SourceProfile],
    exclude: Sequence[str],
) -> tuple[str, ClaimScore] | None:
    """Another footnote whose source gives every figure of the sentence (``FIGURES_ELSEWHERE_MIN``
    numbers at least, other than years and days) where the cited source gives none of them: the
    entry was pasted from that neighbour, however close in words and meaning the cited page is (a
    page on the same event). Words only (no encoder pass)."""
    figures = {
        w.term.key for w in weighted if not w.context and w.term.kind == "number" and is_anchor(w.term)
    }
    if len(figures) < FIGURES_ELSEWHERE_MIN or score.figures:
        return None
    cited = peers.get(own)
    if cited is not None and _paraphrased_with_a_number(score, weighted, figures, cited):
        return None
    if cited is not None and all(_near_figure(key, cited) for key in figures):
        return None  # the cited page gives each figure as updated or rounded (FIGURE_NEAR)
    for label, profile in peers.items():
        if label == own or label in exclude:
            continue
        theirs = score_claim(weighted, profile, language=language, rarity=rarity, enough=0.0)
        if theirs.figures >= figures:
            return label, theirs
    return None


def _paraphrased_with_a_number(
    score: ClaimScore, weighted: Sequence[WeightedTerm], figures: set[str], cited: SourceProfile
) -> bool:
    """Whether the cited page paraphrases the sentence (the encoder's cosine ``SEMANTIC_SURE`` or
    more, where same-topic pages stay below 0.45) and gives one of its other numbers (a small count,
    a day, a figure the rule does not count): then the figures it lacks are details of the page the
    sentence was copied from, not signs of a pasted footnote, and :func:`_figures_elsewhere` does not
    fire.

    On real-heldback-13 (studied for issue 11, branch v11-hb13tune) a French sentence on Google's
    Willow chip — "la puce, avec 105 qubits, a pu réaliser le calcul en moins de cinq minutes, là où
    les supercalculateurs actuels mettraient 10 septillions (1025) années" (the exponent of 10²⁵ lost
    in copying) — cited an English page saying "performed a calculation in under five minutes that
    would take today's most powerful supercomputer 10 septillion years" (cosine 0.65, its "10"
    found) and was called pasted from the neighbour's page it was copied from, which gives 105 and
    1025. The one swap of the visible parts the figures rule catches at such a cosine (fixtures/eval/real's
    `evergiven-en/3<->4`, cosine 0.67: "a 400m-long (1,300ft) container ship" on an Italian page on
    the ship's return) has no other number, and stays caught; without the number condition it was
    lost. Over every visible part (real/, parts 2–13) only that false alarm changed."""
    if score.semantic is None or score.semantic < SEMANTIC_SURE:
        return False
    others = [
        w.term for w in weighted if not w.context and w.term.kind == "number" and w.term.key not in figures
    ]
    return any(cited.index.find(t, loose=True) is not None for t in others)


def _near_figure(key: str, source: SourceProfile) -> bool:
    """Whether the source gives a number within ``FIGURE_NEAR`` of the figure keyed ``key`` (a
    toll updated, a count rounded: 144 and 145, 550 and 551), or a whole figure with the decimals
    the sentence dropped (:func:`_truncated`: 60 for 60.7)."""
    try:
        value = Decimal(key.lstrip("#"))
    except InvalidOperation:
        return False
    if not value:
        return False
    for other in source.index.keys:
        if not other.startswith("#") or other == key:
            continue
        try:
            number = Decimal(other[1:])
        except InvalidOperation:
            continue
        if abs(number - value) <= FIGURE_NEAR * abs(value) or _truncated(value, number):
            return True
    return False


def _truncated(value: Decimal, number: Decimal) -> bool:
    """Whether the whole figure ``value`` is ``number`` (written with decimals) cut to its whole
    part: a writer's "58-60%" for a page's "entre un 58,3% y 60,7%".

    From real-heldback-21 (issue 11, studied on branch v11-hb21tune): an English sentence giving
    Sheinbaum's "58-60% of the vote" cited a Spanish page's quick count "entre un 58,3% y 60,7%"
    and was called pasted from a neighbour's German page that writes "zwischen 58 % und 60 %": 58
    lies within ``FIGURE_NEAR`` of 58.3, but 60 is 1.2 % from 60.7. Only a page's figure with a
    fraction is read so, and only a whole figure of the sentence of ``ROUNDED_MIN_WHOLE`` (10) or
    more: cutting 9.5 to 9 moves it by 5 %. Over every visible part (fixtures/eval/real and parts
    2-21, every verdict compared) only that pair changed: no swap the figures rule catches has a
    figure the wrong page gives with decimals cut (README, "Branch v11-hb21tune")."""
    return (
        value == value.to_integral_value()
        and value >= ROUNDED_MIN_WHOLE
        and number != number.to_integral_value()
        and value == number.to_integral_value(rounding=ROUND_DOWN)
    )


def _lacks_every_anchor(score: ClaimScore) -> bool:
    """Whether the source has none of the sentence's names and numbers (``THIN_MIN_ANCHORS`` of
    them at least): a thin page is then judged as any page is."""
    return score.details.get("anchors", 0) >= THIN_MIN_ANCHORS and score.details.get("anchors_found", 0) == 0


def quotes_claim(claim: str, source: SourceProfile, language: str | None) -> bool:
    """Whether the source repeats a stretch of the claim word for word: ``VERBATIM_RUN`` consecutive
    words, at least ``VERBATIM_MIN_WORDS`` of them content words written in lower case (names
    alone — "the Guiana Space Center in Kourou" — recur on every page about one event). A page
    that does is a source the author quoted from, whatever another footnote's page adds."""
    words = {t.text.casefold() for t in terms(claim, language) if t.kind == "word"}
    tokens = [t.text.casefold() for t in tokenize(claim)]
    stretches = (tuple(tokens[i : i + VERBATIM_RUN]) for i in range(len(tokens) - VERBATIM_RUN + 1))
    runs = {run for run in stretches if sum(w in words for w in run) >= VERBATIM_MIN_WORDS}
    if not runs:
        return False
    for passage in source.index.passages:
        found = [t.text.casefold() for t in tokenize(passage)]
        if any(tuple(found[i : i + VERBATIM_RUN]) in runs for i in range(len(found) - VERBATIM_RUN + 1)):
            return True
    return False


@dataclass(frozen=True)
class _Fit:
    """How a sentence fits a source by words alone: its lexical support and how many of its facts
    (:func:`_is_fact`) the source contains."""

    lexical: float
    facts: int
    found: tuple[str, ...] = ()
    cross_language: bool = False
    lacking: int = 0  # the sentence's facts the source does not contain


def _is_fact(term: Term) -> bool:
    """A term that states a fact of its own: any number but a year (7.4, 93, the 5 of Ariane 5), or a
    name that is not a country or capital everyone mentions."""
    return term.kind == "number" or is_anchor(term)


def _fit(
    weighted: Sequence[WeightedTerm],
    source: SourceProfile,
    language: str | None,
    rarity: Callable[[Term], float],
) -> _Fit:
    """The sentence's fit to ``source`` by words, names and numbers (no encoder pass).

    A precise figure of the sentence that the page gives only rounded is not counted here
    (``rounding=False``): the fit asks which page the sentence was written from — the rules of
    footnotes exchanged — and a sentence's "93,35 %" was not written from a page's "just over 93%".
    On the visible parts (branch v11-hb21tune) counting it lost three exchanged pairs of real/, -10 and
    -15 (each partner sentence's precise figure met rounded on the page it was swapped to: 93 for
    "more than 90", 93,35 % for "just over 93%", 3 499 dollars for "rund 3500 Dollar")."""
    score = score_claim(weighted, source, language=language, rarity=rarity, enough=0.0, rounding=False)
    facts = [item.term for item in weighted if not item.context and _is_fact(item.term)]
    found = tuple(
        t.text for t in facts if source.index.find(t, loose=t.kind == "name", rounding=False) is not None
    )
    return _Fit(score.lexical, len(found), found, score.cross_language, len(facts) - len(found))


def _exchange_verdict(
    score: ClaimScore,
    exchange: tuple[str, float, tuple[str, ...]],
    weighted: Sequence[WeightedTerm],
    language: str | None,
    rarity: Callable[[Term], float],
    peers: dict[str, SourceProfile],
    text: str,
) -> ClaimVerdict:
    """The verdict for footnotes exchanged, with the other footnote's support scored as the own one
    was (words and meaning): one encoder pass, for a finding only."""
    label, _, facts = exchange
    theirs = score_claim(weighted, peers[label], language=language, rarity=rarity, claim_text=text)
    return ClaimVerdict(
        "claim-mismatch", score, "footnotes-exchanged", (label, theirs.support), facts_elsewhere=facts
    )


def _exchanged_with(
    case: FootnoteCase,
    claim: ClaimContext,
    own: ClaimScore,
    weighted: Sequence[WeightedTerm],
    language: str | None,
    rarity: Callable[[Term], float],
    peers: dict[str, SourceProfile],
    share: int,
) -> tuple[str, float, tuple[str, ...]] | None:
    """Another footnote this one was exchanged with, as an author who pasted two entries the wrong
    way round would: this sentence fits the other footnote's source better than its own, *and* the
    other footnote's sentence fits this footnote's source better than its own. "Better" is either
    by words — each by ``EXCHANGE_MIN_GAIN`` of its weight, together by ``EXCHANGE_MIN_TOTAL`` — or
    by facts: each sentence finds more of its own numbers and names in the other's page than in its
    own, while its word support drops by no more than ``EXCHANGE_WORD_SLACK``.

    Two sentences pointing at each other's sources are independent evidence: a correct citation
    whose neighbour's page happens to state the same fact more fully (pages on one event) is not
    answered by that neighbour's sentence fitting it better. Words only (no encoder pass), and only
    where the own page covers less than ``EXCHANGE_MAX_OWN_LEXICAL`` of the claim.

    Not by words where each sentence's own page contains every number and name of its sentence
    (one at least between the two sentences): each page then states its sentence's facts, and the
    words shared with the other page are a sentence taken from it. On real-heldback-4 (issue 11)
    two Italian sentences on the Morandi bridge, each copied from the other's page and each citing a
    page with its figures (43 dead and 9 injured; 1967, "30-35 automobili"), were called exchanged;
    of the 19 swaps caught as exchanges on all four parts of fixtures/eval/real*, one had no fact at all
    (kept: the condition needs one) and none had every fact on both own pages."""
    if own.lexical >= EXCHANGE_MAX_OWN_LEXICAL / share:
        return None
    label = case.footnote.label
    source = case.document.sources.get(label)
    if source is None or source.basis != "page":
        return None
    mine = _fit(weighted, source, language, rarity)
    best: tuple[float, str, float, tuple[str, ...]] | None = None
    for other, profile in peers.items():
        if other == label or other in claim.co_cited or profile is source:
            continue
        theirs = _fit(weighted, profile, language, rarity)
        gain = theirs.lexical - mine.lexical
        # A page read by the encoder in another language than the sentence's has its plain words
        # counted at FOREIGN_WORD_FACTOR: its word support cannot be outdone by a page in the
        # sentence's own language (whose words all count) — meaning measured it instead.
        alike = not (mine.cross_language and own.semantic is not None and not theirs.cross_language)
        by_words = gain >= EXCHANGE_MIN_GAIN and alike
        by_facts = theirs.facts > mine.facts and gain >= -EXCHANGE_WORD_SLACK
        if not (by_words or by_facts):
            continue
        for back_words, back_facts, back_own in _reverse_gains(case, other, profile, source, language, peers):
            # Each own page stating every number and name of its sentence (one at least between
            # the two) supports it: words shared with the other page are then a sentence taken
            # from that page, not a footnote pasted the wrong way round.
            complete = mine.lacking == 0 and back_own.lacking == 0 and mine.facts + back_own.facts >= 1
            words = (
                by_words
                and not complete
                and back_words >= EXCHANGE_MIN_GAIN
                and gain + back_words >= EXCHANGE_MIN_TOTAL
            )
            facts = by_facts and back_facts > 0 and back_words >= -EXCHANGE_WORD_SLACK
            if (words or facts) and (best is None or gain + back_words > best[0]):
                elsewhere = tuple(f for f in theirs.found if f not in mine.found)
                best = (gain + back_words, other, theirs.lexical, elsewhere)
    return None if best is None else (best[1], best[2], best[3])


def _own_facts(case: FootnoteCase, weighted: Sequence[WeightedTerm]) -> list[Term]:
    """The sentence's own facts: its distinctive names and numbers (:func:`is_anchor`; not a
    capitalised common noun) and its years, that no other cited sentence of the document contains
    (``TopicTerms.counts``). A fact the document's sentences share is the topic's, found on every
    page about it; a fact of one sentence alone tells which page that sentence was written from.
    Small numbers (up to 31) are left out: a day or a count recurs on every page."""
    topic = case.document.topic
    counts = topic.counts if topic is not None else {}
    return [
        item.term
        for item in weighted
        if not item.context
        and ((is_anchor(item.term) and not item.term.noun) or item.term.kind == "year")
        and counts.get(item.term.key, 0) <= 1
    ]


def _facts_on(facts: Sequence[Term], source: SourceProfile) -> tuple[Term, ...]:
    return tuple(t for t in facts if source.index.find(t, loose=t.kind == "name", rounding=False) is not None)


def _own_dates(case: FootnoteCase, claim_text: str, language: str | None) -> frozenset[tuple[int, int]]:
    """The days the sentence writes with their month (:func:`~citecheck.verify.textmatch.dated_days`)
    that no other cited sentence of the document writes: a date of one sentence alone pins it to one
    page as its own names do, where its day alone (a small number) recurs on every page."""
    mine = dated_days(claim_text, language)
    if not mine:
        return frozenset()
    others: set[tuple[int, int]] = set()
    for contexts in case.document.claims.values():
        for other in contexts:
            if other.citation.claim != claim_text:
                others |= dated_days(other.citation.claim, language)
    return mine - others


def _written_day(day: int, month: int, language: str | None) -> str:
    """A day of a month as the sentence's language writes it ("June 28", "28 июня"), for the evidence
    (CLDR's pattern by Babel, imported here: only a finding needs it)."""
    import datetime as dt

    from babel.core import UnknownLocaleError
    from babel.dates import format_skeleton

    try:
        return format_skeleton("MMMMd", dt.date(2000, month, day), locale=language or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return f"--{month:02d}-{day:02d}"  # ISO 8601's day of a year


def _dates_on(dates: frozenset[tuple[int, int]], source: SourceProfile) -> int:
    return len(dates & (source.index.days | source.days))


def _leads(
    facts: Sequence[Term],
    better: SourceProfile,
    worse: SourceProfile,
    dates: frozenset[tuple[int, int]] = frozenset(),
) -> tuple[bool, bool]:
    """Whether ``better`` has more of ``facts`` (and of the sentence's own ``dates``) than ``worse``:
    counting years, and without them."""
    on_better, on_worse = _facts_on(facts, better), _facts_on(facts, worse)
    years = sum(t.kind == "year" for t in on_better) - sum(t.kind == "year" for t in on_worse)
    lead = len(on_better) - len(on_worse) + _dates_on(dates, better) - _dates_on(dates, worse)
    return lead > 0, lead - years > 0


def _exchanged_by_own_facts(
    case: FootnoteCase,
    claim: ClaimContext,
    weighted: Sequence[WeightedTerm],
    language: str | None,
    peers: dict[str, SourceProfile],
) -> tuple[str, float, tuple[str, ...]] | None:
    """Another footnote this one was exchanged with, told by the two sentences' own facts
    (:func:`_own_facts`): this sentence finds more of its own facts on the other footnote's page than
    on its own, *and* every sentence citing the other footnote finds more of its own facts on this
    footnote's page than on its own — the two-by-two assignment, on what tells the two sentences
    apart rather than on the topic's words, which every page of the document shares. One side's
    lead at least must hold without years (a year is on many pages of one story). Words and meaning
    play no part: pages of one event read alike to both sentences, across languages too.

    Measured on every visible part of the real eval (fixtures/eval/real and spent parts 2-10, 12-17,
    22, 23; branch s36-verify, issue 11): 23 same-document swaps missed by every other rule are
    caught and no correct pair is flagged. Counting small numbers and capitalised nouns too (German
    "Schwarzmeer", "Enthaltungen"), or leads made of years alone, caught 40 but flagged 8 correct
    footnotes in 6 neighbour pairs (a page giving a neighbour's vote count or its year beside its
    own story).

    A day written with its month that no other cited sentence of the document writes
    (:func:`_own_dates`) is one more own fact, counted as a name is (a lead of dates holds without
    years): the pages of one event share its names, and the day each sentence reports is often what
    tells them apart. From the study of real-heldback-28 (branch s40-verify), whose missed exchanges
    of one event read dates the wrong page lacks ("с субботы, 16 ноября", "until June 28, 2025") —
    those stay missed, their partner sentences having no own fact for the second side. Measured on
    every visible part (real, 2-26) and part 28, verdict by verdict, with pages and offline: 13
    same-document swaps more caught, as errors (parts 3, 5, 7 +2, 10, 12, 13 +2, 14, 16 +2, 17, 18),
    no other verdict changed — once a day before a range's last day takes its month
    (textmatch.dated_days: "dal 25 al 30 aprile"); before that, two correct neighbours of
    real-heldback-14 (venice-en/1 and /3, its Italian page's "dal 25 al 30 aprile" read as lacking
    25 April) were called exchanged. Weekdays as own facts (weak, as years) were measured and left
    out: 5 swaps more, 1 lost and 4 correct pairs flagged."""
    label = case.footnote.label
    source = case.document.sources.get(label)
    if source is None or source.basis != "page":
        return None
    mine = _own_facts(case, weighted)
    dates = _own_dates(case, claim.citation.claim, language)
    if not mine and not dates:
        return None
    for other, profile in peers.items():
        if other == label or other in claim.co_cited or profile is source:
            continue
        lead, strong = _leads(mine, profile, source, dates)
        if not lead:
            continue
        sentences = [t for t in case.document.claims.get(other, ()) if label not in t.co_cited]
        if not sentences:
            continue
        back = [
            _leads(
                _own_facts(case, claim_terms(t.citation.claim, t.context, language)),
                source,
                profile,
                _own_dates(case, t.citation.claim, language),
            )
            for t in sentences
        ]
        if all(b[0] for b in back) and (strong or all(b[1] for b in back)):
            here = _facts_on(mine, source)
            days = sorted(dates & (profile.index.days | profile.days) - (source.index.days | source.days))
            return (
                other,
                0.0,
                (
                    *(t.text for t in _facts_on(mine, profile) if t not in here),
                    *(_written_day(day, month, language) for day, month in days),
                ),
            )
    return None


# A sentence copied whole from a neighbour's page (branch v11-hb17tune, issue 11): see
# :func:`_rival_holds_its_own` for the data behind each figure.
COPIED_MIN_WORDS = 6
HOLDS_MIN_LEXICAL = 0.45
HOLDS_MARGIN = 0.15
HOLDS_OWN_MIN_LEXICAL = 0.2


def _copied_whole(text: str, source: SourceProfile) -> bool:
    """Whether one passage of ``source`` contains the whole sentence word for word (case, punctuation
    and spacing aside), for a sentence of ``COPIED_MIN_WORDS`` words or more: the page the writer
    copied it from. :func:`quotes_claim` looks for a stretch of lower-case content words, which German
    sentences (nouns capitalised) and sentences of names rarely have."""
    wanted = " ".join(re.findall(r"\w+", text.casefold()))
    if len(wanted.split()) < COPIED_MIN_WORDS:
        return False
    return any(wanted in " ".join(re.findall(r"\w+", p.casefold())) for p in source.index.passages)


def _rival_holds_its_own(
    case: FootnoteCase,
    source: SourceProfile,
    rival: str,
    peers: dict[str, SourceProfile],
    language: str | None,
    text: str,
    own_lexical: float,
) -> bool:
    """Whether the page of the footnote that "fits better" is the page this sentence was copied from,
    and that footnote is accounted for by its own sentence: a writer who copied a sentence from one
    source and cited another that states it (a different report of the same fact) is not a writer who
    pasted a footnote the wrong way round.

    All must hold: the rival's page contains the sentence whole (:func:`_copied_whole`); the cited page
    meets the sentence's own words at ``HOLDS_OWN_MIN_LEXICAL`` or more (it states the fact in words of
    its own, not by the encoder's same-topic meaning alone); every sentence citing the rival (alone)
    fits the rival's page by words at ``HOLDS_MIN_LEXICAL`` or more, better by ``HOLDS_MARGIN`` than it
    fits the cited page and with no more of its names and numbers found there; and no sentence citing
    a third footnote fits the cited page better than its own page (more of its names and numbers, or
    words by ``HOLDS_MARGIN``). Each page's words are weighed as that page's own
    (:func:`document_rarity`). A footnote pasted the wrong way round leaves the other sentence on a
    page that is not its own, which then fits the cited page better: the rule does not fire.

    Measured on branch v11-hb17tune (issue 11) over every visible part of fixtures/eval/real* (real/ and
    parts 2–15 and 17, every verdict dumped and compared; part 16 never run). Of real-heldback-17's 21
    false alarms, 7 cited a page other than the one the sentence was copied from while a neighbour
    cited that one (the sentence word for word on it: support 1.0). With the first and third
    conditions alone the rule spared 11 correct pairs and lost 10 same-document swaps: there the
    rival's own sentence had been copied from the same page as well (one page stating both), and the
    cited page read the sentence at word supports 0–0.2 (eight of ten), against 0.2–0.48 for eight of
    the eleven correct pairs — the second condition: 9 spared, 2 swaps lost (heldback-3
    ``kipchoge-nl/5<->1``, heldback-15 ``ofsted-en/3<->4``), in both of which the sentence had been
    copied from a third footnote's page and the swapped-in page was the partner sentence's own — the
    fourth condition keeps both, and one correct pair (heldback-9 ``tariff-hi/4``) is no longer spared.
    The rival's sentences on their own page read 0.45–1.0 in the correct pairs spared: at 0.6, two of
    real-heldback-17's three are not (0.49, 0.59)."""
    rival_source = peers[rival]
    if own_lexical < HOLDS_OWN_MIN_LEXICAL or not _copied_whole(text, rival_source):
        return False
    label = case.footnote.label
    theirs_all = [c for c in case.document.claims.get(rival, ()) if not c.co_cited]
    if not theirs_all or any(label in c.co_cited for c in case.document.claims.get(rival, ())):
        return False
    for theirs in theirs_all:
        weighted = claim_terms(theirs.citation.claim, theirs.context, language)
        # Each page's words weighed as that page's own (a word the other page shares is discounted).
        fit_own = _fit(weighted, rival_source, language, document_rarity(rival, weighted, peers))
        fit_here = _fit(weighted, source, language, document_rarity(label, weighted, peers))
        if fit_own.lexical < HOLDS_MIN_LEXICAL:
            return False
        if fit_here.lexical > fit_own.lexical - HOLDS_MARGIN or fit_here.facts > fit_own.facts:
            return False
    # Nor may the cited page be another sentence's own: one that fits it better than the page it
    # cites is the other half of an exchange.
    for other, profile in peers.items():
        if other in (label, rival) or profile is source:
            continue
        for theirs in case.document.claims.get(other, ()):
            if theirs.co_cited:
                continue
            weighted = claim_terms(theirs.citation.claim, theirs.context, language)
            fit_own = _fit(weighted, profile, language, document_rarity(other, weighted, peers))
            fit_here = _fit(weighted, source, language, document_rarity(label, weighted, peers))
            if fit_here.facts > fit_own.facts or fit_here.lexical >= fit_own.lexical + HOLDS_MARGIN:
                return False
    return True


def _reverse_gains(
    case: FootnoteCase,
    other: str,
    other_source: SourceProfile,
    own_source: SourceProfile,
    language: str | None,
    peers: dict[str, SourceProfile],
) -> list[tuple[float, int, _Fit]]:
    """For each sentence citing ``other`` (alone), how much better it fits ``own_source`` than its
    own source: by word support, and by the number of its facts found; and its fit to its own."""
    gains = []
    for theirs in case.document.claims.get(other, ()):
        if case.footnote.label in theirs.co_cited:
            continue
        weighted = claim_terms(theirs.citation.claim, theirs.context, language)
        rarity = document_rarity(other, weighted, peers)
        fit_own = _fit(weighted, other_source, language, rarity)
        fit_swapped = _fit(weighted, own_source, language, rarity)
        gains.append((fit_swapped.lexical - fit_own.lexical, fit_swapped.facts - fit_own.facts, fit_own))
    return gains


# A sentence with one name or number that a page in an unread language lacks is no evidence of a
# swap: four correct pairs of parts 2, 3, 4 and 6 (a Finnish page without a sentence's one figure,
# Danish, Estonian and German sentences on pages in other scripts) became false alarms with 1.
RIVAL_MIN_ANCHORS = 3


def _rival_has_the_anchors(
    own: ClaimScore, rival: ClaimScore, thresholds: VerifyThresholds, share: int
) -> bool:
    """Whether, on a page in a language the encoder does not read, where the sentence's names and
    numbers are the only evidence and fewer than half of them are found, another footnote's source
    has more of them and fits by the swap margin: the footnote was pasted from a neighbour on the
    same event. Words in Devanagari, once read whole (their vowel signs are combining marks), let
    a Hindi page on the 2024 physics Nobel meet a German sentence's "Hopfield" alone (1 of its 3
    names and numbers, support 0.08) against the neighbouring page's 0.60 with "Boltzmann" and
    "76": a swap of real-heldback-6 that the words cut into consonants had caught by accident."""
    anchors = own.details.get("anchors", 0)
    found = own.details.get("anchors_found", 0)
    return (
        anchors >= RIVAL_MIN_ANCHORS
        and 2 * found < anchors
        and rival.details.get("anchors_found", 0) > found
        and rival.support >= thresholds.claim_swap_max_support / share
        and rival.support - own.support >= thresholds.claim_swap_margin
    )


def _thin_off_the_topic(own: ClaimScore, thresholds: VerifyThresholds, share: int) -> bool:
    """Whether a thin page (``THIN_PAGE_CHARS``), otherwise spared the swapped-footnote rule, is
    read by the encoder below the band where pages on the sentence's topic meet it
    (``SAME_TOPIC_BAND``) and supports it below ``claim_swap_max_support``: its few lines are not
    about the sentence's fact, so a neighbour's page that fits better marks a pasted footnote as on
    a page of any length.

    On the 15 parts of fixtures/eval/real* (branch v11-hb15tune, issue 11) the swapped-footnote
    rule on every thin page, against a rival better by ``THIN_SWAP_MARGIN``, caught 25 more swaps
    and flagged 7 correct pairs; the 7 were read at cosines 0.25–0.53 (six of them 0.31 or more: a
    page on the topic stating the fact in a few lines), the swaps at 0.20–0.52. Below 0.3 it
    catches 12 swaps (9 same-document, 3 cross-document) and flags one correct pair
    (real-heldback-14's ``pkk-tr/1``: a Russian page on the PKK's dissolution, «РПК», without the
    congress's dates, at 0.25); without the margin, 17 swaps and 5 correct pairs (rivals at
    0.73–0.81 against cited pages at 0.17–0.34)."""
    return (
        own.semantic is not None
        and own.semantic < SAME_TOPIC_BAND[0]
        and own.support < thresholds.claim_swap_max_support / share
    )


def _thin_swap_margin(own: ClaimScore) -> float:
    """The lead a neighbour's page needs over a thin page read off the topic (:func:`_thin_off_the_topic`):
    ``THIN_SWAP_MARGIN``, or ``THIN_WORDLESS_SWAP_MARGIN`` where the page is in the sentence's own
    language and shares no word of it that counts (lexical support 0): in its own language a page
    on the sentence's topic shares some of its words, so one that shares none and is read below the
    same-topic band is about something else.

    From real-heldback-21 (issue 11, studied on branch v11-hb21tune): a Korean sentence on Ohtani's
    "6타수 6안타 10타점" given a Korean page of three sentences on the Jeju Air crash (cosine 0.23, only
    the small numbers 4 and 2 shared) was spared, the neighbour's page leading by 0.46. Over every
    visible part (fixtures/eval/real and parts 2-21) the pages meeting the condition — thin, in the
    sentence's language, no word shared, cosine below 0.3 — were 92, every one a swap (85 already
    flagged for low support, five by the swapped-footnote rule); no correct pair has such a page. At
    0.3 that swap is caught and nothing else changes; heldback-7's chunnel-en/2 (a lead of 0.11) stays
    missed."""
    if not own.cross_language and own.lexical == 0:
        return THIN_WORDLESS_SWAP_MARGIN
    return THIN_SWAP_MARGIN


def _thin_exchange_possible(own: ClaimScore) -> bool:
    """Whether a thin page (``THIN_PAGE_CHARS``), read across languages, may be told exchanged by a
    missing fact (:func:`_exchanged_by_a_missing_fact`, both sides: a neighbour's page with the
    sentence's names and numbers, and the neighbour's sentence supported by this page better than by
    its own): it lacks every name and number of the sentence (``THIN_MIN_ANCHORS`` or more,
    :func:`_lacks_every_anchor`) and the encoder reads it (below ``SEMANTIC_SURE``).

    Such a page is judged leniently (half the support floor, no swap rule but
    :func:`_thin_off_the_topic`): a short page in another language says little, and its names may
    not meet the sentence's. But the rule's second sentence is evidence the thin page cannot
    supply by itself, and it still applies. From real-heldback-21 (issue 11, studied on branch
    v11-hb21tune): an English sentence on Ohtani's 49th home run ("a 438-foot blast that tied
    Shawn Green's record … set in 2001") given a two-sentence Korean page of the 50-50 game (cosine
    0.42, none of its four names and numbers), and a German sentence on the Titan's debris "in 3800
    Meter Tiefe" given a French page that is one headline (0.42, none of four), each exchanged with
    the neighbour whose page has them.

    Measured on every visible part (fixtures/eval/real and parts 2-21, every verdict compared; README,
    "Branch v11-hb21tune"): same-document swaps +5 — those two, and on parts 7, 14 and 16 a German
    sentence on a one-paragraph Dutch, Russian or English page (the Øresund bridge's 7.845 Meter, the
    Crimean bridge's burning tanks, Batken's security chief) — and no correct pair flagged. The correct
    pairs of parts 17 and 19-21 whose pages meet the condition (three: cosines 0.40-0.55, none of two
    or three names and numbers found) keep their verdicts: no neighbour's sentence fits their page
    better than its own.
    """
    return own.semantic is not None and _lacks_every_anchor(own)


def _swap_possible(own: ClaimScore, thresholds: VerifyThresholds, share: int) -> bool:
    """Whether some rival could fit better than ``own`` by :func:`_rival_fits_better`: its
    conditions on the own score alone."""
    return own.support < thresholds.claim_swap_max_support / share or (
        own.semantic is not None
        and own.lexical < SWAP_MAX_LEXICAL / share
        and own.semantic < SWAP_MAX_OWN_COSINE
    )


def _rival_fits_better(own: ClaimScore, rival: ClaimScore, thresholds: VerifyThresholds, share: int) -> bool:
    """Whether another footnote's source fits the sentence so much better that the two were likely
    swapped: by combined support (``claim_swap_max_support``, ``claim_swap_margin``), or — where
    the encoder's similarity lifts a same-topic page — by word support and meaning together, each
    clearly better (``claim_swap_margin`` and ``SWAP_COSINE_MARGIN``).

    Only supports measured alike are compared (:func:`_measured_alike`): a page in another
    language than the sentence's, which the encoder does not read, is scored by the names and
    numbers it shares, and a page in the sentence's own language, scored by all its words, always
    "fits better" than that — so such a footnote is called swapped only two-sidedly
    (:func:`_exchanged_with`), as a low support across such a language is (``unjudged-language``).

    Between two pages both scored by names and numbers alone, a rival fits better only by finding
    more of the sentence's distinctive ones (anchors): its lead is otherwise made of common names
    (a firm's "Alameda Research", whose words wordfreq knows) and cognates, which one page of the
    event has and another words otherwise. On real-heldback-6 (studied for issue 11) a Spanish
    sentence on Bankman-Fried's trial citing a Slovenian page with all its anchors was called
    swapped for a Czech page that also had Alameda Research. Of the two other names-against-names
    calls on the six visible parts of fixtures/eval/real*, one (a false alarm) had a rival with more
    anchors; the other, the second footnote of an exchanged pair whose first is still caught, is
    no longer flagged."""
    if not _measured_alike(own, rival):
        return False
    if own.figures - rival.figures:
        # The cited page gives a figure of the sentence (a number other than a year or a day) that
        # the rival lacks: the rival's lead is words and meaning shared by pages on the topic. On
        # real-heldback-8 (studied for issue 11) "KO, TD i Lewica … w ramach tzw. PAKTU SENACKIEGO
        # uzyskały 66 mandatów" cited a results page's "Pakt Senacki - 66" and was called swapped
        # for a neighbour's page on the pact's candidates without the 66. No other verdict of the
        # eight visible parts of fixtures/eval/real* changed.
        return False
    if _measure(own) == _measure(rival) == "names" and rival.details.get(
        "anchors_found", 0
    ) <= own.details.get("anchors_found", 0):
        return False
    if (
        own.support < thresholds.claim_swap_max_support / share
        and rival.support >= own.support + thresholds.claim_swap_margin
        and not _same_topic_meaning(own, rival, thresholds)
        and not _foreign_meaning_on_the_same_anchors(own, rival, thresholds)
    ):
        return True
    if own.semantic is None or rival.semantic is None:
        return False
    return (
        own.lexical < SWAP_MAX_LEXICAL / share
        and own.semantic < SWAP_MAX_OWN_COSINE
        and rival.lexical >= own.lexical + thresholds.claim_swap_margin
        and rival.semantic >= own.semantic + SWAP_COSINE_MARGIN
    )


def _lacks_a_fact_by_meaning(own: ClaimScore) -> bool:
    """Whether the cited page lacks one of the sentence's names and numbers (anchors: :func:`is_anchor`)
    while the encoder reads it below ``SEMANTIC_SURE``: its support is meaning on the topic, which a
    neighbour's page with the missing fact may outdo (:func:`_exchanged_by_a_missing_fact`)."""
    return (
        own.semantic is not None
        and own.semantic < SEMANTIC_SURE
        and own.details.get("anchors_found", 0) < own.details.get("anchors", 0)
    )


def _rival_has_the_missing_facts(own: ClaimScore, rival: ClaimScore) -> bool:
    """The first side of :func:`_exchanged_by_a_missing_fact`: the rival page, read by the encoder,
    has more of the sentence's names and numbers than the cited page (which lacks one by meaning:
    :func:`_lacks_a_fact_by_meaning`), fits it no worse by words nor by meaning, and leads the cited
    page's support by ``FACT_EXCHANGE_LEAD``; and the cited page gives no figure of the sentence that
    the rival lacks (as :func:`_rival_fits_better`)."""
    return (
        _lacks_a_fact_by_meaning(own)
        and rival.semantic is not None
        and own.semantic is not None
        and rival.details.get("anchors_found", 0) > own.details.get("anchors_found", 0)
        and rival.lexical >= own.lexical
        and rival.semantic >= own.semantic
        and rival.support >= own.support + FACT_EXCHANGE_LEAD
        and not own.figures - rival.figures
    )


def _exchanged_by_a_missing_fact(
    case: FootnoteCase,
    claim: ClaimContext,
    own: ClaimScore,
    weighted: Sequence[WeightedTerm],
    language: str | None,
    rarity: Callable[[Term], float],
    peers: dict[str, SourceProfile],
    best_rival: tuple[str, ClaimScore],
) -> tuple[str, ClaimScore, tuple[str, ...]] | None:
    """Another footnote this one was exchanged with, on one event, told by a fact: this sentence's
    name or number missing from the cited page is on the other footnote's page
    (:func:`_rival_has_the_missing_facts`), *and* the other footnote's sentence is supported by the
    cited page better than by its own by ``EXCHANGE_MIN_GAIN`` (:func:`_rival_sentence_fits_here`:
    words and meaning). Returns the other footnote, this sentence's score there and the facts
    found only there.

    Pages on one event are close in meaning to every sentence about it, so a same-document swap
    reads above every support floor, and the exchange rule by words (:func:`_exchanged_with`) asks
    more of the words than a paraphrase in another language gives. One side alone is no evidence:
    a sentence copied from a neighbour's page that states more (its names and numbers there) looks
    the same. The second sentence tells them apart: a correct citation's neighbour is supported by
    its own page.

    From the study of real-heldback-19 (issue 11, branch v11-hb19tune; its claims are paraphrases,
    often in another language than the page): 18 same-document swaps missed, among them a Spanish
    sentence's "3.195 casos" on a German page of "fast 8.000 Fälle" (cosine 0.49, support 0.67),
    the English page with 3,195 one footnote over, and a German "zu Marktpreisen" on an English page
    of the memorandum (0.41, 0.76) beside the German page with "Marktpreise". Measured on every
    visible part (fixtures/eval/real and parts 2-19, every verdict compared): the first side alone
    (with the rival having every anchor of its own and leading by ``claim_swap_margin``) caught 11
    swaps and flagged 8 correct pairs — sentences copied from a neighbour's page (support 1.0 there)
    on pages giving fewer of their names; with the second side, the rival's sentence led on the cited
    page by at most 0.09 in those correct pairs (0.08, 0.09; most led on their own page) and by
    0.16-0.92 in the swaps. Both sides: 8 same-document swaps caught (real-heldback-6, -7, -12, -13
    +1, -11 +2, -19 +2), no correct pair of any part flagged. Any lead of the first side from 0 to
    0.15 gives those figures; at ``claim_swap_margin`` (0.3), with the rival holding every anchor
    it is scored on, three are lost."""
    label = case.footnote.label
    source = case.document.sources.get(label)
    if source is None or not _lacks_a_fact_by_meaning(own):
        return None
    mine = _fit(weighted, source, language, rarity)
    for other, profile in peers.items():
        if other == label or other in claim.co_cited or profile is source:
            continue
        theirs = (
            best_rival[1]
            if other == best_rival[0]
            else score_claim(
                weighted, profile, language=language, rarity=rarity, claim_text=claim.citation.claim
            )
        )
        if _rival_has_the_missing_facts(own, theirs) and _rival_sentence_fits_here(
            case, source, other, peers, language
        ):
            found = _fit(weighted, profile, language, rarity).found
            return other, theirs, tuple(f for f in found if f not in mine.found)
    return None


def _scored_here_and_there(
    case: FootnoteCase,
    source: SourceProfile,
    other: str,
    peers: dict[str, SourceProfile],
    language: str | None,
) -> list[tuple[ClaimScore, ClaimScore]]:
    """Each sentence citing ``other`` alone, scored on ``source`` (the page this footnote cites) and
    on its own page, each page's words weighed as its own (:func:`document_rarity`)."""
    label = case.footnote.label
    pairs = []
    for theirs in case.document.claims.get(other, ()):
        if theirs.co_cited:
            continue
        text = theirs.citation.claim
        weighted = claim_terms(text, theirs.context, language)
        here = score_claim(
            weighted,
            source,
            language=language,
            rarity=document_rarity(label, weighted, peers),
            claim_text=text,
        )
        there = score_claim(
            weighted,
            peers[other],
            language=language,
            rarity=document_rarity(other, weighted, peers),
            claim_text=text,
        )
        pairs.append((here, there))
    return pairs


def _rival_sentence_fits_here(
    case: FootnoteCase,
    source: SourceProfile,
    rival: str,
    peers: dict[str, SourceProfile],
    language: str | None,
) -> bool:
    """Whether every sentence citing ``rival`` (alone) is supported by ``source`` — the page this
    footnote cites — better than by the rival's own page by ``EXCHANGE_MIN_GAIN`` (words and meaning,
    each page's words weighed as its own: :func:`document_rarity`): the other half of an exchange."""
    pairs = _scored_here_and_there(case, source, rival, peers, language)
    return bool(pairs) and all(here.support >= there.support + EXCHANGE_MIN_GAIN for here, there in pairs)


def _one_sided_across_languages(
    case: FootnoteCase,
    own: SourceProfile,
    score: ClaimScore,
    rival: str,
    theirs: ClaimScore,
    peers: dict[str, SourceProfile],
    language: str | None,
) -> bool:
    """Whether a neighbour's page "fits better" only because it is in the sentence's own language while
    the cited page, in another, is read as stating the sentence: the cited page is scored across
    languages (``score.cross_language``), the rival's in the sentence's language (all its words count,
    and the sentence may be a copy of it); the encoder reads the cited page at ``ONE_SIDED_MIN_COSINE``
    or more — above the band where any page on the topic meets the sentence (``SAME_TOPIC_BAND``) — or
    its words alone were enough to skip the encoder (``SWAP_MAX_LEXICAL``); and the other half of an
    exchange is missing: no other footnote's sentence fits the cited page better than its own page
    (:func:`_partner_fits_here`). Then the "swap" is one-sided: a writer copied a sentence from (or
    near) a neighbour's page and cited a page in another language that states it.

    On real-heldback-20 (studied for issue 11, branch v11-hb20tune) all four false alarms were a real
    sentence copied from a neighbour's page in its language, citing a page in another, called swapped
    by ``other-footnote-fits`` or ``figures-elsewhere``. One is spared: a French sentence with the
    laureates' ages (70, 72) copied from a neighbour's French page, citing a German page with their
    names and schools and no ages (words 0.66, no encoder pass). Two are left at cosines 0.41 and 0.47,
    inside the band where exchanged footnotes on one event are read too (heldback-3's louvre-it/3<->4
    at 0.47); and "up to 4,000 houses and 10,000 residents" on a Russian page writing them in words
    (cosine 0.62) stays ``figures-elsewhere``: there the rule applies to words alone, keeping
    v11-hb13tune's near miss (a paraphrase read by the encoder that gives none of the figures still
    marks a pasted footnote). Over every visible part the rule spares five false alarms and no swap
    (README, "Branch v11-hb20tune"); without the cosine condition it spared 13 and lost 12 swaps
    (exchanged footnotes of one event often leave the partner's sentence fitting both pages alike).
    """
    if not score.cross_language or theirs.cross_language:
        return False
    if score.semantic is None:
        if score.lexical < SWAP_MAX_LEXICAL:
            return False  # no encoder pass only where words alone were enough (judge_citation)
    elif score.semantic < ONE_SIDED_MIN_COSINE:
        return False
    label = case.footnote.label
    return not any(
        _partner_fits_here(case, own, other, peers, language)
        for other in (rival, *sorted(k for k in peers if k not in (label, rival)))
    )


def _partner_fits_here(
    case: FootnoteCase,
    source: SourceProfile,
    other: str,
    peers: dict[str, SourceProfile],
    language: str | None,
) -> bool:
    """Whether every sentence citing ``other`` (alone) fits ``source`` — the page this footnote cites —
    better than its own page: by support (``EXCHANGE_MIN_GAIN``, as :func:`_rival_sentence_fits_here`),
    or, since supports saturate at 1.0 on pages of one event and a page in another language is read
    with fewer words, by words or by the encoder's cosine alone, by ``PARTNER_GAIN``."""
    pairs = _scored_here_and_there(case, source, other, peers, language)
    return bool(pairs) and all(
        here.support >= there.support + EXCHANGE_MIN_GAIN
        or here.lexical >= there.lexical + PARTNER_GAIN
        or (
            here.semantic is not None
            and there.semantic is not None
            and here.semantic >= there.semantic + PARTNER_GAIN
        )
        for here, there in pairs
    )


def _same_topic_meaning(own: ClaimScore, rival: ClaimScore, thresholds: VerifyThresholds) -> bool:
    """Whether the rival's lead is meaning alone between two pages on the sentence's topic: both
    encoder cosines inside the band where same-topic pages meet every claim about the topic
    (``SAME_TOPIC_BAND``), the rival's words no better by ``claim_swap_margin`` and no more of the
    sentence's names and numbers found on it (those scale meaning: :func:`_anchor_factor`)."""
    if own.semantic is None or rival.semantic is None:
        return False
    low, high = SAME_TOPIC_BAND
    return (
        low <= own.semantic
        and rival.semantic < high
        and rival.lexical < own.lexical + thresholds.claim_swap_margin
        and rival.details.get("anchors_found", 0) <= own.details.get("anchors_found", 0)
    )


def _foreign_meaning_on_the_same_anchors(
    own: ClaimScore, rival: ClaimScore, thresholds: VerifyThresholds
) -> bool:
    """Whether the rival's lead is the encoder's cosine to a page in another language than the
    sentence's (or in its own: see below), against a cited page in the sentence's own language (in
    another) on its topic (a cosine inside
    or above ``SAME_TOPIC_BAND``'s floor), with no more of the sentence's names and numbers found on
    it and its words no better by ``claim_swap_margin``: a translation's cosine and a paraphrase's
    are not one measure, so the foreign page's higher one is no sign of a pasted footnote.

    On real-heldback-14 (studied for issue 11; branch v11-hb16tune) a Spanish sentence on Öcalan's
    call from prison citing a Spanish page that names him (cosine 0.35) was called swapped for a
    neighbour's Turkish page on the congress that names him too (cosine 0.50, words 0.47 against
    0.40), once a name spelled alike in both languages met across them (textmatch.latin_spelling).

    The same holds the other way round: a rival page in the sentence's own language, whose cosine a
    paraphrase's (or the story's, in the sentence's words) lifts, against a cited page in another
    language on the sentence's topic, with no more of its names and numbers and words no better by
    ``claim_swap_margin``. From the study of real-heldback-29 (issue 11, branch s41-verify): a German
    sentence on the Pope's burial citing a Polish page that states it (0.40) was called swapped for a
    neighbour's German page on his death (0.61, none of the sentence's names). Measured on every
    visible part and part 29, verdict by verdict (fixtures/eval/README.md, "Branch s41-verify"): false
    alarms −2 (real-heldback-14 pkk-es/3: a Spanish page at 0.60 against the Turkish page that
    states the call, 0.34; real-heldback-20 cbr-en/3: an English page at 0.64 against the German
    one, 0.41, neither with the sentence's names), one same-document swap lost (real-heldback-10
    raisi-en/5<->1: the true English page at 0.73 without "Bagheri", words 0.39 against 0.16)."""
    if own.cross_language == rival.cross_language:
        return False
    if own.semantic is None or rival.semantic is None:
        return False
    return (
        own.semantic >= SAME_TOPIC_BAND[0]
        and rival.lexical < own.lexical + thresholds.claim_swap_margin
        and rival.details.get("anchors_found", 0) <= own.details.get("anchors_found", 0)
    )


def _measured_alike(own: ClaimScore, rival: ClaimScore) -> bool:
    """Whether two supports of one sentence can be compared: not when the own source was scored by
    names and numbers alone (another language, not read by the encoder) and the rival was not.

    On the second held-back part of fixtures/eval/real (its study, issue 11) six of seven false
    alarms were of this shape — a Greek, Vietnamese, Hungarian, French or Slovak sentence citing an
    Icelandic, English, German, Bosnian or Czech page that states its fact, while the neighbouring
    footnote's page in the sentence's own language (often the page the sentence was taken from)
    scored 0.9–1.0 on words; one exchanged pair of footnotes was of this shape too, and the
    exchange rule still sees it.

    A page in a language close to the sentence's (Norwegian for Danish, Serbian for Croatian:
    :func:`~citecheck.verify.textmatch.close_languages`), not read by the encoder either, meets the
    sentence's plain words as cognates: it is measured by more than names, and outdoes a page
    scored by names alone as a page in the sentence's own language does. On real-heldback-5
    (studied for issue 11) a Danish sentence on the Reykjanes eruption cited a Dutch page that
    states it (Reykjavik and two words found: 0.26) and was called swapped for a neighbour's
    Norwegian travel advice (jordskjelv, vulkansk, halvøya, Reykjanes: 0.67); no swap caught on
    any part was of this shape."""
    mine, theirs = _measure(own), _measure(rival)
    return mine == "all" or theirs == "names" or mine == theirs


def _measure(score: ClaimScore) -> Literal["names", "cognates", "all"]:
    """What a support was measured by: names and numbers alone (another language, not read by the
    encoder), those and plain words met as cognates (a close language: Danish for a Norwegian page),
    or all the words and the meaning."""
    if not score.cross_language or score.semantic is not None:
        return "all"
    return "cognates" if score.close_language else "names"


def _best_rival(
    own: str,
    weighted: Sequence[WeightedTerm],
    language: str | None,
    rarity: Callable[[Term], float],
    peers: dict[str, SourceProfile],
    *,
    exclude: Sequence[str],
    claim_text: str | None = None,
    cited: ClaimScore | None = None,
) -> tuple[str, ClaimScore] | None:
    best: tuple[str, ClaimScore] | None = None
    for label, profile in peers.items():
        if label == own or label in exclude:
            continue
        score = score_claim(
            weighted,
            profile,
            language=language,
            rarity=rarity,
            claim_text=claim_text,
            rival_of=cited,
        )
        if best is None or (score.support, score.lexical) > (best[1].support, best[1].lexical):
            best = (label, score)
    return best


# The scripts whose letters transliterate to each other's (anyascii): the cased ones.
_TRANSLITERABLE_SCRIPTS = CASED_SCRIPTS
# An offline error needs a title in a script with letter case (textmatch.CASED_SCRIPTS), where its
# names stand out from its words. In the others (Arabic, Devanagari, Han…) every title term is a word, matched through a language's morphology (Arabic's
# attached و ل ب and its root patterns: الوساطة, "mediation", against توسطت, "mediated"), so a
# title that shares nothing with its sentence is never near-certain evidence offline: a warning,
# not an error. On real-heldback-9 (studied for issue 11) 2 of 18 correct Arabic footnotes were
# errors offline: a headline on the mediation's other brokers, and a mirror's page whose title is
# another story's; no offline error on a correct footnote in a cased script on any part.

# A term found in at least this share of the document's sentences that carry a footnote is the
# document's topic, not evidence that a title and one sentence concern the same event.
TOPIC_SHARE = 0.5
# Offline, the encoder's cosine between the claim and the cited title. At or above
# OFFLINE_CONSISTENT_COSINE the title is taken as consistent with the claim: on the calibrated part
# of fixtures/eval/real no cross-document swap scored above 0.16, while half the correct titles
# scored more (a title is a short, other-worded summary, so the other half score low too).
OFFLINE_CONSISTENT_COSINE = 0.2
# "Wrong footnote" at error severity offline needs near-certainty: a title in the claim's own
# language with at least OFFLINE_ERROR_MIN_TERMS distinctive content terms, none of which (nor
# any other title word) the sentence, its paragraph or the document's title contains, and an
# encoder cosine below OFFLINE_ERROR_MAX_COSINE. Real non-news documents cite short titles that
# share only document-wide words ("Internals: the WAL" in a document on PostgreSQL): with fewer
# terms, or a translated title, the finding is a warning. So it is for a note without a URL: it names
# no source that could be fetched, and a discursive note's emphasised phrase (a German humanities
# paper's RDF example, fixtures/parse-eval/documents/de-nfdi-fussnoten.md [f]) reads as its "title".
OFFLINE_ERROR_MIN_TERMS = 4
OFFLINE_ERROR_MAX_COSINE = 0.12
# …and that title must read as that language by its words (OFFLINE_ERROR_MIN_KNOWN of them in its
# wordfreq list, :func:`_words_known`), nor share a name or figure with any other sentence of the
# document. From the study of real-heldback-6 (issue 11): its one offline error on a correct
# footnote was a German sentence on the Concordia's 32 dead citing "Kapitän Feigling Francesco
# Schettino: Urteil", whose captain the document names two paragraphs away; heldback-4's shared a
# name with another paragraph too, and heldback-3's was an Estonian headline the guesser read as
# German by its ä and ü (0.17 of its words in German's list). Of the titles given an error on the six
# visible parts of fixtures/eval/real*, those in the sentence's language had 0.5–1.0 of their words
# in its list; a Dutch headline guessed English had none. Plain words of other sentences do not
# count: the seed's wrong footnote [iv] ("Aktobe ramps up efforts…") shares "efforts" with one.
# Errors on correct footnotes 4 -> 1 (heldback-2's title shares only common words); two
# cross-document swaps (fixtures/eval/real, heldback-5) are reported as warnings instead of errors.
OFFLINE_ERROR_MIN_KNOWN = 0.5
# Across a language divide the encoder does not bridge, a title of three words or more with
# OFFLINE_MIN_TITLE_ANCHORS names or numbers (instead of ``offline_min_title_terms`` content terms),
# none of which the sentence, its paragraph or the document's title has, is reported as a warning.
# On real-heldback-2 (studied for issue 11) cross-document swaps reported 30 → 39/51 and correct
# footnotes with a warning 19 → 23/120 (on fixtures/eval/real 14/108, unchanged); never an error.
OFFLINE_MIN_TITLE_ANCHORS = 2


def offline_verdict(
    case: FootnoteCase,
    claim: ClaimContext,
    source: SourceProfile,
    weighted: Sequence[WeightedTerm],
    language: str | None,
) -> ClaimVerdict:
    """Judge a claim by the footnote entry alone (offline, or the page is not the source).

    The entry is consistent with the claim (no finding) when it shares a *distinctive* title term
    with the sentence, its paragraph or the document's title — generic words (wordfreq Zipf ≥ 5:
    president, percent), names every text mentions (countries and capitals, Zipf ≥ 3.4) and the
    document's topic terms (in at least half of its cited sentences) do not count — or when the
    entry (title, publisher, URL slug) covers ``claim_offline_min_support`` of the claim's weight,
    or when the sentence encoder puts the title near the claim (``OFFLINE_CONSISTENT_COSINE``).

    Otherwise, a mismatch needs the title to be comparable with the claim (in its language, or in
    a script that transliterates to the claim's) and at least ``offline_min_title_terms`` title
    terms that could have met it (every content word in the same language; names and numbers
    across languages). It is an error only when near-certain (``OFFLINE_ERROR_MIN_TERMS``,
    ``OFFLINE_ERROR_MAX_COSINE``), else a warning. Where even that does not hold there was too
    little to judge: ``unverified-offline`` (info), not a mismatch.
    """
    thresholds = case.config.thresholds
    title = case.footnote.title or ""
    score = score_claim(weighted, source, language=language)
    title_language = guess_language(title) if title else None
    if title and language and title_language != language and reads_as(title, language, title_language):
        # The title is in the sentence's language, which the function-word guesser does not know.
        title_language = language
        source = replace(source, languages=frozenset({language}))
    title_script, claim_script = script_of(title), script_of(claim.citation.claim)
    same_language = bool(title_language and language and title_language == language)
    comparable = same_language or (
        title_script in _TRANSLITERABLE_SCRIPTS and claim_script in _TRANSLITERABLE_SCRIPTS
    )
    title_terms = terms(title, title_language) if title else []
    content = [t for t in title_terms if _content_term(t)]
    # Across languages plain words meet only through the encoder: where it covers both languages
    # every content word could have met the claim, else only names and numbers.
    encoded = semantic.covers(language) and semantic.covers(title_language)
    comparable = comparable or encoded
    matchable = content if same_language or encoded else [t for t in content if t.kind in ("name", "number")]
    if score.support >= thresholds.claim_offline_min_support:
        # Consistent by the entry's words alone: the sentence's surroundings (an index built per
        # paragraph, most of an offline run's time) are not needed to say so.
        return ClaimVerdict(None, score, "title-consistent")
    surroundings = case.document.surroundings(claim.citation.claim, claim.citation.paragraph, language)
    shared = any(  # in order: the sentence's index answers first, the paragraph's only if needed
        not t.common_name
        and surroundings.find(t, loose=True) is not None
        and case.document.topic_share(t) < TOPIC_SHARE
        for t in content
    )
    if shared or _shares_a_phrase(
        title,
        (claim.citation.claim, claim.citation.paragraph),
        case.document,
    ):
        return ClaimVerdict(None, score, "title-consistent")
    # Only the citations that words leave undecided reach the encoder (offline runs stay fast).
    cosine: float | None = None
    if title and encoded:
        best = semantic.best_cosine(claim.citation.claim, [title])
        cosine = None if best is None else best[0]
    score = replace(score, semantic=None if cosine is None else round(cosine, 4))
    if cosine is not None and cosine >= OFFLINE_CONSISTENT_COSINE:
        return ClaimVerdict(None, score, "title-consistent")
    if _on_the_documents_subject(case, content, surroundings):
        return ClaimVerdict("unverified-offline", score, "title-on-the-topic")
    if _names_the_source(case, claim, language):
        return ClaimVerdict("unverified-offline", score, "names-the-source")
    if _cites_a_book(case.footnote):
        return ClaimVerdict("unverified-offline", score, "a-book")
    if not case.footnote.url and not case.footnote.urls:
        # An entry with no address cites a work in print — a book, a chapter, a poem, a law — by a
        # title that names the whole work, not what one page of it states ("Harry Potter and the
        # Half-Blood Prince, Chapter 11" for a sentence on a spell), and there is no page to read
        # either way: too little to say it is the wrong footnote. Data: the visible real documents
        # of the parse eval and the two saved-page sets (153 documents, read offline,
        # 2026-12-06): 19 "title shares nothing" warnings fell on such entries (books of a fan
        # wiki, poems and a survey in a Genders article, a law and a book in a Spanish Wikipedia
        # article), none on an entry the document cites wrongly; the verify eval's entries all
        # carry their address (its findings are unchanged).
        return ClaimVerdict("unverified-offline", score, "no-address")
    # Names and numbers are rarer than words: across a language divide two of them, none of which
    # the sentence, its paragraph or the document's title has, are as much to go on as three words
    # in one language. A title too short to tell its language ("Suez Canal", "WAL Internals") keeps
    # the word bar.
    foreign = (
        not same_language and len([t for t in tokenize(title) if len(t.text) >= 3]) >= READS_AS_MIN_WORDS
    )
    needed = thresholds.offline_min_title_terms
    if foreign and not encoded:
        needed = min(needed, OFFLINE_MIN_TITLE_ANCHORS)
    if comparable and len(matchable) >= needed:
        entry = terms(f"{case.footnote.publisher or ''} {url_slug_words(case.footnote.url)}")
        touches = any(surroundings.find(t, loose=True) is not None for t in [*title_terms, *entry])
        # …nor a name or figure of any other sentence of the document: a title naming what the
        # document names elsewhere (the captain of a shipwreck, two paragraphs away) may be the
        # right source. Words do not count: an off-topic title shares plain ones ("efforts").
        topic = case.document.topic
        touches = touches or (
            topic is not None
            and any(is_anchor(t) and topic.index.find(t, loose=True) is not None for t in content)
        )
        # …nor a distinctive word of another footnote's title: the entries of one document cite
        # pages on its subject, and a title sharing a word with them is on it. On real-heldback-11
        # (studied for issue 11) a German sentence on the debris on the Birch glacier cited a photo
        # page titled "Alpen-Spezialisten für Wiederaufbau von Schweizer Ort" that states it, while
        # another entry was "Bröckelnder Schweizer Berg löst Gletschersturz aus": its offline error
        # and heldback-2's one (a German title sharing a word with another entry) became warnings,
        # and so did 3 of the 141 errors on cross-document swaps of the visible parts (reported all
        # the same); no error on a correct footnote is left on any visible part.
        touches = touches or _shares_entry_words(case, content)
        # …nor any distinctive word of the whole entry (its title as the parser read it may be cut
        # short: a quoted headline read as the title, its subtitle left in the entry), and the
        # sentence is no quotation (see _quotation_sentence).
        touches = (
            touches
            or _entry_touches(case.footnote, title_language, surroundings)
            or _quotation_sentence(claim.citation.claim)
            or _discursive_note(case.footnote.raw)
            or _words(claim.citation.claim) < OFFLINE_ERROR_MIN_CLAIM_WORDS
            or bool(claim.co_cited)
        )
        near_certain = (
            same_language
            and title_script in CASED_SCRIPTS
            and _words_known(title, title_language)
            and case.footnote.url is not None
            and len(matchable) >= OFFLINE_ERROR_MIN_TERMS
            and not touches
            and (cosine is None or cosine < OFFLINE_ERROR_MAX_COSINE)
        )
        return ClaimVerdict(
            "claim-mismatch", score, "title-shares-nothing", severity="error" if near_certain else "warning"
        )
    return ClaimVerdict("unverified-offline", score, "too-little-to-judge")


# A book, by the signs its entry carries: an ISBN, a page locator ("p. 12", "pp. 3–5", "S. 136"),
# or an address where books are read (Google Books, the Internet Archive's and Open Library's
# books, WorldCat).
_BOOK_SIGNS = lazyre.compile(r"\bISBN\b|(?<![\w.])(?:pp?|S|с|стр)\.\s?\d", re.IGNORECASE)
_BOOK_HOSTS = lazyre.compile(
    r"^https?://(?:[\w-]+\.)*(?:books\.google\.[a-z.]+|archive\.org/details|openlibrary\.org|worldcat\.org)",
    re.IGNORECASE,
)


def _cites_a_book(footnote: Footnote) -> bool:
    """Whether an entry cites a book (_BOOK_SIGNS, _BOOK_HOSTS): its title names the whole work —
    "Flora of the Four Corners Region" for a sentence on an apple tree's bark — and shares nothing
    with the one fact a page of it states, so that "title shares nothing" says nothing offline.
    Data: the visible real documents of the parse eval and the two saved-page sets read offline
    (153 documents, 2026-12-06): of 54 "title shares nothing" warnings on entries with an address,
    25 cited books so (Wikipedia's "Apple" article's botany and history books, a
    mathematics textbook, a Chinese encyclopedia's veterinary handbooks); the verify eval's entries
    (news and reference pages) carry no such sign (its findings are unchanged)."""
    raw = footnote.raw or ""
    if _BOOK_SIGNS.search(raw):
        return True
    return any(_BOOK_HOSTS.match(url) for url in [footnote.url or "", *footnote.urls])


def _shares_a_phrase(title: str, texts: Sequence[str], document: DocumentContext) -> bool:
    """Whether two words in a row of ``title``, neither a function word, stand in a row in one of
    ``texts`` (the cited sentence and its paragraph) but not in the document's title (what the whole
    document is about: "Блэкаут в Центральной Азии", which a title from another document on the
    region, "… водной политики Центральной Азии", shares too): "Human Development Report 2018" for
    a sentence on "the 2018 Human Development Index". Each word alone is too common to tell
    (wordfreq Zipf ≥ 5), the pair is the name of a thing; a pair that half the document's cited
    sentences name is its subject and does not count either (TOPIC_SHARE, as for single terms;
    counted once per document: DocumentContext.word_pairs). Data: mozilla/readability's saved
    Wikipedia pages read offline (2026-12-06), where correct citations drew "title shares nothing"
    (113 -> 95 such warnings). On the verify eval's visible parts offline: warnings on correct
    footnotes 351 -> 350 of 3,078, cross-document swaps reported 1,057 of 1,302 before and after
    (matching the document's title too lost one, a title on the region the whole document is
    about)."""
    stop = every_language()
    pairs = {(a, b) for a, b in word_pairs(title) if a not in stop and b not in stop}
    pairs -= set(word_pairs(document.document.title or ""))
    cited = len(document.document.citations)
    if pairs and cited >= 3:
        counts = document.word_pairs()
        pairs = {pair for pair in pairs if counts[pair] < TOPIC_SHARE * cited}
    return bool(pairs) and any(pairs & set(word_pairs(text)) for text in texts)


# A site's name too short or too common to be the sentence naming it ("news.example", "blog.…").
_PLAIN_SITE_LABELS = frozenset(
    {"news", "blog", "blogs", "docs", "home", "info", "media", "press", "online", "web", "www"}
)


def _author_names(footnote: Footnote, language: str | None) -> list[str]:
    """The rare capitalised words of an entry before its title: its authors' names ("Fisk, S. (1978).
    How to guard a museum", "N. Carlini, … The secret sharer: …"); words a language's list knows as
    common (Zipf ≥ COMMON_NAME_ZIPF: "The", "Available", "Report") are none."""
    raw, title = footnote.raw or "", footnote.title or ""
    at = raw.find(title) if title else -1
    if at <= 0:
        return []
    words = re.findall(r"[^\W\d_][^\W\d_'’-]{3,}", raw[:at])
    return [
        w
        for w in words
        if w[:1].isupper() and max(zipf(w.lower(), language), zipf(w.lower(), "en")) < COMMON_NAME_ZIPF
    ]


def _names_the_source(case: FootnoteCase, claim: ClaimContext, language: str | None) -> bool:
    """Whether the citing sentence names the footnote's source: its site's name as the address
    gives it ("Human rights assessments: Human Rights Watch, Bianet, ECHR records" citing a
    bianet.org page on pensions), the entry's publisher, or an author the entry names before its
    title ("Fisk points out that …" citing "How to guard a museum" by Fisk), written as a name. A sentence
    that says where its fact comes from, and a footnote from there, is no footnote pasted from
    elsewhere that the entry alone could show: it is left unverified offline (with the page, the
    page decides). The one offline error on a correct footnote of the parse eval's 751 real
    documents (heldback-22's deep-research report) was this; on the verify eval's visible parts it
    changed no verdict of a swapped footnote (2026-12-06)."""
    sentence = claim.citation.claim
    names = [label for label in host_labels(case.footnote.url or "")[1] if len(label) >= 3]
    names = [label for label in names if label not in _PLAIN_SITE_LABELS]
    if case.footnote.publisher and len(case.footnote.publisher) >= 3:
        names.append(case.footnote.publisher)
    names += _author_names(case.footnote, language)
    for name in names:
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, re.IGNORECASE):
            if found.group()[:1].isupper():
                return True
    return False


def _on_the_documents_subject(
    case: FootnoteCase, content: Sequence[Term], surroundings: Surroundings
) -> bool:
    """Whether the cited title names what the whole document is about (a name in at least
    ``TOPIC_SHARE`` of its cited sentences) that the citing sentence, its paragraph or the
    document's title names too (judged offline, after the words and the encoder found no agreement).

    Such a name cannot count as agreement — every entry of the document may carry it — but offline
    it is no sign of a wrong footnote either: the entry is on the document's subject, and so would
    be a footnote pasted from another place in the same document, which the entry alone cannot tell
    apart. That is too little to judge (``unverified-offline``, reason "title-on-the-topic"), not
    "likely the wrong footnote". Measured on every part of fixtures/eval/real* (1,671 correct pairs;
    parts 12 and 13 were held back, and were not looked at beyond their headline figures): correct
    footnotes with an offline claim finding 281 → 199 (heldback-9: 19 → 8/110, e.g. "Grand Ethiopian
    Renaissance Dam: Powering Progress Amid Controversy" for a sentence on the dam in "The GERD comes
    online"; heldback-12 31 → 25/187, heldback-13 21 → 18/127), none turned into an error; cross-
    document swaps reported offline 43 → 41/54 on heldback-10 (a sentence on Azerbaijan's election given
    a title on the AZAL crash, and one on Sweden's NATO entry given the Uzbek election's) and
    10 → 9/14 on pairs.jsonl (analyses on the same countries), unchanged on every other part.
    """
    return any(
        case.document.topic_share(t) >= TOPIC_SHARE and surroundings.find(t, loose=True) is not None
        for t in content
        if t.kind == "name"
    )


# Offline, the two things besides the parsed title an entry and its sentence hold that keep "wrong
# footnote" from near-certainty (an error): found on real pages written elsewhere, two reports of a
# Russian NGO in the parse eval's saved pages (fixtures/parse-eval-pages, ovdinfo-*; 2026-12-07,
# benchmarks/offline_sweep.py): a sentence citing Meduza's "«Должна быть закрыта, уничтожена, стерта
# навсегда» Как основателя проекта «Дети-404» наказали за «гей-пропаганду»", whose subtitle names
# the project the paragraph is about but whose title the parser read as the quoted headline alone; and
# the last sentence of a defendant's quoted account ("… но и по существу».") citing her interview,
# "Ирина Левонтина: Одна тысяча вместо десяти" — a quotation's words are the speaker's, and the
# headline of the interview they come from need share none of them. Both stay warnings.
_QUOTE_OPENERS = '«“„"‘「『‹'
_QUOTE_CLOSERS = '»”“"’」』›'
_ENTRY_URLS = lazyre.compile(r"(?:https?://|www\.)\S+")


# …nor a note that points the reader on or thanks someone ("See “A tale of two measures: degrees and
# radians”." under a sentence on π, a blog's pointer to its own earlier post; "Thanks to Daniel
# Kokotajlo for highlighting some of these dynamics to me years ago. See also his review …", an
# essay's acknowledgement): such a note does not claim to state the sentence. Nor a "sentence" of
# fewer than OFFLINE_ERROR_MIN_CLAIM_WORDS words: a journal page's affiliation superscript read as a
# marker gave the author line "Sun Nyunt Wai," as the cited sentence. The three, and the two above,
# were the offline errors of the visible saved pages and documents (benchmarks/offline_sweep.py,
# 1,382 documents, 2026-12-07): 7 -> 1, with "See Lewis-Beck and Tien (2008), Eggers, …" (a README's
# pointer to the literature); the one left is a pun headline that shares nothing with the correct
# sentence it cites ("Puff the Magic Preservative: Lasting Crunch, but Less Scent" for apples sprayed
# with 1-methylcyclopropene). Nothing else of the sweep moved.
# …nor a sentence that cites other footnotes too ("… validated with complementary tools (`pytest-cov`,
# `mutmut`) [1], [2], [3]."; ``ClaimContext.co_cited``): sources cited together support the sentence
# between them, one as background (a library's documentation, a textbook) or for one of its parts,
# and the one whose title shares no word with it is no near-certain wrong footnote. Found by the
# offline check of real documents (tests/test_real_documents.py, session 42): a Romanian course
# report's group "[1], [2], [3]" gave its correct [1], "Google Gen AI SDK for Python", the only error.
# A warning still.
_DISCURSIVE_NOTE = lazyre.compile(
    r"[\s\[\]()^*\d.:]*(?:see(?:\s+also)?|cf|cfr|compare|thanks|thank\s+you|(?:i|we)\s+(?:thank|am\s+grateful|are\s+grateful)"
    r"|vgl|siehe|voir|véase|vease|vedi|veja|zob|por|bkz|bakınız|см|ср)\b",
    re.IGNORECASE,
)
OFFLINE_ERROR_MIN_CLAIM_WORDS = 4


def _discursive_note(raw: str | None) -> bool:
    """Whether a note opens by pointing the reader on ("See", "Cf.", "Vgl.", "См.") or by thanking."""
    return raw is not None and _DISCURSIVE_NOTE.match(raw) is not None


def _words(text: str) -> int:
    return sum(any(ch.isalpha() for ch in word) for word in text.split())


def _quotation_sentence(claim: str) -> bool:
    """Whether the cited sentence is (the end of) someone's quoted words: it opens with a quotation
    mark, or ends with one (before its stop and marker), as a quotation of several sentences ends."""
    text = claim.strip()
    if not text:
        return False
    if text[0] in _QUOTE_OPENERS:
        return True
    tail = text.rstrip(" .!?…;:,)]0123456789*†‡")
    return bool(tail) and tail[-1] in _QUOTE_CLOSERS


def _entry_touches(footnote: Footnote, language: str | None, surroundings: Surroundings) -> bool:
    """Whether a distinctive word of the whole entry (its raw text without addresses: subtitle,
    author, series, publisher) stands in the sentence, its paragraph or the document's title."""
    raw = _ENTRY_URLS.sub(" ", footnote.raw or "")
    if not raw.strip():
        return False
    return any(
        _content_term(t) and not t.common_name and surroundings.find(t, loose=True) is not None
        for t in terms(raw, language)
    )


def _shares_entry_words(case: FootnoteCase, content: Sequence[Term]) -> bool:
    """Whether a content term of the cited title (no generic word, no small number) is in the title
    of another footnote of the document (see ``offline_verdict``)."""
    titles = [
        (fn.title, None)
        for fn in case.document.document.footnotes
        if fn.title and fn.label != case.footnote.label and fn.kind != "inline"
    ]
    if not titles or not content:
        return False
    index = TermIndex.build(titles, passages=False)
    return any(index.find(t, loose=True) is not None for t in content)


def _words_known(title: str, language: str | None) -> bool:
    """Whether at least ``OFFLINE_ERROR_MIN_KNOWN`` of the title's words (of three letters or more)
    are in ``language``'s word list, where it has one: the language guesser reads Latin letters by
    function words and a few letters, and an Estonian headline's ä and ü made it German."""
    words = [fold_case(t.text) for t in tokenize(title) if not t.text[0].isdigit() and len(t.text) >= 3]
    share = known_share(words, language)
    return share is None or share >= OFFLINE_ERROR_MIN_KNOWN


def _content_term(term: Term) -> bool:
    if term.generic or term.kind == "year":
        return False
    return not term.small_number


def check_claims(case: FootnoteCase) -> list[Finding]:
    """``claim-mismatch`` (or ``unverified-offline``) per citation of the footnote."""
    findings: list[Finding] = []
    for claim in case.citations:
        verdict = case.document.judge.get((case.footnote.label, claim.index))
        if verdict is not None:
            finding = _judge_finding(case, claim, verdict, judge_citation(case, claim))
            if finding is not None:
                findings.append(finding)
            continue
        outcome = judge_citation(case, claim)
        finding = _finding(case, claim, outcome)
        if finding is not None:
            error = case.document.judge_errors.get((case.footnote.label, claim.index))
            if error:
                finding.evidence["judge_error"] = error
            findings.append(finding)
    return findings


def _finding(case: FootnoteCase, claim: ClaimContext, outcome: ClaimVerdict) -> Finding | None:
    if outcome.code is None:
        return None
    fn = case.footnote
    citation = claim.citation
    thresholds = case.config.thresholds
    score = outcome.score
    evidence: dict[str, object] = score.evidence()
    evidence["source_title"] = case.page.title if case.page is not None and case.page.title else fn.title
    evidence["reason"] = outcome.reason
    what = f"[{fn.label}] “{fn.title}”" if fn.title else f"[{fn.label}]"
    if outcome.code == "unverified-offline":
        evidence["threshold"] = thresholds.claim_offline_min_support
        if outcome.reason == "a-book":
            message = (
                f"{what} cites a book, whose title names the whole work, not what one page of it states: "
                f"its sentence could not be checked without the page (support {score.support:.2f})."
            )
        elif outcome.reason == "no-address":
            message = (
                f"{what} gives no address, so its sentence could not be checked against the source: the "
                f"title names a whole work, not what it states (support {score.support:.2f})."
            )
        else:
            message = (
                f"{what} could not be checked against its sentence without the page: the cited title "
                f"gives too little to judge (support {score.support:.2f})."
            )
    elif outcome.reason == "title-shares-nothing":
        evidence["threshold"] = thresholds.claim_offline_min_support
        message = (
            f"{what} shares no distinctive word with the sentence that cites it, its paragraph or the "
            "document's title (judged by the footnote entry, without the page): likely the wrong footnote."
        )
    elif outcome.reason == "footnotes-exchanged" and outcome.rival is not None:
        # No "threshold": the combined support may be high (the page is on the same event); the
        # evidence is the comparison of word fits the message states.
        evidence["better_footnote"] = {"label": outcome.rival[0], "support": round(outcome.rival[1], 3)}
        if outcome.facts_elsewhere:
            evidence["found_only_in_better_footnote"] = list(outcome.facts_elsewhere)
        facts = ", ".join(outcome.facts_elsewhere[:5])
        why = []
        if outcome.rival[1] > score.support:
            why.append(f"support {outcome.rival[1]:.2f} against {score.support:.2f}")
        if facts:
            why.append(f"its {facts} {'is' if len(outcome.facts_elsewhere) == 1 else 'are'} only there")
        because = f" ({'; '.join(why)})" if why else ""
        message = (
            f"The source of footnote [{outcome.rival[0]}] fits this sentence better than {what} does"
            f"{because}, and the sentence citing [{outcome.rival[0]}] fits this footnote's source better "
            "than its own: the two footnotes look exchanged."
        )
    elif outcome.reason == "figures-elsewhere" and outcome.rival is not None:
        evidence["better_footnote"] = {"label": outcome.rival[0], "support": round(outcome.rival[1], 3)}
        evidence["found_only_in_better_footnote"] = list(outcome.facts_elsewhere)
        figures = ", ".join(outcome.facts_elsewhere[:5])
        message = (
            f"The source of {what} gives none of this sentence's figures ({figures}), while the source "
            f"of footnote [{outcome.rival[0]}] gives all of them: the footnotes may be swapped."
        )
    elif outcome.reason == "page-off-the-subject":
        evidence["threshold"] = thresholds.claim_min_support
        message = (
            f"The source of {what} is in a language that cannot be compared with the sentence by meaning, "
            "and it names nothing the sentence or any other footnote's source names, while its entry shares "
            "nothing with the sentence: likely a footnote from another text."
        )
    elif outcome.reason == "other-footnote-fits" and outcome.rival is not None:
        evidence["threshold"] = thresholds.claim_swap_max_support
        evidence["better_footnote"] = {"label": outcome.rival[0], "support": round(outcome.rival[1], 3)}
        message = (
            f"The source of {what} supports this sentence weakly (support {score.support:.2f}), while the "
            f"source of footnote [{outcome.rival[0]}] fits it much better ({outcome.rival[1]:.2f}): "
            + (
                "the footnotes may be swapped."
                if outcome.hedge is None
                else f"check which source the sentence rests on ({_HEDGES[outcome.hedge]})."
            )
        )
    else:
        evidence["threshold"] = thresholds.claim_min_support
        if outcome.rival is not None:
            evidence["better_footnote"] = {"label": outcome.rival[0], "support": round(outcome.rival[1], 3)}
        message = (
            f"The source of {what} does not appear to support the sentence that cites it "
            f"(support {score.support:.2f} < {thresholds.claim_min_support:.2f}): "
            + (
                "likely the wrong footnote."
                if outcome.hedge is None
                else f"check that it states the sentence ({_HEDGES[outcome.hedge]})."
            )
        )
    if outcome.hedge is not None:
        evidence["hedged"] = outcome.hedge
    return make_finding(
        outcome.code,
        message,
        label=fn.label,
        line=citation.line,
        column=citation.column,
        evidence=evidence,
        severity=outcome.severity,
    )


def _judge_finding(
    case: FootnoteCase, claim: ClaimContext, verdict: JudgeVerdict, default: ClaimVerdict
) -> Finding | None:
    """The judge's answer as a finding: it overrides the default scorer, whose score stays in the evidence."""
    if verdict.verdict == "supports":
        return None
    fn = case.footnote
    what = f"[{fn.label}] “{fn.title}”" if fn.title else f"[{fn.label}]"
    if verdict.verdict == "contradicts":
        message = f"The source of {what} contradicts the sentence that cites it, according to the judge model: {verdict.reason}"
    else:
        message = f"The source of {what} does not address the sentence that cites it, according to the judge model: {verdict.reason}"
    evidence: dict[str, object] = {
        "judge": {
            "verdict": verdict.verdict,
            "confidence": verdict.confidence,
            "reason": verdict.reason,
            "model": verdict.model,
            "cached": verdict.cached,
        },
        "default_scorer": default.score.evidence(),
        "source_title": case.page.title if case.page is not None and case.page.title else fn.title,
    }
    return make_finding(
        "claim-mismatch",
        message,
        label=fn.label,
        line=claim.citation.line,
        column=claim.citation.column,
        evidence=evidence,
    )
