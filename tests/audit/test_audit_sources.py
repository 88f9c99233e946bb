"""Sources of documents: sitemaps (and indexes), RSS/Atom feeds, WordPress's REST API, local files."""

from __future__ import annotations

import asyncio
import gzip
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

import httpx
import pytest
from audit_site import WEB, FixtureSite

from citecheck.audit import sources
from citecheck.audit.sources import (
    SourceCollection,
    collect_documents,
    parse_xml,
    sniff,
    split_source,
    wordpress_endpoint,
)
from citecheck.audit.store import DocumentRecord
from citecheck.config import Config
from citecheck.fetch.client import make_client

ANALYSES = Path(__file__).resolve().parents[2] / "fixtures" / "analyses"
POST_101 = "analyses.example/2025/11/yerevan-moscow-pragmatism/"
POST_102 = "analyses.example/2025/12/rail-transit-via-azerbaijan/"
POST_103 = "analyses.example/2026/01/grain-and-sovereignty/"
ABOUT = "analyses.example/about/"
CONFIG = Config(allow_private=True, timeout=5, retries=0)


class Known:
    """The store's side of collect_documents: what was seen before (filled from a previous pass)."""

    def __init__(self) -> None:
        self.records: dict[str, DocumentRecord] = {}

    def __call__(self, paths: Sequence[str]) -> Mapping[str, DocumentRecord]:
        return {p: self.records[p] for p in paths if p in self.records}

    def remember(self, found: SourceCollection) -> None:
        for item in found.documents:
            record = item.record()
            record.document = item.document
            self.records[item.path] = record


def collect(specs: list[str], known: Known, *, per_page: int = 100) -> SourceCollection:
    async def run() -> SourceCollection:
        async with make_client(CONFIG) as client:
            return await collect_documents(
                specs, CONFIG, known=known, client=client, wordpress_per_page=per_page
            )

    return asyncio.run(run())


def test_sitemap_index_lists_every_page_and_lastmod_spares_requests(site: FixtureSite) -> None:
    known = Known()
    first = collect([site.url("analyses.example/sitemap.xml")], known)
    assert first.errors == []
    assert sorted(d.path for d in first.documents) == sorted(site.url(p) for p in (POST_101, POST_102, ABOUT))
    assert {d.status for d in first.documents} == {"new"}
    post = next(d for d in first.documents if d.path == site.url(POST_101))
    assert post.kind == "sitemap" and post.modified == "2025-11-15T09:30:00+00:00"
    assert [fn.label for fn in post.document.footnotes] == ["i", "ii", "iii", "iv", "v"]
    assert post.document.footnotes[4].url == site.url("sources.example/news/hybrid-war")
    known.remember(first)
    site.reset_counts()
    second = collect([site.url("analyses.example/sitemap.xml")], known)
    assert {d.status for d in second.documents} == {"unchanged"}
    # lastmod vouches for post 101 and the about page: not requested at all; post 102 has no
    # lastmod, so it is asked for conditionally and answers 304.
    assert site.count("/" + POST_101) == 0 and site.count("/" + ABOUT) == 0
    assert site.count("/" + POST_102) == 1 and site.conditional["/" + POST_102] == 1


def test_changed_page_is_parsed_again(site: FixtureSite, monkeypatch: pytest.MonkeyPatch) -> None:
    known = Known()
    known.remember(collect([site.url("analyses.example/post-sitemap.xml")], known))
    site.aliases["/" + POST_102] = "/" + POST_101  # the page now serves other content
    parsed: list[str] = []
    real_parse = sources.parse_bytes

    def counting_parse(data: bytes, **kwargs: object) -> object:
        parsed.append(str(kwargs.get("path")))
        return real_parse(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "parse_bytes", counting_parse)
    again = collect([site.url("analyses.example/post-sitemap.xml")], known)
    statuses = {d.path: d.status for d in again.documents}
    assert statuses == {site.url(POST_101): "unchanged", site.url(POST_102): "changed"}
    assert parsed == [site.url(POST_102)]


def test_rss_feed_uses_full_content_and_fetches_the_rest(site: FixtureSite) -> None:
    found = collect([site.url("analyses.example/feed/")], Known())
    assert found.errors == []
    by_path = {d.path: d for d in found.documents}
    assert set(by_path) == {site.url(POST_101), site.url(POST_102)}
    assert by_path[site.url(POST_101)].document.title == "Yerevan-Moscow Pragmatism and the Crisis of Trust"
    assert len(by_path[site.url(POST_101)].document.footnotes) == 5
    assert len(by_path[site.url(POST_102)].document.footnotes) == 2
    assert site.count("/" + POST_101) == 0  # content:encoded carried it
    assert site.count("/" + POST_102) == 1  # description only: the page was fetched


def test_atom_feed_reads_content_and_fetches_summaries(site: FixtureSite) -> None:
    found = collect([site.url("analyses.example/feed/atom/")], Known())
    assert found.errors == []
    assert {d.path for d in found.documents} == {site.url(POST_101), site.url(POST_102)}
    assert site.count("/" + POST_102) == 0 and site.count("/" + POST_101) == 1


