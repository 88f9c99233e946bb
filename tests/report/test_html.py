"""The editor's HTML page: self-contained, escaped, problems first; and in a real headless browser."""

from __future__ import annotations

import json
import re
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from citecheck.config import Config
from citecheck.models import Report
from citecheck.report import render

from .conftest import DATA

HOSTILE_SCRIPT = "<script>document.body.dataset.pwned='1'</script>"


def _parse(markup: str) -> Any:
    # lxml's stubs type xpath() results as a union of everything; the tests read elements.
    return lxml_html.fromstring(markup)


def _page(report: Report, config: Config) -> Any:
    return _parse(render(report, "html", config))


def test_self_contained(all_codes_report: Report, config: Config) -> None:
    page = _page(all_codes_report, config)
    assert not page.xpath("//link[@rel='stylesheet'] | //script[@src] | //img | //iframe")
    assert page.xpath("//style") and page.xpath("//script")
    # Every link is a cited source or archive, opened without handing over the window.
    for anchor in page.xpath("//a[@href]"):
        assert anchor.get("href").startswith(("https://", "http://"))
        assert "noopener" in anchor.get("rel")


def test_problems_first_and_cards_carry_their_verdict(seed_report: Report, config: Config) -> None:
    page = _page(seed_report, config)
    cards = page.xpath("//article[@class='card']")
    assert [card.get("data-label") for card in cards] == ["iv", "i", "ii", "iii", "v", "vi", "vii"]
    iv = cards[0]
    assert iv.get("data-severity") == "error"
    text = " ".join(iv.text_content().split())
    assert "claim-mismatch" in text
    assert "Overchuk also confirmed" in text  # the claim
    assert "Aktobe ramps up efforts to prevent spring flooding" in text  # cited and page title
    assert "https://web.archive.org/web/20251114101544/" in text  # the archived copy
    evidence = [" ".join(li.text_content().split()) for li in iv.xpath(".//ul[@class='evidence']/li")]
    # Evidence in words, never a raw dict or True/False/None.
    assert "The sentence shares no names, numbers or key terms with the page." in evidence
    assert "Support 0.02, below the 0.12 needed." in evidence
    assert "Page title: Aktobe ramps up efforts to prevent spring flooding" in evidence
    assert not any(token in " ".join(evidence) for token in ("{", "True", "False", "None"))
    assert all(card.get("data-severity") == "ok" for card in cards[1:])


def test_cited_and_page_titles_side_by_side(seed_report: Report, config: Config) -> None:
    page = _page(seed_report, config)
    card = page.xpath("//article[@data-label='i']")[0]
    sides = card.xpath(".//div[@class='compare']/div[@class='side']")
    assert [side.findtext("h4") for side in sides] == ["Cited", "On the page"]
    assert "Armeniya obsuzhdayet" in sides[0].text_content()
    assert "Армения обсуждает" in sides[1].text_content()


def test_user_supplied_text_is_escaped(all_codes_report: Report, config: Config) -> None:
    output = render(all_codes_report, "html", config)
    assert HOSTILE_SCRIPT not in output
    assert "&lt;script&gt;document.body.dataset.pwned=&#39;1&#39;&lt;/script&gt;" in output
    page = _parse(output)
    assert len(page.xpath("//script")) == 1  # only the page's own filter script


def test_javascript_urls_are_never_links(all_codes_report: Report, config: Config) -> None:
    page = _page(all_codes_report, config)
    assert not page.xpath("//a[starts-with(@href, 'javascript')]")
    card = page.xpath("//article[@data-label='9']")[0]
    assert "javascript:alert(document.domain)" in card.text_content()


def test_filter_counts_and_document_wide_findings(all_codes_report: Report, config: Config) -> None:
    page = _page(all_codes_report, config)
    labels = [
        " ".join(label.text_content().split()) for label in page.xpath("//nav[@class='filters']//label")
    ]
    # The filters count findings, as the summary does.
    counts = all_codes_report.summary.findings
    assert labels[:3] == [f"Errors ({counts.error})", f"Warnings ({counts.warning})", f"Info ({counts.info})"]
    totals = [" ".join(t.text_content().split()) for t in page.xpath("//div[@class='totals']/span")]
    assert [int(t.split()[0]) for t in totals] == [counts.error, counts.warning, counts.info]
    assert labels[3] == "No problems (1)"
    general = page.xpath("//div[@class='general']")[0].text_content()
    assert "numbering-gap" in general and "whole document" in general


# --- in a real browser ---------------------------------------------------------------------------

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def _chromium(binary: str, tmp_path: Path, page: Path, *extra: str) -> str:
    completed = subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.browser
