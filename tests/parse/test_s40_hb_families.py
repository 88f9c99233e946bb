"""Rules from heldback-30, heldback-43 and heldback-p12hunt2, spent on branch s40-hb (studied, misses printed).

Each family's case fails on main before the branch; each near miss (a similar input the rule must not
fire on) passes before and after. The inputs are written for the test, in the shape of the documents
named in the modules' comments, not copied from them.
"""

from __future__ import annotations

import datetime as dt

from citecheck.models import Footnote
from citecheck.parse.document import parse_text
from citecheck.parse.styles import tidy_publisher, title_line

TODAY = dt.date(2026, 12, 1)


def _notes(text: str, fmt: str = "markdown") -> dict[str, Footnote]:
    document = parse_text(text, fmt=fmt, today=TODAY)  # type: ignore[arg-type]
    return {footnote.label: footnote for footnote in document.footnotes}


# ISO 690 in French, a Word paper converted by Pandoc (heldback-p12hunt2's shape).
ISO690_FR = """Bibliographie
=============

MARTIN, Claire. Archiver le web des bibliothèques
\\[enregistrement vidéo\\]. *Dailymotion* \\[en ligne\\]. 12.03.2019. \\[Consulté
le 02.05.2020\\]. URL : <https://www.dailymotion.com/video/x7abc>

LEROY, Paul, DUPUIS, Anne et MOREL, Luc. Les notices d'autorité dans le web
sémantique. *Revue française des bibliothèques* \\[en ligne\\]. 2019. N° 5-6, pp.
12-30. \\[Consulté le 30.04.2020\\]. URL : <https://www.example-revue.fr/article/123>

INSTITUT NATIONAL DE LA STATISTIQUE ET DES ÉTUDES ÉCONOMIQUES DU GRAND EST. *Portrait
statistique des bibliothèques de la région* \\[en ligne\\]. Strasbourg : INSEE, 2018.
\\[Consulté le 19.05.2020\\]. URL : <https://www.insee.fr/fr/statistiques/123456>

ARCHIVES NATIONALES et BIBLIOTHÈQUE DE L'INSTITUT. *Guide des sources numériques* \\[en
ligne\\]. 2017. \\[Consulté le 21.05.2020\\]. URL : <https://www.archives-nationales.fr/guide>
"""


def test_french_video_recording_designator_is_no_part_of_the_title() -> None:
    assert _notes(ISO690_FR)["1"].title == "Archiver le web des bibliothèques"


def test_issue_locator_after_the_year_is_no_title() -> None:
    assert _notes(ISO690_FR)["2"].title == "Les notices d'autorité dans le web sémantique"


def test_body_in_capitals_before_an_emphasised_title_is_its_creator() -> None:
    notes = _notes(ISO690_FR)
    assert notes["3"].title == "Portrait statistique des bibliothèques de la région"
    assert notes["4"].title == "Guide des sources numériques"


def test_capitals_and_year_near_misses() -> None:
    # "Names. Year. Title." still reads the sentence after the year (name_runs).
    names = "## Sources\n\n1. Berger, Michele and Guidroz, Kathleen. 2009. The Intersectional Approach. Chapel Hill. https://example.org/book\n"
    assert _notes(names)["1"].title == "The Intersectional Approach"
    # A sentence in capitals holding a digit before an emphasised run is not read as a creator.
    caps = (
        "## Sources\n\n1. COVID-19 AND THE ECONOMY OF EUROPE. *Journal of Things* [online]. 2021. "
        "https://example.org/covid\n"
    )
    assert _notes(caps)["1"].title == "COVID-19 AND THE ECONOMY OF EUROPE"


# A Google Docs page exported as HTML, its notes at the end (heldback-30's shape).
QUOTED_KIND = """<html><body>
<p>Text.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> More.<sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup></p>
<hr>
<div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> &bdquo;Checking metadata records against shape constraints&rdquo; slides of presentation held at SWIB 2023, <a href="https://bit.ly/swib-2023-qa">https://bit.ly/swib-2023-qa</a></p></div>
<div><p><a href="#ftnt_ref2" id="ftnt2">[2]</a> &ldquo;Fake news&rdquo; detection on social media platforms, <a href="https://example.org/fake">https://example.org/fake</a></p></div>
</body></html>
"""


