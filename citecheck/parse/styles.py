"""Title and publisher of a reference entry, found by the entry's structure rather than by one style.

The part of an entry before its URL and access date (its "head") is read in this order, the first
rule that applies winning:

0. GB/T 7714: the text between the last full stop (full-width or not) and the type code
   ("Authors. Title[J]. Journal", "Title[EB/OL]. (2014-11-29)[2024-09-27]. URL");
1. a quoted title opening a segment: the seed, Chicago, Wikipedia, IEEE, MLA (“Title,” «Title»);
2. an author–date prefix, "Author (2023) Title." / "Author. (2023). *Title*." (Harvard, APA), where
   a title-first APA entry ("Title. (n.d.). Publisher.") keeps the part before the date;
3. the first title the markup marks: link text or emphasis (rendered Wikipedia, ABNT **bold**,
   APA/ISO 690 *italic*), never a link whose text is a URL — unless a plain sentence stands
   between the authors and an emphasised run: then that is the container (ABNT/ISO 690/Vancouver
   "AUTHOR, I. Article. **Journal**, v. 26", "Chapter. In: EDITOR. **Book**") and the sentence is
   the title;
4. the sentence before a medium designator ("Title [Электронный ресурс]", "Title [Internet]",
   "Title [online]": GOST, Vancouver, ISO 690);
5. GOST's "Title // Publisher" and Chicago's book note "Author, Title (Place: Publisher, Year)";
6. the plain segments of the head: leading author sentences (Vancouver "Boyd IA, Kalu KU.",
   "Surname, I.", all-caps authors) are dropped, "Title, Person, 2014" loses its people and year,
   "Publisher, Title" (a short organisation before a longer title: "OECD, Policies, data and …")
   and "Title - Site" (research-assistant exports) are split.

An entry that fits none keeps both None rather than a guess; so do short citations ("Cormen et al.
(2001), pp. 528-529", also when their only links are in-page "#CITEREF" anchors) and notes that
cite nothing.

Rules learnt from the first held-back part of the parse eval once it was spent (14 documents, 115
notes; its titles went from 72.8 % to 99.1 % with no loss on the other 343 notes), each because
several entries of different documents failed the same way, not one:

- markup before a quote wins only when it is not the author sentence: a bold run ending in a full
  stop that names people or an organisation ("**Espressif Systems.** "ESP32 …"", six entries of a
  Turkish report) is followed by the title, whereas an ABNT bold title may be followed by a quoted
  phrase of its own;
- "[1] - Title" (a dash between label and entry) and a field left open at a title's end
  ("Title. (", "Title?, /": seven entries in two documents) are no part of the title; a "title"
  without one letter ("3.0^ ^3.1^] [", backlink debris in two notes) is none;
- leading names: an author list ("S. Wasista, Setiawardhana, D. A. Saraswati, and E. Susanto")
  runs over several comma segments, an organisation is one ("OECD, Policies, data and …", "White
  House, Executive Order on the Safe, …"), and no cut leaves a title that starts in lower case;
  "Site, Title, accessed …" is split like "Title - Site" when the site is at most three capitalised
  words and the rest is longer and reads as a title (three entries in two documents);
- a whole entry set in italics (ABNT copied from a word processor) is a wrapper when another mark
  lies inside it: the inner bold run is the title (two entries).

Rules learnt from the second held-back part once it was spent (13 documents, 121 notes; titles
43.0 % -> 97.5 %, URLs 91.7 % -> 98.3 %, access dates 90.3 % -> 100 %, the other 458 notes 98.5 % ->
98.7 %). Each is also checked on real entries of other public documents found with the code
search (tests/parse/test_reference_shapes.py names them), because the part showed most shapes in
one document each:

- GB/T 7714 (rule 0): 23 entries of a Chinese thesis and entries of five more Chinese documents;
  the bracketed date after the type code is the citation (access) date (entries.py);
- ABNT/Vancouver article before an emphasised journal (rule 3): seven entries in two Portuguese
  documents, four more in two others, two Vancouver entries of an English one; the authors go by
  the styles' own forms ("SILVA, R. P. et al.", "MOTA-ROJAS, Daniel et al.", "Bagcchi S.");
- „Title“ in Container without the comma (Citavi's German IEEE) and “Title.“ closed with the
  opening mark: three entries of one German document, entries of a Czech and two English ones;
- an edition (", 7. Aufl.", ", 3rd Edition.") is no part of the title; "K. Ahmad und K. Bin Ahmad"
  is one name part; once an imprint ("Wiesbaden: Springer") names place and publisher, the comma
  segments of the title sentence are the title's ("Big data: Grundlagen, Systeme und …");
- a date group followed by a lower-case word is inside a title ("Districts (December 2021)
  boundaries"), and a head of authors and a year alone has no title (four entries, two documents);
  "[No authors listed]." (PubMed) and trailing "[… unverified]" remarks are no part of an entry;
  bodies named kind first ("Office of Gas and Electricity Markets") are organisations;
- a question title keeps the sentence after it when that reads as a title, not a name
  ("O que é Kanban? Explicado para Iniciantes");
- ABNT and ISO 690 copied as plain text (the bold journal lost) drop their authors by the same
  forms, full given names included ("RODRIGUES, Leandro Bezerra; DA SILVA, Júlio César."), so the
  title is the sentence after them (entries of two more Portuguese documents, in the tests);
- one list, one style: where most entries give only an author and a year before the access date,
  a lone name ("Google, Erişim Tarihi: …") is an author too (entries.parse_entries); elsewhere the
  same shape is a short title ("Tavily, accessed …"), so no entry-level rule can decide it.

Rules learnt from the third held-back part once it was spent (branch p10-tune; 20 documents, 180
notes; titles 53.3 % -> 96.1 %, URLs 73.9 % -> 97.7 %, access dates 93.0 % -> 100 %, the other 579
notes unchanged at 98.4-98.6 % / 99.7 % / 100 %). Each rule is about the entry's or the list's
structure, written so that it holds for the style and not for one file (tests/parse/test_source_lists.py
has invented entries of each shape); where one document showed a shape, the rule is the style's own:

- source lists (regions.py, markdown.py, html.py): a sub-heading under a notes heading keeps its list
  open (a heading of the same level ends it); "Resources"/"Ressources"/"Recursos" head source
  lists; a list item between entries is one (a book named without a link); a table whose header
  names a title/source or access-date column is a list of sources (a link column alone is a
  README's table of tools), each row an entry read title cell first, a link column's URL shown,
  the access column's date as the access date;
- labels: a numbered run whose labels stand alone on their line or are glued to the entry ("1.⏎GNU
  Bash Manual", "3.Zarrelli", Pandoc's LaTeX bibliographies) is split in sequence, and a number
  far out of it ("2005. 354 с." after "1.": ten or more beyond the last, where real lists step by
  one) runs on from the entry above; DIN 1505 keys ("[BAUM14]: ", a colon after the key);
- markup: kramdown/Pandoc attribute lists ('{:target="_blank"}', "{.unnumbered}") and fenced-div
  fences (":::") are no text;
- URLs without a scheme (urls.py), taken only in an entry that gives no other URL and only where
  clearly a URL: a lower-case host with a path, or a host under a generic TLD (com, org, net, gov,
  edu, int, mil, info) — "README.md", "Node.js", "e.g." are none — as https;
- titles: link text that opens with a quoted title followed by more ('["YIN, …", by A. Doe, 2002]')
  gives the quoted part, and a straight quote closes before a glued ", by"; "Title — URL" (one
  dash, then the URL) gives the whole head, commas and short-citation shape included ("Sale of
  Goods Act 1979, s.3 — legislation.gov.uk/…"), and fields set apart by dashes up to the URL
  ("Title - Site - URL", "Title – Site – URL") split as "Title - Site, accessed …" does; "(EU) 2016/679" and "copper(II)" are no language
  tags; a name alone before an emphasised title is its author ("MDN Web Docs. *HTTP Cookies*");
  DIN 1505 "Surname, Given ; …: Title. Place : Publisher" (a place alone names no publisher), its
  corporate author in capitals ("ACME INSTITUT: Title", two words or more, no markup) and an
  organisation named with its own initials ("Bundesamt für … (BSI) - Referat B 23: Title", the
  letters in brackets the initials of its capitalised words, the colon within 160 characters);
  a medium word inside a marked title is the title's ("*Hypertext Markup Language (HTML)*");
- entries without a URL cite a work when they close on volume(issue):pages, a book's extent ("874
  с.", "312 p.") or a page range after the journal, or when a retrieval phrase precedes a link
  whose target is no URL ("Recuperado de [enlace](Bluehost.com)"); GOST author lists of several
  "Surname I." names are dropped before the title;
- publishers: "by …" and two joined names are authors, a "URL" label, an identifier ("arXiv :
  1806.01799"), a
  bracketed supplied place ("[Bonn]"), quoted text, a table's cells and a bracketed gloss are none.

Rules learnt from the fourth held-back part once it was spent (branch p10-hb4tune; 22 documents,
212 notes; titles 62.4 % -> 97.6 %, URLs 80.6 % -> 100 %, access dates 89.4 % -> 100 %, the other 759
notes unchanged at 98.0 % / 99.2 % / 100 %). Each is about a style's or a list's structure and has
invented entries of its shape in tests/parse/test_heldback4_rules.py; thresholds and the data
behind them are in the functions that hold them:

- finding lists (regions.py): a notes section whose list starts beyond the three-block window (an
  example, a template, "＜ 論文 ＞") is one when, up to the next heading, at least three paragraphs
  are entries and they are the majority (a Japanese list; READMEs' "API Reference" prose is not);
  Czech/Slovak headings; three paragraphs in a row closing on a medical journal citation ("Jama
  1992: 268(2); 240-8") are a reading list without heading (three: two such citations occur in
  prose); keyed headings ("### S01. Authors — Title, 2003" with a short paragraph of links, at
  least three in sequence at one level, most with a year or an author dash, annotations of at most
  400 characters) are an annotated bibliography, the part after the dash up to the year its title;
- labels: Markdown lazy numbering (every item "1.") counts on from the first, as CommonMark
  renders it (assemble.py); a numbered run may start mid-list and glue its label to a capital
  ("5James Smith, …", endnotes of a converted journal article);
- plain text: AsciiDoc/Typst "== Heading" lines are headings (text.py); Typst's '#link("' before a
  URL is markup, not title;
- dates (dates.py): Japanese and Chinese access labels (アクセス日, 閲覧日, 访问日期, 上网时间 …)
  and "2025 年 1 月 4 日"; sentences (claims.py): a full stop before a letter of a caseless
  script (CJK) ends a sentence;
- titles: APA's entry in a reference work titled first ("Hypervisor. (2022). In *Wikipedia*.");
  Chicago book notes with an unbracketed imprint ("James Smith, Title: Subtitle, New York: The
  Free Press, 1991.", a person's full name first, a thesis type dropped; not where markup marks a
  title); GOST/ISBD " / " opens the statement of responsibility before "//", and "Title // Site :
  [Веб-сайт]" keeps the "//" split; a standard's designation ("ДСТУ 7564:2014.", "ISO/IEC
  25010:2011.") opens a title that runs, full stops and all, to the imprint ("Київ, 2015.");
  "[Preprint]", "[Веб-сайт]", "[Інтернет-портал]", "[Electronic resource]" are medium designators;
  link text naming a copy's format ("html format", "PDF") is no title; breadcrumb sites ("Title -
  MLIR - LLVM": one- or two-word capitalised fields before the site) go with the site; one quoted
  word run straight into capitalised words ("'nvgpu' Dialect") is inside the title, and so is a
  phrase quoted after an article ('rounds: the "evidence cart"'; after "quoted in" it is a
  source's title); a question title does not take the initialled authors after it as its
  subtitle; the longest author reading wins (ABNT "TANENBAUM, A. S.; BOS, Herbert.", initials
  before a ";"); a parenthesis with two capitalised non-month words before its year ("(Best
  Prompts in 2025)") is the title's, not an APA date group.

Rules learnt from the fifth held-back part once it was spent (branch p10-hb5tune; 23 documents, 225
notes; titles 79.3 % -> 99.1 %, URLs 96.7 % -> 100 %, access dates 96.9 % -> 100 %, publishers 52.6 %
-> 93.6 %; the other 123 calibration documents 97.9 % -> 98.0 % titles, publishers 80.1 % -> 80.5 %,
URLs and access dates unchanged). Each is about a style's or a list's structure, has invented entries of its shape in
tests/parse/test_heldback5_rules.py, and was checked on seven more real documents of the same shapes
added to the calibration part, their truth written before the parser ran on them (main's parser took
38.8 % of their titles; where the rules missed them they were generalised, to 97.0 %; so they are
calibration, not a measure of these rules):

- initials-first author lists without quotes or italics (Elsevier's "X. Ding, J.-Y. Nie, Title, in:
  Proc. …", "…, Title, J. Mach. Learn. Res. 12 (2011) 2493–2537", IEEE books "B. Huang and R.
  Kadali, Title. London, U.K.: Springer, 2008"): the list ends at the comma before the title (also
  after "et al.,"; not where it runs on with a mononym or into an APA date group), and the title at
  the container (", in:"), a comma before an abbreviated journal, an edition, or its sentence's end;
  else at its first comma segment before one that is not lower case; editors after "in:" are no
  publisher; a spacing accent left alone by a PDF conversion ("˜ D. Kasprzyk") is no text;
- an abbreviated journal before volume, year or pages ("IEEE Trans. Ind. Electron., vol.", "Inf.
  J. Comput. (forthcoming)") is the publisher, stops and all — with an abbreviation before another
  word ("Microsoft Learn." ends a sentence); a place names state and country ("New York, NY, USA:",
  "London, U.K.:") or is a word of a caseless script ("서울 :", "北京:") and goes before the
  publisher, and so is an abbreviated journal closing a surname-first entry's title (Pleiades' "Doe,
  O.V., Title, Inf. Resursy Ross., 2010", its author list closed by a comma); a body named with its
  own initials keeps them ("International Electrotechnical Commission (IEC)"); an ordinal edition
  ("3rd", Spanish "7a ed.") and a statement of responsibility ("Přeložila …",
  "Translated by …") are no publisher; two surnames joined in the author's place ("Hutto &
  Gilbert") are authors; one name before a quoted title with nothing after it ('MySQL 8.0 Reference
  Manual, "Replication Threads", URL') is where it is published;
- "Author (Year), Title, Publisher." (a comma after the year: Harvard as Emerald, Portuguese slides
  and student reports write it): the fields are comma-separated, the title is the first ("arXiv",
  "eLife" open the next as capitals do) — unless that field is the journal with volume:pages or a
  periodical's name ("Political Analysis 31(2):235-256", "ICWSM Proceedings (VADER)"): no title;
- ISO 690 author lists ("CARVALHO, Gonçalo, Sergii MYKOLYSHYN a Vasco PEREIRA.", "JEŘÁBEK,
  Ondřej; BÍLEK, Martin.", "CODD, Edgar F."), the longest author reading winning; a capitalised
  sentence ending in "Project" or "organization" is an organisation only when short (seven words is
  the longest organisation in the eval) and named in capitals; an institution ("Old Dominion
  University Department of Computer Science") after the title is its publisher;
- a standard's designation in bold ("**IEC 63278-1:2024**. *Title*") is no title; "Access" labels
  an access date only before a date or a colon ("IEEE Access. 2022", "ACCESS-ESM1.5" are names); a
  version number ends a sentence ("ACCESS-ESM1.5. J South …");
- lists (regions.py, entries.py): a paragraph of three or more lines, each a whole reference with
  at least two fields (". ", ", ", ": "), is a reference list where the document gives no other (a
  Korean journal's list as its page renders it); a notes heading on a line of its own inside a
  plain-text block, right before numbered entries, opens the list there ("… prose.⏎REFERENCIAS
  BIBLIOGRÁFICAS⏎[1] …", a spot check on another Spanish report); a letter of a caseless script opens an entry;
  Korean headings ("참고문헌", "각주", "출처") and reading-list headings ("Further Reading /
  Watching", "Suggested readings", "Lectures complémentaires") head source lists; Czech heading
  forms ("Seznam bibliografických citací"); a sub-heading inside a notes section; an ISBN or a
  book's extent ("91 s.") marks a long item as an entry; a numbered heading ("## 15.
  Acknowledgments") after an unlabelled list ends it; in a list of at least three entries most of
  which cite, an entry that is only (authors and) a title in title case — three words or more, at
  most 200 characters, three in four content words capitalised — is that title (a list whose links
  were lost); HTML entity references in Markdown text are decoded ("10&nbsp;November&nbsp;2014").

Rules learnt from the sixth held-back part once it was spent (branch p10-hb6tune; 17 documents, 172
notes; titles 57.1 % -> 98.2 %, URLs 87.1 % -> 99.4 %, access dates 88.2 % -> 100 %, publishers 38.7 %
-> 71.0 %; the other 153 calibration documents unchanged at 98.1 % / 99.5 % / 100 %). Each is about a
style's or a list's structure and has invented entries of its shape in
tests/parse/test_heldback6_rules.py; the Harvard rules were checked on two more real documents added
to the calibration part, their truth written before the parser ran on them (31 of 32 titles at once):

- source tables (blocks.py, markdown.py, html.py, regions.py): a link column's cell that is a whole
  host name, alone or with a path, without a scheme ("pinhi.ca", "sudbury.com/spotlight/…") is the
  row's URL, as https (a file name such as "README.md" or a code span is none); a row without a link
  whose access column holds a date is an entry too ("Browser automation | 2026-04-07");
- lines (regions.py, markdown.py, text.py): a line that only gives the entry above its URL or access
  date ("Available at: URL", "[Accessed 1 April 2019].", Word's "Harvard - Anglia" with a field a
  line) or is indented deeper than the entry's first line goes on that entry; a Markdown line framed
  by pipes with no table around it (one cell a line, no delimiter row) loses the pipes; plain text
  converted from a two-column PDF with its layout kept (pdftotext -layout) is read column by column —
  a page of six lines or more, two in three of them sharing one gutter (three spaces or more, the
  right column starting past position 30 and within eight positions of its leftmost start), both
  sides filled to 60 % of the gutter's position (a table's short cells and code's aligned trailing
  comments are not), no line running across it — and a one-line running header between such pages is dropped; a paragraph set with
  hanging indents is one entry per flush line; a word hyphenated at a line break is one word;
  "Doe, J., Roe, R., 2013. Title" marks an unlabelled entry;
- Harvard with the year unbracketed after the authors (Word's Anglia, Google Scholar's and
  Elsevier's Harvard): "Surname, I. and Surname, I., 2014, February. Title. In Proceedings … (pp.
  1-5). IEEE.", "Org Name, 2019. Title.", "Surname, I. S., n.d. Title.", "Surname, J. 2023 Title" (a
  year run into a capital only after initials: "ERA 2012 Versus …" is a title) — the authors a
  surname-and-initials list or a short capitalised name, the title the next sentence, the publisher
  the sentence after it (the last one after "In …");
- ABNT's bold main title closed by a colon goes on with its plain subtitle to the sentence's end
  ("**Transforming Technology:** A Critical Theory Revisited."; link text closed by a colon is
  followed by a description instead); GOST's "Gropp W., Lusk E., Skjellum A. **Title**": authors
  alone before the bold title;
- BibTeX plain/unsrt: an author list given names first joined by "and" with an initial in it ("G.
  Kresse and J. Furthmüller.") is dropped before the title; in a list where three entries or more
  open with such a list, one lone "Given Surname." opening an entry is its author and the next
  sentence its title (entries.parse_entries: one list, one style — alone, "Deep Learning. MIT
  Press" is a title);
- IEEE: a comma inside the closing quote closes the title before a lower-case container ('"Title,"
  in Proc. …', '"Title," arXiv preprint', '"Titre," _site.fr_'); a corporate author followed by its
  initials as a comma field of their own, in any order ("International Organization for
  Standardization, ISO, Title, 2005") is the author, the next field the title;
- APA titled first: a head before the date group that reads as a title (three words or more with
  lower-case content words, no author list: "Support vector machines: The linearly separable case.
  (z.d.). nlp stanford.") is the title, the field after the date the site;
- publishers: a short name right before the medium designator ("Title. Wikipedie [online].") is
  where the work is published; an ampersand joins one short name ("McKinsey & Company").

Rules learnt from the seventh held-back part once it was spent (branch p10-hb7tune; 23 documents,
250 notes; titles 53.1 % -> 92.6 %, URLs 75.9 % -> 99.2 %, access dates 90.3 % -> 99.6 %, publishers
53.6 % -> 68.1 %; the other 172 calibration documents unchanged). Learnt by family of shapes rather
than by document, each with invented entries in tests/parse/test_heldback7_rules.py; two families
were checked on real documents added to the calibration part, their truth written before the parser
ran on them (a Nature Methods article's references: 12 of 12 titles at once; a research assistant's
"Works cited" run into its last paragraph: 11 of 12):

- numbered journal references in Nature's shape (Nature, Springer, Science, Cell): "Surname, I. I.,
  Surname, I. & Surname, I. Title. Abbrev. Journal 21, 063001 (2019).", "Surname, I. et al. Title.
  bioRxiv 217554 (2017)." — the title ends at the first full stop after which only journal words
  (capitalised or abbreviated, "eLife", "Proc. Natl Acad. Sci. USA") stand before the volume; the
  journal is the publisher;
- lists that lost their line breaks (regions.py): a numbered list run together on one line, each
  entry closed by its URL ("1. Title - Site, https://… 2. Title …"), is one entry per number when the
  numbers go on in sequence right after URLs, three at least — also when its notes heading runs into
  the last paragraph ("… images. Works cited 1. …"); a lead line closed by a colon before a numbered
  run in one paragraph ("**Evidenced or assumed:**⏎(1) URL⏎(2) …") is cut from it; among unlabelled
  entries one a line between blank lines, a paragraph of several lines is one entry wrapped;
- labels (markdown.py): Pandoc's example lists ("(@key) Entry", numbered 1, 2, … as Pandoc renders
  them; "\\ " is a no-break space); a table of sources may name its title column "Resource";
- sections (regions.py, text.py): a title underlined on the next line in plain text
  (reStructuredText, setext) is a heading; a notes heading's section ends at the next heading of
  its level ("## 脚注", then "## 関連項目"); a numbered run at a document's end is notes when more
  than half its items look bibliographic or are cited as "[n]" in the text above (a Wikipedia page
  converted to Markdown, its explanatory notes among its references); an unlabelled entry with a
  DOI is one as with an ISBN, and only full stops that end a sentence (not an initial's) count
  against it ("References (cont.)" on a slide deck's next slides); a dash glued to an author in
  capitals is a bullet ("-HERNANDEZ, C.");
- Wikipedia copied or converted: a copied reference line with a quoted title and a year is an entry
  whatever closes it; the access date written before its label in Japanese, Korean and Chinese
  ("2014年5月30日閲覧", "2023년 3월 18일에 확인함", dates.py); a host in East-Asian title brackets
  ("《openai.com》") is the site's name, not a URL (urls.py);
- author lists: the American Meteorological Society's "Cua, G., M. Fischer, and T. Heaton, 2009:
  Title, in Book" (the colon after the year, the others' initials first, the title closed before
  ", in"); Zotero's French ISO 690 "FAURIA, Marc Macias, MICHALETZ, Sean T. et JOHNSON, Edward A.,
  2011. Title. In : …"; "et"/"und"/"y" between initialled authors; one author initials first
  closing a sentence ("Q. M. Chaudhari. Title. *Journal*"); GOST's "Fankhauser P., Hutter M. Title
  // Container" and "Okada K. et al. Title // …" (an emphasised remark after the container,
  "*(DOI не найден)*", is no title);
- titles: "Author. Title. (2017), 11.1 …" (chapters or pages after the year) is titled by the
  sentence before the year; the pages cited in brackets after a title ("(pp. 159-163)") are no part
  of it; two capitals in brackets that name no language (langcodes: "(VS)", not "(EN)") stay in the
  title unless a field ends right after them (a place's state, "Heidelberg (BW):").

Rules learnt from the eighth held-back part once it was spent (branch p10-hb8tune; 21 documents,
207 notes; titles 71.6 % -> 96.4 %, URLs 77.5 % -> 99.5 %, access dates 89.0 % -> 100 %; the other 197
calibration documents: titles 1665 -> 1666 of 1710, URLs and access dates unchanged). By family of
shapes, each with entries of its shape in tests/parse/test_heldback8_rules.py; seven families were
checked on real documents added to the calibration part, their truth written before the parser ran
on them (main's parser took 17 of their 48 titles and 33 of 48 URLs; this branch's rules, as they
stood, 40 and 48; generalised where they missed, as the last rules below say, to 47 and 48):

- PDF-to-Markdown lists (markdown.py, urls.py, entries.py): a list item's continuation paragraph (a
  blank line, then a line indented to the item's content, not code or a nested list: CommonMark's
  rule) goes on the item, so a line wrapped there stays in its entry ("(http://…/weblog/00118⏎⏎
  9)”. 2018年12月12日閲覧。"); a URL cut at such a wrap is joined over the blank line, and the cut
  link the reader took from the first line is dropped; closing quotation marks end a bare URL
  ("…/rfc7763)”"); Wikipedia printed to PDF writes a link "text (URL)", so “Title (URL)” gives Title;
- tables of sources (blocks.py, markdown.py, html.py, regions.py): a key column ("ID", "Ref",
  "Kürzel" …) labels each row by its key when the key carries a number ("Q1", "`[p101]`", "S-03"),
  and is no text of the entry; under a notes heading a table that names a repository column (the
  repositories a report pins and cites, "| Nombre en las citas | Repositorio | Commit |") lists
  sources, its first column the title — only then: nine of the first ten public "## Sources⏎⏎|
  Name |" tables list data sources, feeds or build inputs;
- headings (regions.py, markdown.py): lists of legislation ("Normative citate", "Legislação",
  "Legislation", "Rechtsquellen") head source lists; a marked heading "Name: subtitle" whose name
  heads notes ("10 · Recursos: las fuentes públicas que …") is one; HTML comments in Markdown are no
  text ("<!-- … https://tex.stackexchange.com/… -->"); a page whose front-matter title names it a
  notes list ("Bibliographie de la traduction") and whose body has no heading of its own is the list
  (a "References" page with its own "## OpenAI" headings is read as written); HTML table rows in
  Markdown are one block each, "<i>"/"<em>"/"<b>" mark emphasis; an annotated list item under a
  notes heading may run to 1,000 characters (614 in a Spanish resource list; prose paragraphs keep
  600);
- quotes: „Title" closed by a straight quote (German typed without its closing mark) is quoted;
- Vancouver's corporate authors named by their kind, an adjective or two around it, in English,
  Spanish, Portuguese, Italian or French, their initials after them ("National Institute for Health
  and Care Excellence.", "Agencia Española de Medicamentos y Productos Sanitarios.", "Sociedad
  Española para el Estudio de la Obesidad (SEEDO)."), are authors;
- BibTeX's plain and abbrv lists (three entries or more with authors given names first joined by
  "and"): an entry opening with one initialled author ("B. A. Myers."), "S. Amershi et al." or "K.
  Baraka and M. M. Veloso." has its title in the next sentence, where its own rules read the authors
  as the title (not where they found another: a title ending "….IEEE Instrumentation" stays);
  "Title, volume 3 of Series" ends before the series;
- signals: "See", "Vgl.", "Cf.", "Voir", "Véase", "Vedi" alone are no title ("[^3]: See https://…");
- URLs: a URL closed by a full stop whose next line opens with a capitalised word or an access label
  in Portuguese, Italian, Spanish, Polish or Indonesian ("…/fmiTrM.⏎Acesso em: …") is not continued
  by it; a text fragment in an href ("#:~:text=…%20to%202026.") keeps its closing stop;
- learnt again on the calibration documents added with these: Korean access labels ("(확인일:
  2026-09-10)", "접속일", "검색일"); a year run into a body's name opens the title ("American
  Thyroid Association. 2016 American Thyroid Association Guidelines …": after initials, "Doe, J.
  2016 Title", it is still Harvard's year), and only a sentence that is a date ("2016.", "2018 Jan
  5;12(3):45-9.") is dropped before a title; an abbreviation before a year in brackets ("(OE 2025)",
  "(ICML 2016)") makes the bracket the title's, no date group; the colon that would close an
  organisation named with its initials is no such colon inside the marked title ("National
  Institute of Standards and Technology (NIST), *FIPS 203: Module-Lattice-Based …*").

Rules learnt from the ninth held-back part once it was spent (branch p10-hb9tune; 20 documents, 210
notes; titles 35.2 % -> 93.9 %, URLs 59.6 % -> 99.5 %, access dates 93.9 % -> 100 %; the other 225
calibration documents: titles 1903 -> 1904 of 1955, URLs and access dates unchanged). Its shapes were
families the earlier parts did not have, so most rules are about reading the list at all, not its
titles. By family, each with entries of its shape in tests/parse/test_heldback9_rules.py (12 of its
15 tests fail on main; 3 guard what the rules leave alone), and checked on ten calibration documents
of the families, their truth written before the parser ran on them (main took 36 of their 86 titles,
47 of 86 URLs and 71 of 83 access dates; this branch 86, 86 and 83, after the three rules the
documents taught, last in the list):

- reference lists in React components read as HTML (html.py): the reader tells list items and
  heading levels as the Markdown reader does, so a notes heading's "<ol>"/"<ul>" items are one list
  ("<h2>Список литературы</h2><ol><li>…"); JSX's explicit space ``{" "}`` (and a ``{/* */}``
  comment) is a space; bullets of several unordered lists in one notes section ("For the initials:
  <ul>…", "For the tones: <ul>…") are counted on across it; a reference laid out as a card, a "<div>"
  of two to five short paragraphs (author, *title*, imprint; or a site's name, what it offers, its
  address), is one entry whose paragraphs are its fields, and where it sets no title apart its first
  field is the title, as a table under a notes heading names its sources in its first column;
- reference shapes (regions.py): GOST's "Title// Container. 2019" and Vancouver's "2019;(7):52-56",
  "2020;64(9):e00682-20" make an unnumbered item an entry;
- notes headings (regions.py): Arabic ("المراجع", "مراجع …", "المصادر", "الهوامش"), Persian ("منابع",
  "پانویس"), Kazakh ("Пайдаланылған әдебиеттер", "Дереккөздер"), Turkish "Kaynak" (a source ledger)
  and the Italian and Spanish lists of web sites ("Sitografia", "Webgrafía"); Arabic and Persian
  access labels ("تاريخ الاطلاع:", "دسترسی 2026-09-06", dates.py);
- a list's introduction (regions.py): a line that opens with an access label ("**Erişim tarihi:**
  Aksi belirtilmedikçe 3 Eylül 2026.") above a list that links out is no entry; where a notes
  section's entries are list items, the plain paragraphs before the first item that cite nothing
  themselves (no URL, no reference shape) introduce the list ("Checked while writing the design on
  24 September 2026. …"); a numbered section heading alone ("## 1. DeFi and AMM Theory", "## 1.
  نسخه‌ها …") opens no run of notes;
- tables of sources (blocks.py, markdown.py): a column named in two or three words one of which is
  the title's or the link's ("Kaynak başlığı", "Source title", "Doğrudan URL", "Source URL") is
  that column — a link column alone still makes no table of sources (the public "| Source link |"
  tables list repository files and datasets); a column named "Title" holds titles as written
  ("SetupIntents API" is no Vancouver "Surname AB."); one column for "Source + access date" ("منبع +
  تاریخ دسترسی") gives each row its links and, before the closing date, the access label;
- citation keys (markers.py, markdown.py): Pandoc's "[@akiba2019optuna] " and an index's
  "[ADAMS-2024] ", "[CANIDIO-FM-AMM-2025] " (capitals and hyphens, the year last) start entries
  labelled by their keys ("Copyright [2016-2023]" is none: it opens with a digit); a line
  "[@Marques2010]: Marques, J.P., et al. (2010). …" that runs on after its first word is no link
  reference definition (CommonMark's definition has nothing after the destination but a title);
- PDF text (markers.py): a bracketed label alone on its line ("[1] ⏎S. G, A. S. A, and …") starts
  the entry on the next line;
- Word endnotes converted to Markdown (regions.py): a block that opens with a superscript number
  ("<sup>1 </sup>Jurafsky, D. …") is an entry labelled by it, and each later line of the same
  paragraph that opens with the next number is one more ("… 2024.  ⏎ <sup>⏎ 6</sup> Goodfellow …");
- titles: a preprint server's name before "[Preprint]" ("Title? arXiv [Preprint]. 2026.", "Title.
  bioRxiv [Preprint].") closes the title, only there ("GOOGLE. NotebookLM [online]" keeps its
  title); a site named by its domain before the title and a dash ("serde.rs, Field attributes —
  <URL>"); "IPCC (Intergovernmental Panel on Climate Change). *Title*" — a body named by its
  initials with its name in brackets is the author; a date group closing the entry after an
  emphasised title dates the imprint ("*Il sistema periodico*. Einaudi, Torino, 1975 (ristampa
  2014)"); Russian "и др." and Ukrainian "та ін." close an author list as "et al." does; a
  bracketed remark of four or more fields after a title is no part of it
  ("gitleaks/gitleaks repository (repo metadata, ~28.1k stars, MIT, Go, created 2018-01-27)");
- learnt on the calibration documents: keyed entries that run on after "[@key]:" (above); a letter
  glued to a number ("at 7T.", "in 3D.") is no initial, so its full stop ends the sentence
  (claims.py); a block that opens with a superscript number is labelled by it even alone (above).

Rules learnt from the tenth held-back part once it was spent (branch p10-hb10tune; 21 documents,
203 notes; titles 58.4 % -> 95.0 %, URLs 79.2 % -> 93.9 %, access dates 80.7 % -> 100 %; the other
255 calibration documents 2158 -> 2159/2220 titles, URLs and access dates unchanged). Each is about a
family of shapes, has invented entries of its shape in tests/parse/test_heldback10_rules.py, and
where one could be found a calibration document of the family (seven added, truth written before the
parser ran on them: main 29/51 titles, 41/53 URLs, 40/53 access dates; now 50/51, 53/53, 53/53):

- lists (regions.py): keyed title lines with their details below ("* #### [BSICS052] Title⏎ BSI,
  Version 1.00, 03.2013⏎ URL", the BSI IT-Grundschutz modules' "Literatur"; keys in capitals and
  digits or a number of five digits or more, "[27001]"; three at least, each with details, no URL on
  the key line, so "[RFC5234] Doe, J. … Available at: URL" lists read as before), a standard headed
  by its designation taking its title from the first field below; Wikipedia's "↑" backlink opens a
  note whatever it cites; a one-line paragraph with fields and a closing full stop between entries
  of a copied list, two lines away at most on both sides, is one (sub-headings between groups have
  neither); items opening with a marked title lead on to the entry beside them (Obsidian "[[note|
  Alias]]" links before web sources); "Related Research"/"Selected publications" head lists; a
  later sources heading of the same document opens the unlabelled list again ("Sources:" under each
  topic, then "## Related research"); an access date in a group's heading dates the entries under
  it ("### Google Cloud kaynakları (erişim tarihi:04.01.2021)", "## Sources (accessed 2025-10-25)")
  — a dateline paragraph above a list still dates nothing; Azerbaijani headings ("İstinadlar",
  "Mənbələr") and a "Resurs" column;
- readers: Obsidian wiki links show their alias (markdown.py); Typst source read as text
  (text.py): strong runs mark titles, "#link(\"URL\")[Title]" marks its text as the link's,
  superscripts ("#super[G]"), shown variables ("#M31"), labels and line-break backslashes are
  markup;
- dates: Portuguese "Recuperado em" (APA 7 in Portuguese, translated Wikipedia), French "consultée
  le" (the participle agreeing);
- titles: "Title — Site, <URL>" (one em or en dash, a site of at most five words, a comma before the
  URL) splits at the dash; a bold author-date run opening an entry ("**GAim4A (2022a)**") is its
  author and the line after it the title, and a generic link word ("[Link](…)", "here", "Source")
  is no part of the title above it; a quoted phrase after a preposition ('On the foolishness of
  "natural language programming"') is inside the title; a year closing a research export's page
  title before " - Site" ("Mathematical Notation: Past and Future (2000) - Stephen Wolfram") is the
  title's; a project document's "ver. 1.0.0" closes no title (a version written out, "Version 2.0",
  "v8.1", stays: seven calibration titles).

Rules learnt from the eleventh held-back part once it was spent (branch p10-hb11tune; 22 documents,
214 notes; titles 58.1 % -> 84.8 %, URLs 81.3 % -> 95.7 %, access dates 92.3 % -> 97.1 %; the other
283 calibration documents unchanged, 2401/2473, 2456/2479, 2405/2406). Each is about a family of
shapes, has invented entries of its shape in tests/parse/test_heldback11_rules.py, and a calibration
document of the family found with the search tools (nine added, truth written before the parser ran
on them: main 31/72 titles, 53/72 URLs, 72/72 access dates; now 63/72, 68/72, 72/72) — all but the
bare-numbered endnotes, for which none was found in the time (its commit stands alone):

- readers: citeproc's HTML bibliography printed into Markdown by Pandoc, ox-hugo and Quarto ('<div
  class="csl-entry"><a id="citeproc_bib_item_1"></a>1.<TAB>…</div>', one a line, no blank line
  between): a line opened by a block-level element with text after it is a block of its own, read
  from after its opening tags, so its number is the item's label (markdown.py); an HTML anchor's text
  inside Markdown marks a title as "[Title](…)" does ("<strong>[1] Source</strong> · <a
  href=…>Title</a>"; a generic link word, "Paper", "Chapter excerpt", still is none); Re:VIEW's
  bibliography blocks (Japanese technical books: "//bibpaper[key][caption]{ … //}") are entries
  labelled by their keys, their "//}" lines, "#@#" comments, "//embed" blocks and inline commands'
  brackets blanked, a blank line inside a block no end of it; the title is the body's first run in
  corner brackets (『書名』, 「記事名」), else the caption; endnotes of a report converted from PDF,
  "1 "Anatomy of …," ZDNet, Feb. 2015, https://…", numbered by a bare number and a space, are
  entries labelled by it only as a run 1, 2, 3, … in document order (three at least), each line
  citing a URL and opening with a capital or a quote — page numbers, addresses, value labels
  ('1 "Working"') and numbered rows have no such run (text.py);
- labels (markers.py): alphabetic keys without a colon, a capital, small letters, then digits
  ("[Go1] ", "[Knu84] "; all capitals, "[RFC5234]", stay a standard's number opening one item of a
  list); TeX superscripts written by PDF-to-Markdown converters ("$^{12}$ZEON Corporation, …");
- titles: GOST/ISBD's statement of responsibility, " / " then initials and a surname ("GNS3 Network
  Simulation Guide / C. Welsh. – Packt", "… UNIX / А. Робачевский, …"), ends the title wherever the
  title was found (a slash inside a title, "TCP/IP", "Input / Output", has no initials after it);
  Google Scholar's Harvard, "Gilbert, S. and Lynch, N., 2002. Title. *Journal*, 33(2)" and "…, 2016.
  Title. In *Proceedings …* (pp. 785-794)": the authors and the unbracketed year before the title,
  "In" right before the emphasised container; a one-word site handle before " - " opens "Site -
  Title" ("msg-group - Sind Microservices …", "DZone - Manage Microservices With Docker Compose",
  three words at least after it; not in research-assistant exports, whose "Home - Crawl4AI
  Documentation" is title, then site); a medium designator standing alone ("Mozilla Developer
  Network. Електронний ресурс: URL") is no title, the sentence before it is; AIP and APS journal
  references print no title ("W. Chen and H. Ahmed, J. Vac. Sci. Technol. B 11, 2519 (1993).": the
  initialled authors, an abbreviated journal with a full stop in it, volume (issue), page, year);
- cites (entries.py): citeproc's GOST locale writes the extent "– 154 сс.".

Not taken from heldback-11 (32 titles, 9 URLs, 6 access dates): five of the bare-numbered
endnotes' titles (an opening quote lost in the PDF text, '2 Missed Alarms …: How Target Blew It,"
Bloomberg'; "Title, Publisher, URL" with a comma in the title or a publisher repeating the title's
first word: one document, no rule); a Portuguese
list whose "Site: [URL](URL) **(Acesso em …)**" lines stand above a plain-line heading "Referência
Bibliográfica" and ABNT standards after it (12 notes counted through both); a Ukrainian title-first
list copied from PDF (a publisher in guillemets, «O'Reilly Media», read as a quoted title; "Head
First. Python" cut at its full stop); GOST's "Oliveira, R.L.S. de." (a particle after the
initials; "Vugt, S. van." in a calibration document); a Spanish particle in a Harvard author ("and y Arcas, B.A."); two Re:VIEW
entries whose title is the body's first line, not the caption; Google Scholar Harvard's italic book
title after the year with no article before it ("Banker, K., …, 2016. *MongoDB in action*"); a
GOST thesis "Heller, B. Title : PhD thesis / B. Heller" and an AIP technical report after its
company ("ZEON Corporation …, ZEP520A Technical Report, ver. 2"); a Turkish chapter "GNU Make Manual,
Bölüm 2 — …"; an APA credit opening "%Y."; "SPDK Architecture Guide - simplyblock"; URLs
in Markdown with backslash-escaped ampersands kept (a Perplexity export; taken on p10-hb11gate).

Rules added on branch p10-hb11gate, for heldback-11's families left below the gate, each with a new
calibration document of the family (truth written before the parser ran on it) and tests in
tests/parse/test_heldback11_rules.py:

- URLs (markdown.py): a backslash before ASCII punctuation inside a bare Markdown URL is an escape
  (CommonMark reads escapes before GFM finds the URL), so "?sequence=2\\&isAllowed=y", as research
  exports (Perplexity) print footnote URLs, is followed as "…=2&isAllowed=y"; a backslash before
  anything else stays (a document of 16 bare-URL footnotes, one escaped: 16/16).
- headings (regions.py): "Materials", "Useful Materials", "Study materials" as a whole heading
  head the links a tutorial or project README points its readers to ("Materials and Methods",
  "Raw materials" do not): heldback-11's Java README (its four URLs) and a CUDA tutorial's
  "### Useful Materials" (a topic line, then its bare URL as a one-item list; main 0/8 URLs, now 8/8).
- titles (styles.py ``host_named_site``, used for link text and, in entries.py, plain lines):
  "Site - Title" whose first field names the host of its URL ("Baeldung - Spring Events" at
  baeldung.com, "Medium (Dylan Smith) - …" at medium.com, "DataSet Blog - Log4j2" at dataset.com)
  is the site, then the page's title — however short or title-cased the title is; a hyphen only,
  no third field (the calibration part keeps "Anthropic — Building effective agents", "PyPy –
  Speed" and "LiveCode - HTML5 - Calculator App Demo" whole). heldback-11's Java README 0 -> 4/4
  titles; two Korean developer posts of the shape 0 -> 8/8; nothing else in the eval changed.
- URLs (urls.py): a URL written in ASCII that ends a line does not go on into the next line when that
  opens with CJK, kana or hangul (Re:VIEW bibliography bodies, one field a line: "紹介： https://…/⏎
  講演動画： …"): heldback-11's Japanese book +1 URL. A refinement of the Re:VIEW reader's family;
  no new calibration document of it was found (the session's search budget ran out), nothing else
  in the eval changed.

Not taken from heldback-10 (10 titles, 12 URLs): a table of CI runs whose link columns are named
"Run without fix" / "Run with fix" under "## Links" (12 URLs: a link column alone is a README's table
of tools, and these names are no link words); a Spanish Wikipedia note naming a lecture's topic and
author in sentences ("Toxicología básica o fundamental. Tema 2. Antonio Hernández Jerez. …": no
field tells title from the rest; two notes), "URL P.S.R. Prevention Safety Regulatory." (a title
after its URL); Portuguese copied notes "O Arquivo Euler , comentários …" (link text lost, a
description after the comma), "Newman, MEJ A estrutura …" (an author without a stop before the
title) and a quoted title followed by " . site" kept whole; "Common Criteria … (CC)" under a key
line whose details name an ISO standard; a Chinese translated author before a title; "npj Urban
Sustainability, 2" (a lower-case journal read into the title); "[Page de données](…)" (link text
naming the copy, the title before it in the sentence).

Not taken from heldback-9 (11 titles, 1 URL): "Human-⏎robot" in PDF text (a hyphen at a line break
after a capitalised word is dropped as in "convo-⏎lutional"), a title followed by ", including the
redistribution conditions …" (a description after a comma), an ABNT entry whose authors end "et al."
before the title and a question title followed by its subtitle ("What is Jenkins? A Guide to
CI/CD"), "PLUX – BITalino, Home Guide 3: EEG (Lab Guide), Apr" (an IEEE manual's maker before a
dash), a Vancouver title with a colon split after it ("Povidone
Iodine: Properties, …"), an instruction leaflet's title with its registration number, a title with
quoted words inside its quotes (Wikipedia's '"Technical Debt" (plus, … an "explanation")'), a
Vancouver author "Jacob T." before a title in APA, a dataset named without authors or year ("DIV2K
dataset: …"), "gitleaks-action — GitHub Action wrapper …" (a description after a dash, indistinct
from "Org — Title"), and Coblin's URL written after his "</li>" in the JSX page.

Not taken from heldback-8 (7 titles, 1 URL): an APA entry titled in the author's place with only a
year after it ("Tkinter GUI Documentation. (2024). Retrieved from …", read as an organisation), a
Vancouver web page whose title follows "[cited …]" ("University College London. MRC Clinical Trials
Unit at UCL. 2018 [cited 2024 Feb 19]. What is an observational study?"), a Vancouver entry that
cites nothing after its journal ("McKinsey Digit. 2021;"), "Amazon. Light ring indicator guidance."
(a one-word body in a BibTeX list) and its URL broken by spaces after "developer." and "/", a quoted
title later in an entry winning over the title after the authors ("Revision of “Designing Calm
Technology”"), a Japanese quoted title glued to the words before it ('source code“Daring Fireball -
Markdown”'), and "Agencia … Sanitarios. notificaRAM: …" (a title opening in lower case).

Rules learnt from the twelfth held-back part once it was spent (branch p10-hb12tune; 25 documents,
241 notes; titles 81.7 % -> 95.8 % (174 -> 204/213), URLs 90.4 % -> 98.75 % (217 -> 237/240), access
dates 96.8 % -> 99.1 % (211 -> 216/218); the other calibration documents unchanged, 2425/2497,
2488/2511, 2437/2438). Each is about a family of shapes and has invented entries of its shape in
tests/parse/test_heldback12_rules.py. No calibration document of these families was added: the
session's search budget was used up before the study began, so each rule rests on heldback-12's
entries alone (counts below) and on the guards in that test file:

- GOST 7.1 / DSTU 8302 headings (``drop_repeated_heading``): the heading before the title — a
  surname and initials ("Hansen, R.", "Russell S. J.") or a corporate body of at most six words
  ("Cloudflare.", "CISA.", "ISO/IEC 14882:2020 [11].") — is dropped, with the statement of
  responsibility after " / ", only where that statement names the heading again (the surname, the
  same name, or the name's capitals as its acronym): nine entries of a Russian thesis list and one
  of a Ukrainian one; a heading the statement does not repeat stays;
- Harvard typed without parentheses (``name_year_only``): a head that is only a name and a bare
  year before the URL ("Nagios, 2013\\. http://…", "Mitchel, B. 2013.") names no title; the name
  is at most three words and no markup marks a title (five entries of an Indonesian lab report;
  "LearnBoost. *Stylus.* 2011." keeps its title);
- APA's edition in parentheses after the title ("(2nd ed.)", Word's and Citavi's German "(1st ed.
  2018 Aufl.)", "(3., überarbeitete und erweiterte Aufl.)") is no part of it, where it holds a
  number (two entries of a German list);
- readers: a reference list copied from a PDF whose entry broke at a page end — its last line at the
  head of the next paragraph, before entries numbered on from the block before, at most two lines,
  two entries at least after it — has that line put back on the entry (regions.py; a Chinese GB/T
  list lost nine entries after the break); a table's source column named with a qualifier
  ("Primary source", "Official source", "Primary / official source") is its source column
  (blocks.py; an English source register, ten rows); Pandoc's inline notes ("text.^[Author. (2026).
  *Title*. URL.]") are notes numbered 1, 2, … in document order where the document defines no
  "[^x]:" notes, holding two words at least, and not a superscript link ("^[3.0](#cite_ref-…)^",
  a copied wiki page's backlinks) (markdown.py; a Spanish course text, ten notes in prose and table
  cells).

Rules generalised on branch p10-hb11gate2, where five real calibration documents of heldback-12's
families (truth written before the parser ran on them: a Russian GOST thesis list, an APA course
report with editions, a table's "Primary source" column, two Pandoc inline-note pages; main 32/49
titles, 47/63 URLs, 63/63 access dates, now 48/49, 63/63, 63/63) showed the rules above too narrow;
tests/parse/test_gate2_calibration_rules.py has each shape and a near miss:

- Pandoc inline notes (markdown.py): a note that is a link alone ("finding.^[https://pubmed…/]", a
  research wiki's 16 notes) is a note, and notes written back to back ("…]^[…]") are two; a single
  word that is no link ("x^[2]") still is none;
- GOST repeated headings (``drop_repeated_heading``): a name's particle after the initials
  ("Россум, Г. ван.", heldback-11's "Vugt, S. van." too) belongs to the heading, and where the
  heading is repeated the title proper runs whole to " / " ("Рефакторинг. Улучшение существующего
  кода"), other title information after " : " left out;
- GOST's area separator ". — " before "Режим доступа: URL" is no source list's "Title — URL" dash
  (``_DASH_BEFORE_URL``), so "Org. Title [Электронный ресурс] // Site. — Режим доступа:" is read by
  its GOST fields (nine entries of the thesis list; two of a calibration GOST list besides);
- APA's web page whose site is its lower-case domain after the title ("Integration test.
  martinFowler.com. URL", ``_split_domain_site``): the domain is the site, not the title's;
- DIN 1505 authors whose surname opens with its particle ("van Dam, Andries: Post-WIMP User
  Interfaces. In: …", ``_DIN_PARTICLE``).

Rules added on branch p10-hb11gate2 for heldback-11's families left below the gate (report endnotes,
link lists, title-first book lists) and single shapes of its list above; heldback-11 alone 178 ->
201/210 titles, 203 -> 208/209 URLs, 201 -> 206/207 access dates, and with it calibration passes the
gate. Six calibration documents of these families were found with the search tools (truth written
before the parser ran on them: a PDF-converted book chapter's endnotes, two Portuguese ABNT lists under
a plain-line heading, a copied Wikipedia page's title-first notes; main 21/46 titles, now 44/46). For
the headingless run of dated links and for the lost opening quote no document of the shape was found
(searches are listed in the fixtures README); those rules rest on heldback-11's entries and the
guards in tests/parse/test_gate2_calibration_rules.py:

- report endnotes: a quoted title whose opening quote the PDF text lost ('Missed Alarms …: How
  Target Blew It," Bloomberg', ``_lost_opening_quote``); a report titled with its publisher's name,
  then that name ("(ISC)2 Cybersecurity Workforce Study 2020, (ISC)2", ``_publisher_named_in_title``);
  a URL that a PDF line break set apart as a paragraph of its own, after an endnote ending in a comma
  (regions.py ``_rejoin_url_paragraphs``); a scheme-less host closed by a slash ("sigmahq.io/",
  urls.py);
- link lists: a paragraph ending in a colon, then three lines or more each naming a page, linking it
  and dating its reading, heads a list of sources as a heading would (regions.py
  ``_introduces_dated_links``); the singular "Referência" heads one; a standard's designation with
  its year opens an entry ("ABNT NBR ISO/IEC 27003:2011 – Title"); under a plain-line heading, ABNT
  lines that give another URL and access date after a whole entry are entries of their own, and one
  opening with its address label has no title ("Disponível em: <URL>"); commas inside numbers ("2,56",
  "1,000") set no fields apart (``_comma_fields``); authors in capitals, given names first, two or
  more ("ANA MARIA SILVA, JOÃO …. Title", ``_CAPS_NAMES``); a lower-case subtitle after a colon is no
  "Place: Publisher"; a segment holding a colon ("GIT: História, …") is no leading name;
- title-first book lists: "Title. Publisher. Year. – 624 р." takes the title whole, full stops and all
  (``_TITLE_PUBLISHER_YEAR_EXTENT``); a short publisher in guillemets after a long title, then the year
  ("…, «O'Reilly Media», 2021", ``_PUBLISHER_IN_GUILLEMETS``); a year wrapped onto a line of its own is
  no entry label (text.py); a Wikipedia page copied as text: its section's edit link under the heading,
  "Jump up to: a b c" backlinks, the next "[ edit]" section closing the notes; "Place: Publisher" that
  would leave only the authors is the title's subtitle;
- single shapes: a GOST standard's title runs to the area separator ". — "; a publishing house's
  quoted name ("Издательский дом «Вильямс»") is no title; GOST other title information after " : "
  leaves a repeated-heading title ("… : PhD thesis / B. Heller"); accented initials in AIP author lists
  ("É. L. Nagaev"); Google Scholar's Harvard book right after the authors and year; APA 7's elided
  authors ("…, … Machado, F. L. C. (2024)"); "Pt." before a number ends no sentence (claims.py); a
  magazine's issue after a comma (", iX 06/2015") and a field glued on with a semicolon by a PDF's
  text ("…world wide web;Internet Research") close a title (two calibration titles).

Not taken from heldback-12 (9 titles, 3 URLs, 2 access dates): a date after a link with no label
read into the URL ("…html 10 Maret 2013"), German APA's site URL in angle brackets before "Abgerufen
am … von <URL>" (the site taken, the page lost; two URLs, and "S. (o. D.)" and "datacamp" read as
titles), "Title: Subtitle | Site" cut at the colon in a research-assistant export, an APA link text
cut at "?" or "Pt." inside the title, a GB/T entry whose type code is damaged by PDF extraction
("$[ \\mathrm { C } ] / \\hbar$"), a GB/T title followed by ", NASA Technical Reports [R]", an
Italian "Coordinate: Title" lead, a Kazakh access date in its own words, and a German entry whose
title is lost after a hard line wrap.

Rules learnt from the thirteenth held-back part once it was spent (branch p10-hb13tune; 14
documents, 123 notes; titles 67.8 % -> 98.3 % (78 -> 113/115), URLs 84.6 % -> 99.2 % (104 ->
122/123), access dates 93.9 % -> 100 % (108 -> 115/115); the calibration documents before the study
unchanged, 2629/2710, 2725/2751, 2653/2656). Each is about a family of shapes, has invented entries
of its shape and a near miss in tests/parse/test_heldback13_rules.py, and was checked on six
calibration documents of its families found with the search tools, their truth written first
(reST footnotes twice, Italian bold titles, an Italian "consultato il" list, Cite This For Me
Harvard with a host-named author, DSTU under a corporate heading); the counts are heldback-13's:

- reStructuredText (markers.py, text.py): ".. [#f1] ", ".. [#] " (numbered in order), ".. [1] ",
  ".. [CIT] " open labelled entries named without "#", and "`Text <URL>`_" gives its text as the
  link's (a Polish paper, six notes; two calibration documents, fourteen);
- list structure (regions.py): a notes heading right under a title naming the whole list (a
  ``<details>`` summary "Works Cited: …") heads one group, and its sibling headings head the others
  (a README, eight items after the first group were lost); an item with entries on both sides in
  one run of items is an entry whatever it cites (an Italian list, two items naming local copies,
  its labels shifted); a plain-text paragraph of bulleted lines, most citing a URL, is a list of
  items, an unbulleted line after it a line of its own (Typst image credits, four URLs);
- a bare "www." host before a URL of the same host is the Harvard author, not a URL, and the short
  field after its date the title (urls.py, ``_author_date``; two entries);
- a source's dashed remark on where and when it was got — holding a numeric date or a local file's
  path ("— SEC EDGAR, depositato 23/3/2026:", "— documento locale `dati/…`") — is no part of the
  title, and makes a line without URL cite; a numeric date run into a phrase ("chiuso 31/1/2026")
  ends the title rather than dating it; commas inside parentheses split no fields (ten entries);
- an emphasised "Issuer — Title" (initials, or a body by its kind, before one dash; a longer
  capitalised title after) gives the title and the issuer, also when a date or edition group
  follows or closes the run (four entries; "**Ng-book — The Complete Guide to Angular** (2023)",
  "OPC Unified Architecture – Part 1", "React – The library …" and "Python — Getting Started" in
  calibration keep their dash);
- an item opening with a marked topic label, then an emphasised book with ", Publisher, edition or
  year", cites that book (two entries);
- IEEE typed by hand, people given names first, no quotes: the title is the one comma field after
  them when a year, a date, a host or a blog's name closes the fields after it; a surname's
  lower-case particle ("van Oorschot") is a name (four entries);
- DSTU / GOST: a name with its initials in brackets after the author's sentence is the title's own
  ("Object Management Group. Unified Modeling Language (UML) Version 2.5.1 : OMG Standard"); a
  corporate heading sentence naming the URL's host ("Prisma. Data Modeling Documentation. URL:") is
  the site; authors joined by commas ("Мильчакова, Н.Н., Яркова, Е.Н."), the kind of publication
  after a colon ("учебное пособие"), an area dash typed against its stop (".- "), authors named with
  honorifics after the title ("Dr. Sue Greener, Dr. Joe Martell") and a stop typed without its
  space before a medium designator ("K.Yin.Case Study Research [Текст]") end the title (six entries).

Not taken from heldback-13 (2 titles, 1 URL): "Want Safer Passwords? Don't Change Them So Often,
Wired.com 3.10.2016" (a question title whose title-cased second half reads as a publisher), a line
that is only a title with a BibTeX key in brackets ("Edutech format description (eduTechWikiDST)"),
and "stockanalysis.com, quotazione …" (a site named by its domain, read as its URL; the truth says
no URL).

Rules learnt from the fourteenth held-back part once it was spent (branch p10-hb14tune; 21
documents, 191 notes; titles 69.0 % -> 96.3 % (129 -> 180/187), URLs 91.4 % -> 100 % (169 ->
185/185), access dates 98.3 % -> 100 % (176 -> 179/179); the calibration documents before the study
3158 -> 3162/3248 titles, URLs and access dates unchanged). Each is about a family of shapes, has
invented entries of its shape and a near miss in tests/parse/test_heldback14_rules.py, and the
"Site, title" rule was checked on two French calibration documents found with the search tools, their
truth written first (4/16 titles on main, 10/16 with the host named whole, 15/16 once the
host test was widened); the counts are heldback-14's:

- a reference list kept in one HTML paragraph, its entries parted by two line breaks
  ("…Press.<br></br><br></br>Amin, S. (1974). …", a JSX page's APA list: twelve entries, html.py);
  APA 7's bracketed kind of work ("[Photograph]", "[Blog post]", "[Infographic]") is a medium
  (``MEDIUM``), and so is a language tag in a Russian abbreviation ("(нем.)", ``_LANGUAGE_TAG``);
- "1:https://…": a number and a colon glued to the URL label it (a Chinese brief's notes, five
  entries; markers.py);
- "Authors — Title (Venue Year)." typed by hand (``_names_dash_title``: several names, or one body
  of three words or more, before one spaced dash; a closing group with a year is the venue; four
  entries) and an emphasised title followed by its year and a dashed remark (one entry);
- an emphasised lead opening the entry and closed by a colon, a description after it
  ("**NIST – AI Risk Management Framework (AI RMF):** Practical, …"): the lead is the title, split
  at its one dash after a short issuer (``_described_lead``; eight entries);
- "Site, title : URL" whose site the URL's host names, whole, shortened or lengthened, accents
  folded (``_HOST_COMMA`` in ``host_named_site``; a French study's sources, eight entries, and two
  calibration documents, eleven);
- a two-column table describing one work, a field a row ("| **Title** | … |", "| **Source** |
  [Flickr](…) |"): one entry, its title and its source's link (markdown.py's ``_record_table``;
  seven image credits);
- people named given name first with an initial ("Walter D. Lambert.", "C. Tscherning.") are the
  author sentence, and "and" joins initialled and Nature-shaped author lists ("Heiskanen, W. A. and
  Moritz, H."); a series volume after a plain title closes it (reST citations, three entries;
  three calibration titles of a Polish ISO 690 list and "Scikit learn, KMeans" read right too);
- "Title (Channel): URL" gives the channel as the publisher (two Markdown footnotes);
- Russian Wikipedia's citations copied as text: the language tag closes the title, the author
  before it goes, a note naming only a title ("LICENSE (англ.)") cites it, and "Tsai T. URL"
  names no title (``_russian_wiki_cite``, ``name_year_only``; six notes, three access dates).

Not taken from heldback-14 (7 titles): one name of two words before the dash ("BJ Fogg — Behavior
Model", "AI Act — Artikel 5 …": read as a title with its dash, as "Java Swing — The Java Tutorial"
must be), "Carlo Somigliana. Title." (a given name without an initial reads as a two-word title),
"World Geodetic System 1984. Its Definition …" (the first sentence taken for an author), an
emphasised title between a site and a dated remark ("Auth Omnibus, *Data residency* (page datée du
16/04/2025) :"), ABNT fields parted by semicolons ("SERRANO, Milene; Title; Disponível em:"), and
"National AI Initiative Act of 2020, P.L. 116-283. https://www.congress.gov" (no title read).

Rules learnt from the seventeenth held-back part (branch p10-hb17tune; 22 documents, 245 notes;
titles 48.3 % -> 83.9 % (111 -> 193/230), URLs 71.4 % -> 98.8 % (175 -> 242/245), access dates
89.3 % -> 99.1 % (191 -> 212/214); the calibration documents before the study unchanged, 3832/3948,
3990/4021, 3889/3895). Below the title gate, it is tallied as a part of its own, not calibration.
Most misses were structural: eight lists the readers did not see, or labelled wrong. Each rule is
about a family of shapes, has invented entries of its shape and a near miss in
tests/parse/test_heldback17_rules.py, and the table family was checked on two calibration
documents found with the search tools, their truth written first (a Zig specification's
"|#|Title|URL|" keyed "[1]" … "[13]", 13 notes; a README's "## References" over "|   |  Name |
Link  |", 3 notes: main 12/13 + 0/3 titles, 13/13 + 1/3 URLs, now 12/13 + 3/3, 16/16); the counts
are heldback-17's:

- a layout table (every header cell blank, three rows or more of "[n]" and the entry: a converted
  IEEE list) is read as the lines it lays out, and a references table under a notes heading whose
  first cells are all bracketed numbers is read by its rows whatever its header names
  (markdown.py's ``_layout_rows``, ``_keyed_reference_columns``; nine Spanish notes, twenty-five fields,
  and three calibration notes);
- a key column named with its prefix ("SRC-ID", "Source ID") keys a table of sources, and a
  "Dataset" column beside a URL column names one (blocks.py's ``_KEY_COLUMN``,
  ``_DATASET_COLUMN``; eighteen French fields, eight URLs of a data-sources table);
- a source register, one record of named fields under each heading ("**Source:** [Title](URL)",
  "- **출처**: …" and "- **URL**: …"), is one entry a record, keyed by the heading's key ("CV01 —
  …") where every heading has one (regions.py's ``_field_records``; twenty-two notes, English and
  Korean);
- lower-case keys in brackets heading a list's items ("- [vac] VDAB, Title —⏎ URL", "[pdf-access]")
  label them, a "[dx]" among them included though it reads as a roman numeral (regions.py's
  ``_SOURCE_KEY``, ``_key_among_keys``; twelve Polish notes, twenty-one fields);
- "доступ отримано квітня 5, 2025" (the Ukrainian "accessed" of a research assistant's export) is
  an access label (dates.py; twelve access dates, and eleven titles it closed);
- a date closing a title as a field of its own after a comma ("FOMC press release, 16-Sep-26",
  "HumaneRegistry, 01.12.2008", "…, 1987 [Text]"; a month written out with its year is an edition
  and stays) is no part of it (``_CLOSING_DATE_FIELD``; fourteen titles);
- a whole reference as one link's text ("[S. Jacquemoud and F. Baret, PROSPECT: …, 34 (1990),
  pp. 75–91](URL)") is read as the reference, not as a title (entries.py's
  ``_whole_reference_link``; ten titles);
- "Netografia" heads a list of addresses, and books named "Given Surname, Title" in one list with
  an entry are entries though they give no year (regions.py's ``_book_list``; seven URLs, two
  notes);
- "Site - Title" link texts with a spaced hyphen, most of whose sites name their hosts, are all
  read as site, then title (entries.py's ``_sites_before_hyphens``; four titles), and a marked run
  closing on a quoted title after a dash ("**Authors — "Title"**") gives that title (two).

Not taken from heldback-17 (37 titles, 3 URLs, 2 access dates): the bold "Org — Title" cells of
the data-sources table (an organisation of any name before the dash, five), a title-first list's ". publisher" tails and "Title,
Subtitle" cut at the comma (six), "Publisher, Title — URL" (three), bracketed dates "(juni 2026)"
after a title, DIN "Surname, Given: Title, Journal …" tails, Polish books "Given Surname, Title.
Subtitle", IEEE PDF conversions (a hyphen lost at a line break, a title without quotes, a URL
without scheme), and a works-cited list of MLA entries with authors before titles.

Rules learnt from the eighteenth held-back part (branch p10-hb18tune; 20 documents, 197 notes;
titles 38.6 % -> 87.3 % (64 -> 145/166), URLs 58.6 % -> 92.3 % (106 -> 167/181), access dates
97.8 % -> 96.8 % (181 -> 179/185: six publication dates after a URL now read as access dates in
entries not found before); the calibration documents before the study unchanged, 3847/3964,
4006/4037, 3905/3911). Below the title gate, it is tallied as a part of its own, not calibration.
Most misses were structural: six lists the readers did not see, or labelled wrong. Each rule is
about a family of shapes, has invented entries of its shape and a near miss in
tests/parse/test_heldback18_rules.py, and the keyed and related-work families were checked on three
calibration documents found with the search tools, their truth written first (a cryptography
report's "**[S1] Authors, _Title_, Venue.**" list, 7 notes; two READMEs' "## Related Work" lists of
bold links, 4 notes, and 3 + 6 under "## Further reading on the agentic commerce stack": main 0/20
titles and URLs, now 20/20); the counts are heldback-18's:

- a heading opening on the dotted capital "İ" is read (casefolding leaves a combining dot that no
  listed word has: "## İstinadlar" over an Azerbaijani list, nine titles and URLs), and "Related
  work", "Prior work", "Published works" head lists of papers, the whole heading (regions.py's
  ``heading_words``, ``_READING``; a research README's nine links and a scholar's twelve HTML
  anchors under year headings); so does a reading list named with its subject ("Further reading
  on …", ``_READING_ON``; six calibration links);
- a Chinese or Japanese heading word opening with a notes word ("参考URL（Microsoft公式）")
  names the list (``_notes_word``; five titles and URLs);
- running text before a bulleted list naming the checks made on it ("Each journal entry was
  checked against PubMed … Each DOI below resolves …") introduces it, though "DOI" reads as a
  reference's shape: prose, two sentences, no URL nor number (``_introduces``; eleven Vancouver
  titles that had shifted by one);
- bracketed capital keys heading a list's items, in the bold run or not ("- **[U1] Publisher,
  "Title"** — URL"), label them, several prefixes allowed where each is one run numbered from 1
  ("[U1]"-"[U7]", "[T1]"-"[T5]": ``_SOURCE_KEY``, ``_grouped_bracket_keys``; twelve notes, seven
  calibration ones), and an item longer than any entry is one when its head is (a quoted title,
  then a URL, in its first 600 characters: ``_quoted_head``; two of them quoting their sources at
  length);
- in a "Site — Title" list a host that lengthens a one-word site ("Hevy" at hevyapp.com,
  "Liftoff" at liftoffrank.com) names it (entries.py's ``_host_lengthens``; twelve Turkish titles;
  a host shortening a longer name, "Claude Code" at code.claude.com, still does not);
- a sub-number before one space and a bracketed title ("1.2.1 [UN Women Data Hub] (https://…)")
  labels an entry (markers.py's ``subnumber_linked``; an annotated list of data sources, ten
  titles and URLs);
- a bracket closing one work's title cited in several notes is its own ("*AN067 – Wireless M‑Bus
  with CC1101 (SWRA234)*" five times), not a source closing a list's titles (entries.py's
  ``_bracketed_sources`` counts titles, not notes; five titles);
- an access date's words end at a closing bracket ("[cited 2023 Oct 1];19(4):1036–46",
  "[cited 2023 Oct 1].Available:": dates.py's ``_WORD``; three access dates);
- a second references section of unlabelled entries after a labelled list goes on numbering it
  ("## Additional references shaping the project" after "1." … "3.": regions.py's
  ``_after_labelled_list``; three MLA entries under sub-headings);
- a camel-case site after a title's dash ("… Driven Agents – arXiv") is its site (``_split_site``,
  ``_CAMEL_NAME``; two titles).

Not taken from heldback-18 (21 titles, 14 URLs, 6 access dates): group bullets numbered with their
nested entries (a truth convention the reader does not follow: five titles, seven URLs shifted), a
link list going on under "## Legal standing" and "*Mapaganda* in Cartographica" (five titles,
three URLs), publication dates after a URL read as access dates (six), APA "Russian nuclear forces,
2019" cut at its year and "[Good Judgment Project Forecasts]. (n.d.)." not read (three titles,
three URLs), Vancouver authors named without initials and fields glued by a stop ("Medina.Metodología",
three), "Regulation (EU) 2026/1881" without a URL, "(16 January 2025)" after a title (one entry
only), "Women, Business, and the Law Reports" cut at its comma, a Pandoc note's CSL JSON, and
"*Mycobacterium tuberculosis*" emphasised inside a title.

Rules learnt bringing heldback-17 and -18 to the gate (branch p10-gate1718; heldback-18 titles
87.3 % -> 95.8 % (145 -> 159/166), URLs 92.3 % -> 99.4 % (167 -> 180/181), access dates the same
(179/185); the calibration documents before 3867 -> 3871/3984 titles and 4026 -> 4030/4057 URLs
(heldback-3's French link list, the same family), access dates unchanged; heldback-17 and -19
unchanged). heldback-18 is calibration now (with it and the two documents below, 4038/4159
titles, 97.09 %, where the floor needs 4035);
heldback-17 stays below the gate. Each rule is about a family of shapes, has invented entries of
its shape and a near miss in tests/parse/test_gate1718_rules.py; the misses of every calibration
document were diffed before and after each rule:

- a heading within a list of items that each open with a web link ("## Related work", nine
  "[Author (year)](URL) — *Title*" items) over nothing but more such items, two at least, goes on
  with the list (regions.py's ``_linked_list_goes_on``): heldback-18's Crimea README ("## Legal
  standing", three resolutions and a regulation: three titles, three URLs) and heldback-3's French
  course list ("## Ressources pédagogiques", then "## Expressions régulières" over four linked
  tools: four titles, four URLs); a "## License" paragraph, a list of lines opening with words or
  a single item under the next heading still ends it;
- a bullet naming a group of sources, closed by a colon and linking nowhere, over two or more
  nested bullets that each name their source before its address ("- Patentability statutes …:"
  over "  - Cornell LII, 35 U.S.C. § 102 — https://…") is a note of the list, numbered with its
  entries, without an address (regions.py's ``_group_over_entries``; heldback-18's patent packet,
  notes 1 and 5 of 7: five titles, seven URLs no longer shifted); a topic line over bare addresses
  (the calibration Kazakh list "- Шеннон энтропиясы …:" over Wikipedia URLs, whose truth leaves
  those lines out) is not, which is why the earlier attempt on p10-hb18tune was not taken;
- a venue's abbreviation before the year after two surnames or "et al." is a date group ("Paul &
  Matthews (RAND 2016)", "Li & Haider (NAACL 2024)"), where "(OE 2025)" after a law's name stays the
  title's (``_date_group``, ``_SURNAMES``; one title);
- a dash may stand between an author-year date and the marked title ("[Lepetiuk et al.
  (2024)](…) — *Mapaganda* in Cartographica": the emphasised run, not the sentence with its venue;
  ``_author_date``; one title); words before the emphasised run ("— a review of *Title*") keep the
  sentence;
- a full date in brackets closing a title, day, month name and year, maybe after "published",
  "adopted", "updated" ("EDPB Guidelines 01/2025 on Pseudonymisation (16 January 2025)",
  "Regulation (EU) 2026/1881 (published OJ 28 July 2026)" in heldback-18's EU-law source list) is
  when the document was issued, no word of its title (``_ISSUED_AFTER``; one title); a year or a
  month and year in brackets is left to the other rules;
- APA's date group of a work without a date, "(n.d.). ", is the shape of a reference
  (regions.py's ``_REFERENCE_SHAPE``): "[Good Judgment Project Forecasts]. (n.d.). Unpublished raw
  data." in heldback-18's APA bibliography, an entry without a URL between entries with one, no
  longer skipped (three URLs shifted); a sentence naming "(n.d.)" is not one;
- a year is no publisher after a title's comma ("… (2019). Russian nuclear forces, 2019.", "…
  (2017). Worldwide deployments of nuclear weapons, 2017.": the Nuclear Notebook's titles in the
  same bibliography; ``_author_date``; two titles); a short name there still is ("Title, Widgetco.");
- a broken Markdown link, "[Title] (URL)" with a space before the address, sets the whole title apart
  as a link's text would ("[Women, Business, and the Law Reports] (https://…)", one of eleven such
  entries in heldback-18's annotated list of data sources, no longer cut at its comma;
  ``_BROKEN_LINK_HEAD``; one title); a bracket after an author, going on with more fields, is not one;
- two capitals in brackets before a number, or "No" and a number, are part of a designation, no
  language tag ("Council Regulation (EU) No 692/2014" in heldback-18's Crimea README, "EU" being
  Basque's code; ``_LANGUAGE_TAG``; one title); "(DE)" before a full stop still goes.

Two calibration documents of the related-work family were added, their truth written first (a
README's "## Related work" of three bold links ending at "## License", 3 notes; another's three
bold links, sections of prose bullets, then "## Citations", 6 notes: 8/9 titles, 9/9 URLs, the
lists ending where the rule says; "Ole Lehmann's [calm-Claude prompting playbook](…)" is read with
its author's possessive, one entry, no rule); no real document of the other families was found
beyond heldback-18's own (fixtures/parse-eval/README.md's "Brought to the gate on branch
p10-gate1718" lists the searches). Not taken (heldback-18,
7 titles, 1 URL, 6 access dates): "Trump gives military new freedom. But with that comes danger"
cut at its stop, three Spanish Vancouver entries,
"*Mycobacterium tuberculosis*" inside a title, a CSL JSON note, "Regulation (EU) 2026/1881" without
a URL, and the keyed list's six publication dates read as access dates. Nothing of heldback-17's
"still missing" list was taken: it would need 28 more titles to join.

Rules learnt bringing heldback-17 to the gate (branch p10-gate17; heldback-17 titles 83.9 % ->
90.0 % (193 -> 207/230), URLs and access dates the same (242/245, 212/214); the calibration
documents' misses unchanged after each rule, 4050/4172 titles with the two documents below;
heldback-19's three headline figures unchanged). heldback-17 stays below the gate: merged, its
titles would read 4257/4402 (96.7 %), 13 short of the 97 % floor. Each rule is about a family of
shapes, has invented entries and a near miss in tests/parse/test_gate17_rules.py, and its
docstring names the entries that justify it:

- a list of emphasised "Name — Title" runs (three at least) where a known issuer (an acronym, a
  body by its kind) already shows the shape: every such run is issuer and title, whatever the
  name ("**World Bank — General Government Gross Debt (% of GDP)**", "**Eurostat — EDP
  notifications**" beside "**IMF — …**", "**OECD — …**"; entries.py's ``_org_dash_runs``,
  ``org_dash_title``; two titles); two real calibration source tables of the family were added
  (p10-gate17: "**Eurostat — Labour market statistics**", "**Cedefop — Skills Forecast /
  Skills-OVATE**", "**Eurostat — AIC per capita 2022**"); a run alone keeps its dash;
- a title-first list "Title. Site. https://…" mostly read so: a closing sentence naming the
  link's host is the site whatever its case or the title's commas ("… Economic Growth. dentsu.",
  "… pressure growth. eMarketer.", "Global Midyear Ad Forecast 2026. WPP Media.", "IAB Revises Ad
  Forecast, Shows Growth For Most Media. MediaPost."; entries.py's ``_titles_before_sites``;
  five titles); a closing sentence naming no host stays the title's;
- a venue after a title's comma ("…, IEEE International Conference on Software Architecture",
  "…, International Journal of Open Information Technologies ISSN: …") closes the title
  (``venue_after_title``; two titles of heldback-17's German DIN seminar); the venue's words
  opening a title, or in lower case, stay;
- a book list "Given Surname, Title[. Subtitle][. Edition][, Publisher][, Year]" (three entries
  at least, three in four of those without an address): the title after the people, its stops
  kept, where the entry's own rules found none, a name, or a part of it ("Jerzy Grębosz, Opus
  magnum C++. Programowanie w języku C++. Wydanie III poprawione", "Mark Lutz, Python.
  Wprowadzenie. Wydanie V, Helion."; ``names_comma_titles``; four titles of heldback-17's Polish
  list); a title read otherwise (Chicago's "James Smith, Idea Brokers: …, New York: The Free
  Press, 1991.") stands;
- two people each written "Surname, Given" and joined by "and" open an entry as its authors' sentence
  ("Kovach, Bill and Rosenstiel, Tom. The Elements of Journalism, 4th Edition. Crown, 2021";
  ``_INVERTED_PAIR``, read before an abbreviated journal is looked for, which "Susan. The …" would
  otherwise look like; one title); "Sorting and Searching, …" names nobody.

No real document of the last four families was found beyond heldback-17's own (the searches are
in fixtures/parse-eval/README.md's "Brought toward the gate on branch p10-gate17"). Tried and not
taken: a month and year in brackets closing a title ("(juni 2026)", left so by p10-gate1718; the
title is read on another path and nothing moved).

Rules learnt from the twentieth held-back part (branch p10-hb20tune; 22 documents, 228 notes;
titles 64.0 % -> 81.2 % (119 -> 151/186), URLs 72.1 % -> 92.5 % (163 -> 209/226), access dates 97.2 %
-> 99.5 % (212 -> 217/218); the calibration documents before the study unchanged, 4056/4178,
4234/4263, 4125/4137). Below the gate with it (titles 96.4 %), it is tallied as a part of its own.
Most misses were structural again: a list the readers did not see, or read under other labels (62
of 63 URL misses, 42 of 67 title misses). Each rule is about a family of shapes, has invented
entries and a near miss in tests/parse/test_heldback20_rules.py; the front-matter family was checked
on two calibration documents found with the search tools, truth written first (main 0/8 URLs, now
8/8); the counts are heldback-20's:

- a sentence closing "… sources:" over three list items or more, each "Name: URL" and nothing
  else, heads a source list ("Every fact verified against Tier 1 sources:" over "- HRW: https://…";
  regions.py's ``_names_sources_over_links``; nine URLs; the nine names are read as titles, as the
  calibration truth reads "Zabbix: URL", "NumPy: URL", while this part's truth gives them no title);
- Georgian names of a table's source, title and link columns ("წყარო", "სათაური", "ბმული"; blocks.py;
  ten URLs, five titles);
- German humanities' "Surname, Given; Surname, Given: Title, in: Container, Place Year" lists (three
  in four entries, three at least): the title runs to ", in:" or ", in," else to the first comma,
  colons and stops inside it kept (entries.py's ``_surname_first_colon_titles``; twelve titles; the
  same form in heldback-17's German seminar keeps its titles and venues);
- a front-matter key naming sources ("sources_used:", "sources:") over bare addresses is the
  document's source list, read after its text (markdown.py's ``_front_matter_sources``; twelve URLs);
- a reference list indented under a notes heading, which Markdown reads as code, is read when each
  paragraph gives a year or an address and no line reads as code (markdown.py's
  ``_indented_reference_list``; eight titles, two URLs);
- pointer lines of one link each ("▶ [Quelle: …](URL)" under the paragraphs they back, three at
  least) are the sources where no other notes are found (regions.py's ``_pointer_links``; eight
  titles, eight URLs);
- paragraphs lettered "(A)", "(B)", "(C)" … in order, each citing something, are the entries where no
  other notes are found (regions.py's ``_lettered_entries``; five titles, URLs and access dates);
- "[Title](URL) by Author (date)" keeps the link text as title (entries.py's
  ``_link_text_before_by``; two titles), GOST/ISO 690's area stop ". — " ends a title (one), and a
  Pandoc bracketed span "[Site]{.smallcaps}" reads as its text (markdown.py; six publishers).

Not taken from heldback-20 (35 titles, 17 URLs, 1 access date): the Tohti list's nine site names
(above); a Harvard list copied from a PDF with entries run together ("…/cbp-8392/.Government of UK
2018. Data Protection Act. …", seven titles and URLs); a Russian PHP page's two lists (GOST
"Татимов М.Б. Title. Place, 1989. стр 124" without a closing year, and a second list under a
misspelt heading: six titles, four URLs); a course's second list restarting at 1 (the eval keeps
the last note of a label: three titles, three URLs); corporate authors as first sentences ("ASTM
International. ASTM D6432-19 Standard Guide …", "Department for Transport, UK. Road Trafc
Estimates: …": three); a Turkish register whose field values wrap over lines (three URLs, one
access date); Bluebook "Harvey, _Vault: Title_" and "_United States Reports (1754-2014)_" and an
author-biography note given a title (three); "OpenAI. ChatGPT: Title. — …" (two); an ABNT entry
whose authors were taken for the title and a title with "(texto oficial em chinês)" after it (two).

Rules learnt from the nineteenth held-back part (branch p10-hb19tune; 22 documents, 235 notes;
titles 69.0 % -> 81.9 % (156 -> 185/226), URLs 77.7 % -> 95.3 % (181 -> 222/233), access dates 91.0 %
-> 99.5 % (192 -> 210/211); calibration unchanged, 4050/4172, 4231/4260, 4119/4131). Below the title
gate (96.3 % with it), it is tallied as a part of its own. Its misses were printed and read;
heldback-20 stayed held back (only its headline figures were read, unchanged).
Each rule is about a family of shapes, with invented entries and a near miss in
tests/parse/test_heldback19_rules.py:
- Georgian notes headings ("წყაროები", sources; "ლიტერატურა", "შენიშვნები", "სქოლიოები", "ბმულები"
  in ``regions._NOTES_WORDS``): "## 11. წყაროები" over twelve "Title (note): URL" items, the first
  list in this script, was read as loose links (twelve titles and URLs);
- Georgian access labels ("ბოლო ნახვა", last viewed; "წვდომის თარიღი", "ნახვის თარიღი" in
  ``dates._ACCESS_LABELS``): the same list's one access date stated in a quote above it ("> ბოლო
  ნახვა: 2026-10-02. … „(ძიების ამონარიდით)".") is a dateline, no entry (it was read as entry 1,
  shifting every label; a Georgian sentence has no lower case to read as prose);
- lower-case source keys in brackets closed by a colon, as a Markdown reference definition is
  written ("- [gazeta]: Gazeta.uz, "Title", 10 Sep 2026. <https://…>", the text citing
  "([Gazeta][gazeta])"), label their entries as the keys without the colon do (heldback-17's
  "[vac] VDAB, …"): ``regions._SOURCE_KEY``; heldback-19's Uzbek alphabet brief, ten keys (nine
  titles, ten URLs);
- a bare fence holding a numbered source list may open with the list's own heading ("Quellenangabe:"
  over "[01] - Author: Title. Online-Artikel, 22.08.2017, URL: https://… abgerufen am 02.01.2018"):
  ``markdown._fenced_reference_list`` reads it as heldback-15's headless fenced lists, and
  "Quellenangabe(n)" is a German notes word; heldback-19's German blockchain course (seven URLs,
  seven access dates); a fence opening "Output:" stays code;
- a different person's name (two or three capitalised words) before a colon opening every entry of
  a list, none of its words in the entry's address, is the author, no part of the title ("Alexey
  Malanov: Sechs Mythen über Blockchain und Bitcoin: …. Online-Artikel, …"): entries.py's
  ``_person_colon_leads``, beside heldback-15's repeated leads; the same course, five titles (two
  more are cut at a "?" and a " – " inside them, left);
- Vancouver in Spanish dates the reading "[citado el 12 de marzo de 2025]" as English Vancouver's
  "[cited …]": "citado" right before a number is an access label (``dates._ACCESS_LABELS``;
  heldback-19's Spanish Laplace course, eleven access dates; checked on a calibration document
  found with the search tools, its truth written first: a Spanish report's GeneCards pages "[Citado
  el 19 de diciembre de 2025]", main 3/6 access dates, now 6/6); "citado en Pérez" labels nothing;
- a two-column table of keys and addresses ("| ID | URL |⏎| WEB-1 | https://… |") under a notes
  heading is a registry of untitled sources keyed by their first cell (blocks.py's
  ``source_columns``; heldback-19's benchmark report, twelve URLs); under another heading it stays
  a README's table of links;
- the kind of work said where a publisher would stand ("Online-Artikel, 22.08.2017, URL: …",
  "Blogbeitrag", "Online article") is no publisher (``_WORK_KIND`` in ``_reads_as_publisher``;
  heldback-19's German course, five publishers its entries had gained once found); "Widget Verlag"
  in the same place stays one;
- a title that is only its entry's own site name, the host's last labels capitalised as citation
  generators write them ("10. Edu.ec. [citado el …]. Disponible en: https://sga.unemi.edu.ec/…",
  a page they found no title on), is none (entries.py's ``_host_only_titles``; heldback-19's
  Spanish Laplace course, three titles); a site name not the entry's host stays.

Rules learnt from the sixteenth held-back part once it was spent (branch p10-hb16tune; 25
documents, 260 notes; titles 56.7 % -> 95.6 % (143 -> 241/252), URLs 64.2 % -> 100 % (167 ->
260/260), access dates 94.4 % -> 100 % (234 -> 248/248); the calibration documents before the study
3571 -> 3572/3677 titles, URLs and access dates unchanged). Most misses were structural again: nine
lists the readers did not see, or numbered wrong. Each rule is about a family of shapes, has
invented entries of its shape and a near miss in tests/parse/test_heldback16_rules.py, and the
bare-address family was checked on two calibration documents found with the search tools, their
truth written first (a Git notes page's "## Sources", 11 addresses one a line; a WebAssembly talk's
"## References", 2 + 6: main 0/19 URLs, now 19/19); the counts are heldback-16's:

- bare addresses one a line under a notes heading are one entry each, two lines at least, and a
  line opening with an address never runs on the URL above (regions.py's ``_bare_url_lines``,
  urls.py's ``_NEVER_CONTINUES``; twelve French notes, nineteen calibration ones);
- a marked notes heading closed by a gloss in brackets ("1. المراجع الإلكترونية المعتمدة (`18`
  مرجعًا: …)") is judged without it, and a source index's keys label its entries when every entry
  opens with one of one prefix ("S1. Reuters, …", "**SRC-DUDEN-ANTWORT** (`full_fetched_page`, …):
  [Title](URL)"; regions.py's ``_closing_gloss``, ``_source_keyed``; twenty-four notes);
- Uzbek ("Manbalar") and Armenian ("Օգտագործված աղբյուրներ") notes headings, "Photo attribution"
  as "Image credits", and a JSX condition read as text ("{expanded === "science" && (", ")}") is no
  text (regions.py, html.py's ``_JSX_CONDITION``; thirty-three notes);
- the items opening a list before its entries (two at most, then three entries, a sibling
  sub-heading allowed between) are entries in their place, not an introduction: a copied
  Wikipedia ``<ol>``'s two explanatory notes, a course list's "#### Week 1" reading without its
  link (regions.py's ``_leads_list_of_entries``, ``_drop_introduction``; twenty-two notes);
- a numbered list of addresses under a sub-heading of the notes heading, grouped by bold leads
  ("**WatermelonDB:**⏎6. https://…"), lettered numbers before an address ("5a. https://…";
  regions.py's ``_labelled_list_under_sub_heading``, ``_lead_over_addresses``, markers.py; twelve);
- SIST 02's "(参照 2022-08-10)" is an access date (dates.py; seven), Harvard typed with commas
  ends its title before ", Journal, 43, pp.39-47" (entries.py's ``_JOURNAL_AFTER_COMMA``; four),
  "Cfr." is a citation signal (three), Spanish "(S/F)" is no date and "(Vol. 828)" after a title
  no part of it (three), a GB/T title opening with a camel-case name ("HEDAM N. eBPF - …") and
  GB/T's type code closing a title however read (two), a question mark runs on into a subtitle in
  sentence case ("How can extremism prevail? A study based on …"; one, and one calibration entry),
  a quoted title right after the entry's first field closes at its first quote ('Org, "Title" and
  …'; three), and a bracket left open or a closing one nothing opened at a title's end (two).

Not taken from heldback-16 (11 titles): an annotated agent list's "Org, Title: subtitle — May 2024
median annual wage …", "FRED (…), Series …: …", "Title (report years 1991–2024)", "Org, Title
(2014, 2021 editions). Appendix A …", "Title (ACS/BLS data): 2018 employment …" and "The
Antiplanner (Randal O'Toole), …: …" (six of one list, each a shape of its own); two MLA notes (an
italic container repeating the author's first words is matched at the author; "Org, Sub. *Title*
[PDF]"); "Title, version 2, 24 July 2025, rules 8 and 9, …"; "Chatbot Gaia - Documento de
arquitetura" (split at its dash as "Author - Title"); "Yegor. Bel0v/Handpan. JavaScript, 2016."
(Chicago software).

Rules learnt from the fifteenth held-back part once it was spent (branch p10-hb15tune; 23
documents, 237 notes; titles 55.7 % -> 95.0 % (123 -> 210/221), URLs 63.9 % -> 98.7 % (145 ->
224/227), access dates 90.7 % -> 99.6 % (215 -> 236/237); the calibration documents before the study
unchanged, 3357/3451, 3483/3511, 3381/3386). Most URL misses were structural: whole lists the
readers did not see as lists. Each rule is about a family of shapes, has invented entries of its
shape and a near miss in tests/parse/test_heldback15_rules.py, and two families were checked on
calibration documents found with the search tools, their truth written first (an "Image Credits"
README, 2 notes, and a case study's bare-numbered "## Notes", 3 notes: both mislabelled on main);
the counts are heldback-15's:

- a list of sources pasted into a bare code fence, every line "[n] … URL" (markdown.py's
  ``_fenced_reference_list``; eight notes), and a bold line over numbered entries is their
  sub-heading, not their paragraph's first line (six notes);
- numbered headings over bulleted links ("### 1. GDP" then link items) are topics of one
  unlabelled list (regions.py's ``_heads_unlabelled_items``; twelve notes), and a list of "Site –
  Title" link texts whose first fields mostly name their hosts (two thirds, three at least, three
  quarters of the list) reads every one as site, then title; a year span closing such a text
  ("(1960–2025)") is the title's (entries.py's ``_sites_before_dashes``, ``_YEAR_SPAN``; twelve);
- a table column "Source (date)" names a table of sources, and an "idem" row is an entry of its own
  (blocks.py, regions.py's ``_same_source_row``; nine URLs);
- links built by a page-layout call in a text file ('html.A("1. Title (Site)", href="…")', three
  calls at least; text.py's ``_link_calls_plain``), sub-numbers set off by a tab or two spaces
  ("1.1\tTitle", markers.py), and a bracketed source repeated through a list ("(MEPA)" five times),
  a host in brackets or the last of two bracketed groups in such a list, and "Organisation (ACR) –
  Title" (entries.py's ``_bracketed_sources``, ``_ORG_DASH``; twelve notes);
- an "Image credits" heading heads a list of sources, its "By author, licence" sub-headings inside
  it (regions.py's ``NOTES_HEADING``; twelve notes);
- an HTML table cell spanning rows keys one entry over them ('<td rowspan="2">[AVRA16]</td>', the
  next row its "URL: … (abgerufen am …)"), a DIN 1505 key closing its line labels the entry, and a
  lead before a colon repeated through half a list's titles ("Amazon AWS: …") is their author when
  it opens the entry (markdown.py, markers.py, entries.py's ``_repeated_colon_leads``; twelve);
- bare-numbered endnote paragraphs under a notes heading ("1 Terms …", "2 This section …", a run
  of three at least, in order) are the notes their numbers name, citing or not (markdown.py's
  ``_bare_run``; twelve notes);
- a numbered list whose first number was lost (".  Author. Title[EB/OL]" over "2..") and doubled
  stops after a number (regions.py's ``_LOST_FIRST_NUMBER``; twelve GB/T notes), a number set on a
  wrapped author list (the line above ending in a comma, the next item bearing the same number)
  runs on (one GOST entry), and ABNT authors set in bold before the title are no title (four).

Not taken from heldback-15 (11 titles, 3 URLs, 1 access date): a DIN entry "Surname, Given ; Site,
date: Title" (the site and date read as a second author), ABNT corporate authors in bold closed by
their own full stop (a per-entry rule cost eleven calibration titles), "前端之家. ink css…" (a
lower-case title after a CJK author), "FRED-T5. Title" and a GOST entry whose author list carries
the stray number, an IEEE title after a product name, an arXiv tail after a Markdown-footnote
title, two rendered-Wikipedia notes (a MathWorld author link taken for the cited page) and one
"Link to the source", a Chicago entry's URL, and a URL closing in a colon.

Not taken from heldback-7 (18 titles, 2 URLs, 1 access date, one entry or two of a shape each): a
title that is the URL's own host ("ww7.dokry.com") and a site's bare host in a copied Wikipedia
entry read as its URL ("www.natureindex.com"), a publication date after a URL read as the access
date, an AMS title followed by its journal after a comma, "Site, Title, URL" ("Scikit learn,
KMeans"), a comma inside a research-assistant title read as "Site, Title", "Org. Title [Электронный
ресурс]" (the organisation kept), ABNT's "ANGELOPOULOS, A. N.; BATES, S. Title. arXiv:…, 2021" (no
bold container; read right since p10-hb9tune) and "Title. **IEEE Access**" read wrongly, ISO 690 with IEEE-like "R. Hurbans,
Title" (a Polish list: the author kept as title), "Linus and David Diamond, Title", a Chicago
note's descriptive tail after a comma ("…, cabinet Hoche Avocats"), an Indonesian edition and
publisher after a title, and two entries that cite nothing (no URL, no access date: no title read).

Not taken from heldback-6: a file name ending a title's sentence ("10-million-…-100000.txt.
SecLists." keeps the site), a numbered section before a quoted title ("6.5.2. The “Follow TCP
Stream” dialog box"), "Title, kaggle." (a lower-case site after a comma), and a Wikipedia URL
ending in a full stop (".../wiki/R.U.R.": the stop is trimmed, as a sentence's must be).

Not taken from heldback-5: "A Clinical Lecture ON" (a title whose last word is in capitals, read as
the author's), "Siber Güvenlik Başkanlığı: …, v1.1 (01.03.2026)" (the date in the link text is cut),
lower-case publishers ("solid IT gmbh").

Not taken: "Publisher — Title" anchors split at the dash ("[NCD-RisC — el mismo estudio](…)") — the
same shape is a real page title in four calibration documents ("RFC 4627 — The application/json
Media Type …", "Glossary – BD-MV …"), so the anchor is kept whole.

Evaluated instead of growing rules (issue 10 item 2), on the 452 calibration entries with a
title in the truth (entry text as our reader splits it): ``refextract`` 1.1.7 (INSPIRE; offline,
its knowledge bases inside the package; GPL-2.0) took 23.2 % of the titles — it only reports
quoted titles and book titles it knows, 0 % on ABNT, APA, Harvard, GOST, ISO 690, Vancouver and
Italian Wikipedia — at a median 48 ms per entry (our whole parse of an entry: about 1.2 ms);
``refparse`` 0.5.0 (MIT, rules for Web of Science/Scopus/CSSCI exports) took 6.4 % — only the
bare-URL notes whose truth is "no title"; it read no title of any other entry. On heldback-2 they
took 8 % and 5 %. Neither was taken; these rules take 98.7 % of the same entries (97.5 % of
heldback-2's, after studying it).

Publishers are kept to names (``_reads_as_publisher``): a person in the author position ("Schuhmann,
J."), a month left from a date, initials, a URL or archive label ("Available", "Verfügbar unter",
"Archived at the Wayback Machine"), the place before "Place: Publisher", and descriptions ("… için
kullanıldı") are no publisher. On the parse eval's calibration part the publisher field went from
299 right, 28 spurious and 39 wrong of 382 to 324 right, 2 spurious and 21 wrong (35 now missing),
and offline ``publisher-mismatch`` warnings on the real documents of tests/test_real_documents.py
from 90 to 30 (heldback-3, never tuned on: 20 to 14).

Rules learnt from the misses of the studied parts heldback-17, -19 and -20 inside entries that were
found (branch p10-studied3; titles 207 -> 212/230, 193 -> 195/226, 160 -> 164/186; no field of any
readable part lost; tests/parse/test_studied3_rules.py):
- A bare web address (no scheme) closing the title's sentence is where the page is
  (``_ADDRESS_AFTER_TITLE``, ``_BARE_HOST``): a generic top-level domain, or a country's after two
  names at least, since the eval's file names ("main.rs", "README.md") have one dot; two words of
  title at least before it. In a Harvard entry the host is the site (``_DOMAIN_SITE_AFTER``).
- A container's "In" glued to the title's stop by a PDF's text ends the title (``_GLUED_IN``), only
  before what opens a container; up to eight words before a named conference, symposium, workshop or
  congress (the eval's "In Proceedings of the 14th Annual Conference" has six).
- A body written as the author: "international" is an organisation's word, and a body's name may carry
  its country's initials after a comma (``_ORG_COUNTRY``, ``_group_author``), also where the title's
  colon made a "Place: Publisher" of the sentence after it.
- A GOST/DSTU heading repeated by the statement of responsibility in direct order, two or three words
  (the longest full name of the eval's DSTU headings), is dropped as the inverted one is.
- MLA's inverted "Surname, Given." before a title is no abbreviated journal (``_INVERTED_NAME_LEAD``).
- A US code citation after an act's name and a comma (``_CODE_CITATION_AFTER``); a stray stop after the
  last initialled author before the list's comma (``_INITIALS_FIRST``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from citecheck import lazyre
from citecheck.parse.blocks import sub_closing_run
from citecheck.parse.bold_leads import (
    author_lead_before_comma_title,
    author_lead_before_dash_title,
    author_lead_before_title,
    author_year_lead,
    label_lead_before_link,
)
from citecheck.parse.claims import sentence_spans as _claim_sentence_spans
from citecheck.parse.dates import MONTH_BY_NAME, THAI_MONTH, find_dates, month_names
from citecheck.parse.no_date import no_date_written, only_no_date, without_closing_no_date
from citecheck.parse.urls import URL_PATTERN


@dataclass(frozen=True, slots=True)
class Mark:
    """A run of entry text the markup set apart: link text ("link") or emphasis ("em")."""

    kind: str
    text: str
    href: str | None = None


_OPENERS = "“„«\"‘'‹‚「『《〈”"
_CLOSERS = {
    "“": "”",
    "„": '“”"',
    "«": "»",
    '"': '"',
    "‘": "’",
    "'": "'",
    "‹": "›",
    "‚": "‘’",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    "”": "”",
}
# Japanese and Chinese title marks: 「article」『journal or book』, 〈篇〉《書》, the first the title
# (quoted_title), glued to the name before it ("山田太郎「東京の歴史」", "許慎. 《說文解字》": two of the
# first 25 references of the saved Chinese "猫" page in fixtures/parse-eval-wiki, no title read before),
# as CJK text writes no spaces.
_CJK_OPENERS = "「『《〈"
# Swedish and Finnish open a quotation with the mark that closes it ("”Title”": the open-quote and
# close-quote terms of the CSL locales sv-SE and fi-FI shipped with citeproc-py), as Word's IEEE style in
# Swedish writes its titles ('X. Yang och Y. Ouyang, ”Real-Time Ray Traced Caustics”, i *Ray Tracing
# Gems II* …': a Swedish rendering report's bibliography found by branch p12-hunt2's hunt, six entries,
# every title read wrong without it). Read as the straight double quote is, the same mark both ends.
_SYMMETRIC = ('"', "'", "”")
_OPENER = lazyre.compile("[" + re.escape(_OPENERS) + "]")


def _english_quotation_open(head: str, index: int) -> bool:
    """Whether an English quotation ("“…”") is open at ``index``: more "“" before it than "„" (a German
    quotation's opener, which "“" closes) and "”" together."""
    before = head[:index]
    return before.count("“") - before.count("„") - before.count("”") > 0


# Titles open near the start of an entry and are not pages long; looking further only costs time.
_TITLE_REACH = 1000

# "[Internet]", "[online]", "[Электронный ресурс]", "(PDF)", Harvard's "[Preprint]", DSTU's
# "[Веб-сайт]" and "[Інтернет-портал]", APA 7's description of a work's kind ("[Photograph]",
# "[Blog post]", "[Infographic]": heldback-14's APA photograph): what medium, never part of a title.
# APA 7's description of the work in brackets after its title ("[Video]", "[Blog post]", and any
# "[Site post]": "[Online forum post]", "[StackOverflow post]" in heldback-34's Dutch-APA README,
# one title of twelve): no part of the title. Word's own GOST bibliography styles name the kind of
# source so, "Title [Журнал] / авт. …", "Title [Отчет] / авт. …" (fixtures/parse-eval-docx4
# ru-statya-word-bibliography-zhurnal-data-storage.docx, Word's BIBLIOGRAPHY field: eight journal
# entries and a report, no title read). ISO 690's type of medium in the cataloguer's language, French
# "[enregistrement vidéo]" and "[enregistrement sonore]" (heldback-p12hunt2's French master's paper,
# spent on branch s40-hb: "Cataloging for the Future FRBR, BIBFRAME & Linked Data [enregistrement
# vidéo]. *YouTube* [en ligne]", its title read with it), Spanish "[grabación de vídeo]", Portuguese
# "[gravação de vídeo]", and "[vidéo]" / "[vídeo]" alone, names the medium as "[Video]" does.
# APA 6's "[Video file]", APA 7 in Dutch "[Videobestand]" (find_string "[Videobestand]": four hits, all
# Dutch APA entries, s42-hunt16's JavaScript README among them: "Learn Closures In 7 Minutes
# [Videobestand]" its title), and APA 7's "[Large language model]" after a chatbot's name and version
# (the APA's own advice for citing ChatGPT; find_string: six of ten hits such entries, the others a
# wiki link and diagram labels, no titles), in Czech ISO 690 "[velký jazykový model]" (s42-hunt16's
# bachelor's thesis, "Claude Opus 4.6 [velký jazykový model]").
MEDIUM = lazyre.compile(
    r"\s*(?:\[(?:internet|online|on-line|en\s+ligne|(?:enregistrement|grabaci[oó]n|grava[cç][aã]o)\s+"
    r"(?:de\s+)?(?:vid[ée]o|v[íi]deo|sonore|sonora|audio|[áa]udio)|vid[ée]o|v[íi]deo|электронный\s+ресурс|електронний\s+ресурс|(?:эл|ел|электрон|електрон)\.\s*ресурс|"
    r"elektronik|elektronisch|recurso\s+electrónico|recurso\s+eletrônico|data\s+file|data\s*set|"
    r"computer\s+software|software|video|podcast|текст|текст\s*:\s*электронный|preprint|"
    # APA 7 in Spanish names the platform too, "[Video de YouTube]" (heldback-37's Mexican course
    # bibliography, spent on branch s40-hb2: "48 frases …, [Video de YOUTUBE]" kept in the title).
    r"v[íi]deo\s+de\s+youtube|youtube\s+video|"
    r"video\s+file|videobestand|large\s+language\s+model|velk[ýy]\s+jazykov[ýy]\s+model|"
    r"photograph|image|infographic|map|blog\s+post|(?:[\w.-]+\s+){1,2}post|tweet|fact\s+sheet|motion\s+picture|web\s*-?\s*site|веб-?сайт|(?:інтернет|интернет)-?портал|electronic\s+resource|журнал|отч[её]т)\]|\((?:pdf|html)\))\.?",
    re.IGNORECASE,
)
# APA 7's software entry: the version in parentheses and the description in brackets after the title,
# "R: A language and environment for statistical computing (Versão 4.0.3) [Programa de computador]"
# (fixtures/parse-eval-docx3 pt-artigo-apa-referencias-doi-trabalho.docx, the R Core Team's entry,
# its title read with both; in English "(Version 4.0.3) [Computer software]" kept its version). Neither
# is the title's: both go where they close it (entries._parse_entry, apa_titles.titles_before_containers).
# A version without the description stays: "Django Documentation (Version 5.1)" names a manual's
# edition (the parse eval's en-apa-bold-authors-bibliography.md).
_SOFTWARE_VERSION = r"\s*\((?:version|versão|versión|versione|versie)\s[\w.-]{1,20}\)"
_SOFTWARE_DESCRIPTION = (
    r"\s*\[(?:computer\s+(?:software|program)|software|programa\s+de\s+computador|programa\s+informático)\]"
)
_SOFTWARE_TAIL = lazyre.compile(rf"(?:{_SOFTWARE_VERSION})?{_SOFTWARE_DESCRIPTION}$", re.IGNORECASE)
_VERSION_TAIL = lazyre.compile(rf"{_SOFTWARE_VERSION}$", re.IGNORECASE)
_DESCRIPTION_NEXT = lazyre.compile(_SOFTWARE_DESCRIPTION, re.IGNORECASE)


def without_software_tail(title: str, text: str) -> str:
    """``title`` without the software version and description closing it, or the version alone where
    the description follows it in ``text`` (another rule took that away: MEDIUM)."""
    stripped = _SOFTWARE_TAIL.sub("", title)
    if stripped != title:
        return stripped or title
    version = _VERSION_TAIL.search(title)
    at = text.find(title)
    if (
        version is not None
        and version.start() > 0
        and at != -1
        and _DESCRIPTION_NEXT.match(text, at + len(title))
    ):
        return title[: version.start()]
    return title


# GB/T 7714's type and carrier code after the title: "[J]", "[M]", "[C]//", "[EB/OL]", "[A/OL]".
# Upper case and followed by a field separator, so code such as "a[j]" or a "[A]" label is none.
# Either bracket may be the full-width one a Chinese input method types ("仿真分析［J].电子设计工程",
# "［J］"): s42-hunt17's BeiDou paper converted from PDF, whose entry 7 otherwise read the English
# translation on the next line as its title.
GBT_TYPE = lazyre.compile(
    r"\s*[\[［](?:[MCNJDRSPAZG]|DB|CP|EB)(?:/(?:OL|CD|MT|DK))?[\]］](?=\s*(?:[.．,，:：]|//|$))"
)
# Where the GB/T author (or author and year) sentence ends: a full stop, full-width or not, before
# the title's first character (a capital, a digit or a CJK character), glued or not, or a name
# written in camel case ("HEDAM N. eBPF - From a Programmer’s Perspective[C/OL]": heldback-16's
# Chinese report on eBPF; "iOS", "eBay").
_GBT_SEPARATOR = lazyre.compile(r"[．。]\s*|\.\s*(?=[A-Z\d\u3400-\u9fff]|[a-z]{1,3}[A-Z])")
# Chinese names of two to four characters, each closed by a semicolon (CNKI's author field).
_CNKI_AUTHORS = lazyre.compile(r"\s*(?:[\u3400-\u9fff·]{2,4}\s*[;；]\s*)+")
# "(EN)", "(ang.)", "(in Russian)": the language of the source.
# Not inside a name: "Regulation (EU) 2016/679" keeps its "(EU)" (a tag is not followed by a number),
# "copper(II)" its "(II)" (a tag is not glued to a word).
# (A number after the brackets, or "No" and a number, makes them part of a designation: "Regulation
# (EU) 2016/679", "Council Regulation (EU) No 692/2014" in heldback-18's Crimea README, where "EU"
# would read as Basque's code.)
# The Spanish and Portuguese Wikipedias' language templates ({{en}}, "|idioma=en"): "(en inglés)",
# "(em inglês)", the preposition and the language's name in the page's language, here the names of
# the languages sources are most often in. In the parse eval's calibration, 2 "(en inglés)" (a
# copied Spanish Wikipedia list) and 1 "(em inglês)" (a Portuguese one); 3 "(en inglés)" in the
# saved Spanish "$" page of fixtures/parse-eval-wiki, where one stood in for its book's title.
# Any other word after "en"/"em" is left ("(en línea)", "(em linha)"; English "(in pseudocode)",
# part of a book's title in the calibration, is not matched: "in" is not among the prepositions).
_ROMANCE_LANGUAGE_NAMES = (
    r"ingl[éêe]s|franc[éêe]s|alem[áa]n|alem[ãa]o|italiano|espa[ñn]ol|espanhol|portugu[éêe]s|ruso|russo|"
    r"lat[íi]n|latim|japon[éêe]s|chino|chin[éêe]s|neerland[éêe]s|holand[éêe]s|catal[áa]n|catal[ãa]o|"
    r"[áa]rabe|griego|grego|polaco|polon[éêe]s|sueco|ucraniano"
)
_LANGUAGE_TAG = lazyre.compile(
    r"(?<!\w)\((?:[A-Z]{2}|[a-z]{2,4}\.|[а-яё]{2,5}\.|in\s+[A-Z][a-z]+|[A-Z][a-z]+\s+language|"
    rf"e[nm]\s+(?:{_ROMANCE_LANGUAGE_NAMES}))\)"
    r"(?!\s*(?:No\.?\s*)?\d)"
)


def _drop_language_tags(text: str) -> str:
    """The text without its language tags; two capitals that name no language ("(VS)", "(AI)": an
    abbreviation the title defines) stay (langcodes knows the codes), unless a field ends right after
    them (a place's state: "Heidelberg (BW): Publisher")."""
    if "(" not in text:
        return text

    def tag(match: re.Match[str]) -> str:
        code = match.group()[1:-1]
        if (
            len(code) == 2
            and code.isupper()
            and text[: match.start()].strip()
            and re.match(r"\s+[^\W\d_]", text[match.end() :])
        ):
            # Two capitals inside a title's words, more words after them, are an abbreviation the
            # title defines, not the language of the source ("i2b2 Software Architecture - File
            # Repository (FR) Cell": a French fact sheet's footnote, p13-hunt3's fr-indented-footnotes-
            # voir-i2b2.md, read "File Repository Cell"); a tag closes the title or a field.
            return match.group()
        if len(code) == 2 and code.isupper():
            import langcodes  # only where two capitals stand in brackets

            if not langcodes.tag_is_valid(code.lower()) and text[match.end() : match.end() + 1] not in ":,;.":
                return match.group()
        return " "

    return _LANGUAGE_TAG.sub(tag, text)


# A dash that ends the head, the URL after it, and a dash between two parts of a head. GOST's area
# separator, a full stop and then the dash (". — Режим доступа: URL", ". — URL: …"), is none: there the
# title is read by GOST's own fields ("Org. Title [Электронный ресурс] // Site. — Режим доступа:", a
# calibration thesis list of p10-hb11gate2, nine entries).
_DASH_BEFORE_URL = lazyre.compile(r"(?<!\.)\s[—–]\s*$")
_DASH_SEPARATOR = lazyre.compile(r"\s[—–-]\s")
_TRAILING_DASH = lazyre.compile(r"\s[—–-]\s*$")
# "Title — Site, " before the URL: an em or en dash, a site of at most five words, a comma ending the head.
_SITE_BEFORE_URL = lazyre.compile(r"\s[—–]\s(?:[^\s,—–]+(?:\s[^\s,—–]+){0,4})(\s*),\s*$")
# The same with a hyphen, as a research assistant's source list without access dates writes each
# entry: "Writing a good Claude.md - Hacker News, https://…", "flutter_gemma | Flutter package -
# Pub.dev, https://…" (ja-deepresearch-claude-md-inyou-superscripts, ja-deepresearch-flutter-gemma-
# inyou-runin, es-deepresearch-open-banking-obras-citadas-runin: the site was left in the title).
_HYPHEN_SITE_BEFORE_URL = lazyre.compile(r"\s-\s(?P<site>[^\s,\-–—]+(?:\s[^\s,\-–—]+){0,3})\s*,\s*$")


def _hyphen_site_before_url(head: str) -> bool:
    """Whether ``head`` (an entry's text before its URL) ends "Title - Site, ": one hyphen set apart
    by spaces, a site of one to four words after it that reads as a site's name, a title of three
    words or more before it that is not itself a short name ("The Pallets Project - Flask, …" is a
    site, then its page's title: hb26-de-numbered-title-accessed-url-webentwicklung-literatur [11]).
    "Smith - Jones, " (two names) and "v2 - draft, " are no title and site."""
    found = _HYPHEN_SITE_BEFORE_URL.search(head)
    if found is None or head.count(" - ") != 1:
        return False
    title = head[: found.start()].strip()
    if len(title.split()) < 3 or (_is_short_name(title) and len(title.split()) <= 3):
        return False
    return _closing_site(found.group("site"))


# "(2023)", "(2025, October 24)", "(n.d.)", "(no date b)", "(z.d.-d)", "(s.f.)", "(o. J.)", and
# Spanish "sin fecha" written with a slash, "(S/F)" (heldback-16's Mexican README, two entries), and
# German APA's "ohne Datum", lettered when one author has several ("(o. D.)", "(o. D.-a)": heldback-23's
# German APA report, eleven entries); Turkish "tarih yok" ("(t.y.)": heldback-24's IEEE list written with
# APA's date groups, two entries), Polish "bez daty" ("(b.d.)") and Russian "без года" ("(б. г.)").
# Word's own bibliography (the BIBLIOGRAPHY field in Word's APA style, German UI) writes "(kein
# Datum)", and Spanish APA letters "(s/f-a)" as English does "(n.d.-a)" (p14-docx2's German seminar
# paper, five entries titled by their author "Google.", and its Spanish bibliography, one).
# German "ohne Angabe" (not given) stands where the year is unknown as "o. J." does, "(o. A)", "(o. A.)":
# fixtures/parse-eval-docx7's German seminar paper, "Neubert, Lutz (o. A): Statistische Analyse …"
# (the title read with the given name and the group on it).
_DATE_GROUP = lazyre.compile(
    r"\((?:(?:19|20)\d{2}[a-z]?(?:[,\s][^()]{0,40})?|[^()]{0,30}\b(?:19|20)\d{2}|n\.\s?d\.|no\s+date(?:\s+[a-z])?"
    r"|z\.\s?d\.(?:-[a-z])?|s\.\s?[fd]\.|s/f(?:-[a-z])?|o\.\s?j\.|o\.\s?a\.?|o\.\s?d\.(?:-[a-z])?|t\.\s?y\.(?:-[a-z])?|b\.\s?d\.|б\.\s?г\."
    r"|kein\s+Datum(?:-[a-z])?"
    # Thai APA: a Buddhist-era year, alone or after a day and a Thai month ("(2552)", "(27 ตุลาคม 2559)",
    # "(พ.ศ. 2566)"), and Thai "no year shown" ("(ม.ป.ป.)"). Data: s38-hunt10's Thai Ruby article (seven
    # of twelve titles read as "Site. (date)") and clinic README (three). Written out, "no date" is
    # "(ไม่มีวันที่)" and "no year shown" "(ไม่ปรากฏปีที่พิมพ์)": heldback-p40hunt12's Thai README (spent on
    # branch s40-hb3), ten entries "Site. (ไม่มีวันที่). Title. Site. สืบค้นเมื่อ …", each titled "Site" before.
    rf"|(?:[0-9๐-๙]{{1,2}}\s*(?:{THAI_MONTH})\s*)?(?:พ\.\s?ศ\.\s*)?(?:25[0-9]{{2}}|๒๕[๐-๙]{{2}})|ม\.\s?ป\.\s?ป\."
    r"|ไม่มีวันที่|ไม่ปรากฏปี(?:ที่พิมพ์)?)\)\.?",
    re.IGNORECASE,
)


@functools.cache
def _date_groups() -> re.Pattern[str]:
    """:data:`_DATE_GROUP` with every CSL locale's "no date" term a date group too (no_date.
    no_date_written: "(χ.χ.)", "(b.r.)", "(u.å.)", "(é. n.)", "(sem data)", "(不详)", lettered "-a"
    as English "(n.d.-a)"): the words a citation processor set to another language prints where a
    year stands. Data: branch s40-hunt12's tool README whose APA list has one entry exported with a
    Greek locale, "Haapala, A. (χ.χ.). python-Levenshtein: …" (title read as "A. (χ.χ.). python-…"
    before). The hand list above stays (its forms with and without spaces, and those no locale has)."""
    terms = sorted((term for term in no_date_written() if len(term) >= 2), key=len, reverse=True)
    extra = "|".join(re.escape(term).replace(r"\ ", r"\s?") + r"(?:-[a-z])?" for term in terms)
    pattern = _DATE_GROUP.pattern
    if extra:
        opening = r"\((?:"
        assert pattern.startswith(opening)
        pattern = opening + extra + "|" + pattern[len(opening) :]
    return re.compile(pattern, re.IGNORECASE)


_BOOK = lazyre.compile(
    r"^[^,()]{3,80},\s+(?P<title>[^()]{3,300}?)\s+\((?:[^:()]{2,60}):\s*(?P<publisher>[^,()]{2,80}),\s*(?:19|20)\d{2}\)"
)
# A Chicago book note whose title the markup sets in italics, one comma field between it and the
# bracketed imprint: the book's edition or its series ("Howard Rheingold, *The Virtual Community:
# Homesteading on the Electronic Frontier*, Revised Edition (Cambridge, Mass: MIT Press, 2000).",
# "Alexander Monea, *The Digital Closet: …*, Strong Ideas Series (Cambridge, …: The MIT Press,
# 2022)."). The field is the book's, not its title's: the emphasised run is the title. Data:
# fixtures/parse-eval-pages http451-full-stack.html (a Word-exported write-up), notes 3 and 12.
# Guard (_emphasised_book_title): an emphasised run that opens _BOOK's title exactly, then one comma
# field of one to six words, no quote, bracket or further comma in it.
_BOOK_FIELD_AFTER_TITLE = lazyre.compile(r",\s+[^,\s\"“”‘’'()\[\]][^,\"“”()\[\]]{0,60}")


def _colon_in_marked_title(head: str, colon: int, marks: Sequence[Mark]) -> bool:
    """Whether the colon at ``colon`` in ``head`` stands inside an emphasised run (a title's
    "Main: Subtitle"), not at the run's edge."""
    if colon < 0:
        return False
    for mark in marks:
        run = mark.text.strip()
        at = head.find(run) if mark.kind == "em" and len(run) > 1 else -1
        if at != -1 and at < colon < at + len(run) - 1:
            return True
    return False


def _emphasised_book_title(book: re.Match[str], marks: Sequence[Mark]) -> str | None:
    """The emphasised run that is a Chicago book note's title, the edition or series after it no
    part of it (see ``_BOOK_FIELD_AFTER_TITLE``); None when no run is so placed."""
    title = book.group("title")
    for mark in marks:
        text = mark.text.strip()
        if mark.kind != "em" or len(text) < 2 or not title.startswith(text):
            continue
        rest = title[len(text) :]
        if _BOOK_FIELD_AFTER_TITLE.fullmatch(rest) and 1 <= len(rest.strip(" ,").split()) <= 6:
            return text
        return None
    return None


# Chicago's book note as Chinese and other journals print it, the imprint unbracketed: "James
# Smith, Title: Subtitle, New York: The Free Press, 1991." (a person's full name, the title's comma
# segments, an optional thesis type, "Place: Publisher" or "Publisher", the year closing the note).
# Not where the markup marks a title: "[Title](…), Thierry Poibeau, MIT Press, 2017" is title-first.
_BOOK_PLAIN = lazyre.compile(
    r"^[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){1,2},\s+(?P<title>[A-Z][^()]{3,300}?)"
    r"(?:,\s+(?i:(?:ph\.?\s?d\.?|doctoral|master'?s?)\s*(?:dissertation|thesis)))?"
    r",\s+(?:[^,:()]{2,40}:\s*)?(?P<publisher>[^,:()]{2,80}),\s*(?:19|20)\d{2}\.?$"
)
# A standard's designation opening an entry ("ДСТУ 7564:2014. ", "ГОСТ Р 7.0.5-2008. ", "ISO/IEC
# 25010:2011. ", "DIN 1505-2:1984. ") and the imprint that closes its title ("…. Київ, 2015.").
_STANDARD = lazyre.compile(
    r"^(?:ДСТУ|ГОСТ(?:\s+Р)?|СТБ|ISO(?:/IEC)?|IEC|EN|DIN|BS|ANSI|NF|UNE)(?:\s+[A-Z]{1,4})?\s+"
    r"\d[\w./:-]*\d\.\s+"
)
# A standard's designation alone ("IEC 63278-1:2024", "ISO/IEC 20922:2016", "ISA-95", "DIN 1505-2").
_DESIGNATION = lazyre.compile(
    r"(?:ДСТУ|ГОСТ(?:\s+Р)?|СТБ|ISO(?:/IEC)?|IEC|EN|DIN|BS|ANSI|NF|UNE|IEEE|ASTM|ISA|ITU-[TR]|RFC)"
    r"(?:\s+[A-Z]{1,4})?[\s-]?\d[\w./:-]*"
)
_IMPRINT = lazyre.compile(r"\.{1,2}\s+(?P<who>[^\W\d_][^.,]{1,40}),\s*(?:19|20)\d{2}\.")
_STANDARD_AREA = lazyre.compile(r"\.\s+[—–]\s+")
# Words that name a publishing house right before its name in quotes ("М.: Издательский дом
# «Вильямс»", "Изд-во «Гуманитарный центр»", "ООО «Конверт»"): the quoted name is no title.
_PUBLISHING_HOUSE = lazyre.compile(
    r"(?i)(?:издательский\s+дом|издательство|изд-во|видавництво|вид-во|видавничий\s+дім|ООО|ЗАО|ОАО|ТОВ)\s*$"
)
_PERSON = lazyre.compile(
    r"^[^\W\d][\w'’\-]+,(?:\s*[^\W\d]\.)+(?:,?\s*(?:&|and)\s.*)?$|.*\bet\s+al\b[.,]?\s*$"
)
# One person named given name first with an initial ("C. Tscherning", "Walter D. Lambert", "J. R. R.
# Tolkien"), a sentence of its own before the title (reStructuredText citations of a Python
# library, heldback-14: "Walter D. Lambert. The International Gravity Formula. U.S. Coast and
# Geodetic Survey. 1945."). Without an initial ("Carlo Somigliana.") two capitalised words read as a
# short title as well ("Physical Geodesy."), so they are not taken for a person.
_INITIALLED_GIVEN_FIRST = lazyre.compile(
    r"(?:[A-ZÀ-Ý][a-zà-ÿ'’\-]+\s)?(?:[A-ZÀ-Ý]\.\s?){1,3}\s?[A-ZÀ-Ý][a-zà-ÿ'’\-]+"
)
# One author in a Vancouver list ("Boyd IA", "Ali Awan A") or "Surname, I. I." / "I. Surname".
_NAME = r"[^\W\d_][\w'’\-]+"
# A surname of up to three words ("Nujum Navaz A", "Van der Berg J"), and in PubMed's own records a
# given initial left before it ("Serhani MA, T El Kassabi H, Ismail H, Nujum Navaz A. ECG monitoring
# systems: …": heldback-43's Spanish lab report, spent on branch s40-hb, its title read from "T El
# Kassabi H" on, the list stopping at the initial). The words of a longer name are capitalised
# ("Illustrated guide to AI. Volume I." is a title), and each name closes on its capitals and a comma
# or stop.
_VANCOUVER_SURNAME = rf"(?:{_NAME}(?:\s{_NAME})?|(?:{_NAME}|[A-Z])(?:\s[A-ZÀ-Ý][\w'’\-]+){{1,2}})"
_VANCOUVER_AUTHORS = lazyre.compile(
    rf"^(?:{_VANCOUVER_SURNAME}\s[A-Z]{{1,3}}(?:,\s|\.\s|\s(?=et\sal))|et\sal\.\s)+"
)
# A Vancouver author list whose initials carry full stops and whose last author follows "&" ("Heijningen
# G. & Underhill A.", "Sapsanis C., Georgoulas G., Tzes A. & Lymberopoulos D.", "Kumarage K., …,
# Rathnakumar N., & Thanihaichelvan T."): a Spanish prosthesis project's list, six of twelve entries
# read with their authors; _VANCOUVER_AUTHORS stops at "G." or "C.,". Guard: two names at least, set
# apart by a comma or by "&"/"and"/"y" — "Smith J. Vitamin D. deficiency" (a title word and a letter
# after the authors, a bare space between) is one name.
_DOTTED_VANCOUVER_NAME = rf"{_NAME}(?:\s{_NAME})?\s(?:[A-Z]\.){{1,3}}"
_DOTTED_VANCOUVER_AUTHORS = lazyre.compile(
    rf"^{_DOTTED_VANCOUVER_NAME}(?:(?:,\s+(?:(?:&|and|y|e)\s+)?|\s+(?:&|and|y|e)\s+){_DOTTED_VANCOUVER_NAME})+\s+(?=\S)"
)
_INITIALS = lazyre.compile(r"(?:\b[^\W\d_]\.\s?){1,3}")
# "Beazley, David; Jones, Brian K. " — a semicolon-separated author list; a name before the last
# may hold an initial too ("Mamajek, Eric E.; Hillenbrand, Lynne A. ", the Chinese Wikipedia's
# citation template, whose titles are not quoted: the Chinese "天囷增十五" page of
# fixtures/parse-eval-wiki).
_SEMICOLON_AUTHORS = lazyre.compile(
    rf"^(?:{_NAME},\s(?:[^;.]|(?<=\b[^\W\d_])\.){{1,40}};\s)+{_NAME},\s(?:{_NAME}\s)?(?:[^\W\d_]\.\s?)+\s*"
)
# A name part of an author list: "Setiawardhana", "D. A. Saraswati", "and E. Susanto", "Simon Singh".
_NAME_PART = lazyre.compile(
    rf"^(?:(?:and|&|und|et|y|e|i|dan|ve|và)\s)?(?:[^\W\d_]\.(?:-[^\W\d_]\.)?\s?){{0,3}}{_NAME}(?:\s{_NAME})?$"
)
# "K. Ahmad und K. Bin Ahmad", "J. Doe and R. Roe": two initialled names joined without a comma.
_JOINED_NAMES = lazyre.compile(
    rf"^(?:[^\W\d_]\.\s?){{1,3}}{_NAME}(?:\s{_NAME})?\s(?:and|&|und|et|y|e|i|dan|ve|và)\s(?:[^\W\d_]\.\s?){{1,3}}{_NAME}(?:\s{_NAME})?$"
)
# An edition after the title: ", 7. Aufl.", ", 2nd ed.", ", 3rd Edition.", ", 3e éd.", ", 2-е изд.".
_EDITION = lazyre.compile(
    r",\s*\d{1,2}(?:st|nd|rd|th|e|-?е|\.)?\s*(?:aufl(?:age)?|ed(?:ition|n)?|éd(?:ition)?|изд(?:ание)?)(?:\.|\s*$)",
    re.IGNORECASE,
)
# APA prints the edition in parentheses after the title, and Word's and Citavi's German APA so too:
# "Title (2nd ed.)", "Title (1st ed. 2018 Aufl.)", "Title (3., überarbeitete und erweiterte Aufl.)"
# (heldback-12's German APA list, two entries); a number in it, so "(ed.)" alone stays.
# So is the volume of a series or a multi-volume work: "Socio-cultural Inspired Metaheuristics (Vol.
# 828). Springer." (heldback-16's Turkish thesis), "Title (2nd ed., Vol. 3)", "(Bd. 2)".
_EDITION_IN_PARENTHESES = lazyre.compile(
    r"\s*\((?:(?=[^()]*\d)[^()]{0,60}?\b(?:ed|edn|edition|aufl|auflage|éd|изд)\.?"
    r"|(?:[^()]{0,30},\s*)?(?:vol|bd|tome|том)\.\s*\d{1,4}(?:,\s*pp?\.\s*[\d–-]+)?)\)[\s.]*$",
    re.IGNORECASE,
)
# An edition anywhere in the part after a title ("2. ed.", "3rd ed.", "7. Aufl."): never the publisher.
# An edition statement, dropped from the publisher's field: "2nd ed.", "7. Aufl.", and the word spelt
# out in the eval's languages, "4e édition", "5ª edición", "3ª edição", "2. Ausgabe", "2-е издание"
# (heldback-35's French bibliography: three of six books read with "4e édition" as publisher).
# (Also "2.a ed." (Spanish APA: es-apa-bitabit-referencias.html), "Revised Edition", "Expanded ed.",
# "2nd Print" (en-docxnotes-ibm-encoder-decoder, hb18-en-chicago-bibliography-perceptron,
# de-literaturverzeichnis-css-praeprozessoren): an edition is no publisher.)
_EDITION_WORD = lazyre.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th|e|\.|-?е|\.?a|ª|\.?o|º)?|revised|expanded|updated|enlarged)\s*"
    r"(?:ed|edn|edition|édition|edición|edição|edizione|aufl|auflage|ausgabe|éd|изд|издание|видання)\b\.?"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+print(?:ing)?\b\.?",
    re.IGNORECASE,
)
_DOMAIN = lazyre.compile(r"^(?:[\w-]+\.)+[a-z]{2,6}(?:/\S*)?$", re.IGNORECASE)
# "authority" (a regulator: "Saudi Human Resources Authority. (2023). Annual Report.", an APA group
# author read as the title in fixtures/parse-eval-docx5 report-references-crowd-management-saudi.docx;
# "Financial Conduct Authority", "Port Authority"), as entries._ORGANISATION_WORDS has it.
_ORG_WORDS = (
    r"inc|ltd|llc|gmbh|corp|corporation|company|foundation|consortium|contributors|institute|authority|"
    r"university|association|agency|group|project|team|organi[sz]ation|ministry|council|society|press|network|"
    r"office|cent(?:er|re)|department|service|bureau|commission|committee|administration|board|school|"
    r"library|museum|laboratory|developers|authors|international"
)
_ORG_SUFFIX = lazyre.compile(rf"\b(?:{_ORG_WORDS})\.?$", re.IGNORECASE)
_ORG_WORD = lazyre.compile(rf"\b(?:{_ORG_WORDS})\b", re.IGNORECASE)
# "Office of Gas and Electricity Markets", "Ministry of Health", "Department for Education": a body
# named by its kind first, every later word capitalised.
_ORG_OF = lazyre.compile(
    r"^(?:office|ministry|department|bureau|agency|institute|council|commission|university|"
    r"school|centre|center|board|federation|society|academy|court|house)\s(?:of|for|on)\s"
    r"(?:(?:the|and|of|for|&)\s|[A-Z][\w&'’.-]*\s?){1,8}$",
    re.IGNORECASE,
)
# The same in Vancouver's corporate authors, where a body's name may open with an adjective and be
# Spanish, Portuguese, Italian or French, its initials after it: "National Institute for Health and
# Care Excellence", "Agencia Española de Medicamentos y Productos Sanitarios", "Sociedad Española
# para el Estudio de la Obesidad (SEEDO)". The kind word is matched without case, the rest not.
_ORG_KIND = (
    r"(?i:office|ministry|department|bureau|agency|institute|council|commission|university|school|"
    r"centre|center|board|federation|society|academy|library|agencia|agência|agenzia|agence|sociedad|"
    r"sociedade|società|société|ministerio|ministério|ministero|ministère|instituto|istituto|institut|"
    r"asociación|associação|associazione|fundación|fundação|fondazione|fondation|consejo|conselho|"
    r"consiglio|conseil|comisión|comissão|commissione|universidad|universidade|università|université|"
    r"organización|organização|organizzazione|servicio|serviço|servizio|dirección|direção|direzione|"
    r"secretaría|secretaria|colegio|ordem|orden|confederación|federación|federação)"
)
_ORG_NAMED_KIND = lazyre.compile(
    rf"^(?:[A-Z][\w’'-]+\s){{0,2}}{_ORG_KIND}(?:\s[A-Z][\w’'-]+){{0,2}}\s(?:of|for|on|de|del|da|do|das|dos|di|della|per|pour|para|des|du|"
    r"für|der)\s(?:(?:the|and|of|for|de|del|la|las|los|el|y|e|para|da|do|di|della|delle|per|et|des|du|"
    r"le|les|&)\s|[A-Z][\w&'’.-]*\s?){1,10}(?:\s?\([A-Z][A-Za-z]{1,9}\))?$"
)
# DIN 1505's authors: "Surname, Given" joined by " ; ", a colon before the title ("Küsters, Ralf ;
# Wilke, Thomas: Moderne Kryptographie"); given names in full or initials.
_DIN_GIVEN = (
    r"(?:[A-ZÀ-Ý][a-zà-ÿß'’]+(?:-[A-ZÀ-Ý][a-zà-ÿß'’]+)?(?:\s[A-ZÀ-Ý][a-zà-ÿß'’]+)?|(?:[A-ZÀ-Ý]\.\s?){1,3})"
)
# A surname may open with its particle in lower case ("van Dam, Andries: Post-WIMP User Interfaces.
# In: …", a Pandoc inline note of a calibration book of p10-hb11gate2).
_DIN_PARTICLE = r"(?:(?:van|von|de|der|den|du|da|di|del|della|la|le|zu|ter|ten)\s)?"
_DIN_NAME = rf"{_DIN_PARTICLE}[A-ZÀ-Ý][\w'’\-]+(?:\s[A-ZÀ-Ý][\w'’\-]+)?,\s{_DIN_GIVEN}"
# DIN 1505's corporate author in capitals: "ACME INSTITUT: Tarife …", "BUNDESAMT FÜR STATISTIK: …"
# (two words or more: "HTML: The Definitive Guide" is a title).
_DIN_CORPORATE = lazyre.compile(
    r"^[A-ZÄÖÜ][A-ZÄÖÜ&\-]+(?:\s(?:[A-ZÄÖÜ][A-ZÄÖÜ&\-]+|für|of|de|du|des|der))+\s?:\s+(?=\S)"
)
# German writers join the names with a slash as often ("Nagel, Kai/ Schreckenberg, Michael: A cellular
# automaton model …": fixtures/parse-eval-docx7's German seminar paper, the title read as "Kai/
# Schreckenberg"): the slash between two "Surname, Given" names is the semicolon's.
_DIN_AUTHORS = lazyre.compile(rf"^(?:{_DIN_NAME}\s?(?:;\s|/\s?))*{_DIN_NAME}\s?:\s+(?=\S)")
# A GOST/DSTU author before the title: "Kallepalli, A. ", "Troy, L. T. ", "Дейт К. Дж. ". An initial
# opens with a capital: a lower-case abbreviation after a word is no initial but the word's number
# ("Legea nr. 500/2002 privind finanțele publice", "OUG nr. 133/2021": a Romanian act's name, "law
# no. …", read as the author "Legea nr." and the title "500/2002 privind …", or as no title at all:
# p36hunt8's Romanian budget verification report, entries 2-5; "Zakon br.", "Law no." likewise). A
# script without case has no capitals to tell by: "최선희 등. Title" (Korean "et al.") is read as before.
_GOST_INITIAL = r"(?:(?![a-zß-öø-ÿа-яёєіїґў])[^\W\d_]{1,2}\.\s?)"
_GOST_AUTHOR = lazyre.compile(
    # "Таненбаум Э., Бос Х. ": more than one, set apart by commas or semicolons ("Брин, С.; Пейдж, Л.
    # ": heldback-21's Russian list).
    rf"^(?:[^\W\d_][\w'’\-]+,?\s{_GOST_INITIAL}{{1,3}}[,;]\s)*"
    # (Russian and Ukrainian close the list with "и др." and "та ін.", Latin's "et al.".)
    rf"[^\W\d_][\w'’\-]+,?\s{_GOST_INITIAL}{{1,3}}(?:,?\s?(?:et\s+al|и\s+др|та\s+ін)\.\s)?(?=[^\W\d_]|\d)"
)
_SURNAME_INITIALS_ONLY = lazyre.compile(
    r"(?:[^\W\d_][\w'’\-]+,?\s(?:[^\W\d_]{1,2}\.\s?){1,3},\s)*[^\W\d_][\w'’\-]+,?\s(?:[^\W\d_]{1,2}\.\s?){1,3}"
)
# GOST's areas are set apart by dashes; the title area ends before the edition, place or extent.
_GOST_AREA = lazyre.compile(
    r"\s[–—]\s(?=\d+-?[еяй]?\s*изд|изд|[МM]\.\s*:|СПб|Киев|Минск|Ростов|\d+\s*[сc]\.|Электрон|URL|Режим)"
)
# A full stop typed without its space between a name and the title in a GOST heading ("Robert,
# K.Yin.Case Study Research [Текст]": heldback-13's Russian syllabus): before a medium designator a
# stop between a word and a capitalised word ends a sentence ("Mermaid.js" has no capital after).
_GLUED_STOP = lazyre.compile(r"(?<=[^\W\d_]{2})\.(?=[A-ZА-ЯЁІЇЄ][a-zа-яёіїє])")
# The same dash typed against the full stop before it ("Dr. Joe Martell.- 2nd. ed.- Bookboon. com.,
# 2015.- 137 p.", "K.Yin Robert.- USA: Sage": heldback-13's Russian syllabus): after a word's full
# stop, a dash and a space end the area as " — " does.
_GLUED_AREA = lazyre.compile(r"(?<=[^\W\d_]{2})\.[-–—]\s")
# GOST's other title information naming what kind of publication the work is ("Title :
# учебное пособие / …", "Title: навчальний посібник"): no part of the title (heldback-13's Russian
# syllabus; a calibration document's "[Текст] : учебное пособие" stops at its medium already).
# So is the kind of a legal act after a spaced colon, ДСТУ 8302's "Title : наказ Міністерства … від
# 12.01.2017 р. № 40", "Про стандартизацію : Закон України від 11 лют. 2014 р. № 1315" and GOST's
# "Title : федеральный закон от …", "… : постановление Правительства …" (fixtures/parse-eval-docx7's
# Ukrainian coursework guidelines, both acts read with the kind, date and number on the title). A colon
# glued to the title ("Конституція: закон і практика") is a subtitle's and stays.
_PUBLICATION_KIND = lazyre.compile(
    r"\s?:\s*(?:учебн[\w-]*\s+пособие|учебник|монография|навчальн\w*\s+посібник|підручник|монографія)\b"
    r"|\s:\s+(?:наказ|закон|постанова|указ|розпорядження|приказ|федеральный\s+закон|постановление|распоряжение)\b",
    re.IGNORECASE,
)
# The authors named after the title with their honorifics, no slash before them ("An introduction to
# Business research methods Dr. Sue Greener, Dr. Joe Martell.- 2nd. ed.": heldback-13): the title
# ends before them.
_HONOURED_NAME = r"(?:Dr|Prof|Проф|Др)\.\s+(?:[^\W\d_]\.\s?)*[^\W\d_][\w'’\-]+(?:\s[^\W\d_][\w'’\-]+){0,2}"
_HONOURED_NAMES = lazyre.compile(rf"\s{_HONOURED_NAME}(?:,\s{_HONOURED_NAME})*\s*$")
# Names with initials, as ABNT, APA and ISO 690 write them: "AGUIAR, P. et al.", "BATTISTI, I.;
# SILVA SMOLSKI, F.", "Sullivan, G. M.; Feinn, R." — the author part before a plain title.
_INITIALLED = r"[^\W\d_][\w'’\-]+(?:\s[^\W\d_][\w'’\-]+){0,2},\s(?:[^\W\d_]{1,2}\.\s?){1,3}"
_INITIALLED_AUTHORS = lazyre.compile(
    # (Pleiades closes the list with a comma: "Fedorova, G.N., Information systems".)
    # GOST lists its authors with commas: "Мильчакова, Н.Н., Яркова, Е.Н. Title" (heldback-13).
    rf"^{_INITIALLED}(?:(?:;\s|,\s(?={_INITIALLED})|,?\s?(?<=[\s.,])(?:and|&|und|e|y|et|i|и|dan|ve|và)\s){_INITIALLED})*"
    # A colon may close the list before the title ("He, K., Zhang, X., Ren, S., Sun, J.: Deep Residual
    # Learning …", a Czech textbook's list converted from PDF: cs-iso690-neuronove-site-literatura.md,
    # three titles read with the last author before them).
    # The list may be all there is before the title's emphasis, "Karp, J. M. & Teo, G. *Title*." (Nature's
    # style, the lead read alone; _drop_authors): then it runs to the lead's end.
    rf"(?:\s?et\s+al\.\s?)?(?:,|(?<=\.):)?\s*(?=[^\W\d_]|\d|$)"
)
# ABNT names with full given names: "RODRIGUES, Leandro Bezerra; DA SILVA, Júlio César.",
# "PONTES, Rodrigo Garcia." — the surname in capitals, the list ending at a full given name's stop;
# names before a ";" may give initials ("TANENBAUM, A. S.; BOS, Herbert."). The given names may hold
# the particles of Portuguese and Spanish names in lower case ("BUENO, Rodrigo De Losso da Silveira.",
# "SILVA, Maria das Graças.": ABNT inverts only the last surname; fixtures/parse-eval-docx5
# pt-monografia-referencias-abnt-volatilidade-cripto.docx read the given names as the title).
_CAPS_SURNAME = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+)*"
_GIVEN_PARTICLE = r"(?:da|das|de|del|della|di|do|dos|du)\s"
_ABNT_AUTHORS = lazyre.compile(
    rf"^(?:{_CAPS_SURNAME},\s(?:[^;.]|(?<=\b[A-ZÀ-ÖØ-Þ])\.){{1,60}};\s)*{_CAPS_SURNAME},\s"
    rf"(?:[A-ZÀ-ÖØ-Þ]\.\s?|[A-ZÀ-ÖØ-Þ][\w'’\-]+\s|{_GIVEN_PARTICLE})*?[A-ZÀ-ÖØ-Þ][\w'’\-]+\.(?:\s?et\s+al\.)?\s+(?=[^\W\d_]|\d)"
)
# ABNT authors written whole in capitals, given names first, two or more joined by commas ("DAVI
# FERREIRA SANTIAGO, FELIPE MEIRELES LEONEL, JOÃO VITOR SAADE SIMÃO. Title.": a calibration list of
# p10-hb11gate2); one name alone ("NASA. Title") is left to the other rules.
_CAPS_WORDS = r"[A-ZÀ-ÖØ-Þ]{2,}(?:\s[A-ZÀ-ÖØ-Þ]{2,})*"
_CAPS_NAMES = lazyre.compile(rf"^(?:{_CAPS_WORDS},\s)+{_CAPS_WORDS}\.\s+(?=[^\W\d_])")
# ISO 690 (ČSN ISO 690, and ABNT's kin): the first author inverted, "SURNAME, Given", the others
# "Given SURNAME", joined by commas and the language's "and", the list closed by a full stop
# ("CARVALHO, Gonçalo, Sergii MYKOLYSHYN a Vasco PEREIRA. ", "CODD, Edgar F. ", "CATAK, F. Ozgur,
# Servet KARABAS a Serkan YILDIRIM. ", "JEŘÁBEK, Ondřej; BÍLEK, Martin. "). Given names are written
# in lower case after their capital.
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAPS_NAME = rf"(?:Mc|Mac|O'|D')?[{_UPPER}][{_UPPER}'’\-]+(?:\s[{_UPPER}][{_UPPER}'’\-]+)*"
_GIVEN = rf"(?:[{_UPPER}]\.(?:-[{_UPPER}]\.)?|[{_UPPER}][a-zß-ÿā-ž'’]+(?:-[{_UPPER}][a-zß-ÿā-ž'’]+)?)"
_SHORTENED_LIST = lazyre.compile(r"(?:et\s+al|a\s+kol)\.\s*$")
_INITIAL_CLOSES = lazyre.compile(rf"\s[{_UPPER}]\.\s*$")
_ISO690_AUTHORS = lazyre.compile(
    rf"^{_CAPS_NAME},\s(?:{_GIVEN}\s){{0,3}}{_GIVEN}"
    rf"(?:;\s{_CAPS_NAME},\s(?:{_GIVEN}\s){{0,3}}{_GIVEN})*"  # "BROWN, Peter C.; McDANIEL, Mark A."
    # Every name inverted, joined by commas and the language's "and" ("TREMBLAY, Pierre, BOUCHARD, Martin et
    # LECLERC, Chloé. La courbe de gravité des crimes. …", "TSE, Wang Hung et WARD, Michael J. Asynchronous
    # …": a French reference manager's ISO 690, s42-hunt16's criminology project, two titles of six read
    # as "Martin et LECLERC" and as the journal).
    rf"(?:(?:,\s|\s(?:a|and|und|et|y|e|i|и|&)\s)(?:(?:{_GIVEN}\s){{1,3}}{_CAPS_NAME}"
    rf"|{_CAPS_NAME},\s(?:{_GIVEN}\s){{0,3}}{_GIVEN}))*"
    # The list shortened after its first author, ", et al." or Czech "a kol." ("ACHOUR, Mehdi, et al. PHP
    # Documentation [online]. …", "HAUSER, Marianne, et al. HTML5 Guidelines …": a Czech graduation
    # project's ISO 690 list, p13-hunt3's cs-iso690-word-online-zdroje-cyklo.md, read with the authors).
    r"(?:,?\s(?:et\s+al|a\s+kol)\.)?"
    r"\.?(?<=\.)\s+(?=\S)(?![^\W\d_]\.|et\s+al\b)"
)
# French ISO 690 by hand writes each creator given name first and surname in capitals, the list closed by a
# full stop before the title ("David ROCHE. Architectures matérielles et systèmes d'exploitation.
# [https://…](https://…)", "Daniel GARMANN et Gymnasium ODENTHAL. [https://…](…)": p12-seedstyle's
# French NSI worksheet sources, all three entries, read with the name as title). Each name is one to
# three capitalised given names and a surname of four capitals or more with a vowel among them; two or
# more names are joined by commas or the language's "and". A capitalised acronym alone ("NASA. Title") has
# no given name, and a word before an acronym ("Guide HTML. Notes de cours.", "Protocoles TCP.") is no name:
# the acronym is short or has no vowel.
_GIVEN_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+"
_CAPS_SURNAME_VOWELLED = rf"(?=[{_UPPER}'’\-]*[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü])[{_UPPER}][{_UPPER}'’\-]{{3,}}"
_GIVEN_CAPS_NAME = rf"(?:{_GIVEN_WORD}\s){{1,3}}{_CAPS_SURNAME_VOWELLED}(?:\s{_CAPS_SURNAME_VOWELLED})?"
_GIVEN_CAPS_NAMES = lazyre.compile(
    rf"^{_GIVEN_CAPS_NAME}(?:(?:,\s|\s(?:et|and|und|y|e|i|&)\s){_GIVEN_CAPS_NAME})*\.\s+(?=\S)"
)
# Two people each written "Surname, Given", joined by "and" (MLA by hand: "Kovach, Bill and
# Rosenstiel, Tom. The Elements of Journalism, 4th Edition. Crown, 2021": heldback-17's works-cited
# list, one title; MLA itself writes the second given name first). The sentence is the authors'.
_INVERTED_PAIR = lazyre.compile(
    r"^[A-ZÀ-Ý][\w'’\-]+,\s[A-ZÀ-Ý][\w'’\-]+(?:\s[A-Z]\.)?\s(?:and|&)\s"
    r"[A-ZÀ-Ý][\w'’\-]+,\s[A-ZÀ-Ý][\w'’\-]+(?:\s[A-Z]\.)?\.\s+(?=[A-Z\"“*_])"
)
# "Chapter. In: Editor. **Book**": what introduces the work the cited part is in.
_CONTAINER_INTRO = lazyre.compile(r"(?:^|(?<=[.\s]))(?:in|em|dans|en|w)\s*:\s", re.IGNORECASE)
_IN_BEFORE_MARK = lazyre.compile(r"(?<=\.)\s+In\s*$")
_CREDIT = lazyre.compile(
    r"^(?:data\s+provided\s+by|courtesy\s+of|source:|data\s+from|image\s+by)\b", re.IGNORECASE
)
_LEADING_ORG = lazyre.compile(r"^(.{1,60}?\b(?:Inc|Ltd|Corp|Co|GmbH|LLC)\.)\s+(?=[A-Z])")
# Bracketed remarks in place of a field: "[No authors listed]. Title" (PubMed), "… 2011. [volume,
# pages unverified]" — no part of the title.
LEADING_REMARK = lazyre.compile(r"^\s*\[[^\[\]\d]{3,40}\s[^\[\]\d]{1,40}\]\.\s+(?=[^\W\d_])")
EDITORIAL_NOTE = lazyre.compile(r"(?:\s*\[[^\[\]]{0,60}\s[^\[\]]{0,60}\]\.?)+\s*$")
_CITATION_KEY = lazyre.compile(r"^\s*\[[^\]\s]{1,30}\]\.?\s*")
_BARE_YEAR = lazyre.compile(r"(?<![\w/])(?:\(\s*)?(?:19|20)\d{2}[a-z]?(?:\s*\))?(?![\w/])|\bn\.\s?d\.")
_PAGES = lazyre.compile(r"(?<![\w])(?:pp?|s|с)\.\s*\d+(?:\s*[-–]\s*\d+)?", re.IGNORECASE)
# (An initial's stop splits nothing: "U.S. Geological Survey", "W. H. Freeman", "J. H. Mizuno" were
# read as "Geological Survey", "Freeman", "Mizuno": en-apa-mla-solar-groundwater-biblio,
# hb14-en-rst-citations-ahrs-gravity, en-htmlp-marr-vision-essay-sources, pt-linklist-abnt-monitoramento;
# a capital before a page number, "C. 121–125", is no initial.)
_PUBLISHER_SPLIT = lazyre.compile(
    r"[,;]|(?<![\s.][A-Z])(?<!^[A-Z])\.(?:\s|$)|\.(?:\s(?![A-ZÀ-Ý])|$)|//|\s[–—-]\s|[()]"
)
# A page cited after the imprint is trailing matter too, with or without its stop: "p. 12", "pp 3-5",
# "с. 45", Russian "стр 124" / "стр. 124" (heldback-20's "Используемая литература": "Татимов М.Б.
# Социальная обусловленность демографических процессов. Алма-Ата, 1989. стр 124" read with no title).
_TRAILING_MATTER = lazyre.compile(
    r"(?:[,.;]\s*(?:(?:isbn|issn|doi|s2cid|pmid|arxiv)\b.*|(?:s|с)\.\s*\d[\d\s–-]*|(?:pp?|стр)\.?\s*\d[\d\s–-]*|\d+\s*(?:p|pp|с|s)\.|"
    r"vol\.\s*\d+.*|\d+\(\d+\).*|(?:19|20)\d{2}[a-z]?(?:[,;]\s*\d+.*)?|o\.\s?o\.|o\.\s?j\.)\s*)+$",
    re.IGNORECASE,
)
# A segment that names a place of publication before its publisher: "Yogyakarta: CV BUDI UTAMA".
# A place of publication: capitalised words and short connectors ("Rio de Janeiro", "Frankfurt am
# Main"), a US state, a colon ("Boston, MA :").
# A place in a script without case ("서울 :", "北京:") is a word of it; "London, U.K.:" names its country.
_CASELESS_WORD = r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]+"
_PLACE = (
    rf"(?:[A-ZÀ-Ý][\w'’-]+(?:\s(?:[A-ZÀ-Ý][\w'’-]+|[a-z]{{2,3}})){{0,3}}|{_CASELESS_WORD})"
    r"(?:,\s?(?:[A-Z]{2,3}|[A-Z]\.\s?[A-Z]\.)){0,2}\s?:"  # "New York, NY, USA:", "London, U.K.:"
)
# The publisher after "Place:" opens as a name does, not in lower case: "SANTANA, R. Git: entenda
# conceitos básicos sobre o sistema." is a title with its subtitle (a calibration ABNT list of
# p10-hb11gate2), not the place "Git" and a publisher.
_PLACE_PUBLISHER = lazyre.compile(
    rf"\.\s+{_PLACE}\s+(?P<publisher>(?![a-zà-ÿ]{{3,}}\s)[^,.:]{{2,80}}?)\.?\s*$"
)
# (A name's words are capitalised whatever the flag: "Referendum abrogativi 2025", a research
# assistant's source title, read as a short citation "Name Name 2025" and left without a title:
# fixtures/parse-eval p37hunt9's it-deepreport-…-referendum [1].)
_SHORT_CITE = lazyre.compile(
    r"^(?-i:[A-ZÀ-ÞА-ЯЁ])[\w'’\-]+(?:,?\s(?:et\s+al\.?|&|and|(?-i:de|van|von|der|den|da|di|du|del|la|le)|"
    r"(?-i:[A-ZÀ-ÞА-ЯЁ])[\w'’\-]+\.?)){0,4}\s*\(?(?:19|20)\d{2}[a-z]?\)?\.?"
    r"(?:\s*,\s*(?:pp?\.|s\.|ch(?:ap)?\.|section|§|exercise)[^;]*)?\s*(?:;.*)?$",
    re.IGNORECASE,
)
# Backlink wrappers ("[↑]", "^") and the dash some lists put between label and entry ("[1] - Title").
# (A dash glued to an author in capitals is a list bullet written without its space: "-HERNANDEZ, C.".)
_TAG_CHARS = 30  # a bracketed tag's length at most, as _CITATION_KEY's key
_WRAPPER = lazyre.compile(r"^(?:[\s\[\]↑^]|[-–—](?=\s|[A-ZÀ-Ý]{2}))+")


def _without_wrapper(head: str) -> str:
    """``head`` without the brackets, arrows and dashes wrapping it (``_WRAPPER``), but for a bracket
    closed inside the text, words after it: a tag of the title's own, spaced as Word's HTML spaces its
    runs ("[ 운영체제 ] MLQ & MFQ", heldback-29's Korean endnotes; "[ Guide ] Widgets"), no wrapper.
    A wrapper's bracket closes at the end ("[[↑] [Syslinux team. Title …]]")."""
    wrapper = _WRAPPER.match(head)
    if wrapper is None or not wrapper.group():
        return head
    rest = head[wrapper.end() :]
    closed = rest.find("]")
    if (
        wrapper.group().rstrip().endswith("[")
        and 0 < closed <= _TAG_CHARS
        and "[" not in rest[:closed]
        and rest[closed + 1 :].strip(" ]")
    ):
        return head[wrapper.group().rfind("[") :]
    return rest


_SU = lazyre.compile(
    r"^\s*,?\s*(?:su|on|in|auf|sur|em|en|w)\s+(?P<site>[^,()\s][^,()]{0,79}?)(?=\.?\s*(?:,|$)|\.\s)",
    re.IGNORECASE,
)
_CAPITALISED = lazyre.compile(r"^[^\W\d_][\w&.'’®-]*$")
# A word of a person's name: "Simon", "O’Reilly", "Jean-Luc", or an initial "J.".
_PERSON_WORD = lazyre.compile(r"^(?:[^\W\d_]\.|[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž'’\-]+(?:-[A-Z][a-z]+)?)$")
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "by",
        "at",
        "from",
        "is",
        "are",
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "del",
        "della",
        "e",
        "et",
        "y",
        "und",
        "der",
        "die",
        "das",
        "den",
        "für",
        "von",
        "zu",
        "im",
        "am",
        "ve",
        "ile",
        "için",
        "bir",
    ]
)


# A container's preposition and its capitalised name after a straight closing quote ('"What is the
# origin of the $ Sign" en FAQ Library', the saved Spanish "$" page of fixtures/parse-eval-wiki): the
# quote closes the title, the lower-case word after it notwithstanding.
_CONTAINER_AFTER_QUOTE = lazyre.compile(r" (?:in|w|en|em|dans) (?=[A-ZÀ-ÖØ-Þ])")


def _closing_quote(head: str, opener_at: int) -> int | None:
    opener = head[opener_at]
    closers = _CLOSERS[opener]
    length = len(head)
    if opener in _SYMMETRIC:
        # The first quote that is not glued to a following word and is not followed by a
        # lower-case word: the inner quotes of 'discuss "Trump Route" at' are skipped.
        first_field = _ORG_FIELD_BEFORE.fullmatch(head, 0, opener_at) is not None
        inner = False  # an inner quote opened before a word ('… Declares a "Public Health …')
        for k in range(opener_at + 1, length):
            if head[k] != opener or (k + 1 < length and head[k + 1].isalnum()):
                inner = inner or (head[k] == opener and head[k - 1] == " ")
                continue
            if opener == "'" and head[k - 1].isalnum() and k + 1 < length and head[k + 1].isalnum():
                continue
            if inner and k + 1 < length and head[k + 1] == opener:
                # Family: a title that ends on a quotation of its own, the template quoting it whole
                # without turning the inner quotes single ('"Swine Flu: … When the World Health
                # Organization Declares a "Public Health Emergency of International Concern"". Inside
                # Justice.', a MediaWiki cite template's title so written: heldback-38's 2014 Ebola
                # article, one note, read without its last quote): the doubled quote closes both,
                # the inner one the title's own.
                return k + 1
            if first_field and len(head[opener_at + 1 : k].split()) >= 2:
                return k  # 'Org, "Title" and …': see quoted_title
            after = k + 1
            if head[after : after + 2] in (", ", ". "):
                return k  # '"Title", by Author': a field separator glued to the quote closes it
            if head[k - 1] in ",." and head[after : after + 1] == " ":
                return k  # IEEE's '"Title," in Proc. …', '"Title," arXiv preprint': the comma inside
            if _CONTAINER_AFTER_QUOTE.match(head, after):
                return k  # '"Title" en FAQ Library …': the container (see quoted_title)
            if head.startswith((" . ", " , "), after):
                # A rendered Wikipedia page copied as text keeps a space before each field's stop
                # ('"Sobre – Matemática e Estatística – Universidade de Canterbury" . math.canterbury
                # .ac.nz . Arquivado …': the parse eval's Portuguese copy, 6 quoted titles so, the one
                # before a site's lower-case host lost): the separator closes the title.
                return k
            while after < length and head[after] in " \t,.;:":
                after += 1
            if after >= length or not head[after].islower():
                return k
        return None
    depth = 1
    last_close = None
    for k in range(opener_at + 1, length):
        char = head[k]
        if char == opener and opener not in closers:
            depth += 1
        elif char in closers:
            if char == "’" and 0 < k < length - 1 and head[k - 1].isalnum() and head[k + 1].isalnum():
                continue  # an apostrophe: "Russia’s", "voyne’protiv"
            last_close = k
            depth -= 1
            if depth == 0:
                return k
    return last_close


# An article right before a quoted phrase: the phrase is a noun of the title's sentence ("the
# "evidence cart""); after "in" or "quoted in" it is a container's or a source's title.
# So is one right after a preposition ('On the foolishness of "natural language programming"',
# Dijkstra's EWD 667 as heldback-10's research exports cite it twice; "Notes on "Structured
# Programming""): the title's sentence runs through it.
_LOWER_WORD_BEFORE = lazyre.compile(
    r"(?:^|\s)(?:the|a|an|le|la|les|el|los|las|der|die|das|il|lo|os|as|of|on|about|against|über|sobre|sur)\s*$"
)


# The imprint of a GOST / ДСТУ entry, "— М.: «Мир», 1980", "— СПб: «Питер», 2007", "Київ : «Наукова
# думка», 2013": the place, a colon, the publisher in guillemets (or quotes), a comma and the year.
# The quoted name is the publisher, not the title. Data: fixtures/parse-eval-docx3's Russian referat
# (four of its five book titles read as "Питер", "Новое знание", "Вильямс", left open by branches
# s34-docx and s41-docx). Guard: the place is one or two words or abbreviations closed by the colon,
# opening the imprint after a dash, a full stop or the line's start,
# and the year follows the closing mark after a comma.
_IMPRINT_PLACE_BEFORE = lazyre.compile(
    r"(?:^|[—–.]\s|\s[—–-]\s)\s*[^\W\d_][\w.\-]{0,20}(?:\s[^\W\d_][\w.\-]{0,20})?\s?:\s*$"
)
_IMPRINT_YEAR_AFTER = lazyre.compile(r"\s*,\s*(?:1[5-9]|20)\d{2}\b")


def _imprint_publisher(head: str, index: int, close: int) -> bool:
    """Whether the quoted phrase from ``index`` to ``close`` is the publisher of a GOST imprint
    ("— М.: «Мир», 1980"; see _IMPRINT_PLACE_BEFORE)."""
    return (
        _IMPRINT_PLACE_BEFORE.search(head, 0, index) is not None
        and _IMPRINT_YEAR_AFTER.match(head, close + 1) is not None
    )


# A name in guillemets or quotes inside a long title's sentence, run on from a word in lower case or a
# number: "Методичні рекомендації до виконання курсової роботи … зі спеціальності 122 «Комп’ютерні
# науки» за освітньою програмою «Прикладне програмування» / Укл.: …", "Стандарт вищої освіти України …
# за галуззю знань 12 «Інформаційні технології» …" (ДСТУ 8302 entries of fixtures/parse-eval-docx7's
# Ukrainian coursework guidelines, three titles read as the name of a speciality or a programme). The
# quoted name is a word of the title, not the title: read only where at least four words of the
# sentence stand before it, no sentence stop among them, the word right before it is in lower case or a
# number (a quoted title after its author or site, "Иванов И. «Title»", "Site, «Title»", stays), and
# the title area closes right after it: GOST's statement of responsibility " / ", the "URL:" label or the
# end of what stands before the address
# ('Voir le texte intitulé « Les revues … », lancé par …', a French page's note, stays its title).
_NAME_IN_TITLE_SENTENCE = lazyre.compile(
    r"(?:^|[.!?]\s)(?:[^\s.!?]+\s+){3,}(?:[a-zа-яёіїєґ][^\W\d_]*|\d+)\s*$"
)

_TITLE_AREA_CLOSED = lazyre.compile(r"\s*(?:/\s|URL\b|[.:]?\s*$)")

# Guillemet quotes inside a longer title, as Ukrainian and Russian page titles quote names (p42hunt15's
# Ukrainian "Джерела", a research-assistant export "Title - Site, доступ отримано …", branch
# s42-hunt15b, three titles read as an inner quote; the same sentences-quoting-names shape as the
# ДСТУ titles of _NAME_IN_TITLE_SENTENCE above, which needs four words before the name and the title
# area closed right after it):
# - a «…» run into the title's lower-case words ('«Критичне десятиліття» в китайсько-американських
#   відносинах: «Нова Римська імперія» і «Нова велика боротьба»!') makes the later quotes of the same
#   sentence, up to a stop or a spaced dash (_SEGMENT_STOP), parts of that title: none is the title;
# - in a research-assistant export, whose head before " - Site" is the page's whole title (site_split),
#   a «…» right after a word of it ("Китайська стратегічна програма «Зроблено в Китаї – 2025» -
#   sinologist") is a name in it (_WORD_BEFORE_GUILLEMETS), however few words stand before it;
# - a quote, an aside in brackets, a colon (_QUOTE_THEN_COLON: '«китайська модель (реформ)»
#   («пекінський консенсус»): причини …') opens such a title as a quote and a colon do.
# A title quoted whole ("«Нова велика боротьба» - Strategic Group Sofia") is read as before.
_WORD_BEFORE_GUILLEMETS = lazyre.compile(r"[^\W\d_]{2,}\s«$")
_SEGMENT_STOP = lazyre.compile(r"[.;](?:\s|$)|\s[-–—]\s")


def quoted_title(head: str, *, strict: bool) -> tuple[str, int, int] | None:
    """The first quoted phrase that starts a segment of ``head`` (strict) or any word (relaxed).

    A quoted phrase followed by a lower-case word is part of a longer title ("“Media time” is
    considered …") unless the word is "in" opening its container, and a quoted path
    ("/dev/ioports") is no title.
    """
    head = head[:_TITLE_REACH]
    run_into = -1  # where the last quoted phrase run into the title's words closed (_SEGMENT_STOP)
    for opener in _OPENER.finditer(head):
        index = opener.start()
        before = index - 1
        while before >= 0 and head[before] in " \t":
            before -= 1
        glued = before == index - 1 and before >= 0
        cjk = opener.group() in _CJK_OPENERS
        if before >= 0 and head[before].isalnum() and (strict or glued) and not cjk:
            continue
        if run_into >= 0 and not _SEGMENT_STOP.search(head, run_into, index):
            continue  # 'a «…» in …: «…» і «…»!': one title's sentence quoting names (_SEGMENT_STOP)
        if opener.group() == "”" and _english_quotation_open(head, index):
            # 'said “Beer! Is it free?”, I said “Yes”': the closing mark of an English quotation opened
            # before it opens none (Swedish and Finnish open with "”", where no "“" stands before it;
            # German closes „…“, which leaves none open). Read as an opener it took ', I said “Yes' for
            # the title of heldback-p13seed2's prose endnote (spent on branch s40-hb2), found once its
            # endnotes were.
            continue
        if glued and head[before] == "=":
            # 'type="range"': an attribute's or a setting's value, glued to its "=" (a Czech README's
            # note whose title is the code span "```<input type="range">```", read as "range": branch
            # s40-hunt12's cs-readme-robot-esp32-zdroje-iso690-online-cit-footnotes.md, note 10).
            continue
        if cjk and any(c in head[:index] for c in '“„«"'):
            # The Korean and Chinese Wikipedias' citation templates: '“Title”. 《Site》': after a
            # quoted title the title marks hold its container (the parse eval's calibration Korean
            # list, 2 of its 12 entries, a label and backlinks "↑ 가 나" before the quoted title).
            continue
        if (
            before >= 0
            and head[before].isalpha()
            and head[before].islower()
            and _LOWER_WORD_BEFORE.search(head, 0, before + 1)
        ):
            continue  # 'rounds: the "evidence cart"': a phrase the title's sentence quotes
        close = _closing_quote(head, index)
        if close is None and opener.group() == "“":
            # “Title.“ — closed with the opening mark (two documents of IEEE and APA entries).
            again = re.compile(r"(?<=\S)“(?=[\s,.;:]|$)").search(head, index + 2)
            close = again.start() if again is not None else None
        if close is None or close == index + 1:
            continue
        inner = head[index + 1 : close]
        after = head[close + 1 : close + 3]
        # "„Title“ in Studies in …": IEEE's container, written without the comma (Citavi, German);
        # its Spanish, Portuguese and French words before a capitalised name ('"What is the origin
        # of the $ Sign" en FAQ Library …', the saved Spanish "$" page of fixtures/parse-eval-wiki;
        # "« Titre » dans Revue …"), where "«Gatos» en la cultura popular" stays one title. In the
        # parse eval's calibration a closing quotation mark is followed by " en " twice, both before
        # a lower-case word in running prose, never by " em " or " dans ".
        container = head.startswith((" in ", " w "), close + 1) or bool(
            _CONTAINER_AFTER_QUOTE.match(head, close + 1)
        )
        embedded = after[:1] == " " and after[1:2].islower() and inner[-1:] not in ",.;:!?" and not container
        # "'nvgpu' Dialect - MLIR": one quoted word run straight into capitalised words is a name
        # inside a page title; a quoted title is set off by punctuation or a container word.
        embedded = embedded or (
            after[:1] == " " and after[1:2].isupper() and " " not in inner.strip() and inner[-1:].isalnum()
        )
        if embedded and _ORG_FIELD_BEFORE.fullmatch(head, 0, index) and len(inner.split()) >= 2:
            # 'Chartered Institute of Editing and Proofreading, "Suggested minimum rates" and
            # competency/professional framing.', 'University of Missouri Library, "Prices and
            # Wages by Decade" guides: …' (heldback-16's agent source lists): a quoted phrase right
            # after the entry's first field, a name closed by its comma, is the title, whatever
            # words describe it after.
            embedded = False
        # "「Xcode」でも「GitHub Copilot」の無料プランで…": a phrase in corner brackets run straight into
        # a hiragana particle ("でも", "の", "を") is a word of the title's sentence, not the title
        # (s34-hunt4's Japanese reading log: two linked page titles read as "Xcode" and "GitHub Copilot
        # Coding Agent"). So is a phrase in 「」 run into any word ("「GitHub Copilot Coding Agent」パブリック
        # プレビュー"): Japanese lists set an article's title in 「」 before a mark or a comma
        # ("「論文名」『雑誌名』"). A publisher written in kanji after a book's "『書名』" stays its container.
        embedded = embedded or (
            cjk
            and (
                "\u3041" <= after[:1] <= "\u309f"
                or (opener.group() == "「" and after[:1] >= "\u30a1" and after[:1].isalpha())
            )
        )
        if (
            embedded
            and not head[:index].strip(" *_")
            and len(inner.split()) >= _KIND_AFTER_QUOTE_WORDS
            and _KIND_AFTER_QUOTE.match(head, close + 1)
        ):
            # '„Validating JSON, XML and CSV data with SHACL-like constraint” slides of presentation
            # held at DINI-KIM 2022, https://bit.ly/…' (see _KIND_AFTER_QUOTE).
            embedded = False
        if embedded and opener.group() == "«":
            run_into = close + 1
        if inner.startswith("/") or embedded or _imprint_publisher(head, index, close):
            continue
        return inner, index, close + 1
    return None


# A quotation opening the entry, then a lower-case noun naming what kind of work it is, "slides of
# presentation held at …", "talk at …", "video of …" (heldback-30's Google Docs research-topics page
# exported as HTML, spent on branch s40-hb: note 9 read whole, quotes and description): the quotation
# is the title and the rest describes it. A title that opens with a quoted phrase runs on in words of
# its sentence ('"Fake news" detection on social media', '“Media time” is considered …'), not in a
# kind of work; and such a quoted phrase is short, where a quoted title runs to three words at least.
_KIND_AFTER_QUOTE = lazyre.compile(
    r"\s(?:slides|slide\s+deck|presentation|talk|lecture|keynote|webinar|video|recording|poster|podcast|"
    r"interview|transcript|handout|folien|vortrag|diapositives|présentation|conférence|diapositivas|"
    r"ponencia|charla|presentazione|prezentacja|wykład)\b"
)
_KIND_AFTER_QUOTE_WORDS = 3


# A colon and two words at least after a quotation that opens a head (``title_and_publisher``), an aside
# in brackets allowed before the colon (see _WORD_BEFORE_GUILLEMETS).
_QUOTE_THEN_COLON = lazyre.compile(r"(?:\s\([^()\n]{1,80}\))?:\s+\S+\s+\S")
# The entry's first field, a name of capitalised words closed by a comma ("University of Missouri
# Library, "), before a quoted title.
_ORG_FIELD_BEFORE = lazyre.compile(
    r"\s*[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|the|de|du|des|für))*,\s*"
)


_TYPST_LINK = lazyre.compile(r"[\s:\\]*#link\(\s*[\"']?$")


# A web address written without its scheme, a host in lower case: a generic top-level domain, or a
# country's two letters after two names at least ("commonslibrary.parliament.uk", "www.bbc.co.uk":
# "main.rs", "setup.py" and "README.md" are file names, one dot in them).
_BARE_HOST = (
    r"[a-z0-9][\w\-]*(?:(?:\.[\w\-]+)*\.(?:com|org|net|io|dev|edu|gov|ai|app|info|int|mil|eu)"
    r"|(?:\.[\w\-]+)+\.[a-z]{2})"
)
# Such an address as the last sentence of a title, a path after it or none: "The Java Olden
# benchmarks. www-ali.cs.umass.edu/cahoon/olden" (heldback-19's IEEE list copied from a PDF) and
# "Gigabit broadband in the UK: …. commonslibrary.parliament.uk" (heldback-20's Harvard list): where
# the page is, not words of its title. A title that names a site inside a sentence ("Deploying
# to fly.io", "Notes on example.org") has no full stop before it and keeps it.
_ADDRESS_AFTER_TITLE = lazyre.compile(
    rf"(?:(?<=[^\W\d_]{{2}})|(?<=[)?!]))\.\s+{_BARE_HOST}(?:/\S*)?(?<![.,])[.,]?$"
)


# A container's "In" glued to the title's full stop, the space lost as a PDF's text loses it ("Removing
# unnecessary synchronization in Java.In Proceedings of the 14th Annual Conference …", heldback-19's
# IEEE list copied from a PDF): the title ends at the stop. Only before what opens a container
# ("In:", "In Proceedings", "In Proc.", "In Advances in", a conference, symposium, workshop or
# congress named within the next words): a name may hold ".In" ("The Plug.In Framework") and a
# host's ".in" is written small ("amazon.in").
_GLUED_IN = lazyre.compile(
    r"(?<=[a-z]{2})\.In(?::\s+|\s+(?=Proc(?:eedings|\.)\s|Advances\sin\s|"
    r"(?:[\w.&'’-]+\s){0,8}(?:Conference|Symposium|Workshop|Congress)\b)).*$"
)


# A statute's code citation after its name and a comma, as US writing cites an act ("Federal Trade
# Commission Act, 15 U.S.C. § 45", heldback-17's compliance audit; "…, 16 C.F.R. pt. 312", "…, 42
# U.S.C. §§ 1320d–1320d-9"): where the act sits in the code, not words of its name. A title that
# is about the section ("Litigating under 42 U.S.C. § 1983") has no comma before it and keeps it.
_CODE_CITATION_AFTER = lazyre.compile(r",\s+\d{1,3}\s+(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R)\.(?:\s+\S+){1,3}$")


_PAGES_AFTER = lazyre.compile(r"\s+\((?:pp?|ss?|S)\.\s*\d+(?:\s*[-–]\s*\d+)?\)$")
# A locator's abbreviation left closing a title where the title's sentence was cut at its full stop
# ("Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial), arts. 2, 4, 50: <URL>" read
# as "…), arts": fixtures/parse-eval p37hunt9's Spanish case study; "…, pp. 3-5", "…, § 4"): where
# in the work, no word of its name. Only the abbreviations in lower case after a comma (a title
# ending "…, Arts" or "…, Art" names the arts).
_LOCATOR_STUB = lazyre.compile(r",\s*(?:arts?|pp?|ss?|secs?|paras?|chap|ch|cap|§{1,2})\.?$")
# A full date in brackets closing a title, the day, the month's name and the year, maybe after
# "published", "adopted", "updated" ("EDPB Guidelines 01/2025 on Pseudonymisation (16 January
# 2025)", "Regulation (EU) 2026/1881 (published OJ 28 July 2026)": heldback-18's source list of
# EU law): when the document was issued, no word of its title. A year alone or a month and year
# in brackets ("(2019)", "(March 2024)": an edition, a data series) is left to the other rules.
# A site's name and an ISO date in brackets closing a title, ASCII or full-width ("Securing CI/CD in an
# agentic world: Claude Code GitHub action case（Microsoft Security Blog, 2026-06-05）— https://…": s34-hunt6's
# Japanese guide ja-sanko-link-title-dash-bare-url-checked-date-actions.md, whose other entries gloss
# their titles in the same brackets without a date): where and when the page was published, no word of
# its title. Only a name of one to six words and a full ISO date: "Release notes (2026)", "Title (Vol. 2,
# 2019)" and a bracket without a comma stay.
_SITE_ISO_DATE_AFTER = lazyre.compile(
    r"\s*[(（][^\W\d_][^(),（）]{0,60}[,，]\s*(?:19|20)\d{2}-\d{2}-\d{2}[)）]$"
)
_ISSUED_AFTER = lazyre.compile(
    r"\s+\((?:(?:published|adopted|updated|issued|dated)(?:\s+[A-Z]{1,5})?\s+)?"
    r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\s+(?:19|20)\d{2}\)$",
    re.IGNORECASE,
)


# A citation signal alone (Bluebook's and the humanities' "See", "See also", "Cf.", German "Vgl.",
# "Siehe", French "Voir", Spanish "Véase", Italian "Vedi" and "Cfr." (confronta), Portuguese "Ver"):
# the note's lead-in to a source, never its title (bare-URL footnotes of a dissertation chapter:
# "[^3]: See https://…"; heldback-16's Italian digitisation plan: ".. [20] Cfr.  https://…", three).
SIGNAL_WORDS = (
    r"(?:see(?:\s+also|\s+e\.g\.,?)?|cfr?\.?|compare|vgl\.?|siehe(?:\s+auch)?|voir(?:\s+aussi)?|véase|"
    r"vease|vedi|ver|veja|zob\.?|см\.?)"
)
_SIGNAL = lazyre.compile(r"(?i)" + SIGNAL_WORDS)


_FIELDS_REMARK = lazyre.compile(r"\s*\((?:[^(),]*,){3,}[^(),]*\)$")


_VERSION_AFTER = lazyre.compile(r"[\s,(]+ver\.\s?\d+(?:\.\d+){1,3}\)?$", re.IGNORECASE)


# A version statement that is a whole field: "Version 3.0", "Ver. 2", "v1.2.0".
_VERSION_FIELD = lazyre.compile(r"(?:version|ver\.|v)\s?\d+(?:\.\d+){0,3}", re.IGNORECASE)
# A series statement, the field before the imprint in Chicago's book and report notes: "*Machine
# Learning*, McGraw-Hill Series in Computer Science, McGraw-Hill, New York, 1997", "*Humanitarianism
# in the Age of Cyber-Warfare*. OCHA Policy and Studies series, 2014" (heldback-32's ICRC handbook,
# two of its twelve notes read with the series as the publisher). A field of two words at least
# holding the word "series" names no publisher where a press follows it: that press does. Alone
# it stands for the publisher as before ("RIETI Discussion Paper Series", "OWASP Cheat Sheet Series",
# a journal's "Series B": the eval's truth names them so).
_SERIES_FIELD = lazyre.compile(
    r"(?=\S+\s+\S).*(?<!\S)(?:series|reihe|série|serie|серия|серія)(?!\S).*", re.IGNORECASE
)


_ISSUE_AFTER = lazyre.compile(r",\s+[^\W\d_][\w'’\-]{0,11}\s+\d{1,2}/(?:19|20)\d{2}$")
_GLUED_FIELD = lazyre.compile(r"(?<=[a-z]);(?=[A-Z][a-z]).*$")


# A date closing the title as a field of its own after a comma, the list's next field read with it:
# "FOMC press release, 16-Sep-26", "Copom cut to 13.75%, Sep-26" (heldback-17's research note on
# emerging-market rates, eight entries "Publisher, Title, date, URL"), "HumaneRegistry, 01.12.2008",
# "Pattern: Microservice Architecture, 2017" (its German seminar's "Author: Title, date, URL:",
# seven) and "A Fast Voxel Traversal Algorithm for Ray Tracing, 1987 [Text]" (its DSTU coursework, the
# medium after the year). A day, a month and a two- or four-digit year, a month abbreviated and a
# year, or a year alone; a year inside the title ("… in 2026 as …") has no comma before it and
# stays, and a month written out with its year is an edition ("World Economic Outlook Database,
# October 2024", a calibration title), so "…, February 2024" is left alone too.
_CLOSING_DATE_FIELD = lazyre.compile(
    r",\s+(?:\d{1,2}[-./](?:\d{1,2}|[A-Z][a-z]{2})[-./](?:\d{4}|\d{2})|[A-Z][a-z]{2}-\d{2}"
    r"|(?:19|20)\d{2})(?:\s\[[^\[\]]{1,30}\])?$"
)


# A month and day right before a closing ", 2013": the year ends a US date, "December 31, 2013". The
# date is a field of its own after a comma ("Title, May 5, 2013"), else the title's words ("Internet
# Access Services: Status as of December 31, 2013", an italic title in the FCC's 2015 order,
# fixtures/parse-eval-docx, read "… as of December 31").
_MONTH_DAY_BEFORE = lazyre.compile(
    r"(?P<sep>,\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}$"
)


def _unbalanced_tail(title: str) -> str:
    """A title without a bracket left open at its end and its words ("National Transit Summaries
    and Trends (multiple years: 2009", the rest cut at a comma inside the brackets: heldback-16's
    transit sources) and without a closing bracket nothing opened ("… Visualization [+ Guide]]",
    a link text's own brackets read with the link's: heldback-16's course bibliography), nor a
    closing parenthesis nothing opened: a note set in parentheses whole, "(Spano MA, Kruskall LJ,
    Thomas DT. (2018). Nutrition for Sport, Exercise, and Health)." (a fitness blog's footnotes,
    fixtures/parse-eval-pages nerdfitness-workout-routine.html note 3), whose title took the
    note's closing bracket; a title closing on its own bracketed part ("Ciliary Hovering in Larval
    Lancelets (=Amphioxus)") opened it and keeps it, and so does an enumerator's half bracket
    closing it ("règlement sur l'IA, annexe III, point 8, a)": a French law's point, the parse
    eval's heldback-25). A bracket left open on words that end in an ellipsis was cut by whoever shortened
    the page's title, not at a comma of ours: "20 Verbs to Describe Code in English (With Examples & Snippets
    ...", as search results and research assistants' works-cited lists print a long title (heldback-41's
    Japanese export, spent on branch s41-hb2): it stays, ellipsis and all."""
    opened = title.rfind("(")
    if (
        opened > 0
        and ")" not in title[opened:]
        and title.count("(") > title.count(")")
        and not title.rstrip().endswith(("...", "…"))
    ):
        title = title[:opened].rstrip(" ,;:–—-")
    if title.endswith("]") and title.count("]") > title.count("["):
        title = title[:-1].rstrip()
    return without_unopened_parenthesis(title)


def without_unopened_parenthesis(title: str) -> str:
    """``title`` without a closing parenthesis nothing in it opened (see ``_unbalanced_tail``)."""
    if title.endswith(")") and title.count(")") > title.count("(") and not _ENUMERATOR_CLOSE.search(title):
        return title[:-1].rstrip()
    return title


# An enumerator closed by a half bracket at a title's end: "a)", "2)", "iv)".
_ENUMERATOR_CLOSE = lazyre.compile(r"(?<![^\s,;:])(?:[A-Za-z]|\d{1,3}|[ivxlcdm]{1,6})\)$")


_OPEN_BRACKETS_AFTER = lazyre.compile(r"(?:[\s,;.]*[(\[]|(?:[\s,;.]|(?<=[?!]))[\s,;.]*/)+[\s.]*$")
_BRACKET_RUN = frozenset(",;.([/")


def _bracket_run(char: str) -> bool:
    return char in _BRACKET_RUN or char.isspace()


# Emoji and pictographs (Unicode "So" from the arrows block on; "№", "©", "®", "°" are below it) with
# their variation selectors, joiners and skin tones: an item's status mark ("- ⚪️ Title [Электронный
# ресурс]", heldback-29's GOST list, twelve entries), never a title's first word.
_PICTOGRAPH_TAILS = frozenset("\ufe0e\ufe0f\u200d\u20e3") | {chr(c) for c in range(0x1F3FB, 0x1F400)}


def _without_leading_pictographs(title: str) -> str:
    index = 0
    while index < len(title) and (
        (ord(title[index]) >= 0x2190 and unicodedata.category(title[index]) == "So")
        or (index and title[index] in _PICTOGRAPH_TAILS)
    ):
        index += 1
    if (
        index == 0
        or index == len(title)
        or not (title[index].isspace() or title[index].isalnum() or title[index] in "\"'“«„‘[(")
    ):
        return title
    return title[index:].strip()


# An arrow set after a linked title to say the link leaves the page: "Title ↪" (U+21AA; the
# Substance/Lens reader's 2015 reports, ovdinfo/reports: every linked title of the reference list
# ends on " &#8618;", fixtures/parse-eval-pages ovdinfo-20-2-report-2015.html, 7/7 titles read with
# it), "Title ↗", "Title ⇗", "Title ➚". A glyph, not a word: dropped with the space before it. Guard:
# only an arrow (the Unicode arrow blocks) at the title's very end after a space, the title holding
# words before it; "A → B" keeps its arrow, and so does a title that is an arrow alone.
_TRAILING_ARROW = lazyre.compile(
    r"(?<=\w[\w.?!)\]»”\"'’])\s+[\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f\u2b00-\u2b2f\u279c-\u27bf][\ufe0e\ufe0f]?$"
)


def _without_trailing_arrow(title: str) -> str:
    return _TRAILING_ARROW.sub("", title)


# GOST R 7.0.100-2018 writes the content form and means of access as an area of its own after the title
# area, "– Текст : электронный" ("непосредственный"; Ukrainian "електронний"), then the host after "//":
# "clock_gettime(3) : Linux manual page. – Текст : электронный // Linux man-pages. – URL: …"
# (p12-seedstyle's Russian fisheye spec, ru-gost-fisheye-istochniki.md, entries 1-3). Read up to "//",
# the title kept the area; it is never a title's words. Only at the title's end, after a spaced dash.
_GOST_CONTENT_AREA = lazyre.compile(
    r"\.?\s[–—-]\s*Текст\s*:\s*(?:электронный|непосредственный|електронний|безпосередній)\.?$"
)


def _without_gost_content_area(title: str) -> str:
    found = _GOST_CONTENT_AREA.search(title)
    if found is None or found.start() == 0:
        return title
    return title[: found.start()].strip(" ,;:–—-")


# An e-print's identifier after a comma closes the title field, no word of the title
# ("MathTutorBench (EMNLP 2025 Oral), arXiv:2502.18940": an annotated bibliography's bold citation,
# en-annotated-bibliography-ai-tutoring-thermo.md entry 11). A title that is the identifier stays.
_EPRINT_AFTER = lazyre.compile(r",\s*arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?\.?$", re.IGNORECASE)


# Chicago's publication facts in brackets after a title, "(Place: Publisher, Month Year)", and its
# translator or editor after a comma, "…, trans. A. D. Godley": fields after the title, not words of
# it (en-report-endnotes-cset-ai-decision-support.md notes 1 and 2: "Histories, trans. A. D. Godley",
# "DOD Dictionary of Military and Associated Terms (Washington, D.C.: DOD, November 2021)"). The
# brackets must hold a place and a colon before the year; "Study (Part 2, 2020)" and "(2020)" stay.
_CHICAGO_FACTS_AFTER = lazyre.compile(
    r"\s*\((?:[A-Z][\w.'’-]*(?:,?\s[A-Z][\w.'’-]*){0,3}):\s[^():]{2,80}\b(?:19|20)\d{2}\)\s*$"
)
_TRANSLATOR_AFTER = lazyre.compile(r",\s(?:trans|ed|eds)\.\s(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+.*$")


_HEADING_HASHES = lazyre.compile(r"^#+(?:\s+|$)|(?:^|\s+)#+$")
# Taylor & Francis's "Cite this article" writes the same after commas, volume and issue parted by a colon:
# "Is there a pattern in how COVID-19 has affected Australia’s stock returns?, Applied Economics Letters,
# 29:3, 179-182" (a Polish paper's sources, branch s40-hunt12's pl-praca-regresja-kwantylowa-zrodla-tab-bare-
# urls-dostep.md entry 9): only with the page range after it.
_JOURNAL_VOLUME_TAIL = lazyre.compile(
    r"[:,]\s+[A-ZÀ-Ý][^:,()]{2,80}?\s+\d{1,4}\s?\(\w{1,8}\)\s?:\s?\d+(?:\s?[-–]\s?\d+)?$"
    r"|,\s+[A-ZÀ-Ý][^:,()]{2,80}?,\s+\d{1,4}:\d{1,4},\s+(?:pp?\.\s?)?\d+\s?[-–]\s?\d+$"
)


def without_journal_volume_tail(title: str) -> str:
    """``title`` without a journal, volume, issue and pages run on after it (_JOURNAL_VOLUME_TAIL),
    where three words at least stay."""
    tail = _JOURNAL_VOLUME_TAIL.search(title)
    if tail is not None and len(title[: tail.start()].split()) >= 3:
        return title[: tail.start()].rstrip()
    return title


# MLA 9's "other contributors" element after a title: ", edited by …", ", translated by …".
_CONTRIBUTORS_AFTER = lazyre.compile(
    r",\s+(?:edited|translated|directed|performed|narrated|illustrated|compiled|introduced|adapted)"
    r"\s+by\s+[A-Z]"
)


# A title opened with "‘" or "“" and closed by the same mark typed again, then the publisher's bracket
# or the address's "<": "‘Magic Notes‘ (Beam) <https://magicnotes.ai/> accessed 28 August 2025" (an
# OSCOLA endnote of p35hunt7's Ada Lovelace report 'Scribe and prejudice?', read whole up to the "<").
# Guard: the mark stands exactly twice, its proper closing mark nowhere, and after the second only a
# bracket, "<", a comma or the end.
_SAME_MARK_AFTER = lazyre.compile(r"\s*(?:[(<,]|$)")


def _same_mark_closed(title: str) -> str:
    mark = title[:1]
    if mark not in ("‘", "“") or title.count(mark) != 2 or _CLOSERS[mark][0] in title:
        return title
    second = title.index(mark, 1)
    if second < 3 or _SAME_MARK_AFTER.match(title, second + 1) is None:
        return title
    return title[1:second].strip()


# A book's series after its title, as Chicago's notes write it ("Benchmarking with DEA, SFA, and R,
# International Series in Operations Research & Management Science (New York, NY: Springer …)": a
# Spanish thesis's Chicago list, fixtures/parse-eval-docx5 es-tesina-referencias-chicago-covid-dea.docx,
# the series read into the title). Springer's and its peers' series are named "… Series in/on/of …"
# or "Lecture Notes in …"; closing the title after a comma, capitalised, the series is no part of it.
_BOOK_SERIES_AFTER = lazyre.compile(
    r",\s+(?:[A-Z][\w&'’-]*\s){0,3}(?:Series\s(?:in|on|of)|Lecture\s+Notes\s+in)\s[A-Z][^,]{2,100}$"
)


# GOST 7.1's and ДСТУ 8302's parallel title, the title in its original language after " = ": "Применение
# UML 2.0 и шаблонов проектирования = Applying UML and Patterns: An Introduction …", "Приемы … = Design
# Patterns: Elements of Reusable Object-Oriented Software" (fixtures/parse-eval-docx3's Russian referat,
# three of its five books read with the English title on, left open by branches s34-docx and s41-docx).
# The title is the part before it. Guard: the sign is set apart by spaces, the parts are written in two
# scripts (Cyrillic before, Latin after, or the other way round), each has two words at least; "E = mc2"
# and "Ввод = вывод" stay whole.
_PARALLEL_SIGN = lazyre.compile(r"\s=\s")
_CYRILLIC = lazyre.compile(r"[\u0400-\u04ff]")
_LATIN = lazyre.compile(r"[A-Za-z]")


def _script(text: str) -> str | None:
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if cyrillic > 2 * latin:
        return "cyrillic"
    if latin > 2 * cyrillic:
        return "latin"
    return None


def _without_parallel_title(title: str) -> str:
    """``title`` without a GOST parallel title after " = " (see _PARALLEL_SIGN)."""
    found = _PARALLEL_SIGN.search(title)
    if found is None:
        return title
    before, after = title[: found.start()].strip(), title[found.end() :].strip()
    if len(before.split()) < 2 or len(after.split()) < 2:
        return title
    mine, theirs = _script(before), _script(after)
    if mine is None or theirs is None or mine == theirs:
        return title
    return before


# A subtitle set between dashes after the title, as Japanese titles write it ("連結リストを学ぶ -Python-",
# "データ構造入門 ―C言語編―"): the closing dash is the subtitle's own, not a separator to strip
# (s42-hunt17's Japanese slides, a SIST 02 title read without it). A word, a space before the opening
# dash, no space inside, at most 30 characters.
_DASH_ENCLOSED_TAIL = lazyre.compile(r"\s(?P<dash>[-－―])[^\s\-－―]{1,30}(?P=dash)$")


def tidy_title(title: str, *, keep_medium: bool = False) -> str | None:
    tidied = _tidy_title(title, keep_medium=keep_medium)
    if tidied is None:
        return None
    enclosed = _DASH_ENCLOSED_TAIL.search(" ".join(title.split()).rstrip(" .,;:"))
    if enclosed is not None and (tidied + enclosed.group("dash")).endswith(enclosed.group().lstrip()):
        return tidied + enclosed.group("dash")
    return tidied


def _tidy_title(title: str, *, keep_medium: bool = False) -> str | None:
    if not keep_medium:
        title = MEDIUM.sub(" ", title)
    title = " ".join(title.split()).strip()
    # Typst's link call left before its URL ("Title:\\ #link(\"https://…\")"): markup, not title.
    title = _TYPST_LINK.sub("", title)
    # Full-width separators close a title as their ASCII forms do ("页岩分析，https://…": a Chinese
    # note's title then its address, p35hunt7's translated analysis on explainable AI).
    title = title.strip(" ,;:–—-\\，；：").strip()
    # A Markdown heading's "#" marks, set apart by a space ("## Title", "Title ##"); one glued to a
    # word is the title's ("#Republic: Divided Democracy in the Age of Social Media", a hashtag title
    # in a Word memo's footnotes of fixtures/parse-eval-docx; "Programming in C#").
    title = _HEADING_HASHES.sub("", title).strip(" ,;:–—-\\").strip()
    # "et al." of an author list, set in italics and so left before the title once the first author
    # was read ("Rae, J.W., _et al._ Scaling language models: …": two entries of an essay's Nature
    # list, en-nature-numbered-essay-deep-learning-wall-references.md 12 and 13): no title opens so.
    title = _LEADING_ET_AL_TITLE.sub("", title)
    title = _without_leading_pictographs(title)
    title = _without_trailing_arrow(title)
    # MLA's contributors after the title ("Design and Modernity in Asia : National Identity …
    # 1945-1990, edited by Yunah Lee, and Megha Rajguru, Bloomsbury Publishing USA, 2022.": an
    # annotated bibliography of fixtures/parse-eval-docx, read with the editors and publisher on
    # its title). Guard: ", <role> by " after two words at least; "Poems Edited by Women" (no
    # comma before it) is a title.
    # A journal with its volume, issue and pages run on after the title ("Internet security: a case
    # study of firewall selection: Information Management & Computer Security 6(4): 178-184", a
    # Harvard list of fixtures/parse-eval-docx): "Journal 6(4): 178-184" closes no title.
    title = without_journal_volume_tail(title)
    title = _without_parallel_title(title)
    # Contributors, then a book's series, closing the title: cut where two words at least stay.
    for tail in (_CONTRIBUTORS_AFTER, _BOOK_SERIES_AFTER):
        found = tail.search(title)
        if found is not None and len(title[: found.start()].split()) >= 2:
            title = title[: found.start()]
    # A bracket or slash left open at the end ("Title. (", "Title?, /") is the start of the next field;
    # a slash glued to a word is the title's own ("répertoire .claude/").
    # The brackets and slashes left open at its end ("Title (", "Title /").
    title = sub_closing_run(_OPEN_BRACKETS_AFTER, title, _bracket_run).strip(" ,;:–—-")
    title = _EDITION_IN_PARENTHESES.sub("", title)
    title = _unbalanced_tail(title)
    gbt_type = GBT_TYPE.search(title)
    if gbt_type is not None and gbt_type.start() > 0:
        # GB/T's type code closes the title, whatever read it ("Zero Day Initiative — CVE-…
        # Verification[EB/OL]. [2024-06-14]", split at its dash: heldback-16's Chinese report).
        title = title[: gbt_type.start()].strip(" ,;:–—-")
    title = _without_gost_content_area(title)
    if not any(c.isalpha() for c in title):
        return None  # "3.0^ ^3.1^] [": backlink debris, not a title
    if _SIGNAL.fullmatch(title):
        return None  # "See https://…": a citation signal before a bare URL names nothing
    title = _same_mark_closed(title)
    if len(title) >= 2 and title[0] in _OPENERS and title[-1] in "”’»\"'›" and title.count(title[0]) <= 2:
        title = title[1:-1].strip()
    elif (
        title[:1] in _OPENERS
        and title.count(title[0]) == 1
        and not set(title) & set(_CLOSERS[title[0]]) - {title[0]}
    ):
        title = title[1:].strip()  # '""Total Turnover""': the outer quotes taken, an inner one left open
    # The pages cited, in brackets after the title ("Title Release 0.2 (pp. 159-163)"), are no part of it.
    title = _LOCATOR_STUB.sub("", _PAGES_AFTER.sub("", title))
    code = _CODE_CITATION_AFTER.search(title)
    if code is not None and code.start() > 0:
        title = title[: code.start()]
    glued_in = _GLUED_IN.search(title)
    if glued_in is not None and len(title[: glued_in.start()].split()) >= 2:
        title = title[: glued_in.start()]
    address = _ADDRESS_AFTER_TITLE.search(title)
    if address is not None and len(title[: address.start()].split()) >= 2:
        title = title[: address.start()].rstrip()
    issued = _ISSUED_AFTER.search(title)
    if issued is not None and issued.start() > 0 and issued.group("month").casefold() in month_names():
        title = title[: issued.start()].rstrip()
    site_dated = _SITE_ISO_DATE_AFTER.search(title)
    if site_dated is not None and len(title[: site_dated.start()].split()) >= 2:
        title = title[: site_dated.start()].rstrip()
    # Nor is a magazine's issue after a comma ("Mozillas Rust - Konkurrenz für C und C++, iX 06/2015"),
    # nor the field a PDF's text glued on with a semicolon ("… the world wide web;Internet Research").
    title = _ISSUE_AFTER.sub("", _GLUED_FIELD.sub("", title))
    eprint = _EPRINT_AFTER.search(title)
    if eprint is not None and eprint.start() > 0:
        title = title[: eprint.start()].rstrip()
    facts = _CHICAGO_FACTS_AFTER.search(title) or _TRANSLATOR_AFTER.search(title)
    if facts is not None and len(title[: facts.start()].split()) >= 1 and facts.start() > 0:
        title = title[: facts.start()].rstrip()
    title = without_closing_no_date(title)  # "Title, [no date]": CSL's "no date" in any locale
    if only_no_date(title):
        return None  # "(n.d.). Retrieved from …": a date group, no title
    closing_date = _CLOSING_DATE_FIELD.search(title)
    if closing_date is not None and closing_date.start() > 0:
        month_day = _MONTH_DAY_BEFORE.search(title, 0, closing_date.start())
        if month_day is None:
            title = title[: closing_date.start()].rstrip()
        elif month_day.group("sep"):
            # "Title, May 5, 2013": the whole date is the field, not its year alone.
            title = title[: month_day.start()].rstrip()
        # Else "… Status as of December 31, 2013": the date is the title's own words.
    # Nor is the version of a project document cited as "ver." ("Norme di Progetto ver. 1.0.0",
    # "Glossario ver. 1.0.0": heldback-10's Typst list of an Italian course project's own documents).
    # A standard's or a product's version written out is its title's ("Cybersecurity Framework
    # Version 2.0", "MQTT v3.1.1", "CIS Controls v8.1": seven calibration titles).
    version = _VERSION_AFTER.search(title)
    if version is not None and version.start() > 0:
        title = title[: version.start()].rstrip(" ,;–—-")
    # Nor is a remark of several fields in brackets after it ("gitleaks/gitleaks repository (repo
    # metadata, ~28.1k stars, MIT, Go, created 2018-01-27)", heldback-9; "Hugging Face download guide
    # (`snapshot_download`, `hf download`, dry-run, `hf_xet`)"): four or more fields are notes on
    # the source, not words of its title.
    remark = _FIELDS_REMARK.search(title)
    if remark is not None and remark.start() > 0:
        title = title[: remark.start()].rstrip()
    # Chicago: “… ‘marshruta Trampa,’” — the comma belongs to the sentence, not the title.
    title = re.sub(r"[,.](?=[’'\"”»]$)", "", title)
    # Chicago puts the full stop inside the quotes; keep it after "U.S." or an ellipsis.
    if title.endswith(".") and not re.search(r"(?:\b[A-Z]\.|\.\.\.)$", title):
        title = title[:-1].rstrip()
    if _DATED_FIELDS.fullmatch(title):
        return None
    return title or None


# A register's fields after its source's name, no title: a year and month (or a date), then short
# fields set off by dashes ("JURIST — **2025-09** — tier 2 — https://…": heldback-25's source register,
# the name its site's, the fields its date and reliability tier).
_DATED_FIELDS = lazyre.compile(r"(?:19|20)\d{2}-\d{2}(?:-\d{2})?(?:\s[—–-]\s[^\s—–]+(?:\s[^\s—–]+)?)+")


# A place of publication before its publisher ("Rio de Janeiro: Elsevier", "Boston, MA : Addison-Wesley").
_PLACE_COLON = lazyre.compile(rf"^{_PLACE}\s*(?P<rest>[A-ZÀ-Ý0-9].*)$")
# Words of the entry's own apparatus, never a publisher: URL and archive labels left before a link
# ("Available", "Verfügbar unter", "Archived from the original on", "Archived at the Wayback Machine").
_APPARATUS = lazyre.compile(
    r"^(?:url|available|verfügbar|disponível|disponible|disponibile|dostępn|dostupné|archived|archiviato|"
    r"archiviert|retrieved|accessed|abgerufen|consultado|consulté|last\s+(?:referenced|accessed|visited)|"
    # A statement of responsibility ("Přeložila Eva Nevrlá", "Translated by …", "Hrsg. von …").
    r"přeložil[ai]?|translated|übersetzt|traducido|traduit|tradução|tradotto|перевод|переклад|edited\s+by|hrsg)\b",
    re.IGNORECASE,
)
# ABNT's author: the surname in capitals, a comma, a given name ("BARBOSA, Marina", "DA SILVA, Júlio").
_ABNT_PERSON = lazyre.compile(r"^[A-ZÀ-Ý'’-]{2,}(?:\s[A-ZÀ-Ý'’-]{2,})*,\s+[A-ZÀ-Ý][a-zà-ÿ]")
# A pointer before the cited author ("vgl.", "cf.", "see"), with its "also" ("See also United Nations
# Office for the Coordination of Humanitarian Affairs (OCHA), *Title*": heldback-32's ICRC handbook).
_SEE_ALSO = lazyre.compile(
    r"^(?:vgl|cf|see|siehe|voir|ver|zob)\.?(?:\s+(?:also|auch|aussi))?\s+", re.IGNORECASE
)
# A note's pointer to what follows, alone or opening a phrase ("Voir", "See also", "Voir une démonstration
# du …", "Siehe"): words that send the reader on, no work's name.
SEE_LEAD = lazyre.compile(r"(?:vgl|cf|see|siehe|voir|ver|véase|vedi|zob|viz)\.?(?:\s|$)", re.IGNORECASE)
# An identifier after the title ("arXiv : 1806.01799", "doi: 10.1000/x", "ISBN 978-…"): no publisher.
_IDENTIFIER = lazyre.compile(
    r"^(?:arxiv|doi|isbn|issn|pmid|pmc|pmcid|bibcode|oclc|s2cid|hdl|jstor)\b\s*:?\s*\S*\d", re.I
)
# The kind of work the entry cites, said where a publisher would stand ("Online-Artikel, 22.08.2017,
# URL: …": heldback-19's German course, seven entries; "Blogbeitrag", "Online article", "Web page"):
# no name.
_WORK_KIND = lazyre.compile(
    r"(?:online|internet|web)[-\s]?(?:artikel|beitrag|quelle|ressource|article|resource|page)"
    r"|blog[-\s]?(?:beitrag|artikel|post|article)|webseite|zeitungsartikel|zeitschriftenartikel"
    # Course material ("_Title_, Vorlesungsskript. Goethe-Universität Frankfurt.", "Vorlesungsmaterial.
    # Hochschule Karlsruhe.": heldback-24's German footnotes, two entries) and theses by their kind.
    r"|vorlesungs(?:skript|material(?:ien)?|folien|unterlagen)|skript|lecture\s+(?:notes|slides)"
    r"|(?:bachelor|master|diplom|seminar)arbeit",
    re.IGNORECASE,
)
_ORDINAL = lazyre.compile(r"\d{1,3}(?:st|nd|rd|th|e|er|a|o|ª|º|\.)?", re.IGNORECASE)
_INITIALS_ONLY = lazyre.compile(r"^[^\W\d_](?:\.\s?[^\W\d_])*\.?$")
_PUBLISHER_MAX_WORDS = 12
_DOMAIN_NAME = lazyre.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$")


def _reads_as_publisher(candidate: str) -> bool:
    """A publisher is a name: not a month left from a date, not initials, not a phrase of the entry's
    apparatus, not a description ("Dokumentacja techniczna dostępna", "… için kullanıldı", "vgl",
    "o.O"): it starts with a capital or a digit, and most of its words after the first are capitalised
    or function words. Lower-case names ("heise online") and sentence-case ones (Russian institutions)
    are lost with the descriptions; a publisher missed is only a check not made, whereas a wrong one
    is a ``publisher-mismatch`` against a correct citation (real documents of the parse eval: see
    tests/test_real_documents.py)."""
    words = candidate.split()
    if not words or len(words) > _PUBLISHER_MAX_WORDS or _INITIALS_ONLY.match(candidate):
        return False
    if all(w.casefold().strip(".") in MONTH_BY_NAME or w.isdigit() for w in words):
        return False
    if _ORDINAL.fullmatch(candidate):
        return False  # "Modern Control Theory, 3rd, Prentice Hall": an edition, no name
    if _ANONYMOUS.fullmatch(candidate):
        return False  # "Anonim. (2021). Title.": the author's place says nobody is named
    if _APPARATUS_ABBREVIATION.fullmatch(candidate + "."):
        # "Title. *Computer*. 2003. Vol. 36, No. 1." (DSTU 8302's journal article, heldback-35's
        # Ukrainian ledger: two entries read with "Vol" as publisher): the volume's label, no name.
        return False
    if _WORK_KIND.fullmatch(candidate):
        return False  # "Online-Artikel": the kind of work, no name
    if (
        len(words) <= 3
        and any(w.isdigit() for w in words)
        and all(w.isdigit() or w.casefold().strip(".") in month_names() for w in words)
    ):
        return False  # "18 februari", "3 maart": what is left of a date in any language
    if _APPARATUS.match(candidate) or _IDENTIFIER.match(candidate) or set(candidate) & set('“”„«»"|'):
        return False  # (a quoted title or a table's cells are no name)
    if candidate[0] in "(（【「[" or candidate[-1] in "(（【「[":
        return False  # "（公開元）", "html.dtd RCS ChangeLog（": a gloss or the start of one
    cased = [c for c in candidate if c.isupper() or c.islower()]
    if not cased:
        return True  # a script without case: nothing to tell by
    first = words[0]
    # A domain ("makeuseof.com", "cs.wikipedia.org") or a name capitalised inside ("iX", "jQuery",
    # "freeCodeCamp.org") may start in lower case.
    named = bool(_DOMAIN_NAME.match(first)) or any(c.isupper() for c in first[1:])
    if not (first[0].isupper() or first[0].isdigit() or named):
        return False
    rest = [w for w in words[1:] if w[:1].isalpha() and w.casefold() not in _FUNCTION_WORDS]
    lower = [w for w in rest if w[0].islower()]
    return len(words) < 3 or len(lower) * 2 <= len(rest)


# Two people joined ("Chris Manning and Hinrich Schütze", "Eric Moulines & Francis Charpentier"): authors.
_NAMES_JOINED = lazyre.compile(
    r"^[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]*){1,3}\s(?:and|&|und|et|e|y|i|dan|ve|và)\s[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){1,3}$"
)


_SUPPLIED = lazyre.compile(r"\s*(?:\[[^\[\]]*\]\s*)+")


# A journal named by its abbreviated words before volume, year or pages ("J. Mach. Learn. Res. 12
# (2011)", "IEEE Trans. Ind. Electron., vol. 20", "Inf. J. Comput. (forthcoming)", "Philos. Mag.,
# vol. 2"): IEEE, Elsevier, Pleiades and Vancouver write it so. Its full stops are the name's own.
_ABBREVIATED_JOURNAL = lazyre.compile(
    r"\s*(?P<name>(?:(?:[A-Z][a-z]{0,9}\.|[A-Z][A-Za-z]+(?:['’]s)?|[A-Z](?=\s*(?:,|\d|$))|of|and|&|for|in|the)\s?){1,8})"
    r"(?=\s*,?\s*(?:vol\b|no\b|\d|\()|\s*$)"
)
_ABBREVIATION = lazyre.compile(r"\s[A-Z][a-z]{0,9}\.")
_APPARATUS_ABBREVIATION = lazyre.compile(r"(?:vol|no|nr|pp?|ed|eds|hrsg|bd|tom|iss)\.", re.IGNORECASE)


_LEADING_PLACE = lazyre.compile(rf"\s*{_PLACE}\s*")
# IEEE's imprint with the country written out, "Vienna, Austria: R Foundation for Statistical
# Computing, 2026." (heldback-34's R Markdown list, whose publisher was read as "Vienna"): the city
# and country before the colon are the place. Guard: only opening the imprint after the title (a
# full stop or nothing before it), two capitalised names of one or two words, a colon and a capital.
_LEADING_CITY_COUNTRY = lazyre.compile(
    r"[\s.]*[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,\s[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?\s?:\s+(?=[A-ZÀ-Ý])"
)


def _abbreviated_journal(segment: str) -> str | None:
    match = _ABBREVIATED_JOURNAL.match(segment)
    if match is None:
        return None
    name = match.group("name").strip()
    words = name.split()
    if words and words[-1].casefold() in month_names():
        # "The San Francisco Chronicle. July 7, 2013." (Chicago's newspapers, hb15-en-chicago-open-
        # microeconomics, hb18-en-chicago-bibliography-perceptron): the month opens the date, no
        # abbreviated journal's word.
        return None
    # An abbreviation before another word: "Microsoft Learn." is a name that ends a sentence.
    abbreviated = any(_ABBREVIATION.fullmatch(" " + w) for w in words[:-1])
    if not abbreviated or any(_APPARATUS_ABBREVIATION.fullmatch(w) for w in words):
        return None
    return name if _reads_as_publisher(name) else None


# A journal named in full before its volume, issue and pages, as Chicago's author-date prints it
# ("*Remote Sensing of Environment* 37 (1): 35–46.", "*Pattern Recognition* 88: 13–26.", "*Harvard
# Data Science Review* 3 (1)."; heldback-34's Pandoc csl-entry list, seven journals read with their
# volume, "… 37", one with its pages): the name. Guard: the number must be followed by an issue in
# brackets (not a year) or by a colon and pages, and end the segment; "Channel 4" or "Web 2.0" alone
# is left as it is. MLA's "Journal vol.issue (year): pages", "Hearts 2.4 (2021): 505-513." (heldback-43's
# Spanish lab report, spent on branch s40-hb: its publisher read "Hearts 2.4 : 505-513"): the name too; the
# stop between volume and issue and the pages after the year tell it from a name with a number.
_JOURNAL_VOLUME = lazyre.compile(
    r"\s*(?P<name>[^\d()\[\]:;,.]{3,}?)\s+(?:\d{1,4}\s*"
    r"(?:\((?!(?:19|20)\d{2}\))[\w–-]{1,9}\)(?:\s*:\s*e?\d+(?:\s*[–-]\s*\d+)?)?|:\s*e?\d+(?:\s*[–-]\s*\d+)?)"
    r"|\d{1,4}\.\d{1,4}\s*\((?:19|20)\d{2}\)\s*:\s*e?\d+(?:\s*[–-]\s*\d+)?)"
    r"[\s.,]*"
)


# Family: a standard's designation opening a specification's normative reference ("ISO/IEC
# 10646:2003: *Information Technology – …*", "ECMA-402, *ECMAScript 2015 Internationalization API
# Specification*."): the document's number, not who published it (heldback-38's ECMA-262 page, 3 of
# its 7 references given their number for a publisher). The body's name alone ("ISO", "Ecma
# International") or a designation with words after it stays.
_STANDARD_DESIGNATION = lazyre.compile(
    r"(?:ISO(?:/IEC)?|IEC|ECMA|ANSI|DIN(?:\s+EN)?|EN|BS|ETSI(?:\s+[A-Z]{2})?|ITU-[TR]|IEEE\s+Std|NBR|RFC)"
    r"[\s-]?\d[\d.-]*(?:-\d+)*(?::(?:19|20)\d{2})?"
)


# A journal's volume after its name, then the issue ("no. 7", "Nr. 2") or the pages ("66636–66645")
# in the next comma field: Chicago's notes ("New Media & Society 18, no. 7 (2016): 1103–19", "The
# American Archivist 70, no. 1 (2007)": hb14-en-chicago-mdfootnotes-web-archiving, hb16-en-chicago-
# handpan, hb16-en-harvard-netlogo) and Nature's ("IEEE Access 9, 66636–66645": en-nature-pdftext-
# scirep-linkpredic), read with the volume. The name alone; a name with a number and nothing of an
# issue after it ("Channel 4, 2019") is left.
_VOLUME_BEFORE_ISSUE = lazyre.compile(r"\s*(?P<name>[^\d()\[\]:;,.]*[^\W\d_][^\d()\[\]:;,.]*?)\s+\d{1,4}\s*")
_ISSUE_OR_PAGES = lazyre.compile(
    r"\s*(?:(?:no|nr|n°|issue)\.?\s*(?:\d|$)|\d{1,6}\s*[–-]\s*\d{1,6}\s*\.?\s*$|\d{1,4}\s*$)", re.IGNORECASE
)


_FILE_NAME = lazyre.compile(
    r"[\w.-]+\.(?:jpe?g|png|gif|svg|webp|tiff?|bmp|pdf|docx?|pptx?|xlsx?|mp[34]|wav|zip)", re.IGNORECASE
)
_ADDRESS_INTRO_WORDS = frozenset({"from", "link", "url", "online"})


def tidy_publisher(segment: str) -> str | None:
    if _STANDARD_DESIGNATION.fullmatch(segment.strip(" .,:;")):
        return None
    journal = _abbreviated_journal(segment)
    if journal is not None:
        return journal
    volume = _JOURNAL_VOLUME.fullmatch(segment)
    if volume is not None and _reads_as_publisher(volume.group("name").strip()):
        return volume.group("name").strip()
    proceedings = _PROCEEDINGS_THEN_PRESS.match(segment)
    if proceedings is not None:
        # IEEE's "in 2017 IEEE Symposium on Security and Privacy (S&P). IEEE Computer Society, 2017,
        # pp. 3–18.": the proceedings, then the press that published them in a sentence of its own
        # (heldback-33's English privacy-audit paper, five entries): the press is the publisher.
        press = tidy_publisher(proceedings.group("press"))
        if press is not None:
            return press
    initialled = _ABBREVIATED.match(segment.strip())
    if initialled is not None and _initials_of(initialled.group("name"), initialled.group("abbr")):
        # "International Electrotechnical Commission (IEC)": a body and its own initials.
        return initialled.group().strip()
    text = _drop_language_tags(MEDIUM.sub(" ", segment))
    for _, start, end in sorted(find_dates(text), key=lambda d: -d[1]):
        text = text[:start] + " " + text[end:]
    text = _PAGES.sub(" ", _BARE_YEAR.sub(" ", _EDITION_WORD.sub(" ", text)))
    imprint = _LEADING_PLACE.match(text) or _LEADING_CITY_COUNTRY.match(text)
    if imprint is not None and imprint.end() < len(text):
        text = text[imprint.end() :]  # "London, U.K.: Springer": the place before its publisher
    pieces = _PUBLISHER_SPLIT.split(text)
    if len(pieces) > 1:
        volume_before = _VOLUME_BEFORE_ISSUE.fullmatch(pieces[0])
        if volume_before is not None and _ISSUE_OR_PAGES.match(pieces[1]):
            pieces[0] = volume_before.group("name")  # "New Media & Society 18, no. 7 (2016)"
    for index, piece in enumerate(pieces):
        # (The fullwidth stop and comma are CJK text's separators: "Title ．新浪[引用日期…]", Baidu
        # Baike's references, fixtures/parse-eval-pages baike-cai-jianya.html.)
        # (A middle dot closing the name is a separator too: "Financial Conduct Authority · Guidance for
        # firms …", fr-htmlp-enquete-recouvrement-ia-sources, nine notes read with the dot.)
        candidate = " ".join(piece.split()).strip(" .,:;–—-\"'“”«»‘’*_[]/©=．，：；·•")
        if candidate.lower().startswith("by ") or _NAMES_JOINED.match(candidate):
            # ', by Alain de Cheveigné & Hideki Kawahara, 2002', 'Chris Manning and Hinrich Schütze':
            # the authors; what follows them is their initials and years, no publisher.
            return None
        if _SUPPLIED.fullmatch(piece):
            continue  # "[Bonn]", "[s.l.]": a place or date the cataloguer supplied, no publisher
        if _SERIES_FIELD.fullmatch(candidate) and index + 1 < len(pieces):
            press = tidy_publisher(". ".join(pieces[index + 1 :]))
            if press is not None:
                return press  # "McGraw-Hill Series in Computer Science, McGraw-Hill": see _SERIES_FIELD
        if (
            _FILE_NAME.fullmatch(candidate)
            or candidate.casefold() in _ADDRESS_INTRO_WORDS
            or ("_" in candidate and " " not in candidate)  # "cad_ES": an identifier (a page's file)
        ):
            # "charades.jpg: Each player writes … by thefuturistics is licensed under CC BY 2.0."
            # (hb16-en-image-credits-pyconf-talk: eight credits read with their file's name) and "From
            # https://…" (en-word-roman-endnotes-from-url-blind-navigation.md): a file's name or the
            # word before an address names no publisher.
            continue
        if _VERSION_FIELD.fullmatch(candidate):
            # "*SWEBOK: Guide to …*. Version 3.0. IEEE, 2014." (ISO 690, heldback-33's Czech list):
            # the work's version, a field of its own before the imprint, names no publisher.
            continue
        if candidate.lower().startswith("in:") and index + 1 < len(pieces):
            # "_Going Functional_. In: Practical Haskell. Apress, Berkeley, CA." (Springer's chapter,
            # heldback-24's German footnotes): the book after "In:" holds the chapter; its press,
            # where one follows, publishes it.
            later = tidy_publisher(". ".join(pieces[index + 1 :]))
            if later is not None:
                return later
        if candidate.lower().startswith(("in ", "su ")):
            candidate = candidate[3:].strip()
        place = _PLACE_COLON.match(candidate)
        if place is not None:
            candidate = place.group("rest").strip()
        if not any(c.isalpha() for c in candidate) or URL_PATTERN.match(candidate):
            continue
        if len(candidate) > 100:
            return None
        if _reads_as_publisher(candidate):
            return candidate
    return None


# "in <year or ordinal> … Conference/Symposium/Workshop … (ABBR). Press, year": a container that
# opens with "in", names a meeting, closes its sentence, and a press after it.
_PROCEEDINGS_THEN_PRESS = lazyre.compile(
    r"\s*[Ii]n\s+(?=[^.]*\b(?:Conference|Symposium|Workshop|Congress)\b)[^.]{5,200}?(?:\([^()]{1,30}\))?\.\s+"
    r"(?P<press>[A-Z][^.,;]{1,60}(?:,\s*(?:19|20)\d{2}.*|\.)?)$"
)


_SURNAMES_JOINED = lazyre.compile(r"^[A-ZÀ-Ý][\w'’\-]+\s(?:&|and|und|et|y|e)\s[A-ZÀ-Ý][\w'’\-]+$")


# APA's list of two or more authors, "Surname, I. I." each, joined by commas, the last after "&" or
# the language's "and" ("ve", "y", "et", "und", "e", "i"), with APA 7's ellipsis for the authors left out
# ("Anil, R., Borgeaud, S., Wu, Y., …, Yu, J., ... ve Bauer, A.": heldback-33's Turkish thesis list,
# whose first author was read as the publisher of two entries, its quoted title's container no field).
_APA_NAME = r"[^\W\d_][\w'’\-]+(?:[ -][^\W\d_][\w'’\-]+)?,\s(?:[^\W\d_]\.(?:\s?-?[^\W\d_]\.)*)"
_APA_NAME_LIST = lazyre.compile(
    rf"{_APA_NAME}(?:,\s(?:(?:\.\.\.|…|\.\s\.\s\.)\s)?(?:(?:&|and|ve|y|et|und|e|i)\s)?{_APA_NAME}){{1,}}"
)
# The word a list writes where no author is named ("Anonymous", "Anon.", Indonesian and Turkish
# "Anonim", "Anónimo", "Anonyme", "Anonym", "Аноним", "Анонім"): no organisation, so no publisher
# (heldback-35's Indonesian APA list, five entries "Anonim. (2021). _Title_. Diakses pada …" read
# with "Anonim" as publisher).
_ANONYMOUS = lazyre.compile(r"(?i)anon(?:ymous|ym|yme|imo?|ymus)?|anónimo|аноним|анонім|匿名")


def _publisher_from_author(author: str) -> str | None:
    # A pointer ("vgl.", "cf.") or a dash before the author is no part of the name.
    raw = _SEE_ALSO.sub("", author.strip(" ,-–—"))
    author = raw.rstrip(".").strip(" ,")
    if not author or _PERSON.match(author) or _PERSON.match(author + "."):
        return None  # "Schuhmann, J." (the caller may have taken its full stop)
    if _APA_NAME_LIST.fullmatch(author + "."):
        return None  # "Anil, R., Borgeaud, S., Wu, Y., ... ve Bauer, A.": APA's authors (above)
    if _VANCOUVER_AUTHORS.match(author + ". ") or _SURNAMES_JOINED.match(author):
        return None  # ("Hutto & Gilbert (2014)": two surnames in the author's place are authors)
    if _is_person(author) or _is_person(author.replace(",", " ")):
        return None  # "Schuhmann, J", "MOURA, Ana": a person, not an organisation
    if _ABNT_PERSON.match(author) or (_looks_like_authors(author) and not _is_org(author)):
        return None  # "BARBOSA, Marina", "Besta, Maciej; Hoefler, Torsten"
    if _ampersand_authors(author):
        return None  # "Brito, J.N., Rebelo, C. & Brito, M.A."
    return tidy_publisher(author)


# "and" between two names in the languages IEEE lists are written in: "R. J. Hyndman dan G.
# Athanasopoulos, Forecasting: principles and practice. OTexts, 2018." (an Indonesian report's linked
# references, heldback-p34hunt5, studied on branch s39-hb34: the names read on the title), French "et",
# Spanish "y", Portuguese and Italian "e", Turkish "ve", Vietnamese "và", Nordic "og"/"och", Dutch "en",
# Russian "и", Ukrainian "та". Both sides must still be names.
_PERSONS_JOINED = lazyre.compile(r"\s(?:and|&|und|dan|et|y|e|ve|và|og|och|en|и|та)\s")
# The same word opening the last name of a list after its comma, as Chicago's bibliography writes it in
# each language ("Epron, Benoît, et Marcello Vitali-Rosati.", "Müller, Hans, und Eva Schmidt.", "Pérez,
# Juan, y Ana Gómez."): the Citation Style Language's locales (citeproc-py's locales-*.xml) give the
# term "and" so — fr-FR "et", de-DE "und", es-ES "y", it-IT and pt-PT "e", da-DK/nb-NO "og", sv-SE "och",
# tr-TR "ve", vi-VN "và", id-ID "dan", ru-RU "и" (Ukrainian "та" as _PERSONS_JOINED has it) — and a
# citation processor prints it there. English "and " was the only one known (a French essay's "Voir
# Epron, Benoît, et Marcello Vitali-Rosati. *L’édition à l’ère numérique.* La Découverte, 2018",
# heldback-p37hunt9, spent on branch s41-hb: the names read as the title). Dutch "en" is left out: it
# is French and Spanish "in" ("Programmation, en Python"). A capitalised name must still follow it.
_OTHER_LAST_NAME_AND = lazyre.compile(r"(?:und|dan|et|y|e|ve|và|og|och|и|та)\s(?=\S)")


def person_name(segment: str) -> bool:
    """Whether ``segment`` is one person's name or two joined (:func:`_is_person`), for the list rules."""
    return _is_person(segment)


def _is_person(segment: str) -> bool:
    """'Simon Singh', 'PAUL VEYNE', 'Weizenbaum J.', 'D. A. Saraswati', 'and E. Susanto'; 'J. Doe and
    R. Roe' only when both sides are names ('Tools and Applications' is none)."""
    joined = _PERSONS_JOINED.split(segment.strip())
    if len(joined) == 2 and all(joined):
        return all(_is_person(part) for part in joined)
    conjunction = _OTHER_LAST_NAME_AND.match(segment.strip())
    if conjunction is not None:
        segment = segment.strip()[conjunction.end() :]
    words = segment.replace("and ", "", 1).replace("&", "").split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in segment):
        return False
    if any(w.lower() in _FUNCTION_WORDS for w in words) or _ORG_SUFFIX.search(segment):
        return False
    shouting = all(w.isupper() for w in words)
    return all(_PERSON_WORD.match(w) or (shouting and _CAPITALISED.match(w)) for w in words)


def _is_institution(segment: str) -> bool:
    """'Old Dominion University Department of Computer Science': a body named with its kind inside,
    every word capitalised or a function word, no longer than organisations are (_ORG_MAX_WORDS)."""
    words = segment.split()
    return (
        2 <= len(words) <= _ORG_MAX_WORDS
        and _ORG_WORD.search(segment) is not None
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS for w in words)
    )


def _is_short_name(segment: str) -> bool:
    """A short organisation or site name: 'OECD', 'Canaltech', 'White House', 'NAIRR Pilot'."""
    words = segment.split()
    if (
        not 1 <= len(words) <= 5
        or not (words[0][0].isupper() or words[0][0].isdigit())
        or segment.endswith("?")
    ):
        return False
    # ("McKinsey & Company", "Procter & Gamble": an ampersand joins the words of one name.)
    return all(
        w[0].isupper() or w[0].isdigit() or w == "&" or w.lower() in _FUNCTION_WORDS for w in words[1:]
    )


# The medium designator follows the title proper (ISBD, GOST, Vancouver: "Title [Электронный
# ресурс]", "Title [Internet]"), so a phrase in lower case between the title's first sentence and the
# designator is the title's own, a subtitle, not the site it was published on ("Data Insight.
# Российский рынок онлайн-торговли 2023. Статистика и тренды [Электронный ресурс] // Data Insight":
# heldback-22's Russian GOST list, read as "… 2023"). Only two sentences left, the second of two
# words at least, one a lower-case word other than a function word, and no comma ("Title.
# Wikipedia, the free encyclopedia [Internet]" names its site) nor a digit; a short name ("Title.
# Wikipedie [online]") stays the site. French typography's spaced colon is that comma: "Line-line intersection.
# Wikipédia : l’encyclopédie libre [en ligne]" (s34-hunt5's fr-sources-tab-indented-iso690-disponible-consulte-
# raycasting.md, the site read as the title's subtitle).
# A site named with its gloss after a comma or French typography's spaced colon, right before the medium:
# "Raycasting. Wikipédia : l’encyclopédie libre [en ligne]", the shape French Wikipedia's "Citer cette page"
# writes (s34-hunt5's fr-sources-tab-indented-iso690-disponible-consulte-raycasting.md, entry 1: the one-word
# title dropped as an author's name, the site read as the title). The sentence before it is the title however
# short. The name: one or two capitalised words; the gloss: words, one in lower case.
_GLOSSED_SITE = lazyre.compile(r"[A-ZÀ-Ý][\w’'-]*(?:\s[A-ZÀ-Ý][\w’'-]*)?(?:,|\s:)\s(?P<gloss>[^\d]+)")


# A company's name closed by its legal form ("PROKYBER s.r.o.", "Example GmbH", "Acme Ltd.", "Foo
# Sp. z o.o."): the last sentence before a medium designator so closed is the site that published the
# page, and the short sentence before it its title, not an author's name to drop ("PK-DevKitV1 Esp32.
# PROKYBER s.r.o. [online].": branch s40-hunt12's Czech robot README, note 11, read as "PROKYBER
# s.r.o"). The forms: Czech and Slovak, German, English, Polish, French, Spanish, Italian, Dutch,
# Nordic, Hungarian and South Slavic ones.
_LEGAL_FORM_END = lazyre.compile(
    r"\s(?:spol\.\s?s\s?r\.\s?o|s\.\s?r\.\s?o|a\.\s?s|v\.\s?o\.\s?s|GmbH|AG|KG|Ltd|Inc|LLC|Corp|PLC"
    r"|sp\.\s?z\s?o\.\s?o|S\.\s?A|SAS|SARL|S\.\s?L|S\.\s?p\.\s?A|S\.\s?r\.\s?l|B\.\s?V|N\.\s?V|Oy|AB|ApS"
    r"|Kft|Zrt|d\.\s?o\.\s?o)\.?\s*$"
)


def _title_before_glossed_site(sentences: Sequence[str]) -> bool:
    """Whether two sentences before a medium designator are a title and its glossed site (see above)."""
    if len(sentences) != 2:
        return False
    found = _GLOSSED_SITE.fullmatch(sentences[1].strip(" ."))
    return found is not None and any(w[:1].islower() for w in found.group("gloss").split())


# A title proper in English title case ("Access USB Devices on the Web") gives its subtitle the same
# case; a phrase in lower case after it is the site's name ("Access USB Devices on the Web. Chrome for
# developers [online].": branch s40-hunt12's Czech robot README, note 4, read as one title). Title
# case: three words at least, every word of four letters or more capitalised (or in capitals).
_TITLE_CASE_WORD = lazyre.compile(r"[^\W\d_]{4,}")


def _title_cased(sentence: str) -> bool:
    """Whether ``sentence`` is written in English title case (see above)."""
    words = sentence.strip(" .").split()
    long_words = [w for w in words if _TITLE_CASE_WORD.fullmatch(w.strip(",:;()\"'“”"))]
    return len(words) >= 3 and bool(long_words) and all(w[0].isupper() for w in long_words)


def _subtitle_before_medium(sentences: Sequence[str]) -> bool:
    """Whether the last of two sentences before a medium designator is the title's subtitle."""
    if len(sentences) != 2:
        return False
    last = sentences[1].strip(" .")
    words = last.split()
    if (_title_cased(sentences[0]) and not _title_cased(last)) or _LEGAL_FORM_END.search(last) is not None:
        return False
    return (
        len(words) >= 2
        and "," not in last
        and " : " not in last
        and not any(c.isdigit() for c in last)
        and not _is_short_name(last)
        and any(w[0].islower() and w.lower() not in _FUNCTION_WORDS for w in words[1:])
    )


# A name in camel case opening on a small letter ("arXiv", "bioRxiv", "eBay"): a site's name as
# it writes it ("ElectionSim: … Driven Agents – arXiv", heldback-18's research-assistant export,
# two titles, beside "– HEC Paris" and "– Resonate" read so already).
_CAMEL_NAME = lazyre.compile(r"[a-z]{1,4}[A-Z][A-Za-z]*")


_ORG_COMMA_INITIALS = lazyre.compile(r"^(?P<name>[^,():;\[\]]{3,100}),\s(?P<abbr>[A-ZÄÖÜ]{2,8}),\s(?=\S)")
_ABBREVIATED = lazyre.compile(r"^(?P<name>[^():;\[\]]{3,100}?)\s\((?P<abbr>[A-ZÄÖÜ]{2,8})\)")


def _initials_of(name: str, abbreviation: str) -> bool:
    """Whether the letters of ``abbreviation`` are initials of ``name``'s capitalised words, in order."""
    letters = iter([w[0].upper() for w in name.split() if w[:1].isupper()])
    return all(any(letter == initial for initial in letters) for letter in abbreviation)


def _letters_of(name: str, abbreviation: str) -> bool:
    """Whether the letters of ``abbreviation`` are initials of ``name``'s capitalised words in any
    order ("ISO" for "International Organization for Standardization", named in French order)."""
    initials = [w[0].upper() for w in name.split() if w[:1].isupper()]
    return len(abbreviation) <= len(initials) and set(abbreviation) <= set(initials)


_SENTENCE_END = lazyre.compile(r"[^\W\d_]{2}\.\s+[A-ZÀ-Ý]")


def _abbreviated_organisation(head: str) -> int | None:
    """Where the title starts after an author that is an organisation named with its initials,
    "World Health Organization (WHO): …", "Bundesamt für Sicherheit in der Informationstechnik (BSI)
    - Referat B 23: …": the letters in brackets are the initials of its capitalised words, in order
    ("Regulation (EU) 2016/679" is no such name), and a colon ends the author within 160 characters."""
    match = _ABBREVIATED.match(head)
    if match is None or _SENTENCE_END.search(match.group("name")):
        # "Object Management Group. Unified Modeling Language (UML) Version 2.5.1 : OMG Standard"
        # (DSTU, heldback-13): a name in brackets after the author's sentence is the title's own.
        return None
    if not _initials_of(match.group("name"), match.group("abbr")):
        return None
    if _STOP_AFTER_BRACKETS.match(head, match.end()):
        # Vancouver's corporate author closed by a full stop, "Food and Agriculture Organization
        # (FAO). Human energy requirements … [Internet]. Rome, IT: FAO; 2004.", "Perú, Instituto
        # Nacional de Estadística e Informática (INEI). Perú: Estimaciones …": the author's sentence
        # ends at its stop, and the colon after it is the imprint's or the title's own (an R
        # toolkit README's list, nine entries of twelve cut there). The sentence rules read it.
        return None
    colon = head.find(": ", match.end(), match.end() + 160)
    if colon != -1 and _NAME_GOES_ON.match(head[match.end() : colon]):
        # "The Rise of AI Teammates in Software Engineering (SE) 3.0: How …" (heldback-33's
        # deep-research list, one title of twelve): a number right after the brackets carries the
        # phrase on; the name ends at its brackets, at a colon or a dash after them.
        return None
    return colon + 2 if colon != -1 else None


# Vancouver's editors named as the author sentence: "Institute of Medicine (U.S.), editor.",
# "Institute of Medicine (U.S.), Institute of Medicine (U.S.), editores.", "Baron S, editor.".
_EDITOR_SENTENCE = lazyre.compile(
    r"^.{2,160}?,\s(?:editors?|editores|editoras?|eds?|Hrsg|éds?|a cura di)\.?$", re.IGNORECASE
)


def _corporate_author_sentence(sentence: str) -> bool:
    """A whole sentence that is a Vancouver author, not a title: a body named with its initials in
    brackets at the sentence's end ("Food and Agriculture Organization (FAO).", "Perú, Instituto
    Nacional de Estadística e Informática (INEI).": the letters in brackets are initials of its
    capitalised words), or a name list closed by ", editor(s)" ("Institute of Medicine (U.S.),
    editor."). Data: an R toolkit README's Vancouver list (en-vancouver-bullets-disponible-btools.md),
    eleven of twelve entries opening so, their titles read as the author or cut at a colon after it.
    Guard: the brackets close the sentence ("Regulation (EU) 2016/679." and "Unified Modeling Language
    (UML) Version 2.5.1." go on after them), and the initials must be the name's."""
    stripped = sentence.strip().rstrip(".").strip()
    if _EDITOR_SENTENCE.match(stripped + "."):
        return True
    named = _ABBREVIATED.fullmatch(stripped)
    return named is not None and _initials_of(named.group("name"), named.group("abbr"))


# Springer's numbered references (LNCS, Springer journals' "basic" style): initialled authors closed
# by a colon, "Smith, J., Jones, A.: Title. In: Container, pp. 1–10 (2021).", "Brown, B., et al.:
# Title? Widget Lett. 5, 1–9 (2019).", the year in brackets at the end.
_COLON_LED_AUTHORS = lazyre.compile(rf"^{_INITIALLED}(?:,\s{_INITIALLED})*(?:,?\s?et\s+al\.)?\s?:\s+(?=\S)")
# The "In:" sentence names the container after its editors, if any ("In: Washer, H., Gear, C. (eds.)
# WTM 2019. LNCS, vol. 11877", the "(eds.)" sometimes already dropped by the editors' rule): the
# container runs to the sentence's stop or a comma.
_IN_CONTAINER_AFTER = lazyre.compile(
    rf"(?<=[.?!])\s+In:\s+(?:{_INITIALLED}(?:,\s{_INITIALLED})*\s*(?:\((?:eds?|Hrsg|dir)\.\)\s*)?)?"
    r"(?P<container>(?:[^,().]|\.(?!\s))+)"
)
_JOURNAL_BEFORE_VOLUME = lazyre.compile(r"^(?P<journal>[^\d,()]{2,80}?)\.?\s+\d{1,5}(?:\(\d{1,4}\))?,\s")


def _colon_led_reference(head: str) -> tuple[str | None, str | None] | None:
    """Title and container of a reference whose initialled authors are closed by a colon (Springer's
    LNCS and basic styles): the title is the first sentence after the colon (a question mark closes
    it as a stop does), the container the "In:" sentence's name or the journal before its volume.
    Data: en-springer-lncs-trust-ontology-references.md, a conference paper's LNCS list: "(2019)."
    at the end read 9 of its 12 entries as title-first author-date entries, the whole head the title
    (the shape of cs-iso690-neuronove-site-literatura.md's colon-closed authors, which the medium
    rule reads). Guard: the authors must be initialled names ("Widget Foundation: Title" and "Note:
    …" are none), and an entry with a medium designator is left to that rule."""
    authors = _COLON_LED_AUTHORS.match(head)
    if authors is None or authors.end() >= len(head):
        return None
    rest = head[authors.end() :]
    spans = sentence_spans(rest)
    if not spans:
        return None
    end = spans[0][1]
    title = tidy_title(rest[:end])
    if title is None or len(title.split()) < 2:
        return None
    after = rest[end:]
    container = _IN_CONTAINER_AFTER.match(rest, end) if end > 0 else None
    if container is not None:
        return title, tidy_publisher(container.group("container"))
    journal = _JOURNAL_BEFORE_VOLUME.match(after.strip())
    return title, tidy_publisher(journal.group("journal")) if journal is not None else None


# A site named by its host name, closed by a full stop, at the head of an entry: "Hackaday.io. Title".
_HOST_AUTHOR = lazyre.compile(r"^(?P<site>[A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6})\.\s+(?=[A-ZÀ-Ý0-9¿¡\"“])")
# A sentence wholly in square brackets ("[Updated 2023 Jun 5].", "[cited 2024 Aug 14].") and one that
# opens a chapter's container ("In: StatPearls", "En: 20th Annual International Conference …").
_BRACKETED_SENTENCE = lazyre.compile(r"\[[^\[\]]{1,80}\]\.?")
_CONTAINER_SENTENCE = lazyre.compile(r"(?:In|En|Em|Dans|W)\s*:\s")


def _chapter_sentences(sentences: list[str]) -> list[str]:
    """The sentences before a medium designator that may hold the title: a Vancouver chapter's "In:"
    sentence and those after it name the book the chapter is in, and a bracketed remark between the
    title and it ("[Updated 2023 Jun 5].") is no title. Data: StatPearls chapters cited the way
    NLM's style writes them, "Sattar Y, Chhabra L. Electrocardiogram. [Updated 2023 Jun 5]. In:
    StatPearls [Internet]. Treasure Island (FL): …" (es-vancouver-consultado-ecg-bitalino-
    bibliografia.md entry 5, whose title was read as the bracketed remark). Guard: only after a first
    sentence (an entry that opens on "In:" keeps its sentences), and a list left empty is kept whole."""
    cut = next(
        (i for i, sentence in enumerate(sentences) if i > 0 and _CONTAINER_SENTENCE.match(sentence)),
        len(sentences),
    )
    kept = [s for s in sentences[:cut] if not _BRACKETED_SENTENCE.fullmatch(s.strip())]
    return kept or sentences


# A full stop right after an organisation's initials in brackets: its sentence ends there.
_STOP_AFTER_BRACKETS = lazyre.compile(r"\.\s+(?=\S)")
# What a name in brackets carries on with inside a title: a number or a version right after it.
_NAME_GOES_ON = lazyre.compile(r"\s+v?\d")


def _names_only(segment: str) -> bool:
    """Up to five words, every one after the first capitalised or a function word, with no digit
    and no colon: 'MDN Web Docs', 'Meta Open Source', 'American College of Cardiology' — a name."""
    words = segment.split()
    if (
        not 1 <= len(words) <= 5
        or not words[0][0].isupper()
        or any(c.isdigit() or c in ":?!" for c in segment)
    ):
        return False
    return all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words[1:])


# A surname's particle in lower case after its initials were cut off by a sentence split ("Sonia
# Chiasson, P. C. van Oorschot, Title": the fields read "van Oorschot"): heldback-13's Polish notes.
_PARTICLE_NAME = lazyre.compile(
    r"^(?:van|von|de|der|den|da|di|du|del|della|dos|das|ten|ter)(?:\s(?:der|den|de|la))?\s[A-ZÀ-Ý][\w'’\-]+$"
)


def _is_name_part(segment: str) -> bool:
    stripped = segment.strip()
    if _JOINED_NAMES.match(stripped) or _PARTICLE_NAME.match(stripped):
        return True
    return _NAME_PART.match(stripped) is not None and (
        stripped[0].isupper()
        or stripped.startswith(("and ", "& "))
        or (_OTHER_LAST_NAME_AND.match(stripped) is not None and stripped.split()[1][:1].isupper())
    )


# The longest organisation named by its kind last in the parse eval has seven words ("Old Dominion
# University Department of Computer Science"); a capitalised title ending in "Project" or
# "Network" is longer ("Fuzzy Analytic Hierarchy Based DBMS Selection in … Management Project").
_ORG_MAX_WORDS = 8


def _is_org(sentence: str) -> bool:
    """'Acme Institute', 'Office of Gas and Electricity Markets', 'OECD': a body's name. A sentence
    that merely ends on such a word ('… experimental design and organization') is none: a name's
    words are capitalised."""
    stripped = sentence.strip().rstrip(".").split(",")[0]
    letters = [c for c in stripped if c.isalpha()]
    suffixed = (
        _ORG_SUFFIX.search(stripped) is not None
        and not _title_like(stripped)
        and len(stripped.split()) <= _ORG_MAX_WORDS
    )
    return bool(suffixed or _ORG_OF.match(stripped) or _ORG_NAMED_KIND.match(stripped)) or (
        bool(letters) and all(c.isupper() for c in letters) and len(stripped.split()) <= 4
    )


# A software project's people named as a group ("scikit-learn developers", "The pandas development team",
# "PyTorch contributors"), as its citation file and docs ask to be cited: an author, the title the
# sentence after it (a Serbian paper's list, p13-hunt3's sr-authordate-two-urls-pristupljeno-jazz.md:
# "scikit-learn developers. Cross-validation: …; Common pitfalls: …. https://…" read as the title).
_GROUP_AUTHOR = lazyre.compile(
    r"(?:the\s+)?[\w.+-]+\s(?:developers|contributors|maintainers|(?:development|core)\s+team)",
    re.IGNORECASE,
)


# A title typed in capitals right after ABNT's or ISO 690's authors ("ENDERS, Walter. APPLIED
# ECONOMETRIC TIME SERIES. 4. ed. …", "SCHWARZ, Gideon. ESTIMATING THE DIMENSION OF A MODEL. The Annals
# of Statistics, …"): the writer set the title as the surname is set. The authors were read already (a
# surname in capitals and a given name closed by a stop), so the sentence is no second author, as a
# sentence all in capitals is taken to be elsewhere ("AI-BOOST", "DORA": _looks_like_authors). Two
# words at least: one word in capitals after the authors ("IBGE.") may be the body that published it.
# Data: fixtures/parse-eval-docx5 pt-monografia-referencias-abnt-volatilidade-cripto.docx, three of 34
# ABNT entries (titles read "4. ed", "Journal of Econometrics, v. 31", "The Annals of Statistics, …").
def _capitals_title(sentence: str) -> bool:
    stripped = sentence.strip().rstrip(".")
    letters = [c for c in stripped if c.isalpha()]
    return len(stripped.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def _looks_like_authors(sentence: str) -> bool:
    stripped = sentence.strip().rstrip(".")
    if not stripped:
        return False
    if _GROUP_AUTHOR.fullmatch(stripped):
        return True
    if (
        _VANCOUVER_AUTHORS.fullmatch(sentence.strip() + " ")
        or _PERSON.match(sentence.strip())
        or _PERSON.match(stripped)
        or _INITIALLED_GIVEN_FIRST.fullmatch(stripped)
    ):
        return True
    if ";" in stripped and all(
        _is_person(p.strip().replace(",", " ")) for p in stripped.split(";") if p.strip()
    ):
        return True
    letters = [c for c in stripped if c.isalpha()]
    if (
        letters
        and all(c.isupper() for c in letters)
        and len(stripped.split()) <= 6
        and not any(c.isdigit() for c in stripped)
    ):
        return True  # ABNT "RUSSELL, Stuart J." is caught above; "AI-BOOST", "DORA"
    if letters and all(c.isupper() for c in letters) and _corporate_author_sentence(stripped):
        # ABNT's corporate author in capitals with its initials, however long the name: "INSTITUTO
        # BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA (IBGE). Censo Brasileiro de 2010. Rio de Janeiro: IBGE,
        # 2012." (fixtures/parse-eval-docx7's Portuguese course report: the title read as the body's
        # name; seven words, one more than the rule above takes). The initials must be the name's.
        return True
    if _SEMICOLON_AUTHORS.match(sentence.strip() + " "):
        return True
    parts = [p.strip() for p in stripped.split(",")]
    return len(parts) >= 2 and all(
        _is_person(p) or _is_name_part(p) or _INITIALS.fullmatch(p + " ") for p in parts if p
    )


def _ampersand_authors(author: str) -> bool:
    """Harvard's "&" before the last of three authors or more, "Brito, J.N., Rebelo, C. & Brito,
    M.A." (heldback-33's English Harvard list): the comma part "C. & Brito" holds the last author's
    surname after the previous one's initials, so :func:`_looks_like_authors` does not see names.
    Split at the "&" or "and" too, where two parts at least are initials ("Smith and Sons", "Marks &
    Spencer, London" have none)."""
    split = [p.strip() for p in re.split(r",|\s(?:&|and)\s", author.strip())]
    initials = [p for p in split if _INITIALS.fullmatch(p.rstrip(".") + ". ")]
    return (
        len(split) >= 4
        and len(initials) >= 2
        and all(_is_person(p) or _is_name_part(p) or p in initials for p in split if p)
    )


# A numeric date that ends a phrase ("… per l'esercizio fiscale chiuso 31/1/2026": the fiscal year
# ended on it) is the title's: the phrase runs on into it without a comma.
_DATE_IN_WORDS = lazyre.compile(r"(?<=[^\W\d_])\s+~?$")
# Any date a preposition or an article leads into, closing a phrase of the title ("…, entré en
# vigueur le 27 juillet 2026": heldback-25's French regulation, the link's whole text its title): the
# phrase needs it; a date after a comma or a full stop is the entry's own and goes.
_LED_DATE = lazyre.compile(
    r"(?<!\S)(?:le|du|au|depuis|on|since|until|am|vom|seit|bis|del|desde|dal)\s+$", re.IGNORECASE
)


# A Chicago note's publication facts in brackets set off by a comma, closing the title's segment
# ("Press Statement of … Group on 22 July 2020, (Warsaw, Poland, 2020)": heldback-25's Chicago
# endnotes; "Title (New York: Basic Books, 2015)" after an emphasised title is cut by the mark): a
# place or a publisher, a comma or a colon, and the year. "(2020)" alone stays.
_FACTS_AFTER_COMMA = lazyre.compile(r",\s*\([^()\n]{1,80}?[,:]\s*(?:19|20)\d{2}\)$")


def _strip_trailing_matter(segment: str) -> str:
    previous = None
    while previous != segment:
        previous = segment
        segment = _FACTS_AFTER_COMMA.sub("", _TRAILING_MATTER.sub("", segment).rstrip(" ,.;")).rstrip(" ,.;")
        for _value, start, end in find_dates(segment):
            in_words = (
                _DATE_IN_WORDS.search(segment[:start]) and _NUMERIC_DATE.fullmatch(segment[start:end])
            ) or _LED_DATE.search(segment[:start])
            if end >= len(segment.rstrip(" ,.;")) and start > 0 and not in_words:
                segment = segment[:start].rstrip(" ,.;")
                break
    return segment


def _title_like(text: str) -> bool:
    """Words a title has and a name lacks: lower-case words that are not mere connectors."""
    return any(w[0].islower() and w.lower() not in _FUNCTION_WORDS for w in text.split() if w[0].isalpha())


_SITE_HANDLE = lazyre.compile(r"[^\W\d_][\w.&-]{1,24}")
# "Site - Title" where the site names the link's host ("Baeldung - Spring Events" at baeldung.com,
# "PostgreSQL - Transaction Isolation" at postgresql.org, "Medium (Dylan Smith) - …" at medium.com,
# "DataSet Blog - Log4j2" at dataset.com): one or two words before a hyphen, an author in brackets
# and a word saying what kind of site it is set aside; no other dash after it. A hyphen only: the
# calibration part's "Site — Title" and "Site – Title" are copied page titles, kept whole by their
# truth ("Anthropic — Building effective agents", "PyPy – Speed", "NASM — The Netwide Assembler
# Manual"), and so is a third field ("LiveCode - HTML5 - Calculator App Demo").
# (A slash may join a site's initials: "RFE/RL" at rferl.org, heldback-27's link list of news sources.)
_HOST_SITE = lazyre.compile(
    r"(?P<site>[^\W\d_][\w.&']*(?:/[^\W\d_][\w.&']*)?(?:\s[^\W\d_][\w.&']*)?)(?:\s\([^()]{1,40}\))?\s-\s"
    r"(?P<title>[^-—–]*\S)"
)
# DSTU 8302 / GOST 7.1's corporate heading, a sentence of its own before the title: "Prisma. Data
# Modeling Documentation. URL: https://www.prisma.io/…" (heldback-13's Ukrainian list); the heading
# names the host, so it is the site, as in "Site - Title".
_HOST_HEADING = lazyre.compile(
    r"(?P<site>[^\W\d_][\w&']*(?:\s[^\W\d_][\w&']*)?)\.\s(?P<title>[^\W\d_][^.()]*[^\s.])\.?"
)
# "Site, title : URL" (a French study's sources, "Auth0, tarifs : https://auth0.com/pricing",
# "WorkOS, blog sur la résidence des données : https://workos.com/…": heldback-14, eight entries):
# the site before one comma, named by the host as above, the page's title (often a lower-case
# common noun) after it. A title with a comma of its own, or a company form ("Google, Inc."), is
# not read so.
# An institution's longer name is read so too where the host spells its initials or opens with its
# first word ("University of Central Florida, Online Tuition and Fees" at ucf.edu, "Clayton State
# University, Tuition" at clayton.edu: an education statistics site's linked 'Sources', fixtures/
# parse-eval-pages educationdata-online-college.html, eight of its twelve sampled entries read
# whole as titles): up to five words, capitalised ones and "of", "the", "and", "for", "&".
_HOST_COMMA = lazyre.compile(
    r"(?P<site>[^\W\d_][\w.&'-]*(?:\s(?:of|the|and|for|&|[^\W\d_][\w.&'-]*)){0,4}),\s"
    r"(?P<title>(?!(?:inc|ltd|llc|gmbh)\b)[^\W\d_][^,]*\S)",
    re.IGNORECASE,
)
_SITE_NAME_LINKS = frozenset({"of", "the", "and", "for", "&"})
# The shortest host label a long name's first word may be read from (_HOST_COMMA).
_LONG_SITE_LABEL = 5
_SITE_KIND = frozenset({"blog", "docs", "documentation", "wiki", "guide", "guides", "tutorials", "framework"})


def host_named_site(text: str, href: str | None) -> tuple[str, str] | None:
    """``(title, site)`` for "Site - Title" whose site names the host ``href`` points to; else None.

    Developers list the pages they read as "Baeldung - Spring Events", "Confluent - Kafka Producer
    Configuration" (READMEs, blog posts in any language: heldback-11's Java README, two Korean posts
    added with it): the site first, which a reader cannot tell from a short or title-cased page
    title by the words alone, but the host tells it. A page's own "Title - Site" names the host on
    the right ("Routing table — Wikipedia"), and is left to the other rules."""
    if not href:
        return None
    match = (
        _HOST_SITE.fullmatch(text.strip())
        or _HOST_HEADING.fullmatch(text.strip())
        or _HOST_COMMA.fullmatch(text.strip())
    )
    if match is None:
        return None
    host = re.sub(r"^[a-z]+://", "", href.lower()).split("/", 1)[0].split(":", 1)[0]
    # (A two-letter label names a site only when the whole name is it: "Go Documentation. Title." at
    # go.dev, heldback-14's GOST list.)
    labels = {label for label in host.split(".")[:-1] if len(label) >= 2 and label != "www"}
    words = [w.lower() for w in match.group("site").split()]
    if len(words) > 2:
        # A long name ("University of Central Florida"): only "Site, title", named by its initials
        # or by its first word opening a host label (_HOST_COMMA), before one title with no
        # sentence or quotation of its own ("Bureau of Labor Statistics, U.S. Department of Labor.
        # 2015. "The Employment Situation…" at bls.gov: Chicago's author list, the parse eval's
        # heldback-15, spent).
        if (
            match.re is not lazyre.compiled(_HOST_COMMA)
            or re.search(r"[.!?]\s|[\"“”„«»]", match.group("title")) is not None
        ) or any(w[:1].islower() for w in match.group("site").split() if w.lower() not in _SITE_NAME_LINKS):
            return None
        if match.group("title").strip()[:1].islower():
            # "Slint Backends & Renderers, документация с предупреждением unreleased" at docs.slint.dev
            # (a Russian research note's linked source, branch s39-hunt11): what follows the comma
            # in lower case qualifies the page (documentation warning it is unreleased); the words
            # before it are the page's title, not its site.
            return None
        initials = "".join(w[0] for w in words if w not in _SITE_NAME_LINKS)
        first = re.sub(r"[^\w]", "", words[0])
        if initials not in labels and not any(
            (len(label) >= _LONG_SITE_LABEL and first.startswith(label))
            or (label == first and len(first) >= _LONG_SITE_LABEL)
            for label in labels
        ):
            return None
        return match.group("title").strip(), match.group("site").strip()
    named = [w for w in words if w not in _SITE_KIND] or words[:1]
    key = "".join(re.sub(r"[^\w]", "", w) for w in named)
    if key not in labels and key.replace("_", "") not in {label.replace("-", "") for label in labels}:
        if match.re is not lazyre.compiled(_HOST_COMMA):
            return None
        # "Site, title": the host may name the site shortened or lengthened ("MET Norway" at
        # api.met.no, "OpenWeather" at openweathermap.org, "Météo-France" at meteofrance.fr: the
        # two French source lists added as calibration with heldback-14's).
        folded = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
        bare = {label.replace("-", "") for label in labels}
        if not any(
            (folded.startswith(label) and len(label) >= 3) or (label.startswith(folded) and len(folded) >= 4)
            for label in bare
        ):
            return None
    # The medium designator after the title is none of it ("React Documentation. Официальная
    # документация React [Электронный ресурс]. - Режим доступа: https://react.dev", a Russian course
    # report's GOST list, p13-hunt3's ru-gost-remarks-opisanie-spisok-nextjs.md: six of ten titles
    # kept "[Электронный ресурс]" where the host named the site).
    return MEDIUM.sub("", match.group("title")).strip(), match.group("site").strip()


_SITE_DATE_AFTER = lazyre.compile(
    r",\s+(?:\d{1,2}\.?\s+)?(?:[^\W\d_]{3,12}\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\s*$"
)


# Han and kana: scripts without capitals, nor spaces between words. A name written in them is "capitalised" by
# nothing, and a title in them is one whitespace word however long, so case and word counts say nothing of a field
# written in them (heldback-41's Japanese works-cited export, spent on branch s41-hb2: "IT系エラーの時に出る英単語｜
# yutapii - note" read as the site "IT系…" before the title "note"; "… - itstaffing エンジニアスタイル" kept whole).
_CASELESS_SCRIPT = lazyre.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_CASELESS_NAME_WORD = lazyre.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{1,10}")


def _closing_site(site: str) -> bool:
    """Whether the last dash-separated field of a page's title names its site: one to five words,
    capitalised, a number, a host ("three.js forum") or a camel-cased name. The full stop closing
    the field is no host's dot: "three.js webgl - collada - kinematics." (heldback-25's Turkish list
    of page titles, the field a word of the title) names no site."""
    # The date the site issued it, after a comma, is no word of its name ("Institute for the Study
    # of War, June 2026", heldback-29's "Title – Site, Month Year –URL" list).
    dated = _SITE_DATE_AFTER.search(site)
    if dated is not None and dated.start() > 0:
        site = site[: dated.start()].rstrip()
    words = site.split()
    if not 1 <= len(words) <= 5:
        return _is_institution(site)  # "The Committee for Human Rights in North Korea"
    # A name closing in a word of Han or kana has no capital to show ("itstaffing エンジニアスタイル", a
    # recruiter's engineering blog): its last word, ten characters at most, stands for one. Of the eval's truth
    # publishers (main at 9abbd8c0, the held-back parts left out), 33 of the 40 words in these scripts are ten
    # characters or fewer (site names: "腾讯云开发者社区", "窓の杜"); the longer are journals and agencies, and
    # 150 of the 347 title words in them are longer.
    return bool(
        site[0].isupper()
        or site[0].isdigit()
        or "." in site.rstrip(".")[:20]
        or _CAMEL_NAME.fullmatch(words[0])
        or _CASELESS_NAME_WORD.fullmatch(words[-1])
    )


def _split_site(title: str, *, handle: bool = False) -> tuple[str, str | None]:
    """'Title - Site' (research-assistant exports) into its title and site, and 'Publisher - Title'
    ("Acme Blog - Water tariffs in practice") the other way round. ``handle``: a one-word site
    handle may open it (not in research-assistant exports, whose "Home - Crawl4AI Documentation"
    is a page's title, then its site)."""
    # The dash is a hyphen, or an en or em dash where no hyphen separates ("Title – Site – URL").
    dash = " - " if " - " in title else next((d for d in (" – ", " — ") if d in title), " - ")
    first_cut = title.find(dash)
    if first_cut > 0:
        left, right = title[:first_cut].strip(), title[first_cut + 3 :].strip()
        if (
            _is_short_name(left)
            and len(left.split()) <= 3
            and _title_like(right)
            and not _title_like(left)
            and not _CASELESS_SCRIPT.search(left)  # no case to tell a name from a title (_CASELESS_SCRIPT)
        ):
            return right, left
        if handle and _SITE_HANDLE.fullmatch(left) and len(right.split()) >= 3 and dash not in right:
            # A site's one-word handle before the page's title, as students list web sources
            # ("msg-group - Sind Microservices die bessere SOA?", "DZone - Manage Microservices With
            # Docker Compose", "SDX - Microservices – Kommunikation"): the title may be all
            # capitalised, the handle in lower case; three words or more after it.
            return right, left
    cut = title.rfind(dash)
    if cut <= 0:
        return title, None
    site = title[cut + 3 :].strip()
    if not _closing_site(site):
        # A page's title with hyphens, its site after the last en or em dash ("Title - 38 North:
        # Informed Analysis of North Korea – 38 North, August 2018"): the last field closes it.
        last = max(title.rfind(" – "), title.rfind(" — "))
        if last > cut and _closing_site(title[last + 3 :].strip()):
            cut, dash, site = last, title[last : last + 3], title[last + 3 :].strip()
    if _closing_site(site):
        title = title[:cut].strip()
        # Sites stacked as a page's breadcrumbs ("Dialect Conversion - MLIR - LLVM"): a field of one
        # or two capitalised words before the site is a section of it, not the title's.
        inner = title.rfind(dash)
        section = title[inner + 3 :].strip() if inner > 0 else ""
        while (
            inner > 0
            and 1 <= len(section.split()) <= 2
            and section[:1].isupper()
            and not _title_like(section)
        ):
            title, site = title[:inner].strip(), f"{section} - {site}"
            inner = title.rfind(dash)
            section = title[inner + 3 :].strip() if inner > 0 else ""
        return title, site
    return title, None


def _sentences(text: str) -> list[str]:
    spans = sentence_spans(text)
    sentences: list[str] = []
    for a, b in spans:
        piece = text[a:b].strip()
        if not piece.strip(" ."):
            continue
        if sentences and re.fullmatch(r"\d{1,3}\.", sentences[-1]):
            sentences[-1] = sentences[-1] + " " + piece  # "2. Semantic HTML": a numbered title
        else:
            sentences.append(piece)
    return sentences


_SUBTITLE_WORDS = 2


# A part of a series named by its number and a colon ("Как сделать робота на ROS своими руками. Часть 1:
# шасси и бортовая электроника", heldback-24's GOST list; "Building a Blog. Part 2: Comments"): the
# part's designator opens no field of its own, so the sentence goes on the title before it. Only with
# the colon (or a dash): "Tailored acoustic metamaterials. Part I. Thin- and …" (heldback-14, read
# from its emphasis) and a volume's "Part 2." in a book entry are left as they were.
_PART_OF_SERIES = lazyre.compile(
    r"\s*(?:Part|Часть|Частина|Teil|Partie|Parte|Bölüm|Część|Deel)\s+(?:\d{1,3}|[IVX]{1,5})\s*(?::|\s[—–-]\s)"
)

# A sentence that is a part's designation: the designator and a number ("Часть 2.5", "Part IV:") or,
# alone in its sentence, an ordinal word ("Часть девятая.", "Teil zwei"). Read only where a medium
# designator closes the title area (heldback-29's GOST list, branch p10-hb29tune).
_PART_SENTENCE = lazyre.compile(
    r"(?:Part|Часть|Частина|Teil|Partie|Parte|Bölüm|Część|Deel|Osa|Del)\s+"
    r"(?:(?:\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5})(?:[.:]|$)|[^\W\d_]+\.?$)"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of an entry's text (claims.sentence_spans), a sentence closed by a question
    mark joined to the subtitle after it (``_subtitle_after_question``), a part of a series ("Часть 1:
    …", ``_PART_OF_SERIES``) joined to the title before it."""
    spans = _claim_sentence_spans(text)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (
            (text[merged[-1][1] - 1] == "?" and _subtitle_after_question(text[start:end]))
            or _PART_OF_SERIES.match(text, start)
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _subtitle_after_question(piece: str) -> bool:
    """Whether the sentence after one closed by a question mark goes on the title as its subtitle:
    it opens with a capital and is written in sentence case, two lower-case words at least that are
    not mere connectors ("How can extremism prevail? A study based on the relative agreement
    interaction model.", heldback-16's NetLogo references; "What is Jenkins? A Guide to CI/CD.",
    "Want Safer Passwords? Don’t Change Them So Often," and "Playing nice? FireEye CEO says U.S.
    malware is more restrained …", calibration entries). A journal's or a site's name after the
    question ("Journal of Artificial Societies and Social Simulation 5(4)1.") is in title case and
    stays a field of its own; so does a date."""
    words = piece.rstrip(" .").split()
    if not piece[:1].isupper() or _DATE_SENTENCE.fullmatch(piece.rstrip(" .")):
        return False
    lower = [w for w in words[1:] if w[:1].islower() and w.lower() not in _FUNCTION_WORDS]
    return len(lower) >= _SUBTITLE_WORDS


# A sentence that is a date ("2016.", "2018 Jan 5;12(3):45-9."), dropped before the title; one that
# runs on ("2016 American Thyroid Association Guidelines for …") is the title, opening with its year.
_DATE_SENTENCE = lazyre.compile(r"(?:19|20)\d{2}[a-z]?(?:[\s;:,].{0,24})?")


def _comma_fields(text: str) -> list[str]:
    """``text`` split at its commas, but not at one inside parentheses ("Form S-1 (IPO/SPAC, 2021)"
    is one field: heldback-13's Italian sources list, not a title cut before "2021)") nor at one
    inside a number ("2,56 por mil", "per 1,000 people": a calibration ABNT list of p10-hb11gate2
    read "2, 56" when its fields were joined again)."""
    fields, depth, start = [], 0, 0
    for at, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif (
            char == ","
            and depth == 0
            and not (text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit())
        ):
            fields.append(text[start:at])
            start = at + 1
    fields.append(text[start:])
    return fields


_ORG_DASH = lazyre.compile(r"\s[—–]\s")
_ORG_DASH_WORDS = 3


def _org_dash_title(title: str) -> tuple[str, str] | None:
    """An emphasised "Organisation — Title" (a reading list's "**HM Government — Approved Document
    L, Volume 1: Dwellings**", "**BRE — Home Energy Model: …**": heldback-13's further-reading list,
    four entries): the title after one dash and who publishes it before, when that is a short
    name (an acronym, at most three capitalised words, no article) and the title is longer and
    opens in capitals. "**The Home Energy Model — Technical Documentation**" (an article opens it),
    "**AI in Teaching — Systematic Review**" (the part after is shorter), "**HL7 CDA — portale
    ufficiale**" (it opens in lower case) keep their dash."""
    split = _org_before_dash(title)
    if split is None or len(split[0].split()) <= len(split[1].split()):
        return None
    return split


# A venue named after a title's comma: "…, IEEE International Conference on Software Architecture",
# "…, International Journal of Open Information Technologies ISSN: …", "…, Proceedings of …".
_VENUE_AFTER_COMMA = lazyre.compile(
    r",\s+(?P<venue>(?:(?:IEEE|ACM|IFIP|USENIX|IEEE/ACM)\s+)?(?:(?:\d+(?:st|nd|rd|th)\s+)?(?:International|"
    r"European|Annual|National|World)\s+(?:Conference|Journal|Symposium|Workshop)\s+(?:on|of)\s+[A-Z]"
    r"|Proceedings\s+of\s+the\s+[A-Z]|Journal\s+of\s+[A-Z]).*)$"
)


def venue_after_title(title: str) -> tuple[str, str] | None:
    """A title run on into its venue after a comma, as (title, venue): DIN's "Surname, Given:
    Title, Venue, Year" written by hand ("Microservices: Architecting for Continuous Delivery and
    DevOps, IEEE International Conference on Software Architecture", "On Micro-services
    Architecture, International Journal of Open Information Technologies ISSN: 2307-8162 vol. 2,
    no. 9": heldback-17's German seminar, two titles). The venue opens with "International",
    "European", "Annual", "National" or "World" (an issuer's initials or an ordinal maybe before)
    and "Conference", "Journal", "Symposium" or "Workshop on/of", or "Proceedings of the", or
    "Journal of", and a capital; the title before it keeps three words at least. "Report of the
    International Conference on Population" (the venue's words open the title, no comma before
    them) and "…, international journal of …" in lower case stay whole."""
    found = _VENUE_AFTER_COMMA.search(title)
    if found is None or len(title[: found.start()].split()) < 3:
        return None
    return title[: found.start()].strip(), found.group("venue").strip()


# An edition's sentence closing a book's title: "Wydanie III poprawione", "Edition 2", "Auflage 3".
_EDITION_SENTENCE = lazyre.compile(
    r"\.\s+(?:wydanie|wyd\.|edition|edici[óo]n|[ée]dition|auflage|издание|видання)\b.*$", re.IGNORECASE
)
_NAMES_COMMA_LIST = 3


def _given_first_names(text: str) -> int:
    """How much of ``text`` its people take, each written "Given Surname, " (two capitalised words,
    neither a function word): "Jerzy Grębosz, ", "Stuart Russell, Peter Norvig, "; 0 where none."""
    position = 0
    while True:
        found = re.match(r"([^\W\d_][\w'’\-]*) ([^\W\d_][\w'’\-]*), ", text[position:])
        if found is None or not all(
            w[:1].isupper() and not w.isupper() and w.lower() not in _FUNCTION_WORDS for w in found.groups()
        ):
            return position
        position += found.end()


def names_comma_titles(texts: Sequence[str]) -> list[tuple[str | None, str | None] | None]:
    """A book list written "Given Surname, Title[. Subtitle][. Edition][, Publisher][, Year]", one
    shape a list: where three entries or more, three in four of those without an address, open
    with people so, each such entry's title is what follows them, its stops kept, an edition's
    sentence, a closing year and a closing publisher (a short name) left out ("Jerzy Grębosz, Opus
    magnum C++. Programowanie w języku C++. Wydanie III poprawione", "Mark Lutz, Python.
    Wprowadzenie. Wydanie V, Helion.", "Jason Brownlee, Deep Learning for Computer Vision, Machine
    Learning Mastery.", "Stuart Russell, Peter Norvig, Wprowadzenie do sztucznej inteligencji.":
    heldback-17's Polish list, four titles, beside "Aurélien Géron, Hands-On Machine Learning with
    Scikit-Learn, Keras, and TensorFlow, O'Reilly Media, 2022." read so already). For each text,
    (alone, "Deep Learning, Computer Vision" is a title). For each text, (title, publisher), or None where the rule does not apply."""
    plain = [text for text in texts if URL_PATTERN.search(text) is None]
    named = [_given_first_names(text) for text in plain]
    listed = sum(1 for n in named if n)
    if listed < _NAMES_COMMA_LIST or listed * 4 < len(plain) * 3:
        return [None] * len(texts)
    found: list[tuple[str | None, str | None] | None] = []
    for text in texts:
        taken = _given_first_names(text) if URL_PATTERN.search(text) is None else 0
        rest = " ".join(text[taken:].split()).rstrip(" .") if taken else ""
        edition = _EDITION_SENTENCE.search(rest)
        publisher = None
        if edition is not None:
            last = _comma_fields(edition.group())[-1].strip(" .")
            publisher = last if len(_comma_fields(edition.group())) > 1 and _is_short_name(last) else None
            rest = rest[: edition.start()]
        fields = [f.strip() for f in _comma_fields(rest)]
        if len(fields) > 1 and _BARE_YEAR.fullmatch(fields[-1]):
            fields.pop()
        if len(fields) > 1 and _is_short_name(fields[-1]) and len(fields[-1].split()) <= 3:
            publisher = fields.pop()
        found.append((tidy_title(", ".join(fields)), publisher) if rest and fields else None)
    return found


# The person's field of a title-first list: "Given Surname" alone between commas, two capitalised
# words, neither all capitals nor a function word ("Mark Lutz", "Gerhard Völkl").
_PERSON_FIELD = lazyre.compile(r"([^\W\d_][\w'’\-]+) ([^\W\d_][\w'’\-]+)")
_TITLES_BEFORE_NAMES_LIST = 3
_ANY_YEAR = lazyre.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# An edition written out ("Second Edition", "Zweite Auflage") is two capitalised words, no person.
_EDITION_NOUNS = frozenset(
    {"edition", "auflage", "édition", "edición", "edizione", "editie", "edição", "wydanie"}
)


def _person_field(field: str) -> bool:
    found = _PERSON_FIELD.fullmatch(field.strip())
    return (
        found is not None
        and found.group(2).lower() not in _EDITION_NOUNS
        and all(
            w[:1].isupper() and not w.isupper() and w.lower() not in _FUNCTION_WORDS for w in found.groups()
        )
    )


def titles_before_names(texts: Sequence[str]) -> list[tuple[str, str] | None]:
    """A title-first book and article list "Title[, Edition], Given Surname, Publisher|Journal[,
    Year]" (heldback-34's German Python notes: "Learning Python, 5th edition, Mark Lutz, O’Reilly",
    "Python: Programmiersprache für alle Fälle, Holger Krekel, aus: iX Special, …", "Parallele
    Programmierung mit Python, Teil 1: Multitasking, Gerhard Völkl, iX 11/2016", six of its twelve
    entries, read whole, cut at an edition or not at all): the title is the comma fields before the
    person's. For each text (title, person), or None. Guard: only in a list where three entries at
    least, half of those without an address, hold a person's field after their first field with a
    field after it (the imprint), the fields before it of two words at least, with no year and no
    quotation mark (not authors, an author-date head, a journal's issue or a quoted title whose
    inner words look like a name: the calibration's "Behrens, John T. (1997), …, Psychological
    Methods, …", "Jurafsky, D. …, “Speech …, Computational Linguistics, …”", heldback-26's "c't
    05/2018, Manuel Ottlik, Title"); "Deep Learning, Computer Vision" alone or in a list of such
    pairs (no field after the name-like pair, or too few entries) is left as it was read."""
    plain = [text for text in texts if URL_PATTERN.search(text) is None]
    found: list[tuple[str, str] | None] = []
    for text in texts:
        fields = [f.strip() for f in _comma_fields(" ".join(text.split()).rstrip(" ."))]
        at = next((i for i, f in enumerate(fields[1:-1], 1) if _person_field(f)), None)
        title = ", ".join(fields[:at]) if at is not None else ""
        if (
            at is None
            or URL_PATTERN.search(text) is not None
            or len(fields[0].split()) < 2  # "Behrens, John T. (1997), …": a surname opens it
            or _ANY_YEAR.search(title)  # "c't 05/2018, Manuel Ottlik, Title": a journal's issue
            or set(title) & set('“”„«»"')  # "…, “Title, Computational Linguistics, …”": inside quotes
        ):
            found.append(None)
        else:
            found.append((title, fields[at]))
    listed = sum(1 for f in found if f is not None)
    if listed < _TITLES_BEFORE_NAMES_LIST or listed * 2 < len(plain):
        return [None] * len(texts)
    return found


def org_dash_title(run: str) -> tuple[str, str] | None:
    """An emphasised run "Name — Title" as (title, name) whatever the name (a short one, at most
    three capitalised words, before a longer title opening in capitals); None otherwise. Alone it
    splits nothing (a work's own name may stand before the dash: "**Ng-book — The Complete Guide to
    Angular**"); entries.py's ``_org_dash_runs`` splits such runs in a list that already shows the
    shape with an issuer known as one (an acronym, a body by its kind)."""
    return _org_dash_title(run)


def _org_before_dash(text: str) -> tuple[str, str] | None:
    """``text`` as (title, organisation) where one spaced dash parts a short name (an acronym, at
    most three capitalised words, no article) from a title opening in capitals; None otherwise.
    The one test behind both "Organisation — Title" readers (``_org_dash_title`` and a marked
    title's lead before its description)."""
    parts = _ORG_DASH.split(text)
    if len(parts) != 2:
        return None
    org, rest = parts[0].strip(), parts[1].strip()
    if (
        not org
        or not rest[:1].isupper()
        or len(org.split()) > _ORG_DASH_WORDS
        or org.split()[0].lower() in _FUNCTION_WORDS
        or not _is_short_name(org)
    ):
        return None
    return rest, org


def _imprint_after(text: str, title: str) -> bool:
    """Whether the comma fields after ``title`` in ``text`` close on an imprint: a year, a date or
    a site's host name among them. IEEE written without its quotes by hand (people given names first,
    then "Title, Container, Place, Year, URL"), as heldback-13's Polish reST notes write it ("Lorrie
    Cranor, Time to rethink mandatory password changes, 2 marca 2016 roku, Federalna Komisja Handlu,
    ftc.gov, https://…", "Tomasz Mielnicki, …, Identyfikacja i uwierzytelnianie w usługach
    elektronicznych, Przewodnik Forum …, Warszawa, 2013", "…, Dropbox Tech blog, https://…"): the
    title is one field, the fields after it the container and the imprint (a year, a date, a host,
    or a site named as a blog, docs or wiki)."""
    fields = [f.strip(" .") for f in _comma_fields(text)]
    if title not in fields:
        return False
    after = fields[fields.index(title) + 1 :]
    return any(
        _BARE_YEAR.fullmatch(f)
        or _DOMAIN.match(f)
        or next(iter(find_dates(f)), None) is not None
        or (len(f.split()) >= 2 and f.split()[-1].lower() in _SITE_KIND)  # "Dropbox Tech blog"
        for f in after
    )


# A book list of a lab manual, title first: "Head First. Python. Фабула. 2023. – 624 р. ISBN …",
# "Head First HTML and CSS: …. O'Reilly Media. 2022. – 762 р." (heldback-11's Ukrainian list from
# PDF): the publisher is the short sentence before the year, the year is followed by the extent,
# and everything before the publisher, full stops and all, is the title.
_TITLE_PUBLISHER_YEAR_EXTENT = lazyre.compile(
    r"^(?P<title>[^\W\d_].{2,300}?)\.\s+(?P<publisher>[^\W\d_][^.]{1,40}?)\.\s+(?:19|20)\d{2}\.\s*[–—-]\s*\d+\s*[рpсcsSс]\.(?:\s|$)"
)
# A publisher in guillemets after the title, then the year: "Duncan McGregor, Nat Pryce, Java to
# Kotlin: A Refactoring Guidebook, «O'Reilly Media», 2021." (heldback-11's Ukrainian list; Russian
# and Ukrainian lists write "Изд-во «Гуманитарный центр», 2021" so): the quoted name is no title.
_PUBLISHER_IN_GUILLEMETS = lazyre.compile(r",\s*«(?P<publisher>[^«»]{2,40})»,\s*(?:19|20)\d{2}\b")
_ELIDED_AUTHORS = lazyre.compile(r",\s*(?:…|\.\.\.)\s*(?=[^\W\d_][\w'’\-]+,\s(?:[^\W\d_]\.\s?)+)")


def _publisher_named_in_title(title: str, trailing: Sequence[str]) -> bool:
    """Whether the one field after a title is its publisher because the title opens with that name,
    as companies and institutes title their own reports ("(ISC)2 Cybersecurity Workforce Study 2020,
    (ISC)2", "Acme 2021 Threat Report, Acme"; heldback-11's SOAR white paper): a name of at most four
    words whose first word opens the title, the title longer than the name."""
    if len(trailing) != 1:
        return False
    name, words = trailing[0].split(), title.split()
    return 1 <= len(name) <= 4 and len(words) > len(name) and words[0] == name[0]


_GIVEN_FIRST_SENTENCE = lazyre.compile(
    r"(?P<person>(?:[^\W\d_]\.\s?|[^\W\d_][\w'’\-]+\s){1,4}?[^\W\d_][\w'’\-]+)\.\s+(?=[A-ZÀ-Ý\d])"
)


# A body's name and its country's initials after a comma, as a group author ("Department for
# Transport, UK. Road Traffic Estimates: …", heldback-20's author-date list, two entries): a
# sentence of the author, as the name alone is. "Title, UK" never ends a title's first sentence in
# the eval (a place after a comma is the imprint's and follows the title).
_ORG_COUNTRY = lazyre.compile(r"[^,]{3,100},\s(?:[A-Z]\.?){2,3}\.?")


def _group_author(sentence: str) -> bool:
    """A body's name alone in its sentence (``_is_org``), its country's initials after it or none."""
    return _is_org(sentence) and ("," not in sentence or _ORG_COUNTRY.fullmatch(sentence.strip()) is not None)


# MLA's and Chicago's bibliography open with one author inverted, "Surname, Given." ("Tietz, Tabea.
# Johann Carolus and the First Newspaper. Scihi, 2021.", heldback-17's works cited): the given name
# and the title after it, each closed by a stop, read as an abbreviated journal ("Tabea. Johann …
# Newspaper. Scihi") after a title "Tietz". The lead counts only where a whole sentence follows it
# and another after that; "Title, Inf. Resursy Ross., 2010" (Pleiades) has none.
# The given name may end on a middle initial, its stop the name's ("Ghosh, Monica G. Tiger Files: …
# ProQuest Dissertations Publishing, 2013.": an annotated bibliography of fixtures/parse-eval-docx,
# read with the title "Monica G. Tiger Files: …").
_INVERTED_NAME_LEAD = lazyre.compile(
    r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+,\s[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s[A-ZÀ-Ý][a-zà-ÿ'’\-]+)?(?:\s[A-ZÀ-Ý]\.|\.)\s"
    r"(?=[^.]{10,}\.\s+[A-ZÀ-Ý])"
)


# MLA's and Chicago's one inverted author whose given name ends on a middle initial: "Ghosh, Monica
# G. Tiger Files: …. ProQuest Dissertations Publishing, 2013." The initial's stop ends the name, not
# a sentence of the title ("Monica G. Tiger Files: …" was read, an annotated bibliography of
# fixtures/parse-eval-docx; "Smith, John A. The Book of Things." read "Smith"). Guard: a whole
# sentence follows it and another after that, as _INVERTED_NAME_LEAD asks.
_INVERTED_INITIAL_NAME = lazyre.compile(
    r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+,\s[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s[A-ZÀ-Ý][a-zà-ÿ'’\-]+)?\s[A-ZÀ-Ý]\.\s"
    r"(?=[^.]{10,}\.\s+[A-ZÀ-Ý])"
)


# A page's title in a research-assistant export that opens with its author, as Russian and Ukrainian
# sites title an author's article: the author in GOST's order ("Сердечний О. В. Китайська стратегічна
# програма «…» - sinologist") or two or three capitalised names closed by a stop before a title opened
# by guillemets ("Цзян Шигун. «Критичне десятиліття» в … - Strategic Group Sofia": p42hunt15's
# Ukrainian "Джерела" list, branch s42-hunt15b). The author is no part of the title; at least three
# words must be left. A site or a name before a stop with no guillemets after it ("BBC News. Report
# on …") is read as before.
_NAMES_BEFORE_GUILLEMETS = lazyre.compile(r"(?:[^\W\d_][\w'’\-]+\s){1,2}[^\W\d_][\w'’\-]+\.\s(?=«)")
_AUTHOR_LEAD_MIN_WORDS = 3


def _without_author_lead(title: str) -> str:
    lead = _GOST_AUTHOR.match(title) or _NAMES_BEFORE_GUILLEMETS.match(title)
    if lead is None or not all(word[:1].isupper() for word in lead.group().split()):
        return title
    rest = title[lead.end() :]
    return rest if len(rest.split()) >= _AUTHOR_LEAD_MIN_WORDS else title


def _from_segments(head: str, *, cites: bool, site_split: bool) -> tuple[str | None, str | None]:
    """Title and publisher of an unmarked head, by its sentences and comma segments."""
    text = _CITATION_KEY.sub("", head.strip())
    if site_split:
        # "Title - Site, accessed …": the whole head is the page's title and its site.
        title, site = _split_site(text.strip(" ,;"))
        title = _without_author_lead(title)
        if site is None:
            # "Imgur, Offensive Plus Minus vs Defensive Plus Minus, accessed …": site, then title.
            first, _, rest = title.partition(", ")
            site_first = rest and _is_short_name(first) and len(first.split()) <= 3 and not _title_like(first)
            if site_first and _title_like(rest) and len(rest.split()) > len(first.split()):
                return tidy_title(rest), first
        return tidy_title(title), site
    text = _strip_trailing_matter(EDITORIAL_NOTE.sub("", text))
    if not text:
        return None, None
    place = _PLACE_PUBLISHER.search(text)
    if place is not None and (
        _looks_like_authors(text[: place.start()] + ".") or _group_author(text[: place.start()])
    ):
        # "Evans, Eric. Domain-Driven Design Reference: Definitions and Pattern Summaries.": were the
        # last sentence "Place: Publisher", only the authors would be left; it is the title. So
        # after a body written as the author ("Department for Transport, UK. Road Traffic
        # Estimates: Great Britain 2021").
        place = None
    publisher: str | None = None
    if place is not None:
        publisher = place.group("publisher").strip()
        text = text[: place.start()]
    text = _EDITION.sub(".", text)
    # "SILVA, R. P. et al.", "CELESTE, R. K.; FRAGA, S.", "MOTA-ROJAS, Daniel et al." (ABNT and ISO
    # 690 copied as plain text, their bold journal lost), else Vancouver, semicolon and GOST lists.
    # The longest reading wins: "TANENBAUM, A. S.; BOS, Herbert." is one ABNT list, not "TANENBAUM, A.".
    leads = [
        m
        for m in (
            p.match(text)
            for p in (
                _INITIALLED_AUTHORS,
                _ABNT_AUTHORS,
                _ET_AL,
                _ISO690_AUTHORS,
                _CAPS_NAMES,
                _INVERTED_PAIR,
                _GIVEN_CAPS_NAMES,
                _DOTTED_VANCOUVER_AUTHORS,
                _INVERTED_INITIAL_NAME,
            )
        )
        if m is not None
    ]
    lead = max(leads, key=lambda m: m.end(), default=None)
    given_first = _GIVEN_FIRST_SENTENCE.match(text)
    if (
        lead is None
        and given_first is not None
        and _INITIALLED_GIVEN_FIRST.fullmatch(given_first.group("person"))
    ):
        # "Walter D. Lambert. Title", "C. Tscherning. Title": the initial does not end the name (nor
        # is "Walter D." a Vancouver author); the surname's stop does.
        text = text[given_first.end() :]
    elif lead is not None and lead.end() < len(text):
        text = text[lead.end() :]
    else:
        for pattern in (_VANCOUVER_AUTHORS, _SEMICOLON_AUTHORS, _GOST_AUTHOR):
            authors = pattern.match(text)
            if authors is not None and authors.end() < len(text):
                text = text[authors.end() :]
    # "Sorting and Searching, volume 3 of The Art of Computer Programming": the series is no title's.
    text = _SERIES_VOLUME.split(text)[0]
    area = _GOST_AREA.search(text) or _GLUED_AREA.search(text)
    if area is not None:
        text = text[: area.start()]
    kind = _PUBLICATION_KIND.search(text) or _HONOURED_NAMES.search(text)
    if kind is not None and kind.start() > 0:
        text = text[: kind.start()]
    inverted = _INVERTED_NAME_LEAD.match(text)
    for comma in re.finditer(r",\s+", text):
        if inverted is not None and comma.start() < inverted.end():
            continue  # MLA's "Tietz, Tabea. Title. Site, 2021.": the given name's stop ends no abbreviation
        journal = _abbreviated_journal(text[comma.end() :])
        if journal is not None and comma.start() > 0:
            # Pleiades, IEEE: "Title, Inf. Resursy Ross., 2010, no. 3": an abbreviated journal after
            # the title closes it, and its stops end no sentence.
            publisher, text = publisher or journal, text[: comma.start()]
            break
    org = _LEADING_ORG.match(text)
    if org is not None:
        publisher = publisher or org.group(1)
        text = text[org.end() :]
    whole = [seg.strip() for seg in _comma_fields(text.rstrip(" ."))]
    people = 0
    year_last = bool(whole) and _BARE_YEAR.fullmatch(whole[-1]) is not None
    while len(whole) > 1 and (_is_person(whole[-1]) or _BARE_YEAR.fullmatch(whole[-1])):
        people += _is_person(whole.pop())
    if people and year_last and whole:
        # "The Code Book. The Secret History …, Simon Singh, 2000": everything before the authors.
        return tidy_title(", ".join(whole)), publisher
    sentences = _sentences(text)
    dropped = 0
    named = lead is not None and lead.re in (_ABNT_AUTHORS, _ISO690_AUTHORS)
    while len(sentences) > 1 and dropped < 3:
        first = sentences[0]
        if named and dropped == 0 and _capitals_title(first):
            break
        if _group_author(first):
            publisher = publisher or first.rstrip(".")
        elif _CREDIT.match(first) or _DATE_SENTENCE.fullmatch(first.strip()) or _looks_like_authors(first):
            pass
        else:
            break
        sentences.pop(0)
        dropped += 1
    if not sentences:
        return None, publisher
    while (
        len(sentences) > 1
        and sentences[0].endswith(("?", "!"))
        and _title_like(sentences[1])
        # "…: has the science improved? F. A. McAlister, H. D. Clark, …": the authors follow it.
        and not (_looks_like_authors(sentences[1]) or _INITIALLED_AUTHORS.match(sentences[1]))
    ):
        # "O que é Kanban? Explicado para Iniciantes.": a question title's subtitle, not a publisher.
        sentences[:2] = [sentences[0] + " " + sentences[1]]
    if publisher is None and len(sentences) > 1:
        publisher = tidy_publisher(sentences[1])
    segments = [s.strip() for s in _comma_fields(sentences[0].rstrip("."))]
    segments = [s for s in segments if s and not s.lower().startswith(("by ", "par ", "von "))]
    for index, segment in enumerate(segments[1:], start=1):
        on_site = _SU.match(segment)
        if on_site is not None:
            # "Title, su Acme Blog" (Italian Wikipedia), "Title, on Site".
            publisher = publisher or on_site.group("site").strip()
            segments = segments[:index]
            break
    # "Title, Person, Person, 2014" (a book): the people and the year go.
    book = False
    people_first = 0  # people named given names first before the title ("Lorrie Cranor, Title, …")
    while len(segments) > 1 and (_is_person(segments[-1]) or _BARE_YEAR.fullmatch(segments[-1])):
        segments.pop()
        book = True
    if not book:
        # "S. Wasista, Setiawardhana, D. A. Saraswati, and E. Susanto, Title" and "OECD, Title":
        # leading names go while what follows is longer.
        # Only an author list runs on past its first name; an organisation is one segment
        # ("OECD, Policies, data and analysis …", "White House, Executive Order on the Safe, …").
        dropped_names = 0
        # Each segment's words, and those after the first: kept as segments go, not recounted from
        # a join of the rest each time (quadratic in a long list of names: 48,000 characters of
        # "Aa, B." took 3 s; tests/parse/test_hostile_inputs.py).
        words = [len(segment.split()) for segment in segments]
        rest_words = sum(words[1:])
        while (
            len(segments) >= 2
            # "GIT: História, Evolução e Aplicações": a title and its subtitle, no name before a comma.
            and ": " not in segments[0]
            and (
                _is_name_part(segments[0])
                if dropped_names
                else (_is_name_part(segments[0]) or _is_short_name(segments[0]))
            )
        ):
            if rest_words <= words[0]:
                break
            if segments[1][:1].islower() and not _is_name_part(segments[1]):
                break  # what is left would start mid-sentence: the segment belongs to the title
            organisation = not _is_name_part(segments[0])
            if publisher is None and not _is_person(segments[0]) and _is_short_name(segments[0]):
                publisher = segments[0]
            people_first += not organisation
            segments.pop(0)
            words.pop(0)
            rest_words -= words[0]
            dropped_names += 1
            if organisation:
                break
    title_text = ", ".join(segments)
    if len(segments) == 1 and " - " in title_text:
        swapped, by = _split_site(title_text, handle=True)
        if by is not None and title_text.startswith(by):
            title_text, publisher = swapped, publisher or by  # "Acme Blog - Water tariffs in practice"
    trailing = segments[1:]
    # "Title, Milano, Apogeo" / "Water tariffs in practice, Acme Institute": place and publisher.
    if (
        trailing
        and place is None  # the imprint named place and publisher: the segments are the title's
        # "Big Data: Concepts, Algorithms, Tools and Applications": a subtitle's enumeration.
        and not (":" in segments[0] and re.search(r"\s(?:and|und|et|y|e|i)\s", trailing[-1]))
        and (
            all(
                (_is_short_name(t) or _is_institution(t)) and not any(c.isdigit() for c in t)
                for t in trailing
            )
            or _publisher_named_in_title(segments[0], trailing)
        )
        and (not _is_short_name(segments[0]) or len(trailing) >= 2 or cites)
    ):
        title_text = segments[0]
        publisher = publisher or tidy_publisher(trailing[-1]) or trailing[-1]  # ("Moscow: Academia")
    elif people_first and trailing and _imprint_after(head, segments[0]):
        title_text = segments[0]
    return tidy_title(title_text), publisher


# Link text naming a copy's format rather than the work ("html format", "PDF", "full text").
_FORMAT_LINK = lazyre.compile(
    r"(?:html|pdf|full[\s-]?text|abstract|docx?|epub|slides?)(?:\s+(?:format|version|file|copy))?",
    re.IGNORECASE,
)


# Link text that names no work, only that there is a link ("[Link](…)", "[here](…)", "[Source](…)"):
# a bibliography that sets each title on a line of its own and its URL behind such a word below it
# (heldback-10's Harvard list: "Resident Evil 6 Transcript⏎[Link](…)⏎Accessed: …", twelve entries;
# and its calibration document) has no title in it.
# "[URL](…)" names none either (a package README's Nature-style list, "*Title.* ICLR (2020). [URL](…).":
# p13-hunt3's en-nature-bullets-bracket-labels-nff.md, two titles of nine read "URL").
# The word "source" in other languages names none either: "[^F01]: Faustus · README.md. [Fuente](…). Consultado
# el …" (s34-hunt5's es-footnotes-repo-file-fuente-link-consultado-faustus.md, five notes of five read "Fuente");
# Portuguese "Fonte", German "Quelle", Turkish "Kaynak", Russian "Источник", Ukrainian "Джерело", Indonesian
# "Sumber" are the same word. Only the whole link text: "[Fuente Ovejuna](…)" is a title.
GENERIC_LINK = lazyre.compile(
    r"(?:link|here|website|web\s?site|source|online|url|enlace|lien|ссылка|tautan|bağlantı|collegamento"
    r"|fuentes?|fontes?|quellen?|kaynak|источник|джерело|sumber)",
    re.IGNORECASE,
)
# ABNT's authors alone, surnames in capitals, initials after them, joined by ";" or ",": "LARSON,
# R.; FARBER, B.", "MARTINS, J. S., LENZ, M. L., SILVA, M. B. F.", "BORI, A.".
# Given names written out, the names joined by ";" as ABNT joins them: "**SERRANO, Maurício; SERRANO,
# Milene**. Requisitos - Aula 15. Material apresentado …" (s42-hunt16's requirements course page, its
# lecture read as titled by its authors). Up to three given words, particles in lower case ("SILVA,
# Maria das Graças"), each name's surname in capitals: a bold title in capitals has no ", Given" after it.
# Only before a plain title: with an emphasised run right after the names ("**LIU, Junwei et al.**
# *Large Language Model-Based Agents …* [online]. arXiv preprint …", heldback-33's Czech list) that run
# is the title (_MARKED_CAPS_CREATOR below).
_ABNT_INITIALS = r"(?:[A-ZÀ-ÖØ-Þ]\.\s?)+"
_ABNT_GIVEN_NAMES = (
    r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+(?:\s(?:(?:da|das|de|do|dos|e)\s)?[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+){0,2}"
)
_MARKED_ABNT_AUTHORS = lazyre.compile(
    rf"{_CAPS_SURNAME},\s{_ABNT_INITIALS}(?:[;,]\s{_CAPS_SURNAME},\s{_ABNT_INITIALS})*(?:\s?et\s+al\.)?"
)
_MARKED_ABNT_FULL_NAMES = lazyre.compile(
    rf"{_CAPS_SURNAME},\s{_ABNT_GIVEN_NAMES}(?:;\s{_CAPS_SURNAME},\s{_ABNT_GIVEN_NAMES})*(?:\s?et\s+al\.)?"
)

# ISO 690's creator alone, in capitals, closed by its full stop: a surname with given names after
# a comma ("LIU, Junwei et al.", "NOVÁK, Jan.") or a body's name ("IEEE COMPUTER SOCIETY.",
# "BMAD-CODE-ORG.", "METR."). Set in bold before an emphasised title (title_and_publisher); a bold
# title in capitals closed by a stop is followed by no second emphasised run right after it.
_MARKED_CAPS_CREATOR = lazyre.compile(rf"{_CAPS_SURNAME}(?:,\s[^.;*\n]{{1,60}}?)?\.")
# A bold author-date run opening an entry ("**GAim4A (2022a)**", "**Entertainment Software
# Association (ESA), 2024**", "**Lukman, J. (2024)**"): the entry's author and year, set apart as
# Harvard lists laid out one field a line set them, never its title.
# Words of a sentence that may be an organisation's name standing alone before an emphasised run.
_ORG_SENTENCE_WORDS = 8


def _lead_org(sentences: Sequence[str]) -> bool:
    """Whether the first of the sentences before an emphasised container is an organisation, the
    author. The last sentence left, long, is the title even where its first comma field reads as a
    body's initials ("GPT-3, Bloviator: OpenAI's language generator has no idea what it's talking
    about." before *MIT Technology Review*: en-nature-numbered-essay-deep-learning-wall-references.md
    6, read as an organisation and dropped, the container taken for the title)."""
    if not _is_org(sentences[0]):
        return False
    return len(sentences) > 1 or len(sentences[0].split()) <= _ORG_SENTENCE_WORDS


# "et al." left at the head of a lead once the first author's name is dropped ("Weidinger, L., et al.").
_LEADING_ET_AL = lazyre.compile(r"^et\.?\s+al\.?,?\s+")
_LEADING_ET_AL_TITLE = lazyre.compile(r"^et\.?\s+al\.,?\s+(?=[A-Z0-9])")
_ET_AL_RUN = lazyre.compile(r"et\.?\s+al\.?,?", re.IGNORECASE)
_AUTHOR_DATE_RUN = lazyre.compile(r"[^\n]{1,80}?(?:\((?:19|20)\d{2}[a-z]?\)|,\s(?:19|20)\d{2}[a-z]?)\.?")


_DASH_BEFORE_QUOTE = lazyre.compile(r"\S\s[—–]\s*[\"“«„]?$")


# A link alone in round brackets closing an entry that has words of its own before it, "[1] Go
# Memory Model: explains the definition of data races, … ([Go][1])": a chat assistant's answer
# names the site each statement came from so, a short name in brackets after the statement (its
# "citation pill"); the link's text names the site, not the work, which the words before it name
# (heldback-31's Go concurrency note, twelve entries). Not a link that is the entry's only words,
# nor one with anything but a full stop after its bracket.
_PILL_BEFORE = lazyre.compile(r"[^\W_][^()]*?\s\($")


def _closing_source_pill(head: str, text: str) -> bool:
    """Whether a link's ``text`` is a source pill closing ``head`` (see above). Marks carry no
    offsets, and a site's short name may open the entry's title too ("Go" in "Go Memory Model"): the
    closing bracket is looked for, not the first occurrence."""
    closing = head.rstrip(" .")
    if not closing.endswith(f"({text})"):
        return False
    before = closing[: -len(text) - 2]
    return bool(_PILL_BEFORE.search(before + "(")) and before.strip() != ""


# "Publisher, *Title*, URL" where the publisher's name holds an emphasised word of its own: "*blink-dev*
# forum of the `chromium.org` Google Group, *Intent to Implement: SIMD.js*, https://…", "*W3C* Working
# Group Note, *Streams API*, https://…" (heldback-31's Bulgarian list, three of its twelve entries;
# the other nine "Wikipedia, *Stack machine*, …"). An emphasised run that words after it carry on in
# its comma field is a word of a name, where a later emphasised run is a whole comma field of its
# own: that one is the title. An emphasised run closing its field, or one with no whole-field run
# after it, is read as before.
_FIELD_END = lazyre.compile(r"[,;]|\s[–—]\s|$")


def _whole_field(head: str, start: int, end: int) -> bool:
    """Whether ``head[start:end]`` is a comma field of its own, markup and spaces aside."""
    before = head[:start].rstrip(" *_`")
    after = head[end:].lstrip(" *_`")
    return (not before or before[-1] in ",;") and (_FIELD_END.match(after) is not None)


def _em_inside_name(head: str, start: int, end: int, marks: Sequence[Mark], mark: Mark) -> bool:
    """Whether an emphasised run is a word of a name before the title (see above)."""
    if _whole_field(head, start, end):
        return False
    field_end = _FIELD_END.search(head, end)
    if field_end is None or field_end.start() == len(head):
        return False
    for other in marks[marks.index(mark) + 1 :]:
        text = other.text.strip()
        at = head.find(text, field_end.start()) if text and other.kind == "em" else -1
        if at != -1 and _whole_field(head, at, at + len(text)):
            return True
    return False


# An identifier's label right before its linked value, as MediaWiki's citation templates write them
# ("Bibcode:2008ApJ...687.1264M", "doi:10.1086/591785", "arXiv:astro-ph/0308429", "PMID 19528637",
# "ISSN 0305-4403"): the value is no title. In the Chinese "天囷增十五" page of fixtures/parse-eval-wiki
# a journal article's unlinked title gave way to its Bibcode's link once that protocol-relative link
# ("//ui.adsabs.harvard.edu/…") was read as one (html._web_href); older saved pages link their
# identifiers so ("//dx.doi.org/…", "//arxiv.org/…", "//www.worldcat.org/…").
_IDENTIFIER_LABELS = (
    r"(?:Bibcode|doi|arXiv|PMID|PMC|ISSN|eISSN|ISBN|OCLC|LCCN|hdl|S2CID|JSTOR|JFM|MR|Zbl|OSTI|SSRN|"
    r"CiteSeerX|NLC|ASIN|ERIC|RFC)"
)
_IDENTIFIER_LABEL_BEFORE = lazyre.compile(rf"(?<![^\W_]){_IDENTIFIER_LABELS}\s*:?\s*$")
# The label inside the link's text (the Chinese page's mobile HTML: "<a …>Bibcode:2008ApJ...687.1264M</a>").
_IDENTIFIER_LINK_TEXT = lazyre.compile(rf"{_IDENTIFIER_LABELS}\s*:?\s*\S*\d\S*")


# A link to a document of the same repository by its relative path ("[P020 – Analyse Stufe 3 Norm-Nachweis](
# ../../plans/inbox/260622_Plan_P020_….md)", under a German project note's "## Nachweise", p13-hunt3's
# de-linklist-abgerufen-am-nachweise-urhg.md, three titles of five lost): its text names the document cited.
# A path with a file's extension, not a page's own anchor ("#top") nor a bare scheme-less host.
_RELATIVE_DOCUMENT = lazyre.compile(
    r"(?:\.{1,2}/)+[^\s:#?]+\.(?:md|markdown|rst|txt|pdf|html?|docx?|adoc)(?:#\S*)?", re.IGNORECASE
)


# Emphasis a prose note sets on what is no work: an example after "np." ("e.g."), a word's ending ("*-o*"),
# or the expansion of the initials before it in brackets ("NBCB (*National Center for Biomedical
# Computing*)"): a Polish article's footnotes and a French fact sheet's (p13-hunt3's pl-markdown-footnotes-
# bare-url-przypisy-korpus.md notes 6, 7 and 12, fr-indented-footnotes-voir-i2b2.md note 2, read as titles).
_EXAMPLE_BEFORE = lazyre.compile(
    r"(?:\b(?:np|e\.\s?g|z\.\s?b|z\.\s?B|par\s+ex|p\.\s?ej|ad\s+es|напр|наприклад)\.?|\bnp\.)\s*[*_]*$",
    re.IGNORECASE,
)
_ACRONYM_BEFORE = lazyre.compile(r"\b(?P<abbr>[A-Z]{2,8})\s*\(\s*[*_]*$")


def _example_or_gloss(head: str, at: int, text: str) -> bool:
    """Whether the emphasised ``text`` at ``at`` in ``head`` is an example, a word's piece or a gloss
    of initials (above), not a title."""
    if sum(c.isalpha() for c in text) < 2:
        return True
    before = head[:at]
    if _EXAMPLE_BEFORE.search(before):
        return True
    acronym = _ACRONYM_BEFORE.search(before)
    after = head[at + len(text) :].lstrip("*_ ")
    return acronym is not None and after.startswith(")") and _letters_of(text, acronym.group("abbr"))


# An entry that opens on its site or author set apart, closed by a full stop, and then its title set
# apart too, "**Fairtiq**. *FAIRTIQ fête ses cinq ans avec ses partenaires*. 28 avril 2021.
# [fairtiq.com](…).", "**lio.laregion.fr**. *Gratuité des trains liO …*" (heldback-32's French
# references, all eleven entries read with the site as the title). The first run is a name (a short
# name, a domain, an organisation or authors) with fewer words than the second, which follows it
# after the stop with nothing else between: the second is the title. "**Attention Is All You
# Need**. *NeurIPS*." (a longer run, then a shorter) keeps its first run.
def _marked_name_before_marked_title(head: str, at: int, text: str, later: Sequence[Mark]) -> bool:
    """Whether the marked run ``text`` at ``at`` is the name opening the entry before its marked title."""
    following = next((m for m in later if m.text.strip()), None)
    if following is None or following.kind != "em" or head[:at].strip(" *_"):
        return False
    name = text.rstrip(".").strip()
    second = following.text.strip()
    if len(name.split()) >= len(second.split()):
        return False
    gap_end = head.find(second, at + len(text))
    gap = head[at + len(text) : gap_end] if gap_end != -1 else "?"
    if not (text.endswith(".") or "." in gap) or gap.strip(" .*_"):
        return False
    return bool(
        _is_short_name(name) or _DOMAIN_NAME.match(name) or _is_org(name) or _looks_like_authors(name)
    )


# Words after a linked title's colon that make an annotation, not an imprint: the longest imprint
# after such a colon in the eval, "Eastman, Scott and Nicole Kaeding, *The Tax Foundation*
# (01/07/2019)" (heldback-24), has nine; heldback-32's German annotations have 20 to 60.
_ANNOTATION_WORDS = 15


def _mark_title(head: str, marks: Sequence[Mark]) -> tuple[str, int, int] | None:
    """The first marked run in ``head`` that can be a title, with its span in ``head``."""
    position = 0
    for mark in marks:
        text = mark.text.strip()
        at = head.find(text, position) if text else -1
        if at == -1:
            continue
        position = at + len(text)
        if (
            mark.kind == "link"
            and not (mark.href or "").lower().startswith(("http://", "https://"))
            and not _RELATIVE_DOCUMENT.fullmatch(mark.href or "")
        ):
            continue
        if mark.kind == "link" and "[" in text and not text.startswith("["):
            # A reader that took "[Team. [Title](url)" as one link: the title is after the bracket.
            inner = text.rsplit("[", 1)[1]
            at, text = at + len(text) - len(inner), inner
        if URL_PATTERN.fullmatch(text) or len(text) < 2 or not any(c.isalpha() for c in text):
            continue
        if mark.kind == "link" and GENERIC_LINK.fullmatch(text):
            continue
        if mark.kind == "em" and _example_or_gloss(head, at, text):
            continue
        if mark.kind == "em" and _marked_name_before_marked_title(
            head, at, text, marks[marks.index(mark) + 1 :]
        ):
            continue
        if mark.kind == "em" and not head[:at].strip(" *_") and _AUTHOR_DATE_RUN.fullmatch(text):
            continue
        if mark.kind == "em" and _ET_AL_RUN.fullmatch(text):
            # "Weidinger, L., _et al._ Title. _arXiv_ …": the author list's abbreviation set in
            # italics, as Nature's house style prints it (four entries of an essay's Nature list,
            # en-nature-numbered-essay-deep-learning-wall-references.md 8, 10, 12, 13), is no title.
            continue
        if mark.kind == "link" and (
            (_IDENTIFIER_LABEL_BEFORE.search(head, 0, at) and any(c.isdigit() for c in text))
            or _IDENTIFIER_LINK_TEXT.fullmatch(text)
        ):
            continue  # "Bibcode:2008ApJ...687.1264M", "doi:10.1086/591785": an identifier's value
        if _CITATION_KEY.fullmatch(text):
            continue  # "[RFC5234]": a citation key
        if (
            mark.kind == "em"
            and _DESIGNATION.fullmatch(text.rstrip("."))
            and (
                any(other.text.strip() for other in marks[marks.index(mark) + 1 :])
                or re.search(r"[^\W\d_]{2}", head[at + len(text) :]) is not None
            )
        ):
            # "**IEC 63278-1:2024**. *Title*", "**ISO/IEC 27002:2022** — Title — https://…": the
            # standard's designation, then its title. A designation with no words after it, the
            # entry's last marked run ("JSON Web Token (JWT). (2026). *RFC 7519*. https://…": APA,
            # heldback-33's Spanish list, one of twelve), is the title its writer set in italics.
            continue
        if mark.kind == "link" and _FORMAT_LINK.fullmatch(text):
            continue  # "Available in [html format](…) or [pdf format](…)": which copy, not a title
        if mark.kind == "link" and _closing_source_pill(head, text):
            continue  # "Go Memory Model: explains … ([Go][1])": the site the claim came from
        if mark.kind == "em" and _em_inside_name(head, at, at + len(text), marks, mark):
            continue  # "*blink-dev* forum of the … Group, *Intent to Implement: …*, https://…"
        if len(text) > 0.8 * len(head.strip()) > 60 and (
            quoted_title(text, strict=True) is not None
            or any(other.text.strip() and other.text.strip() in text for other in marks if other is not mark)
        ):
            position = at  # the marks inside the wrapper are looked for from its start
            continue  # a whole entry set in italics: the quoted or marked title inside it is the title
        if mark.kind == "em":
            # A marked run naming who, a dash, then the work's quoted title, the quote closing the
            # run: "**Flyvbjerg, Budzier & Lunn — "Regression to the Tail: Why the Olympics Blow
            # Up"**", "**Wikipedia — "Cost of the Olympic Games"**" (heldback-17's data-sources
            # table): the quoted title is the title.
            quoted = quoted_title(text, strict=True)
            if (
                quoted is not None
                and not text[quoted[2] :].strip(" .,")
                and _DASH_BEFORE_QUOTE.search(text[: quoted[1]])
            ):
                return quoted[0], at + quoted[1] + 1, at + quoted[2] - 1
        if mark.kind == "link":
            # "[W3C WAI, *Title*](…)": the issuer, a comma, the title in italics closing the link text
            # (markdown.issuer_before_emphasised_title keeps that run's mark): the run is the title,
            # the issuer its publisher (read by the entry's comma fields).
            closing: Mark | None = next(
                (
                    other
                    for other in marks[marks.index(mark) + 1 :]
                    if other.kind == "em"
                    and other.text.strip()
                    and text.endswith(other.text.strip())
                    and text[: len(text) - len(other.text.strip())].rstrip().endswith(",")
                ),
                None,
            )
            if closing is not None:
                run = closing.text.strip()
                return run, at + len(text) - len(run), at + len(text)
            split = host_named_site(text, mark.href)
            if split is not None:
                return split[0], at + len(text) - len(split[0]), at + len(text)
            # A whole reference as link text ('["YIN, a … estimator", by A. de Cheveigné, 2002](url)'):
            # the quoted phrase that opens it is the title.
            quoted = quoted_title(text, strict=True)
            if quoted is not None and quoted[1] == 0 and text[quoted[2] :].strip(" .,;:"):
                return quoted[0], at + 1, at + quoted[2] - 1
        if mark.kind == "em" and not text.endswith((".", ":", ",")):
            subtitle = _PLAIN_SUBTITLE.match(head, at + len(text))
            if subtitle is not None:
                return text + ": " + subtitle.group("sub"), at, subtitle.end("sub")
        return text, at, at + len(text)
    return None


# ABNT sets only the main title in bold or italics, its subtitle plain after the colon, in lower case
# ("HOX, J. *Multilevel analysis*: techniques and applications. Mahwah: …"): the title is both, up to
# the stop. Data: SciELO's Revista Brasileira de Estudos de População page (fixtures/parse-eval-pages,
# 2 of its 13 sampled titles; none in the parse eval writes a colon and a lower-case word right after
# an emphasised run). Guard: a lower-case word of three letters at least right after ": ", no bracket
# or further colon before the stop, at most 150 characters ("*Title*: v. 3, n. 2", "*Nature*: 12, 3-4"
# and "*Title*: Publisher" stay as they were).
_PLAIN_SUBTITLE = lazyre.compile(r":[^\S\n]+(?P<sub>[a-zà-ÿ]{3}[^.:;()\[\]\n]{0,150}?)(?=\.(?:\s|$))")


# "Smith J, et al. Title", "McCown, Frank et al., Title" (the list ends at "et al." or "et al.,").
_ET_AL = lazyre.compile(r"^[^.]{1,120}?(?:\bet\s+al|(?<!\w)и\s+др|(?<!\w)та\s+ін)\.,?\s+(?=[^\W\d_]|\d)")


# BibTeX's plain and unsrt styles: given names first, "and" before the last ("G. Kresse and J.
# Furthmüller.", "John L. Lyons and Chris G. Van de Walle."): names of two to five words (initials,
# capitalised words, particles, the last a surname), at least one initial among them — "Machine
# Learning and Data Mining." has none and is a title.
_GIVEN_NAME = (
    r"(?:[A-Z]\.(?:\s?-?[A-Z]\.)*|[A-ZÀ-Ý][a-zà-ÿ'’\-]+)"
    r"(?:\s(?:[A-Z]\.|[A-ZÀ-Ý][a-zà-ÿ'’\-]+|van|von|de|der|den|da|di|du|del|dos|le|la)){0,3}"
    r"\s[A-ZÀ-Ý][\w'’\-]+"
)
_INITIAL_IN = lazyre.compile(r"\b[A-Z]\.(?=\s)")
_GIVEN_FIRST_AUTHORS = lazyre.compile(rf"^(?:{_GIVEN_NAME},\s)*{_GIVEN_NAME},?\sand\s{_GIVEN_NAME}\.\s")


# (Before a dash the bracket must hold a digit, a date: "(IEEE) — additive …" names its publisher;
# a bracket closed by a full stop is a gloss ("(Жовтневый, Приморский, …). 2,694 cases …"). The
# description opens on a word in lower case or a count, then a space: no host ("lygia.xyz,
# GitHub"), no year ("2022a. ‘actant’"), no hash.)
_DESCRIPTION_AFTER_LEAD = lazyre.compile(
    r"(?:(?:\([^()\n]{0,60}\d[^()\n]{0,60}\)[^\S\n]*)?(?:[—–]|\.)|\([^()\n]{1,160}\)\.)[^\S\n]+"
    r"(?=(?:[a-zа-яёґєії]+|\d[\d,.]*)[^\S\n])"
)


def _described_lead(
    head: str, title: str, start: int, end: int, linked: bool
) -> tuple[str | None, str | None] | None:
    """An emphasised lead opening the entry and closed by a colon, a plain description after it
    ("**NIST – AI Risk Management Framework (AI RMF):** Practical, risk-based, …", "**EU AI Act:** The
    regulatory hammer that …": a reading list's items, heldback-14's policy references, eight
    entries): the lead is the title, the description no subtitle of it; "Issuer – Title" in it is
    split at its one dash when the issuer is a short name (at most three capitalised words:
    "Partnership on AI – Case Studies:") and the title opens in capitals. ABNT's bold main title
    closed by a colon comes after its authors ("FEENBERG, A. **Transforming Technology:** A
    Critical Theory Revisited."), so it keeps its plain subtitle (``_plain_subtitle``)."""
    if linked or head[:start].strip(" *_>-•–—\t\n"):
        return None
    after = head[end:].lstrip(" *_")
    described = _DESCRIPTION_AFTER_LEAD.match(after)
    if (
        described is not None
        and not title.rstrip(" *_").endswith(":")
        and len(after[described.end() :].split()) >= 3
    ):
        # "**Распоряжение ГКО ДНР №56** (29 September 2022) — demolition list naming …", "**Housing
        # distribution lists (demand side)** — 5,822 / 1,889 rows; …": a register's bold source
        # name, perhaps a date or a gloss in brackets, then a dash (or a stop) and a description in
        # lower case or opening on a count (heldback-26's source list, twelve paragraphs): the name
        # is the title, the description names no publisher. A site after the dash is capitalised
        # ("**Title** — Daily News") and left to the rules below.
        return tidy_title(title.strip(" *_"), keep_medium=True), None
    if title.rstrip(" *_").endswith(":"):
        description = after
    elif after.startswith(":"):
        description = after[1:]
    else:
        return None
    if len(description.split()) < 3 or not description.strip()[:1].isupper():
        return None
    lead = title.rstrip(" *_:").strip()
    split = _org_before_dash(lead)
    if split is not None:
        return tidy_title(split[0], keep_medium=True), split[1]
    return tidy_title(lead, keep_medium=True), None


def _plain_subtitle(title: str, after: str) -> str | None:
    """The plain subtitle after a marked title closed by a colon (inside the mark or right after
    it), up to the end of its sentence; None where the title closes otherwise."""
    rest = after.lstrip()
    if not title.rstrip().endswith(":"):
        if not rest.startswith(":"):
            return None
        rest = rest[1:].lstrip()
        if rest[:1].islower():
            # "*Analisi dei Requisiti*: insieme dei requisiti e dei casi d'uso coperti …": the mark
            # closed before the colon and the words after it opening in lower case describe the
            # work (heldback-27's Typst specification, two of its twelve sources); an ABNT subtitle
            # follows a colon inside the mark, or opens in capitals.
            return None
    spans = sentence_spans(rest)
    if not spans or spans[0][0] != 0:
        return None
    subtitle = rest[: spans[0][1]].rstrip(" .")
    if rest[:1].isdigit() and ";" in subtitle:
        # "**Developer Survey 2024:** 63,2% de uso …; 43% de confianza …" (heldback-34's Spanish
        # source list, two of ten): figures set apart by semicolons after the colon are what the
        # source says, not its subtitle; a subtitle is one phrase ("**Python:** 100 Exercises").
        return None
    return subtitle if subtitle and len(subtitle.split()) <= 30 else None


# One person, given name first, closing the entry's first sentence ("Zachery Doe. GitHub profile.").
_ONE_GIVEN_FIRST = lazyre.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s[A-Z]\.)?\s[A-ZÀ-Ý][a-zà-ÿ'’\-]+\.\s+(?=\S)")
_NAMES_LIST_ENTRIES = 3


_SERIES_VOLUME = lazyre.compile(r"\s?,\s+volume\s+\d+\s+of\s")


def _authors_as_title(title: str | None, authors: str) -> bool:
    """Whether an entry's title, as its own rules read it, is none or its authors' sentence (or
    starts with it): then the list's style, not the entry, says where the authors end."""
    if title is None:
        return True
    names = authors.strip().rstrip(".").strip()
    return title.startswith(names) or names.startswith(title)


def names_first_titles(
    texts: Sequence[str], replaces: Sequence[str | None] | None = None
) -> list[str | None]:
    """BibTeX's plain and unsrt lists, one style a list: where three entries or more open with a
    list of people given names first, joined by "and" ("Yu Doe, Naoki Roe, and Fumi Poe.", "G. Doe
    and J. Roe."), an entry opening with one such name ("Zachery Doe. GitHub profile. https://…")
    names its author there too, and its title is the next sentence. For each text, that title, or
    None where the rule does not apply (alone, "Deep Learning. MIT Press" is a title). With
    ``replaces`` (each entry's title as its own rules read it), an entry whose title is none or its
    authors' sentence, opening with one initialled author ("B. A. Myers."), "S. Amershi et al." or
    names joined by "and" ("K. Baraka and M. M. Veloso."), gets the next sentence too."""
    listed = sum(1 for text in texts if _GIVEN_FIRST_AUTHORS.match(text))
    if listed < _NAMES_LIST_ENTRIES:
        return [None] * len(texts)
    found: list[str | None] = []
    for text in texts:
        # One person given name first, one initialled ("B. A. Myers."), a list with "et al." ("S.
        # Amershi et al."), or two or more joined by "and" ("K. Baraka and M. M. Veloso."): the
        # authors' sentence, in a list that writes them so.
        one = _ONE_GIVEN_FIRST.match(text)
        if one is None and replaces is not None:
            one = (
                _ONE_INITIALLED.match(text)
                or _INITIALLED_ET_AL.match(text)
                or _GIVEN_FIRST_AUTHORS.match(text)
            )
            if one is not None and not _authors_as_title(replaces[len(found)], one.group()):
                one = None
        rest = text[one.end() :] if one is not None else ""
        url = URL_PATTERN.search(rest)
        rest = rest[: url.start()] if url is not None else rest
        spans = sentence_spans(rest) if rest else []
        # A book in a series, as BibTeX's plain style prints it: "Sorting and Searching, volume 3 of
        # The Art of Computer Programming." (the series is no part of the title).
        sentence = _SERIES_VOLUME.split(rest[spans[0][0] : spans[0][1]])[0] if spans else ""
        found.append(tidy_title(sentence) if spans else None)
    return found


# One author, initials first, closing a sentence ("Q. M. Chaudhari. Title. *Journal*").
_ONE_INITIALLED = lazyre.compile(r"^(?:[A-Z]\.\s?(?:-[A-Z]\.\s?)?){1,3}[A-ZÀ-Ý][\w'’\-]+\.\s+(?=\S)")
# The first author, initials first, and "et al." closing the sentence ("S. Amershi et al. Title.").
_INITIALLED_ET_AL = lazyre.compile(
    r"^(?:[A-Z]\.\s?(?:-[A-Z]\.\s?)?){1,3}[A-ZÀ-Ý][\w'’\-]+,?\set\sal\.\s+(?=[A-Z])"
)


# Two or more authors each written "Surname I. I." with no comma inside a name, set apart by commas
# (GOST 7.1, DSTU 8302): "Nosek B. A., Ebersole C. R., DeHaven A. C., Mellor D. T. ".
_SURNAMES_THEN_INITIALS = lazyre.compile(
    r"(?:[A-ZÀ-ÝА-ЯІЇЄҐ][\w'’\-]+\s(?:[A-ZÀ-ÝА-ЯІЇЄҐ]\.\s?){1,3},\s)+[A-ZÀ-ÝА-ЯІЇЄҐ][\w'’\-]+\s(?:[A-ZÀ-ÝА-ЯІЇЄҐ]\.\s?){1,3}"
)


def _drop_authors(lead: str) -> str:
    """The lead of an entry without its author list, in the forms the styles write it: "Boyd IA,
    Kalu KU." (Vancouver), "SILVA, R. P. et al." (ABNT), "MOTA-ROJAS, Daniel et al.", "Beazley,
    David; Jones, Brian K." — left as it is when none fits."""
    given_first = _GIVEN_FIRST_AUTHORS.match(lead)
    if given_first is not None and _INITIAL_IN.search(given_first.group()) and given_first.end() < len(lead):
        return lead[given_first.end() :]
    several = _SURNAMES_THEN_INITIALS.match(lead)
    if several is not None and several.end() < len(lead):
        # GOST's and DSTU's authors, two or more, each surname then initials: "Nosek B. A., Ebersole
        # C. R., DeHaven A. C., Mellor D. T. Title." (heldback-35's Ukrainian ledger: the patterns
        # below took the first surname and left the rest before the title, and the journal after it
        # was read as the title). One author is read by them as before.
        return lead[several.end() :]
    whole = _INITIALLED_AUTHORS.fullmatch(lead)
    if whole is not None and lead.rstrip().endswith(".") and (" & " in lead or " and " in lead):
        # The whole lead is the authors' list, two or more joined by "&"/"and" ("Karp, J. M. & Teo, G.",
        # Nature's two authors, the first with two initials): no title is in it. The patterns below
        # each took the first author alone ("Karp, J."), and "M. & Teo, G." was read as the title
        # before the emphasised one (fixtures/parse-eval-pages nature-nnano-cell-sensors.html, entry 2).
        return ""
    for pattern in (
        _ISO690_AUTHORS,
        _ET_AL,
        _INITIALLED_AUTHORS,
        _ABNT_AUTHORS,
        _DOTTED_VANCOUVER_AUTHORS,
        _VANCOUVER_AUTHORS,
        _SEMICOLON_AUTHORS,
        _GOST_AUTHOR,
        _ONE_INITIALLED,
    ):
        authors = pattern.match(lead)
        if authors is not None and authors.end() < len(lead):
            return lead[authors.end() :]
    return lead


# A body named by its initials with its name after them in brackets, as a whole sentence.
_ABBREVIATION_EXPANDED = lazyre.compile(r"(?P<abbr>[A-Z]{2,8})\s\((?P<name>[^()]{5,120})\)\.")


# A preprint server's name right before "[Preprint]" ("arXiv", "bioRxiv", "medRxiv", "SSRN").
_SERVER_BEFORE_MEDIUM = lazyre.compile(
    r"(?<=[.?!])\s+(?P<site>[A-Za-z][\w-]*[a-z][A-Z][\w-]*|SSRN|Research\s+Square|Preprints)\.?\s*$"
)


_CLOSING_YEAR_SENTENCE = lazyre.compile(r"(?:^|[.!?]\s+)(?:19|20)\d{2}[a-z]?\.$")
_AUTHORS_YEAR_ONLY = lazyre.compile(r"(?P<authors>.+?),?\s+(?:19|20)\d{2}[a-z]?\.")
# Harvard's list of names, "Surname, I., Surname, I. and Surname, I." (Google Scholar's Harvard).
_HARVARD_NAMES = lazyre.compile(
    r"(?:[^\W\d_][\w'’\-]+(?:\s[^\W\d_][\w'’\-]+)?,\s(?:[A-Z]\.\s?)+,?\s(?:(?:and|&)\s)?)*"
    r"[^\W\d_][\w'’\-]+(?:\s[^\W\d_][\w'’\-]+)?,\s(?:[A-Z]\.\s?)*[A-Z]\."
)


# A word of a name in French or Italian with its article elided: "l’Afrique", "d'Italia".
_ELIDED_NAME_WORD = lazyre.compile(r"[ldLD]['’][A-ZÀ-Ý]\w*")
# The words of one of the names a slash sets apart (a long one: "Journal of Control Science and
# Engineering", "Pool Énergétique de l’Afrique Centrale").
_SLASHED_NAME_WORDS = 8


def _slashed_names(text: str) -> bool:
    """Two or more names set apart by " / ", every word of each capitalised, a function word or an
    elided article's ("Central African Power Pool / Pool Énergétique de l’Afrique Centrale")."""
    names = text.split(" / ")
    return len(names) >= 2 and all(
        1 <= len(name.split()) <= _SLASHED_NAME_WORDS
        and not any(c.isdigit() or c in ":?!" for c in name)
        and all(
            w[0].isupper() or w.lower() in _FUNCTION_WORDS or _ELIDED_NAME_WORD.fullmatch(w)
            for w in name.split()
        )
        for name in names
    )


# Family: NLM/Vancouver author lists write a generational suffix after the initials ("Longini IM Jr
# and Halloran ME.", "King ML Jr, Smith J III"): the suffix is no word of a title, so the names
# alone before an emphasised title stay the authors (heldback-38's Annals of Internal Medicine page,
# one of its 12 sampled notes read with its authors for the title, its title for the journal).
_GENERATION_SUFFIX = lazyre.compile(r"(\s[A-Z]{1,3}) (?:Jr|Sr|II|III|IV)\b\.?")


# ISO 690 sets the creator in capitals, a body's name whole however long: "OBSERVATOIRE DE LA CULTURE
# ET DES COMMUNICATIONS DU QUÉBEC. *État des lieux sur les métadonnées …* [en ligne]. Québec : …" and
# two bodies joined in lower case, "BIBLIOTHÈQUE NATIONALE DE FRANCE et AGENCE BIBLIOGRAPHIQUE DE
# L'ENSEIGNEMENT SUPÉRIEUR. *Transition bibliographique …*" (heldback-p12hunt2's French master's
# paper, spent on branch s40-hb: both read with the name for the title; _names_only takes five words
# at most). A sentence of capitalised words only, two at least, no digit, "et"/"and"/"&" between
# names, before the emphasised run, is that creator; a title in capitals holds a digit or a
# punctuation mark more often than not ("COVID-19 AND …", "WHY …?") and is left to the other rules.
_CAPS_WORD = r"(?:[LDJ]['’])?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]*"
_CAPS_BODY_NAME = lazyre.compile(
    rf"{_CAPS_WORD}(?:\s{_CAPS_WORD})+(?:\s(?:et|and|und|y|e|i|&)\s{_CAPS_WORD}(?:\s{_CAPS_WORD})*)*"
)


# At most this many words, no digit: a body's name before an emphasised title, and a publisher's after it.
_SHORT_NAME_WORDS = 3


def _body_before_title_and_publisher(lead: str, after: str) -> bool:
    """MLA's "Body. *Title*. Publisher." of a web page, the body's name in sentence case: "Angular
    team. _Structural directives_. Google. Accessed 28 May 2018", and the Russian freeCodeCamp
    guides' word-for-word translation of it, "Угловая команда. _Структурные директивы_ . Google.
    Доступ к 28 мая 2018 года" (heldback-p39hunt11's Angular guide, spent on branch s40-hb2; a
    Russian body's name is never capitalised beyond its first word, so ``_names_only`` does not
    take it for a name and the emphasis was read as a container, the name as the title). The
    emphasised run is the title where a short name alone stands before it (one sentence of at
    most _SHORT_NAME_WORDS words, no digit) and a short publisher's name alone closes the head after
    it (one sentence, as short, no digit, capitalised). A container is followed by its volume, year
    or pages ("*Nature*. 2024;634:124-138", "**Revista**, v. 26") or by nothing (ABNT's "Título.
    **Site**. Disponível em: …"), and a title before it is a sentence of its own after the authors:
    those keep their reading."""
    sentences = _sentences(lead)
    words = lead.split()
    if len(sentences) != 1 or not words or len(words) > _SHORT_NAME_WORDS or any(c.isdigit() for c in lead):
        return False
    rest = after.strip(" *_.,")
    closing = _sentences(rest)
    return (
        len(closing) == 1
        and 0 < len(rest.split()) <= _SHORT_NAME_WORDS
        and not any(c.isdigit() for c in rest)
        and rest[:1].isupper()
    )


def _title_before_container(lead: str, marked: str, marks: Sequence[Mark]) -> str | None:
    """ABNT, ISO 690: "AUTHOR, I. Article title. **Journal**, v. 26" and "AUTHOR, I. Chapter. In:
    EDITOR. **Book**" — the emphasis sets apart the journal or book, and the plain sentence after
    the authors is the cited title. Link text is a title itself, never a container."""
    if any(m.kind == "link" and m.text.strip() == marked for m in marks):
        return None
    intros = [m.start() for m in _CONTAINER_INTRO.finditer(lead)]
    if intros:
        lead = lead[: intros[-1]]
    # Google Scholar's Harvard writes no colon: "Chen, T. and Guestrin, C., 2016. Xgboost: Title.
    # In *Proceedings of the 22nd ACM SIGKDD …* (pp. 785-794)": "In" right before the emphasis.
    lead = _IN_BEFORE_MARK.sub("", lead).strip()
    # The stop may stand inside the title's closing quote: "Answer to „What’s the best practice for
    # primary keys in tables?" In: _Stack Overflow_ [online]" (s42-hunt16's Czech ISO 690 list, the
    # container read as the title; its sibling "…practice". In: …" was read right).
    if not lead.rstrip('"”“’»').endswith((".", "?", "!")):
        # A title that ends on its own question or exclamation mark closes the sentence before the
        # emphasised container too ("Chan, S., & Siegel, E.L. Will machine learning end …
        # specialty? _British Journal of Radiology_ **92**": Nature's shape, two entries of an
        # essay's list, en-nature-numbered-essay-deep-learning-wall-references.md 2 and 9).
        return None
    names = _GENERATION_SUFFIX.sub(r"\1", lead).rstrip(" .")
    if len(_sentences(lead)) == 1 and _CAPS_BODY_NAME.fullmatch(names):
        # ISO 690's creator in capitals, a body's name of any length (see _CAPS_BODY_NAME).
        return None
    if len(_sentences(lead)) == 1 and (_names_only(names) or _slashed_names(lead.rstrip("."))):
        # "Meta Open Source. *React – The library …*": a name alone is the author, not a title; so
        # are two names set apart by a slash, a body and its other-language name or a publisher and
        # its journal ("Wiley / Journal of Control Science and Engineering. *Title*": heldback-21).
        return None
    expanded = _ABBREVIATION_EXPANDED.fullmatch(lead)
    if expanded is not None and _initials_of(expanded.group("name"), expanded.group("abbr")):
        return None  # "IPCC (Intergovernmental Panel on Climate Change). *Title*": a body, the author
    if _SURNAME_INITIALS_ONLY.fullmatch(lead):
        return None  # GOST's "Gropp W., Lusk E., Skjellum A. **Title**": authors alone before the title
    if _CLOSING_YEAR_SENTENCE.search(lead) and len(_sentences(lead)) == 2:
        # Chicago's author-date, "Centraal Bureau voor de Statistiek. 2025. *Title*. StatLine table …"
        # (heldback-34's Pandoc csl-entry list): the author and a sentence that is its year alone
        # before the emphasised run; the run is the title, no container. (A name alone before the
        # year, any name: an organisation's lower-case words do not make it a title.)
        return None
    year_only = _AUTHORS_YEAR_ONLY.fullmatch(lead)
    if year_only is not None and (
        _looks_like_authors(year_only.group("authors"))
        or _HARVARD_NAMES.fullmatch(year_only.group("authors"))
    ):
        # Google Scholar's Harvard with a book: "Banker, K., …, and Hawkins, T., 2016. *MongoDB in
        # action*. 2nd ed.": the authors and the year alone before the emphasised title (heldback-11).
        return None
    dated = _YEAR_AFTER_AUTHORS.search(lead)
    if (
        dated is not None
        and dated.start() > 0
        and (
            _looks_like_authors(lead[: dated.start()])
            or _SURNAME_INITIALS.fullmatch(lead[: dated.start()].strip()) is not None
        )
    ):
        # Google Scholar's Harvard, "Gilbert, S. and Lynch, N., 2002. Title. *Journal*, 33(2)": the
        # authors and the unbracketed year before the title, the journal in italics after it.
        lead = lead[dated.end() :]
    dropped = _LEADING_ET_AL.sub("", _drop_authors(lead))
    authored = dropped != lead
    lead = dropped
    sentences = _sentences(lead)
    while sentences and (_looks_like_authors(sentences[0]) or _lead_org(sentences)):
        sentences.pop(0)
        authored = True
    rest = " ".join(sentences).strip()
    words = rest.split()
    # Two capitalised words are a name as often as a title, save where the authors' sentence is
    # before them and "In:" after them, a chapter's place ("Fleischmann WR. Viral Genetics. In:
    # Baron S, editor. *Medical Microbiology* [Internet]. …": Vancouver, heldback-33's English
    # nanopore paper, one of twelve).
    chapter = bool(intros) and authored and len(sentences) == 1
    if len(words) < 2 or (len(words) < 3 and not _title_like(rest) and not chapter) or rest[0].islower():
        return None
    return rest


# A quoted title whose opening quote was lost when a report's notes were extracted from PDF: '2
# Missed Alarms …: How Target Blew It," Bloomberg, March 2014, https://…' (heldback-11's SOAR white
# paper, two notes of ten; news titles elsewhere in it keep both quotes). The closing quote after the
# title's comma (or full stop, question or exclamation mark), a capital after it, and no opening quote
# anywhere before it: the title is everything before, three words at least.
_CLOSING_QUOTE_AFTER_TITLE = lazyre.compile(r"[,.?!][\"”]\s+(?=[A-Z(])")


def _lost_opening_quote(head: str) -> tuple[str | None, str | None] | None:
    """Title and publisher of a note whose quoted title lost its opening quote, else None."""
    closing = _CLOSING_QUOTE_AFTER_TITLE.search(head, 0, _TITLE_REACH)
    if closing is None:
        return None
    before = head[: closing.start() + 1]
    if any(quote in before for quote in ('"', "“", "„", "«")) or len(before.split()) < 3:
        return None
    return tidy_title(before), _publisher_after(head[closing.end() :])


def _publisher_after(rest: str) -> str | None:
    site = _SU.match(rest)
    if site is not None:
        return site.group("site").strip()
    return tidy_publisher(rest)


def _date_group(head: str) -> re.Match[str] | None:
    """The first "(2023)"-like group within 260 characters that is a date: "(Best Prompts in 2025)",
    two capitalised words before the year that name no month, and "(OE 2025)", an abbreviation
    before it (a Portuguese law's budget year), are a title's own parenthesis."""
    for found in _date_groups().finditer(head, 0, 260):
        year = _YEAR_IN_GROUP.search(found.group())
        words = found.group()[1 : year.start()].split() if year is not None else []
        capitalised = [w.strip(",.").casefold() for w in words if w[:1].isupper()]
        if len([w for w in capitalised if w not in month_names()]) >= 2:
            continue
        if any(len(w.strip(",.")) >= 2 and w.strip(",.").isupper() for w in words) and not (
            len(words) == 1 and _SURNAMES.fullmatch(head[: found.start()].strip()) is not None
        ):
            # "(OE 2025)", "(COP 2021)": an abbreviation's edition or year, the title's. After two
            # surnames or "et al." it names where and when they published ("Paul & Matthews (RAND
            # 2016)", "Li & Haider (NAACL 2024)"): a date group all the same.
            continue
        if _YEAR_SPAN.fullmatch(found.group().strip(" .,")) and not head[found.end() :].strip(" .,;:"):
            # "Zambia GDP (1960–2025)" closing a link's text (heldback-15's macroeconomic sources):
            # the years a data series covers, the title's own, not the date of an author.
            continue
        return found
    return None


# Surnames before a venue's date group: two or more joined by "&" or "and", or one and "et al.".
_SURNAME = r"[A-Z][\w'’-]+"
_SURNAMES = lazyre.compile(
    rf"{_SURNAME}(?:,\s+{_SURNAME})*,?\s+(?:&|and)\s+{_SURNAME}|{_SURNAME}\s+et\s+al\.?"
)
_YEAR_SPAN = lazyre.compile(r"\(\s*(?:1[6-9]|20)\d{2}\s*[–—-]\s*(?:1[6-9]|20)\d{2}\s*\)")


# A spacing accent standing alone before a word ("D.E. Montano, ˜ D. Kasprzyk", "¨ M. Strohmaier"):
# what a PDF conversion leaves of an accented letter of the name before it. No text of the entry.
_LOOSE_DIACRITIC = lazyre.compile(r"(?<!\S)[˜¨´ˆˇ˘˚¸˛˝]\s+")
_YEAR_IN_GROUP = lazyre.compile(r"(?:19|20)\d{2}")


# Nature's numbered references (and Springer's, Science's, Cell's that share the shape): "LeCun, Y.,
# Bengio, Y. & Hinton, G. Deep learning. Nature 521, 436-444 (2015).", "Xu, Z. et al. Title. J. Opt.
# 21, 063001 (2019).", "Argelaguet, R. et al. Title. bioRxiv 217554 (2017)." — the authors inverted
# with initials, commas between them and "&" before the last (or "et al."), the title one sentence
# or more, then the journal (abbreviated words, each capitalised or closed by a full stop), its
# volume, the pages or article number, the year in brackets.
_NATURE_NAME = r"[^\W\d_][\w'’\-]+(?:\s[^\W\d_][\w'’\-]+){0,3},\s(?:[^\W\d_]{1,2}\.(?:\s?-?[^\W\d_]\.)*)"
_NATURE_AUTHORS = lazyre.compile(
    rf"^(?:{_NATURE_NAME}(?:,\s{_NATURE_NAME})*,?\s(?:&|and)\s{_NATURE_NAME}|{_NATURE_NAME}(?:\set\sal\.)?)\s+(?=\S)"
)
# The article number may be a journal's letters and digits ("bbaf667", Brief. Bioinform.; "gkad123",
# Nucleic Acids Res.) and Cell Press pages end on an electronic supplement ("850-864.e9"): two entries
# of a single-cell README's Nature list (en-nature-numbered-drug-response-references.md 9 and 11),
# whose titles ran on into the journal.
_NATURE_TAIL = lazyre.compile(
    r"\s(?P<volume>\d{1,6}[A-Za-z]?)(?:,\s*(?:[A-Za-z]{0,5}\d+(?:\s?[-–]\s?[A-Za-z]{0,2}\d+)?(?:\.e\d{1,3})?)?)?"
    r"\s*(?:\((?:19|20)\d{2}\))?\.?\s*$"
)
# A site or blog before the year alone, no volume: "Aguera y Arcas, B. Do large language models
# understand us? Medium (2021).", "Greene, T. DeepMind tells Google … toxic. The Next Web (2021)." (two
# entries of an essay's Nature list, en-nature-numbered-essay-deep-learning-wall-references.md 5 and 7,
# whose titles ran on into the site). The journal-word test below still decides where the title ends.
_NATURE_YEAR_TAIL = lazyre.compile(r"\s*\((?:19|20)\d{2}\)\.?\s*$")
# Nature Partner Journals write their prefix in lower case ("npj Digit. Med.", "npj Quantum Inf."), and
# a journal's section follows its abbreviation after a hyphen ("Eur. J. Mech.-A/Solids"): heldback-36's
# digital-twins review, two titles run on into the journal.
_JOURNAL_WORD = lazyre.compile(
    r"(?:[A-Z][\w'’\-]*\.?(?:-[A-Z](?:/[A-Z][a-z]+)?)?|[a-z]+[A-Z][\w]*|npj|&|of|and|in|the|for|on|[A-Z]\.)"
)


def _nature_reference(head: str) -> tuple[str, str] | None:
    """Title and journal of a reference in Nature's numbered shape, or None for another shape. The
    title ends at the first full stop after which only journal words stand before the volume."""
    authors = _NATURE_AUTHORS.match(head)
    if authors is None:
        return None
    rest = head[authors.end() :]
    tail = _NATURE_TAIL.search(rest) or _NATURE_YEAR_TAIL.search(rest)
    if tail is None:
        return None
    body = rest[: tail.start()]
    for stop in re.finditer(r"[.?!]\s+", body):
        journal = body[stop.end() :].strip()
        words = journal.split()
        if 1 <= len(words) <= 8 and all(_JOURNAL_WORD.fullmatch(word) for word in words):
            title = body[: stop.start() + 1 if body[stop.start()] in "?!" else stop.start()].strip()
            if len(title.split()) >= 2:
                return title, journal
    return None


# GOST 7.1 / ISBD: " / " then initials and a surname opens the statement of responsibility ("GNS3
# Network Simulation Guide / C. Welsh. – Packt", "Операционная система UNIX / А. Робачевский, С.
# Немнюгин"), as citeproc's GOST styles print it: the title ends before it. Initials first, so a
# title's own slash ("TCP/IP", "Input / Output") stays. The compilers' or editors' role may stand before
# the initials, ДСТУ's "/ Укл.: В.Л. Плескач, …" and "/ уклад.", "/ упоряд.", GOST's "/ сост.", "/ под
# ред.", "/ за ред." (fixtures/parse-eval-docx7's Ukrainian coursework guidelines: two titles read on
# over "/ Укл.: В.Л. Плескач, О.В. Ващіліна, І.І. Гарко – електронне видання").
_ROLE = r"(?i:укл|уклад|упоряд|сост|ред|под\s+ред|за\s+ред)"
_RESPONSIBILITY = lazyre.compile(
    rf"\s/\s+(?:{_ROLE}\.:?\s*)?(?:[^\W\d_]{{1,2}}\.\s?){{1,3}}\s?[^\W\d_][\w'’\-]+(?=[\s,.]|$)"
    # The role alone closing a title cut at its abbreviation's stop ("… «Магістр» / Укл").
    rf"|\s/\s+{_ROLE}\.?:?$"
)


def drop_responsibility(title: str | None) -> str | None:
    """The title without a GOST/ISBD statement of responsibility run on after it."""
    if title is None or " / " not in title:
        return title
    found = _RESPONSIBILITY.search(title)
    if found is None or not title[: found.start()].strip():
        return title
    return tidy_title(title[: found.start()])


# GOST 7.1 / DSTU 8302: the heading (the first author, or a corporate body) opens the entry, the title
# proper follows it, and the statement of responsibility after " / " names the heading again: "Hansen,
# R. Slowloris HTTP DoS / R. Hansen. — Текст : электронный", "Russell S. J. Artificial Intelligence /
# S. J. Russell, P. Norvig. — 4th ed.", "Cloudflare. 2025 Q2 DDoS threat report / Cloudflare. —",
# "CISA. UDP-Based Amplification Attacks / Cybersecurity and Infrastructure Security Agency. —",
# "ISO/IEC 14882:2020. Programming languages — C++ / ISO/IEC. —" (heldback-12's GOST thesis list, 9
# of 12 entries, and its DSTU list's first). A personal heading is a surname and one to three
# initials; a corporate one at most six words without a full stop. The heading counts only when the
# statement repeats it (the surname, the same name, its initials as an acronym, or its first word),
# so a title that merely opens with a short sentence keeps it. A name's particle may follow the
# initials ("Россум, Г. ван. Язык программирования Python / Г. ван Россум", "Vugt, S. van. Red Hat
# RHCSA/RHCE 7 cert guide / S. van Vugt"); where the heading is repeated, the title proper runs whole
# to " / ", its own full stops and all ("Фаулер, М. Рефакторинг. Улучшение существующего кода / М.
# Фаулер": a calibration thesis list of p10-hb11gate2, whose titles were cut at the first stop).
_NAME_PARTICLE = r"(?:van|von|de|der|den|du|da|di|del|la|le|ван|фон|де|дер|ди|да|дель|ле|ла)"
_GOST_HEADED = lazyre.compile(
    r"^(?P<heading>[^\W\d_][\w'’\-]+,?\s(?:[^\W\d_]{1,2}\.\s?){0,2}[^\W\d_]{1,2}\."
    rf"(?:\s{_NAME_PARTICLE}\.)?|[^\s./][^.]{{0,60}}?\.)\s+"
    r"(?P<title>\S.*?)\s/\s(?P<resp>[^/].*?)(?:\.?\s+[—–]\s|\s*//|\.?\s*$)"
)


_ET_AL_BRACKET = lazyre.compile(r"\s*\[(?:et\.?\s?al|и\s?др|та\s?ін)\.?\]$", re.IGNORECASE)


def _repeats_heading(heading: str, responsibility: str) -> bool:
    """Whether a GOST statement of responsibility names the entry's heading again."""
    heading = heading.strip(" .,")
    if "," in heading or re.fullmatch(r"\S+\s(?:\S{1,2}\.\s?){1,3}", heading + "."):
        surname = heading.split()[0].rstrip(",")
        return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", responsibility) is not None
    if len(heading.split()) > 6:
        return False
    said = responsibility.strip(" .,").split(",")[0].strip()
    # "… / Arman Cohan [et.al]": the first of several, the others left out (heldback-21's Russian list).
    said = _ET_AL_BRACKET.sub("", said)
    initials = "".join(w[0] for w in said.split() if w[:1].isupper())
    # GOST and DSTU invert the heading's name and write the statement's in direct order, the given
    # name in full where no initials are known ("Юніс Мохаммад. Title / Мохаммад Юніс, Р.В. …",
    # heldback-17's DSTU coursework): the same two or three words in another order.
    words = heading.casefold().split()
    return (
        said.casefold() == heading.casefold()
        or (len(heading) >= 2 and heading == initials)
        or heading.casefold().startswith(said.casefold() + " ")
        or (
            2 <= len(words) <= 3
            and sorted(words) == sorted(said.casefold().split())
            and words != said.casefold().split()
        )
    )


def drop_repeated_heading(title: str | None, head: str) -> str | None:
    """The title without a GOST heading that its statement of responsibility repeats (and without
    the statement): "Cloudflare. Title / Cloudflare" is "Title"."""
    if title is None:
        return None
    found = _GOST_HEADED.match(head.strip())
    if found is None or not _repeats_heading(found["heading"], found["resp"]):
        return title
    proper = tidy_title(found["title"])
    if proper is None or len(proper) < 3:
        return title
    said, whole = " ".join(title.split()).casefold(), " ".join(proper.split()).casefold()
    if whole in said:
        # Not the other title information after " : " ("… high-fidelity emulation : PhD thesis /
        # B. Heller", heldback-11's citeproc GOST list), as below.
        return proper.split(" : ")[0]
    # The title read short ("Рефакторинг" of "Рефакторинг. Улучшение …") or from inside the heading
    # (its particle, "ван"): the span between the heading and " / " is the title proper.
    if whole.startswith(said) or said in found["heading"].casefold():
        # Not the other title information after " : " ("Анатомия … : учебное пособие").
        shorter = proper.split(" : ")[0]
        return shorter if " ".join(shorter.split()).casefold().startswith(said) else proper
    return title


# A source list's "Publisher, Title — Registry, filed 23/3/2026: URL" and "Publisher, Title, filed
# 5/6/2026 — local copy `data/10-K_A.html`": after the title one spaced dash opens a remark on where
# and when the source was got, which holds a date or a local file's path (a title's own dash,
# "Kahoot! – dokumentace a nápověda", is followed by neither); a last field that is only an event's date
# ("depositato 5/6/2026", ", 10/7/2026") dates the filing, not the work. From heldback-13's Italian
# sources list (eight entries); "Title — Site, <URL>" without a date is _SITE_BEFORE_URL's.
_DASHED_REMARK = lazyre.compile(r"\s[—–]\s+(?P<tail>[^—–]+)$")
_NUMERIC_DATE = lazyre.compile(r"(?<![\d/.])~?\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?![\d/.])")
_LOCAL_PATH = lazyre.compile(r"(?<![\w/:.])(?:[\w.-]+/)+[\w.-]+(?: [\w.-]+)?\.[A-Za-z]{2,5}\b")
_DATED_FIELD = lazyre.compile(
    r",\s+(?:[^\W\d_A-ZÀ-Ý][^\W\d_]*\s+)?~?\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\s*$"
)


# "Authors — Title": people or a body named first, one spaced dash, then the work (German and English
# reading lists typed by hand: "Gray, Kou, Battles, Hoggatt & Toombs — The Dark (Patterns) Side of
# UX Design (CHI 2018).", "Mathur et al. — Dark Patterns at Scale: …", "Future of Privacy Forum —
# Red Lines under …": heldback-14's German "Quellen", five entries). The names are comma, "&",
# "and"/"und" or "et al." joined parts of at most five capitalised words without digits; the work
# after the dash opens in capitals, has at least three words and more than the names. A group
# closing the title with a year in it ("(CHI 2018)", "(arXiv:1907.07032, 2019)") is where and when
# it appeared, not the title's. One name alone before the dash must be a body's (three words or
# more, or named by its kind: "Future of Privacy Forum"): "Java Swing — The Java Tutorial", "FlatLaf
# — Flat Look and Feel" (calibration IEEE entries) are titles with their dash, and so, unread, is
# "BJ Fogg — Behavior Model". "Python — Getting Started" (two words
# after), "Refs and The DOM — React documentation" and "Title — Subtitle | Site" keep their dash.
_NAMES_DASH = lazyre.compile(
    r"^(?P<names>[^—–\-:;.()\[\]\d][^—–:;()\[\]\d]{0,100}?)\s[—–]\s(?P<rest>[^—–]+)$"
)
_NAME_JOINS = lazyre.compile(r"\s+et\s+al\.?$|,\s*|\s&\s|\s(?:and|und|et|y)\s")
_CLOSING_VENUE = lazyre.compile(r"\s*\([^()]*\b(?:19|20)\d{2}\)\s*$")


# Russian Wikipedia's cite templates rendered and copied as text: "Автор. Заголовок (англ.). Издание
# (дата). Дата обращения: …" — the work's language in a Russian abbreviation closes its title, the
# author (given name first, "Thomas Claburn.", "Schmidt J.", or "Surname, Given" run into the title
# because the title was the link: "Avram, Abel Docker: Automated …") opens it (heldback-14's copied
# "Примечания", four notes; the quoted excerpt after "— «…»" is no title).
_RUSSIAN_LANGUAGE_CLOSE = lazyre.compile(r"\s\((?:[а-яё]{2,5}\.)\)(?:\.\s*|\s[—–]\s)")
_RUSSIAN_CITE_AUTHOR = lazyre.compile(
    r"(?:[A-ZА-ЯЁ][\w'’-]+,\s[A-ZА-ЯЁ][\w'’-]+(?:\s[A-ZА-ЯЁ]\.)*\s(?=\S)"
    r"|[A-ZА-ЯЁ][\w'’-]+\s(?:[A-ZА-ЯЁ]\.\s?){1,2}\s?(?=[A-ZА-ЯЁ\d])"
    r"|[A-ZА-ЯЁ][\w'’-]+\s[A-ZА-ЯЁ][\w'’-]+\.\s(?=\S))"
)


def _russian_wiki_cite(head: str) -> tuple[str | None, str | None] | None:
    """Title and site of a Russian Wikipedia citation copied as text (``_RUSSIAN_LANGUAGE_CLOSE``)."""
    close = _RUSSIAN_LANGUAGE_CLOSE.search(head)
    if close is None:
        return None
    lead = head[: close.start()].strip()
    author = _RUSSIAN_CITE_AUTHOR.match(lead)
    if author is None:
        return None
    title = lead[author.end() :].strip()
    if len(title.split()) < 2:
        return None
    site = re.split(r"\s\(|[.,]\s", head[close.end() :].strip(), maxsplit=1)[0].strip(" .,")
    return tidy_title(title), (site if _is_short_name(site) else None)


_CHANNEL_BEFORE_COLON = lazyre.compile(
    r"\s*(?P<title>[^()]*[^\s(])\s\((?P<site>[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*)\):\s*"
)


def _names_dash_title(head: str) -> str | None:
    """The work's title in "Authors — Title (Venue Year)." (``_NAMES_DASH``), else None."""
    found = _NAMES_DASH.match(head.strip().rstrip(" .,;"))
    if found is None:
        return None
    names = found.group("names").strip()
    parts = [p.strip() for p in _NAME_JOINS.split(names) if p and p.strip()]
    if not parts or not all(_names_only(p) for p in parts):
        return None
    if len(parts) == 1 and names == parts[0] and len(names.split()) < 3 and not _is_institution(names):
        return None  # "Java Swing — The Java Tutorial", "FlatLaf — Flat Look and Feel": one name, the title's own
    rest = found.group("rest").strip()
    if " | " in rest:
        return None  # "LMAX Disruptor – High Performance … | Hacker News": a page's title and its site
    title = _CLOSING_VENUE.sub("", rest).strip()
    words = title.split()
    if not title[:1].isupper() or len(words) < 3 or len(words) <= len(names.split()):
        return None
    return title


# A writer's comment after the cited work, an em or en dash and a word in lower case ("New York Times,
# [“Unwinding Wordle”](…) — background only; we do not use Wordle’s 2,315-answer list", heldback-24's
# README references): no imprint, so no publisher is read from it. The word is lower case in any
# script ("[Poki for Developers](…) — аудитория, инструменты …"), or a count opens the comment before
# one ("— 10 recordings, …", "— ~10 000 игроков, …", "— 1–2 недели, …"): heldback-32's Russian
# annotated source list, twelve "[Title](url) — annotation" items, four of them read with a count as
# their publisher. (A count glued to its letters, "— 2nd edition", opens no comment.)
_COMMENT_AFTER_WORK = lazyre.compile(r"\s[—–]\s*(?:[~≈]?\d[\d\s–-]*\s)?(?=(?P<word>[^\W\d_]))")


def _before_comment(rest: str) -> str:
    """What follows a cited work's title up to a comment of the writer's (``_COMMENT_AFTER_WORK``)."""
    comment = next((m for m in _COMMENT_AFTER_WORK.finditer(rest) if m.group("word").islower()), None)
    return rest[: comment.start()] if comment is not None else rest


def _without_dashed_remark(head: str) -> str:
    """``head`` without a remark after its title's dash (where and when the source was got)."""
    stripped = head.rstrip(" :;,.")
    remark = _DASHED_REMARK.search(stripped)
    if remark is None or _DASH_SEPARATOR.search(stripped, 0, remark.start()):
        return head
    before, tail = stripped[: remark.start()].rstrip(" ,"), remark.group("tail").strip()
    if len(before.split()) < 2 or not (_NUMERIC_DATE.search(tail) or _LOCAL_PATH.search(tail)):
        return head
    return _DATED_FIELD.sub("", before) or before


# After an emphasised work, its publisher and its edition or year: ", Elsevier, 3rd Edition, 2017",
# ", Wiley, 2022 Edition".
_PUBLISHER_EDITION = lazyre.compile(
    r"\s*,\s*[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}\s*,\s*"
    r"(?:[^,.]{0,20}\b(?i:edition|ed\.|aufl\.|auflage|édition|edición|edizione)|(?:19|20)\d{2}\b)"
)


def _work_under_label(head: str, marks: Sequence[Mark]) -> tuple[str | None, str | None] | None:
    """An item that opens with a marked label and then names a book, emphasised, with its publisher
    and edition ("🔗 **Load Balancing Theory** ⏎ 📖 *Distributed Systems: Principles and Paradigms*,
    Elsevier, 3rd Edition, 2017": a README's works-cited list, heldback-13, two entries): the label
    is the item's topic, the emphasised work the title. Two marked runs with words between them, or
    a second run followed by a journal's volume ("**Title**. *Journal*, v. 26"), are read otherwise."""
    if len(marks) < 2 or marks[0].kind != "em" or marks[1].kind != "em":
        return None
    first, second = marks[0].text.strip(), marks[1].text.strip()
    at = head.find(first)
    after_first = at + len(first) if at != -1 else -1
    at_second = head.find(second, after_first) if after_first != -1 else -1
    if at == -1 or at_second == -1 or any(c.isalnum() for c in head[:at] + head[after_first:at_second]):
        return None
    imprint = _PUBLISHER_EDITION.match(head, at_second + len(second))
    if imprint is None or len(second.split()) < 2:
        return None
    return tidy_title(second), tidy_publisher(imprint.group().strip(" ,").split(",")[0])


def title_before_remark(text: str) -> tuple[str | None, str | None]:
    """Title and publisher of a line that names a source and remarks after a dash where and when
    it was got ("BlackSky Technology, Form 10-Q, periodo chiuso 30/6/2026 — documento locale
    `dati/…/Form 10-Q.html`"): such a line cites its source though it gives no URL. (None, None)
    for a line without that remark."""
    flat = " ".join(text.split())
    if _without_dashed_remark(flat) == flat:
        return None, None
    return title_and_publisher(flat, cites=True)


# The head of an entry that is a broken Markdown link: "[Title] (" before its address.
_BROKEN_LINK_HEAD = lazyre.compile(r"\s*\[(?P<title>[^\[\]\n]{3,200})\][^\S\n]+\(?\s*")


def _emphasis_follows(head: str, marks: Sequence[Mark], opening: str) -> bool:
    """Whether the second marked run is emphasis standing right after the opening one."""
    if len(marks) < 2 or marks[1].kind != "em":
        return False
    rest = head.lstrip(" *_")[len(opening) :].lstrip(" *_.,")
    return bool(marks[1].text.strip()) and rest.startswith(marks[1].text.strip())


_DASH_AFTER_LEAD = lazyre.compile(r"\s*[–—-]\s")


def _bold_author_lead(
    head: str, marks: Sequence[Mark], opening: str, *, cites: bool, site_split: bool
) -> tuple[str | None, str | None] | None:
    """The title after a bold author lead of an exported office document (bold_leads.py), or None."""
    start = head.lstrip(" *_")
    if not opening or not start.startswith(opening):
        return None
    rest = start[len(opening) :].lstrip(" *_")
    link = marks[1].text.strip() if len(marks) > 1 and marks[1].kind == "link" else ""
    if (
        link
        and rest.lstrip(" :").startswith(link)
        and label_lead_before_link(opening.rstrip() + (":" if rest.startswith(":") else ""), link)
    ):
        # "**EPDK:** [Title](…)": the label is the publisher, the link the title (bold_leads.py).
        return tidy_title(link), tidy_publisher(opening.rstrip(" :")) or opening.rstrip(" :")
    following = marks[1].text.strip() if len(marks) > 1 and marks[1].kind == "em" else ""
    if following and rest.startswith(following) and author_lead_before_title(opening, following):
        title, publisher = title_and_publisher(rest, marks[1:], cites=cites, site_split=site_split)
        if title is not None:
            return title, publisher
    after_comma = rest[1:].lstrip(" *_") if rest.startswith(",") else ""
    if following and after_comma.startswith(following) and author_lead_before_comma_title(opening, following):
        # "**OpenAI**, *How ChatGPT … are developed*. Disponibil …": the authors, their comma, the title.
        return tidy_title(following), None
    dashed = _DASH_AFTER_LEAD.match(rest)
    after_dash = rest[dashed.end() :].lstrip(" *_") if dashed is not None else ""
    if (
        following
        and after_dash.startswith(following)
        and author_lead_before_dash_title(opening, following, after_dash[len(following) :].lstrip(" *_"))
    ):
        # "**Henry Kissinger** – _Diplomacy_ (…)": the author, a spaced dash, the title (bold_leads.py).
        return tidy_title(following), None
    if not author_year_lead(opening):
        return None
    if following and rest.startswith(following):
        # "**Aho, Alfred V. … 1983.** *Data Structures and Algorithms.* Boston : …": a book's title.
        return tidy_title(following), None
    sentences = _sentences(rest.lstrip(" .,"))
    if sentences and len(sentences[0].split()) >= 1 and any(c.isalpha() for c in sentences[0]):
        # "**California Digital Library. 2020.** WEST membership. \\[Online\\] …": the first sentence,
        # less the imprint the style writes after a report's title when the sentence ran on into it.
        return tidy_title(_without_iso690_imprint(sentences[0])), None
    return None


# The imprint Word's "ISO 690 - First Element and Date" style writes after a book's or report's title,
# "Place : Publisher, Year" with ISO's spaced colon, "s.l." (sine loco) where no place is known:
# "**OCLC. 2007.** Technical bulletin 254, … the RLG Union Catalog. s.l. : OCLC, 2007. 1097-9654."
# (fixtures/parse-eval iso690-en-wordboldauthoryear-code4lib-bibliography.md, entry 9: "s.l." read
# as an abbreviation, the sentence ran on). Only after a full stop, a place of one to three words, the
# spaced colon, a publisher and a four-digit year closing the sentence.
_ISO690_IMPRINT = lazyre.compile(
    r"^(?P<title>.*\S)\.\s+[^\s:,]{1,20}(?:\s[^\s:,]{1,20}){0,2}\s:\s[^:,]{1,80},\s(?:1[5-9]|20)\d{2}[a-z]?\.?$"
)


def _without_iso690_imprint(sentence: str) -> str:
    """``sentence`` less a closing "Place : Publisher, Year" (see ``_ISO690_IMPRINT``); the place is
    the shortest run before the colon, so a title's own full stops stay."""
    found = _ISO690_IMPRINT.match(sentence)
    return found.group("title") if found is not None else sentence


_EDITORS_BEFORE_YEAR = lazyre.compile(
    r"(?i)(?<=\.)\s\((?:eds?|ur|hrsg|hg|red|ред|coord|orgs?|dir)\.\)(?=\s+\(?(?:19|20)\d{2}\b)"
)


def _inside_leading_link(head: str, dated: re.Match[str], marks: Sequence[Mark]) -> bool:
    """Whether the date group ``dated`` stands inside the text of a link that opens ``head`` (its
    text three words at least before the group) and nothing but a table's cells follows the link:
    "[Lepetiuk et al. (2024)](…) — Mapaganda" names its authors in the link, its title after it."""
    opening = len(head) - len(head.lstrip(" *_[-–—•"))
    for mark in marks:
        text = mark.text.strip() if mark.kind == "link" and mark.text else ""
        at = head.find(text, opening) if text else -1
        after = head[at + len(text) :].strip(" .,;:*_]") if at >= 0 else ""
        if (
            at == opening
            and at <= dated.start()
            and dated.end() <= at + len(text) + 1
            and len(head[at : dated.start()].split()) >= 3
            and (not after or after.startswith("|"))
        ):
            return True
    return False


# A citation signal opening a note before the work's author ("vergl. Gerken, Klaus 2001: Studien zur …",
# "Vgl. Müller, Hans: Titel …", "see Anne-Marie Brady: Marketing Dictatorship …", "Cf. Smith, J. …"):
# German footnotes open so most of the time ("Vgl.", "vergl.", "s."), English, French, Polish, Russian,
# Turkish ones often ("see", "cf.", "voir", "zob.", "см.", "bkz."). It leads the work in, and the head
# is read without it: with it, the signal was read as the title ("vergl": fixtures/parse-eval-pages
# steinzeitwissen-werkzeuge.html, 2 of 13 notes) or the author's given name was ("Klaus 2001: Studien
# …", "Hans: Die Geschichte der Stadt"). Guards: a capital after it and a comma or colon within four
# words, the author's name ("Gerken, Klaus", "Müller, Hans:"; a title "See You Again" keeps its word); a head
# with no link (a linked title is found with the signal before it as it is: "vgl. DeRouchy, Bill: [History
# of the Button](…) UXLx/Youtube", the parse eval's de-pandoc-inline-notes document; read without the
# signal, "UXLx/Youtube" ran on into the title). Before an emphasised title the signal goes too: kept,
# "Vgl. Krämer, Jonas, und Eva Lindner. *Titel.* Hanser, 2017" was read with the names for the title
# ("Vgl. Krämer" is no name; "See Krämer" passed as one). Branch s41-hb; no line of the parse eval moved.
_LEADING_SIGNAL = lazyre.compile(
    r"\s*(?i:vgl|vergl|cfr?|see|siehe|voir|véase|vease|vedi|zob|por|bkz|см|ср)\.?"
    r"(?:\s+(?i:auch|also|aussi|z\.\s?b\.))?[:,]?\s+"
    r"(?=[A-ZÀ-ÝÄÖÜÆØÅŁŚŻА-ЯЁ][\w'’.-]*(?:\s[\w'’.-]+){0,3}[,:])"
)

# A commentary note's lead-in clause before the signal and the work ("Sur la fonction de légitimation,
# voir Epron, Benoît, et Marcello Vitali-Rosati. *L’édition à l’ère numérique.* La Découverte, 2018";
# Chicago's "For a fuller discussion, see Smith, John. *Title*. …", "Zur Geschichte vgl. Müller, Hans:
# …"): Chicago's notes put a note's commentary before its source so, and the clause was read with the
# names as the title (a French essay, heldback-p37hunt9, spent on branch s41-hb: one note of eight). The clause opens the note, holds no stop, colon, bracket or digit and at
# most _CLAUSE_WORDS words, and ends on a comma and the signal; after it stands what _LEADING_SIGNAL
# wants, a capital and a comma or colon within four words (an author's "Surname, Given"). A clause whose
# signal points at no name ("Pour plus de détails, voir ci-dessous", "…, see *The Title*") is kept.
_CLAUSE_THEN_SIGNAL = lazyre.compile(
    r"\s*(?P<clause>[^\W\d_][^.;:!?()\[\]\d]{2,160}?),\s+"
    r"(?i:see|voir|siehe|vgl|cf|véase|vease|vedi|zob)\.?(?:\s+(?i:also|aussi|auch|también|anche))?[:,]?\s+"
    r"(?=[A-ZÀ-ÝÄÖÜÆØÅŁŚŻА-ЯЁ][\w'’.-]*(?:\s[\w'’.-]+){0,3}[,:])"
)
_CLAUSE_WORDS = 15


# The bracket that dates the reading, left open where the head ends at its access label: "BM İklim Değişikliği
# Çerçeve Sözleşmesi, T.C Dışişleri Bakanlığı (Erişim Tarihi: 08.10.2020)" leaves "…, T.C Dışişleri Bakanlığı (",
# and "…, 11 Aralık 2019 (Video, Erişim Tarihi: …)" leaves "(Video, " (heldback-39's Turkish essay, spent on branch
# s41-hb2: the ministry kept in the title, "Video" read as the publisher). The bracket, and a medium named first
# in it, belong to the note on the reading, not to the title or the publisher: dropped before they are read. Only a
# round bracket after a space and a word: "[Women, Business, and the Law Reports] (" is a Markdown link broken by
# its space (_BROKEN_LINK_HEAD reads it), and a square one is a link's or a medium's.
_OPEN_READING_NOTE = lazyre.compile(
    r"(?<=[^\s\])\]])\s+\(\s*(?:(?i:video|vídeo|vidéo|audio|podcast|pdf|film|slides|sunum|webinar)\s*[,;]\s*)?$"
)


# A reference closed by its year and a full stop, then a link whose text labels the link, not the work:
# "C. Hu, *Modern Semiconductor Devices for Integrated Circuits*, Chapters 6–7, Pearson (2010). [Chapter
# 7 저자 제공 PDF](https://…ch7.pdf)." (s42-hunt17's Korean MOSFET lecture notes, IEEE-like, whose book
# read as titled by its link to the author's PDF; the same list's "[공식 문서](…)", "[DOI: …](…)" after
# quoted titles were read right already). Only with an emphasised run before the year that is no part of
# the link: that run is the work's title. A link standing before the year, or a list without an
# emphasised title, is read as before.
_CLOSED_BEFORE_LINK = lazyre.compile(
    r"(?:\(\s*(?:19|20)\d{2}[a-z]?\s*\)|(?<![\d/.-])(?:19|20)\d{2}[a-z]?)\s*[.．]\s*$"
)


def _link_after_closed_reference(head: str, marks: Sequence[Mark]) -> tuple[str, list[Mark]] | None:
    """The head and marks without a link set after the reference's closing year (see above)."""
    if len(marks) < 2 or marks[-1].kind != "link" or not any(m.kind == "em" for m in marks[:-1]):
        return None
    link = marks[-1].text.strip()
    at = head.rfind(link) if link else -1
    if at <= 0 or head[at + len(link) :].strip(" .,;"):
        return None
    before = head[:at]
    if _CLOSED_BEFORE_LINK.search(before) is None:
        return None
    if not any(m.kind == "em" and m.text.strip() and m.text.strip() in before for m in marks[:-1]):
        return None
    return before, list(marks[:-1])


def title_and_publisher(
    head: str, marks: Sequence[Mark] = (), *, cites: bool = True, site_split: bool = False
) -> tuple[str | None, str | None]:
    """Title and publisher from the part of an entry before its URL and access date.

    ``cites``: the entry cites something (a URL, an access date, a medium designator); a note
    that cites nothing gets no title from its plain text. ``site_split``: the head runs straight
    into an access label, as research-assistant exports write "Title - Site, accessed …".
    """
    # The editors' mark between the names and the year ("Burkhart, B. (ur.) 2017. Inside the Jazzomat: …",
    # Serbian and Croatian "urednici", as "(eds.)", "(Hrsg.)", "(red.)": a Serbian paper's author-date list,
    # p13-hunt3's sr-authordate-two-urls-pristupljeno-jazz.md, the title read as the last names) says who
    # the names are, not where they end: read as the same entry without it.
    head = _EDITORS_BEFORE_YEAR.sub("", head)
    head = _OPEN_READING_NOTE.sub("", head)
    after_reference = _link_after_closed_reference(head, marks)
    if after_reference is not None:
        head, marks = after_reference
    clause = _CLAUSE_THEN_SIGNAL.match(head)
    if clause is not None and len(clause.group("clause").split()) <= _CLAUSE_WORDS:
        head = head[clause.end() :]
    signal = _LEADING_SIGNAL.match(head) if not any(m.kind == "link" for m in marks) else None
    if signal is not None:
        head = head[signal.end() :]
    generic = [m for m in marks if m.kind == "link" and GENERIC_LINK.fullmatch(m.text.strip())]
    if generic and head.rstrip(" ,.;:").endswith(generic[-1].text.strip()):
        # "Title⏎[Link](…)": the link's word is no part of the title before it.
        head = head.rstrip(" ,.;:")[: -len(generic[-1].text.strip())]
    broken = _BROKEN_LINK_HEAD.fullmatch(head) if cites and not marks else None
    if broken is not None:
        # "[Women, Business, and the Law Reports] (https://…)": a Markdown link broken by the space
        # before its address, so it reads as text; the brackets still set the whole title apart,
        # commas and all (heldback-18's annotated list of data sources, eleven entries so written,
        # one with commas in its title), as a link's text would.
        return tidy_title(broken.group("title")), None
    opening = marks[0].text.strip() if marks and marks[0].kind == "em" else ""
    if (
        opening
        and head.lstrip(" *_").startswith(opening)
        and (
            _MARKED_ABNT_AUTHORS.fullmatch(opening)
            or (_MARKED_ABNT_FULL_NAMES.fullmatch(opening) and not _emphasis_follows(head, marks, opening))
        )
    ):
        # "**LARSON, R.; FARBER, B.** Estatística Aplicada. São Paulo: …": ABNT's authors set in bold
        # where the title should be (heldback-15's Portuguese list): the sentence after them is
        # the title.
        rest = head.lstrip(" *_")[len(opening) :].lstrip(" *_.,")
        sentences = _sentences(rest)
        if sentences and len(sentences[0].split()) >= 2:
            return tidy_title(sentences[0]), None
    if (
        opening
        and len(marks) > 1
        and marks[1].kind == "em"
        and head.lstrip(" *_").startswith(opening)
        and _MARKED_CAPS_CREATOR.fullmatch(opening)
    ):
        # "**LIU, Junwei et al.** *Large Language Model-Based Agents …* [online]. …", "**IEEE
        # COMPUTER SOCIETY.** *SWEBOK: …*": ISO 690's creator in capitals set in bold, closed by its
        # full stop, then the title in italics (heldback-33's Czech list, four of five entries;
        # the fifth, with no creator, opens on its bold title). The emphasised run right after the
        # creator is the title.
        rest = head.lstrip(" *_")[len(opening) :].lstrip(" *_")
        following = marks[1].text.strip()
        if following and rest.startswith(following):
            title, publisher = title_and_publisher(rest, marks[1:], cites=cites, site_split=site_split)
            if title is not None:
                return title, publisher
    bold_lead = _bold_author_lead(head, marks, opening, cites=cites, site_split=site_split)
    if bold_lead is not None:
        return bold_lead
    if opening and head.lstrip(" *_").startswith(opening) and _AUTHOR_DATE_RUN.fullmatch(opening):
        # "**C, M. ‘Millers_C’ (2008)**⏎Title⏎[Link](…)": the bold author-date run, then the title.
        rest = head.lstrip(" *_")[len(opening) :].lstrip(" *_.,")
        if len(rest.split()) >= 2 and all(m in generic for m in marks[1:]) and cites:
            # Nothing else marked: the rest is the title's line ("Resident Evil 2 (2019) Full
            # Transcript"), its parentheses no date group of an author.
            return tidy_title(rest), None
        if len(rest.split()) >= 2:
            title, publisher = title_and_publisher(rest, marks[1:], cites=cites, site_split=site_split)
            if title is not None:
                return title, publisher
    russian = _russian_wiki_cite(head) if cites and not marks else None
    if russian is not None:
        return russian
    head = _drop_language_tags(LEADING_REMARK.sub("", _LOOSE_DIACRITIC.sub("", head)))
    # APA 7 elides the authors after the nineteenth ("…, Prata, M. C., … Machado, F. L. C. (2024)"):
    # the ellipsis stands between two names of the list (a calibration ABNT list of p10-hb11gate2).
    head = _ELIDED_AUTHORS.sub(", ", head)
    head = _latex_quotes(head)
    head = _without_wrapper(_CITATION_KEY.sub("", head)).rstrip()
    while head.endswith("]") and head.count("]") > head.count("["):
        head = head[:-1].rstrip()  # "[[↑] [Syslinux team. Title, site. Retrieved …]]": the wrapper
    lead_mark = marks[0].text.strip() if marks and marks[0].kind == "em" else ""
    lead_at = head.find(lead_mark) if lead_mark else -1
    if lead_at != -1:
        described = _described_lead(head, lead_mark, lead_at, lead_at + len(lead_mark), False)
        if described is not None:
            return described
    trailing = _TRAILING_DASH.search(head)
    if cites and trailing is not None and _DASH_SEPARATOR.search(head, 0, trailing.start()):
        # "Why water costs more - Daily News - https://…": fields set apart by dashes up to the URL,
        # as "Title - Site, accessed …" is up to its access label.
        head, site_split = head[: trailing.start()], True
    site_comma = _SITE_BEFORE_URL.search(head)
    if cites and site_comma is not None and not _DASH_SEPARATOR.search(head, 0, site_comma.start()):
        # "Refs and The DOM — React documentation, <https://…>", "Fragment identifier — Wikipedia,
        # <https://…>": one dash, the site, a comma, then the URL (Markdown footnotes and link lists
        # write a page so, heldback-10's further-reading notes and a calibration document of it).
        head, site_split = head[: site_comma.end(1)], True
    if cites and not site_split and _hyphen_site_before_url(head):
        head, site_split = head.rstrip().rstrip(",").rstrip(), True
    channel = _CHANNEL_BEFORE_COLON.fullmatch(head) if cites and not marks else None
    if channel is not None:
        # "Elliptic-curve cryptography (Computerphile): https://…": the channel or site in brackets
        # after the title, a colon before the link (a blog's Markdown footnotes, heldback-14, two
        # notes). An acronym ("(HTML)", "(AI RMF)") or a lower-case gloss ("(software)") is the
        # title's own, and without the colon the brackets are left alone.
        return tidy_title(channel.group("title")), channel.group("site")
    if not marks:
        head = _without_dashed_remark(head)
        dashed = _names_dash_title(head) if cites else None
        if dashed is not None:
            return tidy_title(dashed), None
    gbt = GBT_TYPE.search(head, 0, _TITLE_REACH)
    if gbt is not None and gbt.start() > 0:
        return _gbt_title(head, gbt)
    standard = _STANDARD.match(head)
    if standard is not None and not marks:
        # "ДСТУ 7564:2014. Title. Part. Part.. Київ, 2015. 39 с.", "ISO/IEC 25010:2011. Title. ISO/IEC,
        # 2011.": after a standard's designation the title runs, full stops and all, to the imprint.
        rest = head[standard.end() :]
        closing = _IMPRINT.search(rest)
        if closing is not None and closing.start() > 0:
            return tidy_title(rest[: closing.start()]), tidy_publisher(closing.group("who"))
        area = _STANDARD_AREA.search(rest)
        if area is not None and area.start() > 0:
            # "ГОСТ 7.32-2017. Отчёт о … работе. Структура и правила оформления. — М.: Стандартинформ,
            # 2017." (heldback-11's GOST thesis list): GOST's area separator closes the title.
            return tidy_title(rest[: area.start()]), None
    if not marks:
        extent = _TITLE_PUBLISHER_YEAR_EXTENT.match(head.strip())
        if extent is not None:
            return tidy_title(extent.group("title")), tidy_publisher(extent.group("publisher"))
        guillemets = _PUBLISHER_IN_GUILLEMETS.search(head)
        before = head[: guillemets.start()] if guillemets is not None else ""
        if (
            guillemets is not None
            and len(guillemets.group("publisher").split()) <= 3
            and len(before.split()) >= 4
            and "«" not in before
            and not _looks_like_authors(before)
        ):
            title, _ = title_and_publisher(before, cites=cites)
            if title is not None:
                return title, tidy_publisher(guillemets.group("publisher"))
    capitals = None if marks else _CAPS_NAMES.match(head)
    if capitals is not None:
        head = head[capitals.end() :]  # "DAVI FERREIRA SANTIAGO, FELIPE … SIMÃO. Title.": the authors
    quoted = quoted_title(head, strict=True)
    if quoted is not None and _PUBLISHING_HOUSE.search(head[: quoted[1]].rstrip('«"“ ')):
        quoted = None  # "Хайкин С. Нейронные сети. – М.: Издательский дом «Вильямс». – 2006."
    quote_opens = bool(
        site_split
        and quoted is not None
        and not head[: quoted[1]].strip()
        and _QUOTE_THEN_COLON.match(head, quoted[2])
    )
    if quote_opens:
        # "“Far ahead”: Baidu's ERNIE bot tops …, accessed …": in a research-assistant export the
        # page's title opens with a quotation, its colon and the rest of the title after it
        # (heldback-24's deep-research works cited): the quotation is no title of its own.
        quoted = None
    dated = _date_group(head)
    linked_before = _linked_title_before(head, dated, marks) if dated is not None and marks else None
    if linked_before is not None:
        return linked_before
    if quoted is not None and not _mark_before(head, marks, quoted[1], quoted[2]):
        title, start, end = quoted
        after = _before_comment(head[end:])
        publisher = _publisher_after(after)
        if publisher is None and dated is not None and dated.end() <= start:
            publisher = _publisher_from_author(head[: dated.start()])
        elif (
            publisher is None
            and start > 0
            and not after.strip(" ,.;:")
            and "," not in head[:start].strip(" ,:")
        ):
            # 'MySQL 8.0 Reference Manual, "Replication Threads", URL': nothing after the quoted
            # title, so the one name before it (not a person's, not a list) is where it is published.
            name = head[:start].strip(" ,:")
            publisher = _publisher_from_author(name)
            if (
                publisher is None
                and any(w.lower() in _SITE_KIND for w in name.split()[1:])
                and len(name.split()) <= 3
            ):
                # 'Expo Documentation, „Introduction to Expo", URL': a site named by its kind after its
                # name reads like a person's two names, but no person is called "Documentation"
                # (heldback-27's Polish list, two entries).
                publisher = tidy_publisher(name)
        return tidy_title(title), publisher
    lost = None if marks or not cites else _lost_opening_quote(head)
    if lost is not None:
        return lost
    nature = None if marks else _nature_reference(head)
    if nature is not None:
        return tidy_title(nature[0]), nature[1]
    initials = None if marks else _ORG_COMMA_INITIALS.match(head)
    if initials is not None and _letters_of(initials.group("name"), initials.group("abbr")):
        # IEEE's corporate author with its initials as a field of their own ("Bundesamt für Sicherheit
        # in der Informationstechnik, BSI, IT-Grundschutz-Kompendium, Bonn: Reguvis, 2023."): the
        # title is the next comma field, the publisher what follows it.
        rest = head[initials.end() :]
        title, _, after = rest.partition(", ")
        named = tidy_title(title)
        if named is not None and len(named) >= 3:
            return named, tidy_publisher(after) if after else None
    dash = _DASH_BEFORE_URL.search(head)
    if dash is not None and cites and not marks and not _DASH_SEPARATOR.search(head, 0, dash.start()):
        # A source list's "Title — URL" ("Regulation (EU) 2016/679 (GDPR) — eur-lex.europa.eu/…",
        # "Minors' Contracts Act 1987, s.3 — legislation.gov.uk/…"): the one dash before the URL
        # ends the title, commas and all (a short citation's shape included: the URL follows it).
        whole = head[: dash.start()].strip()
        authors = _INITIALLED_AUTHORS.match(whole) or _VANCOUVER_AUTHORS.match(whole) or _ET_AL.match(whole)
        if len(whole.split()) >= 2 and authors is None:
            site, comma, rest = whole.partition(", ")
            if comma and _DOMAIN.match(site) and rest.strip():
                # "serde.rs, Field attributes — <https://serde.rs/field-attrs.html>": the site by its
                # domain, then the page's title (heldback-9's Ukrainian notes), as IEEE's
                # "Whatis.com/de, Title. [Online]" below.
                return tidy_title(rest), site
            by_issuer = _ISSUER_AND_DATE.fullmatch(whole)
            if by_issuer is not None and len(by_issuer.group("title").split()) >= 2:
                # "UK MoD Wargaming Handbook, DCDC, 2017 — https://…", "NATO Wargaming Handbook, HQ
                # SACT, Sept 2023 — https://…" (heldback-25's wargame design document): the title,
                # then the body that issued it by its initials and the date, comma fields closing the
                # head; the body publishes it.
                return tidy_title(by_issuer.group("title")), by_issuer.group("issuer")
            return tidy_title(whole), None
    if not any(_cites_elsewhere(m) for m in marks) and _SHORT_CITE.match(head.strip()):
        return None, None  # "[Cormen et al. (2001)](#CITEREF…), pp. 528-529": a short citation
    organisation = _abbreviated_organisation(head)
    if organisation is not None and any(
        0 <= head.find(m.text) < organisation <= head.find(m.text) + len(m.text) for m in marks if m.text
    ):
        # "National Institute of Standards and Technology (NIST), *FIPS 203: Module-Lattice-…*": the
        # colon is inside the marked title, so it closes no organisation's name.
        organisation = None
    if organisation is not None:
        # "Bundesamt für Sicherheit in der Informationstechnik (BSI) - Referat B 23, …: Title. Bonn":
        # an organisation named with its own initials is the author, up to the colon after it.
        rest = head[organisation:]
        sentences = _sentences(rest)
        if sentences and len(sentences[0].split()) >= 2:
            return tidy_title(sentences[0]), None
    book = None if marks else _BOOK_PLAIN.match(head.strip())
    if book is not None:
        return tidy_title(book.group("title")), tidy_publisher(book.group("publisher"))
    din = _DIN_AUTHORS.match(head) or (None if marks else _DIN_CORPORATE.match(head))
    if din is not None and _colon_in_marked_title(head, head.rfind(":", 0, din.end()), marks):
        # "Elizabeth Ellcessor, *Restricted Access: Media, Disability, …*, Postmillennial Pop (New
        # York: …, 2016).": the colon is the marked title's (as the organisation's above), it ends
        # no list of DIN authors (fixtures/parse-eval-pages' http451-full-stack.html, a
        # Word-exported write-up's note 13; its title read as the subtitle only).
        din = None
    if din is not None:
        # DIN 1505: "Baumann, Ulrike ; Franz, Elke: Title. Berlin : Springer, 2014": the authors end
        # at the colon, the title at the first full stop, then place and publisher.
        rest = head[din.end() :]
        sentences = _sentences(rest)
        if sentences:
            end = rest.find(sentences[0]) + len(sentences[0])
            # The publisher stands after "Place :"; a place alone ("Bonn, 2018", "Karlsruhe.") names none.
            imprint = rest[end:]
            return tidy_title(sentences[0]), tidy_publisher(imprint) if ":" in imprint else None
    book = _BOOK.match(head)
    if book is not None:
        marked_book_title = _emphasised_book_title(book, marks)
        if marked_book_title is not None:
            return tidy_title(marked_book_title), tidy_publisher(book.group("publisher"))
        return tidy_title(book.group("title")), tidy_publisher(book.group("publisher"))
    initialled = None if marks else _INITIALS_FIRST.match(head)
    if initialled is not None:
        physics = _PHYSICS_JOURNAL.match(head, initialled.end())
        if physics is not None:
            # AIP and APS print no article title: "W. Chen and H. Ahmed, J. Vac. Sci. Technol. B 11,
            # 2519 (1993).": the authors, then the abbreviated journal, volume, page and year.
            return None, re.sub(r"\s\d{1,4}$", "", physics.group("journal").strip(" ,"))
        # IEEE and Elsevier without their quotes or italics: "X. Ding, J.-Y. Nie, Title, in: Proc. …",
        # "R. Collobert, …, Title, J. Mach. Learn. Res. 12 (2011) 2493–2537.", "B. Huang and R.
        # Kadali, Title. London, U.K.: Springer, 2008.": the authors, initials first, end at a comma.
        found = _title_after_initials(head[initialled.end() :], cites=cites)
        if found is not None:
            return found
    bare_year = None if marks else _bare_year_title(head, dated)
    if bare_year is not None:
        return bare_year
    if (
        dated is not None
        # (Or only a dashed remark after it: "— *Title*, Applied Acoustics 240:110957 (2025) — spiral
        # neck shifts resonance …", heldback-14's annotated instrument list.)
        and (
            not head[dated.end() :].strip(" .,;")
            or head[dated.end() :].lstrip(" .,;").startswith(("— ", "– "))
        )
        and any(m.kind == "em" and m.text and -1 < head.find(m.text) < dated.start() for m in marks)
    ):
        # "Levi, Primo. *Il sistema periodico*. Einaudi, Torino, 1975 (ristampa 2014)": a date group
        # closing the entry after the emphasised title dates the imprint (a reprint), not the
        # authors as APA's does.
        dated = None
    if (
        dated is not None
        and site_split
        and (
            _DASH_SEPARATOR.match(
                head, dated.end() - 1 if head[dated.end() - 1 : dated.end()].isspace() else dated.end()
            )
            or head.startswith(": ", dated.end())
        )
    ):
        # "Mathematical Notation: Past and Future (2000) - Stephen Wolfram, accessed …": in a
        # research-assistant export the year closes the page's title, the site after the dash; or
        # it stands inside the title before its subtitle ("China's Approach to AI Regulation (2025):
        # The Playbook, Key Updates …, accessed …", heldback-24's deep-research works cited).
        dated = None
    if dated is not None and _inside_leading_link(head, dated, marks):
        # "[Amnesty International - Without Trace: Belarus Disappeared (2002)](https://…) | type: NGO |
        # accessed: 2026-01-07", "[Human Rights Watch - Service for Life Report (2009)](https://…)":
        # the year inside the link's text dates the linked work, it closes no author group (p36hunt8's
        # research notes on Belarus, Eritrea and Turkey: three link texts so read as the authors with
        # "| type: NGO |" or nothing after them as the title). Only where the link opens the head.
        dated = None
    springer = None if marks or MEDIUM.search(head) else _colon_led_reference(head)
    if springer is not None:
        return springer
    if dated is not None and (dated.group().endswith(".") or not head[dated.end() :].lstrip()[:1].islower()):
        # ("Local Authority Districts (December 2021) boundaries UK BGC": a date inside a title.)
        result = _author_date(head, dated, marks)
        if result is not None:
            return result
    slashes = head.find(" // ")
    if slashes > 0 and marks:
        # GOST's "Authors. Title // Container. — 2023. *(DOI не найден)*": an emphasised remark
        # after the container is no title; the title stands before the slashes.
        marks = [m for m in marks if m.kind == "link" or -1 < head.find(m.text) < slashes]
    cited_under = _work_under_label(head, marks)
    if cited_under is not None:
        return cited_under
    marked = _mark_title(head, marks)
    if marked is not None:
        title, start, end = marked
        contained = _title_before_container(head[:start], title, marks)
        if contained is not None and _body_before_title_and_publisher(head[:start], head[end:]):
            contained = None
        if contained is not None:
            return tidy_title(contained), tidy_publisher(title)
        linked = any(m.kind == "link" and m.text.strip() == title.strip() for m in marks)
        subtitle = None if linked else _plain_subtitle(title, head[end:])
        if subtitle:
            # ABNT sets only the main title in bold ("**Transforming Technology:** A Critical Theory
            # Revisited. Oxford …"): an emphasised run closed by a colon goes on to its sentence's
            # end (link text closed by one is followed by a description: "[Channel:](…) a wealth …").
            title, end = f"{title.rstrip(' :')}: {subtitle}", end + head[end:].find(subtitle) + len(subtitle)
        publisher = _publisher_after(_before_comment(head[end:]))
        after = head[end:].lstrip(" *_")
        if linked and after.startswith(":") and len(after.split()) >= _ANNOTATION_WORDS:
            # "[AP News – Trump Administration's Cuts to USAID](…): Die Trump-Regierung hat …": what
            # follows a linked title's colon, a paragraph long, describes the page (heldback-32's
            # German annotated source list, seven items, each read with its annotation's first words
            # as publisher); "[Title](…): *The Economist* (11/17/2018)" names its publisher there.
            publisher = None
        if publisher is None and start > 0:
            publisher = _publisher_from_author(head[:start].rstrip(" :,"))
        elif publisher is not None and start > 0 and _SERIES_FIELD.fullmatch(publisher):
            # "See also United Nations Office for the Coordination of Humanitarian Affairs (OCHA),
            # *Humanitarianism in the Age of Cyber-Warfare*. OCHA Policy and Studies series, 2014":
            # a body named with its initials before the title issues it, not the series after it
            # (heldback-32's ICRC handbook). A person before the title leaves the series as it was.
            issuer = _SEE_ALSO.sub("", head[:start].strip(" :,"))
            initialled = _ABBREVIATED.fullmatch(issuer)
            if initialled is not None and _initials_of(initialled.group("name"), initialled.group("abbr")):
                publisher = issuer
        issued = None if linked else _org_dash_title(title)
        if issued is not None and (_ACRONYM.fullmatch(issued[1]) or _is_institution(issued[1])):
            # "**BRE — Home Energy Model: Assessor Guidance and Conventions**": the issuer by its
            # initials (or a body by its kind), then the title; a work's own name before the dash
            # ("**Ng-book — The Complete Guide to Angular**", "OPC Unified Architecture – Part 1")
            # stays.
            title, publisher = issued
        # A medium word inside the marked run is the title's own: "*Hypertext Markup Language (HTML)*".
        return tidy_title(title, keep_medium=True), publisher
    medium = MEDIUM.search(head)
    if medium is not None and medium.start() > 0:
        # "Author. Title [Internet]", "Org. Title. Site [Internet]", "Title [Электронный ресурс]".
        before = _GLUED_STOP.sub(". ", head[: medium.start()])
        if "//" in before:
            # "Title // Site : [Веб-сайт]": GOST/DSTU's container after "//", its medium after that.
            title_part, _, site = before.partition("//")
            return tidy_title(title_part.partition(" / ")[0]), tidy_publisher(site)
        colon_led = _INITIALLED_AUTHORS.match(before)
        if (
            colon_led is not None
            and colon_led.group().rstrip().endswith(":")
            and colon_led.end() < len(before)
        ):
            # "Long, J., Shelhamer, E., Darrell, T.: Fully Convolutional Networks … [online]": initialled
            # authors closed by a colon (cs-iso690-neuronove-site-literatura.md entry 11), read whole
            # as the title's sentence before.
            before = before[colon_led.end() :]
        shortened = _ISO690_AUTHORS.match(before)
        if (
            shortened is not None
            and (_SHORTENED_LIST.search(shortened.group()) or _INITIAL_CLOSES.search(shortened.group()))
            and shortened.end() < len(before)
        ):
            # "ACHOUR, Mehdi, et al. PHP Documentation [online].": the abbreviation's stop is no
            # sentence's end, so the sentence rules below would keep the authors in the title.
            # Nor is a last given name's initial ("TSE, Wang Hung et WARD, Michael J. Asynchronous
            # Instabilities … Patrol. SIAM Journal on Applied Dynamical Systems [en ligne]. 1 Janvier
            # 2018, Vol. 17": s42-hunt16's French ISO 690 list, the journal read as the title).
            before = before[shortened.end() :]
        for pattern in (
            _DOTTED_VANCOUVER_AUTHORS,
            _VANCOUVER_AUTHORS,
            _SEMICOLON_AUTHORS,
            _LEADING_ORG,
            _GOST_AUTHOR,
        ):
            authors = pattern.match(before)
            if authors is not None and authors.end() < len(before):
                before = before[authors.end() :]
        server = _SERVER_BEFORE_MEDIUM.search(before) if "preprint" in medium.group().lower() else None
        if server is not None and server.start() > 0:
            # Vancouver's preprints, "Title? arXiv [Preprint]. 2026.", "Title. bioRxiv [Preprint].":
            # the server's name, in lower case or after a question mark, closes no sentence of the
            # title (two entries of heldback-9's clinical-agents list).
            preprint_title = tidy_title(before[: server.start()])
            if preprint_title is not None:
                return preprint_title, server.group("site")
        host = _HOST_AUTHOR.match(before)
        host_site = host.group("site") if host is not None and host.end() < len(before) else None
        if host is not None and host_site is not None:
            # "Hackaday.io. Open Muscle Finger Tracking Sensor [internet].": a site named by its host
            # as the author (Vancouver's organisation-as-author slot; es-vancouver-citado-protesis-
            # mano-bibliografia.md entry 12), its full stop glued to the host's own dots, so no
            # sentence rule parts it from the title. Guard: a host's lower-case last label, then
            # the stop and a capitalised title ("Node.js v18 docs" has no stop after the host).
            before = before[host.end() :]
        sentences = _chapter_sentences(_sentences(before)) or [before]
        site, comma, rest = sentences[0].partition(", ")
        if comma and rest and _DOMAIN.match(site):
            sentences[0] = rest  # IEEE's "Whatis.com/de, Title. [Online]": the site, then the title
        body: str | None = host_site
        while (
            len(sentences) > 1
            and not _title_before_glossed_site(sentences)
            and not (len(sentences) == 2 and _LEGAL_FORM_END.search(sentences[1]) is not None)
            and (
                _looks_like_authors(sentences[0])
                or _is_org(sentences[0])
                or _is_short_name(sentences[0].rstrip("."))
                or _corporate_author_sentence(sentences[0])
            )
        ):
            dropped = sentences.pop(0)
            if body is None and not _looks_like_authors(dropped):
                body = dropped.rstrip(". ")  # "Office for National Statistics. Title [Internet]."
        if any(_PART_SENTENCE.match(sentence) for sentence in sentences[1:]):
            # ISBD's title area closes at the medium: a part's designation and the part's own title
            # before it are the title's ("VxLAN фабрика. Часть 4. Multipod [Электронный ресурс]").
            sentences = [" ".join(sentences)]
        if _subtitle_before_medium(sentences):
            sentences = [" ".join(sentences)]
        # "Title. Wikipedie [online].": a short name right before the medium is where it is published.
        site = sentences[-1].strip(" .") if len(sentences) > 1 else ""
        site_named = _is_short_name(site) or _LEGAL_FORM_END.search(site) is not None
        return tidy_title(sentences[0]), tidy_publisher(head[medium.end() :]) or body or (
            site if site_named and len(site.split()) <= 3 else None
        )
    if "//" in head:
        # GOST (Russian): "Title // Publisher. 2025."
        title_part, _, publisher_part = head.partition("//")
        # ISBD/GOST: " / " opens the statement of responsibility ("Title / Author 2015 // Site").
        title_part = title_part.partition(" / ")[0]
        authors = _GOST_AUTHOR.match(title_part)
        if authors is not None and len(title_part[authors.end() :].split()) >= 2:
            title_part = title_part[authors.end() :]  # "Fankhauser P., Hutter M. Title // Book"
        return tidy_title(title_part), tidy_publisher(publisher_part)
    if not cites or _SHORT_CITE.match(head.strip()):
        return None, None
    relaxed = None if quote_opens else quoted_title(head, strict=False)
    if relaxed is not None and site_split and _WORD_BEFORE_GUILLEMETS.search(head, 0, relaxed[1] + 1):
        # "Сердечний О. В. Китайська стратегічна програма «Зроблено в Китаї – 2025» - sinologist, доступ
        # отримано …" (_WORD_BEFORE_GUILLEMETS): the page's whole title names the programme in guillemets.
        relaxed = None
    if relaxed is not None and _PUBLISHING_HOUSE.search(head[: relaxed[1]].rstrip('«"“ ')):
        relaxed = None
    if (
        relaxed is not None
        and _NAME_IN_TITLE_SENTENCE.search(head[: relaxed[1]])
        and _TITLE_AREA_CLOSED.match(head, relaxed[2])
    ):
        relaxed = None
    if relaxed is not None:
        return tidy_title(relaxed[0]), tidy_publisher(head[relaxed[2] :])
    return _from_segments(head, cites=cites, site_split=site_split)


# Harvard with the year unbracketed after the authors (Word's "Harvard - Anglia", Google Scholar's
# and Elsevier's Harvard): "Surname, I. and Surname, I., 2014, February. Title. In …", "Kaggle.com,
# 2018. Title. [Online]", "Hoey, P. S., n.d. Title.", "Lopen, J. 2023 Title." — a comma or space, the
# year (or "n.d."), a month after a comma, then a full stop (or, after initials, a capital); the
# American Meteorological Society's (and AGU's older) colon after the year: "Cua, G., 2005: Title".
_YEAR_AFTER_AUTHORS = lazyre.compile(
    r"(?:,\s*|\s+)(?:(?:19|20)\d{2}[a-z]?|n\.\s?d\.)(?:,\s+(?P<month>[A-Z][a-z]+)(?:\s+\d{1,2})?)?"
    r"(?:\.\s+|:\s+|(?<=\.)\s+|(?<=\d)\s+(?=[A-Z]))(?=[^\W_]|[\"“‘'])"
)
# "Knieriem, B., Zhang, X. and Baggili, I.", "El-Shaarawi, A. & Anquandah, J. S.": surnames, each
# with its initials, joined by commas, "and" or "&".
_SURNAME_INITIAL = r"[A-ZÀ-Ý][\w'’\-]+(?:\s[A-ZÀ-Ý][\w'’\-]+)?,\s?(?:[A-Z]\.\s?-?){1,4}"
_SURNAME_INITIALS = lazyre.compile(
    rf"{_SURNAME_INITIAL}(?:(?:,\s|,?\s(?:and|&|et|und|y|e|i)\s){_SURNAME_INITIAL})*(?:,?\s(?:et\s+al\.))?"
    # The American Meteorological Society's: the first name inverted, the others initials first
    # ("Cua, G., M. Fischer, and T. Heaton").
    r"|[A-ZÀ-Ý][\w'’\-]+,\s?(?:[A-Z]\.\s?-?){1,4}(?:,\s(?:and\s)?(?:[A-Z]\.\s?-?){1,4}\s?[A-ZÀ-Ý][\w'’\-]+)+"
)
# ISO 690 as Zotero writes it in French: surnames in capitals with full given names, "et" before the
# last ("FAURIA, Marc Macias, MICHALETZ, Sean T. et JOHNSON, Edward A., 2011. Title").
_CAPS_PERSON = rf"{_CAPS_NAME},\s{_GIVEN}(?:[\s-]{_GIVEN})*"
_CAPS_PEOPLE = lazyre.compile(rf"{_CAPS_PERSON}(?:(?:,\s|,?\s(?:et|and|und|y|e|i|&)\s){_CAPS_PERSON})*")
# An organisation in the author's place: a few capitalised words or a domain ("Data Made Simple",
# "Python Software Foundation", "Kaggle.com").
_YEAR_AUTHOR_WORDS = 6


_ENDS_ON_INITIAL = lazyre.compile(r"\b[A-Z]\.$")


def _bare_year_title(head: str, dated: re.Match[str] | None) -> tuple[str | None, str | None] | None:
    """Title and publisher of a Harvard entry whose year follows the authors unbracketed: the title
    is the sentence after the year, the publisher the next one (the last one after "In
    Proceedings … (pp. 1-5)."). None where the part before the year is no author list or short
    organisation, or a bracketed date comes first."""
    found = _YEAR_AFTER_AUTHORS.search(head, 0, 300)
    if found is None or (dated is not None and dated.start() < found.start()):
        return None
    if found.group("month") and found.group("month").casefold() not in month_names():
        return None
    author = head[: found.start()].strip()
    opening = head[found.end() :].split(maxsplit=1)[:1]
    if (
        found.group().rstrip().endswith(":")
        and opening
        and opening[0][:1].islower()
        and not any(c.isupper() for c in opening[0][1:])
    ):
        # "Referendum 2025: cosa prevedono i 5 quesiti", "Quesiti Referendum 2025: per cosa si vota?"
        # (a research assistant's Italian source titles, fixtures/parse-eval p37hunt9): a title after
        # an author's year and colon (the AMS's "Cua, G., 2005: Title") opens with a capital; a word
        # in lower case after the colon is a subtitle of a title the year is part of ("iPhone",
        # "eBay" aside). After a full stop a title may open in lower case ("Python Software
        # Foundation, 2023. ssl — TLS/SSL wrapper …", en-harvard-iot-auth-reference).
        return None
    head_words = author.split()
    if (
        found.group().rstrip().endswith(":")
        and not found.group().lstrip().startswith(",")
        and len(head_words) >= 2
        and any((w.isupper() and len(w) > 1) or any(c.isdigit() for c in w) for w in head_words)
    ):
        # "[PDF] GLOBAL TRENDS 2025: A TRANSFORMED WORLD", "Top 50 Best Websites 2025: Get inspired."
        # (research assistants' source titles: fixtures/parse-eval p37hunt9, es-deepresearch-pdftext-
        # webdesign): the AMS's year before a colon follows its authors after a comma ("Cua, G.,
        # 2005: Title"), a short form's after a surname ("O'Neil 2004: Real-time atmospheric
        # scattering", hb23-en-link-list-cosmogon); a year run into words in capitals or with a
        # number ("Top 50 Best Websites") before a colon is the title's own.
        return None
    if not found.group().rstrip().endswith((".", ":")) and not _ENDS_ON_INITIAL.search(author):
        # "ERA 2012 Versus ERA 2010": a year run into capitals follows initials only ("Doe, J. 2016
        # Title"); after a body's name ("American Thyroid Association. 2016 American Thyroid
        # Association Guidelines …", a Korean evidence list's Vancouver entries) it opens the title.
        return None
    if not author or any(c in author for c in '()[]:;"“”') or author[:1].islower():
        return None
    if (
        not _looks_like_authors(author.rstrip(".") + ". ")
        and not _SURNAME_INITIALS.fullmatch(author)
        and not _CAPS_PEOPLE.fullmatch(author)
    ):
        words = author.split()
        if len(words) > _YEAR_AUTHOR_WORDS or ". " in author or not _names_only_long(author):
            return None
    rest = head[found.end() :]
    spans = sentence_spans(rest)
    if not spans:
        return None
    sentence = rest[spans[0][0] : spans[0][1]]
    container = _IN_CONTAINER_AFTER_COMMA.search(sentence)
    title = tidy_title(sentence[: container.start()] if container is not None else sentence)
    if title is None or len(title) < 3:
        return None
    after = [rest[a:b].strip() for a, b in spans[1:]]
    publisher = None
    if after and re.match(r"In\s?:?\s", after[0]):
        last = after[-1].rstrip(". ")
        publisher = last if len(after) > 1 and _is_short_name(last) else None
    elif after:
        publisher = tidy_publisher(after[0])
    site = _DOMAIN_SITE_AFTER.search(sentence)
    if site is not None:
        # "Clark, A. 2023. Gigabit broadband in the UK: …. commonslibrary.parliament.uk. [Online].":
        # the host closing the title's sentence is the site (_ADDRESS_AFTER_TITLE took it off it).
        publisher = site.group("site")
    return title, publisher


# One author with initials first ("X. Ding", "J.-Y. Nie", "D.H. Park", "H. El Bacha", "D. van
# Vuuren"), and a list of them closed by a comma: IEEE's and Elsevier's author list. A surname may
# be of three capitalised words ("Z. Elamrani Abou Elassad") and keep a PDF's spacing accent where
# its text split an accented letter ("J.M. Guti´errez"): heldback-23's Elsevier list, two titles
# read with their whole author list before them (and a journal after one).
_INITIAL_NAME = (
    # (An initial may carry an accent: "É. L. Nagaev", heldback-11's AIP list.)
    r"[A-ZÀ-Ý]\.(?:\s?-?[A-ZÀ-Ý]\.){0,3}\s?(?:(?:van|von|de|der|den|da|di|du|del|dos|le|la)\s)?"
    r"[A-ZÀ-Ý][\w'’\-´¨]+(?:\s[A-Z][a-z][\w'’\-´¨]*){0,2}"
)
# (The list's last surname may keep a stray stop before its comma, "W. Verhoef, L. Jia, and Z. Su.,
# Optical-thermal …", heldback-17's linked bibliography: the comma still closes the list.)
_INITIALS_FIRST = lazyre.compile(
    rf"^(?:{_INITIAL_NAME},\s(?:(?:and|&|und|et|y|e|i|dan|ve|và)\s)?)*{_INITIAL_NAME}"
    rf"(?:,?\s(?:and|&|und|et|y|e|i|dan|ve|và)\s{_INITIAL_NAME})?(?:,\s+et\s+al\.)?\.?,\s+(?=[^\W\d_]|\d)"
)
# A physics journal reference with no title (AIP, APS): abbreviated words, at least one with a
# full stop, then "volume, page (year)" (the volume with its issue: "Phys. Today 43(12), 42 (1990)");
# a proceedings' article number before the page ("Proc. 1st
# IEEE-NEMS, 60501014, 391 (2006)").
_PHYSICS_JOURNAL = lazyre.compile(
    r"(?P<journal>(?:[A-Z][A-Za-z]*\.?\s){0,5}[A-Z][A-Za-z]*\.(?:\s[A-Z\d][\w-]*){0,4},?\s(?:[A-Z]\s)?)"
    r"(?:\d{1,9}(?:\(\d{1,4}\))?,\s)?[A-Z]?\d{1,8}\s\((?:19|20)\d{2}\)\.?\s*$"
)
# Where such a title ends: ", in: Proceedings", ", In Book" (the container), or a comma before an
# abbreviated journal ("…, J. Mach. Learn. Res. 12").
_IN_CONTAINER_AFTER_COMMA = lazyre.compile(r",\s+[Ii]n:?\s+(?=[A-Z\d])")


# IEEE's book with its title unmarked and the publisher before the volume, edition and pages, each a comma
# field: "W. Odom, CCNA 200-301 Official Cert Guide, Volume 1, Cisco Press, sve. 1, izd. 1, str. 77-78, 2020."
# (Croatian "svezak", "izdanje", "stranica"; p36hunt8's Croatian ARP paper, two books read with ", Cisco Press,
# sve" on their titles), "…, Volume 1, Cisco Press, vol. 1, 1st ed., pp. 77-78, 2020.": a press's name right
# before such a field ends the title. Only a name ending in a publishing house's word.
_PRESS_BEFORE_APPARATUS = lazyre.compile(
    r",\s+(?P<press>(?:[A-Z][\w'’&.\-]*\s){0,3}(?:Press|Publishing|Publishers|Verlag|Books|Media|Naklada)),"
    r"\s+(?:vol|sv|sve|svez|knj|izd|ed|pp?|str|bd|t|tom|no|br)\.\s*\d"
)


def _title_after_initials(rest: str, *, cites: bool) -> tuple[str | None, str | None] | None:
    """Title and container after an initials-first author list: the title runs to the container
    (", in: …"), an abbreviated journal after a comma, or the end of its sentence; else its comma
    segments are read as any head's. Where the list runs on ("S. Wasista, Setiawardhana, …", "Y.
    Aroudam, I. Errabih, & H. El Bacha (2023)"), the rule does not apply."""
    first = rest.split(",", 1)[0]
    if re.match(r"[A-Z]\.|&|and\s|\(", rest) or (len(first.split()) == 1 and "," in rest):
        return None
    ends: list[tuple[int, int]] = []
    edition = _EDITION.search(rest)
    if edition is not None:
        ends.append((edition.start(), edition.end()))
    container = _IN_CONTAINER_AFTER_COMMA.search(rest)
    if container is not None:
        ends.append((container.start(), container.end()))
    for comma in re.finditer(r",\s+", rest):
        if _abbreviated_journal(rest[comma.end() :]) is not None:
            ends.append((comma.start(), comma.end()))
            break
    pressed = _PRESS_BEFORE_APPARATUS.search(rest)
    if pressed is not None and len(rest[: pressed.start()].split()) >= 2:
        ends.append((pressed.start(), pressed.start("press")))
    sentences = sentence_spans(rest)
    if len(sentences) > 1:
        ends.append((sentences[0][1], sentences[1][0]))
    if not ends:
        # "Theoretical Electrochemistry, Mir Publishers, Moscow, 1977.": the authors gone, the first
        # comma segment before a capitalised one is the title (a lower-case one continues it:
        # "Theory of reasoned action, theory of planned behavior, and …").
        for comma in re.finditer(r",\s+(?![a-z])", rest):
            if len(rest[: comma.start()].split()) >= 2:
                ends.append((comma.start(), comma.end()))
                break
    if not ends:
        return _from_segments(rest, cites=cites, site_split=False) if cites else None
    end, after = min(ends)
    title = tidy_title(rest[:end])
    if title is None or len(title.split()) < 2:
        return None
    following = rest[after:]
    if container is not None and after == container.end() and re.match(r"[A-Z]\.", following):
        return title, None  # "in: R. Roy, M. Köppen (Eds.), Book": the editors, no publisher
    return title, tidy_publisher(following)


_TITLE_LINE_MAX = 200
# Family: Harvard short citations in a notes list, names, a year and the page cited ("Madsen, McHugh &
# de Kloet 1988, p. 452.", "Elphick, Dunning & Sibley 2001, p. 191."), as MediaWiki's {{sfn}} and
# {{harvnb}} render them beside full cite templates: the work is in the bibliography, the note names no
# title; with two or more authors they are three title-case words and were read as a title line
# (heldback-38's "Duck" article, 3 of its 8 short notes among the first 12; one author, "Kear 2005,
# p. 448.", is too short for a title line already).
_PAGE_LOCATOR = lazyre.compile(r",\s*(?:pp?|s)\.\s*[\dIVXLCivxlc]")


def title_line(text: str) -> str | None:
    """The title of a line that is only (authors and) a title: at least three words, no longer than
    a title, most of its words capitalised (function words aside), no author-and-year head, date or
    URL ("ERA 2012 Versus ERA 2010: Like the Curate's Egg … Good in Parts", "Schulz, C. Alle Complete
    Peanuts Vol 1-25"). None for anything else."""
    stripped = _drop_authors(" ".join(text.split()))
    words = [w for w in stripped.split() if w[:1].isalpha()]
    if len(stripped) > _TITLE_LINE_MAX or len(words) < 3 or URL_PATTERN.search(stripped):
        return None
    if next(iter(find_dates(stripped)), None) is not None or head_shape(stripped) is not None:
        return None
    if _SHORT_CITE.match(stripped) and _PAGE_LOCATOR.search(stripped):
        return None
    content = [w for w in words if w.lower().strip(",.:;") not in _FUNCTION_WORDS]
    capitalised = [w for w in content if w[0].isupper()]
    if content and len(capitalised) * 4 >= len(content) * 3:
        return tidy_title(stripped)
    authors = " ".join(text.split())[: -len(stripped)] if stripped else ""
    if (
        _VANCOUVER_AUTHORS.fullmatch(authors)
        and authors.rstrip().endswith(".")  # the list closed by its stop, not cut at a comma
        and stripped[:1].isupper()
        and len(_sentences(stripped)) == 1
        and stripped.rstrip().endswith(".")
    ):
        # "Ay Gül AN. Real-time feature extraction of ECG signals using NI LabVIEW." (heldback-43's
        # Spanish Vancouver list, spent on branch s40-hb: a thesis cited by its author and title
        # alone, no year, no address): after a Vancouver author list the one sentence left, closed
        # by its stop, is the title in sentence case too. Without the authors a sentence-case line
        # is a note's prose ("Interview with an official of the ministry."), left untitled.
        return tidy_title(stripped)
    return None


# Harvard as students type it without the parentheses: "Nagios, 2013. http://…", "Mitchel, B. 2013.
# http://… diakses 21 April 2013" — a name (an author or the site's owner) and a year, then the URL:
# the entry names no title (heldback-12's Indonesian lab report, five entries). A Markdown escape
# ("2013\\.") and a stray full stop before the year (", .2013") are the typist's.
_NAME_YEAR_HEAD = lazyre.compile(r"(?P<name>[^\W\d_][^\d()\[\]]{0,60}?)[\s,.]*(?:19|20)\d\d[a-z]?")


_SURNAME_INITIAL_ONLY = lazyre.compile(r"[A-ZÀ-ÝА-ЯЁ][a-zà-ÿа-яё'’\-]+\s[A-ZА-ЯЁ]\.")


def name_year_only(head: str, title: str | None) -> bool:
    """Whether the head is only a name and a bare year, the "title" found in it being that name."""
    if title is None:
        return False
    bare = head.replace("\\", "").strip(" ,.;:-–—")
    if _SURNAME_INITIAL_ONLY.fullmatch(head.strip(" ,;:-–—")) and title.strip(" .") in bare:
        # "Tsai T. https://… — 2019." (a copied Russian Wikipedia note, heldback-14): the author
        # alone, Vancouver's way, before the link; the page's title was the link's text, now lost.
        return True
    found = _NAME_YEAR_HEAD.fullmatch(bare)
    if found is None or len(found["name"].split()) > 3:
        return False
    quoted = quoted_title(found["name"], strict=True)
    if quoted is not None and quoted[0] == title:
        # 'maec_lamar. "連結リストについてまとめてみた". Qiita. 2024.': the title in quotation marks
        # after the name is no part of it, spaceless though a Japanese title is (SIST 02's web
        # entries in s42-hunt17's Japanese slides, whose last title was lost).
        return False
    return " ".join(title.split()).strip(" .,").casefold() in found["name"].casefold()


def head_shape(head: str) -> str | None:
    """ "author-date" for a head that is only authors and a year ("Sharma, P. (2018)", "Tzutalin,
    D., (2017),"), "name" for one that is one or two capitalised words ("Google"), else None."""
    bare = head.strip(" ,.;:-–—")
    dated = _date_groups().search(bare)
    if dated is not None and not bare[dated.end() :].strip(" ,.;:"):
        before = bare[: dated.start()].strip(" ,.")
        return "author-date" if before and _looks_like_authors(before + ". ") else None
    if bare and "," not in bare and len(bare.split()) <= 2 and _is_short_name(bare) and not _title_like(bare):
        return "name"
    return None


def _gbt_title(head: str, marker: re.Match[str]) -> tuple[str | None, str | None]:
    """GB/T 7714: "Authors. Title[J]. Journal, 2012, 45(11)" — the title is what lies between the
    last full stop before the type code and the code; the journal or publisher follows it."""
    before = head[: marker.start()]
    cuts = [m.end() for m in _GBT_SEPARATOR.finditer(before) if m.end() < len(before)]
    if not cuts:
        # CNKI's export closes each Chinese author's name with a semicolon and no full stop, "柳海燕;
        # 郑健; 基于React和Express的…系统的设计与实现[J/OL]" (p35hunt7's Chinese thesis proposal, its first
        # endnote read with both authors on the title): the names end where the last of them does.
        names = _CNKI_AUTHORS.match(before)
        if names is not None and names.end() < len(before):
            cuts = [names.end()]
    title = before[cuts[-1] :] if cuts else before
    after = head[marker.end() :].lstrip(" .．,，:：/")
    return tidy_title(title), tidy_publisher(after) if after else None


_LATEX_CLOSE = lazyre.compile(r"(?<=[\w.,?!)])''(?!')")


def _latex_quotes(head: str) -> str:
    """LaTeX quotes (``Title,'') as typographic ones; a reader that took the opening `` for code
    leaves only the closing '', so the title opens after the segment before it."""
    if "''" not in head:
        return head
    head = head.replace("``", "“")
    close = _LATEX_CLOSE.search(head)
    if close is None:
        return head
    if "“" not in head[: close.start()]:
        opener = head.rfind(", ", 0, close.start())
        head = head[: opener + 2] + "“" + head[opener + 2 :] if opener != -1 else "“" + head
        close = _LATEX_CLOSE.search(head)
        if close is None:
            return head
    return head[: close.start()] + "”" + head[close.end() :]


def _cites_elsewhere(mark: Mark) -> bool:
    """Emphasis, or a link out of the page; an in-page link ("#CITEREF…") only points to the list."""
    return mark.kind != "link" or (mark.href or "").lower().startswith(("http://", "https://"))


# The words of a site named as IEEE's author before a quoted title, at most (see _mark_before).
_IEEE_SITE_WORDS = 4


def _mark_before(head: str, marks: Sequence[Mark], position: int, quote_end: int | None = None) -> bool:
    """Whether a marked title comes before the quoted phrase at ``position``. A marked run that is
    the author sentence ("**Espressif Systems.** "ESP32 Technical Reference Manual"") is not; nor is
    one whose words stand again after the quote (``quote_end``): IEEE's site named as the author and
    again, in italics, as the container ('LinuxVox, "Installing xrdp on Ubuntu: A Comprehensive
    Guide," *LinuxVox*.'), where the italic run is the later one and the earlier the author (three
    entries of a German report's IEEE list, de-ieee-online-verfuegbar-wsl-quellen.md 4, 8, 9).
    Guard: only the run's exact words after the quote's end; a run that stands once before it keeps
    the old reading."""
    marked = _mark_title(head, marks)
    if marked is None or marked[1] >= position:
        return False
    text = marked[0].strip()
    if quote_end is not None and text and head.find(text, quote_end) != -1:
        return False
    between = head[marked[2] : position].strip()
    if (
        quote_end is not None
        and between == ","
        and not head[: marked[1]].strip(" *_")
        and len(text.split()) <= _IEEE_SITE_WORDS
        and len(text.split()) < len(head[position:quote_end].split())
        and any(
            m.kind == "em" and m.text.strip() and head.find(m.text.strip(), quote_end) != -1
            for m in marks
            if m.text.strip() != text
        )
    ):
        # IEEE's "Author, "Title," *Container*, date" with a site set in italics as the author:
        # '*El Periódico*, «El renting de vehículos rompe récords en España: …», *Sección Motor*, jul.
        # 2026.' (heldback-p12hunt2's Spanish business plan exported from Google Docs, spent on
        # branch s40-hb: the title read as "El Periódico"). The run opening the entry, closed by the
        # comma right before the quotation, shorter than it, with another emphasised run (the
        # container) after the quotation, is the author: the quotation is the title.
        return False
    author_sentence = text.endswith(".") or between.startswith(".")
    return not (
        author_sentence and (_looks_like_authors(text) or _is_org(text) or _is_short_name(text.rstrip(".")))
    )


# Words that name a periodical or a proceedings volume: a field of capitalised words holding one
# is where a work appeared ("International Statistical Review"), not its title.
_PERIODICAL = lazyre.compile(
    r"\b(?:journal|review|proceedings|transactions|letters|bulletin|quarterly|annals|magazine|"
    r"conference|workshop|symposium|zeitschrift|revista|revue|rivista)\b",
    re.IGNORECASE,
)


def _names_only_long(text: str) -> bool:
    """Every word capitalised (a name, however long), function words and acronyms aside."""
    words = text.split()
    return bool(words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _FUNCTION_WORDS for w in words
    )


# A journal's volume, issue and pages closing a field: "31(2):235-256", "12: 33-39".
_VOLUME_PAGES = lazyre.compile(r"\s\d{1,4}\s*(?:\(\s*[\w-]{1,8}\s*\))?\s*:\s*\d+(?:\s*[-–]\s*\d+)?$")
# What APA writes right after the date for a work inside another: "In *Wikipedia*", "In: Book".
_IN_CONTAINER = lazyre.compile(r"(?:In|Dans|En|Em|In:)\s+(?=\S)")


# Who issues a document, named before its title: initials ("MHCLG", "BRE", "HM Government"), or a
# body by its kind (_is_institution). A work's own name before a dash ("Ng-book — The Complete Guide
# to Angular") is neither.
_ACRONYM = lazyre.compile(r"[A-Z]{2,6}")
_ISSUER = lazyre.compile(r"^[A-Z]{2,6}(?:\s[A-Z][a-z]+){0,2}$")


def _linked_title_before(
    head: str, dated: re.Match[str], marks: Sequence[Mark]
) -> tuple[str | None, str | None] | None:
    """A linked title right before the bracketed year, after the people and a comma, the site after
    the year and a comma: "Todd Hoff, [How Facebook Live Streams …](…) (2016), highscalability.com"
    (heldback-34's Hugo footnotes, six of twelve: the link's text was read as the author of an
    author-date entry and the site as its title). The link is the title, what follows the year's
    comma the site. Guard: the link must close right before a year in brackets, with a comma and
    words before the link and nothing or a comma after the year; "[Name et al. (2024)](…)" (a linked
    author-year) and "Name (2016). [Title](…)" are read as before."""
    before = head[: dated.start()].rstrip()
    year = dated.group().strip()
    rest = head[dated.end() :].strip()
    if not (year.startswith("(") and year.endswith(")")) or (rest and not rest.startswith(",")):
        return None
    for mark in marks:
        text = mark.text.strip()
        if mark.kind != "link" or len(text.split()) < 2 or not before.endswith(text):
            continue
        people = before[: len(before) - len(text)].rstrip()
        if not people.endswith(",") or not people.strip(" ,"):
            return None
        return tidy_title(text), tidy_publisher(rest.lstrip(" ,")) if rest else None
    return None


def _emphasised_title_before(
    head: str, dated: re.Match[str], marks: Sequence[Mark]
) -> tuple[str | None, str | None] | None:
    """A date group inside or right after an emphasised run that opens the entry and reads
    "Organisation — Title" ("**MHCLG — The Future Homes Standard: …** (March 2026). Primary
    regulatory source.", "**HM Government — Approved Document L, Volume 1: Dwellings (2025
    edition)**. The amended statutory guidance …": heldback-13's further-reading list, three
    entries): the run names the work and who issued it, the date or edition dates it, and the
    sentence after it describes the work. Other runs before a date (bold authors, "**C, M.
    ‘Millers_C’ (2008)**") are left to the author-date reading."""
    lead = len(head) - len(head.lstrip(" *_"))
    for mark in marks:
        text = mark.text.strip(" *_")
        if mark.kind != "em" or not text or not head.startswith(text, lead):
            continue
        run_end = lead + len(text)
        inside = run_end >= dated.end()
        right_after = not head[run_end : dated.start()].strip(" *_")
        if not (inside or right_after):
            return None
        org_title = _org_dash_title(text)
        if org_title is None or (not _ISSUER.match(org_title[1]) and not _is_institution(org_title[1])):
            return None
        return tidy_title(org_title[0], keep_medium=True), org_title[1]
    return None


# APA's web page whose site is its domain, written in lower case: "Fowler, M. (2018, January 16).
# Integration test. martinFowler.com. https://…" (a calibration course report of p10-hb11gate2, two
# entries). The domain opens no sentence (it starts small), yet it closes the title before it.
# The same with a country's domain ("Gigabit broadband in the UK: …. commonslibrary.parliament.uk.
# [Online]. Available from: …", heldback-20's UK Harvard list), which ``_BARE_HOST`` reads.
_DOMAIN_SITE_AFTER = lazyre.compile(rf"\.\s+(?P<site>{_BARE_HOST}),?\.?\s*$")


def _split_domain_site(first: str, following: str) -> tuple[str, str]:
    """The first sentence after an APA date and what follows it, a lower-case domain closing that
    sentence ("Integration test. martinFowler.com.") moved to what follows (the site)."""
    site = _DOMAIN_SITE_AFTER.search(first)
    if site is None or len(first[: site.start()].split()) < 2:
        return first, following
    return first[: site.start() + 1], " ".join(part for part in (site.group("site") + ".", following) if part)


# A German registered association's name, "eingetragener Verein": "Forschungsgruppe Wahlen e.V.".
_REGISTERED_BODY = lazyre.compile(r"\se\.\s?V\.?$")


# "Title, ISSUER, 2017" and "Title, HQ SACT, Sept 2023": a title, the body that issued it named by
# its initials (a word of two capitals or more, not a roman numeral: "Part II" is the title's), then
# a year, a month before it or not.
_ISSUER_AND_DATE = lazyre.compile(
    r"(?P<title>[^\n]+?),\s(?P<issuer>(?:[A-Z][\w&.-]*\s){0,2}(?![IVXLC]+\b)[A-Z]{2,8}(?:\s(?![IVXLC]+\b)[A-Z]{2,8})?)"
    r",\s(?:[A-Z][a-z]{2,8}\.?\s)?(?:19|20)\d{2}"
)
# A title naming a kind of work at its end: software documentation, a handbook, a manual, a guide.
_DOCUMENTATION_TITLE = lazyre.compile(
    r"\s(?:Documentation|Docs|Handbook|Manual|Guide|Reference|Specification|API)$"
    r"|\s(?:Dokumentation|Documentatie|Dokümantasyonu|Belgeleri|Handbuch|Handleiding|Kılavuzu)$"
)


# Authors written "Surname, I., Surname, I. I." (two at least, the last closed by its initial's
# stop), then a space: what follows is no name.
_INITIALLED_NAMES = lazyre.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]{1,30}(?:[ -][A-ZÀ-Þ][\w'’-]{1,30})?,[^\S\n]+(?:[A-Z]\.[^\S\n]?){1,3}(?:,[^\S\n]+|[^\S\n]+(?:&|and|y|et)[^\S\n]+)){1,11}"
    r"[A-ZÀ-Þ][\w'’-]{1,30}(?:[ -][A-ZÀ-Þ][\w'’-]{1,30})?,[^\S\n]+(?:[A-Z]\.[^\S\n]?){0,2}[A-Z]\.(?=[^\S\n])"
)


_SUBTITLED_TITLE = lazyre.compile(r"[^\W\d_][^:,;()\[\]]+:\s[A-Z][^:,;()\[\]]+")
_SUBTITLED_WORDS = 8


# Family: MediaWiki's older citation templates (CS1 before about 2014) print the file format in
# parentheses after the date, before the emphasised title: "Rob Pike (10 November 2009) (flv). *The Go
# Programming Language* (Tech talk). Google." ({{cite video}}'s format=flv; "(PDF)" likewise). The
# designator is no title: the marked title after it is (heldback-38's 2012 "Go" article, one note,
# its title read as "(flv)"). A word in parentheses that is no file format or medium stays in the way.
_FORMAT_DESIGNATOR = lazyre.compile(
    r"\((?:pdf|flv|mp4|mp3|ogg|ogv|webm|avi|wmv|mov|doc|docx|ppt|pptx|xls|xlsx|video|audio)\)", re.IGNORECASE
)

_TYPE_AFTER_TITLE = lazyre.compile(r"^\s*\((?:[^\W\d_][\w-]*\s?){1,3}\)(?=\s*\.\s+\S)")


# What follows a journal's bracketed year when the year is the journal's: only the pages ("pp.
# 5252–5257", "p. 12", "412–426"). Read as an author-date head, the pages became the title (fixtures/
# parse-eval-pages sciencedirect-cichlid-phylogeny.html: 7 of 8 sampled titles "pp. …", the real title
# marked before the journal). Guard: an emphasised run before the date to take as the title instead.
_PAGES_ONLY = lazyre.compile(r"[,:;.]?\s*(?:pp?\.\s*)?\d+(?:\s*[–-]\s*\d+)?\.?")


def _author_date(
    head: str, dated: re.Match[str], marks: Sequence[Mark]
) -> tuple[str | None, str | None] | None:
    """Harvard and APA: "Author (Year) Title. Publisher." and the title-first "Title. (Year). Publisher."."""
    before = head[: dated.start()].strip(" .,")
    rest = head[dated.end() :].strip()
    if not rest and not before:
        return None
    emphasised = _emphasised_title_before(head, dated, marks)
    if emphasised is not None:
        return emphasised
    if before and _PAGES_ONLY.fullmatch(rest):
        # Only the pages after the date ("Proc. Natl. Acad. Sci. USA, 100 (2003), pp. 5252–5257",
        # ScienceDirect's journal field): the date is the journal's, not an author's, and the
        # title stands before it, marked (see _PAGES_ONLY).
        before_marked = _mark_title(before, [m for m in marks if m.kind == "em"])
        if before_marked is not None:
            return tidy_title(before_marked[0]), None
    marked = _mark_title(rest, marks)
    # (A dash may stand between the date and the marked title: "[Lepetiuk et al. (2024)](…) —
    # *Mapaganda* in Cartographica", a README's linked author-year then the work and its venue.)
    if marked is not None and not _FORMAT_DESIGNATOR.sub("", rest[: marked[1]]).strip(" .,:;—–"):
        title, _, end = marked
        # CS1's type after the title, in parentheses ("*The Go Programming Language* (Tech talk).
        # Google.", "(Press release)", "(Report)"): a kind of work, not its publisher.
        after = _TYPE_AFTER_TITLE.sub("", rest[end:], count=1)
        return tidy_title(title), _publisher_after(after) or _publisher_from_author(before)
    spans = sentence_spans(rest)
    first = rest[spans[0][0] : spans[0][1]] if spans else rest
    following = rest[spans[1][0] :] if len(spans) > 1 else ""
    first, following = _split_domain_site(first, following)
    quoted = quoted_title(rest, strict=True)
    if quoted is not None and not rest[: quoted[1]].strip(" .,:;"):
        return tidy_title(quoted[0]), _publisher_after(rest[quoted[2] :]) or _publisher_from_author(before)
    author_part = " ".join(re.sub(r"\([^)]*\)", " ", head[: dated.start()]).split()).strip(" .")
    author_like = bool(author_part) and _looks_like_authors(author_part + ". ")
    if before and rest.startswith(","):
        # "Behrens, John T. (1997), Title, Journal, Vol. 2", "Microsoft Research (2012), Title.
        # [Online]": a comma after the year sets the fields apart by commas (Harvard as Emerald and
        # Portuguese slides write it), so the title is the first segment and the publisher the next.
        fields = rest.lstrip(" ,")
        sentences = _sentences(before + ".")
        if fields[:1].isdigit() and len(sentences) >= 2 and _looks_like_authors(sentences[0]):
            # "Stavrey, Stefan. Machine Learning God. (2017), 11.1 (…) bölümleri.": the author and the
            # title before the year, the chapters or pages cited after it.
            return tidy_title(" ".join(sentences[1:])), None
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", fields.rstrip(" ."))  # "(VADER)", "(block permutation)"
        if "," not in fields and (
            _VOLUME_PAGES.search(fields.rstrip(" ."))
            or (_PERIODICAL.search(bare) is not None and _names_only_long(bare))
        ):
            # "Bestvater & Monroe (2023), Political Analysis 31(2):235-256", "Hutto & Gilbert (2014),
            # ICWSM Proceedings (VADER)": the journal or proceedings the work is in, no title.
            return None, None
        for cut in re.finditer(r",\s+(?=[A-Z\d]|[a-z]+[A-Z])", fields):  # (or a name like "arXiv")
            if len(fields[: cut.start()].split()) >= 2:
                publisher = tidy_publisher(fields[cut.end() :])
                return tidy_title(fields[: cut.start()]), publisher or _publisher_from_author(before)
        sentence = sentence_spans(fields)
        if sentence:
            return tidy_title(fields[sentence[0][0] : sentence[0][1]]), _publisher_from_author(before)
    container = _IN_CONTAINER.match(rest)
    if container is not None and before and not author_like:
        # APA's entry in a reference work, titled first: "Hypervisor. (2022, October 16). In *Wikipedia*."
        return tidy_title(before), tidy_publisher(rest[container.end() :])
    if (
        before
        and not author_like
        # A German registered association's name before the date is its author, though its
        # "e.V." reads as lower-case words of a title ("Forschungsgruppe Wahlen e.V. (2024).
        # Politbarometer Langzeitentwicklung.": heldback-21's German list).
        and not _REGISTERED_BODY.search(before)
        and (
            not first.strip(" .")
            # "Support vector machines: The linearly separable case. (z.d.). nlp stanford.": what
            # stands before the date reads as a title (lower-case words of content), so the
            # entry names no author and the field after the date is the site.
            or (len(before.split()) >= 3 and _title_like(before))
            # A work's title and subtitle in title case, no author's comma in it: "Countdown to Zero
            # Day: Stuxnet and the Launch of the World’s First Digital Weapon. (2021, June 2).
            # Cybersecurity & Digital Trust." (APA's page without an author; the studied quarter of
            # fixtures/parse-eval-docx, its title read as the site). Eight words at least: a body's
            # name with a colon ("Mozilla Developer Network: MDN Web Docs") is shorter.
            or (len(before.split()) >= _SUBTITLED_WORDS and _SUBTITLED_TITLE.fullmatch(before) is not None)
            or (
                len(first.split()) <= 3
                and _is_short_name(first.strip(" ."))
                and (len(before.split()) > len(first.split()) or not _is_short_name(before))
                # A host before the date ("www.labxchange.org. (n.d.). LabXchange. [online]", Cite This
                # For Me's Harvard naming the site as the author: heldback-13) is the author, and the
                # short field after the date the page's title.
                and not _DOMAIN.match(before)
                # A body's name before the date is its author ("Office for National Statistics
                # (2020). Labour Market."; two titles of heldback-19 so).
                and not _is_org(before)
                # Two names on either side of the date, the one after it naming a kind of work
                # ("Meta Open Source. (2024). React Documentation.", beside "OpenJS Foundation.
                # (2024). Electron Documentation." and "Google. (2025). Gemini API Documentation.":
                # heldback-25's Turkish APA list): the name before it is the body that wrote the work.
                and not (_is_short_name(before) and _DOCUMENTATION_TITLE.search(first.strip(" .")))
            )
        )
    ):
        # Title-first APA: "Are the Warriors …? (n.d.). Retrieved from" / "Title. (2019). YouTube."
        return tidy_title(before), tidy_publisher(first) if first.strip(" .") else None
    if (
        before
        and _DOMAIN.match(first.strip(" .")) is not None
        and "/" not in first
        and not following.strip(" .")
        and _DOMAIN.match(before) is None
        and (not author_like or len(before.split()) == 1)
    ):
        # The field after the date a host's name alone, closing the head: "FFT. (n.d.).
        # Nti-audio.com. Retrieved April 12, 2023, from https://…" (APA's page without an author,
        # its site named by its domain: heldback-43's Spanish lab report, spent on branch s40-hb,
        # read with "FFT" as the author and the host as the title, then no title). A domain names
        # the site, never the page's title, so what stands before the date is the title — a person
        # ("Smith, J.") aside; a word alone in capitals ("FFT") reads as initials, but no author
        # is written so. (A domain before the date is the author, as above.)
        return tidy_title(before), tidy_publisher(first)
    if not first.strip(" ."):
        names = _INITIALLED_NAMES.match(before)
        named = before[names.end() :].strip(" .") if names is not None else ""
        if not rest.strip(" .,;:") and named[:1].isupper() and len(named.split()) >= 3:
            # "Chen, Y., Kelly, B., Xiu, D. Expected Returns and Large Language Models (feb-2026).
            # URL": the authors, the title, then the date closing the head (heldback-26's Spanish
            # research list; Vancouver without a journal): the sentence after the names is the title.
            return tidy_title(named), None
        # "Sharma, P. (2018) Accessed …": authors and a year, and no title before the access date.
        return (None, None) if author_like and not rest.strip(" .,;:") else None
    title = first.rstrip()
    publisher = tidy_publisher(following) if following else None
    segments = title.rstrip(".").rsplit(",", 1)
    if (
        len(segments) == 2
        and _is_short_name(segments[1].strip())
        and len(segments[1].split()) <= 3
        # A year is no publisher: after the date group, "Russian nuclear forces, 2019." and "…
        # (2017). Worldwide deployments of nuclear weapons, 2017." (heldback-18's APA bibliography,
        # the Nuclear Notebook's titles) close their titles with their own year.
        and _YEAR_IN_GROUP.fullmatch(segments[1].strip()) is None
    ):
        # Harvard's "Title, Publisher." (Cite Them Right): the publisher goes.
        title, publisher = segments[0], segments[1].strip()
    return tidy_title(title), publisher or _publisher_from_author(before)