def test_browser_shows_the_iv_problem(
    chromium: str, seed_report: Report, config: Config, tmp_path: Path
) -> None:
    page = _write(tmp_path, "seed.html", render(seed_report, "html", config))
    dom = _parse(_chromium(chromium, tmp_path, page, "--dump-dom"))
    first = dom.xpath("//article[contains(@class, 'card')]")[0]
    assert first.get("data-label") == "iv"
    assert "claim-mismatch" in first.text_content()
    # The script ran: the counter was rewritten.
    assert dom.get_element_by_id("shown").text_content() == "7 of 7 footnotes shown"


@pytest.mark.browser
def test_browser_severity_filter(chromium: str, seed_report: Report, config: Config, tmp_path: Path) -> None:
    harness = (DATA / "filter-harness.js").read_text(encoding="utf-8")
    content = render(seed_report, "html", config).replace("</body>", f"<script>{harness}</script>\n</body>")
    page = _write(tmp_path, "filter.html", content)
    dom = _parse(_chromium(chromium, tmp_path, page, "--dump-dom"))
    result = json.loads(dom.get_element_by_id("harness").text_content())
    everything = ["iv", "i", "ii", "iii", "v", "vi", "vii"]
    assert result["initial"] == everything
    assert result["initialCount"] == "7 of 7 footnotes shown"
    assert result["cssOnly"] == everything[1:]  # works without the script, through CSS :has()
    assert result["afterClick"] == everything[1:]
    assert result["afterClickCount"] == "6 of 7 footnotes shown"
    assert result["hiddenAttribute"] == ["iv"]
    assert result["restored"] == everything


@pytest.mark.browser
def test_browser_does_not_run_injected_script(
    chromium: str, all_codes_report: Report, config: Config, tmp_path: Path
) -> None:
    page = _write(tmp_path, "all.html", render(all_codes_report, "html", config))
    dom = _parse(_chromium(chromium, tmp_path, page, "--dump-dom"))
    body = dom.find("body")
    assert body is not None and body.get("data-pwned") is None
    card = dom.xpath("//article[@data-label='1']")[0]
    assert HOSTILE_SCRIPT in card.text_content()  # shown as text, not run


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.browser
def test_browser_screenshot(chromium: str, seed_report: Report, config: Config, tmp_path: Path) -> None:
    page = _write(tmp_path, "seed.html", render(seed_report, "html", config))
    shot = tmp_path / "seed.png"
    _chromium(chromium, tmp_path, page, f"--screenshot={shot}", "--window-size=1280,2000")
    data = shot.read_bytes()
    assert _png_size(data) == (1280, 2000)
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes
    assert re.search(rb"IDAT", data)


_MIXED_HARNESS = """
(function () {
  function shown(selector) {
    return Array.prototype.filter.call(document.querySelectorAll(selector), function (el) {
      return getComputedStyle(el).display !== 'none' && !el.closest('[hidden]');
    });
  }
  function labels() { return shown('article.card').map(function (c) { return c.getAttribute('data-label'); }); }
  var errors = document.getElementById('show-error');
  errors.checked = false;  // the stylesheet alone, as with JavaScript off
  var result = {cssCards: labels(), cssErrorItems: shown('article.card li.finding.error').length};
  errors.checked = true;
  errors.click();  // and with the script
  result.jsCards = labels();
  result.count = document.getElementById('shown').textContent;
  var out = document.createElement('pre'); out.id = 'harness'; out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
"""


@pytest.mark.browser
def test_browser_unticking_errors_keeps_footnotes_with_warnings(
    chromium: str, all_codes_report: Report, config: Config, tmp_path: Path
) -> None:
    """A footnote with an error and a warning stays when only warnings are shown (the filter counts
    findings, so "Warnings (13)" must show all 13); its error finding is hidden."""
    content = render(all_codes_report, "html", config).replace(
        "</body>", f"<script>{_MIXED_HARNESS}</script>\n</body>"
    )
    dom = _parse(_chromium(chromium, tmp_path, _write(tmp_path, "mixed.html", content), "--dump-dom"))
    result = json.loads(dom.get_element_by_id("harness").text_content())
    with_other = {
        fn_label
        for doc in all_codes_report.documents
        for fn_label in {f.label for f in doc.findings if f.label and f.severity != "error"}
    }
    only_errors = {
        f.label
        for doc in all_codes_report.documents
        for f in doc.findings
        if f.label and f.severity == "error" and f.label not in with_other
    }
    for cards in (result["cssCards"], result["jsCards"]):
        assert with_other <= set(cards)
        assert not only_errors & set(cards)
    assert result["cssErrorItems"] == 0
