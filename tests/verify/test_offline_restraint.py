"""Offline "wrong footnote" at error severity needs near-certainty (citecheck/verify/claim.py,
``_quotation_sentence``, ``_entry_touches``, ``_discursive_note`` and the shortest sentence judged):
shapes found on real pages and documents of the parse eval (a Russian NGO's reports, a blog's
pointer to its own post, an essay's acknowledgement, a journal's affiliation line), each with its
near miss that stays an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck import check
from citecheck.config import Config
from citecheck.verify.claim import _quotation_sentence

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "parse-eval-pages" / "pages"
FOOTBALL = (
    "[^2]: Футбольный клуб «Спартак» подписал контракт с бразильским нападающим, Спорт-Экспресс, 08.04.2014, "
    "https://www.sport-express.ru/football/news/spartak-brazil\n"
)
ENERGY = (
    "Представители министерства энергетики заявили, что тарифы на электричество для промышленных "
    "потребителей вырастут с первого января.[^2]\n\n"
)


def _severities(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "analysis.md"
    path.write_text(text, encoding="utf-8")
    report = check([path], Config(offline=True))
    return {f.label or "": f.severity for f in report.documents[0].findings if f.code == "claim-mismatch"}


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Обжаловать решение я не буду, не только из лени, но и по существу».", True),
        ("«Мы будем обжаловать решение», — сказал адвокат.", True),
        ("“We will appeal,” he said.", True),
        ("The ruling will be appealed, his lawyer said.", False),
        ("The court fined the project's founder 50,000 roubles.", False),
        ("She called the ruling «unfair» and left the court.", False),  # a quoted word inside
    ],
)
def test_a_quotation_sentence_is_told_by_its_marks(sentence: str, quoted: bool) -> None:
    assert _quotation_sentence(sentence) is quoted


def test_a_quoted_speakers_words_citing_her_interview_are_no_error_offline(tmp_path: Path) -> None:
    text = (
        "«Я строила свою защиту на презумпции невиновности, — рассказывает она, — и на том, что в деле "
        "недостаточно доказательств. Обжаловать решение я не буду, не только из лени, но и по существу».[^1]\n\n"
        + ENERGY
        + "[^1]: Ирина Левонтина: Одна тысяча вместо десяти, ОВД-Инфо, 08.04.2014, "
        "https://ovdinfo.org/stories/2014/04/08/odna-tysyacha-vmesto-desyati\n" + FOOTBALL
    )
    # Still reported (a warning); the plain sentence citing a football headline stays an error.
    assert _severities(tmp_path, text) == {"1": "warning", "2": "error"}


def test_words_of_the_whole_entry_count_not_only_its_title(tmp_path: Path) -> None:
    entry = (
        "[^1]: «Должна быть закрыта, уничтожена, стерта навсегда» {subtitle}, Медуза, 26.01.2015, "
        "https://meduza.io/feature/2015/01/26/dolzhna-byt-zakryta-unichtozhena-sterta-navsegda\n"
    )
    text = (
        "В ноябре 2014 года Роскомнадзор заподозрил в «пропаганде нетрадиционных сексуальных отношений» "
        "администратора группы проекта «Дети 404» в соцсети. В январе 2015 года Дзержинский районный суд "
        "Нижнего Тагила признал её виновной и обязал выплатить 50 тысяч рублей штрафа.[^1]\n\n"
    )
    subtitle = "Как основателя проекта «Дети-404» наказали за «гей-пропаганду»"
    assert _severities(tmp_path, text + entry.format(subtitle=subtitle)) == {"1": "warning"}
    # Near miss: a subtitle on another story leaves nothing in common — an error as before.
    other = "Как футбольный клуб подписал бразильского нападающего"
    assert _severities(tmp_path, text + entry.format(subtitle=other)) == {"1": "error"}


FIXTURES = PAGES.parents[1]


@pytest.mark.parametrize(
    "name",
    [
        "parse-eval-pages/pages/ovdinfo-20-2-report-2015.html",  # a quoted speaker's words
        "parse-eval-pages/pages/ovdinfo-adm-report-2014.html",  # a subtitle the title lost
        "parse-eval-pages/pages/ijsem-prevotella-jejuni.html",  # an affiliation line as a sentence
        "parse-eval-pages/pages/lesswrong-predictable-updating.html",  # "Thanks to …"
        "parse-eval/documents/en-swanlotus-pi-of-archimedes-pandoc-inline-notes.md",  # "See “…”."
        "parse-eval/documents/hbh12-en-readme-election-ml-notes-sup-unquoted-href-author-year-links.md",
    ],
)
def test_real_documents_get_no_offline_error(name: str) -> None:
    if True:
        report = check([FIXTURES / name], Config(offline=True))
        errors = [
            f for f in report.documents[0].findings if f.code == "claim-mismatch" and f.severity == "error"
        ]
        assert errors == [], name


PI = (
    "The fraction twenty-two sevenths is a convenient rational approximation for the circle constant "
    "that serves well in elementary contexts.[^1]\n\n"
)
FOOTBALL_EN = (
    "\u201cManchester club signs Brazilian striker in record summer transfer deal\u201d, Sports Daily, "
    "https://sports.example/football/record-transfer"
)


@pytest.mark.parametrize(
    ("note", "severity"),
    [
        (f"See {FOOTBALL_EN}.", "warning"),
        (f"See also {FOOTBALL_EN}.", "warning"),
        (f"Cf. {FOOTBALL_EN}.", "warning"),
        (f"Thanks to Sports Daily for {FOOTBALL_EN}.", "warning"),
        (f"{FOOTBALL_EN}.", "error"),  # the entry itself: as before
        (f"Seeing Red: {FOOTBALL_EN}.", "error"),  # a title that opens with the letters of "see"
    ],
)
def test_a_note_that_points_on_or_thanks_is_no_error_offline(
    tmp_path: Path, note: str, severity: str
) -> None:
    assert _severities(tmp_path, PI + f"[^1]: {note}\n") == {"1": severity}


def test_a_fragment_of_three_words_is_no_error(tmp_path: Path) -> None:
    entry = f"[^1]: {FOOTBALL_EN}.\n"
    assert "error" not in _severities(tmp_path, "Sun Nyunt Wai,[^1]\n\n" + entry).values()
    assert _severities(tmp_path, "The archive lists every station's readings.[^1]\n\n" + entry) == {
        "1": "error"
    }