def test_quotation_then_kind_of_work_is_the_title() -> None:
    notes = _notes(QUOTED_KIND, fmt="html")
    assert notes["1"].title == "Checking metadata records against shape constraints"


def test_quoted_phrase_opening_a_title_near_miss() -> None:
    notes = _notes(QUOTED_KIND, fmt="html")
    assert notes["2"].title == "“Fake news” detection on social media platforms"


# IEEE with a site in italics as the author, exported from Google Docs (heldback-p12hunt2's shape).
IEEE_SITES = """### REFERENCIAS

*El Mundo*, «La venta de coches eléctricos se duplica en el primer semestre», *Sección Motor*, jul. 2026\\. \\[En línea\\]. Disponible en: [https\\://www\\.elmundo.es/motor/2026/07/coches.html](https://www.elmundo.es/motor/2026/07/coches.html) \\[Accedido: 29-sep-2026\\].

*El Mundo*, «La venta de coches eléctricos se duplica», jul. 2026\\. \\[En línea\\]. Disponible en: [https\\://www\\.elmundo.es/motor/2026/07/otra.html](https://www.elmundo.es/motor/2026/07/otra.html) \\[Accedido: 29-sep-2026\\].
"""


def test_italic_site_before_quoted_title_and_container_is_the_author() -> None:
    note = _notes(IEEE_SITES)["1"]
    assert note.title == "La venta de coches eléctricos se duplica en el primer semestre"


def test_italic_site_without_container_near_miss() -> None:
    # No emphasised container after the quotation: the reading stands as before (the italic run).
    assert _notes(IEEE_SITES)["2"].title == "El Mundo"


# APA without an author, the site named by its domain (heldback-43's shape).
APA_DOMAIN = """## Referencias

1. DFT. (n.d.). Dsprelated.com. Retrieved April 12, 2023, from https://www.dsprelated.com/freebooks/nyquist.html
2. www.labxchange.org. (n.d.). LabXchange. [online] Available at: https://www.labxchange.org/library/items/abc [Accessed 3 May 2023].
"""


def test_apa_title_before_a_domain_after_the_date() -> None:
    note = _notes(APA_DOMAIN)["1"]
    assert note.title == "DFT"
    assert note.publisher == "Dsprelated.com"


def test_apa_domain_before_the_date_near_miss() -> None:
    assert _notes(APA_DOMAIN)["2"].title == "LabXchange"


# Typed "Site — Title. URL" entries (heldback-30's Polish report shape).
TYPED_SITES = """## Literatura
[1] Project Demo - Repozytorium GitHub. https://github.com/example/demo, data dostępu: 19.05.2026.
[2] Acme Labs — How to tune alerting without losing signal. https://acme.com/blog/tune-alerting/, data dostępu: 19.05.2026.
[3] Acme Labs — Introducing Adaptive Alerts. https://acme.com/blog/adaptive-alerts/, data dostępu: 19.05.2026.
[4] Acme Cloud — Sending metrics from Prometheus. https://acme.com/docs/cloud/prometheus/, data dostępu: 19.05.2026.
[5] Tracely — Kubernetes tracing with OpenTelemetry. https://tracely.io/blog/kubernetes-tracing/, data dostępu: 19.05.2026.
[6] MyOpsJournal — Monitoring a cluster on a laptop. https://www.wallace-example.com/2025/09/monitoring/, data dostępu: 19.05.2026.
"""

LINKED_SITES = """## Sources

- [Claude Code — fonctionnalités et extensions](https://code.claude.com/docs/en/features-overview) — consulté le 2026-09-28
- [Claude Code — paramètres](https://code.claude.com/docs/en/settings) — consulté le 2026-09-28
- [Anthropic — Building effective agents](https://www.anthropic.com/engineering/building-effective-agents) — consulté le 2026-09-28
"""


def test_typed_site_dash_title_list() -> None:
    notes = _notes(TYPED_SITES)
    assert notes["2"].title == "How to tune alerting without losing signal"
    assert notes["2"].publisher == "Acme Labs"
    assert notes["6"].title == "Monitoring a cluster on a laptop"


