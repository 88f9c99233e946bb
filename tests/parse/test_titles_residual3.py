"""Guard and near-miss tests for branch p10-titles-residual3: three families of titles still wrong at
the studied parts' first blind measurement, generalised by structure.

The data behind each rule is in its module's docstring (citecheck/parse/slug_spans.py,
quoted_spans.py, name_runs.py) and in fixtures/parse-eval/README.md, "titles residual 3".
"""

from __future__ import annotations

from types import SimpleNamespace

from citecheck.parse.name_runs import initial_pair_heads, trailing_identifiers, year_sentence_titles
from citecheck.parse.quoted_spans import quoted_spans
from citecheck.parse.slug_spans import slug_spelling, spelt_span

from .conftest import source_list_titles

# --- the address's slug spells the title (slug_spans) ---


def test_slug_spelling() -> None:
    assert slug_spelling("https://x.pl/wiadomosc/ArcelorMittal-Poland-wciaz-czeka-3281791.html") == (
        "arcelormittalpolandwciazczeka"
    )
    assert (
        slug_spelling("https://pl.wikipedia.org/wiki/Oddzia%C5%82_w_Zdzieszowicach")
        == "oddzialwzdzieszowicach"
    )
    assert slug_spelling("https://docs.python.org/3/tutorial/classes.html") == ""  # one word
    assert slug_spelling("https://example.com/") == ""
    assert (
        spelt_span("Bankier, 02-02-2015, Główny klient JSW — opis", "glownyklientjsw") == "Główny klient JSW"
    )
    # a run inside a longer segment is no span
    assert spelt_span("A history of the Tanker War in 1987.", "tankerwar") is None


def test_slug_spans_real_shapes() -> None:
    # heldback-23 (a date before, a description after; a description taken; nothing read),
    # heldback-17 (a container taken), heldback-29 (a quoted phrase inside the title taken).
    titles = source_list_titles(
        [
            "Bankier/PAP, 02-02-2015, ArcelorMittal Poland wciąż czeka na węgiel z JSW — JSW-kool voedt "
            "Zdzieszowice en Kraków; type 35 voor koks. "
            "https://www.bankier.pl/wiadomosc/ArcelorMittal-Poland-wciaz-czeka-na-wegiel-z-JSW-3281791.html",
            "McDaniel, Robb. Cato’s Letters, The First Amendment Encyclopedia. The Free Speech Center, Middle "
            "Tennessee State University. August 2023 https://firstamendment.mtsu.edu/article/catos-letters/",
            "The Reconnaissance General Bureau: The Kim Regime’s “Precious Treasured Sword” – The Committee for "
            "Human Rights in North Korea, February 2026 –https://www.hrnk.org/documentations/"
            "the-reconnaissance-general-bureau-the-kim-regimes-precious-treasured-sword/",
        ]
    )
    assert titles == [
        "ArcelorMittal Poland wciąż czeka na węgiel z JSW",
        "Cato’s Letters",
        "The Reconnaissance General Bureau: The Kim Regime’s “Precious Treasured Sword”",
    ]


def test_slug_spans_invented_variants() -> None:
    titles = source_list_titles(
        [
            "Le Monde, 03-04-2024, La réforme des retraites adoptée — analyse du vote au Sénat. "
            "https://www.lemonde.fr/politique/article/la-reforme-des-retraites-adoptee_612345.html",
            "Kowalski, Jan. Historia Śląska, Encyklopedia Regionu. Wydawnictwo Śląsk. "
            "https://encyklopedia.example.pl/hasla/historia-slaska/",
        ]
    )
    assert titles == ["La réforme des retraites adoptée", "Historia Śląska"]


def test_slug_spans_near_misses() -> None:
    # a site before the page's title ("Site: Title" at the title's slug) stays whole; a title read
    # that opens with the slugged run (the subtitle written too) stays; a bracketed gloss is no span;
    # a slug of the container after a quoted title read leaves the title.
    titles = source_list_titles(
        [
            "Agile Glossary: Definition of Ready. https://www.agilealliance.org/glossary/definition-of-ready/",
            "EducaciónIT. Curso de vibe coding: página y plan de estudios (PDF). Sin fecha. Curso. "
            "https://www.educacionit.com/curso-de-vibe-coding",
            "Eurostat — EDP notifications (Excessive Deficit Procedure). Official deficit & debt. "
            "https://ec.europa.eu/eurostat/web/government-finance-statistics/excessive-deficit-procedure",
        ]
    )
    assert titles[0] == "Agile Glossary: Definition of Ready"
    assert titles[1] is not None and titles[1].startswith("Curso de vibe coding: página y plan de estudios")
    assert titles[2] != "Excessive Deficit Procedure"


# --- a quoted title set apart (quoted_spans) ---


def test_quoted_spans_real_shapes() -> None:
    # heldback-26, -23, -17, -27.
    titles = source_list_titles(
        [
            'World Nuclear News, 2022/2023 — "Kazatomprom completes trans-Caspian uranium delivery": route via '
            "TITR, aankomst Poti. https://www.world-nuclear-news.org/Articles/x",
            '"The Essentials of Trading: From the Basics to Building a Winning Strategy" by John Forman',
            'MITRE, "MITRE ATLAS," 2023. atlas.mitre.org',
            'Deutsche Bundesbank, Statistische Fachreihe "Jahresabschlussstatistik (Hochgerechnete Angaben)", '
            "Dezember 2025 (data 1997-2024): https://www.bundesbank.de/resource/blob/1-0-data.pdf",
        ]
    )
    assert titles == [
        "Kazatomprom completes trans-Caspian uranium delivery",
        "The Essentials of Trading: From the Basics to Building a Winning Strategy",
        "MITRE ATLAS",
        "Jahresabschlussstatistik (Hochgerechnete Angaben)",
    ]


