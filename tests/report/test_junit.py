"""JUnit XML as Jenkins and GitLab read it: valid against the xunit plugin's XSD, counts that add up."""

from __future__ import annotations

import pytest
from lxml import etree

from citecheck.config import Config
from citecheck.models import Report
from citecheck.report import render

from .conftest import HERE, REPORTS, load_report

XSD = etree.XMLSchema(etree.parse(str(HERE / "junit-10.xsd")))


def _tree(report: Report, config: Config) -> etree._Element:
    return etree.fromstring(render(report, "junit", config).encode("utf-8"))


@pytest.mark.parametrize("name", REPORTS)
def test_validates_against_the_jenkins_junit_xsd(name: str, config: Config) -> None:
    root = _tree(load_report(name), config)
    assert XSD.validate(root), XSD.error_log


def test_xsd_rejects_what_jenkins_rejects(seed_report: Report, config: Config) -> None:
    root = _tree(seed_report, config)
    del root[0].attrib["tests"]
    assert not XSD.validate(root)


def test_one_suite_per_document_one_case_per_footnote(seed_report: Report, config: Config) -> None:
    root = _tree(seed_report, config)
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "fixtures/analyses/armenia-russia-analysis.txt"
    for attribute in ("name", "tests", "failures", "errors", "skipped", "time"):
        assert suite.get(attribute) is not None, attribute
    cases = suite.findall("testcase")
    assert len(cases) == int(suite.get("tests", "")) == 7
    assert all(case.get("classname") and case.get("name") for case in cases)
    failed = [case for case in cases if case.find("failure") is not None]
    assert [case.get("name", "").split()[0] for case in failed] == ["[iv]"]
    failure = failed[0].find("failure")
    assert failure is not None
    assert failure.get("type") == "claim-mismatch"
    assert failure.get("message", "").startswith("claim-mismatch: ")
    assert "17:880" in (failure.text or "")
    assert suite.get("failures") == root.get("failures") == "1"
    assert float(suite.get("time", "")) == pytest.approx(4.619)


def test_counts_add_up_with_every_code(all_codes_report: Report, config: Config) -> None:
    root = _tree(all_codes_report, config)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [
        "analyses/every-finding.md",
        "docs/second analysis.html",
        "drafts/uncited.txt",
        "drafts/broken.html",
    ]
    # The document without citations says so, and its warning is a test case.
    assert suites[2].xpath("properties/property[@name='citations']/@value") == ["0"]
    assert "no-citations" in etree.tostring(suites[2], encoding="unicode")
    # The document the parser failed on is a failed test case.
    assert "parse-failed" in etree.tostring(suites[3], encoding="unicode")
    assert suites[3].get("failures") == "1"
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests", "")) == len(cases)
        assert int(suite.get("failures", "")) == sum(c.find("failure") is not None for c in cases)
        assert int(suite.get("skipped", "")) == sum(c.find("skipped") is not None for c in cases)
    assert int(root.get("tests", "")) == sum(int(s.get("tests", "")) for s in suites)
    first = suites[0]
    names = [case.get("name", "") for case in first.findall("testcase")]
    assert names[0] == "(document)"  # the numbering gap belongs to no footnote
    assert "[12] (no footnote entry)" in names
    by_label = {name.split()[0]: case for name, case in zip(names, first.findall("testcase"), strict=True)}
    assert by_label["[7]"].find("skipped") is not None  # a private address, skipped on purpose
    assert "unverified-offline" in (by_label["[7]"].findtext("system-out") or "")
    assert by_label["[6]"].find("failure") is None  # blocked is info only
    network = suites[1].find("testcase/skipped")
    assert network is not None and "network is unavailable" in network.get("message", "")


def test_user_text_is_escaped_and_control_characters_dropped(
    all_codes_report: Report, config: Config
) -> None:
    report = all_codes_report.model_copy(deep=True)
    report.documents[0].footnotes[0].title = "Bell\x07 and <tag> & \x1b[31m"
    root = _tree(report, config)
    names = [case.get("name", "") for case in root.iter("testcase")]
    assert "[1] Bell\ufffd and <tag> & \ufffd[31m" in names


def test_classname_has_no_extension_dot_for_jenkins(seed_report: Report, config: Config) -> None:
    case = _tree(seed_report, config).find("testsuite/testcase")
    assert case is not None
    assert case.get("classname") == "fixtures/analyses/armenia-russia-analysis_txt"