def test_linked_site_dash_titles_near_miss() -> None:
    notes = _notes(LINKED_SITES)
    assert notes["1"].title == "Claude Code — fonctionnalités et extensions"
    assert notes["3"].title == "Anthropic — Building effective agents"
    # One product's name before every typed entry: its pages' titles, whole.
    product = "## Literatura\n" + "".join(
        f"[{n}] Acme Labs — {page}. https://acme.com/docs/{n}/, data dostępu: 19.05.2026.\n"
        for n, page in enumerate(("Getting started", "Alert rules", "Dashboards"), start=1)
    )
    assert _notes(product)["1"].title == "Acme Labs — Getting started"


# A document's name, a dash, then links to its parts (heldback-30's Spanish tutorial shape).
PART_LINKS = """## Fuentes

- Manual del usuario del kit Raspberry Pi 5 — [Primeros pasos](https://docs.example.com/rpi5/start.html), [Solución de problemas](https://docs.example.com/rpi5/trouble.html), [Diseño](https://docs.example.com/rpi5/layout.html) (consultado el 2026-09-26)
- [Descargas del sistema operativo](https://www.example.com/software/) (consultado el 2026-09-26)
- Foros de la comunidad — [hilo sobre el arranque que se cuelga tras actualizar el firmware](https://forums.example.com/t/boot-hang/1), [hilo sobre el modo de bajo consumo](https://forums.example.com/t/low-power/2) (consultado el 2026-09-26)
"""


def test_lead_over_part_links_is_the_title() -> None:
    note = _notes(PART_LINKS)["1"]
    assert note.title == "Manual del usuario del kit Raspberry Pi 5"
    assert note.publisher is None


def test_lead_over_described_links_near_miss() -> None:
    assert _notes(PART_LINKS)["3"].title == "hilo sobre el arranque que se cuelga tras actualizar el firmware"


# A Vancouver list with a given initial left before a surname, and an entry of author and title
# alone (heldback-43's Spanish lab report shape).
VANCOUVER = """## Bibliografía

1. Rahman MA, K Al Hashimi H, Omar H, Abdul Rahim B. Wearable ECG sensors: Review, design, and open problems. Sensors (Basel) [Internet]. 2021 [citado el 13 de abril de 2023];21(3):812. Disponible en: https://www.mdpi.com/1424-8220/21/3/812
2. Kaya AB. Heart rate variability analysis with open-source tools.
3. Okafor C. Signal filtering for portable monitors [Internet]. [citado el 12 de abril de 2023]. Disponible en: https://www.example.edu/filtering.pdf
"""


def test_vancouver_surname_after_a_stray_initial() -> None:
    assert _notes(VANCOUVER)["1"].title == "Wearable ECG sensors: Review, design, and open problems"


def test_vancouver_author_and_sentence_case_title_alone() -> None:
    assert _notes(VANCOUVER)["2"].title == "Heart rate variability analysis with open-source tools"


def test_vancouver_near_misses() -> None:
    # A title whose words end on capitals is no author list: "Illustrated guide to AI. Volume I."
    listed = (
        "## Bibliografia\n\n"
        "1. Smith J. Deep learning basics. 2020. https://example.org/a\n"
        "2. Jones K. Statistics for engineers. 2019. https://example.org/b\n"
        "3. [Wel] Illustrated guide to AI. Volume I. The Welch Labs. 2025\n"
    )
    assert _notes(listed)["3"].title in ("Illustrated guide to AI", "Illustrated guide to AI. Volume I")
    # A list cut at a comma (a PDF's text run on) and prose without authors get no title line.
    assert (
        title_line("Bertsimas D, Gupta S.A proposal for flow management $[ C ]$ Proc of Research.2011.")
        is None
    )
    assert title_line("Interview with an official of the ministry.") is None


def test_mla_journal_with_dotted_volume_issue_year_and_pages() -> None:
    assert tidy_publisher(" Hearts 2.4 (2021): 505-513.") == "Hearts"


def test_mla_journal_near_miss() -> None:
    # A name with a dotted number and a year but no pages keeps its number: "Web 2.0 (2019)".
    assert tidy_publisher(" Web 2.0 (2019).") == "Web 2.0"