def test_wordpress_api_is_paginated_and_fetches_content_of_changed_posts_only(site: FixtureSite) -> None:
    known = Known()
    endpoint = site.url("analyses.example/wp-json/wp/v2/posts")
    first = collect([endpoint], known, per_page=2)
    assert first.errors == []
    assert [d.path for d in first.documents] == [site.url(p) for p in (POST_101, POST_102, POST_103)]
    post = first.documents[2].document
    assert post.title == "Grain and Sovereignty: Yerevan’s Balancing Act"
    assert post.date is not None and post.date.isoformat() == "2026-01-09"
    assert [fn.url for fn in post.footnotes] == [
        site.url("sources.example/news/grain-policy"),
        site.url("sources.example/news/hybrid-war"),
    ]
    listing = [q for path, q in site.queries if "_fields" in q and q["_fields"][0] == "id,link,modified_gmt"]
    assert [q["page"] for q in listing] == [["1"], ["2"]]
    content = [q for path, q in site.queries if "include" in q]
    assert [q["include"] for q in content] == [["101,102"], ["103"]]
    known.remember(first)
    site.reset_counts()
    second = collect([endpoint], known, per_page=2)
    assert {d.status for d in second.documents} == {"unchanged"}
    assert not any("include" in q for _, q in site.queries)


def test_site_url_is_recognised_as_wordpress(site: FixtureSite) -> None:
    found = collect([site.url("analyses.example/")], Known())
    assert {d.kind for d in found.documents} == {"wordpress"}
    assert len(found.documents) == 3


def test_documents_named_by_two_sources_are_kept_once(site: FixtureSite) -> None:
    found = collect(
        [site.url("analyses.example/sitemap.xml"), site.url("analyses.example/wp-json/wp/v2/posts")], Known()
    )
    paths = [d.path for d in found.documents]
    assert len(paths) == len(set(paths)) == 4
    assert next(d for d in found.documents if d.path == site.url(POST_103)).kind == "wordpress"
    # The sitemap gave posts 101 and 102: only 103's content is asked of the WordPress API.
    assert [q["include"] for _, q in site.queries if "include" in q] == [["103"]]


def test_local_directory_is_read_and_unchanged_files_are_not_parsed_again(tmp_path: Path) -> None:
    shutil.copy(ANALYSES / "armenia-russia-analysis.txt", tmp_path / "armenia-russia-analysis.txt")
    known = Known()
    first = collect([str(tmp_path)], known)
    assert [d.status for d in first.documents] == ["new"]
    assert len(first.documents[0].document.footnotes) == 7
    known.remember(first)
    assert [d.status for d in collect([str(tmp_path / "*.txt")], known).documents] == ["unchanged"]
    (tmp_path / "armenia-russia-analysis.txt").write_text(
        "Title\n\nA claim.[1]\n\n[1] “T”, P, https://e.example/x\n"
    )
    assert [d.status for d in collect([str(tmp_path)], known).documents] == ["changed"]


def test_broken_sources_are_reported_and_the_others_still_read(site: FixtureSite) -> None:
    found = collect(
        [
            site.url("analyses.example/missing-sitemap.xml"),
            "sitemap:" + site.url("analyses.example/feed/"),
            "wordpress:" + site.url("sources.example/news/hybrid-war"),
            site.url("analyses.example/post-sitemap.xml"),
        ],
        Known(),
    )
    assert len(found.documents) == 2
    assert found.errors[0] == f"source {site.url('analyses.example/missing-sitemap.xml')}: HTTP 404"
    assert "not a sitemap (root element <rss>)" in found.errors[1]
    assert found.errors[2].startswith("WordPress API ")


def test_source_kinds_and_endpoints() -> None:
    assert split_source("content/*.md") == (None, None)
    assert split_source("https://a.example/feed/") == (None, "https://a.example/feed/")
    assert split_source("feed:https://a.example/x") == ("feed", "https://a.example/x")
    assert wordpress_endpoint("https://a.example") == "https://a.example/wp-json/wp/v2/posts"
    assert wordpress_endpoint("https://a.example/blog/") == "https://a.example/blog/wp-json/wp/v2/posts"
    assert wordpress_endpoint("https://a.example/wp-json/") == "https://a.example/wp-json/wp/v2/posts"
    custom = "https://a.example/wp-json/wp/v2/posts?categories=5"
    assert wordpress_endpoint(custom) == custom


def test_sniffing_and_safe_xml() -> None:
    sitemap = (WEB / "analyses.example" / "post-sitemap.xml").read_bytes()
    gz = sources._Response(
        "u", 200, gzip.compress(sitemap), httpx.Headers({"content-type": "application/gzip"})
    )
    assert sniff(gz) == ("sitemap", None)
    home = (WEB / "analyses.example" / "index.html").read_bytes()
    html = sources._Response("u", 200, home, httpx.Headers({"content-type": "text/html"}))
    assert sniff(html) == ("wordpress", "{{BASE}}/analyses.example/wp-json/")
    linked = sources._Response(
        "u",
        200,
        b"<html></html>",
        httpx.Headers({"link": '<https://a.example/wp-json/>; rel="https://api.w.org/"'}),
    )
    assert sniff(linked) == ("wordpress", "https://a.example/wp-json/")
    # An entity that would read a local file stays unexpanded.
    evil = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset><url><loc>&x;</loc></url></urlset>'
    root = parse_xml(evil)
    assert "root:" not in "".join(str(text) for text in root.itertext())
    with pytest.raises(sources.SourceError, match="inflates to more than"):
        sources._gunzip(gzip.compress(b" " * 10_000), limit=1_000)
