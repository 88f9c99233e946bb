"""Where things are in a document: the title and dateline at the top, page furniture ("Share",
"This post is also available in:", "Similar Posts"), and the footnote section at the end.

README sweep (branch p10-readme-sweep, 195 public READMEs and docs pages): numbered lists read as
notes, 13 ``orphan-footnote`` warnings, are judged by an item's own text (:func:`_own_text`), as the
whole list a run ends, and under a heading of remarks (:func:`_uncited_plain_list`); see the comment
above :func:`_own_text`.

Sixth Word set (branch s37-docx6, tests/parse/test_s37_docx6_families.py): emphasis over a whole
reference (a year and three fields at least) marks no field (:func:`_em_whole_reference`: an
Italian thesis' bibliography set in italics from end to end, 3 of 13 titles); no threshold beyond
that count of fields, which a title alone in italics (a dated act's name, hb22) does not reach.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from citecheck import lazyre
from citecheck.parse.blocks import ACCESS_CELL, Anchor, Block, Locator, ParagraphLocator, SpanLocator
from citecheck.parse.bold_leads import author_lead_before_dash_title
from citecheck.parse.claims import sentence_spans
from citecheck.parse.csl_terms import NOTE_WORDS, REFERENCE_WORDS
from citecheck.parse.dates import ACCESS_LABEL, find_dates
from citecheck.parse.markers import (
    SUPERSCRIPTS,
    TEXT_MARKER,
    EntryStart,
    label_key,
    label_ordinal,
    match_entry_start,
)
from citecheck.parse.page_foot_notes import italic_runs, joined_wrapped_paths, page_foot_notes
from citecheck.parse.spaced_urls import unspaced_heading
from citecheck.parse.styles import Mark
from citecheck.parse.urls import URL_PATTERN, find_urls, has_url, unwrap_urls

_T = TypeVar("_T")

# The names of a notes or sources section, a verbose pattern's alternation (also read by
# run_together_notes.py, whose heading runs on into its first entry).
NOTES_HEADING_NAMES = r"""
        (?:foot|end)?notes?|references?|sources?|bibliography|works\s+cited|citations?
      | kaynaklar|kaynakça|dipnotlar|notlar|son\s?notlar
      | примечания|сноски|источники|литература|список\s+(?:литературы|источников)
      | anmerkungen|fu(?:ß|ss)noten|endnoten|quellen|einzelnachweise|literatur(?:verzeichnis)?
      | références|bibliographie|notas|referencias|fuentes|bibliografía
      # "Works cited" as research assistants localize it, standing alone on a plain line over the
      # numbered sources of a report saved as text (Turkish "Alıntılanan çalışmalar", Spanish "Obras
      # citadas": fixtures/parse-eval tr-deepresearch-text-dotnet-alintilanan.txt and
      # es-deepresearch-pdftext-webdesign-obras-citadas.txt, branch p12-hunt, read as no list at all).
      | alıntılanan\s+çalışmalar|obras\s+citadas
      # The same heading in Indonesian, "Karya yang dikutip" over unnumbered "Title - Site, URL" lines with
      # no blank line between them (p13-hunt3's id-deepresearch-karya-plain-karsasec.md: every entry read
      # as a bare link, no title); and the word processors' "Works Cited" in German, French and Italian
      # ("Zitierte Werke", "Ouvrages cités", "Opere citate": the headings public bibliography tools and
      # theses write for it, found by p13-hunt3's find_string hunt).
      | karya\s+yang\s+dikutip|zitierte\s+werke|ouvrages\s+cités|opere\s+citate
      # The credits of a page's images, each item the image's page ("Image credits", heldback-15's
      # developer portal: "### By Author, CC BY 4.0" over "* [Globe icon](…/File:Globe.svg)").
      # Or their attribution ("# Photo attribution" over "## CC-BY" and "## Public Domain or CC-0",
      # heldback-16's conference talk, ten images).
      | (?:image|photo|picture|illustration)s?\s+(?:credits|attributions?)|bildnachweis(?:e)?
      | crédits\s+(?:photos?|images?)