def test_quoted_spans_invented_variants() -> None:
    # other quotation marks, a CSL "by" term of another language
    titles = source_list_titles(
        [
            "INSEE, Note de conjoncture « La croissance résiste », juin 2025 : https://www.insee.fr/fr/statistiques/1",
            "„Die Vermessung der Welt“ von Daniel Kehlmann. https://www.rowohlt.de/buch/1",
            '"Deep Learning for Time Series" by Jason Brownlee. https://www.example.com/books/2',
        ]
    )
    assert titles == ["La croissance résiste", "Die Vermessung der Welt", "Deep Learning for Time Series"]


def test_quoted_spans_near_misses() -> None:
    # a quotation inside a title (before or after a colon, or run into its words), two quotations,
    # a quoted single word: the title read stays as it is
    kept = [
        "Bahrain Minister: “Iran wants to control the region”",
        "“Far ahead”: Baidu's ERNIE bot tops the Tsinghua University LLM report ranking",
        "Why “Big Data” matters for small firms",
        'Definition of the term "Technical Debt" (plus, some background information and an "explanation")',
        "“Stop” signs and traffic control",
        "The Kim Regime’s “Precious Treasured Sword”",
    ]
    fields = [SimpleNamespace(title=title, urls=[]) for title in kept]
    quoted_spans(fields, kept)
    assert [field.title for field in fields] == kept
    # a prose note whose lead is a sentence, no title read: none is made up from its quotation
    prose = (
        'When asked for his opinion, Stallman responded, "It is no problem if the program contains images."'
    )
    fields = [SimpleNamespace(title=None, urls=[])]
    quoted_spans(fields, [prose])
    assert fields[0].title is None


# --- author lists and identifiers (name_runs) ---


def test_name_runs_real_shapes() -> None:
    # heldback-23 (ACM with editors, a long ACM list, Chicago with "ed."), heldback-29, heldback-26.
    titles = source_list_titles(
        [
            "Michele Tracy Berger and Kathleen Guidroz (Eds.). 2009. The Intersectional Approach: Transforming "
            "the Academy through Race, Class, and Gender . University of North Carolina Press, Chapel Hill.",
            "Post, Jerrold M., ed. 2003. The Psychological Assessment of Political Leaders: With Profiles of "
            "Saddam Hussein and Bill Clinton. Ann Arbor: University of Michigan Press.",
            "Australia. Laws. 2021. Copyright Act 1968. Canberra: Commonwealth Government. Version registered "
            "28/Jan/2021 https://www.legislation.gov.au/Series/C1968A00063",
            "Lopez-Lira, A., Tang, Y. Can ChatGPT Forecast Stock Price Movements? Return Predictability and "
            "Large Language Models. arXiv 2304.07619 (v6, 28-oct-2025). https://arxiv.org/abs/2304.07619",
        ]
    )
    assert titles == [
        "The Intersectional Approach: Transforming the Academy through Race, Class, and Gender",
        "The Psychological Assessment of Political Leaders: With Profiles of Saddam Hussein and Bill Clinton",
        "Copyright Act 1968",
        "Can ChatGPT Forecast Stock Price Movements? Return Predictability and Large Language Models",
    ]


def test_name_runs_invented_variants() -> None:
    titles = source_list_titles(
        [
            "Anna Kowalska, Piotr Nowak, and Ewa Zielińska (Eds.). 2018. Handbook of Urban Heat. Springer, Cham.",
            "García, M. J., Pérez, L. Aprendizaje profundo para series temporales. https://example.org/x",
            "Brown, T. et al. (2020). Language Models are Few-Shot Learners. arXiv preprint arXiv:2005.14165",
        ]
    )
    assert titles == [
        "Handbook of Urban Heat",
        "Aprendizaje profundo para series temporales",
        "Language Models are Few-Shot Learners",
    ]


def test_name_runs_near_misses() -> None:
    # a title-first entry whose imprint closes with the year: the ISBN is no title
    titles = source_list_titles(
        [
            "Wado-Ryu Karate: The Complete Art Uncovered. Tokyo. 2014. ISBN 978-1-49080-693-5",
            "Head First Python. Kyiv. 2019. – 624 р. ISBN 978-617-522-019-1",
        ]
    )
    assert titles[0] is not None and titles[0].startswith("Wado-Ryu Karate")
    assert titles[1] is not None and titles[1].startswith("Head First Python")
    # one "Surname, I." pair, a lower-case word after the pairs, an identifier inside the title's own
    # sentence, a long last sentence: the title read stays
    kept = [
        "Paris, F. Scott Fitzgerald and the Jazz Age",
        "Smith, J., Jones, K. and others on the web",
        "Attention Is All You Need (1706.03762)",
        "A study of arXiv growth. We count every paper filed in the 2301.00001 to 2312.99999 range since then",
    ]
    fields = [SimpleNamespace(title=title, urls=[]) for title in kept]
    trailing_identifiers(fields)
    initial_pair_heads(fields)
    assert [field.title for field in fields] == kept
    # a title read after the year already, and names holding a digit: left to the other rules
    texts = ["Smith, John. 2019. Deep Work. Penguin.", "Team 7, Lab B. 2021. Results of the trial. Report."]
    fields = [SimpleNamespace(title="Deep Work", urls=[]), SimpleNamespace(title="Team 7", urls=[])]
    year_sentence_titles(fields, texts)
    assert [field.title for field in fields] == ["Deep Work", "Team 7"]
