"""Publisher rules by family (branch s34-publishers): each test names the real entries behind it
(fixtures/parse-eval calibration and studied parts); names and addresses here are invented in their
shape. Branch start: calibration publishers 75.0 %; publisher-quoted-title 34.5 %, citation-key
34.8 %, numbered-author-title 36.5 %.

1. "Publisher, "Title"": the name before a quoted title is its publisher where it is no person's
   (entries._quoted_title_leads).
2. A journal read with its volume, cut at its first abbreviation, or a newspaper run into its date's
   month; an organisation's name cut at an initial's stop ("U.S. Geological Survey"): styles.tidy_publisher
   (_VOLUME_BEFORE_ISSUE, _ABBREVIATED_JOURNAL, _PUBLISHER_SPLIT).
3. ISO 690's "In Site [online]" and ABNT's "Disponível em Site URL": the site named there is the
   publisher (entries._named_containers).
4. "“Title,” Person, Site, date": the field after the quoted title's author is the publisher
   (entries._sites_after_quoted_authors); an edition ("2.a ed.", "Revised Edition", "2nd Print") is no
   publisher (styles._EDITION_WORD); an organisation's lead with APA's year, its publisher read as the
   address's "From", is the publisher (entries._quoted_title_leads).
5. "Title - Site, accessed …": a title read whole with its site, the site naming the link's host, gives
   the publisher; the title stays (entries._suffix_sites_named_by_host).
6. A file's name ("charades.jpg") or the word before an address ("Online", "Link", "From") is no
   publisher (styles._FILE_NAME, styles._ADDRESS_INTRO_WORDS).
7. GOST: the imprint's "— Place : Publisher, Year" gives the publisher, else the container after "//",
   where a name of the statement of responsibility was read (entries._gost_imprints).
8. "Org · Title" (a middle dot after the name) and "Site — "Title"" (a dash before the quoted title).
   A remark read after the quoted title ("Grant Agreement 608509", "Updated January", "Describes
   objective") gives way to a lead that names a body (entries._remark_after_quote).
   ABNT's and ISO 690's imprint opening a sentence, "… Title. Place: Publisher, Year.", likewise.
11. "Title. Site | URL" and "Title. Site. Acesso em: …": the sentence after the title naming the link's
    host (entries._sites_after_titles).
10. "Publisher — description" lists: the name before the dash (entries._names_before_dashes).
9. "Publisher, Title — URL" unquoted: the lead naming the host or a body (entries._unquoted_title_leads).
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes
from citecheck.parse.styles import tidy_publisher

TODAY = dt.date(2026, 12, 7)


def _publishers(text: str) -> list[tuple[str | None, str | None]]:
    notes = parse_bytes(text.encode(), path="doc.md", today=TODAY).footnotes
    return [(fn.title, fn.publisher) for fn in notes if fn.kind != "inline"]


def test_publisher_before_quoted_title_fires() -> None:
    # hb15-en-publisher-quoted-title-rwanda-surveillance-answer.md ('Freedom House, "Rwanda: Freedom on
    # the Net 2022 Country Report" (2022-10-01). https://freedomhouse.org/…'), hb14's AI-governance
    # bibliography ('NIST, "…" (January 2023).'), tr-esp32-kaynakca.md ('Espressif Systems. "ESP32
    # Technical Reference Manual". https://docs.espressif.com/'), hb18's pipeline list ('Bruegel, "…" —').
    text = (
        "## Sources\n\n"
        '1. Harbour Watch, "Port traffic in the strait: 2025 report" (2025-10-01). https://harbourwatch.example/r/2025\n'
        '2. ACME, "Freight index methodology" (April 2025). https://www.acme.example/method\n'
        '3. Quayside, "Tankers wait at anchor" (May 2025). https://news.example/tankers\n'
        '4. Northwind Systems. "Gateway Reference Manual". https://docs.northwind.example/\n'
    )
    assert _publishers(text) == [
        ("Port traffic in the strait: 2025 report", "Harbour Watch"),
        ("Freight index methodology", "ACME"),
        ("Tankers wait at anchor", "Quayside"),
        ("Gateway Reference Manual", "Northwind Systems"),
    ]


def test_person_before_quoted_title_is_no_publisher() -> None:
    # Near miss: Chicago's people before the quoted title (hb14-en-chicago-mdfootnotes-web-archiving's
    # 'Ben Els, Yves Maurer, and Valerie Schafer, “Les archives du Web …,” Hemecht: …'), initials,
    # "et al." and an author-date head ('Mike Ash (2012-02-17). "mikeash.com: …"', rendered Wikipedia)
    # are authors; a lone name in a list of persons has no list shape to lean on.
    text = (
        "## Notes\n\n"
        "1. Ann Roe, Bo Poe, and Cy Doe, “Archives of the early web,” Journal of Web History 7 (2021), https://doi.org/10.1/x\n"
        '2. J. Doe, "Harbour traffic in winter," 2024. https://papers.example/a\n'
        '3. Ann Roe et al., "Tankers at anchor," 2023. https://papers.example/b\n'
        '4. Bo Poe (2012-02-17). "Ring buffers, part two". Blog. https://papers.example/c\n'
    )
    publishers = [publisher for _, publisher in _publishers(text)]
    assert publishers[1:] == [None, None, "Blog"]
    assert publishers[0] != "Ann Roe"


def test_journal_and_agency_publishers_fire() -> None:
    # hb14-en-chicago-mdfootnotes-web-archiving ('New Media & Society 18, no. 7 (2016): 1103–19'),
    # en-nature-pdftext-scirep-linkpredic ('IEEE Access 9, 66636–66645', 'Protein Cell 12(11), 858–876'),
    # en-numbered-defect-toolkit-references ('Phys. Rev. B, 54:11169–11186'), hb14's Helmholtz list
    # ('Proc. R. Soc. A 478:20220124'), pt-abnt-plainheading-medivisao ("Dr. Dobb's Journal of Software
    # Tools"), hb15-en-chicago-open-microeconomics ('The San Francisco Chronicle. July 7, 2013'),
    # en-apa-mla-solar-groundwater-bibliography ('U.S. Geological Survey'), en-htmlp-marr-vision ('W. H.
    # Freeman').
    assert tidy_publisher("Journal of Web Studies 18, no. 7") == "Journal of Web Studies"
    assert tidy_publisher("Graph Letters 9, 66636–66645.") == "Graph Letters"
    assert tidy_publisher("Cell Notes 12(11), 858–876") == "Cell Notes"
    assert tidy_publisher("Phys. Rev. B, 54:11169–11186, 1996.") == "Phys. Rev. B"
    assert tidy_publisher("Proc. R. Soc. A 478:20220124 (2022).") == "Proc. R. Soc. A"
    assert tidy_publisher("Dr. Dobb's Journal of Software Tools") == "Dr. Dobb's Journal of Software Tools"
    assert tidy_publisher("The Harbour Chronicle. July 7, 2013") == "The Harbour Chronicle"
    assert tidy_publisher("U.S. Harbour Survey") == "U.S. Harbour Survey"
    assert tidy_publisher("W. H. Quayside") == "W. H. Quayside"


def test_journal_and_agency_publishers_near_miss() -> None:
    # A name with a number and no issue or pages after it stays whole ("Channel 4, 2019"); an
    # apostrophe inside a name is no possessive ("Pearson. O'Reilly Media.": en-apa-edition-info443,
    # two publishers, the first stands); a capital before a page number is no initial
    # (ru-gost-npe-wwr-reactor-ssylki's "C. 121–125").
    assert tidy_publisher("Channel 4, 2019") == "Channel 4"
    assert tidy_publisher("Pearson. O'Reilly Media.") == "Pearson"
    assert tidy_publisher("C. 121–125") is None


def test_named_containers_fire() -> None:
    # cs-iso690-ipk-kalkulacka-zdroje.md ('Getopt(3) - linux manual page. In man7 [online]. [cit.
    # 2023-03-21]. Dostupné z: https://man7.org/…'), cs-iso690-ipk-sniffer-zdroje.md ('… (TCP). In IETF
    # Datatracker [online]. 2022.'), pt-abnt-sus-br.md ('… revela CGU. Disponível em Correio do Estado
    # https://correiodoestado.com.br/…').
    text = (
        "## Literatura\n\n"
        "1. Widget(3) - widget manual page. In wman [online]. [cit. 2023-03-21]. Dostupné z: https://wman.example/widget.3\n"
        "2. DOE, J. Widget protocol (WP). In Widget Tracker [online]. 2022. [cit. 2023-04-16]. Dostupné z: https://tracker.example/wp\n"
        "3. ROE, A. Espera por widgets demora até 7 anos. Disponível em Diário do Porto https://diario.example/widgets\n"
    )
    assert [publisher for _, publisher in _publishers(text)] == ["wman", "Widget Tracker", "Diário do Porto"]


def test_named_containers_near_miss() -> None:
    # ABNT's usual "Disponível em: URL" (a colon, no name: pt-abnt-harness.md) and "In:" a book with no
    # medium designator (Springer's chapters) name no site here.
    text = (
        "## Referências\n\n"
        "1. ROE, A. Widgets at scale. 2025. Disponível em: https://widgets.example/scale. Acesso em: 09 ago. 2026.\n"
        "2. DOE, J. Widget chapter. In: Widget Handbook. Berlin: Acme, 2020. https://acme.example/handbook\n"
    )
    publishers = [publisher for _, publisher in _publishers(text)]
    assert publishers[0] is None
    assert publishers[1] != "Widget Handbook"


def test_site_after_quoted_author_fires() -> None:
    # en-endnotes-quiet-briefing.md ('“How Cops Can Secretly Track Your Phone,” Kim Zetter, The Intercept,
    # July 31, 2020.'), en-newsquoted-agent-kill-switch-references.md ('"…," Michael Hannecke, Medium.
    # https://medium.com/…'), en-word-roman-endnotes-from-url-blind-navigation.md ('Guiding Eyes for the
    # Blind. (2017). "General Information." From https://www.guidingeyes.org/…').
    text = (
        "## Notes\n\n"
        "1. “How Widgets Track You,” Ann Roe, The Harbour Review, July 31, 2020.\n"
        '2. "Circuit Breakers for Widgets," Bo Poe, Quayside. https://quayside.example/@bo/breakers\n'
        '3. Widget Society for the Blind. (2017). "General Information." From https://wsb.example/about\n'
    )
    assert [publisher for _, publisher in _publishers(text)] == [
        "The Harbour Review",
        "Quayside",
        "Widget Society for the Blind",
    ]
    assert tidy_publisher("Revised Edition, Acme Media, 2022") == "Acme Media"
    assert tidy_publisher("2.a ed.). Acme Press") == "Acme Press"


def test_site_after_quoted_author_near_miss() -> None:
    # A journal with its volume after the quote stays (de-ieee-yago-slides-references.md: '"YAGO2: …",
    # Artificial Intelligence, Bd. 194'); a third author joined by "and" is no site; a date after the
    # author is no site.
    text = (
        "## Notes\n\n"
        '1. J. Doe, "Widgets from Wikipedia", Artificial Widgets, Bd. 194, S. 28-61, 2013.\n'
        "2. “Widgets at sea,” Ann Roe, Bo Poe, and Cy Doe, 2020.\n"
        "3. “Widgets on land,” Ann Roe, March 9, 2024.\n"
    )
    publishers = [publisher for _, publisher in _publishers(text)]
    assert publishers[0] != "Bd"
    assert publishers[1] != "Bo Poe"
    assert publishers[2] is None or not publishers[2].startswith("March")


def test_site_suffix_named_by_host_fires() -> None:
    # es-deepresearch-open-banking-obras-citadas-runin.md ('Variable Recurring Payments - GoCardless
    # Developers, https://developer.gocardless.com/…'), pt-deepresearch-adk-fastapi-works-cited.md ('… |
    # DataCamp, accessed July 30, 2025, https://www.datacamp.com/…').
    text = (
        "## Works cited\n\n"
        "1. Recurring Widget Payments - Widgetpay Developers, https://developer.widgetpay.example/recurring\n"
        "2. Widget Kit: A Guide With Demo Project | DataWidgets, accessed July 30, 2025, https://www.datawidgets.example/kit\n"
    )
    assert [publisher for _, publisher in _publishers(text)] == ["Widgetpay Developers", "DataWidgets"]


def test_site_suffix_named_by_host_near_miss() -> None:
    # en-vancouver-ascent.md ('pyclipper · PyPI [Internet]. 2019 [cited …]. Available from: https://pypi.org/…'):
    # the truth has no publisher; a suffix naming another host gives none either.
    text = (
        "## References\n\n"
        "1. Doe J. widgetlib · WidgetIndex [Internet]. 2019 [cited 2020 Apr 20]. Available from: https://widgetindex.example/widgetlib/\n"
        "2. Widget Payments - Harbour Weekly, https://developer.widgetpay.example/recurring\n"
    )
    assert [publisher for _, publisher in _publishers(text)] == [None, None]


def test_file_names_and_address_words_are_no_publishers() -> None:
    # hb16-en-image-credits-pyconf-talk-photo-attribution.md ('charades.jpg: Each player writes … by
    # thefuturistics is licensed under CC BY 2.0.'), cs-iso690-led-pasek-citace.md ("Online"),
    # hb36's quoted-title footnotes ("Link"), en-word-roman-endnotes-from-url ("From").
    assert tidy_publisher("widget.jpg") is None
    assert tidy_publisher("Online") is None
    assert tidy_publisher("Link") is None
    assert tidy_publisher("From") is None
    # Near miss: a host written as a name, or a name with "Online" in it, stays.
    assert tidy_publisher("widgets.example") == "widgets.example"
    assert tidy_publisher("Widget Online") == "Widget Online"


def test_gost_imprint_and_container_fire() -> None:
    # ru-gost-django-activity-tracker-spisok-istochnikov.md ('Фаулер, М. Рефакторинг. … / М. Фаулер. — 2-е
    # изд. — СПб. : Символ-Плюс, 2020. — 464 с.'), ru-gost-mpi-gauss-jordan-ssylki.md ('— М.: Изд-во МГУ,
    # 2004.'), ru-gost-skin-optics.md ('… [Текст] / L.T. Troy, S.N. Thennadil // Journal of Biomedical
    # Optics. — 2001. — V.6.').
    text = (
        "## Список литературы\n\n"
        "1. Иванов, И. Виджеты. Подробное руководство / И. Иванов. — 2-е изд. — СПб. : Виджет-Плюс, 2020. — 464 с.\n"
        "2. Петров П.П. Параллельные виджеты. — М.: Изд-во ВГУ, 2004. — 71 с.\n"
        "3. Doe, J. Optical widgets [Текст] / J. Doe, R. Roe // Journal of Widget Optics. — 2001. — V.6. — P. 167–176.\n"
    )
    assert [publisher for _, publisher in _publishers(text)] == [
        "Виджет-Плюс",
        "Изд-во ВГУ",
        "Journal of Widget Optics",
    ]


def test_gost_imprint_near_miss() -> None:
    # A publisher read after the container stays where no imprint follows the names (an article's
    # journal read already), and a DOI's "doi: 10…" is no place.
    text = (
        "## Список литературы\n\n"
        "1. Doe J., Roe R. Widget maps // Robot Widget Systems. — Springer, 2016. — DOI: 10.1007/978-3-319-26054-9_5\n"
    )
    assert [publisher for _, publisher in _publishers(text)] != [None]


def test_middle_dot_and_dashed_quoted_leads_fire() -> None:
    # fr-htmlp-enquete-recouvrement-ia-sources ('Financial Conduct Authority · Guidance for firms …'),
    # en-source-table-h22-oil-consumption.md ('Drive Accord — "The infamous oil consumption issue …".
    # https://www.driveaccord.net/…').
    assert tidy_publisher("Widget Conduct Authority ·") == "Widget Conduct Authority"
    text = (
        "## Sources\n\n"
        '1. Widget Forums — "Build-up part 1: reliability". https://www.widgetforums.example/t/1\n'
        '2. Drive Widget — "The infamous widget issue". https://www.drivewidget.example/t/2\n'
    )
    assert [publisher for _, publisher in _publishers(text)] == ["Widget Forums", "Drive Widget"]
    # Near miss: an identifier with an underscore is no publisher.
    assert tidy_publisher("cad_ES ·") is None


def test_unquoted_lead_naming_the_host_fires() -> None:
    # hb18-en-publisher-title-patent-agent-skills-external-sources.md ('Cornell LII, 35 U.S.C. § 102 —
    # https://www.law.cornell.edu/uscode/text/35/102').
    text = "## Sources\n\n1. Widgetlaw LII, 35 U.S.C. § 102 — https://www.widgetlaw.example/uscode/102\n"
    assert [publisher for _, publisher in _publishers(text)] == ["Widgetlaw LII"]


def test_unquoted_person_lead_near_miss() -> None:
    # Chicago's "James Smith, Idea Brokers: …" (a person before the title) names no publisher.
    text = (
        "## Sources\n\n1. Ann Roe, Widget Brokers and the Rise of Policy, https://widgets.example/brokers\n"
    )
    assert [publisher for _, publisher in _publishers(text)] != ["Ann Roe"]


def test_remark_after_quoted_title_gives_way_to_the_lead() -> None:
    # hb16-de-ieee-like-fluid-windows-report ('European Commission CORDIS, "FLUIDGLASS — Fact Sheet",
    # Grant Agreement 608509, FP7-ENERGY. https://cordis.europa.eu/…'), hb16's source index ('Pew Research
    # Center, "Our Methods." Describes objective, nonpartisan research methods …').
    text = (
        "## Quellen\n\n"
        '1. European Widget Commission CORDIS, "WIDGETGLASS — Fact Sheet", Grant Agreement 608509, FP7-ENERGY. https://cordis.example/p/608509\n'
        '2. Widget Research Center, "Our Methods." Describes objective, nonpartisan research methods. URL: https://widgets.example/methods\n'
    )
    assert [publisher for _, publisher in _publishers(text)] == [
        "European Widget Commission CORDIS",
        "Widget Research Center",
    ]


def test_site_after_quoted_title_stays_near_miss() -> None:
    # en-ieee-selective-sync.md ('Dropbox, "Selective Sync overview," Dropbox Help Center, 2024. [Online].
    # Available: https://help.dropbox.com/…'): the site after the title is the publisher and stays.
    text = (
        "## References\n\n"
        '1. Widgetbox, "Selective sync overview," Widgetbox Help Center, 2024. [Online]. Available: https://help.widgetbox.example/sync\n'
    )
    assert [publisher for _, publisher in _publishers(text)] == ["Widgetbox Help Center"]


def test_names_before_dashed_descriptions_fire() -> None:
    # es-fuentes-imc.md ('NCD-RisC — el mismo estudio en PubMed', 'NCD-RisC — publicaciones', 'American
    # College of Cardiology — resumen del estudio').
    text = (
        "## Fuentes\n\n"
        "- [Widget-RisC — el mismo estudio en PubMed](https://pubmed.example/1)\n"
        "- [Widget-RisC — publicaciones](https://widget-risc.example/pubs)\n"
        "- [American College of Widgets — resumen del estudio](https://acw.example/resumen)\n"
    )
    assert [publisher for _, publisher in _publishers(text)] == [
        "Widget-RisC",
        "Widget-RisC",
        "American College of Widgets",
    ]


def test_product_names_before_dashes_near_miss() -> None:
    # Near miss (the held-back parts' truth has none): a product's name before its page's title
    # ("PyCryptodome — RSA", "Leaflet — An open-source JavaScript library").
    text = (
        "## References\n\n"
        "- [Widgetdome — RSA](https://docs.example/rsa)\n"
        "- [Widgetdome — AES](https://docs.example/aes)\n"
        "- [Leaflet — An open-source widget library](https://docs.example/maps)\n"
    )
    assert [publisher for _, publisher in _publishers(text)] == [None, None, None]


def test_sentence_imprint_fires() -> None:
    # hb15-pt-abnt-pi-teses-dados-referencias.md ('MILANI, A. M. P., SOARES, J., … Visualização de Dados.
    # Porto Alegre: SAGAH, 2023.'), pt-puc-desinformacao.md ('… 2. ed. rev. São Paulo, SP: Leya, 2016.').
    text = (
        "## Referências\n\n"
        "1. MILANI, A. M. P., SOARES, J. Visualização de Widgets. Porto Alegre: WIDGAH, 2023.\n"
        "2. POE, C. Widgets: a arte de fazer o dobro. 2. ed. rev. São Paulo, SP: Leyawidget, 2016. 236 p.\n"
    )
    assert [publisher for _, publisher in _publishers(text)] == ["WIDGAH", "Leyawidget"]


def test_title_colon_is_no_imprint_near_miss() -> None:
    # kk-numbered-wal-ternary-qwen-adebiet.md ('… PARQ: Piecewise-Affine Regularized Quantization, 2025'):
    # a title's colon before its subtitle and year is no "Place: Publisher".
    text = "## References\n\n1. Doe J. WIDQ: Piecewise-Affine Regularized Widgets, 2025. https://arxiv.example/2501.1\n"
    assert [publisher for _, publisher in _publishers(text)] != ["Piecewise-Affine Regularized Widgets"]


def test_site_sentence_after_title_fires() -> None:
    # pt-tsunami-referencias.md ('kNN classificador. Documentação do scikit-learn. Acesso em: 01/11/2025.
    # Disponível em: https://scikit-learn.org/…').
    text = (
        "## Referências\n\n"
        "1. Widget classificador. Documentação do widget-learn. Acesso em: 01/11/2025. Disponível em: https://widget-learn.example/knn\n"
    )
    assert [publisher for _, publisher in _publishers(text)] == ["Documentação do widget-learn"]


def test_sentence_after_title_naming_no_host_near_miss() -> None:
    # A sentence after the title that names another host is a subtitle or a remark, no publisher.
    text = (
        "## Referências\n\n"
        "1. Widget classificador. Notas de aula. Acesso em: 01/11/2025. Disponível em: https://docs.example/knn\n"
    )
    assert [publisher for _, publisher in _publishers(text)] != ["Notas de aula"]
