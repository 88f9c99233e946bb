"""The publisher a footnote entry names: only a name, never a person, a date, a label or a phrase.

Entries are real (fixtures/parse-eval/documents, file named per case); a wrong publisher is worse
than none, because verify reports it as ``publisher-mismatch`` against a correct citation.
"""

from __future__ import annotations

import pytest

from citecheck.parse.entries import parse_entry


@pytest.mark.parametrize(
    ("entry", "publisher"),
    [
        # en-apa-warriors.md: an APA author is a person, not the publisher.
        (
            "Schuhmann, J. (2017, December 14). One Team, One Stat -- Golden State Warriors' shooting the best "
            "in NBA history ... again. Retrieved from <https://on.nba.com/2Vv1t2u>",
            None,
        ),
        # en-harvard-think-bayes.md: Harvard, a person's surname and initial.
        (
            "Downey, A. (2022) *Think Bayes: Bayesian Statistics in Python*. 2nd edn. Available at: "
            "https://allendowney.github.io/ThinkBayes2/ (Accessed: 13 June 2026).",
            None,
        ),
        # uk-dstu-java-jdbc.md / pt-puc-desinformacao.md: "Place: Publisher" keeps the publisher.
        (
            "Sierra K., Bates B. Head First Java. 2nd ed. Boston : Addison-Wesley, 2005. 688 p.",
            "Addison-Wesley",
        ),
        # an organisation before the date stays the publisher (Harvard, en-harvard-apa-pentest.md).
        (
            "Microsoft (n.d.) Active Directory Domain Services overview. Microsoft Learn. Available at: "
            "https://learn.microsoft.com/x (Accessed: 16 April 2025).",
            "Microsoft Learn",
        ),
    ],
)
def test_publisher_of_real_entries(entry: str, publisher: str | None) -> None:
    assert parse_entry(entry, [], []).publisher == publisher


@pytest.mark.parametrize(
    "junk",
    [
        "Available",  # zh-redis-cankao.md: IEEE "Available: URL"
        "Verfügbar unter",  # de-ieee-copernicus.md
        "Archived at the Wayback Machine",  # en-wikipedia-avchd.md
        "December",  # en-iso690-ipk-chat.md: the month of a date
        "R.R",  # ru-gost-skin-optics.md: initials
        "vgl",  # de-ph-quellen.md: "cf."
        "Dokumentacja techniczna dostępna",  # a description, not a name
        "Ülke bazlı gelir değişkenleri için kullanıldı",  # tr-ecolense-kaynakca.md: "used for …"
    ],
)
def test_what_is_no_publisher(junk: str) -> None:
    from citecheck.parse.styles import tidy_publisher

    assert tidy_publisher(junk) is None


@pytest.mark.parametrize(
    "name",
    [
        "Deutsche Forschungsgemeinschaft",
        "iX",
        "jQuery",
        "cs.wikipedia.org",
        "Institute for Health Metrics and Evaluation",
        "Коммерсантъ",
        "朝日新聞",
        "XE",
        "Medium",
    ],
)
def test_names_stay_publishers(name: str) -> None:
    from citecheck.parse.styles import tidy_publisher

    assert tidy_publisher(name) == name


@pytest.mark.parametrize(
    ("document", "label", "publisher"),
    [
        ("de-ph-quellen.md", "3", None),  # "vgl. Kumar, P. (2022, 22. Januar)": a pointer, then a person
        ("en-wikipedia-graph-adt.md", "13", None),  # "Besta, Maciej; Hoefler, Torsten (27 April 2019)"
        ("pt-abnt-harness.md", "1", "AI-BOOST"),  # an organisation in capitals stays the publisher
    ],
)
def test_publisher_in_real_documents(document: str, label: str, publisher: str | None) -> None:
    from pathlib import Path

    from citecheck.parse import parse_bytes

    path = Path(__file__).resolve().parents[2] / "fixtures" / "parse-eval" / "documents" / document
    parsed = parse_bytes(path.read_bytes(), path=str(path))
    (footnote,) = [fn for fn in parsed.footnotes if fn.label == label]
    assert footnote.publisher == publisher