"""
NOTES_HEADING = lazyre.compile(
    r"(?:\#+\s*)?(?:" + NOTES_HEADING_NAMES + r")\s*:?",
    re.IGNORECASE | re.VERBOSE,
)
# Words that name a notes or sources section, in the languages of the parse eval and their
# neighbours. A heading is a notes heading when one of these is among its first words.
_NOTES_WORDS = frozenset(
    [
        "referencing",
        # A list of the laws and other legal texts a thesis or memo cites, each linked to its
        # official text ("Normative citate", "Riferimenti normativi", "Legislação consultada",
        # "Table of legislation"): its items are cited like sources.
        "normative",
        "normativa",
        "normativi",
        "legislation",
        "legislação",
        "legislación",
        "legislazione",
        "rechtsquellen",
        # A list of the resources a text draws on ("Works cited & resources", "Ressources
        # pédagogiques"): its items are cited like sources.
        "resources",
        "ressources",
        # German "Ressourcen" ("# Nützliche Ressourcen" over a project note's four linked sources, two
        # with "(Zugriff am …)": heldback-p34hunt5, studied on branch s39-hb34).
        "ressourcen",
        "recursos",
        "risorse",
        "note",
        "notes",
        "footnote",
        "footnotes",
        "endnote",
        "endnotes",
        "reference",
        "references",
        "sources",
        "source",
        "bibliography",
        "citations",
        "cited",
        "literature",
        "kaynaklar",
        "kaynakça",
        "kaynakca",
        "dipnotlar",
        "notlar",
        "sonnotlar",
        "referanslar",
        "примечания",
        "сноски",
        "источники",
        "источников",
        "литература",
        "литературы",
        # "Библиография" (Russian, Bulgarian) and Ukrainian "Бібліографія" over a lab report's GOST list
        # ("# Библиография" over "2. Chmod. [Электронный ресурс]. … URL: […](…) (Дата обращения: …)":
        # s34-hunt5's ru-bibliografiya-gost-url-link-text-other-data-obrashcheniya-chmod.md, its list not
        # found, the link read as a bare one), as "Bibliography" / "Bibliografia" head one elsewhere.
        "библиография",
        "бібліографія",
        "ссылки",
        # Serbian and Macedonian ("Референце", Serbian Wikipedia's heading; "Литература", "Извори"):
        # heldback-23's Serbian OpenStreetMap wiki page ("## референце" over five links).
        "референце",
        "извори",
        "izvori",
        "посилань",
        "посилання",
        "джерел",
        "літератури",
        "література",
        "примітки",
        "виноски",
        "anmerkungen",
        "fußnoten",
        "fussnoten",
        "endnoten",
        "quellen",
        "quellenverzeichnis",
        # "Quellenangabe(n)" (statement of sources): heldback-19's German course page ("Quellenangabe:"
        # over seven "[01] - Author: Title. Online-Artikel, …" entries).
        "quellenangabe",
        "quellenangaben",
        "einzelnachweise",
        "literatur",
        "literaturverzeichnis",
        "literaturhinweise",
        "nachweise",
        "belege",
        # "Referenzen", the German loan of "References" (heldback-23's German APA report on foam-dart
        # blasters, "## Referenzen" over 29 entries; German Wikipedia's and many German theses' heading).
        "referenzen",
        "références",
        "référence",
        "bibliographie",
        "sources",
        "notes",
        "notas",
        "referencias",
        "fuentes",
        "bibliografía",
        "bibliografia",
        "referências",
        # The singular as a plain line heads a list too ("Referência Bibliográfica": heldback-11's
        # Portuguese course text), as French "référence" does.
        "referência",
        "fontes",
        "note",
        "bibliografia",
        "riferimenti",
        "fonti",
        "przypisy",
        "bibliografia",
        "źródła",
        "literatura",
        # Czech and Slovak ("citace", "Použité zdroje", "Seznam literatury", "Bibliografie").
        "citace",
        "citací",
        "bibliografických",
        "odkazů",
        "citácie",
        "zdroje",
        "zdrojů",
        "literatury",
        "bibliografie",
        "bronnen",
        "bronvermelding",
        "literatuurlijst",
        "referenties",
        "voetnoten",
        "referensi",
        # Its common misspelling "Refrensi" heads Indonesian student READMEs' source lists (find_string
        # "## Refrensi": eight of ten hits over references; s34-hunt4's rain-prediction report, its four
        # author-year entries read as one bare link).
        "refrensi",
        "pustaka",
        "rujukan",
        # Indonesian and Malay "Sumber" (source, sources: "**Sumber:**" over bare addresses,
        # heldback-26's Indonesian note on a welfare-data app; "Sumber Rujukan", "Sumber Data").
        "sumber",
        # The "Works cited" heading of a research assistant's report exported through a word
        # processor, in the processor's language: "Obras citadas" (es, pt), "Geciteerd werk" (nl),
        # "引用文献" (ja). Data: es-deepresearch-scraping-/-licitaciones-obras-citadas-pdf-wrapped,
        # nl-deepresearch-api-sports-geciteerd-werk-geopend, ja-deepresearch-ai-benchmarks-inyou-
        # unnumbered (its unnumbered entries were read as inline links without the heading).
        "citadas",
        "geciteerd",
        # Indonesian "cited" ("## 23 Karya yang dikutip", a research assistant's Indonesian report: the
        # marked heading's words after its number).
        "dikutip",
        "引用文献",
        "参考文献",
        "参考资料",
        "参考",
        "脚注",
        "出典",
        "注释",
        # Korean ("참고문헌", "참고 자료", "각주", "출처").
        "참고문헌",
        "참고자료",
        "참고",
        "각주",
        "출처",
        "เอกสารอ้างอิง",
        "อ้างอิง",
        # Arabic ("المراجع", "مراجع تنفيذ …", "المصادر", "الهوامش"), Persian ("منابع", "پانویس"),
        # Kazakh ("Пайдаланылған әдебиеттер", "Дереккөздер"), Turkish's singular "Kaynak"
        # ("OzelAPP Kaynak Ledgeri": a ledger of sources): heldback-9's lists in these languages.
        "مراجع",
        "المراجع",
        "مصادر",
        "المصادر",
        "الهوامش",
        "هوامش",
        # "الحواشي" (the notes: plural of حاشية, a note in the margin), as Arabic translations head
        # their notes ("### الحواشي/الروابط" over a README translation's sources, "#### الحواشي" in an
        # Arabic Open Data Structures; branch s39-hunt11).
        "الحواشي",
        "حواشي",
        "منابع",
        "پانویس",
        "پانوشت",
        "ارجاعات",
        "әдебиеттер",
        "әдебиет",
        "дереккөздер",
        "сілтемелер",
        "kaynak",
        # Uzbek ("Manbalar", "Foydalanilgan adabiyotlar", "Havolalar"; Cyrillic "Манбалар",
        # "Адабиётлар") and Armenian ("Օգտագործված աղբյուրներ", "Գրականություն", "Հղումներ",
        # "Ծանոթագրություններ"): heldback-16's Uzbek analysis ("## Manbalar") and Armenian page
        # ("Օգտագործված աղբյուրներ", sources used), the first lists in these languages.
        "manbalar",
        "manba",
        "adabiyotlar",
        "havolalar",
        "манбалар",
        "адабиётлар",
        "աղբյուրներ",
        "աղբյուրները",
        "գրականություն",
        "հղումներ",
        "ծանոթագրություններ",
        # Azerbaijani ("İstinadlar", "Mənbələr", "Ədəbiyyat"): heldback-10's table of sources.
        "istinadlar",
        "mənbələr",
        "ədəbiyyat",
        # And "Qaynaqlar" (sources), set in bold over "Name: URL" lists in an Azerbaijani study guide
        # (hb29-az-link-list-frontend-arasdirma-qaynaqlar.md): read by its bold in Markdown and HTML, by
        # nothing once the page is pasted as text and the bold is gone (benchmarks/parse_pasted.py).
        "qaynaqlar",
        # Georgian ("წყაროები", sources; "ლიტერატურა", literature; "შენიშვნები", notes;
        # "სქოლიოები", footnotes; "ბმულები", links): heldback-19's Georgian plan ("## 11. წყაროები",
        # twelve "Title: URL" items), the first list in this script.
        "წყაროები",
        "წყარო",
        "ლიტერატურა",
        "შენიშვნები",
        "სქოლიოები",
        "ბმულები",
        # A list of the web sites a text draws on, named after "bibliografia" ("Sitografia" in
        # Italian school and university work, "Webgrafía", "Webographie"): heldback-9's JSX page.
        "sitografia",
        "webgrafia",
        "webgrafía",
        "webografia",
        "webographie",
        "sitographie",
        # The same list named after the net, as Polish school work names it ("6.Netografia" after
        # "5.Bibliografia": heldback-17's Polish project report, seven bare addresses).
        "netografia",
        "netografía",
        # Hungarian ("Források", sources; "Forrás"; "Hivatkozások", references; "Irodalom",
        # "Irodalomjegyzék", literature; "Jegyzetek", "Lábjegyzetek",
        # notes, footnotes; "Bibliográfia"): heldback-28's Hungarian audit ("## 5. Források" over
        # eight "Publisher, *Title*: URL (hozzáférés: …)" items), the first list in this language.
        "források",
        "forrás",
        "forrásjegyzék",
        "hivatkozások",
        "irodalom",
        "irodalomjegyzék",
        "jegyzetek",
        "lábjegyzetek",
        "bibliográfia",
        # Chinese "来源" (source, sources: "来源链接", source links; "资料来源", "參考來源"),
        # "出处" (provenance): heldback-28's Chinese research note ("## 14. 来源链接" over six
        # "Site 页面：URL" items). The CJK prefix rule below reads "来源链接" by its first word.
        "来源",
        "來源",
        "资料来源",
        "資料來源",
        "出处",
        "出處",
        "參考",
        # Swedish, Norwegian and Danish ("Källor", "Källförteckning", "Litteraturförteckning",
        # "Referenslista"; "Kilder", "Kildeliste", "Litteraturliste") and Finnish ("Lähteet",
        # "Lähdeluettelo"); the CSL locales below give only "Referenser", "Referanser", "Referencer":
        # heldback-33's Swedish design note ("## Källförteckning" over twelve "[Site — Title](URL)"
        # bullets, none read before). The words the generic reader already takes for sources
        # (generic.py's _SOURCE_WORDS).
        "källor",
        "källförteckning",
        "litteraturförteckning",
        "referenslista",
        "kilder",
        "kildeliste",
        "litteraturliste",
        "lähteet",
        "lähdeluettelo",
        # Romanian "Surse" (sources: "Surse consultate", "Surse bibliografice", "Surse web"), the word
        # the CSL locale lacks (it gives "Referințe", "Bibliografie"): p36hunt8's Romanian budget
        # verification report ("## 5. Surse consultate" over "### 5.1 …" groups of "Label: URL" bullets,
        # none read: the groups' headings ended the list before it began).
        "surse",
        "sursele",
        # Romanian "Referinţe" typed with the cedilla t (U+0163) of the legacy Romanian keyboard, the
        # CSL locale having only the comma-below "Referințe" (s38-hunt10's Romanian Java QA analysis,
        # "## 9. Referinţe"; find_string "Referinţe" heads Romanian theses' lists too).
        "referinţe",
        "referinţă",
        # Greek ("Πηγές", sources; "Βιβλιογραφία"; "Αναφορές", references), Hebrew ("מקורות", sources;
        # "ביבליוגרפיה") and Hindi ("संदर्भ", references; "स्रोत", sources), casefolded as heading_words
        # gives them (the Greek final sigma becomes "σ"): the CSL locales give only "Σημειώσεις",
        # "Παραπομπές", "הערות", "הפניות". s38-hunt10's Greek security blog ("## Πηγές" over five
        # links, read as the page's loose links with the one in its body first), and find_string
        # "## Πηγές", "## מקורות", "## ביבליוגרפיה", "## संदर्भ": ten hits each over source lists.
        "πηγέσ",
        "πηγή",
        "βιβλιογραφία",
        "αναφορέσ",
        "מקורות",
        "ביבליוגרפיה",
        "संदर्भ",
        "स्रोत",
        # Thai "บรรณานุกรม" (bibliography); the compounds ending in "อ้างอิง" are read by _THAI_NOTES.
        "บรรณานุกรม",
        # Thai "แหล่งที่มา" (sources: the word Thai writers head a list of sources with, as "Sources"):
        # heldback-p40hunt12's Thai string-concatenation README (spent on branch s40-hb3), "## 🧿 แหล่งที่มา"
        # over ten APA entries, none found. Guard: "ที่มา" alone (origin, "ที่มาและความสำคัญ": a project's
        # background and significance, a section of prose) is no notes word.
        "แหล่งที่มา",
    ]
)
# And the CSL locales' words for "references" in 40 languages (citecheck/parse/csl_terms.py).
_NOTES_WORDS = _NOTES_WORDS | REFERENCE_WORDS | NOTE_WORDS
# A reading list's heading ("Further Reading / Watching", "Suggested readings", "Lectures
# complémentaires", "Weiterführende Links"): its items are works cited like sources.
_READING = lazyre.compile(
    r"(?:further|additional|suggested|recommended)\s+(?:reading|readings|watching|links)\b|reading\s+list\b"
    r"|lectures?\s+(?:complémentaires|recommandées|conseillées)\b|weiterführende\s+(?:links|lektüre)\b"
    r"|lecturas?\s+(?:recomendadas|adicionales|complementarias)\b|ulteriori\s+letture\b|leituras?\s+(?:recomendadas|complementares)\b"
    # The papers a project rests on or produced ("Related Research", "Selected publications"): a
    # list of references (heldback-10's R Shiny 'About' text, before its "Supporting References").
    r"|(?:related|selected|key)\s+(?:research|publications|papers)$"
    # The same list as a project's or a scholar's page names it ("Related work", "Published works",
    # "Prior work"): heldback-18's research README ("## Related work", nine linked papers) and a
    # scholar's bibliography ("# Published works" over one heading a year). The whole heading, so
    # "Related work on the parser" heads no list.
    r"|(?:related|prior|published|selected)\s+works?$"
    # The material a tutorial or project README points its readers to ("Materials", "Useful
    # Materials", "Study materials": links, one a line or an item): heldback-11's Java README and a
    # CUDA tutorial. The whole heading, so "Materials and Methods" heads no list.
    r"|(?:(?:useful|additional|further|study|learning|reference|recommended|suggested)\s+)?materials$"
)
# A reading list's heading naming its subject after a preposition, up to ten words in all.
_READING_ON = lazyre.compile(
    r"(?:further|additional|suggested|recommended)\s+(?:reading|readings)\s+(?:on|about|for|in)\s+\w"
)
_READING_ON_WORDS = 10
_HEADING_NOISE = lazyre.compile(r"\[[^\]]*\]\([^)]*\)|[\\*_#`>\[\]{}|]|<[^>]+>")
_HEADING_NUMBER = lazyre.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[ivxlc]{1,6}\.)\s*", re.IGNORECASE)
_EDIT_LINKS = lazyre.compile(
    r"\s*(?:\\?\[\s*\[?(?:edit|modifica|edytuj|modifier|bearbeiten|editar|править|düzenle)\b.*|\(\s*\w[^)]*\))\s*$",
    re.IGNORECASE,
)
# A word of a heading: letters with the combining marks written on them. Thai and the Indic scripts
# write vowels and tone marks as combining marks (categories Mn, Mc) inside their words, which Python's
# "\w" does not match, so "[^\W\d_]+" cut "เอกสารอ้างอิง" (reference documents) into "เอกสารอ", "างอ",
# "ง" and "संदर्भ" (references) into "स", "दर", "भ": no word of the lists could match a heading in these
# scripts (s38-hunt10's Thai README "# แหล่งอ้างอิง" and Hindi page "### संदर्भ लिंक", both read
# without their heading). Arabic and Hebrew vowel points and Greek accents are marks too: a word is
# matched with them, then without them (_bare).
_LETTER = lazyre.compile(r"[^\W\d_]")


def _words_with_marks(text: str) -> list[str]:
    """The runs of letters in ``text``, each with the combining marks after its letters."""
    words: list[str] = []
    start = -1
    for at, char in enumerate(text):
        if char.isalpha() or (start != -1 and unicodedata.category(char)[0] == "M"):
            if start == -1:
                start = at
        elif start != -1:
            words.append(text[start:at])
            start = -1
    if start != -1:
        words.append(text[start:])
    return words


CHROME = lazyre.compile(
    r"""(?:
        paylaş|share|share\s+(?:this|on|via)\b.{0,40}|tweet|print|yazdır|поделиться|teilen|partager|compartir
      | this\s+(?:post|article|page)\s+is\s+also\s+available\s+in\b.*
      | bu\s+(?:yazı|içerik|makale)\b.{0,60}\b(?:dillerde|dilde)\b.*
      | (?:эта\s+запись|этот\s+пост|эта\s+статья|этот\s+материал)\s+также\s+доступ.*
      | dieser\s+(?:beitrag|artikel)\s+ist\s+auch\s+(?:auf|in)\b.*
      | (?:cet\s+article|ce\s+post|cette\s+publication)\s+est\s+(?:aussi|également)\s+disponible.*
      | esta\s+(?:entrada|publicación)\s+también\s+está\s+disponible.*
      | similar\s+posts|related\s+(?:posts|articles|content)|you\s+may\s+also\s+like|read\s+more
      | benzer\s+yazılar|ilgili\s+yazılar|похожие\s+(?:записи|статьи)|читайте\s+также
      | ähnliche\s+beiträge|articles\s+similaires|entradas\s+relacionadas
      | leave\s+a\s+(?:comment|reply)|(?:tags?|categor(?:y|ies)|etiketler|kategoriler)\s*:.*
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_CATEGORY = lazyre.compile(
    r"(?:analysis|commentary|opinion|report|news|policy\s+brief|brief|article|column|"
    r"analiz|yorum|görüş|rapor|haber|makale|аналитика|анализ|комментарий|мнение|статья|"
    r"analyse|kommentar|meinung|commentaire|tribune|análisis|opinión|artículo)",
    re.IGNORECASE,
)
_DATELINE_LABEL = lazyre.compile(
    r"(?:published|posted|updated|date|yayın\s+tarihi|tarih|yayınlanma|опубликовано|дата|"
    r"veröffentlicht|publié\s+le|publicado)\s*(?:on|:)?\s*",
    re.IGNORECASE,
)
_BIBLIOGRAPHIC = lazyre.compile(r"[“”«»„\"]|(?<!\d)(?:19|20)\d{2}(?!\d)")
_SHORT = 200
_HEADER_BLOCKS = 8


def is_chrome(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= _SHORT and CHROME.fullmatch(stripped) is not None


def heading_words(text: str) -> list[str]:
    """The words of a heading without its markup, numbering, wiki edit links and parenthetical gloss."""
    stripped = _EDIT_LINKS.sub("", text.strip())
    stripped = _HEADING_NOISE.sub(" ", stripped)
    stripped = _HEADING_NUMBER.sub("", stripped)
    # Turkish and Azerbaijani capital "İ" casefolds to "i" and a combining dot above, which no
    # word of the lists has ("İstinadlar", "İÇERİK": heldback-18's Azerbaijani sources list).
    return [w.casefold().replace("\u0307", "") for w in _words_with_marks(stripped)]


def is_notes_heading(text: str, *, marked_heading: bool = False) -> bool:
    """Whether ``text`` heads a notes or sources list ("Notes", "6. REFERÊNCIAS", "Источники по ГОСТ").

    A heading the markup marks as one may carry a few qualifying words ("Sources des citations",
    "Список использованных источников"); a plain line must be little more than the name itself.
    """
    stripped = text.strip()
    if marked_heading:
        stripped = _closing_gloss(stripped)
    if not stripped or len(stripped) > 80 or "\n" in stripped:
        return False
    if stripped.endswith(";"):
        # A point of an enumeration in prose, closed by its semicolon: "− наявність посилань;"
        # (presence of references) among a grading scheme's criteria (fixtures/parse-eval-docx7's
        # Ukrainian coursework guidelines: read as the notes heading, the grading prose and the
        # appendix' forms after it became 35 notes and its "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ" none). No
        # heading closes on a semicolon.
        return False
    if _literature_review(heading_words(stripped)):
        return False
    if NOTES_HEADING.fullmatch(stripped) is not None:
        return True
    unspaced = unspaced_heading(stripped)
    if unspaced is not None:
        return is_notes_heading(unspaced, marked_heading=marked_heading)
    words = heading_words(stripped)
    if not words:
        return False
    if _tham_khao(words, marked_heading=marked_heading):
        return True
    if words[0] in _LEADING_NOTES_WORDS and len(words) <= (6 if marked_heading else 3):
        return True
    if words[:2] == ["sumber", "daya"]:
        return False  # Indonesian "sumber daya" is resources (of a country, a team), not sources
    if marked_heading and len(words) <= _READING_ON_WORDS and _READING_ON.match(" ".join(words)):
        # "Further reading on the agentic commerce stack": a reading list named with its subject
        # (a calibration document of heldback-18's related-work family, six links under it).
        return True
    if len(words) > (6 if marked_heading else 3):
        return marked_heading and _named_before_colon(stripped)
    if (
        len(words) == 2
        and words[1] == "note"
        and words[0] not in ("foot", "end")
        and not _notes_word(words[0])
    ):
        # "Final note", "Author's note", "Concluding note": one remark, the heading of a closing
        # section of prose, not of a list of notes (p14-docx2's film thesis: "Final note" over its
        # discussion opened a notes section that read 257 paragraphs of prose and bibliography as
        # notes "1.1"-"1.257"). The plural, or "foot note" / "end note", still heads notes.
        return False
    if _remark_to_someone(words):
        return False
    if _READING.match(" ".join(words)):
        return True
    if _gost_list_name(words):
        return True
    if not marked_heading and _remarks_after_a_subject(words):
        return False
    if marked_heading or len(words) <= 2 or stripped.endswith(":"):
        return any(_notes_word(word) for word in words[:4])
    return _notes_word(words[0])


# A review of the literature is a section of the paper's prose, not its list of sources: "Literature
# Review", "2. Literature review and hypotheses", "Review of the literature", "Revisão de literatura",
# "Revisión de la literatura", "Обзор литературы", "Przegląd literatury". Read as a notes heading, the
# bullet list in PeerJ's "Literature Review" section (fixtures/parse-eval-pages peerj-state-of-oa.html,
# nine definitions of kinds of open access) became notes 1-9 and the page's real reference list was
# numbered on after them: 5 of its 17 sampled entries found, none with its title. Guard: a word for
# literature together with a word for a review or survey, and at most three other words.
_LITERATURE_WORDS = frozenset(
    ["literature", "literatura", "literatury", "литературы", "littérature", "letteratura", "literatuur"]
)
_REVIEW_WORDS = frozenset(
    ["review", "survey", "revisão", "revisión", "revue", "rassegna", "обзор", "przegląd", "overzicht"]
)


def _literature_review(words: Sequence[str]) -> bool:
    return len(words) <= 6 and not _LITERATURE_WORDS.isdisjoint(words) and not _REVIEW_WORDS.isdisjoint(words)


# "Issues and notes:", Persian "مسائل و ملاحظات:" (issues and considerations): on a plain line, a word for
# remarks (the CSL locales' "note" terms: "notes", "ملاحظات", "Anmerkungen", "remarques") after another
# subject joined by "and" names remarks on that subject, the lead-in of a list of points in the prose, not
# a list of notes. Data: s38-hunt10's Persian Virgool essay, whose "مسائل و ملاحظات:" over four design
# considerations opened the notes there: its three sources were read as notes 4-6 after them. The
# sources' words ("Links and references:", "Data and sources:") and a notes word first ("Notes and
# sources:") still head notes, and so does a marked heading.
_AND = frozenset(
    ("and", "&", "و", "et", "und", "y", "e", "i", "и", "і", "та", "ve", "en", "og", "och", "és", "și")
)


def _remarks_after_a_subject(words: Sequence[str]) -> bool:
    return len(words) == 3 and words[1] in _AND and words[2] in NOTE_WORDS and not _notes_word(words[0])


# The name GOST 7.32 gives the sources section of a report, "Список использованных источников" (list
# of sources used), and its Ukrainian counterpart in ДСТУ 8302 / ДСТУ 3008, "Список використаних
# джерел", with the variants writers use ("Список использованной литературы", "Список використаної
# літератури", "Список рекомендованої літератури", "Перелік використаних джерел"): a list word, one
# participle, the notes word. On a plain line it is three words, more than a plain notes heading may
# have, and its first word is no notes word. Data: fixtures/parse-eval-docx5
# uk-tezy-spysok-literatury-optymizatsiia.docx ("9. Список використаної літератури" over a Word-numbered
# list of three: no entry read, two of its DOIs taken for bare links).
_GOST_LIST_WORDS = frozenset(("список", "перелік", "перечень"))
_GOST_PARTICIPLE = lazyre.compile(
    r"(?:использованн|используем|рекомендуем|рекомендованн|цитируем|процитированн"
    r"|використан|рекомендован|цитован|процитован)\w*"
)


def _gost_list_name(words: Sequence[str]) -> bool:
    return (
        len(words) == 3
        and words[0] in _GOST_LIST_WORDS
        and _GOST_PARTICIPLE.fullmatch(words[1]) is not None
        and _notes_word(words[2])
    )


# A single note addressed to someone or about something: "NOTE FOR FEEDBACK", "Note to editors", "A
# note on GANs" head one remark in prose, not a list of notes. Data: fixtures/parse-eval-docx4
# policy-brief-hyperlinked-references-team-science.docx (a university policy brief made by Pandoc):
# "NOTE FOR FEEDBACK" over one paragraph linking the formatted PDF opened a notes section, that
# paragraph read as note 1 and the 123 references after "References" numbered on from 2 (all 11
# sampled titles and URLs off by one). The plural ("Notes on sources") and a note on a list's
# own subject ("Note on sources", "Note on references") still head notes.
_REMARK_PREPOSITIONS = frozenset(("for", "to", "on", "about", "regarding"))


def _remark_to_someone(words: Sequence[str]) -> bool:
    """Whether a heading's words are a single remark's: "note" (after "a" at most), a preposition,
    and no word naming a list of notes after it."""
    rest = words[1:] if words[:1] == ["a"] else words
    return (
        len(rest) >= 3
        and rest[0] == "note"
        and rest[1] in _REMARK_PREPOSITIONS
        and not any(_notes_word(word) for word in rest[2:])
    )


# Words that name a sources list only as a heading's first word. Russian and Ukrainian "Ресурсы" /
# "Ресурси" (resources) over a report's sources: s34-hunt4's Russian lab report, "# Ресурсы" over six
# "* \tTitle. URL: address." bullets read as bare links with no title (the word heads the Aspose
# tutorials' translated link lists too, find_string "# Ресурсы"). After another word it names the
# tools a page was built with ("Используемые ресурсы:" over Bootstrap and Chart.js, heldback-20's
# Russian demography page, after its "Используемая литература:"), no sources.
_LEADING_NOTES_WORDS = frozenset(["ресурсы", "ресурси"])


def _tham_khao(words: Sequence[str], *, marked_heading: bool) -> bool:
    """Vietnamese names a reference list with the pair "tham khảo" (consult, reference): "Tài liệu
    tham khảo" (reference documents), "Nguồn tham khảo" (reference sources), "Danh mục tài liệu tham
    khảo". Neither word alone names one ("khảo sát" is a survey). A marked heading may carry a letter
    or a few words more ("## F. Nguồn Tham Khảo", s34-hunt4's Nix report: its seven bold titles over
    "- URL:" and "- Ngày truy cập:" bullets read as bare links with no title)."""
    limit = 8 if marked_heading else 5
    if len(words) > limit:
        return False
    pairs = itertools.pairwise(words[:6])
    return any(first == "tham" and second == "khảo" for first, second in pairs)


# Chinese and Japanese write no space after a word: a heading word opening with one of the notes
# words of those scripts names the list ("参考URL（Microsoft公式）", "参考リンク", "参考資料":
# heldback-18's Japanese licence guide, five title lines each over its URL).
_CJK_NOTES_WORDS = tuple(w for w in _NOTES_WORDS if "\u3040" <= w[0] <= "\u9fff")


# Thai writes no space inside a compound either, and names a reference list by one ending in "อ้างอิง"
# (reference): "เอกสารอ้างอิง" (reference documents), "แหล่งอ้างอิง" (reference sources), "รายการอ้างอิง"
# (reference list). Data: s38-hunt10's Thai clinic-system README ("# แหล่งอ้างอิง" over 18 "[n]" entries).
_THAI_NOTES = "อ้างอิง"


def _bare(word: str) -> str:
    """A word without its combining marks (vowel points, accents): "المَراجِع" is "المراجع", "πηγεσ" of
    an upper-case "ΠΗΓΕΣ" is "πηγέσ" without its accent."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# The notes words of the scripts from Greek on without their marks, for a heading written without
# them (an upper-case Greek heading drops its accents) or with more (vowel points).
_BARE_NOTES_WORDS = frozenset(_bare(w) for w in _NOTES_WORDS if w[:1] >= "\u0370")


def _notes_word(word: str) -> bool:
    return (
        word in _NOTES_WORDS
        or ("\u3040" <= word[:1] <= "\u9fff" and word.startswith(_CJK_NOTES_WORDS))
        or ("\u0e00" <= word[:1] <= "\u0e7f" and word.endswith(_THAI_NOTES))
        or (word[:1] >= "\u0370" and _bare(word) in _BARE_NOTES_WORDS)
    )


_GLOSS = lazyre.compile(r"\s+\([^()\n]{3,}\)\s*$")


def _closing_gloss(heading: str) -> str:
    """A marked heading without the parenthesis that closes it, where one does and something is
    left before it: "1. المراجع الإلكترونية المعتمدة (`18` مرجعًا: `14` صفحة كاملة …)" (heldback-16's
    Arabic review: the count and kinds of the sources), "Sources (12 pages, read 1 May 2026)". The
    name before it says what the section is; the gloss only counts or qualifies what it holds, and
    would make the heading too long to read as a notes heading."""
    glossed = _GLOSS.search(heading)
    return heading[: glossed.start()] if glossed and glossed.start() > 0 else heading


def is_notes_title(text: str) -> bool:
    """A page title that names the page a notes or sources list: its first word names one
    ("Bibliographie de la traduction", "References", "Works cited"); "Classic references in
    evidence based medicine" is a page about references, with prose before its list."""
    words = heading_words(text)
    return 1 <= len(words) <= 6 and (
        words[0] in _NOTES_WORDS or NOTES_HEADING.fullmatch(text.strip()) is not None
    )


# A marked heading's name and its subtitle after a spaced dash, "Sources Officielles — C'est Nicolas
# Qui Paye" (heldback-32's French source inventory titled so, the project's name after the dash, over
# twelve rows of a "| Thème | URL | Référence |" table: nine not found, the table read as no sources'
# table under a title not taken for a notes heading). As with a colon, the name of one to three
# words must open with a notes word ("Références — Mon projet"); "Le projet — sources et méthodes"
# is a title that names something else first.
_SUBTITLE_DASH = lazyre.compile(r"\s[—–]\s")


def _named_before_colon(stripped: str) -> bool:
    """A marked heading "Name: subtitle" (or "Name — subtitle") whose name heads notes ("10 ·
    Recursos: las fuentes públicas que …", "References: further reading"): the subtitle says what
    the list holds."""
    name, colon, _ = stripped.partition(":")
    if not colon:
        dashed = _SUBTITLE_DASH.search(stripped)
        name, colon = (stripped[: dashed.start()], "—") if dashed is not None else (name, colon)
    words = heading_words(name)
    return bool(colon) and 1 <= len(words) <= 3 and words[0] in _NOTES_WORDS


# A bracketed number alone in its paragraph ("[2]" between "[1] Central Asia on Britannica.com" and
# "[3] …"): a note whose text the copy lost (a Wikipedia article converted to text, its citation
# templates left unrendered: heldback-22's Central Asia page, five of twelve notes empty). It keeps
# the run of notes going where it stands between two bracketed entries with text; alone it is none.
_EMPTY_NOTE = lazyre.compile(r"[ \t]*\[(\d{1,3})\][ \t]*")


def _stale_typed_number(block: Block, typed: EntryStart) -> bool:
    """Whether a Word-numbered paragraph opens on a typed number that is not Word's: the number
    left from an older list, which Word shows after its own ("1. 2. Э. Гамма, …"). The reader sees
    Word's number first; it is the item's label. Data: fixtures/parse-eval-docx3's
    ru-referat-gost-word-numbers-typed-visitor.docx (spent by branch s41-docx), a Word list 1-8 whose
    first item keeps a typed "2." (items 3-5 their typed "3."-"5."): read as an entry "2", the second
    item numbered on as a second "3". Guard: a Word paragraph (ParagraphLocator; an HTML list drawn
    with its numbers hidden keeps what it types), both numbers plain digits; a typed number equal to
    Word's is read as before."""
    return (
        isinstance(block.locator, ParagraphLocator)
        and block.item
        and typed.kind == "number"
        and block.list_number is not None
        and block.list_number.isdigit()
        and typed.label is not None
        and typed.label.isdigit()
        and typed.label != block.list_number
    )


def entry_start_of(block: Block) -> EntryStart | None:
    """How ``block`` starts as a footnote entry: from the markup, or from a label at its start."""
    if block.note_label is not None:
        return EntryStart(block.note_label, "bracket", block.body_start)
    found = match_entry_start(block.text)
    if found is None and block.list_number is not None and block.item and block.kind == "paragraph":
        # An HTML ordered list's item: the browser shows its number (html._Walker: Block.list_number)
        # where Markdown writes "1. ". Guard: only a block the HTML reader read from an "<ol>" item
        # whose text opens on no label of its own; Markdown and DOCX blocks never carry one.
        return EntryStart(block.list_number, "number", 0)
    if found is not None and _stale_typed_number(block, found):
        assert block.list_number is not None
        return EntryStart(block.list_number, "number", found.length)
    if found is not None and found.kind == "number" and _only_a_date(block.text):
        # "2. September 2015": a date written day first with its ordinal dot (German, Scandinavian,
        # Czech), a post's dateline, not a note "2." (trafilatura's saved test pages, 2026-12-06: a
        # WordPress post's date opened the notes, and its three how-to lists became 17 notes, 10
        # "defined twice"). Guard: the block is that date and nothing else.
        return None
    return found


# "2019. 05. 10": a date written year first with dots (Korean, Hungarian, a student's header block
# of name, teacher, date and course above a bibliography: p14-docx2's JavaScript bibliography, where
# it was read as note "2019." and hid the eleven entries below). find_dates does not read it.
_DOTTED_YEAR_FIRST = lazyre.compile(
    r"(?:1[5-9]|20)\d{2}\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:0?[1-9]|[12]\d|3[01])\.?"
)


def _only_a_date(text: str) -> bool:
    stripped = text.strip()
    if _DOTTED_YEAR_FIRST.fullmatch(stripped):
        return True
    return any(start == 0 and end >= len(stripped) - 1 for _, start, end in find_dates(stripped))


def _empty_note(block: Block) -> re.Match[str] | None:
    return _EMPTY_NOTE.fullmatch(block.text) if block.kind == "paragraph" and not block.item else None


# A note's number a converter flattened from its superscript and glued to the note's address, "2<https://…>"
# (shown "2https://…").
_GLUED_NOTE_NUMBER = lazyre.compile(r"[ \t]*(\d{1,3})(?=https?://\S)")


def _glued_note_number(
    blocks: Sequence[Block], starts: Sequence[EntryStart | None], index: int
) -> re.Match[str] | None:
    """A paragraph opening with the next note's number glued to an address, right after a note: a Word
    document converted to Markdown whose first note kept its back link, "[[1\\]](#_ftnref1)https://…", and
    whose later ones lost theirs, the superscript flattened to its digits, "2<https://…>", "3<https://…>"
    (heldback-p13seed2's German student report, spent on branch s40-hb2: both read as inline links, no
    notes 2 and 3). Guards: the block before is a note (a bracket or a note's markup) numbered one less, or
    such a paragraph itself; the digits touch the address; a plain paragraph, not a list item."""
    block = blocks[index]
    if starts[index] is not None or index == 0 or block.kind != "paragraph" or block.item:
        return None
    found = _GLUED_NOTE_NUMBER.match(block.text)
    if found is None:
        return None
    before = starts[index - 1] or (
        EntryStart(previous.group(1), "bracket", previous.end())
        if (previous := _glued_note_number(blocks, starts, index - 1)) is not None
        else None
    )
    if before is None or before.kind != "bracket" or before.label is None or not before.label.isdigit():
        return None
    return found if int(found.group(1)) == int(before.label) + 1 else None


def _entry_starts(blocks: Sequence[Block]) -> list[EntryStart | None]:
    """:func:`entry_start_of` of every block, an empty note ("[2]" alone) one too where it stands
    between two bracketed entries with text, only empty notes between them."""
    starts = [entry_start_of(b) for b in blocks]
    empty = [starts[i] is None and _empty_note(b) is not None for i, b in enumerate(blocks)]

    def written(index: int, step: int) -> bool:
        while 0 <= index < len(blocks) and empty[index]:
            index += step
        start = starts[index] if 0 <= index < len(blocks) else None
        return start is not None and start.kind == "bracket"

    for i, block in enumerate(blocks):
        found = _empty_note(block) if empty[i] else None
        if found is not None and written(i - 1, -1) and written(i + 1, 1):
            starts[i] = EntryStart(found.group(1), "bracket", len(block.text))
    for i in range(len(blocks)):
        glued = _glued_note_number(blocks, starts, i)
        if glued is not None:
            starts[i] = EntryStart(glued.group(1), "bracket", glued.end())
    for i in range(len(blocks)):
        if _section_number(blocks, starts, i):
            starts[i] = None
    return starts


def _section_number(blocks: Sequence[Block], starts: Sequence[EntryStart | None], index: int) -> bool:
    """Whether a heading's number ("# 10. Tài liệu tham khảo", "## 4. Джерела (ДСТУ 8302:2015)") is
    the section's number, not a note's label: the next label is written alike and does not come
    after it (the list under the heading starts again at 1). Real Markdown reports whose reference
    section is numbered among the others and not named by a notes word the reader knows: the offline
    run over the parse eval's 861 visible documents gave two of them a duplicate-footnote error
    (vi-apa-8queens-tai-lieu-tham-khao.md's "[10]", hb25-uk-dstu-telegram-testy-dzherela.md's "[4]").
    A heading of a list whose entries are headings too ("### 1. …", "### 2. …") goes on counting up."""
    start = starts[index]
    if start is None or start.kind != "number" or blocks[index].kind not in ("heading", "title"):
        return False
    number = _ordinal_of(start)
    following = next((s for s in starts[index + 1 :] if s is not None), None)
    if number is None or following is None:
        return False
    if not same_family(start, following):
        # A numbered group heading over entries labelled otherwise ("## 1. Эмоции" over "[1] **Ekman,
        # P.** (1992). …", "[2] …"): the heading's number is the group's. Read as note 1, it made the
        # bracketed entries another list and every one was lost. Found by a probe (branch s35-notes)
        # that rewrote the visible documents' numbered entries with brackets: a thesis list grouped
        # under "### 1.1. …" headings (hb33-ru-annotated-apa-doi-vkr-emocii-spisok-literatury.md) read
        # one note; its rewritten copy still loses its notes to the annotation lines under each, the
        # plain grouped shape (tests/parse/test_s35_notes.py) no longer does.
        return following.kind in ("bracket", "sup")
    after = _ordinal_of(following)
    return after is not None and after <= number


_FAMILIES = {"bracket": "bracket", "sup": "sup", "number": "number", "paren": "number", "caret": "number"}


def same_family(first: EntryStart, other: EntryStart) -> bool:
    """Whether two entry labels are written alike ("[1]" and "[iv]" are; "[1]" and "1." are not).
    A Wikipedia backlink caret ("[2] ^ a b …", "3. ^ …") goes with any labelled family."""
    return first.kind == "caret" or other.kind == "caret" or _FAMILIES[first.kind] == _FAMILIES[other.kind]


def _looks_bibliographic(text: str) -> bool:
    return URL_PATTERN.search(text) is not None or _BIBLIOGRAPHIC.search(text) is not None


def _prose(block: Block) -> str:
    """The block's text without its code spans: a URL in code (`http://localhost:8080`) cites nothing."""
    text = block.text
    for start, end in sorted(block.masked, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


# Paragraphs a note may run on into before the next one starts: "[12] <Hebrew source>", then its
# English gloss (pesahim100a's mafsikim.docx, a Google Docs export of an essay with 14 typed
# endnotes, three of them a label, the quoted source and a comment in paragraphs of their own).
_CONTINUATION_GAP = 2
_GAP_MARKER = lazyre.compile(r"\[\^?\w{1,6}\]")


def _marked_notes_restart(
    blocks: Sequence[Block], starts: Sequence[EntryStart | None], last: int, index: int
) -> bool:
    """Whether the block at ``index`` is a note the reader marks (``note_label``: an Org, Pandoc or
    AsciiDoc inline note, read where it stands and appended after the text) numbered 1 again right
    after a plain numbered item the reader marks as no note. A German Jekyll page (branch s40-hunt12's
    de-jekyll-kausalitaet-covid-org-inline-fn-url-numbered-definitions.md) closes on a list of four
    models, "1. Modelle logit $$P(…)$$", its one Org note "[fn::URL]" after them: read as one run, the
    models were entries 1-4 beside note 1. A list that goes on in the marked notes' numbering stays one
    run (the marked block is then no restart)."""
    previous, current = starts[last], starts[index]
    if previous is None or current is None:
        return False
    if blocks[index].note_label is None or blocks[last].note_label is not None:
        return False
    before, after = label_ordinal(previous.label or ""), label_ordinal(current.label or "")
    return before is not None and after == 1


def _continues_run(
    blocks: Sequence[Block], starts: Sequence[EntryStart | None], last: int, index: int
) -> bool:
    """Whether the entry start at ``index`` continues the run whose last start is at ``last``: right
    after it, or after at most _CONTINUATION_GAP plain paragraphs when its label is the next number
    in the same style (a note's own further paragraphs, not a break in the list). Notes the reader
    marks as notes (an inline note read where it stands, appended after the text that cites it) whose
    numbering starts again after a plain numbered list begin a run of their own: the list before them
    is the text's (:func:`_marked_notes_restart`)."""
    if last == index - 1:
        return not _marked_notes_restart(blocks, starts, last, index)
    gap = range(last + 1, index)
    previous, current = starts[last], starts[index]
    if len(gap) > _CONTINUATION_GAP or previous is None or current is None or previous.kind != current.kind:
        return False
    if any(
        blocks[i].kind != "paragraph"
        or blocks[i].item
        or blocks[i].anchors
        or _GAP_MARKER.search(blocks[i].text)
        for i in gap
    ):
        return False  # a body paragraph citing notes between two definitions (Markdown's "[^n]:")
    before, after = label_ordinal(previous.label or ""), label_ordinal(current.label or "")
    return before is not None and after == before + 1


def notes_section_start(blocks: Sequence[Block], starts: Sequence[EntryStart | None]) -> int | None:
    """Index of the first block of the footnote section, or None when there is none.

    After a notes heading ("Notes", "Kaynakça", "Примечания" …) when entries follow it, labelled or
    not; otherwise the last unbroken run of blocks that start with an entry label. A run of plain
    "1." items that cites nothing is a numbered list, not notes, and the run before it is tried: a
    run is notes when more than half its items look bibliographic (a URL, a quoted title or a year
    outside code). In the 22 public READMEs of fixtures/readmes, numbered how-to lists had at most
    one such item in three ("Visit `http://localhost:8080`", a quoted word); endnote lists have one
    in nearly every item.
    """
    cited_numbers = _CitedNumbers(blocks)
    headings: list[int] = []
    last_note = max((i for i, block in enumerate(blocks) if block.note_label is not None), default=-1)
    for index in range(len(blocks)):
        if len(headings) >= _MAX_NOTES_HEADINGS:
            break  # enough to choose from; a page of thousands of "Note 5" lines must not cost more
        if (
            _heads_at(blocks, index)
            and _list_follows(blocks, starts, index)
            and not _notes_subheading_next(blocks, starts, index)
            and not _cites_before_its_notes(blocks, index, last_note)
            and not _uncited_plain_list(blocks, starts, index, cited_numbers)
        ):
            headings.append(index)
    if headings:
        return _cited_section(blocks, starts, headings, cited_numbers) + 1
    runs: list[list[int]] = []
    for index, start in enumerate(starts):
        if start is None:
            continue
        following = starts[index + 1] if index + 1 < len(starts) else None
        if blocks[index].kind == "heading" and following is not None and following.kind != start.kind:
            # A numbered section heading over entries labelled otherwise ("## 1. DeFi and AMM
            # Theory", then "[ADAMS-2024] …": heldback-9's citation-key index) opens no run.
            continue
        if runs and _continues_run(blocks, starts, runs[-1][-1], index):
            runs[-1].append(index)
        else:
            runs.append([index])
    # The first label of each later run found to be no notes, by its kind: a run whose numbering it
    # continues is the same list's beginning.
    rejected: set[tuple[str, int]] = set()
    for run in reversed(runs):
        if all(blocks[i].kind == "heading" for i in run):
            # A numbered section heading ("## 1. نسخه‌ها و سقف‌ها (2026-09-06)", over a table of
            # sources in heldback-9) is no run of notes.
            _reject(rejected, starts[run[0]])
            continue
        kinds = {start.kind for start in (starts[i] for i in run) if start is not None}
        cited = cited_numbers.before(run[0]) if kinds <= {"number", "paren"} else set()
        # A plain numbered run is judged as the whole list it ends: "4." after "1."–"3." whose
        # sub-items broke the run is the list's last step, not a list of its own (README sweep).
        whole = [*earlier_note_runs(starts, run[0]), *run] if kinds <= {"number", "paren"} else run
        labels = [start.label if start is not None else None for start in (starts[i] for i in whole)]
        bibliographic = sum(
            1
            for i, label in zip(whole, labels, strict=True)
            if _looks_bibliographic(_own_text(_prose(blocks[i]))) or (label is not None and label in cited)
        )
        if kinds <= {"number", "paren"} and bibliographic * 2 <= len(whole):
            _reject(rejected, starts[run[0]])
            continue
        last = starts[run[-1]]
        last_ordinal = _ordinal_of(last)
        if (
            kinds <= {"number", "paren"}
            and last is not None
            and last_ordinal is not None
            and (last.kind, last_ordinal + 1) in rejected
        ):
            # A numbered list's first items that happen to read as titles ("1. “My fears have been
            # realized”", a news story's numbered highlights, each a section of prose, its later
            # items plain headings): the list goes on in a later run that is no notes, so neither is
            # this. Data: scrapinghub/article-extraction-benchmark's 181 saved news pages
            # (2026-12-06): CBS News' hearing highlights read as 7 notes, the story's text after
            # "1." as their bodies. Guard: only where a rejected later run continues this run's
            # numbering in the same kind of label; a notes list after a numbered how-to list, or
            # one numbered on from its own page break, is another list.
            continue
        return run[0]
    return None


# How many headings that may head the notes are weighed against each other (_cited_section): real
# documents have one to three; the cap keeps a page of many such lines linear.
_MAX_NOTES_HEADINGS = 8


def _cited_section(
    blocks: Sequence[Block], starts: Sequence[EntryStart | None], headings: list[int], cited: _CitedNumbers
) -> int:
    """Of the headings that may head the notes, the first one that no later one outdoes: a later
    heading whose entries the text above it cites more by number, where the earlier section's
    entries carry no labels or the same labels (two lists numbered alike cannot both be the notes).

    A section named with a notes word in another sense ("Reference Implementation" over a patch's
    address or a numbered list of changes) comes before the real notes (".. [5] http://…" under
    "References", cited "… ExtensionClass [5]_"): taken as their start, its items became notes 1 to
    9 beside the real ones, "defined twice", or the notes the text cites went missing. Data:
    python/peps, 740 PEPs (2026-12-06): 38 of them had error findings offline, 13 for a section like
    this. Guard: a lettered "Notes" list over numbered "References" (labels apart) keeps both, as
    before; so does an earlier list the text cites as much."""
    found = [(_section_labels(blocks, starts, h), cited.before(h), h) for h in headings]
    counts = [len(labels & cited) for labels, cited, _ in found]
    for i, (labels, _, heading) in enumerate(found):
        if not any(
            counts[j] > counts[i] and (not labels or labels & found[j][0]) for j in range(i + 1, len(found))
        ):
            return heading
    return headings[0]


def _section_labels(blocks: Sequence[Block], starts: Sequence[EntryStart | None], heading: int) -> set[str]:
    """The labels of the entries under a heading, to the next heading of its level or above."""
    level = blocks[heading].level
    labels: set[str] = set()
    for index in range(heading + 1, len(blocks)):
        block = blocks[index]
        if block.kind == "heading" and (not level or 0 < block.level <= level):
            break
        start = starts[index]
        if start is not None and start.label:
            labels.add(start.label)
    return labels


def _cites_before_its_notes(blocks: Sequence[Block], heading: int, last_note: int) -> bool:
    """Whether text under the heading cites, by markers the markup made (Word's footnote references,
    HTML note links: ``Block.anchors``), notes the markup itself sets apart further on
    (``Block.note_label``): then the heading heads text, not its notes. Pandoc's Word test file
    "A footnote" (jgm/pandoc test/docx/notes.docx, a heading over "Test footnote.¹ Test
    endnote.ⁱ" and the two notes Word keeps apart) read as notes from its heading down, its one
    paragraph of text with them: both notes "never cited". Guard: only where a block with
    ``note_label`` follows and a block before it carries anchors without being a note; a heading
    over typed notes, or over notes whose markers are text ("[1]"), is read as before."""
    for index in range(heading + 1, len(blocks)):
        block = blocks[index]
        if block.note_label is not None:
            return False
        if block.anchors:
            return index < last_note  # a note the markup sets apart follows
    return False


def _reject(rejected: set[tuple[str, int]], first: EntryStart | None) -> None:
    ordinal = _ordinal_of(first)
    if first is not None and ordinal is not None:
        rejected.add((first.kind, ordinal))


# README sweep (p10-readme-sweep: 195 READMEs and docs pages of 25 public repositories, 16 languages,
# ten of them in fixtures/readmes; before it 10 error findings, 41 orphan-footnote warnings, 13 here):
# numbered lists of a README read as notes. Three rules, each guarded:
# * An item's own text is its first lines, without the sub-list nested under it: the quoted
#   '"unstable"' of a design doc's bullets under "1. Extensibility." is no quoted title (golang's
#   proposal 37112, four "1." items). Guard: only lines that open on a bullet or a number end it.
# * A headless run of "1." items is judged as the whole list it ends (earlier_note_runs): EIP-6046's
#   "4. Rename …" (one quoted phrase) after "1."–"3." whose sub-bullets broke the run.
# * Under a heading of remarks (:func:`_uncited_plain_list`): "## Note:" over "1. The npy dataset is …",
#   "##### 6. Other resources." over "The code for:⏎1. preparing alignment test sets" (fairseq).
_SUB_ITEM = lazyre.compile(r"\n[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+\S")


def _own_text(text: str) -> str:
    """An item's text without the sub-list nested under it."""
    found = _SUB_ITEM.search(text)
    return text[: found.start()] if found is not None else text


# Heading words that name remarks or further material, not works: only under these is a plain list
# judged (a single "1. Patterns of Design. Indianapolis: Wrox Press." under "## Literatur" is a book).
_REMARK_WORDS = frozenset(
    [
        "note",
        "notes",
        "resources",
        "ressources",
        "recursos",
        "risorse",
        "anmerkung",
        "anmerkungen",
        "remarque",
    ]
)


def _uncited_plain_list(
    blocks: Sequence[Block], starts: Sequence[EntryStart | None], heading: int, cited_numbers: _CitedNumbers
) -> bool:
    """Whether what follows a heading of remarks or further material ("Note:", "Other resources",
    :data:`_REMARK_WORDS`, and no word naming works besides) is a plain numbered list ("1.", "(1)")
    of remarks or steps, no notes: fewer than half of its items look bibliographic or link out (a URL, a quoted
    title, a year in its own text, a web link: fairseq's "4. … can be found [here](…)" closes a
    sentence over the list), the text above cites none of its numbers ("[2]", a superscript or a
    note anchor), and nothing else under the heading is an entry. Guard: bracketed, superscript or
    Markdown-footnote labels, a cited number, half the items dated or linked keep the section (a
    Wikipedia "Notes" list explains and is cited; a "References" list of "1. **Title**⏎[Link](…)"
    items links every item)."""
    words = heading_words(blocks[heading].text)
    if not any(word in _REMARK_WORDS for word in words) or is_notes_heading(
        " ".join(word for word in words if word not in _REMARK_WORDS), marked_heading=True
    ):
        return False
    level = blocks[heading].level
    items: list[int] = []
    for index in range(heading + 1, len(blocks)):
        block = blocks[index]
        if block.kind in ("heading", "title") and (not level or block.level <= level):
            break
        start = starts[index]
        if start is None:
            if (
                block.source_row
                or block.headed_row
                or block.links
                or _unlabelled_entry_at(blocks, starts, index)
            ):
                return False
            continue
        if start.kind not in ("number", "paren") or block.note_label is not None:
            return False
        items.append(index)
    sourced = sum(
        1 for i in items if _looks_bibliographic(_own_text(_prose(blocks[i]))) or _links_out(blocks[i])
    )
    if not items or sourced * 2 >= len(items):
        return False
    labels = {starts[i].label for i in items} - {None}  # type: ignore[union-attr]
    above = blocks[:heading]
    if any(b.anchors for b in above) or any(d in b.text for b in above for d in SUPERSCRIPTS):
        return False
    return not (labels & cited_numbers.before(heading))


def _cited_numbers(blocks: Sequence[Block]) -> list[tuple[int, set[str]]]:
    """The numbers each block cites with bracketed markers ("…比較される[3][4]ため"), where it cites
    any: an item of a numbered run so cited in the text above it is a note, whether or not it looks
    bibliographic (a Wikipedia article's notes explain as often as they cite)."""
    found = []
    for index, block in enumerate(blocks):
        if "[" in block.text:
            numbers = set(_CITED_NUMBER.findall(_prose(block)))
            if numbers:
                found.append((index, numbers))
    return found


class _CitedNumbers:
    """The numbers the blocks cite with bracketed markers (:func:`_cited_numbers`), found on first
    use, and those cited above a block: one search of the document serves the notes section's
    every question (the runs, the headings weighed against each other, lists of remarks)."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._blocks = blocks
        self._found: list[tuple[int, set[str]]] | None = None

    def before(self, index: int) -> set[str]:
        if self._found is None:
            self._found = _cited_numbers(self._blocks)
        return set().union(*(numbers for at, numbers in self._found if at < index))


# A bracketed number in prose, not glued to a Latin word or digit ("arr[1]" indexes): CJK text glues
# its markers to the word before ("比較される[3][4]ため").
_CITED_NUMBER = lazyre.compile(r"(?<![A-Za-z0-9_])\[(\d{1,3})\]")


def _ordinal_of(start: EntryStart | None) -> int | None:
    return label_ordinal(start.label) if start is not None and start.label else None


def earlier_note_runs(starts: Sequence[EntryStart | None], notes_start: int) -> list[int]:
    """Blocks of earlier runs whose numbering runs on into the notes section: page-foot notes of a
    converted PDF ("14. …", "15. …" on one page, "20. …" on the next) are one sequence."""
    found: list[int] = []
    expected = _ordinal_of(starts[notes_start])
    first = starts[notes_start]
    index = notes_start - 1
    while expected is not None and first is not None and index >= 0:
        while index >= 0 and starts[index] is None:
            index -= 1
        run_end = index
        while index >= 0 and starts[index] is not None:
            index -= 1
        run = list(range(index + 1, run_end + 1))
        if not run:
            break
        ordinals = [_ordinal_of(starts[i]) for i in run]
        start = starts[run[0]]
        if start is None or not same_family(first, start) or ordinals[-1] != expected - 1:
            break
        if any(b is None or a is None or b != a + 1 for a, b in itertools.pairwise(ordinals)):
            break
        found[:0] = run
        expected = ordinals[0]
    return found


def _group_of_named_list(blocks: Sequence[Block], heading: int) -> bool:
    """A notes heading right under a title that names the whole list ("Works Cited: Load Balancing
    References" in a ``<details>`` summary, then "### Core Programming References") heads one group
    of that list: the headings of its level after it head the other groups ("### Load Balancing &
    Distributed Systems"), and the list goes on under them (heldback-13's README, three groups of
    ``<li>`` links). A notes heading after prose, or after a heading of its own level or below, is
    the list's own."""
    if heading < 1 or blocks[heading].kind != "heading" or blocks[heading].level < 2:
        return False
    above = blocks[heading - 1]
    outer = above.kind in ("paragraph", "title") or (
        above.kind == "heading" and above.level < blocks[heading].level
    )
    return outer and "\n" not in above.text.strip() and _heads_notes_title(above)


def _heads_notes_title(block: Block) -> bool:
    return is_notes_heading(block.text, marked_heading=True)


def _heads_notes(block: Block) -> bool:
    if _link_item(block):
        # A list item that is only a link is a link, whatever it reads: "[Stock Resources](…)" in
        # sindresorhus/awesome's list of lists (user trial) opened 280 "notes" under it.
        return False
    if block.menu:
        return False  # an item of a site's menu (html._MENU_ATTR)
    if block.table_row is not None and not block.table_head and block.kind == "paragraph":
        # A cell of a table's body is a datum of its row, not the heading of what follows: a film
        # titled "Source Code" in a wiki list article's table (mozilla/readability's saved "List of
        # films featuring time loops") opened the notes at the table's 26th row.
        return False
    return is_notes_heading(block.text, marked_heading=block.kind in ("heading", "title"))


def _link_item(block: Block) -> bool:
    """Whether ``block`` is a list item whose whole text is the text of one link."""
    text = block.text.strip()
    return block.item and any(block.text[span.start : span.end].strip() == text for span in block.link_spans)


def _heads_at(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` heads a notes section: a notes heading, or a paragraph that
    introduces a run of dated links (``_introduces_dated_links``) or names the sources of the
    named links under it (``_names_sources_over_links``)."""
    return (
        _heads_notes(blocks[index])
        or _introduces_dated_links(blocks, index)
        or _names_sources_over_links(blocks, index)
        or _introduces_linked_items(blocks, index)
    )


# A course text or report may list the pages it points to without any heading: a paragraph that
# ends in a colon ("… Seguem as sugestões abaixo:"), then lines each naming a page, linking it and
# dating its reading ("Zabbix: [https://www.zabbix.com/](…) **(Acesso em 23/01/2023)**": heldback-11's
# Portuguese course text, five lines). Three such lines at least, each short (a name of at most six
# words before its one URL), each with an access date: a run of links that carry access dates is
# a list of sources, as a heading would say.
_DATED_LINKS_MIN = 3
_DATED_LINK_LEAD_WORDS = 6


def _dated_link_line(block: Block) -> bool:
    """A paragraph that is one short name, one URL and an access date."""
    text = block.text
    if block.kind != "paragraph" or "\n" in text.strip() or len(text) > 300:
        return False
    found = {url.rstrip("/") for url, _, _ in find_urls(text)}
    first = URL_PATTERN.search(text)
    if len(found) != 1 or first is None or ACCESS_LABEL.search(text) is None:
        return False
    lead = text[: first.start()].strip(" \t-*•[(<:")
    return len(lead.split()) <= _DATED_LINK_LEAD_WORDS


def _introduces_dated_links(blocks: Sequence[Block], index: int) -> bool:
    """Whether a paragraph ending in a colon introduces a run of dated links (see above)."""
    block = blocks[index]
    if block.kind != "paragraph" or not block.text.rstrip(" \t\u00a0\n").endswith(":"):
        return False
    following = blocks[index + 1 : index + 1 + _DATED_LINKS_MIN]
    return len(following) == _DATED_LINKS_MIN and all(_dated_link_line(b) for b in following)


# A sentence may name the list under it as sources where no heading does: "Every fact verified
# against Tier 1 sources:" over "- HRW: https://…", "- Amnesty International: https://…" (nine
# items: heldback-20's English profile of a jailed scholar, under a heading about something else).
# The sentence closes with a colon right after a notes word ("sources", "Quellen", "references"),
# and at least three list items follow it, each a short name (at most six words), a colon and one
# URL, nothing after it. A sentence over names and URLs that does not call them sources ("Install
# these tools:") leaves them links of the running text.
_SOURCE_LEAD = lazyre.compile(r"([^\W\d_]+)[*_]*:[*_\s]*$")


def _named_link_item(block: Block) -> bool:
    """A list item that is one short name, a colon and one URL closing the item."""
    text = block.text.strip()
    if block.kind != "paragraph" or not block.item or "\n" in text or len(text) > 300:
        return False
    first = URL_PATTERN.search(text)
    if first is None or len({url.rstrip("/") for url, _, _ in find_urls(text)}) != 1:
        return False
    lead = text[: first.start()].strip(" \t-*•<")
    if not lead.endswith(":") or text[first.end() :].strip(" >.)"):
        return False
    return 1 <= len(lead[:-1].split()) <= _DATED_LINK_LEAD_WORDS


def _ends_in_colon(text: str) -> bool:
    """Whether ``text`` ends in a colon followed by nothing but emphasis marks and spaces (what
    ``_SOURCE_LEAD``'s ``:[*_\\s]*$`` asks)."""
    end = len(text)
    while end and (text[end - 1] in "*_" or text[end - 1].isspace()):
        end -= 1
    return end > 0 and text[end - 1] == ":"


def _names_sources_over_links(blocks: Sequence[Block], index: int) -> bool:
    """Whether a paragraph closing with "… sources:" introduces a run of named links (see above)."""
    block = blocks[index]
    if block.kind != "paragraph" or block.item or "\n" in block.text.strip():
        return False
    # Most paragraphs do not end in a colon: they are passed without the search, which tries every
    # letter of a paragraph as the start of the word before the colon (0.14 s of the 2,608-URL
    # end-to-end run's parse, py-spy).
    if not _ends_in_colon(block.text):
        return False
    closing = _SOURCE_LEAD.search(block.text.rstrip(" \t\u00a0\n"))
    if closing is None or not _notes_word(closing.group(1).casefold()):
        return False
    following = blocks[index + 1 : index + 1 + _DATED_LINKS_MIN]
    return len(following) == _DATED_LINKS_MIN and all(_named_link_item(b) for b in following)


# A sentence closing on a colon over a run of list items each of which is only a link, its text a
# name, to a page of its own ("The factors I have considered:" over "* [Global Safety Index](https://
# www.visionofhumanity.org/…)", "* [Global Crime Index](https://www.numbeo.com/…)", seven items:
# heldback-21's README of a country safety index, no heading over its sources). Five such items at
# least, each a different address on the web, none a fragment of the page; fewer, or items with
# words beside their link, are links of the running text.
_LINKED_ITEMS_MIN = 5


# A news digest lists under each story the sources that covered it, each item a link naming the
# outlet or commentator and a short note in brackets after it: "**Bu haberi kapsayan muhabirler:**"
# over "- [Bahar Feyzan](https://www.youtube.com/watch?v=…) (⏱️ 01:07-03:23)" (heldback-36's Turkish
# daily digest, two stories, 7 and 4 items, 11 notes; such pipelines write "(2024-05-01)", "(PDF)",
# "(Reuters)" the same way). The bracket is at most 40 characters and holds no address of its own; an
# item with words outside the bracket ("[Tool](…) – does X") is still no link item.
_LINK_NOTE = lazyre.compile(r"\([^()\n]{1,40}\)")


def _annotated_link_item(block: Block) -> bool:
    """Whether ``block`` is a list item that is one link, alone or with a short bracket after it."""
    if _link_item(block):
        return True
    text = block.text.strip()
    if not block.item or len(block.link_spans) != 1 or "://" in text.replace(block.link_spans[0].url, ""):
        return False
    span = block.link_spans[0]
    before = block.text[: span.start].strip()
    after = block.text[span.end :].strip()
    return not before and _LINK_NOTE.fullmatch(after) is not None


def _repeats_lead(blocks: Sequence[Block], notes_start: int | None, index: int) -> bool:
    """Whether the paragraph at ``index`` repeats, word for word, the paragraph that opened the notes
    section, as a digest repeats its "Sources covering this story:" over each story's links
    (heldback-36's Turkish digest: the second story's four links under the same bold lead): it
    opens the unlabelled list again as a notes heading would. Any other paragraph does not."""
    if notes_start is None or notes_start < 1 or index <= notes_start:
        return False
    lead, block = blocks[notes_start - 1], blocks[index]
    return (
        lead.kind == block.kind == "paragraph"
        and not block.item
        and _ends_in_colon(block.text)
        and " ".join(block.text.split()) == " ".join(lead.text.split())
    )


def _introduces_linked_items(blocks: Sequence[Block], index: int) -> bool:
    """Whether a paragraph closing on a colon introduces a run of link-only items (see above)."""
    block = blocks[index]
    if block.kind != "paragraph" or block.item or not _ends_in_colon(block.text):
        return False
    following = blocks[index + 1 : index + 1 + _LINKED_ITEMS_MIN]
    if len(following) < _LINKED_ITEMS_MIN or not all(_annotated_link_item(b) for b in following):
        return False
    hrefs = [b.link_spans[0].url for b in following if b.link_spans]
    return len(set(hrefs)) == _LINKED_ITEMS_MIN and all(
        href.startswith(("http://", "https://")) for href in hrefs
    )


# An unlabelled list item under a notes heading is an entry when it cites something: a URL, an
# access label or a year. Longer blocks are prose ("The sources we used were …"), not entries;
# the longest unlabelled entry in the parse eval is 390 characters.
_UNLABELLED_MAX = 600
# A list item is longer when it annotates its reference (where the work is cited, what to check in
# it: an entry of 614 characters in a Spanish resource list of heldback-8); the markup says it is
# one item, so only the limit against runaway text applies.
_UNLABELLED_ITEM_MAX = 1000
_ACCESS_HINT = lazyre.compile(
    r"(?i)\b(?:accessed|retrieved|available|erişim|дата|abgerufen|consult|acesso|acessado|dostęp|"
    r"geraadpleegd|diakses|cited|disponível|disponible|archived)\b|\[online\]|\[электронный|\[електронний"
)
_ENTRY_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“„«'[(*_ÀÁÂÄÇÉÍÓÖÚÜŞĞİАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ")
_BULLET = lazyre.compile(r"[^\S\n]*(?:[-*+•●▪■◦–][^\S\n]+)?(?:↑[^\S\n]*)?")
# Wikipedia's backlink arrow before a note ("↑ Patani GA, LaVoie EJ (1996). «Title». …", as Spanish,
# Russian and Ukrainian Wikipedia pages print it and copies keep it): only notes carry it, so an item
# opening with it is a note whatever it cites (heldback-10's Spanish Wikipedia copy: two notes naming a
# lecture's topic and department without a year or a link).
_BACKLINK = lazyre.compile(r"[^\S\n]*(?:[-*+•–][^\S\n]+)?↑[^\S\n]*\S")


_REFERENCE_SHAPE = lazyre.compile(
    r"[“”«»„\"]|\((?:19|20)\d{2}|(?<!\d)(?:19|20)\d{2}[a-z]?\)?\.?\s*$|\bpp?\.\s*\d|\b(?:isbn|doi)\b"
    # APA's date group for a work without a date, "(n.d.).", after its author or its bracketed
    # description ("[Good Judgment Project Forecasts]. (n.d.). Unpublished raw data.": heldback-18's
    # APA bibliography, an entry without a URL between two with one).
    r"|\(n\.\s?d\.\)\.\s"
    r"|(?<!\w)\d{1,4}\s?(?:s|p|pp|с|S)\.\s*$"  # a book's extent closing it ("Brno: Paido, 1999. 91 s.")
    # GOST's extent with its illustrations, "— 176 с.: ил." (the stop after "с" often dropped: "1988.—
    # 176 с: ил."): fixtures/parse-eval-docx3 ru-references-gost-url-data-obrashcheniya-databases.docx,
    # a book of its 17 GOST entries lost and the entries after it numbered one off.
    r"|(?<!\w)\d{1,4}\s?с\.?\s?:\s?ил\.\s*$"
    # The German page cited closing it, "S." before the number ("Makroökonomik. 2004. S.136f.",
    # "…, S. 245-253": KOF's Ökonomenstimme 'Literatur', fixtures/parse-eval-pages/pages/
    # oekonomenstimme-keynes.html, its first entry lost): prose ends on no "S. 136f.".
    r"|(?<!\w)S\.\s?\d{1,4}(?:\s?ff?\.?|\s?[-–]\s?\d{1,4})?\.?\s*$"
    # Harvard's unbracketed year after the authors: "Doe, J., Roe, R., 2013. Title" (Elsevier, Scholar),
    # or the American Meteorological Society's colon after it: "Doe, J., and R. Roe, 2007: Title".
    r"|^[^\W\d_][^.,]{0,40},\s[^\n]{0,300}?,\s(?:19|20)\d{2}[a-z]?[.:]\s+[A-Z\d]"
    # First Monday's "Given Surname, year. Title": one author written given name first, a comma,
    # the year and a stop (internetarchive/sandcrawler's saved First Monday article: "Allan M
    # Brandt, 1987. No magic bullet: …", "David M. Halperin and Trevor Hoppe (editors), 2017. The
    # war on sex. …": four books among 89 references, lost between entries that cite a URL or quote
    # their title). Capitalised words, "and" and an editors' mark for the names, at most twelve.
    r"|^[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|and|&|\((?:editors?|eds?\.)\)),?){1,12},\s"
    r"(?:19|20)\d{2}[a-z]?\.\s+[A-Z“\"‘]"
    # The name-year style of the CSE manual and of Indonesian theses (IPB's "Pedoman Penulisan Karya
    # Ilmiah"): surnames with their initials unpunctuated, a full stop, then the year and another stop,
    # "Ali J, Khan R, Ahmad N, Maqsood I. 2012. Random forest and decision trees. …" (s34-hunt4's
    # Indonesian rain-prediction report: three such entries without a URL under "## Refrensi", the list
    # read as no list at all). One to twelve names, each a capitalised surname and one to three capitals.
    # (Case counts here: the pattern is compiled ignoring case, the initials are capitals.)
    r"|(?-i:^[A-Z][\w'’-]+\s[A-Z]{1,3}(?:,\s[A-Z][\w'’-]+\s[A-Z]{1,3}){0,11}\.\s(?:19|20)\d{2}[a-z]?\.\s+[A-Z\d“\"‘])"
    # The year as a sentence of its own after the authors, "Surname, I. I., and I. I. Surname. 2013.
    # Title. Journal. 8: e83407." (the Ecological Society of America's style, and Chicago author-date's
    # "Annas, Julia.  1993.  The Morality of Happiness."): an inverted first name, then ". 2013. " and
    # a capital. Data: fixtures/parse-eval-docx3 proposal-references-ecology-style-ladybeetles.docx, an
    # NSF proposal's 50 references under "References", none read (no quotes, no parenthesised or
    # closing year). Prose does not make a year a sentence of its own after a comma-led name.
    # (The names may run to hundreds of characters: a team's author list, see _AUTHOR_RUN.)
    r"|^[^\W\d_][\w'’-]*,\s[^\n]{0,1000}?\.\s+(?:19|20)\d{2}[a-z]?\.\s+[A-Z“\"‘]"
    # GOST 7.1's two slashes before the container ("Title // Медицинский совет. 2019") and
    # Vancouver's "year;volume(issue):pages" ("2019;(7):52-56", "2020;64(9):e00682-20"): heldback-9's
    # Russian list in JSX, whose items have neither a quoted title nor a closing year.
    r"|\w\s?//\s?[^\W\d_]|(?<!\d)(?:19|20)\d{2};\s?\d{0,4}\(\w{1,8}\):\s?\w"
    # ISBD's (and GOST 7.1's) general material designation closing the title, then the slash before
    # the statement of responsibility: "Title [Журнал] / авт. Surname I.." (Word's own GOST
    # bibliography styles write every entry so), "Title [Текст] / I. Surname". Data: fixtures/
    # parse-eval-docx4 ru-statya-word-bibliography-zhurnal-data-storage.docx, Word's BIBLIOGRAPHY
    # field under "Список используемой литературы": 9 of its 10 entries (no quotes, no closing year)
    # lost. A word closes the bracket: "[1] / [2]" is no designation.
    r"|[^\W\d_]\]\s?/\s?[^\W\d_]"
    # The language of a cited work as Russian Wikipedia's cite templates print it after the title
    # ("LICENSE (англ.)", "Title (нем.) — heise online": heldback-14's copied "Примечания", a note
    # naming only a file's title).
    r"|\s\((?:англ|нем|фр|исп|итал|рус|укр|кит|яп|польск|порт|лат)\.\)",
    re.IGNORECASE,
)


# Family: a specification's "Normative references" clause, as the ISO/IEC Directives (Part 2) word its
# lead-in and ISO, IEC, Ecma and national standards copy it: "The following referenced documents are
# indispensable for the application of this document. For dated references, only the edition cited
# applies. …" (the 2004-2011 wording), "The following documents, in whole or in part, are normatively
# referenced in this document and are indispensable for its application." and "The following
# documents are referred to in the text in such a way that some or all of their content constitutes
# requirements of this document." (the wording since 2016). The paragraph introduces the list and
# cites nothing, though "edition cited" reads as an access hint. Data: heldback-38's ECMA-262 6th
# edition page (its clause 3 over 7 unlabelled references: the lead-in was taken for entry 1 and
# every reference numbered one off, 6 titles and 5 URLs lost).
_NORMATIVE_LEAD = lazyre.compile(
    r"the\s+following\s+(?:referenced\s+)?documents,?\s+(?:in\s+whole\s+or\s+in\s+part,\s+)?are\s+"
    r"(?:indispensable|normatively\s+referenced|referred\s+to\s+in\s+the\s+text)\b",
    re.IGNORECASE,
)


# A standard opening an item with its designation and year ("ABNT NBR ISO/IEC 27003:2011 – Title",
# "ISO/IEC 25010:2011. Title", "DIN 1505-2:1984"): it cites a document as a year closing an entry
# does (heldback-11's Portuguese list names three standards so, without any other year or link).
_STANDARD_OPENING = lazyre.compile(
    r"[^\S\n]*(?:[-*+•][^\S\n]+)?(?:ABNT[^\S\n]+)?(?:NBR|ISO(?:/IEC)?|IEC|EN|DIN|BS|ANSI|ГОСТ(?:[^\S\n]+Р)?|ДСТУ)"
    r"(?:[^\S\n]+(?:ISO(?:/IEC)?|IEC|EN))?[^\S\n]+\d[\d.\-]*:(?:19|20)\d{2}\b"
)
_STANDARD_NUMBER = lazyre.compile(
    r"\b(?:ISBN|ISSN)(?:-1[03])?:?\s*[\dX][\d\s-]{8,}"
    # A DOI ("DOI 10.5194/nhess-15-1331-2015", "doi:10.1000/xyz"): a long ISO 690 article entry's
    # volume, issue and pages add full stops, and prose cites no DOI either.
    r"|\bdoi:?\s*10\.\d{4,9}/\S",
    re.IGNORECASE,
)


# An initial's full stop ("F. M. Suchanek", "A.-C. Ngonga"): no sentence ends there.
_INITIAL_STOP = lazyre.compile(r"(?:^|(?<=[\s.\-]))[A-Z]\. ")
_STOP = lazyre.compile(r"\. ")


def _sentence_stops(text: str) -> int:
    """Full stops that end a sentence or a field, not an initial: an IEEE entry naming ten editors
    by their initials is still one entry, and prose has sentences. A stop before a word in lower
    case ends no sentence either: an abbreviation or an edition's number ("2. ed. revisada", ABNT's
    edition; "Acesso em 30 jul. 2017" has none), however the source broke its lines around it (an
    ABNT list hard-wrapped at 72 columns, "… Material Didático. 2.⏎ed. revisada …": read as one
    line, its stops were seven, beyond an entry's, and the entry was lost)."""
    initials = {match.end() for match in _INITIAL_STOP.finditer(text)}
    return sum(
        1
        for match in _STOP.finditer(text)
        if match.end() not in initials and not text[match.end() : match.end() + 1].islower()
    )


# "©", "(c) 2015", "Copyright © 2017 …", "Copyright 2015 …" opening the line; "Copyright law in the
# digital age (2015)" is a work's title, "(C) Author. Title." an entry lettered C.
_COPYRIGHT_LINE = lazyre.compile(
    r"©|\(c\)[^\S\n]*(?:19|20)\d{2}\b|(?i:copyright)\s+(?:©|\(c\)|(?:19|20)\d{2}\b)"
)


# Family: the imprint, "Place[: Publisher], year.", as a sentence of its own in the middle of an entry,
# the work's extent, the pages cited, its medium or a pointer following it (so no year closes the
# entry): "Алма-Ата, 1989. стр 124", "Усть-Каменогорск, 2009. см. таблица 1 и 2." (a Russian page's
# "Используемая литература" <ul>: fixtures/parse-eval hb20-ru-html-references-kazakhstan-demography-
# literatura.html, three of its four unlinked entries refused, the list read as no list), "New York:
# Norton, 2006. 305-306. Print." (MLA: fixtures/parse-eval-pages genders-maeshowe.html's Works Cited),
# "Birmingham, England: PACKT Publishing, 2018. Film." (fixtures/parse-eval-docx annotated-mla-
# googledocs-design.docx). Found by logging every item a notes section refused over the 1,113 visible
# documents (branch s35-notes); the last two were kept by their neighbours, the first list was lost.
# Guard: the place opens a sentence, and every word of it is capitalised ("We moved to Berlin, 2009.
# It rained." is no imprint); the publisher, when there is one, has no full stop or comma.
_IMPRINT = lazyre.compile(
    r"(?:^|(?<=\.\s)|(?<=[.?!][”\"’]\s))(?P<place>[^\W\d_][\w'’-]+(?:[\s-][^\W\d_][\w'’-]+){0,3}(?:,\s[^\W\d_][\w'’-]+)?)"
    r"(?:\s?:\s?[^\W\d_][^.,:;\n]{1,60})?,\s(?:1[5-9]|20)\d{2}\.\s+\S"
)
_PLACE_WORD = lazyre.compile(r"[^\W\d_][\w'’-]*")


def _imprint(text: str) -> bool:
    """Whether ``text`` holds a publication imprint as a sentence of its own (:data:`_IMPRINT`)."""
    for match in _IMPRINT.finditer(text):
        if all(word[0].isupper() for word in _PLACE_WORD.findall(match.group("place"))):
            return True
    return False


def _unlabelled_entry(block: Block) -> bool:
    """An unnumbered item under a notes heading cites something: a URL, an access label, or the
    shape of a reference (a quoted title, "(2023)", a closing year, pages, an ISBN). A sentence that
    merely mentions a year ("The 2023 data were revised.") is prose."""
    text = block.text.strip()
    limit = _UNLABELLED_ITEM_MAX if block.item else _UNLABELLED_MAX
    length = _prose_length(text)
    if block.item and block.kind == "paragraph" and length > limit:
        return _quoted_head(text)
    if block.kind == "paragraph" and length > limit:
        return _annotated_paragraph(text)
    if block.kind != "paragraph" or not text or length > limit or is_chrome(text):
        return False
    if _NORMATIVE_LEAD.match(text):
        return False
    if _COPYRIGHT_LINE.match(text):
        # "©KOF ETH Zürich, 21. Jan. 2015" after the last entry: the page's copyright line closes on
        # a date as an entry may, but cites nothing (fixtures/parse-eval-pages/pages/
        # oekonomenstimme-keynes.html).
        return False
    return (
        has_url(text)
        or _BACKLINK.match(text) is not None
        or _ACCESS_HINT.search(text) is not None
        # A link within the site only ("Version 2.2 ([Versions précédentes](/fr/versions))" under a
        # Jekyll page's "title: Bibliographie": heldback-23's French bibliography) cites no source.
        or any(not url.startswith("/") for _, url in block.links)
        or (_REFERENCE_SHAPE.search(text) is not None and _sentence_stops(text) <= 6 and not _kind_line(text))
        or (_imprint(text) and _sentence_stops(text) <= 6)
        # A book's long ISO 690 entry ("… Přeložila Eva Nevrlá. 1. vydání. Brno: …, 2017. 280 s.
        # ISBN …") has many full stops; prose has no ISBN (nor a DOI).
        or _STANDARD_NUMBER.search(text) is not None
        or _STANDARD_OPENING.match(text) is not None
        or author_date_key(text) is not None
        or _author_dash_work(block)
    )


def _author_dash_work(block: Block) -> bool:
    """A list item "**Author** – _Title_ (why read it)": a reading list's book, named by its author in
    bold and its title in italics, no year or address (bold_leads.author_lead_before_dash_title)."""
    runs = sorted((start, end) for start, end, kind in block.spans if kind == "em")
    if not block.item or len(runs) < 2 or block.text[: runs[0][0]].strip(" *_"):
        return False
    (lead_start, lead_end), (title_start, title_end) = runs[0], runs[1]
    text = block.text
    return _DASH_BETWEEN.fullmatch(text, lead_end, title_start) is not None and author_lead_before_dash_title(
        text[lead_start:lead_end], text[title_start:title_end], text[title_end:]
    )


_DASH_BETWEEN = lazyre.compile(r"[\s*_]*[–—-]\s[\s*_]*")


# Family: an entry led by its author-date key, the "Surname year" the text cites it by, then the
# reference in full with the names given first: "Italia 2017 Paola Italia, Come lavorava Gadda, Rome:
# Carocci editore.", "Del Vento 2019 Christian Del Vento, La biblioteca ritrovata. …", "Alcini and
# Giuffrida 2022 Alcini Giorgia and Giuffrida Milena, Catalogo …" (fixtures/parse-eval-docx2's
# it-bibliografia-author-date-keys-gadda.docx, spent by branch s41-docx: one of its ten entries was
# read, the others neither quote a title nor close on a year). The key's first surname is named
# again among the names before the first comma; a sentence that opens on a year ("In 2017 Paola
# Italia, the editor, …") names no one twice.
_AUTHOR_DATE_KEY = lazyre.compile(
    r"(?P<key>[^\W\d_][\w'’-]+)(?:\s(?:[^\W\d_][\w'’-]+|and|e|&)){0,4}\s(?:1[5-9]|20)\d{2}[a-z]?\s"
    r"(?P<names>[^\W\d_][^,\n]{2,80}?),\s"
)


def author_date_key(text: str) -> re.Match[str] | None:
    """The author-date key that leads ``text`` when the reference after it names the key's first
    surname again before its first comma (see above); else None."""
    match = _AUTHOR_DATE_KEY.match(text)
    if match is None or not match.group("key")[0].isupper():
        return None
    names = re.findall(r"[\w'’-]+", match.group("names"))
    return match if match.group("key") in names else None


def reads_as_entry(block: Block) -> bool:
    """Whether ``block``'s text, read as a plain paragraph under a notes heading, cites something
    (:func:`_unlabelled_entry`): for readers whose markup calls an entry something else (a Word
    paragraph set in a heading style, :func:`citecheck.parse.docx._entry_headings`)."""
    return _unlabelled_entry(replace(block, kind="paragraph"))


def _prose_length(text: str) -> int:
    """A paragraph's length as the limits on an entry's length measure it: an address counts for at
    most :data:`_ADDRESS_COUNTED` characters, for the link a library's discovery service or a search
    engine writes runs to hundreds of characters of query string and token, which no one reads as
    prose. Data: fixtures/parse-eval-docx, a Zotero bibliography in Harvard (Cite Them Right) whose
    first entry ends "Available at: http://uwe.summon.serialssolutions.com/2.0.0/link/0/eLvHCXMw…"
    (a Summon link of 478 characters, the entry 684): it was lost, and its 28 entries after it
    numbered one off. Addresses of common length count whole: heldback-24's German paragraph that
    runs on into a table of six addresses (66-89 characters each, 807 in all) stays prose."""
    addresses = sum(max(0, len(url.group()) - _ADDRESS_COUNTED) for url in URL_PATTERN.finditer(text))
    authors = _AUTHOR_RUN.match(text)
    return len(text) - addresses - (max(0, len(authors.group()) - _AUTHORS_COUNTED) if authors else 0)


_ADDRESS_COUNTED = 100
# A team's author list counts for at most _AUTHORS_COUNTED characters, as a long address does: a
# reference naming thirty authors by initials and surname ("Mills, J. A., C. Teplitsky, B. Arroyo, …,
# and … 2015. Title. …", 955 characters) is one entry, not prose. Data: fixtures/parse-eval-docx3
# proposal-references-ecology-style-ladybeetles.docx, two of its 50 references (601 and 955
# characters, author lists of 498 and over 570) lost and the entries after them numbered one off
# each. Only a run of names with initials from the paragraph's start counts so ("Surname, I. I.," or
# "I. I. Surname,"), never prose.
_AUTHORS_COUNTED = 150
_INITIALS = r"[^\W\d_a-z]\.(?:\s?-?[^\W\d_a-z]\.)*"
_AUTHOR_SURNAME = r"(?:(?:de|van|von|der|den|del|da|di|du|le|la|vander)\s)*[^\W\d_a-z][\w'’-]*"
_AUTHOR_NAME = rf"(?:{_INITIALS}\s{_AUTHOR_SURNAME}|{_AUTHOR_SURNAME},\s{_INITIALS})"
_AUTHOR_RUN = lazyre.compile(rf"{_AUTHOR_NAME}(?:,\s(?:and\s)?{_AUTHOR_NAME}|\sand\s{_AUTHOR_NAME})+")


# The longest paragraph read as one annotated entry: its citation, its address, its annotation.
_ANNOTATED_MAX = 1500


def _annotated_paragraph(text: str) -> bool:
    """A paragraph longer than any entry that is one of an annotated bibliography: a citation shaped
    like a reference (a quoted title, "(2025)"), its address alone on the next line within the first
    :data:`_UNLABELLED_MAX` characters, closing its line, then the annotation's lines (the reader joins
    a wrapped citation's lines but keeps the break after an address: en-annotated-bibliography-ai-
    tutoring-thermo.md: "**Kestin, G., … (2025). "AI tutoring outperforms …"** [skimmed]⏎https://www.
    nature.com/…⏎194 students, Harvard Physical Sciences 2, …", 746 characters, the one entry of its
    twelve over the limit, and the first: its list started at the second). Prose that links a page
    in the middle of a line, or whose opening is no quoted, dated citation, is none."""
    if len(text) > _ANNOTATED_MAX:
        return False
    url = URL_PATTERN.search(text[:_UNLABELLED_MAX])
    if url is None or url.start() == 0:
        return _annotated_book(text)
    line_end = text.find("\n", url.end())
    if line_end == -1 or text[url.end() : line_end].strip():
        return False
    head = text[: url.start()]
    return _REFERENCE_SHAPE.search(head) is not None and _OPENING_QUOTE.search(head) is not None


# A book's whole entry on a line of its own, author first: "Kennedy, Emmet. A Cultural History of the
# French Revolution. Yale University Press, 1989." (MLA, Chicago's bibliography).
_AUTHOR_FIRST_BOOK = lazyre.compile(
    r"[A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)*,\s[A-Z][^\W\d_.]*\.?(?:\s[A-Z][^\W\d_.]*\.?)*\.\s"
    r"[^\n]+,\s(?:1[5-9]|20)\d{2}\.$"
)


def _annotated_book(text: str) -> bool:
    """An annotated bibliography's entry for a book with no address: the citation alone on the first
    line, author first and closing on its year, the annotation after the line break ("Kennedy,
    Emmet. A Cultural History of the French Revolution. Yale University Press, 1989.⏎Kennedy’s book
    explores …", 772 characters). Data: fixtures/parse-eval-docx, a Word annotated bibliography whose
    three books among seven linked sources were lost, and the two entries after them misnumbered.
    Guard: the first line is a short, whole book entry ("Surname, Given. … , 1989."); a paragraph
    that opens on a name and a sentence, or whose first line goes on, is prose."""
    head, newline, _ = text.partition("\n")
    return bool(newline) and len(head) <= _UNLABELLED_MAX and _AUTHOR_FIRST_BOOK.fullmatch(head) is not None


def _quoted_head(text: str) -> bool:
    """A list item longer than any entry whose head is one: a quoted title, then a URL, within its
    first lines; the rest quotes the source at length ("- **[U1] ExPro Consulting, "Ukraine
    transported 148 bcm …"** — https://… — 2024-12-31. *"in 2024, the transit …"* and …":
    heldback-18's keyed source lists, two items of a thousand characters and more)."""
    head = text[:_UNLABELLED_MAX]
    url = URL_PATTERN.search(head)
    return url is not None and _OPENING_QUOTE.search(head[: url.start()]) is not None


def _item_among_entries(blocks: Sequence[Block], index: int) -> bool:
    """A list item under a notes heading between items that are entries is an entry too, though it
    cites nothing itself (a book named without a link in a link list): one list, one kind of item.
    A line ending in a colon introduces the list rather than being in it."""
    block = blocks[index]
    if not block.item or len(block.text) > _UNLABELLED_MAX or block.text.rstrip().endswith(":"):
        return False
    neighbours = [blocks[j] for j in (index - 1, index + 1) if 0 <= j < len(blocks)]
    if any(b.item and _unlabelled_entry(b) for b in neighbours):
        return True
    if _between_entries(blocks, index):
        return True
    if _book_list(blocks, index):
        return True
    if _leads_list_of_entries(blocks, index):
        return True
    # Further along one list: items opening with a title their markup marks ("- [[…|Observabilidade
    # como prática]] — …", Obsidian wiki links to the author's own notes before the web sources:
    # heldback-10's Portuguese annotated list and a calibration document of the same shape) are
    # entries up to the entry they lead to, one after another.
    if not _opens_marked(block):
        return False
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(blocks) and blocks[j].item and blocks[j].kind == "paragraph":
            if _unlabelled_entry(blocks[j]):
                return True
            if not _opens_marked(blocks[j]):
                break
            j += step
    return False


# The separators that split an unlinked list item into a work and its source ("Title — Site",
# "Title – Site", "Title | Site"): the shape one list's items share (_item_like_previous_entry).
_ITEM_SEPARATOR = lazyre.compile(r"\s(—|–|\|)\s")


def _item_like_previous_entry(blocks: Sequence[Block], index: int, indexes: set[int]) -> bool:
    """A list item right after an item already taken as an entry of the list, written as that item
    is: one list, one kind of item, however many of its items cite without a link. The rule
    :func:`_item_among_entries` applies reaches one step from an item citing by its link; this one
    goes on along the run, item by item, while each is the previous one's shape — the same
    separator between a work and its source (" — ", " – ", " | "), short (at most
    :data:`_UNLABELLED_MAX` characters), not introducing anything (no closing colon), not prose
    (:func:`_reads_as_prose`). Heldback-22's newsletter "## Sources": seven "[Title](URL) — Site"
    items, then three "Title — Site" items read in the print edition (the first reached by the
    neighbour rule, the next two not: notes 9 and 10 not found at first blind, nor after the
    study). Data: fixtures/parse-eval/README.md, "## Branch p10-residual"."""
    block = blocks[index]
    before = index - 1
    if before not in indexes or not block.item or not blocks[before].item or block.kind != "paragraph":
        return False
    text = block.text.strip()
    if len(text) > _UNLABELLED_MAX or text.endswith(":") or _reads_as_prose(text):
        return False
    mine = _ITEM_SEPARATOR.search(text)
    theirs = _ITEM_SEPARATOR.search(blocks[before].text)
    return mine is not None and theirs is not None and mine.group(1) == theirs.group(1) and mine.start() > 0


_LEADING_ITEMS = 2
_LIST_ENTRIES = 3


def _leads_list_of_entries(blocks: Sequence[Block], index: int) -> bool:
    """An item opening a list whose items after it are entries (at least three running on right
    after at most two items that cite nothing, this one among them): a rendered list counts
    them all. Heldback-16's copied Wikipedia "References" (an ``<ol>`` in a JSX page) opens with
    two explanatory notes ("Hooks should only be called at the top level …") before its ten
    citations, and the citations are numbered 3 to 12 on the page. The item must be the list's
    first after its heading (no item before it), and the run must reach entries within two items;
    an introductory item followed by prose items is not taken."""
    if index == 0 or blocks[index - 1].item:
        return False
    j = index + 1
    while (
        j < len(blocks) and j - index < _LEADING_ITEMS and blocks[j].item and not _unlabelled_entry(blocks[j])
    ):
        j += 1
    above = blocks[index - 1]
    if (
        j < len(blocks)
        and blocks[j].kind == "heading"
        and above.kind == "heading"
        and 0 < above.level <= blocks[j].level
    ):
        # A sibling sub-heading between (a course's "#### Week 1" naming one reading without its
        # link, "#### Week 2" over its linked readings: heldback-16's course bibliography) is inside
        # the one list; a heading of a higher level would end it.
        j += 1
    run = 0
    while (
        j < len(blocks) and blocks[j].item and blocks[j].kind == "paragraph" and _unlabelled_entry(blocks[j])
    ):
        run += 1
        j += 1
    return run >= _LIST_ENTRIES


# A book named as "Given Surname, Title, …" (heldback-17's Polish project bibliography: "Jerzy
# Grębosz, Opus magnum C++. Programowanie w języku C++. Wydanie III poprawione", "Stuart Russell,
# Peter Norvig, Wprowadzenie do sztucznej inteligencji."): one or two given-first names, a comma.
_GIVEN_FIRST_BOOK = lazyre.compile(
    r"(?:[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’\-]+\s[A-ZÀ-ÝĀ-Ž][\w'’\-]+,\s){1,3}(?=[^\W\d_])"
)


def _book_list(blocks: Sequence[Block], index: int) -> bool:
    """An item of a list of books under a notes heading, every item opening with its authors'
    names given first and a comma ("Jerzy Grębosz, Opus magnum C++ …"), at least one of them an
    entry by itself (a year, a URL): the items naming no year are books of the same list
    (heldback-17's Polish bibliography: two of its five books, first and last, have neither year
    nor link, and were left out). A list whose items open otherwise ("Install the widget, then …")
    is not one."""
    run = [index]
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(blocks) and blocks[j].item and blocks[j].kind == "paragraph":
            run.append(j)
            j += step
    if len(run) < _LIST_ENTRIES:
        return False
    if not all(
        _GIVEN_FIRST_BOOK.match(blocks[j].text) and len(blocks[j].text) <= _UNLABELLED_MAX for j in run
    ):
        return False
    return any(_unlabelled_entry(blocks[j]) for j in run)


def _between_entries(blocks: Sequence[Block], index: int) -> bool:
    """An item with entries on both sides in one run of list items, however many items that cite
    nothing themselves stand between: a list of sources names some works by a local copy only
    ("- Acme Inc., Form 8-K, 10/7/2026 — local copy `data/8-K.html`", two such items in a row among
    filings linked to their registry: heldback-13's Italian sources list). The list's first and last
    items, with entries on one side only, are not taken so."""

    def entry_towards(step: int) -> bool:
        j = index + step
        while 0 <= j < len(blocks) and blocks[j].item and blocks[j].kind == "paragraph":
            if _unlabelled_entry(blocks[j]):
                return True
            j += step
        return False

    return entry_towards(-1) and entry_towards(1)


def _opens_marked(block: Block) -> bool:
    """A block whose text opens with a run its markup marks (a title set apart)."""
    bullet = _BULLET.match(block.text)
    opening = bullet.end() if bullet is not None else 0
    return any(start <= opening + 1 for start, _, kind in block.spans if kind == "em")


# How far (in blocks) a one-line paragraph may stand from the entries around it and still be one.
_AMONG_REACH = 2


def _line_among_entries(blocks: Sequence[Block], index: int) -> bool:
    """A reference list copied from a rendered page as text, one entry a line, loses the links and
    markup that made a note like "O Arquivo Euler , comentários …, em latim." or "Newman, MEJ A
    estrutura … (PDF) ." an entry: a one-line paragraph that opens like an entry, has fields (a comma)
    and closes with a full stop is one when entries stand both before and after it, two lines away at
    most, with only such lines between (heldback-10's Portuguese Wikipedia copy: two such notes in a
    run of twelve). Prose between entries is longer than a line or opens otherwise; a group's
    sub-heading ("Books and Journals", "Science direct": three calibration documents) has no fields
    and no full stop; the list's end has entries on one side only."""
    block = blocks[index]
    text = block.text.strip()
    if block.item or block.aside or "\n" in text or len(text) > _UNLABELLED_MAX or not _opens_entry(text):
        return False
    if not (text.endswith(".") and ", " in text):
        return False  # a sub-heading between groups of entries ("Websites", "Lo que se consulta sin IA")

    def entry_within(step: int) -> bool:
        for distance in range(1, _AMONG_REACH + 1):
            j = index + step * distance
            if not 0 <= j < len(blocks) or blocks[j].kind != "paragraph" or "\n" in blocks[j].text.strip():
                return False
            if _unlabelled_entry(blocks[j]):
                return True
        return False

    return entry_within(-1) and entry_within(1)


# Blocks after a notes heading within which its list must start: sub-headings ("Books and
# Journals", "Websites", plain lines in a converted document) or an introductory sentence may stand
# between the heading and the items.
_LIST_WINDOW = 3


def _list_follows(blocks: Sequence[Block], starts: Sequence[EntryStart | None], heading: int) -> bool:
    """Whether entries, labelled or not, follow the notes heading at ``heading`` closely. A notes
    section is a list under its heading; a "Note:" aside or a README's "From source" or "API
    Reference" section is not notes because a numbered how-to list comes somewhere after it
    (30 public READMEs in fixtures/readmes)."""
    window = range(heading + 1, min(heading + 1 + _LIST_WINDOW, len(blocks)))
    level = blocks[heading].level
    # The section ends at the next heading of its level or above ("## 脚注", then "## 関連項目").
    closing = next(
        (i for i in window if blocks[i].kind == "heading" and 0 < blocks[i].level <= level and level), None
    )
    if closing is not None:
        window = range(heading + 1, closing)
    if any(
        starts[i] is not None or blocks[i].headed_row or _unlabelled_entry_at(blocks, starts, i)
        for i in window
    ):
        return True
    return _mostly_entries(blocks, starts, heading)


def _notes_subheading_next(
    blocks: Sequence[Block], starts: Sequence[EntryStart | None], heading: int
) -> bool:
    """Whether a notes heading's own text holds no entry and the next heading, below it, heads the
    list: a page titled as a catalogue of sources ("# Resmî Kaynak Kataloğu", official source
    catalogue) over a dateline ("Son erişim tarihi: 26 Ağustos 2026"), a paragraph of prose and then
    "## Ana kaynaklar" (main sources) over the numbered links (heldback-23's Turkish source register).
    The list starts under the second heading; its dateline and prose are no entries of it.

    A sub-heading that heads no list (a methods section: "## Метод" over bullets of prose) may come
    first: the search goes on past it to the next sub-heading (heldback-32's Russian research-sources
    document: "# Источники и методика исследования", a dateline, "## Метод" over three bullets, then
    "## Официальные источники — высокий приоритет" over twelve numbered links, none of them found
    before). The blocks under such a sub-heading are held to the same test as the rest: an entry,
    a row of sources or a link among them, and the title's own text holds the list."""
    level = blocks[heading].level
    for index in range(heading + 1, len(blocks)):
        block = blocks[index]
        if block.kind in ("heading", "title"):
            if not 0 < level < block.level:
                return False
            if _heads_at(blocks, index):
                return _list_follows(blocks, starts, index)
            continue
        if starts[index] is not None or block.headed_row or block.links:
            return False
        if ACCESS_LABEL.match(block.text.strip().lstrip("*_ ")) is None and _unlabelled_entry_at(
            blocks, starts, index
        ):
            return False
    return False


# Unlabelled entries a notes section must hold, beyond the window, to be one.
_SECTION_ENTRIES = 3


_MOSTLY_WINDOW = 60


def _mostly_entries(blocks: Sequence[Block], starts: Sequence[EntryStart | None], heading: int) -> bool:
    """A longer preamble may stand between a notes heading and its list (a sub-heading, "Example",
    a template of the entry format: a Japanese student's 参考文献 in heldback-4): the section is a
    list all the same when, up to the next heading, at least three of its paragraphs are entries
    and they are more than half of them. Prose with a link here and there is not."""
    paragraphs = entries = 0
    level = blocks[heading].level
    # Judged on the section's first _MOSTLY_WINDOW paragraphs: a verdict on a list needs no more,
    # and a page of thousands of candidate headings must not read to its end from each.
    for index in range(heading + 1, min(len(blocks), heading + 1 + _MOSTLY_WINDOW)):
        if blocks[index].kind == "heading" and 0 < level < blocks[index].level:
            continue  # a sub-heading ("# Literatura" > "## Seznam bibliografických citací")
        if blocks[index].kind != "paragraph":
            break
        if _kind_subheading(blocks, starts, index):
            continue  # "Libros impresos:" over the entry it names the kind of
        paragraphs += 1
        entries += _unlabelled_entry_at(blocks, starts, index)
    return entries >= _SECTION_ENTRIES and entries * 2 > paragraphs


# A line naming the kind of the entries under it, closed by a colon, a sub-heading of the list typed
# as a paragraph ("Artículos de revistas:", "Libros impresos:", "Páginas Web:", "Informes:", "Tesis:":
# the APA 7 model list of a Paraguayan law journal's article template, fixtures/parse-eval-docx5
# es-plantilla-articulo-referencias-apa-revista.docx, nine such lines over nine entries, one each;
# the sub-headings student bibliographies write, "Books:", "Websites:", "Internet sources:"). At most
# _KIND_WORDS words, no address, no digit, right over an entry. Without this, a list of entries one
# to a kind counts as half prose, and a notes heading with a few lines of instructions before it
# (the template's) was judged to head no list.
_KIND_WORDS = 8


def _kind_line(text: str) -> bool:
    """One line of at most _KIND_WORDS words closed by a colon, without a digit or an address: the
    shape of a kind sub-heading (see above). Naming a kind by a word a reference's shape knows ("…
    con DOI o URL:") does not make it an entry."""
    text = text.strip()
    if "\n" in text or not _ends_in_colon(text) or any(ch.isdigit() for ch in text):
        return False
    return len(text.split()) <= _KIND_WORDS and URL_PATTERN.search(text) is None


def _kind_subheading(blocks: Sequence[Block], starts: Sequence[EntryStart | None], index: int) -> bool:
    return _kind_line(blocks[index].text) and _unlabelled_entry_at(blocks, starts, index + 1)


def _unlabelled_entry_at(blocks: Sequence[Block], starts: Sequence[EntryStart | None], index: int) -> bool:
    if index >= len(blocks) or starts[index] is not None:
        return False
    pieces = _split_unlabelled(blocks[index])
    # (A list of bulleted lines whose first item names a source without its link: its next item.)
    return _unlabelled_entry(pieces[0]) or (
        len(pieces) >= _BULLETED_ITEMS and pieces[0].item and _unlabelled_entry(pieces[1])
    )


class _ShiftedLocator:
    """A locator for a slice of a block's text: offsets move by the slice's start."""

    __slots__ = ("base", "delta")

    def __init__(self, base: Locator, delta: int) -> None:
        self.base = base
        self.delta = delta

    def position(self, offset: int, token: str) -> tuple[int, int]:
        return self.base.position(offset + self.delta, token)

    def fresh(self) -> _ShiftedLocator:
        return _ShiftedLocator(self.base.fresh(), self.delta)


# For each list of a block's positioned items (anchors, links, spans, link spans): their start
# offsets sorted, and the items' places in the list in that order — so that cutting a block into
# many slices (a run-in list of hundreds of entries on one line) picks each slice's items by
# bisection instead of scanning every list once per slice.
_SliceIndex = dict[str, tuple[list[int], list[int]]]


def _slice_index(block: Block) -> _SliceIndex:
    def index_of(keys: list[int]) -> tuple[list[int], list[int]]:
        order = sorted(range(len(keys)), key=keys.__getitem__)
        return [keys[i] for i in order], order

    return {
        "anchors": index_of([a.start for a in block.anchors]),
        "links": index_of([offset for offset, _ in block.links]),
        "spans": index_of([a for a, _, _ in block.spans]),
        "link_spans": index_of([span.start for span in block.link_spans]),
    }


def _picked(items: Sequence[_T], index: tuple[list[int], list[int]], start: int, end: int) -> list[_T]:
    """The items whose start lies in [start, end), in their list's order."""
    keys, order = index
    return [items[i] for i in sorted(order[bisect.bisect_left(keys, start) : bisect.bisect_left(keys, end)])]


def _slice_block(block: Block, start: int, end: int, index: _SliceIndex | None = None) -> Block:
    while start < end and block.text[start].isspace():
        start += 1
    anchors, links, spans, link_spans = block.anchors, block.links, block.spans, block.link_spans
    if index is not None:
        anchors = _picked(anchors, index["anchors"], start, end)
        links = _picked(links, index["links"], start, end)
        spans = _picked(spans, index["spans"], start, end)
        link_spans = _picked(link_spans, index["link_spans"], start, end)
    return Block(
        text=block.text[start:end].rstrip(),
        locator=_ShiftedLocator(block.locator, start) if start else block.locator,
        kind=block.kind,
        anchors=[
            Anchor(a.label, a.start - start, a.end - start, a.line, a.column)
            for a in anchors
            if start <= a.start < end
        ],
        links=[(offset - start, url) for offset, url in links if start <= offset < end],
        spans=[(a - start, b - start, kind) for a, b, kind in spans if start <= a < end],
        # Inline links and code of the slice stay with it: a split block may be body text.
        link_spans=[
            replace(span, start=span.start - start, end=min(span.end, end) - start)
            for span in link_spans
            if start <= span.start < end
        ],
        masked=[
            (max(a, start) - start, min(b, end) - start) for a, b in block.masked if a < end and start < b
        ],
        level=block.level,
        item=block.item,
        source_row=block.source_row,
        row_key=block.row_key,
        headed_row=block.headed_row,
    )


def entry_marks(block: Block, body_start: int) -> list[Mark]:
    """The runs an entry's markup set apart (link text, emphasis), in order, with link targets."""
    hrefs = dict(block.links)
    return [
        Mark(kind, block.text[start:end], hrefs.get(start) if kind == "link" else None)
        for start, end, kind in block.spans
        if start >= body_start
        and end > start
        and not (kind == "em" and _em_in_sentence(block.text, start, end))
        and not (kind == "em" and EMPHASISED_SIGNAL.fullmatch(block.text[start:end]))
        and not (kind == "em" and _em_whole_reference(block.text, body_start, start, end))
    ]


# A list set in italics from end to end (fixtures/parse-eval-docx6's Italian thesis: all thirteen
# entries of its "Bibliografia" in italic runs, so each entry's one emphasis was the whole entry and
# the whole entry was read as its title, or the title was lost: 3 of 13). Emphasis that runs over an
# entry's whole text, from its body's start to its end, sets no field apart. Guard: the entry is a
# whole reference, a year and three fields at least (two stops between them, each before a capital,
# a quote, a bracket or a digit: "Reider B. Moneyball. The American Journal … 2014;42(3)"), so a
# title alone in italics stays the title it marks: "*The Chicago Manual of Style*", a Polish act
# named with its date ("_Uchwała nr 498/20 Zarządu Województwa Łódzkiego z dnia 29 maja 2020 r. w
# sprawie …_", the parse eval's hb22, one sentence) and an address alone ("*https://…*", hb28).
_WHOLE_REFERENCE = lazyre.compile(r"\b(?:1[5-9]|20)\d{2}\b")
_FIELD_STOP = lazyre.compile(r"[.\]]['\"’”]?\s+['\"‘“«(\[\d\w]")


def _em_whole_reference(text: str, body_start: int, start: int, end: int) -> bool:
    """Whether an emphasised run is the whole of an entry that is a full reference (see above)."""
    body = text[body_start:]
    lead = len(body) - len(body.lstrip())
    return (
        start <= body_start + lead
        and not text[end:].strip()
        and _WHOLE_REFERENCE.search(body) is not None
        and sum(1 for stop in _FIELD_STOP.finditer(body) if not stop.group(0)[-1].islower()) >= 2
    )


# A citation signal set in italics, as the Bluebook (rule 1.2) sets every signal: "*See*",
# "*See, e.g.*", "*See also*", "*Cf.*", "*But see*", "*Compare*" … "*with*". It leads a source in,
# never names it: in the FCC's 2015 Open Internet Order (fixtures/parse-eval-docx), "*See, e.g.*,
# Alexa, *Top Sites in United States*, http://…" was read with the title "See, e.g". Guard: the
# whole run is signal words (a title that opens on "See" or "Compare" is more than them).
EMPHASISED_SIGNAL = lazyre.compile(
    r"(?i)\s*(?:(?:but\s+)?see|cf|compare|accord|contra|e\.\s?g|i\.\s?e|with|and|also|generally)"
    r"(?:[\s.,]+(?:see|also|generally|e\.\s?g|i\.\s?e|with))*[\s.,;:]*"
)


# Emphasis a sentence runs through: a lower-case word (or "word (") right before it and no field end
# right after it (a stop, comma, colon, the entry's end, a bracketed year).
_WORD_BEFORE = lazyre.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]+)\s\(?$")
_FIELD_END_AFTER = lazyre.compile(r"\s*(?:[.,:;!?]|$|\([^)]*[,\d])")


def _em_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether an emphasised run is a word or two inside a sentence (a species name, a Latin "in
    vitro" in a title), not a field of the entry: the sentence goes on before it from a lower-case
    word and after it with more words ("… agar concentration on *in vitro* shoot organogenesis …",
    "… in olive (*Olea europaea* L.) cultivar …"). Such a run is no title mark. Data: SciELO's
    Brazilian Journal of Biology and Hoehnea pages (fixtures/parse-eval-pages: 7 of 19 sampled
    titles were a species name or "in vitro"). Guard: a run after a capital, a stop or a bracket
    ("). *Title*.", "In *Container*", "Rudolf *Title*"), one closing its field ("in *Container*, 12",
    "*Title.* London") or followed by an imprint in brackets ("in *Book* (Springer, New York, 2009)",
    "*Title* (Plan = ex-7.1 …)") stays a mark."""
    if text[start:end].rstrip()[-1:] in tuple(".,:;!?"):
        return False  # the run closes its own field ("Postcard of *Title.* London")
    word = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if word is None or not word.group("word")[0].islower():
        return False
    return _FIELD_END_AFTER.match(text, end) is None


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at != -1 and at + 1 < len(text):
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


# A list number inside a line, after a space: where a list run together on one line may go on (an
# entry may open with a number of its own: "6. 3.2 FITS File Format - …").
_RUN_IN_NUMBER = lazyre.compile(r"\s(\d{1,4})\.\s+(?=\S)")
# The same run of a list labelled "[1]", "[2]", …: a bracketed number right after an entry's URL,
# with or without a space ("[1]Title: https://…/p/359551116[2]Title: https://…[3]…": heldback-34's
# Chinese VuePress page, whose seven 脚注 ran together in one paragraph, the Markdown's line breaks
# lost in the rendering; six notes not found). Only where the block itself opens on a bracketed
# label, the numbers go on from it in sequence, each right after a URL, three entries at least.
_RUN_IN_BRACKET = lazyre.compile(r"\s?\[(\d{1,4})\][^\S\n]*(?=\S)")
_RUN_IN_ENTRIES = 3
_URL_REACH = 4000  # how far back the URL before a run-in number may start (the longest URL in the eval: 303)
# A notes heading run into the paragraph before its list ("… images. Works cited 1. …").
_INLINE_NOTES_HEADING = lazyre.compile(
    r"(?<=[.!?:])\s+(?P<heading>[A-Z][^\W\d_]*(?:\s[^\W\d_]+){0,2})\s+(?=1\.\s)"
)


def _split_run_in(block: Block) -> list[Block]:
    """A numbered list whose entries run on in one line, each closed by its URL ("1. Title - Site,
    https://… 2. Title - Site, https://… 3. …", a document's "Works cited" pasted without its line
    breaks): one block per entry, when the numbers go on in sequence from the block's own label,
    each right after a URL, three entries at least; any other block as it is."""
    text = block.text
    opening = 0  # where the list opens: the block's start, or after a notes heading run into prose
    head_label = block.note_label
    if block.note_label is not None:
        first, body = label_ordinal(block.note_label), block.body_start
    else:
        # An HTML "<ol>" item's number is no text of it (Block.list_number): entry_start_of tells
        # it. Data (benchmarks/parse_html.py): en-deepresearch-trading/fits "Works cited" rendered.
        entry = entry_start_of(block)
        first = label_ordinal(entry.label) if entry is not None and entry.label else None
        body = 0
        if entry is not None and entry.length == 0 and block.list_number is not None:
            head_label = block.list_number  # the first entry's label, which its text does not hold
        if first is None:
            # "… astronomical images. Works cited 1. Title - Site, accessed …, https://… 2. …": the
            # notes heading and the list run on at the end of the last paragraph.
            inline = next(
                (m for m in _INLINE_NOTES_HEADING.finditer(text) if is_notes_heading(m.group("heading"))),
                None,
            )
            if inline is None:
                return [block]
            first, opening = 1, inline.end()
    if first is None:
        return [block]
    cuts: list[tuple[int, str, int]] = []
    if opening:
        cuts.append((opening, "1", opening + 3))
        first = 0
    bracketed = text[opening:].lstrip().startswith("[")
    for match in (_RUN_IN_BRACKET if bracketed else _RUN_IN_NUMBER).finditer(text, opening):
        number = int(match.group(1))
        if number != first + len(cuts) + 1:
            continue
        before = text[max(0, match.start() - _URL_REACH) : match.start()].rsplit(None, 1)
        if not before or not has_url(before[-1]) or URL_PATTERN.match(before[-1]) is None:
            continue
        start = match.start() + (text[match.start()].isspace())
        cuts.append((start, match.group(1), match.end()))
    if len(cuts) + (0 if opening else 1) < _RUN_IN_ENTRIES:
        return [block]
    index = _slice_index(block)
    head = _slice_block(block, 0, cuts[0][0], index)
    head = head if opening else replace(head, note_label=head_label, body_start=body)
    pieces = [head]
    for (start, label, body_at), end in zip(cuts, [*(c[0] for c in cuts[1:]), len(text)], strict=True):
        piece = _slice_block(block, start, end, index)
        pieces.append(replace(piece, note_label=label, body_start=body_at - start))
    return pieces


def split_entry_lines(block: Block) -> list[Block]:
    """A block whose lines each start an entry ("[1] …⏎[2] …", or one reference per line joined
    by a reader) as one block per entry; any other block as it is."""
    if "http" in block.text and "\n" not in block.text:
        run_in = _split_run_in(block)
        if len(run_in) > 1:
            return run_in
    if block.note_label is not None:
        return [block]
    lines = _line_starts(block.text)
    inserted = _inserted_items(block, lines)
    if inserted:
        bounds = [0, *(at for at, _, _ in inserted), len(block.text)]
        pieces = [_slice_block(block, a, b) for a, b in itertools.pairwise(bounds)]
        return [
            pieces[0],
            *(
                replace(piece, note_label=label, body_start=body)
                for piece, (_, label, body) in zip(pieces[1:], inserted, strict=True)
            ),
        ]
    superscripted = _superscript_led(block, lines)
    if superscripted:
        pieces = []
        for (start, label), end in zip(
            superscripted, [*(s[0] for s in superscripted[1:]), len(block.text)], strict=True
        ):
            piece = _slice_block(block, start, end)
            opening = re.match(rf"\s*{re.escape(label)}\s*", piece.text)
            pieces.append(replace(piece, note_label=label, body_start=opening.end() if opening else 0))
        return pieces
    if "\n" not in block.text:
        return [block]
    numbered = _numbered_run(block.text, lines)
    if numbered is not None:
        pieces = []
        for (start, label, body), end in zip(
            numbered, [*(n[0] for n in numbered[1:]), len(block.text)], strict=True
        ):
            piece = _slice_block(block, start, end)
            pieces.append(replace(piece, note_label=label, body_start=body - start))
        return pieces
    labelled = _in_sequence(block.text, [i for i in lines if match_entry_start(block.text, i) is not None])
    if block.item:
        # A numbered line inside a list item the reader kept whole, after a line ending in a comma
        # (a wrapped author list numbered by a word processor: markdown.py), runs on.
        labelled = [i for i in labelled if not i or not block.text[:i].rstrip().endswith(",")]
    if len(labelled) >= 2 and labelled[0] == 0:
        cuts = labelled
    elif (
        _lead_line_before(block.text, lines, labelled)
        or _lead_over_addresses(block.text, lines, labelled)
        or _bracketed_list_after_prose(block.text, lines, labelled)
    ):
        # The lead, then the entries ("**Evidenced or assumed:**⏎(1) URL⏎(2) URL"); or the paragraph's
        # own text, then its bracketed list ("… hiring plan?⏎[1] [https://ifs.org.uk](…)⏎[2] …").
        cuts = [0, *labelled]
    elif is_notes_heading(block.text[: block.text.find("\n")].replace("<br>", ""), marked_heading=True):
        if labelled:
            cuts = [0, *labelled]  # "Daftar Pustaka:<br>⏎[1] …": the heading, then the entries
        elif len(lines) >= 3 and _entry_lines_under_leads(block.text, lines[1:]):
            # A reference list copied as plain text, its numbers lost ("References⏎ "Title". Site.
            # Retrieved 19 February 2023.⏎ …"): the heading, then one entry per line.
            cuts = lines
        else:
            return [block]
    else:
        inner = _inner_heading(block.text, lines, labelled)
        if inner is None:
            plain = _plain_list_under_inner_heading(block.text, lines)
            if plain is None:
                return [block]
            # "… (1:14:15 ) Closing recommendations⏎References⏎Where to find …:⏎• LinkedIn: https://…":
            # the text before, the heading, then one entry (or lead-in) per line.
            return [_slice_block(block, a, b) for a, b in itertools.pairwise([0, *plain, len(block.text)])]
        # "… prose.⏎REFERENCIAS BIBLIOGRÁFICAS⏎[1] …⏎[2] …" (a document copied as plain text, no blank
        # lines): the text before, the heading, then the entries — up to the next section a copied
        # Wikipedia page marks with its edit link ("External links⏎[ edit]").
        cuts = [0, inner, *(i for i in labelled if i > inner)]
        cuts += [i for i in _edited_sections(block.text, lines) if i > cuts[-1]][:1]
    bounds = [*cuts, len(block.text)]
    return [_slice_block(block, a, b) for a, b in itertools.pairwise(bounds)]


# An item inserted later between numbered items, labelled by a neighbour's number and a letter: "6.
# Kelly, B. … (listado en https://…)⏎5b. Elmore, R. … Is Complexity Virtuous? …" (heldback-26's
# Spanish research list), "11. IAB Revises Ad Forecast …⏎11b. IAB: Retail Commerce Media …"
# (heldback-17's ad market report). Markdown reads it as a line of the item above.
_INSERTED_ITEM = lazyre.compile(r"(?P<number>\d{1,3})(?P<letter>[a-z])\.[^\S\n]+(?=\S)")


def _inserted_items(block: Block, lines: Sequence[int]) -> list[tuple[int, str, int]]:
    """The lines of a numbered list item that open an inserted item (:data:`_INSERTED_ITEM`), as
    (offset, label, body start within the piece): its number is the item's own or the one before."""
    if not block.item or len(lines) < 2:
        return []
    own = match_entry_start(block.text, 0)
    number = label_ordinal(own.label) if own is not None and own.label is not None else None
    if number is None:
        return []
    found = []
    for at in lines[1:]:
        matched = _INSERTED_ITEM.match(block.text, at)
        if matched is not None and number - 1 <= int(matched.group("number")) <= number:
            found.append((at, matched.group("number") + matched.group("letter"), matched.end() - at))
    return found


# An inserted item standing as a block of its own: "8b. …", "[8b] …", "(8b) …" after the item "8."
# (:data:`_INSERTED_ITEM` reads it as a line inside the item above).
_INSERTED_BLOCK = lazyre.compile(
    r"[^\S\n]*[\[(]?(?P<number>\d{1,3})(?P<letter>[a-z])[\])]?[.:)]?[^\S\n]+(?=\S)"
)


def _inserted_entries(
    blocks: Sequence[Block], entries: list[tuple[Block, EntryStart]], indexes: set[int]
) -> None:
    """Items inserted later into a numbered list, each a block of its own labelled by the number of
    the entry before it and a letter ("8. …", "8b. …", "9. …"; "[11] …", "[11b] …"), are entries
    under that label. The label shape family L of branch p10-residual's first-blind reconstruction
    (heldback-17's "11b.", heldback-26's "5b." read as a line of the item above; their rule,
    :func:`_inserted_items`, only reads such an item inside the one before). By structure: the
    block is no entry yet, the entry right before it is labelled by that number, and the entry
    right after it (if any) by the next number; the label shape (full stop, brackets) is the
    list's."""
    order = sorted(indexes)
    for i, block in enumerate(blocks):
        if i in indexes or block.kind not in ("paragraph", "item"):
            continue
        found = _INSERTED_BLOCK.match(block.text)
        if found is None:
            continue
        previous = [k for k in order if k < i]
        following = [k for k in order if k > i]
        place = {id(b): k for k, (b, _) in enumerate(entries)}
        if not previous or id(blocks[previous[-1]]) not in place or previous[-1] != i - 1:
            continue
        before = entries[place[id(blocks[previous[-1]])]][1]
        number = int(found.group("number"))
        if before.label is None or label_ordinal(before.label) != number or not before.label.isdigit():
            continue
        if following and id(blocks[following[0]]) in place:
            after = entries[place[id(blocks[following[0]])]][1]
            if after.label is None or label_ordinal(after.label) != number + 1:
                continue
        label = found.group("number") + found.group("letter")
        entries.insert(
            place[id(blocks[previous[-1]])] + 1, (block, EntryStart(label, before.kind, found.end()))
        )
        indexes.add(i)
        order = sorted(indexes)


# A bracket opening a block where the list's bracketed label should stand, with no number in it: the
# label garbled ("[美] 温迪·弗莱 …" for "[11]", a machine translation of the list).
_GARBLED_BRACKET = lazyre.compile(r"[^\S\n]*\[[^\]\d\n]{1,3}\][^\S\n]*(?=\S)")


def _gap_entries(blocks: Sequence[Block], entries: list[tuple[Block, EntryStart]], indexes: set[int]) -> None:
    """A block standing alone between the entries numbered n-1 and n+1 of a numbered list, citing a
    web address, is entry n, its number lost ("[5] …", "桑德拉·迪布尔。Title。URL: …", "[7] …";
    "[10] …", "[美] … url: …", "[12] …": heldback-33's machine-translated biblatex list, two entries
    whose labels the translation dropped or turned into a word). By structure: the block is no entry
    yet, the blocks right before and after it are entries of one label kind numbered one apart by
    two, and it gives an address; a bracket with no number opening it, where the list's labels are
    bracketed, is the garbled label."""
    place = {id(block): k for k, (block, _) in enumerate(entries)}
    for i in range(1, len(blocks) - 1):
        block = blocks[i]
        if i in indexes or i - 1 not in indexes or i + 1 not in indexes or block.kind != "paragraph":
            continue
        if not _links_out(block):
            continue
        before_at, after_at = place.get(id(blocks[i - 1])), place.get(id(blocks[i + 1]))
        if before_at is None or after_at is None or after_at != before_at + 1:
            continue
        before, after = entries[before_at][1], entries[after_at][1]
        if before.label is None or after.label is None or before.kind != after.kind:
            continue
        if not (before.label.isdigit() and after.label.isdigit()):
            continue
        number = int(before.label) + 1
        if int(after.label) != number + 1:
            continue
        garbled = _GARBLED_BRACKET.match(block.text) if before.kind == "bracket" else None
        entries.insert(
            after_at, (block, EntryStart(str(number), before.kind, garbled.end() if garbled else 0))
        )
        indexes.add(i)
        place = {id(b): k for k, (b, _) in enumerate(entries)}


# A superscript number as a reader shows it: the digits alone ("<sup>1 </sup>", "⁴").
_SUPERSCRIPT_SHOWN = lazyre.compile(r"\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}\s*")


def _superscript_led(block: Block, lines: Sequence[int]) -> list[tuple[int, str]]:
    """Notes each opening with a superscript number, as Word's endnotes come out of a
    DOCX-to-Markdown conversion ("<sup>1 </sup>Jurafsky, D. …", and two in one paragraph:
    "<sup>5</sup> Alammar, J. …⏎ <sup>⏎ 6</sup> Goodfellow, I. …", the line break inside the tag and
    all: heldback-9's IBM article): a block that opens with one is an entry labelled by its number,
    and so is each later line that opens with the next. Where each starts and its label, or nothing."""
    text = block.text
    found: list[tuple[int, str]] = []
    bodies: list[int] = []  # where each note's text starts, after its superscript
    for anchor in block.anchors:
        if label_ordinal(anchor.label) is None or not _SUPERSCRIPT_SHOWN.fullmatch(
            text[anchor.start : anchor.end]
        ):
            continue  # a marker shown as "[^1]" or "[1]" opens body text ("[^1] Opening with a marker …")
        line = max((i for i in lines if i <= anchor.start), default=0)
        if text[line : anchor.start].strip():
            continue
        found.append((line if found else 0, anchor.label))
        bodies.append(anchor.end)
    if not found or text[: block.anchors[0].start].strip() or block.anchors[0].label != found[0][1]:
        return []
    ordinals = [label_ordinal(label) for _, label in found]
    if any(b != a + 1 for a, b in itertools.pairwise(ordinals) if a is not None and b is not None):
        return []
    ends = [*(start for start, _ in found[1:]), len(text)]
    if any(_CONTACT_ONLY.fullmatch(text, body, end) for body, end in zip(bodies, ends, strict=True)):
        return []  # an author's contact under the by-line, not a note
    if all(_affiliation_only(text[body:end]) for body, end in zip(bodies, ends, strict=True)):
        return []  # an author's affiliation under the by-line, not a note
    return found


def _affiliation_only(body: str) -> bool:
    """Whether a superscript-led line is an author's affiliation, as a journal's Word template sets
    them under the by-line ("¹<TAB>The Brain Body Institute, St. Joseph's Hospital, McMaster
    University, Hamilton, ON L8N 4A6, Canada; haasneis@…", MDPI's template: fixtures/parse-eval-docx5
    research-paper-mdpi-references-depression-immune.docx, spent by branch s41-docx2, where four
    affiliations were read as notes 1-4 and the references' first four pushed to "2.1"-"2.4"). An
    institution's word, an address of at least three comma-separated parts (institution, town,
    country), and nothing a citation needs: no year, no web address but an author registry's. A note
    citing an institution's report names its year ("Department of Health, Annual report, London,
    2019.") and stays a note."""
    if _CITATION_SIGN.search(body) or not _INSTITUTION.search(body):
        return False
    address = body.split(";", 1)[0]  # the authors' mail addresses follow a semicolon
    return len([part for part in address.split(",") if part.strip()]) >= _AFFILIATION_PARTS


_INSTITUTION = lazyre.compile(
    r"\b(?:Universit(?:y|ies|ät|é|à|at|ad|ade|eit|et|y)|Institut(?:e|o|ion)?|Department|Dept\.|Cent(?:re|er|ro)"
    r"|Hospital|Klinikum|Clinic|College|School|Facult(?:y|é|ad|ade)|Laborator(?:y|ies|ium|io|oire)|Academy)\b"
)
_CITATION_SIGN = lazyre.compile(
    r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)|https?://(?!(?:www\.)?orcid\.org)|www\.|\bdoi\b", re.IGNORECASE
)
_AFFILIATION_PARTS = 3


# An author's contact line under an article's by-line, led by the author's superscript number:
# "²grigv_84@mail.ru, https://orcid.org/0000-0002-9073-4184" (fixtures/parse-eval-docx4
# ru-statya-spisok-istochnikov-finansy-semyi.docx: its Russian and English by-lines each read as note
# 2, "defined twice"). Only addresses of mail and of author registries (ORCID, ResearcherID, Scopus,
# eLIBRARY), their labels and separators: a note cites a work.
_CONTACT_ONLY = lazyre.compile(
    r"(?:[\s,;]|(?i:e-?mail|orcid(?:\s?id)?|researcherid)\s?:?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?i:https?://(?:www\.)?(?:orcid\.org|researcherid\.com|scopus\.com/authid|elibrary\.ru/author)\S*))+"
)

# A lead line of its own before a list's entries: a few words closed by a colon ("Sources:",
# "**Evidenced or assumed:**"), markup aside.
_LEAD_LINE = lazyre.compile(r"[*_\s]*[^\W\d_][^\n:]{0,80}:[*_\s]*")
_LEAD_ENTRIES = 3
# A rule drawn as a line of one mark repeated ("-----…", "_____", "═══"): a converter's horizontal
# rule between the text and its notes, escaped so that Markdown keeps it as text ("\-----…  ", a
# Google Docs export of a research report whose twelve numbered notes ran on under it with no blank
# line, heldback-35's Portuguese report: 0 of 12 notes found before). It leads the run as a lead
# closed by a colon does (:func:`_lead_line_before`), on the same conditions.
_RULE_LINE = lazyre.compile(r"[^\S\n]*([-_*=~\u2013\u2014\u2500\u2550])\1{2,}[^\S\n]*")


def _lead_line_before(text: str, lines: Sequence[int], labelled: Sequence[int]) -> bool:
    """Whether a block's first line is a lead closed by a colon (or a rule, :data:`_RULE_LINE`) and
    every line after it opens an entry, numbered from 1 in sequence, three at least (a list written
    under its lead with no blank line, which Markdown reads as one paragraph)."""
    if len(lines) < _LEAD_ENTRIES + 1 or list(labelled) != list(lines[1:]):
        return False
    first = match_entry_start(text, lines[1])
    if first is None or label_ordinal(first.label or "") != 1:
        return False
    lead = (0, lines[1] - 1)
    return _LEAD_LINE.fullmatch(text, *lead) is not None or _RULE_LINE.fullmatch(text, *lead) is not None


# Family: a list of notes written straight under the last paragraph, no blank line and no heading
# between, its lines labelled "[1]", "[2]", … (an assistant's answer pasted with its sources: "… or are
# you mapping out a long-term corporate hiring plan?⏎[1] [https://ifs.org.uk](…)⏎[2] …"; a German
# article's "… aufgenommen werden.⏎ [1] <http://www.golem.de/…>⏎ [2] …"). Markdown reads a bracketed
# number as no list item, so the lines run on in the paragraph above and the list was read as
# prose with links. Found by rewriting the visible documents' lists so (branch s35-notes: the blank
# lines before their entries taken out): hb20-en-link-list-uk-occupations-decade-ai-mode-sources.md,
# de-rust-quellen.md and hb22-en-wikipedia-converted-central-asia-notes.md lost every note. Guard: the
# labels are brackets, numbered 1, 2, 3, … one after another with no gap, three at least, each opening
# a line and the last running to the paragraph's end; the text before them is the paragraph's own.
_AFTER_PROSE_ENTRIES = 3


def _bracketed_list_after_prose(text: str, lines: Sequence[int], labelled: Sequence[int]) -> bool:
    """Whether a paragraph ends on a bracketed list numbered from 1 in sequence (see above)."""
    if len(labelled) < _AFTER_PROSE_ENTRIES or not labelled[0]:
        return False
    if list(labelled) != [at for at in lines if at >= labelled[0]]:
        return False  # a line among the entries that opens none: wrapped text, not a list one a line
    for ordinal, at in enumerate(labelled, start=1):
        start = match_entry_start(text, at)
        if start is None or start.kind != "bracket" or label_ordinal(start.label or "") != ordinal:
            return False
    return True


def _lead_over_addresses(text: str, lines: Sequence[int], labelled: Sequence[int]) -> bool:
    """Whether a block's first line is a lead closed by a colon and every line after it is a
    numbered address ("**WatermelonDB:**⏎6. https://…/index.js⏎7. https://…", "**ElectricSQL …
    (нақты код):**⏎10a. https://…": a numbered list of sources grouped under bold leads, the
    number running on across the groups, heldback-16's Kazakh research note). The numbers need
    not start at 1, since the lead only groups the list; each numbered line must open with its
    URL, so a lead over numbered prose is not split so."""
    if (
        len(lines) < 2
        or list(labelled) != list(lines[1:])
        or _LEAD_LINE.fullmatch(text, 0, lines[1] - 1) is None
    ):
        return False
    for at in labelled:
        start = match_entry_start(text, at)
        if start is None or URL_PATTERN.match(text, at + start.length) is None:
            return False
    return True


def _inner_heading(text: str, lines: Sequence[int], labelled: Sequence[int]) -> int | None:
    """Where a notes heading stands on a line of its own inside a block, right before at least two
    labelled entries in sequence: the start of that line, or None."""
    bounds = [*lines, len(text)]
    for number, (start, end) in enumerate(itertools.pairwise(bounds)):
        if start == 0 or not is_notes_heading(text[start:end].strip()):
            continue
        if number + 2 < len(bounds) and _EDIT_LINK.fullmatch(text[end : bounds[number + 2]].strip()):
            # A Wikipedia page copied as text keeps its section's edit link on the line under the
            # heading ("References⏎[ edit]⏎^ …": a calibration copy of p10-hb11gate2).
            end = bounds[number + 2]
        after = [i for i in labelled if i > start]
        if len(after) >= 2 and after[0] == end:
            return start
    return None


def _edited_sections(text: str, lines: Sequence[int]) -> list[int]:
    """Starts of the lines a copied Wikipedia page's edit link follows (its section headings)."""
    bounds = [*lines, len(text)]
    return [
        start
        for number, start in enumerate(lines[:-1])
        if _EDIT_LINK.fullmatch(text[bounds[number + 1] : bounds[number + 2]].strip())
    ]


_EDIT_LINK = lazyre.compile(
    r"\[\s*(?:edit|editar|modifier|bearbeiten|modifica|edytuj|править|редагувати)\s*\]"
)


# A list number at the start of a line, alone on it ("1.⏎GNU Bash Manual …", Pandoc's output of a
# LaTeX bibliography) or glued to the entry ("3.Zarrelli G. …"): forms ENTRY_START leaves alone,
# because "2005. 354 с." and "3.5 GHz" start lines too.
# A stop typed twice ("2..  风***.计算机专业论文开题报告模板[EB/OL]", heldback-15's Chinese list) is
# still the label's.
_LOOSE_NUMBER = lazyre.compile(
    r"[^\S\n]*(\d{1,3})(?:[.)]\.?(?:[^\S\n]*(?=\n)|(?=[^\W\d_])|[^\S\n]+(?=\S))|(?=[^\W\d_]))"
)
# A first entry whose "1" was lost, its stop left (".  Anthropic. Claude Code …[EB/OL]", then "2..",
# "3.前端之家", …: the same list): read as number 1 when the next line is numbered 2.
_LOST_FIRST_NUMBER = lazyre.compile(r"[^\S\n]*[.)][^\S\n]+(?=[^\W\d_])")


def _numbered_run(text: str, lines: Sequence[int]) -> list[tuple[int, str, int]] | None:
    """(line start, label, body start) of each entry when a block's lines hold one numbered list,
    n, n+1, n+2 … in order with at least three entries, and some labels are alone on their line or
    glued to the entry. A number out of sequence ("2005. 354 с." after "2.") is the entry's text.
    A label glued with no stop at all ("5James Smith, …", endnotes of a journal article converted
    from PDF, whose excerpt may start at any note) counts only before a capital letter."""
    found: list[tuple[int, str, int]] = []
    loose = False
    lost = _LOST_FIRST_NUMBER.match(text, lines[0]) if len(lines) > 1 else None
    if lost is not None:
        second = _LOOSE_NUMBER.match(text, lines[1])
        if second is not None and second.group(1) == "2":
            found.append((lines[0], "1", lost.end()))
            loose = True
            lines = lines[1:]
    for start in lines:
        match = _LOOSE_NUMBER.match(text, start)
        expected = int(found[0][1]) + len(found) if found else None
        bare = match is not None and text[match.end(1) : match.end(1) + 1] not in ".)"
        if (
            match is None
            or (expected is not None and int(match.group(1)) != expected)
            or (expected is None and not bare and match.group(1) != "1")
            or (bare and not text[match.end()].isupper())
        ):
            if not found:
                return None
            continue
        body = match.end()
        while body < len(text) and text[body].isspace():
            body += 1
        loose = loose or match_entry_start(text, start) is None
        found.append((start, match.group(1), body))
    return found if loose and len(found) >= 3 else None


def _in_sequence(text: str, starts: list[int]) -> list[int]:
    """Line starts whose labels continue the list: a number far beyond the one before ("2005. 354
    p." after "1.") is a year or a page count the entry above ran on to."""
    kept: list[int] = []
    previous: int | None = None
    for start in starts:
        entry = match_entry_start(text, start)
        ordinal = label_ordinal(entry.label) if entry is not None and entry.label else None
        if ordinal is not None and previous is not None and ordinal >= previous + 10:
            continue
        kept.append(start)
        previous = ordinal if ordinal is not None else previous
    return kept


# Entries of one line each, blank lines between them, that a list needs before a paragraph of
# several lines in it is read as one entry wrapped (a line break inside "\"Lecture 60\". (Apr 13,
# 2016).⏎Artificial Intelligence. Youtube. Erişim tarihi: …").
_SEPARATED_ENTRIES = 3


def _blank_line_list(blocks: Sequence[Block]) -> bool:
    """Whether a notes section's unlabelled entries are set apart by blank lines: at least three of
    its paragraphs before the next heading are one line each and read as entries."""
    single = 0
    for block in blocks:
        if block.kind == "heading":
            break
        if block.kind == "paragraph" and "\n" not in block.text and _unlabelled_entry(block):
            single += 1
    return single >= _SEPARATED_ENTRIES


def _url_every_line(text: str) -> bool:
    """Each line of the text gives a URL of its own (references one a line, however listed)."""
    return all(has_url(line) for line in text.split("\n") if line.strip())


def _closes_on_dated_address(line: str) -> bool:
    """A line that gives a URL and ends on a date after it ("…, Web, https://… (last accessed 20
    June 2020)."): a web reference's last field, so the line ends its entry."""
    found = URL_PATTERN.search(line)
    if found is None:
        return False
    stripped = line.rstrip(" \t.)]")
    ends = [end for _, _, end in find_dates(stripped, found.end())]
    return bool(ends) and ends[-1] == len(stripped)


def _closed_entry_lines(text: str) -> bool:
    """Whether a paragraph of a list separated by blank lines is several references written with no
    blank line between them: each line but the last closes on its URL's date
    (:func:`_closes_on_dated_address`), the last is a whole reference (:func:`_line_is_entry`).
    heldback-35's English thesis list copied as text ("Title, Site, Date, Web, URL (last accessed
    …)." one a paragraph, once three in one paragraph: two notes lost, the next five misnumbered).
    Guard: a wrapped entry's first line ends before its date, never on it, so a reference wrapped
    over lines stays whole; a paragraph of one line is not touched."""
    lines = [line for line in text.split("\n") if line.strip()]
    return (
        len(lines) >= 2
        and all(_closes_on_dated_address(line) for line in lines[:-1])
        and _line_is_entry(lines[-1])
    )


def _split_unlabelled(block: Block) -> list[Block]:
    """One block per line when every line of a notes-section block cites its own URL after some
    text (references separated by line breaks, "<br>", rather than blank lines)."""
    if "\n" not in block.text:
        return [block]
    lines = [at for at in _line_starts(block.text) if not _wrapped_url_line(block.text, at)]
    # A line that only gives the entry above its address or its access date ("Available at: URL",
    # "[Accessed 1 April 2019]." — Harvard as word processors write it, one field a line) goes on it.
    kept: list[int] = []
    for number, at in enumerate(lines):
        end = lines[number + 1] if number + 1 < len(lines) else len(block.text)
        if number and _continues_entry(block.text, at) and not _second_address(block.text, kept[-1], at, end):
            continue
        kept.append(at)
    bounds = [*kept, len(block.text)]
    pieces = [block.text[a:b] for a, b in itertools.pairwise(bounds)]
    if _bare_url_lines(block.text):
        return [_slice_block(block, a, b) for a, b in itertools.pairwise([*lines, len(block.text)])]
    if _linked_lines(block, lines):
        return [_slice_block(block, a, b) for a, b in itertools.pairwise([*lines, len(block.text)])]
    if len(pieces) < 2 or not all(_line_is_entry(piece) for piece in pieces):
        return _bulleted_lines(block, lines) or [block]
    return [_slice_block(block, a, b) for a, b in itertools.pairwise(bounds)]


_BARE_URL_LINES = 2
# What may follow a line's one link: spaces (a Markdown hard break), underscores a wiki left there,
# or a closing mark.
_AFTER_LINE_LINK = lazyre.compile(r"[\s_.,;·|]*")
_LINKED_LINES = 3


def _linked_lines(block: Block, lines: list[int]) -> bool:
    """Whether a notes-section paragraph is a list of links, one a line and nothing else: three lines
    at least, each the anchor of one link, then at most a hard break's spaces or stray underscores
    ("[Wikidata](https://www.wikidata.org/)__⏎[WIWOSM](https://wiki.openstreetmap.org/wiki/WIWOSM)  ⏎…":
    heldback-23's Serbian OpenStreetMap wiki page, five links under "## референце"). Each line is an
    entry of its own, as in a bulleted list of links. A line with words besides its link, or two
    links on one line, is not such a list."""
    if len(lines) < _LINKED_LINES or len(block.link_spans) != len(lines):
        return False
    text = block.text
    for number, (at, span) in enumerate(
        zip(lines, sorted(block.link_spans, key=lambda s: s.start), strict=True)
    ):
        end = lines[number + 1] if number + 1 < len(lines) else len(text)
        if span.start != at or span.image or span.end > end:
            return False
        if _AFTER_LINE_LINK.fullmatch(text, span.end, end) is None:
            return False
    return True


def _wrapped_url_line(text: str, at: int) -> bool:
    """A line that is the rest of the URL ending the line above, which a PDF-to-text conversion
    wrapped at the page's margin ("https://stackoverflow.com/questions/62892376/access-control-allow-
    origin-is-no⏎t-allowed-error-but-if-omitted-then-is-expect/", "…&ab_channel=Sourcesdel%⏎
    7InformaticienavecPr.MohamedYOUSSFI": heldback-25's French webography, three of its eleven
    addresses). One token, no space, that is no address of its own, after a line whose URL runs to its
    end; it goes on that URL as :func:`urls.unwrap_urls` joins it (a word, a label, a quote or a
    bracket does not)."""
    if at == 0:
        return False
    line_end = text.find("\n", at)
    line = text[at : line_end if line_end != -1 else len(text)].strip()
    if not line or any(c.isspace() for c in line) or URL_PATTERN.match(line):
        return False
    above = text[text.rfind("\n", 0, at - 1) + 1 : at - 1].rstrip()
    found = list(URL_PATTERN.finditer(above))
    if not found or found[-1].end() != len(above):
        return False
    return unwrap_urls(above + "\n" + line) == above + line


def _bare_url_lines(text: str) -> bool:
    """Whether a notes-section paragraph is a list of bare addresses, one a line and nothing else
    (a "## Sitographie" of twelve URLs, heldback-16's French write-up; a Git notes page's eleven
    and a WebAssembly talk's two groups of two and six, calibration documents of the family): two
    lines at least, each one URL alone. Each line is an entry of its own, as a
    bulleted list of bare URLs is (two URLs on one line, or a line of words among them, is not)."""
    lines = [line for line in unwrap_urls(text).split("\n") if line.strip()]
    return len(lines) >= _BARE_URL_LINES and all(_url_only(line) for line in lines)


# Bullets of plain-text lists: Markdown's, and the glyphs a PDF-to-text conversion leaves ("●  Dokumentacja
# ASP.NET Core – https://…": heldback-25's Polish project report, "▪", "◦", "■", "➢" as word processors
# print them).
_BULLET_GLYPHS = "-*•●○◦▪■□‣⁃➢➤►▸"
_BULLET_LINE = lazyre.compile(rf"[^\S\n]*[{re.escape(_BULLET_GLYPHS)}][^\S\n]+\S")
# A bullet with nothing after it on its line (a PDF copy's empty bullet, its text moved elsewhere).
_EMPTY_BULLET = lazyre.compile(
    rf"[^\S\n]*[{re.escape(_BULLET_GLYPHS.replace('-', '').replace('*', ''))}][^\S\n]*(?=\n|$)"
)
_BULLETED_ITEMS = 3


def _bulleted_lines(block: Block, lines: list[int]) -> list[Block] | None:
    """A plain-text paragraph of bulleted lines ("- Layered Noise: #text(size: 0.7em, [https://…])")
    is a list, one item a line, as Markdown would read it, when most of its items cite a URL: its
    items are list items (so one naming a source without its link is an entry among the others),
    and a line after them without a bullet ("Zugegriffen am: 7.9.2026 19 Uhr", the date all were
    read) is a line of its own (heldback-13's Typst slides, image credits). None when the block is
    not such a list.

    A PDF's text keeps its bullet glyphs ("●", "▪" …; :data:`_BULLET_GLYPHS`), may leave a bullet with
    nothing after it (no item: dropped) and wraps an item's address onto a line of its own ("●  WCAG
    2.1 – Web Content Accessibility Guidelines –⏎https://www.w3.org/WAI/…": the address goes on the
    item above when that item has none; heldback-25's Polish project report)."""
    text = block.text
    empty = {at for at in lines if _EMPTY_BULLET.match(text, at)}
    kept = [at for at in lines if at not in empty]
    # Each line's end and each item's first empty bullet are looked up, not searched for: searched,
    # a paragraph of 20,000 lines spent 2.8 s here (10,000 Markdown links, one a line; session 42).
    ordered = sorted(set(lines))
    ends = {at: ordered[i + 1] if i + 1 < len(ordered) else len(text) for i, at in enumerate(ordered)}
    empty_sorted = sorted(empty)
    bulleted: list[int] = []
    wrapped: set[int] = set()
    for at in kept:
        if _BULLET_LINE.match(text, at):
            bulleted.append(at)
        elif bulleted and _url_only(text[at : ends[at]]) and not has_url(text[bulleted[-1] : at]):
            wrapped.add(at)
    if len(bulleted) < _BULLETED_ITEMS or bulleted[0] != kept[0]:
        return None
    items_at = set(bulleted)
    tail = [at for at in kept if at > bulleted[-1] and at not in items_at and at not in wrapped]
    if any(at not in items_at and at not in wrapped for at in kept if at < bulleted[-1]) or len(tail) > 1:
        return None
    starts = sorted([*bulleted, *tail])
    bounds: list[tuple[int, int]] = []
    for number, at in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(text)
        # An empty bullet within the item's lines ends it there.
        first_empty = bisect.bisect_right(empty_sorted, at)
        if first_empty < len(empty_sorted) and empty_sorted[first_empty] < stop:
            stop = empty_sorted[first_empty]
        bounds.append((at, stop))
    pieces = [_slice_block(block, a, b) for a, b in bounds]
    items = pieces[: len(bulleted)]
    if sum(1 for piece in items if URL_PATTERN.search(piece.text)) * 2 <= len(items):
        return None
    for piece in items:
        piece.item = True
    return pieces


# What opens a line that goes on the entry above it: a label introducing its URL ("Available at:",
# "URL:", "Disponível em:", "Режим доступа:") or its access date ("[Accessed 1 April 2019]").
_CONTINUATION = lazyre.compile(
    r"[^\S\n]*(?:\[online\]\.?\s*)?(?:(?:available\s+(?:at|from|online)|url|режим\s+доступа|disponível\s+em"
    r"|disponible\s+(?:en|sur)|disponibile\s+su|abrufbar\s+unter|dostępn[ye]\s+w|tersedia\s+(?:di|pada)|erişim\s+adresi)\s*:"
    r"|(?:retrieved|recuperado|obtenido)\s+(?:from|de)\b|[\[(]?(?:accessed|viewed|cited|acesso\s+em|consultado"
    r"|дата\s+обращения|дата\s+звернення|erişim\s+tarihi|abgerufen\s+am|consulté\s+le|zugriff\s+am)\b)",
    re.IGNORECASE,
)


def _second_address(text: str, entry: int, at: int, end: int) -> bool:
    """Whether a line that opens with an address label ("Disponível em: <URL>. Acesso em: …") is an
        entry of its own: the entry above is whole (its URL and access date), and this line gives another
    URL and access date. ABNT lists
        cite pages they name no title for so, each on its line right after a whole entry (a calibration
        document of p10-hb11gate2, four such lines); Harvard's one field a line ("Title⏎Available at:
        URL") gives the first URL."""
    above, line = text[entry:at], text[at:end]
    return (
        _ADDRESS_OPENING.match(line) is not None
        and all(URL_PATTERN.search(part) is not None for part in (above, line))
        and all(ACCESS_LABEL.search(part) is not None for part in (above, line))
    )


_ADDRESS_OPENING = lazyre.compile(
    r"[^\S\n]*(?:available\s+(?:at|from|online)|url|disponível\s+em|disponible\s+(?:en|sur)|disponibile\s+su)\s*:",
    re.I,
)


def _continues_entry(text: str, at: int) -> bool:
    """A line that only gives the entry above its URL or access date, or one indented deeper than
    the block's first line (a hanging indent: the entry's wrapped lines)."""
    return _CONTINUATION.match(text, at) is not None or _indent(text, at) > _indent(text, 0)


def _indent(text: str, at: int) -> int:
    end = at
    while end < len(text) and text[end] in " \t":
        end += 1
    return end - at


def _plain_list_under_inner_heading(text: str, lines: Sequence[int]) -> list[int] | None:
    """The starts of a notes heading's line inside a block and of every line under it, when those
    lines, three at least, are whole references under lead-ins (:func:`_entry_lines_under_leads`) to
    the block's end: a newsletter e-mail exported as text, its "References" run on from the episode's
    chapter list with no blank line between them; a lead-in must open the list. None otherwise."""
    for number, start in enumerate(lines):
        if number == 0 or number + 3 >= len(lines) + 1:
            continue
        end = lines[number + 1] if number + 1 < len(lines) else len(text)
        if not is_notes_heading(text[start:end].strip()):
            continue
        rest = lines[number + 1 :]
        # A lead-in among them, as in the newsletters: a run-on heading over plain entry lines alone
        # ("Resources:⏎Presentation https://…⏎…", a nested list item of a meeting's notes) stays as read.
        if len(rest) >= 3 and _kind_line(text[rest[0] : rest[1]]) and _entry_lines_under_leads(text, rest):
            return [start, *rest]
    return None


def _entry_lines_under_leads(text: str, lines: Sequence[int]) -> bool:
    """Whether every line from ``lines`` on is a whole reference (:func:`_line_is_entry`) or a lead-in
    naming the group under it, closed by a colon (:func:`_kind_line`), with an entry right under each
    lead-in and more entries than lead-ins. The Pragmatic Engineer's podcast e-mails exported as text
    group their "References" so ("References⏎Where to find Mai-Lan Tomsen Bukovec:⏎• LinkedIn:
    https://…⏎Mentions during the episode:⏎• Amazon S3: https://…": heldback-p42hunt15, spent on
    branch s42-hb15; ten more issues of the newsletter in public repositories carry the same two
    lead-ins). Before, a lead-in right under the heading made the list prose."""
    pieces = [text[a:b] for a, b in itertools.pairwise([*lines, len(text)])]
    entries = [_line_is_entry(piece) for piece in pieces]
    leads = [not entry and _kind_line(piece) for piece, entry in zip(pieces, entries, strict=True)]
    if not all(e or lead for e, lead in zip(entries, leads, strict=True)):
        return False
    if any(lead and (i + 1 == len(pieces) or not entries[i + 1]) for i, lead in enumerate(leads)):
        return False
    return sum(entries) > sum(leads)


def _line_is_entry(piece: str) -> bool:
    """A line that is a whole reference: text then its URL, or (a copied reference list) a line
    that opens like an entry and cites a date or an access label."""
    found = URL_PATTERN.search(piece)
    if found is not None and piece[: found.start()].strip(" \t-*•"):
        return True
    stripped = piece.strip()
    return _opens_entry(stripped) and bool(
        _ACCESS_HINT.search(stripped)
        or (_BIBLIOGRAPHIC.search(stripped) and stripped.endswith("."))
        or (_QUOTED_WORK.search(stripped) and _YEAR.search(stripped))
    )


# A title in quotation marks (a rendered Wikipedia citation's «Title» or “Title”), and a year: with
# both, a copied reference line is an entry whatever closes it ("Torvalds (5 de mayo de 2006).
# «Re: Git wiki». Referencias de los antecesores de Git").
_QUOTED_WORK = lazyre.compile(r"[«“„\"][^«»“”„\"\n]{3,}[»”“\"]")
_YEAR = lazyre.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _opens_entry(text: str) -> bool:
    """A capital, a quote or a bracket, or a letter of a script without case (a Korean, Chinese or
    Japanese author: "최선희 등. 국내 학술정보 …")."""
    first = text[:1]
    return first in _ENTRY_OPENERS or (first.isalpha() and not first.isupper() and not first.islower())


@dataclass(slots=True)
class Entries:
    """The blocks that are footnote entries, how each starts, and where the body ends."""

    blocks: list[Block]
    entries: list[tuple[Block, EntryStart]]
    indexes: set[int]
    body_end: int


_SUB_HEADING_REACH = 6


def _labelled_list_under_sub_heading(
    blocks: Sequence[Block], starts: Sequence[EntryStart | None], notes_start: int
) -> EntryStart | None:
    """How a numbered list of addresses starts when a sub-heading of the notes heading stands
    between (heldback-16's Kazakh research note: "## 15. Дереккөздер тізімі", a line dating the
    reading, a quoted remark naming a host, "### 15.1 Бастапқы код", a lead "**Odoo 18
    `point_of_sale`:**", then "1. https://…" to "10a. https://…"). The blocks before it are a
    sub-heading deeper than the notes heading and paragraphs, no list item; the list is list items
    numbered from 1 whose first gives a URL. None otherwise: a README's "## Resources" over prose,
    then a numbered how-to, has no sub-heading or no address in its first step."""
    level = blocks[notes_start - 1].level
    sub_heading = False
    web_before = False
    for index in range(notes_start, min(notes_start + _SUB_HEADING_REACH, len(blocks))):
        block, start = blocks[index], starts[index]
        if start is not None:
            # The address may stand behind a link, "DOI: [10.1080/…](https://doi.org/…)", where no
            # paragraph before links to the web (such a paragraph is an entry of its own under the
            # title: heldback-23's near miss): heldback-33's Russian thesis list, "# Список литературы
            # …" over prose linking a local file, "## Глава 1", "### 1.1.", then "1. **Ekman, P.**
            # (1992). … DOI: [10.…](https://doi.org/…)", seven of twelve entries not found before.
            linked = has_url(block.text) or (not web_before and _links_out(block))
            first = block.item and label_ordinal(start.label or "") == 1 and linked
            return start if sub_heading and first else None
        if block.kind == "heading":
            if not 0 < level < block.level:
                return None
            sub_heading = True
        elif block.item:
            return None
        web_before = web_before or any(url.startswith(("http://", "https://")) for _, url in block.links)
        web_before = web_before or has_url(block.text)
    return None


def _first_label(
    blocks: Sequence[Block], section: Sequence[EntryStart | None], offset: int
) -> EntryStart | None:
    """How the notes section's first labelled entry starts; None when an unlabelled entry comes
    first ("- Doe (1980), Title" items, then "## 15. Acknowledgments": the numbered heading after a
    short unlabelled list is no first note)."""
    unlabelled = False
    for k, start in enumerate(section):
        block = blocks[offset + k]
        if start is not None:
            if (
                block.kind == "heading"
                and (
                    _heads_unlabelled_items(blocks, offset + k, section[k + 1 :])
                    or _heads_source_table(blocks, offset + k)
                )
            ) or _bold_group_item(blocks, offset + k, start, section[k + 1 :]):
                # "### 1. Gross Domestic Product" over bulleted links, "### 2. Inflation Rate" over
                # more (heldback-15's page of macroeconomic sources): numbered topics of one
                # unlabelled list, no notes. So is a numbered item in bold over nested items.
                return None
            return None if unlabelled and block.kind == "heading" else start
        unlabelled = unlabelled or (block.kind == "paragraph" and _unlabelled_entry(block))
    return None


def _heads_source_table(blocks: Sequence[Block], index: int) -> bool:
    """Whether a numbered heading heads a table of sources: the first block under it, past deeper
    numbered sub-headings ("## 1. Fuentes de Datos Primarias", "### 1.1 Votaciones del Congreso"),
    is a source table's row (heldback-21's Spanish source register and English bibliography: a
    numbered section per group of sources, each a table). A section heading, not a note.

    A line or two of prose may say what the group is before its table ("## 1. Cour des Comptes",
    "Institution constitutionnelle de contrôle des finances publiques.", then the table: heldback-32's
    French source inventory, whose heading was read as note 1 and its twelve rows as notes 2-13):
    paragraphs that link nowhere and start no entry are passed over, _GROUP_PROSE at most."""
    level = blocks[index].level
    prose = 0
    for block in blocks[index + 1 :]:
        if block.kind == "heading" and 0 < level < block.level:
            continue
        if (
            prose < _GROUP_PROSE
            and block.kind == "paragraph"
            and not block.source_row
            and not block.item
            and not block.links
            and not has_url(block.text)
            and match_entry_start(block.text) is None
        ):
            prose += 1
            continue
        return bool(block.source_row)
    return False


# Paragraphs of prose a numbered group heading may have over its table of sources (_heads_source_table).
_GROUP_PROSE = 2


# The unlabelled entries a numbered heading needs under it to be a topic of an unlabelled list.
_TOPIC_ITEMS = 2


def _heads_unlabelled_items(
    blocks: Sequence[Block], index: int, following: Sequence[EntryStart | None]
) -> bool:
    """Whether a numbered heading is directly followed by at least two unlabelled list items that
    cite something, before any other block (a keyed heading of an annotated bibliography has one
    paragraph of links under it; a numbered section of a report has prose)."""
    items = 0
    for k, start in enumerate(following):
        block = blocks[index + 1 + k]
        if start is not None or block.kind != "paragraph" or not block.item or not _unlabelled_entry(block):
            break
        items += 1
    return items >= _TOPIC_ITEMS


def _bold_group_item(
    blocks: Sequence[Block], index: int, start: EntryStart, following: Sequence[EntryStart | None]
) -> bool:
    """Whether a numbered list item names a group of sources in bold, closed by a colon and linking
    nowhere ("1. **Textes juridiques et institutionnels :**"), over at least two unlabelled items
    nested under it that cite something ("   - Turing, A. M. (1950). *Title*. [DOI:…](https://…)"):
    a topic of one unlabelled list, as a numbered heading over such items is
    (:func:`_heads_unlabelled_items`), its number no note's (heldback-33's French course
    bibliography: two numbered groups over 4 and 8 bullets, 12 notes numbered in order). Guard: the
    item's whole text after its number is one bold run, with the colon inside it or right after,
    on one line, and every item counted stands right of the item's text (a numbered entry in bold,
    "1. **Doe, Title.**", or a numbered group over items at its own column is not one)."""
    block = blocks[index]
    text = block.text.rstrip()
    if (
        block.kind != "paragraph"
        or not block.item
        or block.link_spans
        or "\n" in text
        or not text.endswith(":")
        or not any(
            kind == "em" and begin == start.length and text[end:].strip() in ("", ":")
            for begin, end, kind in block.spans
        )
    ):
        return False
    column = _column(block)
    items = 0
    for k, other in enumerate(following):
        below = blocks[index + 1 + k]
        if other is not None or not _linked_item_under(below, column + 1) or not _unlabelled_entry(below):
            break
        items += 1
    return items >= _TOPIC_ITEMS


# Where a reference list copied out of a PDF breaks an entry at a page or column end, the entry's
# last line lands at the head of the next paragraph, before the entries that follow it ("[1]Fisher
# JB.Managing demand … [J].⏎⏎Transportation Research Record,1989 (1218): 1-10.⏎[2] Zografos K G …",
# heldback-12's Chinese GB/T list, nine entries lost after the break). The broken-off lead is at
# most this many lines, and the paragraph's first label must continue the numbering of the block
# before it, at least two entries in sequence after the lead.
_BROKEN_LEAD_LINES = 2


def _last_ordinal(block: Block) -> int | None:
    """The number of the last labelled entry line in a block, or None."""
    last: int | None = None
    for start in _line_starts(block.text):
        entry = match_entry_start(block.text, start)
        ordinal = label_ordinal(entry.label) if entry is not None and entry.label else None
        last = ordinal if ordinal is not None else last
    return last


_BARE_LABEL = lazyre.compile(r"\s*\[\d{1,3}\]\s*")


_BARE_LABEL_REACH = 4


def _in_written_sequence(blocks: Sequence[Block], index: int) -> bool:
    """Whether the bare label at ``index`` is one of a numbered list of written notes: within
    _BARE_LABEL_REACH blocks before it a note starts with the number before it, or after it one with
    the next ("[1]" alone between paragraphs of prose, with no note around, is none)."""
    number = label_ordinal(blocks[index].text.strip()[1:-1])
    if number is None:
        return False
    for step, wanted in ((1, number + 1), (-1, number - 1)):
        for other in range(index + step, index + step * (_BARE_LABEL_REACH + 1), step):
            if not 0 <= other < len(blocks):
                break
            start = match_entry_start(blocks[other].text)
            if start is not None and label_ordinal(start.label or "") == wanted:
                return True
    return False


# A note's number alone in its paragraph and wholly a link back to its marker in the text, the note
# in the next paragraph: a blog platform's rendered footnotes kept in a Markdown export, Substack's
# '<a href="#footnote-anchor-1" id="footnote-1" class="footnote-number">1</a>' over '<div
# class="footnote-content">' (heldback-32's Substack post: twelve notes, none found, the links of
# the notes read as seventeen inline citations instead). The fragment names the marker it returns
# to ("#footnote-anchor-1", "#fnref1", "#fnref:1", "#_ftnref1", "#cite_ref-1"); a numeral linking
# to a section or a page ("#section-2", "https://…") is no note's label.
_BACK_LINK_FRAGMENT = lazyre.compile(r"(?i)#[\w:.-]*(?:ref|anchor)[\w:.-]*")
_BARE_NUMERAL = lazyre.compile(r"\s*(\d{1,3})\s*")


def _back_linked_numeral(block: Block) -> str | None:
    """The number of a note whose paragraph is only its number linking back to its marker."""
    numeral = _BARE_NUMERAL.fullmatch(block.text)
    if numeral is None or len(block.links) != 1 or block.kind != "paragraph" or block.item:
        return None
    return numeral.group(1) if _BACK_LINK_FRAGMENT.fullmatch(block.links[0][1]) else None


def _rejoin_bare_labels(blocks: Sequence[Block]) -> list[Block]:
    """A note's bracketed label alone in its paragraph ("[13]", then the note in the next one, as
    in pesahim100a's mafsikim.docx) put on the front of that next paragraph, so that it starts an
    entry as "[13] …" does. Only where the next paragraph starts no entry of its own. A number
    linking back to its marker (_back_linked_numeral) labels the next paragraph as the markup's
    note."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        back_linked = _back_linked_numeral(block) if following is not None else None
        if (
            back_linked is not None
            and following is not None
            and following.kind == "paragraph"
            and following.note_label is None
            and _back_linked_numeral(following) is None
            and match_entry_start(following.text) is None
        ):
            joined = _joined_entry(replace(block, text=back_linked, links=[]), [following], separator=" ")
            out.append(replace(joined, note_label=back_linked, body_start=len(back_linked) + 1))
            index += 2
            continue
        if (
            following is not None
            and block.kind == "paragraph"
            and following.kind == "paragraph"
            and block.note_label is None
            and following.note_label is None
            and not block.anchors
            and _BARE_LABEL.fullmatch(block.text)
            and not _BARE_LABEL.fullmatch(following.text)
            and match_entry_start(following.text) is None
            and _in_written_sequence(blocks, index)
        ):
            out.append(_joined_entry(replace(block, text=block.text.strip()), [following], separator=" "))
            index += 2
            continue
        out.append(block)
        index += 1
    return out


def _rejoin_broken_entries(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a lead broken off an entry (see _BROKEN_LEAD_LINES) put back on that entry."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is None
            or block.kind != "paragraph"
            or previous.kind != "paragraph"
            or block.note_label is not None
            or previous.note_label is not None
            or previous.link_spans
            or match_entry_start(block.text) is not None
            or match_entry_start(previous.text) is None
        ):
            out.append(block)
            continue
        lines = _line_starts(block.text)
        labelled = [i for i in lines if match_entry_start(block.text, i) is not None]
        ordinal = _last_ordinal(previous)
        first = match_entry_start(block.text, labelled[0]) if labelled else None
        if (
            ordinal is None
            or first is None
            or label_ordinal(first.label or "") != ordinal + 1
            or len(_in_sequence(block.text, labelled)) < 2
            or lines.index(labelled[0]) > _BROKEN_LEAD_LINES
            or is_notes_heading(block.text[: labelled[0]].strip())
        ):
            out.append(block)
            continue
        lead = _slice_block(block, 0, labelled[0])
        out[-1] = _joined_entry(previous, [replace(lead, text=lead.text.rstrip("\n"))])
        out.append(_slice_block(block, labelled[0], len(block.text)))
    return out


def _url_only(text: str) -> bool:
    """Whether a paragraph is one URL and nothing else (with or without its scheme)."""
    stripped = text.strip()
    found = find_urls(stripped, schemeless=True)
    return len(found) == 1 and found[0][1] == 0 and len(stripped) - found[0][2] <= 1


# A numbered reference list copied from a two-column PDF page, where the text layer set some labels
# apart from their entries (heldback-36's digital-twins review, .txt, twelve references): "1. Delpierre,
# C. … What" ⏎⏎ "their current deﬁnition … (2023).⏎Akbarialiabad, H., … (2024).⏎3. Barros, M. T. …
# digital twins of" ⏎⏎ "2." ⏎⏎ "tissues and organs: …" — each entry's first line a paragraph of its
# own, the rest after a blank line, and "2.", "4.", "9." alone where the column break dropped them,
# their entries' text running on after the entry before. Four notes were lost and five cut at their
# first line. Where two numbers at least stand alone, each missing from the list's labels: the lone
# numbers go, a labelled block that stops mid-sentence (no closing stop or bracket) takes the
# unlabelled block after it, and in the entry before each lone number, a line opening with an
# author ("Surname, I.") after a line that closed a reference starts that number's entry. A list
# with no lone number, or one alone (a page number), is left as it is.
_LONE_NUMBER = lazyre.compile(r"\s*(\d{1,3})\.\s*")
_LONE_NUMBERS_MIN = 2
_AUTHOR_LINE = lazyre.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?, (?:[A-Z]\.|[A-Z][a-z]+\b)")
_CLOSED_LINE = lazyre.compile(r"[.)]\s*$")


def _number_of(block: Block) -> int | None:
    start = match_entry_start(block.text) if block.kind == "paragraph" else None
    return _ordinal_of(start) if start is not None and start.kind == "number" else None


def _displaced_labels(blocks: list[Block]) -> list[Block]:
    """The blocks with a PDF column break's displaced labels put back (see above)."""
    lone = {
        i: int(m.group(1))
        for i, b in enumerate(blocks)
        if b.kind == "paragraph" and (m := _LONE_NUMBER.fullmatch(b.text))
    }
    if len(lone) < _LONE_NUMBERS_MIN:
        return blocks
    present = {n for b in blocks if (n := _number_of(b)) is not None}
    if not present or any(n in present for n in lone.values()):
        return blocks
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i in lone:
            continue
        previous = out[-1] if out else None
        if (
            previous is not None
            and block.kind == "paragraph"
            and _number_of(block) is None
            and _number_of(previous) is not None
            and _stops_mid_entry(previous.text)
        ):
            out[-1:] = split_entry_lines(_joined_entry(previous, [block]))
        else:
            out.append(block)
    # Each number's entry before it, found once; split from the last place back, so that the places
    # before stay where they are (a list of thousands of lone numbers costs one pass, not one each).
    places: dict[int, int] = {}
    for k, b in enumerate(out):
        found = _number_of(b)
        if found is not None:
            places.setdefault(found, k)
    wanted = sorted(((places[n - 1], n) for n in set(lone.values()) if n - 1 in places), reverse=True)
    for at, number in wanted:
        out[at : at + 1] = _split_off_author_line(out[at], str(number))
    return out


def _stops_mid_entry(text: str) -> bool:
    """Whether an entry's text stops mid-sentence: no closing stop or bracket, or an address cut at
    its host or path ("https://www.", "https://turbine.ai/news/ai-")."""
    words = text.split()
    last = words[-1] if words else ""
    if last.startswith(("http://", "https://")) and last.endswith(("www.", "-", "/")):
        return True
    return _CLOSED_LINE.search(text) is None


def _split_off_author_line(block: Block, label: str) -> list[Block]:
    """``block`` and, where a line of it after a closed line opens with an author, that line on as
    an entry labelled ``label``; else ``block`` alone."""
    starts = _line_starts(block.text)
    for previous, line in itertools.pairwise(starts):
        if _AUTHOR_LINE.match(block.text, line) and _CLOSED_LINE.search(block.text[previous:line]):
            head = _slice_block(block, 0, line)
            tail = _slice_block(block, line, len(block.text))
            return [replace(head, text=head.text.rstrip("\n")), replace(tail, note_label=label, body_start=0)]
    return [block]


# An entry that ends on the label its address follows, "Retrieved from" / "Available from:" / Thai APA's
# "จาก" (from, after "สืบค้นเมื่อ 4 กันยายน 2025,"), the address set in the next paragraph: heldback-p40hunt12's
# Thai README (spent on branch s40-hb3), seven of ten entries "… สืบค้นเมื่อ 31 สิงหาคม 2025, จาก⏎⏎https://…",
# each address read as an entry of its own and the entry's fields lost. The paragraph that is one URL alone
# is that entry's (see _rejoin_url_paragraphs). Guard: the label must close the paragraph and the paragraph
# cite no address of its own; "Retrieved from the archive." or a label before its address stays as it is.
_FROM_LABEL_END = lazyre.compile(
    r"(?:\b(?:retrieved|available|accessed)\s+(?:from|at)|\bdisponible\s+(?:en|sur)|\bdisponível\s+em"
    r"|\brecuperado\s+de|\bdiakses\s+dari|\babgerufen\s+(?:von|unter)|จาก)\s*:?\s*$",
    re.IGNORECASE,
)


def _rejoin_url_paragraphs(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a URL that a PDF's line break set apart from its endnote put back on it.

    A report's endnotes converted from PDF, each printed line a paragraph of its own: "[9] Rhode
    Island Current, "Title," October 17, 2025,⏎⏎rhodeislandcurrent.com/2025/10/17/…/" (a calibration
    chapter of p10-hb11gate2, two notes of twelve). A paragraph that is one URL alone follows a
    labelled entry that cites no URL and ends in a comma, its fields running on: it is that entry's."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and block.kind == "paragraph"
            and previous.kind == "paragraph"
            and block.note_label is None
            and previous.note_label is None
            and not previous.link_spans
            and (
                (previous.text.rstrip().endswith(",") and match_entry_start(previous.text) is not None)
                or _FROM_LABEL_END.search(previous.text) is not None
            )
            and match_entry_start(block.text) is None
            and not has_url(previous.text)
            and _url_only(block.text)
        ):
            out[-1] = _joined_entry(previous, [block])
            continue
        out.append(block)
    return out


# An entry's access note set in a paragraph of its own under it: "… [en ligne] Disponible sur
# https://docs.djangoproject.com/en/5.0/" then "(Consulté en Mai 2024)" (fixtures/parse-eval-docx3
# fr-memoire-en-ligne-disponible-sur-consulte-vote.docx: two such paragraphs read as entries of their
# own, the three entries after the first numbered one off). A paragraph that is only an access label
# and its date (bracketed or not, at most _ACCESS_LINE_MAX characters, a year in it, no address)
# after a paragraph that cites an address is that entry's.
_ACCESS_LINE_MAX = 60
_ACCESS_LINE = lazyre.compile(r"[(\[]?\s*")


def _rejoin_access_paragraphs(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with an access note set apart from its entry put back on it (see above)."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        text = block.text.strip()
        if (
            previous is not None
            and block.kind == "paragraph"
            and previous.kind == "paragraph"
            and block.note_label is None
            # A list item is an entry or one field of one ("   - Accessed: 2026-01-03" under "   - URL:
            # …", s34-hunt4's nested field items, joined to their entry by _field_items_joined).
            and not block.item
            and len(text) <= _ACCESS_LINE_MAX
            and ACCESS_LABEL.match(text, _ACCESS_LINE.match(text).end()) is not None  # type: ignore[union-attr]
            and _YEAR.search(text) is not None
            and not has_url(text)
            and (has_url(previous.text) or previous.links)
        ):
            out[-1] = _joined_entry(previous, [block])
            continue
        out.append(block)
    return out


# A field line of a source register: "Source: [Title](URL)", "출처: WTO - Global Trade Outlook",
# "URL: https://…" (the bold of "**Source:**" is markup, gone from the text).
_FIELD_LINE = lazyre.compile(r"(?P<name>[^\W\d_][^\n:：]{0,30}?)\s*[:：][^\S\n]+(?P<value>\S[^\n]*)")
_SOURCE_FIELD = lazyre.compile(
    r"(?i)^(?:source|quelle|fuente|fonte|źródło|kaynak|источник|джерело|출처|出典|出处|来源|منبع|مصدر)$"
)
_URL_FIELD = lazyre.compile(r"(?i)^(?:url|link|lien|enlace|ссылка|링크|リンク|链接)$")
# "CV01 — Should Cost Modelling — Guidance Note": a record's heading keyed by capitals and digits.
_RECORD_KEY = lazyre.compile(r"(?P<key>[A-Z]{1,6}\d{1,4}[a-z]?)\s+[—–-]\s+\S")
_FIELD_RECORDS = 3
# A register's field items wrapped at the source's margin ("- **Kaynak:** T.C. … (OGM),⏎  "Ormancılık
# İstatistikleri 2025", …", "- **URL:** https://…xls⏎  — erişim: 2026-08-02. …"): an indented line
# of the same list item after a field line goes on that field's value; it had made the record prose,
# and the register was lost. Where the register is read (three records with an address at least,
# no record keyed), a record naming its source with no address, or a heading over prose items only
# (a file "superseded", no field), between two read records is an entry of it too, in its place, so
# the register's entries are numbered as written. Data: heldback-20's Turkish forest-fire data
# note, eleven file records, three with a URL (3 URLs and an access date, none read before).


def _field_records(blocks: Sequence[Block]) -> list[tuple[Block, EntryStart, list[int]]]:
    """A source register: one record of named fields under each heading, a field naming the source
    and a field or link giving its address. Heldback-17's English register ("## CV01 — Should Cost
    Modelling — Guidance Note", then "**Authors:** …", "**Source:** [Title](URL)", "**Inspected:**
    …", ten records keyed CV01-CV07 and HOST01-HOST03) and its Korean trade report ("### Insight 1:
    …", then "- **출처**: WTO - Global Trade Outlook", "- **URL**: https://…", "- **기관**: …",
    twelve records). Each record is one entry: the source field's value (the title, or the link
    whose text is the title) and the URL field's, labelled by the heading's key where every
    record's heading has one, numbered in order otherwise. At least three records, every block
    under their headings written as fields; a heading over prose, or fields without a source field
    and an address, makes no record."""
    if any(block.note_label is not None for block in blocks):
        return []  # notes the markup marks ("[^1]: …") are the document's notes, read as such
    headings = [i for i, block in enumerate(blocks) if block.kind in ("heading", "title")]
    found: list[tuple[Block, EntryStart, list[int], str | None]] = []
    # Records of the register that name no address, and headings over prose items only, in order
    # among the others (see above): (how many records came before, the entry, its blocks).
    others: list[tuple[int, Block, list[int]]] = []
    for number, heading in enumerate(headings):
        end = headings[number + 1] if number + 1 < len(headings) else len(blocks)
        under = list(range(heading + 1, end))
        source: tuple[int, int, int] | None = None
        address: tuple[int, int, int] | None = None
        fields = 0
        for i in under:
            text = blocks[i].text
            offset = 0
            last: str | None = None
            for line in text.split("\n"):
                field = _FIELD_LINE.fullmatch(line.strip())
                if field is None:
                    if last is not None and blocks[i].item and line[:1].isspace() and line.strip():
                        # A field's value wrapped onto the item's next lines (see above).
                        if last == "source" and source is not None:
                            source = (source[0], source[1], offset + len(line.rstrip()))
                        elif last == "address" and address is not None:
                            address = (address[0], address[1], offset + len(line.rstrip()))
                        offset += len(line) + 1
                        continue
                    if line.strip():
                        fields = -1_000
                    offset += len(line) + 1
                    continue
                fields += 1
                lead = len(line) - len(line.lstrip())
                at = (i, offset + lead + field.start("value"), offset + lead + field.end("value"))
                name = field.group("name").strip()
                last = "other"
                if _SOURCE_FIELD.match(name) and source is None:
                    source, last = at, "source"
                elif _URL_FIELD.match(name) and address is None and has_url(field.group("value")):
                    address, last = at, "address"
                offset += len(line) + 1
        if source is None and fields < 0 and under and all(blocks[i].item for i in under):
            others.append((len(found), blocks[under[0]], under))  # prose items, no field
            continue
        if source is None or fields < 1:
            continue
        source_block = _slice_block(blocks[source[0]], source[1], source[2], _slice_index(blocks[source[0]]))
        if not any(kind in ("link", "em") for _, _, kind in source_block.spans):
            source_block = replace(source_block, spans=[(0, len(source_block.text), "em")])
        if fields < 2 and (address is not None or source_block.links):
            continue
        if address is None and not source_block.links:
            others.append((len(found), source_block, under))  # a source named, no address
            continue
        details = []
        if address is not None:
            details.append(
                _slice_block(blocks[address[0]], address[1], address[2], _slice_index(blocks[address[0]]))
            )
        key = _RECORD_KEY.match(blocks[heading].text)
        entry = _joined_entry(source_block, details)
        found.append((entry, EntryStart(None, "caret", 0), under, key.group("key") if key else None))
    if len(found) < _FIELD_RECORDS:
        return []
    if not any(key for *_, key in found):
        for place, block, used in reversed(others):
            if 0 < place < len(found):
                found.insert(place, (block, EntryStart(None, "caret", 0), used, None))
    keys = [key for *_, key in found]
    keyed = all(keys) and len(set(keys)) == len(keys)
    return [(entry, EntryStart(key if keyed else None, "caret", 0), used) for entry, _, used, key in found]


# The heading of a thesis' or report's appendices, after its sources list: ДСТУ 3008's and GOST
# 7.32's "ДОДАТКИ" / "ДОДАТОК А" / "ПРИЛОЖЕНИЕ Б", "Appendix A", "Appendices", "Anhang", "Anexo",
# "Apêndice", "Annexe 2", "Ekler". A list numbered anew after it (a table of topics "1", "2" …, a form's
# "План роботи: 1. …") numbers a list of its own, not more notes. Data: fixtures/parse-eval-docx7's
# Ukrainian coursework guidelines, "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ" over seven typed-numbered entries, then
# "ДОДАТКИ", "ДОДАТОК А" over a table of 35 numbered topics: the topics took the notes' numbers (all
# seven entries read as empty numbers, 35 more notes of topics and form fields). Guard: the heading
# is the line's whole text (the word and a letter or number at most); the notes end only where a
# number they have taken comes again after it (a list that goes on numbering stays, as above).
_APPENDIX_HEADING = lazyre.compile(
    r"(?i:додатки|додаток|приложения|приложение|appendix|appendices|anhang|anh[äa]nge|anexos?|ap[êe]ndices?"
    r"|annexes?|ekler|ek)(?:\s+(?:[A-ZА-ЯІЇЄҐ]|\d{1,2}))?\.?:?"
)


def _renumbered_after_notes(
    blocks: Sequence[Block],
    entries: list[tuple[Block, EntryStart]],
    i: int,
    start: EntryStart,
    *,
    listed: bool = True,
) -> bool:
    """Whether a numbered list item after the notes section, past a heading of the notes heading's
    level or above that heads no notes, numbers a list of its own: its number is one the notes have
    already taken. A Korean wiki article's "## 꼬리질문" (follow-up questions, "1. **…?**" with a
    sub-bullet "추천 참고 URL: [URL](URL)") after "## 참고문헌", and the LCTT translation's "### 相关文章："
    (related articles, "1.  [Title][4]") after "### 注释", took notes 1-2 and 1-4 over (branch s39-hunt11,
    part p39hunt11). A list that goes on numbering past the notes (11, 12 … under "## Appendix") keeps
    its items, and a heading under the notes heading or heading notes of its own does not end the
    section."""
    if (listed and not blocks[i].item) or start.kind != "number" or start.label is None:
        return False
    taken = {label_key(entry.label) for _, entry in entries if entry.label is not None}
    return label_key(start.label) in taken


def find_entries(read_blocks: Sequence[Block]) -> Entries:
    """Footnote entries among a reader's blocks: blocks the markup marks as notes, labelled entries
    in the notes section written like its first one (a numbered list after "[i]"-style notes is
    not more notes), and unlabelled list items under a notes heading that cite something."""
    rejoined = _rejoin_access_paragraphs(
        _rejoin_url_paragraphs(_rejoin_broken_entries(_rejoin_bare_labels(read_blocks)))
    )
    blocks = _displaced_labels([piece for block in rejoined for piece in split_entry_lines(block)])
    records = _field_records(blocks)
    if records:
        joined, record_entries, record_indexes = _joined_entries(blocks, records)
        first = min(record_indexes) - 1
        return Entries(joined, record_entries, record_indexes, max(first, 0))
    starts = _entry_starts(blocks)
    notes_start = notes_section_start(blocks, starts)
    if (
        notes_start is not None
        and starts[notes_start] is None
        and notes_start > 0
        and _heads_at(blocks, notes_start - 1)
    ):
        # Unlabelled references: split line-separated ones, then take items up to the next heading.
        head = blocks[:notes_start]
        tail: list[Block] = []
        separated = _blank_line_list(blocks[notes_start:])
        for block in blocks[notes_start:]:
            if block.kind == "paragraph" and not (
                separated and not (_url_every_line(block.text) or _closed_entry_lines(block.text))
            ):
                tail.extend(_split_unlabelled(block))
            else:
                tail.append(block)
        blocks = head + tail
        starts = _entry_starts(blocks)
    body_end = notes_start if notes_start is not None else len(blocks)
    entries: list[tuple[Block, EntryStart]] = []
    indexes: set[int] = set()
    for i in earlier_note_runs(starts, notes_start) if notes_start is not None else []:
        start = starts[i]
        if start is not None:
            entries.append((blocks[i], start))
            indexes.add(i)
    headed = notes_start is not None and notes_start > 0 and _heads_at(blocks, notes_start - 1)
    section = starts[notes_start:] if notes_start is not None else []
    if headed:
        # Under a heading a labelled list starts right after it, as notes_section_start requires;
        # labelled items further on belong to later sections (a README's numbered how-to steps
        # after its "API Reference" links), not to an unlabelled list of notes.
        section = section[:_LIST_WINDOW]
    first_note = _first_label(blocks, section, notes_start or 0)
    if headed and first_note is None and notes_start is not None:
        first_note = _labelled_list_under_sub_heading(blocks, starts, notes_start)
    unlabelled_open = headed and first_note is None
    notes_level = blocks[notes_start - 1].level if headed and notes_start is not None else 0
    if headed and notes_start is not None and _group_of_named_list(blocks, notes_start - 1):
        notes_level -= 1
    # Whether a heading after the notes heading, not under it and heading no notes, has ended the
    # notes section ("## 참고문헌" … "## 꼬리질문", follow-up questions): see _renumbered_after_notes.
    left_notes = False
    # Whether an appendix heading has followed the notes, and then a list numbering anew under it
    # (see _APPENDIX_HEADING): the notes are over for good.
    appended = closed = False
    for i, start in enumerate(starts):
        in_section = notes_start is not None and i >= notes_start
        if in_section and entries and _APPENDIX_HEADING.fullmatch(blocks[i].text.strip()):
            appended = True
        if start is not None and appended and not closed:
            closed = _renumbered_after_notes(blocks, entries, i, start, listed=False)
        if start is not None and closed:
            continue
        if start is not None and unlabelled_open and in_section and _key_among_keys(blocks, starts, i):
            start = None
        if (
            headed
            and in_section
            and blocks[i].kind == "heading"
            and 0 < blocks[i].level <= notes_level
            and not _heads_notes(blocks[i])
        ):
            left_notes = True
        if start is not None and left_notes and _renumbered_after_notes(blocks, entries, i, start):
            continue
        if (
            start is None
            and blocks[i].source_row
            and (
                _links_out(blocks[i])
                or _dated_row(blocks[i])
                or blocks[i].headed_row
                or _same_source_row(blocks[i])
            )
        ):
            # A table of sources: each row that links out is an entry, wherever the table stands,
            # and so is one that dates its reading (a source read without a link: "Browser
            # automation | 2026-04-07").
            entries.append((blocks[i], EntryStart(blocks[i].row_key, "caret", 0)))
            indexes.add(i)
            continue
        if start is not None and unlabelled_open and in_section and blocks[i].kind == "heading":
            # A numbered heading ("## 15. Acknowledgments") ends an unlabelled list as any other does.
            unlabelled_open = _heads_notes(blocks[i]) or 0 < notes_level < blocks[i].level
        if (
            start is None
            and headed
            and not unlabelled_open
            and in_section
            and (first_note is None or _after_labelled_list(blocks, starts, indexes, i))
            and (_heads_notes(blocks[i]) or _repeats_lead(blocks, notes_start, i))
            and _list_follows(blocks, starts, i)
        ):
            # A later sources list of the same document ("Sources:" under each topic, then "##
            # Related research"): its heading opens the unlabelled list again (a calibration
            # document of heldback-10's families; heldback-10's Turkish list heads each group so).
            unlabelled_open = True
            notes_level = blocks[i].level if blocks[i].kind != "paragraph" else notes_level
            continue
        if start is None:
            if unlabelled_open and in_section:
                if blocks[i].kind != "paragraph":
                    # Another heading ends the list, unless it heads notes too ("## Bronnen:") or
                    # is a sub-heading of the notes heading ("## Works cited" > "### Tutorials"),
                    # or heads only more items of the list's linked shape (_linked_list_goes_on).
                    unlabelled_open = (
                        _heads_notes(blocks[i])
                        or 0 < notes_level < blocks[i].level
                        or _linked_list_goes_on(blocks, entries, i)
                        or _next_lettered_group(blocks, notes_start, i)
                    )
                elif not _quoted_annotation(blocks, i, indexes) and (
                    _unlabelled_entry(blocks[i])
                    or _item_among_entries(blocks, i)
                    or _item_like_previous_entry(blocks, i, indexes)
                    or _line_among_entries(blocks, i)
                    or _group_over_entries(blocks, i)
                ):
                    bullet = _BULLET.match(blocks[i].text)
                    entries.append((blocks[i], EntryStart(None, "caret", bullet.end() if bullet else 0)))
                    indexes.add(i)
            continue
        if i not in indexes and (
            blocks[i].note_label is not None
            or (in_section and first_note is not None and same_family(first_note, start))
        ):
            entries.append((blocks[i], start))
            indexes.add(i)
    if entries:
        blocks, entries, indexes = _dated_groups_joined(blocks, entries, indexes)
        blocks, entries = _field_items_joined(blocks, entries, indexes)
        blocks, entries, indexes = _address_items_joined(blocks, entries, indexes)
    if not entries:
        run = _journal_run(blocks)
        if run:
            entries = [(blocks[i], EntryStart(None, "caret", 0)) for i in run]
            indexes = set(run)
            body_end = min(body_end, run[0]) if run[-1] == len(blocks) - 1 else body_end
    if not entries:
        listed = _line_list(blocks)
        if listed is not None:
            pieces = _split_unlabelled(blocks[listed])
            blocks = [*blocks[:listed], *pieces, *blocks[listed + 1 :]]
            entries = [(piece, EntryStart(None, "caret", 0)) for piece in pieces]
            indexes = set(range(listed, listed + len(pieces)))
            body_end = min(body_end, listed)
    if not entries:
        sourced = _sources_line(blocks)
        if sourced is not None:
            listed, bounds = sourced
            pieces = [_slice_block(blocks[listed], a, b) for a, b in bounds]
            # An anchor that shows an address ("arxiv.org/2501.01880", "elastic.co") names no title:
            # the entry is the address it links to, as a bare URL is.
            pieces = [
                replace(
                    piece,
                    text=piece.link_spans[0].url,
                    links=[(0, piece.link_spans[0].url)],
                    spans=[],
                    link_spans=[
                        replace(
                            piece.link_spans[0], start=0, end=len(piece.link_spans[0].url), anchor_is_url=True
                        )
                    ],
                )
                if len(piece.link_spans) == 1 and _shows_own_host(piece.text, piece.link_spans[0].url)
                else piece
                for piece in pieces
            ]
            blocks = [*blocks[:listed], *pieces, *blocks[listed + 1 :]]
            entries = [(piece, EntryStart(None, "caret", 0)) for piece in pieces]
            indexes = set(range(listed, listed + len(pieces)))
            body_end = min(body_end, listed)
    if not entries:
        pointed = _pointer_links(blocks)
        if pointed:
            blocks, entries, indexes = pointed
    if not entries:
        lettered = _lettered_entries(blocks)
        if lettered:
            entries = [(blocks[i], start) for i, start in lettered]
            indexes = {i for i, _ in lettered}
    if not entries:
        footed = _page_foot_entries(blocks)
        if footed is not None:
            blocks, entries, indexes = footed
            body_end = len(blocks)
    if notes_start is not None and all(start.label is None for _, start in entries):
        keyed_lines = _bracket_keyed_entries(blocks, notes_start)
        if keyed_lines:
            blocks, entries, indexes = _joined_entries(blocks, keyed_lines)
    if all(block.kind != "paragraph" for block, _ in entries):
        # (Under a "Bibliografia" heading the first keyed section heading reads as a labelled entry.)
        keyed = _keyed_heading_entries(blocks)
        if keyed:
            blocks, entries, indexes = _joined_entries(blocks, keyed)
    if notes_start is not None and all(block.kind != "paragraph" for block, _ in entries):
        # (Under a "Source List" title a numbered section heading reads as a labelled entry.)
        led = _bold_lead_entries(blocks, notes_start)
        if led:
            blocks, entries, indexes = _joined_entries(list(blocks), led)
    if notes_start is not None:
        topics = _bold_topic_entries(blocks, notes_start)
        if topics and indexes <= {i for _, _, used in topics for i in used}:
            blocks, entries, indexes = _joined_entries(list(blocks), topics)
    _drop_introduction(blocks, entries, indexes)
    _drop_keyed_table_introduction(blocks, entries, indexes)
    _inserted_entries(blocks, entries, indexes)
    _gap_entries(blocks, entries, indexes)
    entries = _source_keyed(entries)
    entries = _cited_bracket_keys(entries, blocks, indexes)
    entries = _cited_opening_numbers(entries, blocks, indexes)
    return Entries(blocks, entries, indexes, body_end)


# A register of sources written as paragraphs, each opening on the source's name in bold, then its
# date or a dash and what it holds, its addresses (if any) in a list under it: "**Распоряжение ГКО
# ДНР №56** (29 September 2022) — demolition list …", "**DNR head land-allocation orders
# (Пушилин), Nos. 390–394** — sequential grants …⏎- Decree portal: <https://…>" (heldback-26's
# source list of a research project, twelve such paragraphs under "# … — Source List" and a numbered
# section heading). Five at least; the bold name up to 120 characters, not a field label ("**Authors:**",
# "**Note.**": a register's fields close on a colon or a stop); they must be most of the paragraphs
# under the heading, and only lists of addresses stand between them.
_BOLD_LEAD_ENTRIES = 5
_BOLD_LEAD_MAX = 120


# An annotated source list in Markdown: each entry a paragraph, its address on the next line, then
# a block quote saying what the source gave ("> Vstup: roční rozpočet harm reduction (~512 mil. Kč
# …), … za rok 2024." — "input: …"; heldback-40's Czech Chicago list, 12 entries and 11 such quotes,
# figures and years in them read as 5 entries between the entries, every label after shifted). A
# paragraph wholly quoted, right after an unquoted entry of the list, is that entry's annotation, no
# entry. A list quoted whole (a PDF's reference list pasted into a block quote: every entry quoted)
# has no unquoted entry before its paragraphs and is read as before.
def _quoted_annotation(blocks: Sequence[Block], index: int, indexes: set[int]) -> bool:
    """Whether the paragraph at ``index`` is a quoted annotation of the entry before it (above)."""
    block = blocks[index]
    if not block.quoted or index < 1 or index - 1 not in indexes:
        return False
    before = blocks[index - 1]
    return before.kind == "paragraph" and not before.quoted


# A source list in lettered groups, each under a heading of one level: "## A. České primární zdroje
# (hlavní vstupy modelu)" (Czech primary sources: a notes heading), then "## B. Jednotkové náklady
# léčby (…)" and "## C. Účinnost intervencí — meta-analýzy (…)", which name their topic, not sources
# (heldback-40's Czech Chicago list: 6 of its 12 notes under B and C, lost where the list ended at
# "B."). A heading of the notes heading's level goes on with the list when both open with a capital
# letter and a stop and its letter is the next one after the last such heading; an appendix after a
# numbered "## 5. Sources" ("## 6. …") or a heading without a letter ends it as before.
_GROUP_LETTER = lazyre.compile(r"\s*([A-Z])[.)]\s+\S")


def _next_lettered_group(blocks: Sequence[Block], notes_start: int | None, index: int) -> bool:
    """Whether the heading at ``index`` is the next lettered group of the notes heading's list."""
    if notes_start is None or notes_start < 1:
        return False
    heading, block = blocks[notes_start - 1], blocks[index]
    if heading.kind != "heading" or block.kind != "heading" or not 0 < heading.level == block.level:
        return False
    letter = _GROUP_LETTER.match(block.text)
    if letter is None or _GROUP_LETTER.match(heading.text) is None:
        return False
    previous = next(
        (
            found.group(1)
            for b in reversed(blocks[notes_start - 1 : index])
            if b.kind == "heading" and b.level == block.level and (found := _GROUP_LETTER.match(b.text))
        ),
        None,
    )
    return previous is not None and ord(letter.group(1)) == ord(previous) + 1


def _bold_lead(block: Block) -> bool:
    if block.kind != "paragraph" or block.item or len(block.text) > _UNLABELLED_MAX:
        return False
    lead = next((span for span in block.spans if span[2] == "em" and span[0] == 0), None)
    if lead is None or lead[1] > _BOLD_LEAD_MAX or lead[1] >= len(block.text.rstrip()):
        return False
    name = block.text[: lead[1]].rstrip(" *_")
    return not name.endswith((":", ".", "?", "!")) and not has_url(name)


def _run_after(blocks: Sequence[Block], index: int, belongs: Callable[[Block, int], bool]) -> list[int]:
    """``index`` and the blocks right after it that ``belongs`` takes (given how many are taken)."""
    used = [index]
    while used[-1] + 1 < len(blocks) and belongs(blocks[used[-1] + 1], len(used)):
        used.append(used[-1] + 1)
    return used


def _bold_lead_entries(
    blocks: Sequence[Block], notes_start: int
) -> list[tuple[Block, EntryStart, list[int]]]:
    """The entries of a register of bold-named source paragraphs (:data:`_BOLD_LEAD_ENTRIES`), each
    with the address items under it."""
    found: list[tuple[Block, EntryStart, list[int]]] = []
    prose = 0
    index = notes_start
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "heading" and found and not 0 < blocks[notes_start - 1].level < block.level:
            break
        if not _bold_lead(block):
            if block.kind == "paragraph" and not block.item and block.text.strip():
                prose += 1
            index += 1
            continue
        used = _run_after(
            blocks,
            index,
            lambda below, _: (
                bool(below.item)
                and below.kind == "paragraph"
                and _links_out(below)
                and len(below.text) <= _GROUP_LINE_MAX
            ),
        )
        following = used[-1] + 1
        entry = _joined_entry(blocks[index], [blocks[i] for i in used[1:]], separator=" | ")
        found.append((entry, EntryStart(None, "caret", 0), used))
        index = following
    if len(found) < _BOLD_LEAD_ENTRIES or prose * 2 >= len(found):
        return []
    return found


# A notes list of topics, each a bullet naming it in bold and linking nowhere, the sources on it the
# bullets under it, each with its address ("- **EIP-2612 - Permit**⏎  - OpenZeppelin guide: https://…⏎
#  - Tutoriel QuickNode: https://…"): one note a topic, its title the topic, its addresses those
# under it (heldback-28's French whitepaper, "## 14) Notes et références", seven topics over 19
# addresses, the truth one note a topic). Three topics at least; the list is nothing else (every item
# under the heading up to the next one a topic or a linked item under a topic, each topic over one
# at least, nested under it: the item's text stands no further left than the topic's, whose bold
# markup moves it right of a sibling's), so a list of linked entries with a bold-named book among
# them keeps its entries. The
# items are joined by " | ", as a table row's cells are: the name before the first address ("OpenZeppelin
# guide: https://…") is one source's among several, no publisher of the topic (the truth names none).
_BOLD_TOPICS = 3
_BOLD_TOPIC_GLOSS = 80


def _bold_topic(block: Block) -> bool:
    """An item naming a topic in bold, alone or with a short gloss after a colon, linking nowhere (a
    Markdown item: its column tells the items nested under it)."""
    if not block.item or block.kind != "paragraph" or _links_out(block) or "\n" in block.text.strip():
        return False
    if not isinstance(block.locator, SpanLocator) and block.list_depth is None:
        # (An HTML list item tells its nesting by Block.list_depth, as a Markdown item by its
        # column: hb28-fr's bold topics rendered, 13 fields of benchmarks/parse_html.py.)
        return False
    lead = next((span for span in block.spans if span[2] == "em" and span[0] == 0), None)
    if lead is None or lead[1] > _BOLD_LEAD_MAX:
        return False
    rest = block.text[lead[1] :].strip()
    return not rest or (rest.startswith(":") and len(rest) <= _BOLD_TOPIC_GLOSS)


def _linked_item_under(block: Block, column: int) -> bool:
    """A Markdown item that links out, not opening in bold, nested under a topic at ``column``."""
    return (
        block.item
        and block.kind == "paragraph"
        and _links_out(block)
        and _column(block) >= column
        and not any(span[2] == "em" and span[0] == 0 for span in block.spans)
    )


def _bold_topic_entries(
    blocks: Sequence[Block], notes_start: int
) -> list[tuple[Block, EntryStart, list[int]]]:
    """The notes of a list of bold topics over linked items (:data:`_BOLD_TOPICS`), each topic
    with the items under it, joined by a space; none for another list."""
    found: list[tuple[Block, EntryStart, list[int]]] = []
    index = notes_start
    while index < len(blocks) and blocks[index].kind != "heading":
        if not _bold_topic(blocks[index]):
            return []
        used = [index]
        while used[-1] + 1 < len(blocks) and _linked_item_under(blocks[used[-1] + 1], _column(blocks[index])):
            used.append(used[-1] + 1)
        if len(used) < 2:
            return []
        found.append(
            (
                _joined_entry(blocks[index], [blocks[i] for i in used[1:]], separator=" | "),
                EntryStart(None, "caret", 0),
                used,
            )
        )
        index = used[-1] + 1
    return found if len(found) >= _BOLD_TOPICS else []


# A source index's keys: "S1. Reuters, "Standards and Values." …" (letters then a number, closed by
# a stop) and "**SRC-DUDEN-ANTWORT** (`full_fetched_page`, …): [Title](URL)" (capitals, digits and
# hyphens, with a gloss in brackets and a colon after it).
_SOURCE_KEY = lazyre.compile(
    r"(?P<key>(?P<prefix>[A-Z]{1,3})\d{1,3}[a-z]?)\.[^\S\n]+"
    r"|(?P<dashed>(?P<head>[A-Z][A-Z0-9]{1,9})(?:-[A-Z0-9]+)+)(?:[^\S\n]*\([^()\n]*\))?[^\S\n]*:?[^\S\n]+"
    # "- [vac] VDAB, Vacatures afnemen met de Vacature API —⏎  https://…": a short key in lower case
    # in brackets, the text citing "[F][vac]" (heldback-17's Polish research note, twelve keys
    # "[vac]", "[pdf-access]", "[dx]" …). Capitalised keys in brackets are the keyed lines of
    # _bracket_keyed_entries; a key here is two to twelve lower-case letters, digits and hyphens.
    # Or closed by a colon, as a Markdown reference definition is written ("- [gazeta]: Gazeta.uz,
    # "Title", 10 Sep 2026. <https://…>", the text citing "([Gazeta][gazeta])": heldback-19's
    # Uzbek alphabet brief, ten keys "[gazeta]", "[gazeta-oz]", "[timesca]" …).
    r"|\[(?P<bracketed>[a-z][a-z0-9]{1,11}(?:-[a-z0-9]{1,11})*)\]:?[^\S\n]+"
    # "- **[U1] ExPro Consulting, "Title"** — https://…": capitals and a number in brackets, in
    # the item's bold run or not, the text citing "[T2]" (heldback-18's keyed source lists, "[U1]"
    # … "[U7]" under one question, "[T1]" … "[T5]" under the next).
    r"|(?:\*\*|__)?\[(?P<capital>(?P<letters>[A-Z]{1,3})\d{1,3}[a-z]?)\][^\S\n]+"
    # "- [UK-HB] UK MoD Wargaming Handbook, DCDC, 2017 — https://…", "- [PERLA] Peter Perla, …",
    # "- [CALL-2006] CALL Handbook 20-06, …": a mnemonic key in capitals (letters, digits, up to
    # three hyphened parts) with no common prefix, the text citing "[UK-HB ¶3.10–3.15]" (heldback-25's
    # wargame design document, twelve keys). Every entry must be keyed so, each key once.
    r"|\[(?P<mnemonic>[A-Z][A-Z0-9]{1,15}(?:-[A-Z0-9]{1,15}){0,3})\][^\S\n]+"
)
_SOURCE_KEYS = 3


_BRACKET_KEY = lazyre.compile(r"\[[a-z][a-z0-9]{1,11}(?:-[a-z0-9]{1,11})*\]:?[^\S\n]+")
# A mnemonic key in capitals, as _SOURCE_KEY's "mnemonic" ("[UK-HB] ", "[CALL-2006] ").
_CAPITAL_KEY = lazyre.compile(r"\[[A-Z][A-Z0-9]{1,15}(?:-[A-Z0-9]{1,15}){0,3}\][^\S\n]+")


# Nested entries a group line must stand over, all of them with text before their address.
_GROUPED_ENTRIES = 2
_GROUP_LINE_MAX = 200


# The columns a nested list stands further right in Markdown ("1. **Topic:**" over "   - Item").
_LIST_INDENT = 4


def _column(block: Block) -> int:
    """The column the block's text starts in; for an HTML list item, whose source's columns do not
    show its nesting (markdown-it writes nested "<li>" flush left), the column its nesting gives it
    as Markdown would indent it (Block.list_depth). Data (benchmarks/parse_html.py): bold topics over
    nested linked items rendered (hb33-fr's course bibliography, hb18-en's patent packet, hb33-sv: 35
    fields). Guard: only the HTML reader sets ``list_depth``, and only on list items; Markdown, DOCX
    and plain-text blocks keep their source column."""
    if block.list_depth is not None:
        return _LIST_INDENT * block.list_depth - 1
    return block.locator.fresh().position(0, block.text[:1])[1]


def _text_before_address(block: Block) -> bool:
    """An entry naming its source in words before its address ("Cornell LII, 35 U.S.C. § 102 —
    https://…"), not a bare address ("https://en.wikipedia.org/wiki/Wordle")."""
    first = min((span.start for span in block.link_spans), default=None)
    return first is not None and first > 0 and _LETTER.search(block.text[:first]) is not None


def _group_line(block: Block) -> bool:
    """A list item naming a group: one line of at most _GROUP_LINE_MAX characters, closed by a colon,
    linking nowhere (the line _group_over_entries and _dated_group_items look at)."""
    text = block.text.strip()
    return (
        block.item
        and not block.link_spans
        and "\n" not in text
        and len(text) <= _GROUP_LINE_MAX
        and text.endswith(":")
    )


def _group_over_entries(blocks: Sequence[Block], index: int) -> bool:
    """A bullet naming a group of sources, closed by a colon and linking nowhere ("- Patentability
    statutes / examination guidance (novelty, …):"), over nested bullets that are entries of their
    own, each naming its source before its address ("  - Cornell LII, 35 U.S.C. § 102 — https://…"):
    a note of the list, numbered with its entries (heldback-18's patent packet: two group bullets,
    notes 1 and 5 of 7; the truth gives them no address). A group line over bare addresses ("-
    Шеннон энтропиясы және ақпарат теориясы:" over Wikipedia URLs, a calibration Kazakh list) names
    their topic and is no note; so is a line over a single entry or one that links."""
    block = blocks[index]
    if not _group_line(block):
        return False
    column = _column(block)
    nested = 0
    for following in blocks[index + 1 :]:
        if not following.item or following.kind != "paragraph" or _column(following) <= column:
            break
        if not (_unlabelled_entry(following) and _text_before_address(following)):
            return False
        nested += 1
    return nested >= _GROUPED_ENTRIES


def _link_only_item(block: Block) -> bool:
    """A list item that is one link and nothing else, its text showing no address ("[`app/x.rb`](https://…)")."""
    text = block.text.strip(" *_`")
    spans = block.link_spans
    return (
        block.item
        and len(spans) == 1
        and not spans[0].anchor_is_url
        and spans[0].url.startswith(("http://", "https://"))
        and block.text[spans[0].start : spans[0].end].strip(" *_`") == text
    )


def _dated_group_items(blocks: Sequence[Block], index: int, indexes: set[int]) -> list[int]:
    """The nested items of a dated group line that are one source's parts: a bullet closed by a
    colon, linking nowhere, that dates its reading ("- GitLab (open source, `master` branch, read
    2026-08-03):"), over nested bullets that are each one link to a file or page of it and nothing
    else ("  - [`app/controllers/invites_controller.rb`](https://…)"), two at least, each taken as an
    entry (heldback-33's Swedish design note: four files of one repository under its group line, one
    source in the note's own count, and the two sources after it numbered one too high). Where the
    group line carries no date (a topic, heldback-18's patent packet and the Kazakh calibration list
    of _group_over_entries) or a nested item has words beside its link, the items stay entries of
    their own. Empty where the shape is not met."""
    block = blocks[index]
    if not _group_line(block) or next(iter(find_dates(block.text.strip())), None) is None:
        return []
    column = _column(block)
    nested: list[int] = []
    for at in range(index + 1, len(blocks)):
        following = blocks[at]
        # (A link item's text opens after its hidden "[": its bullet stands one column further left.)
        shown = _column(following) - (1 if _link_only_item(following) else 0)
        if not following.item or following.kind != "paragraph" or shown <= column:
            break
        if at not in indexes or not _link_only_item(following):
            return []
        nested.append(at)
    return nested if len(nested) >= _GROUPED_ENTRIES else []


def _dated_groups_joined(
    blocks: list[Block], entries: list[tuple[Block, EntryStart]], indexes: set[int]
) -> tuple[list[Block], list[tuple[Block, EntryStart]], set[int]]:
    """The entries with each dated group line's nested items (:func:`_dated_group_items`) joined
    to it as one entry, standing where the group line stands."""
    groups = {
        index: nested
        for index in range(len(blocks))
        if index not in indexes and (nested := _dated_group_items(blocks, index, indexes))
    }
    if not groups:
        return blocks, entries, indexes
    joined = list(blocks)
    taken = {at: index for index, nested in groups.items() for at in nested}
    where = {id(block): at for at, block in enumerate(blocks)}
    result: list[tuple[Block, EntryStart]] = []
    for block, start in entries:
        at = where.get(id(block))
        if at is None or at not in taken:
            result.append((block, start))
            continue
        index = taken[at]
        if groups[index][0] != at:
            continue
        head = blocks[index]
        joined[index] = _joined_entry(head, [blocks[i] for i in groups[index]], separator=" ")
        bullet = _BULLET.match(head.text)
        result.append((joined[index], EntryStart(None, "caret", bullet.end() if bullet else 0)))
    return joined, result, (indexes - set(taken)) | set(groups)


# A nested item that is one field of the entry above it: a short name, a colon and its value ("-
# URL: https://…", "- Ngày truy cập: 2026-01-03", "- Mô tả: …", "- Accessed: …").
_FIELD_ITEM = lazyre.compile(
    r"[^\S\n]*(?:[-*+•][^\S\n]+)?[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}[^\S\n]*:[^\S\n]+\S"
)
# Entries of a list that must carry their fields so, for the shape to be the list's.
_FIELD_ENTRIES = 2


def _field_items(blocks: Sequence[Block], index: int, indexes: set[int]) -> list[int]:
    """The items nested under the entry at ``index`` that are its fields (:data:`_FIELD_ITEM`), one
    of them holding its address, when the entry's own text gives none: "1. **Nix Flakes
    Documentation**" over "   - URL: https://nixos.wiki/wiki/Flakes", "   - Ngày truy cập: 2026-01-03",
    "   - Mô tả: …" (s34-hunt4's Vietnamese Nix report, seven entries so: each read as its title
    alone, no address, no access date). Empty for any other entry."""
    block = blocks[index]
    if not block.item or block.kind != "paragraph" or has_url(block.text) or _links_out(block):
        return []
    column = _column(block)
    nested: list[int] = []
    for at in range(index + 1, len(blocks)):
        following = blocks[at]
        if (
            not following.item
            or following.kind != "paragraph"
            or _column(following) <= column
            or at in indexes
        ):
            break
        if _FIELD_ITEM.match(following.text) is None or "\n" in following.text.strip():
            return []
        nested.append(at)
    return nested if any(has_url(blocks[at].text) or _links_out(blocks[at]) for at in nested) else []


def _field_items_joined(
    blocks: list[Block], entries: list[tuple[Block, EntryStart]], indexes: set[int]
) -> tuple[list[Block], list[tuple[Block, EntryStart]]]:
    """The entries with the field items nested under each (:func:`_field_items`) joined to it, a
    field a sentence, where _FIELD_ENTRIES entries of the list at least are written so."""
    where = {id(block): at for at, block in enumerate(blocks)}
    fields = {
        at: nested
        for block, _ in entries
        if (at := where.get(id(block))) is not None and (nested := _field_items(blocks, at, indexes))
    }
    if len(fields) < _FIELD_ENTRIES:
        return blocks, entries
    joined = list(blocks)
    result: list[tuple[Block, EntryStart]] = []
    for block, start in entries:
        at = where[id(block)]
        if at in fields:
            details = [replace(blocks[i], text=_BULLET.sub("", blocks[i].text, count=1)) for i in fields[at]]
            joined[at] = _joined_entry(block, details, separator=". ")
            block = joined[at]
        result.append((block, start))
    return joined, result


# A nested item that is nothing but an address ("   - https://doi.org/10.1038/s41586-024-07558-y"), bare or
# in angle brackets.
_ADDRESS_ITEM = lazyre.compile(r"<?(?:https?://|www\.)[^\s<>]+>?")
# Entries of a list that must carry their address so, for the shape to be the list's.
_ADDRESS_ITEM_ENTRIES = 2


def _address_item(blocks: Sequence[Block], index: int) -> int | None:
    """The one item nested right under the entry at ``index`` that is nothing but its address
    (:data:`_ADDRESS_ITEM`), when the entry's own text gives none: "1. Dorkenwald S, … Neuronal
    wiring diagram of an adult brain. *Nature*. 2024;634:124-138." over "   - https://doi.org/…"
    (heldback-p39hunt11's Japanese audit note, spent on branch s40-hb2: four Vancouver entries read
    without their DOIs and their four addresses as entries 5-8). None for any other entry: one
    with an address of its own, an item not nested under it, or two nested items (a list of
    several sources under a topic)."""
    block = blocks[index]
    if not block.item or block.kind != "paragraph" or has_url(block.text) or _links_out(block):
        return None
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or not following.item or following.kind != "paragraph":
        return None
    column = _column(block)
    if _column(following) <= column:
        return None
    after = blocks[index + 2] if index + 2 < len(blocks) else None
    if after is not None and after.item and _column(after) >= _column(following):
        return None
    shown = _BULLET.sub("", following.text.strip(), count=1).strip()
    return index + 1 if _ADDRESS_ITEM.fullmatch(shown) else None


def _address_items_joined(
    blocks: list[Block], entries: list[tuple[Block, EntryStart]], indexes: set[int]
) -> tuple[list[Block], list[tuple[Block, EntryStart]], set[int]]:
    """The entries with the address item nested under each (:func:`_address_item`) joined to it, and
    those items no entries of their own, where _ADDRESS_ITEM_ENTRIES entries of the list at least
    are written so."""
    where = {id(block): at for at, block in enumerate(blocks)}
    addresses = {
        at: nested
        for block, _ in entries
        if (at := where.get(id(block))) is not None and (nested := _address_item(blocks, at)) is not None
    }
    if len(addresses) < _ADDRESS_ITEM_ENTRIES:
        return blocks, entries, indexes
    dropped = set(addresses.values())
    joined = list(blocks)
    result: list[tuple[Block, EntryStart]] = []
    for block, start in entries:
        at = where[id(block)]
        if at in dropped:
            continue
        if at in addresses:
            address = blocks[addresses[at]]
            bullet = _BULLET.match(address.text)
            cut = bullet.end() if bullet else 0
            detail = replace(
                address,
                text=address.text[cut:],
                spans=[(a - cut, b - cut, kind) for a, b, kind in address.spans if a >= cut],
                links=[(max(0, i - cut), url) for i, url in address.links],
            )
            joined[at] = _joined_entry(block, [detail], separator=" ")
            block = joined[at]
        result.append((block, start))
    return joined, result, indexes - dropped


# Items a sibling heading must head, all of them, for a linked list to go on under it.
_LINKED_ITEMS_ON = 2


def _opens_with_web_link(block: Block) -> bool:
    """A list item whose text opens with a link to a web address ("[Heiss (2025)](https://…) — …",
    "[**UN GA Resolution 68/262**](https://…) (2014) — …")."""
    return block.item and any(
        span.start == 0 and not span.image and span.url.startswith(("http://", "https://"))
        for span in block.link_spans
    )


def _linked_list_goes_on(
    blocks: Sequence[Block], entries: list[tuple[Block, EntryStart]], heading: int
) -> bool:
    """A heading within a list of works that each open with a web link ("## Related work", nine
    "[Author (year)](URL) — *Title*" items), over nothing but more items of that shape ("## Legal
    standing", three "[**Resolution**](URL) — gloss" items) and no prose: the list goes on under
    it (heldback-18's Crimea README: the resolutions and the regulation it cites next). The last
    entry before it and every block up to the next heading (two items at least) must open with a
    web link, so a "## License" or "## Author" paragraph, a "## Provenance" list of "Crossref check:
    GET https://…" lines or a list of links into the repository ends the list as any heading does."""
    if blocks[heading].kind != "heading" or not entries or not _opens_with_web_link(entries[-1][0]):
        return False
    items = 0
    for block in blocks[heading + 1 :]:
        if block.kind == "heading":
            break
        if not _opens_with_web_link(block):
            return False
        items += 1
    return items >= _LINKED_ITEMS_ON


def _bold_notes_line(block: Block) -> bool:
    """A paragraph set in bold that names a notes section ("<p><strong>References</strong></p>"):
    a heading as pages typed without heading elements write one. OJS's First Monday article page
    heads its numbered "Notes" and its author-date "References" so (internetarchive/sandcrawler's
    saved python/tests/files/first_monday_ojs3_fulltext.html: its 60 references were lost after the
    notes)."""
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and not block.item
        and _heads_notes(block)
        and any(kind == "em" and block.text[a:b].strip() == text for a, b, kind in block.spans)
    )


def _after_labelled_list(
    blocks: Sequence[Block], starts: Sequence[EntryStart | None], indexes: set[int], heading: int
) -> bool:
    """A second notes heading ("## Additional references shaping the project") after a labelled
    list of entries (its "1." … "3." under "## Three primary references") whose section holds no
    labelled entry of its own but unlabelled ones: the references go on, numbered after the list
    (heldback-18's MLA works-cited list, three more entries each under a sub-heading of its own).
    Its heading must be of the first list's heading's level or above, and every labelled entry
    before it."""
    if not indexes or max(indexes) > heading:
        return False
    if blocks[heading].kind != "heading" and not _bold_notes_line(blocks[heading]):
        return False
    level = blocks[heading].level
    end = next(
        (
            j
            for j in range(heading + 1, len(blocks))
            if blocks[j].kind == "heading" and 0 < blocks[j].level <= level
        ),
        len(blocks),
    )
    return all(starts[j] is None for j in range(heading + 1, end)) and any(
        _unlabelled_entry(blocks[j]) for j in range(heading + 1, end)
    )


def _key_among_keys(blocks: Sequence[Block], starts: Sequence[EntryStart | None], index: int) -> bool:
    """A list item keyed "[dx]" among unlabelled items keyed "[chg]", "[form]" (heldback-17's Polish
    research note): its key reads as a roman numeral (510), but the list around it is one of
    lower-case keys (:data:`_SOURCE_KEY`), so it is one of those items, keyed alike. Both
    neighbouring items must be keyed so and read as no label; a roman-numbered list ("[i]",
    "[ii]") has labels all along."""
    block = blocks[index]
    neighbours = [j for j in (index - 1, index + 1) if 0 <= j < len(blocks)]
    for key in (_BRACKET_KEY, _CAPITAL_KEY):
        # Or a capital key ending in a year ("[CALL-2006]", a citation key ENTRY_START reads as a
        # label) among capital keys without one ("[UK-HB]", "[PERLA]": heldback-25's wargame design
        # document, the one of its twelve keys with a year): keyed alike, the list is unlabelled.
        if (
            block.item
            and key.match(block.text) is not None
            and len(neighbours) == 2
            and all(
                blocks[j].item and starts[j] is None and key.match(blocks[j].text) is not None
                for j in neighbours
            )
        ):
            return True
    return False


def _source_keyed(entries: list[tuple[Block, EntryStart]]) -> list[tuple[Block, EntryStart]]:
    """Unlabelled entries that each open with a key of one shape, labelled by it.

    An agent's research report indexes its sources by keys the text cites them by ("[S4]",
    "SRC-W3C-TECHNIQUE-H58"), written at the head of each list item: "- S1. Reuters, "Standards and
    Values." … URL: https://…" (heldback-16's editorial source index, S1-S12) and "- **SRC-DUDEN-
    ANTWORT** (`full_fetched_page`, …): [Duden Rechtschreibung: Antwort, die](https://…) — …"
    (heldback-16's Arabic accessibility review, twelve keys). Every entry of the list (at least
    three) must open with a key of the same prefix ("S", "SRC"), so a list whose items merely
    start with a standard's or a model's name ("ISO-9001 …", "GPT-4 …", "A1. Introduction" among
    unkeyed items) keeps its numbering. The key and the gloss after it are the label, not the text."""
    if len(entries) < _SOURCE_KEYS or any(start.label is not None for _, start in entries):
        return entries
    keyed: list[tuple[Block, EntryStart]] = []
    prefixes = set()
    for block, start in entries:
        found = _SOURCE_KEY.match(block.text, start.length)
        if found is None:
            return entries
        prefixes.add(
            found.group("prefix")
            or found.group("head")
            or found.group("letters")
            or ("[A]" if found.group("mnemonic") else "[]")
        )
        label = (
            found.group("key")
            or found.group("dashed")
            or found.group("bracketed")
            or found.group("capital")
            or found.group("mnemonic")
        )
        keyed.append((block, EntryStart(label, start.kind, found.end())))
    labels = [start.label for _, start in keyed]
    if len(set(labels)) != len(labels):
        return entries
    if len(prefixes) != 1 and not _grouped_bracket_keys(keyed):
        return entries
    return keyed


# A bracketed key at an entry's head, whatever its letters: "[UK-HB] ", "[W3C_DID]: ", "[Kursiv] ",
# "[Ref. 3] -- ", "[CONTROLLER-DOCUMENT] " (up to 40 characters, at most three words, not a number
# alone: numbers are labels of their own), closed by a colon or not, then the entry; not a link's text.
_HEAD_KEY = lazyre.compile(r"\[(?P<key>(?!\d+\])[^\W_](?:[\w.\-/]| (?=[\w.])){0,39})\]:?[^\S\n(]")
# A token written as a key, not a word: no space, at most 24 characters, and a digit, a joiner
# ("-", "_", ".") or one case throughout ("L1", "UK-HB", "W3C_DID", "gazeta", "PERLA"); "Kursiv" or
# "Ref. 3" could be a bracketed word and must be cited.
_KEY_MAX = 24


def _key_like(key: str) -> bool:
    return (
        " " not in key
        and len(key) <= _KEY_MAX
        and (any(c.isdigit() or c in "-_." for c in key) or key.isupper() or key.islower())
    )


# Keys a list needs to be read by them, and the share of them its text must cite ("[UK-HB ¶3]", "[W3C_DID]").
_CITED_KEYS = 3
_CITED_KEY_SHARE = 0.5


def _relabelled(
    entries: list[tuple[Block, EntryStart]], relabel: Callable[[Block, EntryStart], EntryStart | None]
) -> list[tuple[Block, EntryStart]] | None:
    """Every entry with the label ``relabel`` reads at its head, where the list is unlabelled, has
    :data:`_CITED_KEYS` entries at least and ``relabel`` reads one for each; else None."""
    if len(entries) < _CITED_KEYS or any(start.label is not None for _, start in entries):
        return None
    keyed: list[tuple[Block, EntryStart]] = []
    for block, start in entries:
        label = relabel(block, start)
        if label is None:
            return None
        keyed.append((block, label))
    return keyed


def _cited_bracket_keys(
    entries: list[tuple[Block, EntryStart]], blocks: Sequence[Block], indexes: set[int]
) -> list[tuple[Block, EntryStart]]:
    """Unlabelled entries that each open with a bracketed key, labelled by their keys, whatever the
    keys' letters: the structure (every entry keyed, each key once, the keys written as keys or
    cited by the text) rather than the keys' shape. Each part that brought keyed sources added the one shape
    it showed to :data:`_SOURCE_KEY` (heldback-16 "S1.", heldback-17 "[vac]", heldback-18 "[U1]",
    heldback-19 "[gazeta]:", heldback-25 "[UK-HB]"), and a probe of 18 key sets in three layouts
    found the shapes next to them unread: "[UK-HB]:" with a colon, "[W3C_DID]" with an underscore,
    "[Kursiv]" capitalised, "[S1]:", "[SRC-01]:", "[T01]:" (fixtures/parse-eval/README.md, "## Branch
    p10-residual"). At least :data:`_CITED_KEYS` entries, all keyed and distinct (keys of letters and
    a number of one prefix, or in runs a prefix as :func:`_grouped_bracket_keys` reads them), and
    the keys written as keys (:func:`_key_like`) or the text outside the entries citing "[key" for
    at least half of them (so "[PDF]", "[EN]" heads, never cited, keep the list's numbering)."""

    def relabel(block: Block, start: EntryStart) -> EntryStart | None:
        found = _HEAD_KEY.match(block.text, start.length)
        return None if found is None else EntryStart(found.group("key"), start.kind, found.end() - 1)

    keyed = _relabelled(entries, relabel)
    if keyed is None:
        return entries
    keys = [start.label or "" for _, start in keyed]
    if len(set(keys)) != len(keys):
        return entries
    # Keys of letters and a number ("U1", "T2") keep _source_keyed's test: one prefix, or one run
    # numbered from 1 a prefix; mixed otherwise, they are no list's keys (heldback-18's near miss).
    numbered = [re.fullmatch(r"([A-Za-z]{1,3})\d{1,3}[a-z]?", key) for key in keys]
    if all(numbered) and len({m.group(1) for m in numbered if m}) > 1 and not _grouped_bracket_keys(keyed):
        return entries
    if all(_key_like(key) for key in keys):
        return keyed
    return keyed if _text_cites_keys(keys, blocks, indexes, _BRACKET_KEY_MARKER) else entries


# A number opening an entry in a shape the list readers do not take as a label: "7: …", "7 - …",
# "7 — …", "#7 …", "^7 …" (a hash or caret before it, or a colon or a dash after it); three digits
# at most ("2019 - …" opens with a year). Or a capital letter: "(A) …", "A. …", "A) …" (heldback-20's
# README references "(A)" … "(E)", read by a rule of their own only where nothing else is an entry).
_OPENING_NUMBER = lazyre.compile(
    r"(?:[#^](?P<marked>\d{1,3}[a-z]?)(?::|[^\S\n]+[-—–])?|(?P<plain>\d{1,3}[a-z]?)(?::|[^\S\n]+[-—–])"
    r"|\((?P<letter>[A-Z])\)|(?P<lettered>[A-Z])[.)])[^\S\n]+(?=\S)"
)
# A marker citing a note in the text: "[7]", "[^7]", "^7", "(7)", "<sup>7".
_NUMBER_MARKER = r"(?:\[\^?|\^|\(|<sup>){}(?![\w])"
# A marker citing a bracketed key in the text: "[gazeta]", "[UK-HB", "[S1]".
_BRACKET_KEY_MARKER = r"\[{}(?![\w\-])"


def _cited_opening_numbers(
    entries: list[tuple[Block, EntryStart]], blocks: Sequence[Block], indexes: set[int]
) -> list[tuple[Block, EntryStart]]:
    """Unlabelled entries that each open with a number in a shape no list reader takes as a label
    (:data:`_OPENING_NUMBER`: "7: …", "7 - …", "#7 …", "^7 …"), labelled by those numbers, when the
    token is the list's label by structure: every entry (three at least) opens so, the numbers run
    on by one (an inserted "8b" between "8" and "9" allowed), and the text outside the entries
    cites at least half of them as markers ("[7]", "^7", "(7)"). Numbered in order otherwise, such
    a list kept its labels only when it started at 1 (the label shape family L of branch
    p10-residual's first-blind reconstruction, seven parts; a probe of 23 label shapes with a list
    continued from 7: "7:", "7 -", "7 —", "#7", "^7" read as 1, 2, 3 …). Capital letters running on
    by one ("(A)", "A.", "A)") likewise, every entry lettered. A list of years, counts or unordered
    numbers or letters, or one the text does not cite, keeps its numbering."""

    def relabel(block: Block, start: EntryStart) -> EntryStart | None:
        found = _OPENING_NUMBER.match(block.text, start.length)
        if found is None:
            return None
        key = (
            found.group("marked") or found.group("plain") or found.group("letter") or found.group("lettered")
        )
        return EntryStart(key, "number", found.end())

    keyed = _relabelled(entries, relabel)
    if keyed is None:
        return entries
    keys = [start.label or "" for _, start in keyed]
    letters = [ord(key) for key in keys if key.isalpha()]
    numbers = [int(key) for key in keys if key.isdigit()]
    if (
        len(set(keys)) != len(keys)
        or (letters and len(letters) != len(keys))
        or any(b != a + 1 for a, b in itertools.pairwise(letters or numbers))
    ):
        return entries
    return keyed if _text_cites_keys(keys, blocks, indexes, _NUMBER_MARKER) else entries


def _text_cites_keys(keys: list[str], blocks: Sequence[Block], indexes: set[int], marker: str) -> bool:
    """Whether the text outside the entries (the blocks not in ``indexes``) cites at least
    :data:`_CITED_KEY_SHARE` of ``keys`` with ``marker`` (a pattern with ``{}`` for the key)."""
    body = "\n".join(block.text for i, block in enumerate(blocks) if i not in indexes)
    cited = sum(1 for key in keys if re.search(marker.format(re.escape(key)), body))
    return cited >= _CITED_KEY_SHARE * len(keys)


def _grouped_bracket_keys(keyed: list[tuple[Block, EntryStart]]) -> bool:
    """Bracketed keys of several prefixes, each prefix's keys one run numbered from 1 ("[U1]" …
    "[U7]", then "[T1]" … "[T5]": one list of sources a question): sources keyed by topic."""
    runs: list[tuple[str, list[str]]] = []
    for block, start in keyed:
        key = re.match(r"([A-Z]{1,3})(\d{1,3})", start.label or "")
        if key is None or not re.search(r"\[" + re.escape(start.label or "") + r"\]", block.text):
            return False
        if runs and runs[-1][0] == key.group(1):
            runs[-1][1].append(key.group(2))
        else:
            runs.append((key.group(1), [key.group(2)]))
    prefixes = [prefix for prefix, _ in runs]
    return len(set(prefixes)) == len(prefixes) and all(numbers[0] == "1" for _, numbers in runs)


# "### S01. Wonka, Wimmer — Instant Architecture, 2003": a heading keyed like an entry (letters and a
# number, or a number), then the reference; "## 2. Methods" keys a section and is told apart by
# what follows (see _keyed_heading_entries).
_HEADING_KEY = lazyre.compile(r"\[?(?P<prefix>[A-Z]{0,3})(?P<number>\d{1,4})\]?[.:)]?\s+")
_AUTHOR_DASH = lazyre.compile(r"\s[—–]\s")
_CLOSING_YEAR = lazyre.compile(r",?\s*\(?(?:19|20)\d{2}[a-z]?\)?\.?\s*$")
# Keyed headings an annotated bibliography needs, and the longest annotation taken with each.
_KEYED_HEADINGS = 3
_ANNOTATION_MAX = 400
# Under a notes heading two keyed headings are a list (the heading says what they are).
_KEYED_UNDER_NOTES = 2
# A record's field kept in its entry when it does not link out: publisher, type, date fields run to
# ~120 characters in heldback-31's register, its commentary fields ("Content:", "Not established:")
# to 400-1,500.
_SHORT_FIELD = 200


def _keyed_heading_entries(blocks: Sequence[Block]) -> list[tuple[Block, EntryStart, list[int]]]:
    """An annotated bibliography written as headings ("### S01. Authors — Title, 2003", then a
    short paragraph of links: a Polish project's bibliography in heldback-4): each keyed heading
    with the short paragraphs under it that link out is one entry, labelled by its key, when at
    least three headings of one level are keyed in sequence (S01, S02, …), every one is followed by
    links, and most name a year or set authors apart with a dash. Numbered sections of a report
    ("## 2. Methods", then prose) have no such shape. The part after the authors' dash, up to the
    closing year, is marked as the title, as the heading's own layout sets it apart.

    Two more shapes are read so (heldback-31's annotated register, "### R1. Richtlinie 2009/138/EG —
    Solvabilität II" over "- Publisher: …", "- URL: …", "- Retrieved: …", "- Content: <3,000
    characters of notes>", five records; and source lists that head each source with its label,
    "## Sources" over "### [1] Grain exports rise in October" over "Acme News, 2024⏎https://…⏎
    Accessed: …", which gave labelled notes with nothing in them and a missing-url error each):
    - keyed headings that are **sub-headings of a notes heading** need no year or dash (the notes
      heading says what they are), and two of them are enough;
    - an annotation **written as fields** ("Name: value" items, one of them an address field that
      links out) may be any length: its entry takes the heading and the fields that are short or
      give the address (:func:`_record_fields`), not the commentary, and the whole heading after
      its key is the title (the record's fields name its authors, not the heading).
    A numbered how-to under a "Sources" heading is not keyed in sequence with links under each and
    fields; numbered report sections over prose fail both."""
    candidates: list[tuple[int, re.Match[str]]] = []
    for index, block in enumerate(blocks):
        key = _HEADING_KEY.match(block.text) if block.kind == "heading" else None
        if key is not None:
            candidates.append((index, key))
    groups: dict[tuple[int, str], list[tuple[int, re.Match[str]]]] = {}
    for index, key in candidates:
        groups.setdefault((blocks[index].level, key.group("prefix")), []).append((index, key))
    best = max(groups.values(), key=len, default=[])
    numbers = [int(key.group("number")) for _, key in best]
    if not best or any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return []
    under_notes = _under_notes_heading(blocks, best[0][0])
    if len(best) < (_KEYED_UNDER_NOTES if under_notes else _KEYED_HEADINGS):
        return []
    annotations: list[tuple[list[int], list[Block] | None]] = []
    for index, _ in best:
        used = [index]
        following = index + 1
        while following < len(blocks) and blocks[following].kind == "paragraph":
            used.append(following)
            following += 1
        annotation = [blocks[i] for i in used[1:]]
        if not annotation or not any(_links_out(b) for b in annotation):
            return []
        fields = _record_fields(annotation)
        if fields is None and sum(len(b.text) for b in annotation) > _ANNOTATION_MAX:
            return []
        annotations.append((used, fields))
    recorded = all(fields is not None for _, fields in annotations)
    shaped = sum(
        1
        for index, key in best
        if _AUTHOR_DASH.search(blocks[index].text) or _CLOSING_YEAR.search(blocks[index].text)
    )
    if shaped * 2 <= len(best) and not under_notes and not recorded:
        return []
    found: list[tuple[Block, EntryStart, list[int]]] = []
    for (index, key), (used, fields) in zip(best, annotations, strict=True):
        annotation = fields if recorded and fields is not None else [blocks[i] for i in used[1:]]
        found.append(
            (
                _keyed_entry(blocks[index], key, annotation, whole_title=recorded),
                EntryStart(key.group("prefix") + key.group("number"), "bracket", key.end()),
                used,
            )
        )
    return found


def _under_notes_heading(blocks: Sequence[Block], index: int) -> bool:
    """Whether the heading at ``index`` stands under a notes heading: the nearest heading above it
    of a higher rank (a lower level) heads notes ("## Sources" over "### [1] …")."""
    level = blocks[index].level
    for above in range(index - 1, -1, -1):
        block = blocks[above]
        if block.kind in ("heading", "title") and (block.level < level or block.kind == "title"):
            return _heads_notes(block)
    return False


def _record_fields(annotation: Sequence[Block]) -> list[Block] | None:
    """An annotation written as fields ("Publisher: …", "URL: …", "Retrieved: …", each an item or a
    line of its own, a long field's value wrapping onto further lines): the fields its entry keeps —
    an address field's (_URL_FIELD) whole value, and every other field of at most _SHORT_FIELD
    characters (publisher, type, date; the commentary fields of heldback-31's register run to 1,500).
    None unless every block opens on a field, two fields at least, and an address field links out."""
    kept: list[Block] = []
    fields = 0
    address = False
    for block in annotation:
        field = _FIELD_LINE.match(block.text.split("\n", 1)[0].strip())
        if field is None:
            return None
        fields += 1
        name = field.group("name").strip()
        if _URL_FIELD.match(name) and _links_out(block):
            address = True
            kept.append(block)
        elif len(block.text) <= _SHORT_FIELD and not _links_out(block):
            kept.append(block)
    return kept if fields >= 2 and address else None


def _keyed_entry(
    heading: Block, key: re.Match[str], annotation: list[Block], *, whole_title: bool = False
) -> Block:
    """One block of a keyed heading and its annotation, the heading's title part marked (with
    ``whole_title`` everything after the key but a closing year: a record's fields name its authors)."""
    text = heading.text
    spans = list(heading.spans)
    title_start = key.end()
    dash = None if whole_title else _AUTHOR_DASH.search(text, key.end())
    if dash is not None:
        title_start = dash.end()
    year = _CLOSING_YEAR.search(text, title_start)
    title_end = year.start() if year is not None and year.start() > title_start else len(text)
    if not spans:
        spans.append((title_start, title_end, "em"))
    return _joined_entry(replace(heading, spans=spans), annotation)


# "[BSICS052] Mobile Device Management BSI-CS 052" (in Markdown conversions "* #### [KEY] Title"):
# a line opening with a bracketed key in capitals and digits, then the work's title, the details
# (issuer, version, date, access date, URL) on the lines below it. The BSI IT-Grundschutz modules'
# "Literatur" sections are written so ("[TR02102] Kryptographische Verfahren …⏎BSI, (zuletzt
# abgerufen am 27.09.2017)⏎URL"; heldback-10's de-bsi-grundschutz-mdm-literatur.md and the
# calibration document of another module, whose keys include ISO numbers, "[27001]": a number of
# five digits or more, where numbered notes stop at four), as are DIN 1505 keyed lists without the colon.
_KEY_LINE = lazyre.compile(
    r"(?:#{1,6}[^\S\n]+)?\[(?P<key>[A-Z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*|\d{5,})\][^\S\n]+(?=\S)"
)
# A standard's designation alone ("ISO/IEC 27001:2013", "DIN 66399") and a detail line's first field.
_DESIGNATION = lazyre.compile(
    r"(?:ISO(?:/IEC)?|IEC|EN|DIN|BS|ANSI|NF|UNE|IEEE|ASTM|ISA|ITU-[TR]|RFC)(?:\s+[A-Z]{1,4})?[\s-]?\d[\w./:-]*"
)
_FIRST_FIELD = lazyre.compile(r"\s*([^\W\d_][^,\n]{10,200}),\s")
_KEY_LINES = 3  # keyed lines a section needs (as keyed headings and line lists need three)
_KEY_DETAILS = 3  # paragraphs of details under one key, at most (the BSI modules give one or two)


def _bracket_keyed_entries(
    blocks: Sequence[Block], notes_start: int
) -> list[tuple[Block, EntryStart, list[int]]]:
    """Entries of a notes section written as keyed title lines, each followed by short paragraphs of
    details: each key line and its details are one entry labelled by the key, the rest of the key
    line its title. At least three keys; every key line is one line without a URL and has details
    below it (a list of whole entries with keys in front, "[RFC5234] Crocker, D. … Available at:
    URL", is read as before: an ISO 690 calibration document)."""
    begin = notes_start - 1 if notes_start > 0 and _heads_at(blocks, notes_start - 1) else notes_start
    level = blocks[begin].level if blocks[begin].kind == "heading" else 0
    found: list[tuple[Block, EntryStart, list[int]]] = []
    index = begin + 1 if begin != notes_start else begin
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "heading" and (not level or block.level <= level):
            break
        key = _KEY_LINE.match(block.text) if block.kind == "paragraph" else None
        first_line = block.text.split("\n", 1)[0]
        if key is None or len(first_line) > _UNLABELLED_MAX:
            index += 1
            continue
        used = _run_after(
            blocks,
            index,
            lambda below, taken: (
                below.kind == "paragraph"
                and _KEY_LINE.match(below.text) is None
                and taken <= _KEY_DETAILS
                and len(below.text) <= _ANNOTATION_MAX
            ),
        )
        following = used[-1] + 1
        if len(used) == 1 or "\n" in block.text.strip() or has_url(block.text):
            return []  # "**[RFC5234]** Crocker, D. … Available at: URL": keyed whole entries, read as such
        heading = replace(block, spans=[s for s in block.spans if s[2] != "em"] or [])
        details = [blocks[i] for i in used[1:]]
        if not any(kind == "link" for _, _, kind in heading.spans):
            heading.spans = [(key.end(), len(first_line), "em")]
            designation = _DESIGNATION.fullmatch(first_line[key.end() :].strip())
            field = _FIRST_FIELD.match(details[0].text)
            if designation is not None and field is not None:
                # "[27001] ISO/IEC 27001:2013⏎Information technology- …- Requirements, ISO, 2013": a
                # standard headed by its designation, its title the first field below.
                heading.spans = []
                details[0] = replace(details[0], spans=[(field.start(1), field.end(1), "em")])
        found.append(
            (
                _joined_entry(heading, details),
                EntryStart(key.group("key"), "bracket", key.end()),
                used,
            )
        )
        index = following
    return found if len(found) >= _KEY_LINES else []


def _joined_entries(
    blocks: list[Block], found: list[tuple[Block, EntryStart, list[int]]]
) -> tuple[list[Block], list[tuple[Block, EntryStart]], set[int]]:
    """The blocks with each joined entry standing where its first block stood, the entries, and
    the indexes of every block they took."""
    joined = list(blocks)
    for block, _, used in found:
        joined[used[0]] = block
    return joined, [(block, start) for block, start, _ in found], {i for _, _, used in found for i in used}


def _joined_entry(head: Block, details: list[Block], *, separator: str = "\n") -> Block:
    """One paragraph block of an entry's first block and the detail blocks under it (joined by a
    space where a detail is an address item: a line break after an address would wrap it on)."""
    text = head.text
    spans = list(head.spans)
    links = list(head.links)
    for block in details:
        offset = len(text) + len(separator)
        text = text + separator + block.text
        spans += [(a + offset, b + offset, kind) for a, b, kind in block.spans]
        links += [(at + offset, url) for at, url in block.links]
    return replace(head, text=text, kind="paragraph", spans=spans, links=links, link_spans=[])


# A journal article's citation in the medical (Vancouver, ICMJE) form: year, volume(issue), pages
# ("JAMA 2004: 291(20); 2457-65", "Lancet 2001;357(9263):1191-4", "BMC Med 2004: 2; 33").
_JOURNAL_CITATION = lazyre.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*[:;]\s*\d{1,4}(?:\s*\(\s*[\w-]{1,8}\s*\))?\s*[:;]\s*\d"
)
# Paragraphs in a row that each cite a journal so make a reference list even with no heading.
_JOURNAL_RUN = 3


def _journal_run(blocks: Sequence[Block]) -> list[int]:
    """The longest run of consecutive paragraphs that are each one reference closing on a journal
    citation ("Title. Authors. Journal 2004: 291(20); 2457-65."): a reading list posted without
    a heading or numbers (an EBM reading list in heldback-4). At least three, each short as an
    entry is; a document that gives none has no such run."""
    best: list[int] = []
    current: list[int] = []
    for index, block in enumerate(blocks):
        text = _prose(block)
        if block.kind == "paragraph" and len(text) <= _UNLABELLED_MAX and _JOURNAL_CITATION.search(text):
            current.append(index)
            if len(current) > len(best):
                best = list(current)
        elif block.kind == "paragraph" and not text.strip():
            continue
        else:
            current = []
    return best if len(best) >= _JOURNAL_RUN else []


# Lines a block must hold, each a whole reference, to be a reference list without heading or numbers.
_LINE_LIST = 3


def _line_list(blocks: Sequence[Block]) -> int | None:
    """The last paragraph whose lines, three or more, are each a whole reference ("Author. Title.
    Place : Publisher, 2010." or text then its URL): a reference list copied without its heading or
    numbers (a Korean journal's list as its article page renders it, in heldback-5). Prose wraps
    its lines mid-sentence; a list of references ends each line on its own closing year, page or
    URL. Only where the document gives no other notes."""
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.kind != "paragraph" or block.text.count("\n") + 1 < _LINE_LIST:
            continue
        pieces = _split_unlabelled(block)
        if len(pieces) >= _LINE_LIST and all(_fields(piece.text) >= 2 for piece in pieces):
            return index
    return None


# "Sources: [arxiv.org/2501.01880](https://arxiv.org/…) · [elastic.co](https://www.elastic.co/…) · …": a
# paragraph that names itself a list of sources (a notes word and a colon), then links and nothing
# else, parted by middle dots, bars, commas or semicolons (heldback-23's research summary closing
# on an italic line of eleven such links). Three links at least; only where the document gives no
# other notes. A sentence with words between its links is prose, not such a line.
_SOURCES_LEAD = lazyre.compile(r"[^\S\n]*(?P<word>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?)[^\S\n]*:[^\S\n]*")
_BETWEEN_LINKS = lazyre.compile(r"[\s·•|,;]*")
_SOURCES_LINE = 3


_SHOWN_HOST = lazyre.compile(r"(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:/\S*)?")


def _shows_own_host(anchor: str, url: str) -> bool:
    """Whether a link's anchor is its own address's host name, with or without a path, written
    without the scheme ("elastic.co" for https://www.elastic.co/…, "arxiv.org/2501.01880")."""
    shown = _SHOWN_HOST.fullmatch(anchor.strip())
    if shown is None:
        return False
    host = url.split("://", 1)[-1].split("/", 1)[0].lower()
    return host == shown.group("host") or host.endswith("." + shown.group("host"))


def _sources_line(blocks: Sequence[Block]) -> tuple[int, list[tuple[int, int]]] | None:
    """The last "Sources: link · link · link" paragraph and each link's bounds in it (see above)."""
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.kind != "paragraph" or len(block.link_spans) < _SOURCES_LINE:
            continue
        lead = _SOURCES_LEAD.match(block.text)
        if lead is None or not is_notes_heading(lead.group("word")):
            continue
        spans = sorted(block.link_spans, key=lambda span: span.start)
        at = lead.end()
        bounds: list[tuple[int, int]] = []
        for span in spans:
            if span.image or _BETWEEN_LINKS.fullmatch(block.text, at, span.start) is None:
                return None
            bounds.append((span.start, span.end))
            at = span.end
        if _BETWEEN_LINKS.fullmatch(block.text, at, len(block.text)) is None:
            return None
        return index, bounds
    return None


# "(A) Tjihero, N., (2018). Data Augmentation For Text Data … [online] Towards Data Science.
# Available at: <https://…> [Accessed 4 July 2020]." to "(E) …" (heldback-20's plain-text README
# of an MSc project, '5. CODE REFERENCES', five Harvard entries; its text says "(A) was used to
# perform …" above them): a capital letter in brackets labels an entry where the paragraphs so
# labelled run A, B, C … in order, three at least, each citing something (an address or the shape
# of a reference). The lines that only mention "(A)" cite nothing and stay text. Only where the
# document gives no other notes: a letter in brackets is more often an enumeration ("(a) the
# Secretary shall …"), which cites nothing.
_LETTER_LABEL = lazyre.compile(r"[^\S\n]*\((?P<letter>[A-Z])\)[^\S\n]+(?=\S)")
_LETTERED = 3


def _lettered_entries(blocks: Sequence[Block]) -> list[tuple[int, EntryStart]]:
    """The run of lettered reference paragraphs (see above), or none."""
    run: list[tuple[int, EntryStart]] = []
    for index, block in enumerate(blocks):
        label = _LETTER_LABEL.match(block.text) if block.kind == "paragraph" else None
        if label is None:
            continue
        rest = block.text[label.end() :]
        if not (has_url(rest) or _REFERENCE_SHAPE.search(rest)):
            continue
        expected = chr(ord(run[-1][1].label or "A") + 1) if run else "A"
        if label.group("letter") != expected:
            if label.group("letter") != "A":
                continue
            run = []
        run.append((index, EntryStart(label.group("letter"), "paren", label.end())))
    return run if len(run) >= _LETTERED else []


def _page_foot_entries(
    blocks: Sequence[Block],
) -> tuple[list[Block], list[tuple[Block, EntryStart]], set[int]] | None:
    """The notes a PDF's text runs into its pages (citecheck.parse.page_foot_notes), each cut out of
    the paragraphs it stands in (joined where it runs on into the next), the text around them kept
    as body paragraphs; None where the text shows none."""
    texts = [block.text if block.kind == "paragraph" and not block.item else "" for block in blocks]
    notes = page_foot_notes(texts)
    if not notes:
        return None
    cuts: dict[int, list[tuple[int, int, int]]] = {}  # block -> (start, end, note number or -1)
    tails: dict[int, int] = {}  # block -> where a note run on from the block before ends in it
    for number, (index, offset, end_index, end, _) in enumerate(notes):
        if end_index == index:
            cuts.setdefault(index, []).append((offset, end, number))
        else:
            cuts.setdefault(index, []).append((offset, len(texts[index]), number))
            tails[end_index] = end
    out: list[Block] = []
    entries: list[tuple[Block, EntryStart]] = []
    indexes: set[int] = set()
    for i, block in enumerate(blocks):
        if i not in cuts and i not in tails:
            out.append(block)
            continue
        sliced = _slice_index(block)
        position = tails.get(i, 0)
        for start, end, number in [*cuts.get(i, []), (len(block.text), len(block.text), -1)]:
            if block.text[position:start].strip():
                out.append(_slice_block(block, position, start, sliced))
            if number < 0:
                break
            piece = _slice_block(block, start, end, sliced)
            label = notes[number][4]
            if notes[number][2] != i:
                following = blocks[notes[number][2]]
                piece = _joined_entry(
                    piece,
                    [_slice_block(following, 0, notes[number][3], _slice_index(following))],
                    separator=" ",
                )
            piece = _pdf_note_marks(piece)
            indexes.add(len(out))
            out.append(piece)
            entries.append((piece, EntryStart(label, "number", len(label))))
            position = end
    return out, entries, indexes


def _pdf_note_marks(piece: Block) -> Block:
    """A page-foot note of a PDF's text with its wrapped addresses joined and its italic titles
    marked as the text layer shows them (page_foot_notes.joined_wrapped_paths, italic_runs); a note
    whose markup marks anything already is left as it is."""
    if piece.links or piece.spans or piece.link_spans:
        return piece
    text = joined_wrapped_paths(piece.text)
    return replace(piece, text=text, spans=[(a, b, "em") for a, b in italic_runs(text)])


# A text may set its sources apart line by line where it uses them: "▶ [Quelle: Financial Times über
# den Deal](https://…)" under the paragraph it backs, "▶ [Hintergrund: …](…)" under the next section
# (heldback-20's German chat answer on the South Caucasus corridor: eight such lines under six
# headings, no list and no markers). A line that is a pointer (▶ ► ➜ ➔ → 👉 🔗) and one link and
# nothing else is a source; three such lines at least, where the document gives no other notes,
# are its sources in order, each link's text the title. A pointer before prose with a link in it
# ("→ see the [install guide](…) first") is running text.
_POINTER_LINE = lazyre.compile(r"[^\S\n]*(?:[▶►➜➔→☞]|👉|🔗)\ufe0f?[^\S\n]*")
_POINTER_LINKS = 3


def _pointer_link_line(block: Block, start: int, end: int) -> bool:
    pointer = _POINTER_LINE.match(block.text, start, end)
    if pointer is None:
        return False
    spans = [span for span in block.link_spans if start <= span.start < end]
    return (
        len(spans) == 1
        and spans[0].start == pointer.end()
        and not spans[0].anchor_is_url
        and not block.text[spans[0].end : end].strip(" \t\n*_")
    )


def _pointer_links(
    blocks: Sequence[Block],
) -> tuple[list[Block], list[tuple[Block, EntryStart]], set[int]] | None:
    """The document's pointer-link lines as its source entries (see above), or None."""
    result: list[Block] = []
    entries: list[tuple[Block, EntryStart]] = []
    indexes: set[int] = set()
    for block in blocks:
        bounds = [*_line_starts(block.text), len(block.text)]
        pieces = list(itertools.pairwise(bounds))
        if block.kind != "paragraph" or not all(_pointer_link_line(block, a, b) for a, b in pieces):
            result.append(block)
            continue
        index = _slice_index(block)
        for a, b in pieces:
            piece = _slice_block(block, a, b, index)
            pointer = _POINTER_LINE.match(piece.text)
            indexes.add(len(result))
            entries.append((piece, EntryStart(None, "caret", pointer.end() if pointer else 0)))
            result.append(piece)
    return (result, entries, indexes) if len(entries) >= _POINTER_LINKS else None


def _fields(text: str) -> int:
    """How many fields a line sets apart (". ", ", ", ": "): a reference has several, a sentence few."""
    return sum(text.count(separator) for separator in (". ", ", ", ": "))


def _dated_row(block: Block) -> bool:
    """A table row whose access-date cell holds a date."""
    at = block.text.rfind(ACCESS_CELL)
    return at != -1 and next(find_dates(block.text, at + len(ACCESS_CELL)), None) is not None


# A source cell that sends the reader to the row above: "idem", "ibid.", "id.", "ditto".
_SAME_SOURCE = lazyre.compile(r"(?i)(?:idem|ibid(?:em)?|id|ditto|dto)\.?")


def _same_source_row(block: Block) -> bool:
    """A table-of-sources row whose source cell only says "idem" (heldback-15's French table of
    claims, "| Article 50(2) : … | idem |"): a row citing the source above, an entry of its own, as
    a note saying "Ibid." is."""
    return _SAME_SOURCE.fullmatch(block.text.split(" | ", 1)[0].split(". ", 1)[0].strip(" *_")) is not None


def _links_out(block: Block) -> bool:
    return bool(block.links) or URL_PATTERN.search(_prose(block)) is not None


def _reads_as_prose(text: str) -> bool:
    """A sentence of running text: five words or more, most of them lower case, no digit, no quote."""
    spans = sentence_spans(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    words = first.split()
    if len(words) < 5 or any(c.isdigit() for c in first) or _OPENING_QUOTE.search(first):
        return False
    return sum(1 for w in words[1:] if w[:1].islower()) * 3 >= 2 * (len(words) - 1)


_OPENING_QUOTE = lazyre.compile(r"[“”«»„\"]")


def _cites_like_reference(text: str) -> bool:
    """A URL, the shape of a reference or a standard number: what an entry shows and prose lacks."""
    return (
        has_url(text)
        or _REFERENCE_SHAPE.search(text) is not None
        or _STANDARD_NUMBER.search(text) is not None
    )


def _introduces(text: str) -> bool:
    """A paragraph before a list's items that cites nothing itself, or that is running text of
    sentences naming the checks made on the list ("Each journal entry was checked against PubMed
    metadata (via DOI→PMID conversion …) and Crossref DOI metadata. Each DOI below resolves …":
    heldback-18's Vancouver list, where the word "DOI" read as a reference's shape): it opens on a
    sentence of prose, has two sentences or more, and gives no URL nor any standard number."""
    if not _cites_like_reference(text):
        return True
    return (
        not has_url(text)
        and _STANDARD_NUMBER.search(text) is None
        and _sentence_stops(text) >= 2
        and _reads_as_prose(text)
    )


def _closing_date_prose(text: str) -> bool:
    """A sentence of prose about the list that closes on the date its links were checked ("Sources
    normatives … d'abord, doctrine … ensuite, identifiés comme tels ; liens vérifiés le 10 septembre
    2026.": heldback-25's French constitution, its "## Sources" of twelve link paragraphs): the date
    is the list's, and without it the sentence reads as prose. The date must close the paragraph;
    a reference dated in its middle ("Doe, Title, 12 May 2020, London.") is not taken so."""
    stripped = text.strip()
    dates = list(find_dates(stripped))
    if len(dates) != 1 or len(stripped) - dates[0][2] > 2:
        return False
    return _reads_as_prose(stripped[: dates[0][1]])


def _after_bold_lead(block: Block) -> str:
    """A paragraph's text after the bold run-in heading that opens it, when that heading closes
    on a full stop or a colon and text follows ("**Why this table exists.** Part Two names …":
    heldback-26's citation appendix; "**Note:** The sources below …"): the prose is read from
    the sentence after it. Otherwise the whole text."""
    text = block.text
    lead = next((span for span in block.spans if span[2] == "em" and span[0] == 0), None)
    if lead is None:
        return text
    head, rest = text[: lead[1]].rstrip(" *_"), text[lead[1] :].lstrip(" *_")
    if not head.endswith((".", ":")) or len(rest.split()) < 5:
        return text
    return rest


def _drop_introduction(
    blocks: Sequence[Block], entries: list[tuple[Block, EntryStart]], indexes: set[int]
) -> None:
    """A link list under a notes heading opened by a sentence about it ("Sources are listed by date.
    Web sources were accessed on 2 June 2026.") : the sentence links nowhere while every item after
    it does, and it reads as prose. It is no entry."""
    unlabelled = [k for k, (_, start) in enumerate(entries) if start.label is None]
    if len(unlabelled) < 3:
        return
    # The rows of a table of sources are such a list too (heldback-26's citation appendix: a bold
    # "**Why this table exists.** Part Two names …" paragraph of prose over twelve source rows).
    items = [
        k for k in unlabelled if entries[k][0].item or entries[k][0].source_row or entries[k][0].headed_row
    ]
    if len(items) >= _SECTION_ENTRIES:
        # One list, one kind of block: where the entries are list items, the plain paragraphs
        # before the first item that cite nothing themselves introduce them ("Checked while writing the design on 24 September
        # 2026. …" over a "# Sources" page's bullets: heldback-9), however dated they read.
        # A paragraph written as a reference ("Doe, J. (2019). Title. Acme Press.") stays an entry.
        before = [
            k
            for k in unlabelled
            if k < items[0] and not entries[k][0].item and _introduces(_after_bold_lead(entries[k][0]))
        ]
        for k in reversed(before):
            first = entries[k][0]
            del entries[k]
            indexes.discard(next(i for i, b in enumerate(blocks) if b is first))
        if before:
            return
    first = entries[unlabelled[0]][0]
    rest = [entries[k][0] for k in unlabelled[1:]]
    if _links_out(first) or not all(_links_out(b) for b in rest):
        return
    if first.item and all(b.item for b in rest) and not first.text.rstrip().endswith(":"):
        # An item of the list itself (a reading named without its link, the list's first:
        # heldback-16's course bibliography, its "#### Week 1" item) is one of its entries.
        return
    # Or a line that dates the reading of every item below it ("**Erişim tarihi:** Aksi
    # belirtilmedikçe 3 Eylül 2026.", "تاريخ الاطلاع: 3 أكتوبر 2026.", "Accessed 2 June 2026 unless
    # noted."): four lists of heldback-9 state their access date once so.
    dateline = ACCESS_LABEL.match(first.text.strip().lstrip("*_ ")) is not None
    if not dateline and (first.spans or not (_reads_as_prose(first.text) or _closing_date_prose(first.text))):
        return
    del entries[unlabelled[0]]
    indexes.discard(next(i for i, b in enumerate(blocks) if b is first))


def _drop_keyed_table_introduction(
    blocks: Sequence[Block], entries: list[tuple[Block, EntryStart]], indexes: set[int]
) -> None:
    """The paragraphs introducing a table of sources whose rows are labelled by their own keys
    (``SourceColumns.key``: "| # | Kaynak başlığı | …" over rows "| 1 | … |", the key column chosen by
    its values, citecheck.parse.table_keys) are no entries, as they are not over a table whose rows
    are numbered (:func:`_drop_introduction`, which weighs unlabelled rows only). Without this the
    calibration Turkish ledger's dateline "**Erişim tarihi:** Aksi belirtilmedikçe 3 Eylül 2026."
    stood as an empty note "1" beside the table's row "1" (the phantom note of branch p10-residual's
    number-column attempt). Only unlabelled paragraphs before the first keyed row, with three keyed
    rows at least, that cite nothing or date the reading of the rows."""
    keyed = [
        k
        for k, (block, start) in enumerate(entries)
        if block.source_row and start.label is not None and start.label == block.row_key
    ]
    if len(keyed) < _SECTION_ENTRIES:
        return
    before = [
        k
        for k, (block, start) in enumerate(entries[: keyed[0]])
        if start.label is None
        and not block.item
        and not block.source_row
        and (
            ACCESS_LABEL.match(block.text.strip().lstrip("*_ ")) is not None
            or _introduces(_after_bold_lead(block))
        )
    ]
    for k in reversed(before):
        first = entries[k][0]
        del entries[k]
        indexes.discard(next(i for i, b in enumerate(blocks) if b is first))


@dataclass(frozen=True, slots=True)
class Header:
    """The top of a document: which block is its title and which its dateline."""

    title_index: int | None
    title: str | None
    dateline_index: int | None
    date: dt.date | None


# A sources heading naming its entries as consulted, then the day in brackets: "## Fuentes consultadas
# (2026-09-22)" (a Spanish research memo's seven links, branch s41-hunt14's p41hunt14). English
# "Sources consulted (…)" is an access label already (dates.ACCESS_LABEL); the Romance languages' and
# Dutch plural participles are not (as labels in a sentence they would read "consultadas" in prose
# as a date's label), so they date a heading only: the participle, then a bracket opening on the date.
_CONSULTED_HEADING = lazyre.compile(
    r"\b(?:consultad[oa]s|consultades|consult[ée]e?s|consultat[ei]|geraadpleegd)\s*\(", re.IGNORECASE
)


def heading_access_dates(
    blocks: Sequence[Block], entries: Sequence[tuple[Block, EntryStart]]
) -> list[dt.date | None]:
    """For each entry, the access date its group's heading states, if any: "### Google Cloud
    kaynakları (erişim tarihi:04.01.2021)" over the links read that day (heldback-10's Turkish link
    list: five groups, each dated in its heading), "## Sources (accessed 2024-05-01)". The heading
    dates every entry under it up to the next heading of its level or above; an entry's own access
    date wins. A dateline paragraph above a list ("All links checked on …") is no heading and dates
    nothing (heldback-8 and -9 score none there)."""
    dated: dict[int, dt.date | None] = {}
    stack: list[tuple[int, dt.date | None]] = []  # (level, date) of the open headings
    for block in blocks:
        if block.kind in ("heading", "title"):
            level = block.level or 1
            while stack and stack[-1][0] >= level:
                stack.pop()
            label = ACCESS_LABEL.search(block.text) or _CONSULTED_HEADING.search(block.text)
            date = None
            if label is not None:
                found = next(find_dates(block.text, label.end()), None)
                date = found[0] if found is not None and found[1] - label.end() <= 3 else None
            stack.append((level, date))
        dated[id(block)] = next((date for _, date in reversed(stack) if date is not None), None)
    return [dated.get(id(block)) for block, _ in entries]


def _dateline(text: str) -> dt.date | None:
    stripped = text.strip()
    if len(stripped) > 80:
        return None
    label = _DATELINE_LABEL.match(stripped)
    for value, start, end in find_dates(stripped):
        if label is not None or (end - start) * 2 >= len(stripped):
            return value
    return None


def read_header(blocks: Sequence[Block], stop: int) -> Header:
    """Find the title and dateline among the short blocks before the first real paragraph."""
    title_index = next((i for i, b in enumerate(blocks[:stop]) if b.kind == "title"), None)
    dateline_index: int | None = None
    date: dt.date | None = None
    for index, block in enumerate(blocks[: min(stop, _HEADER_BLOCKS)]):
        text = block.text.strip()
        if len(text) > _SHORT:
            break
        value = _dateline(text)
        if value is not None:
            if dateline_index is None:
                dateline_index, date = index, value
            continue
        if title_index is not None or "\n" in text or is_chrome(text) or _CATEGORY.fullmatch(text):
            continue
        words = len(text.split())
        # A line that carries a marker is a cited sentence, not the title.
        if block.anchors or TEXT_MARKER.search(text) is not None:
            continue
        if 2 <= words <= 30 and text[-1] not in ".,;:" and match_entry_start(text) is None:
            title_index = index
    title = (
        " ".join(blocks[title_index].text.split()).lstrip("#").strip() if title_index is not None else None
    )
    return Header(title_index, title or None, dateline_index, date)
