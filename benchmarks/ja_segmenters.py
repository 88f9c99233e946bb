"""Japanese word segmenters for the verify stage's terms: cost and effect, measured.

A Japanese text has no spaces, so ``textmatch._terms`` reads each run of kanji and kana as one word
("年ノーベル化学賞を受賞したと発表した"), which a page's or a sentence's runs rarely meet
(fixtures/eval/README.md, "residual 3", family J). This script measures four segmenters that ship
their data inside their PyPI packages (nothing downloaded at run time):

* ``speed`` — for each segmenter, in its own process: install size (its packages' directories),
  resident memory after import and after the first call, and seconds per 1,000 Japanese sentences
  (the Japanese claims and page sentences of the studied parts, real/ and real-heldback-2 … -23).
  Each segmenter is looked for under ``--packages DIR/<name>`` (``pip install --target``).
* ``eval`` — every case of the studied parts whose document holds Japanese text (kana, or a
  Japanese sentence or page), verified with and without pages, its findings on the case's label
  written as JSON lines; ``--segmenter NAME`` cuts every Japanese text's kanji/kana runs into the
  segmenter's words (all-hiragana words, the particles and endings, left out) before ``_terms``
  reads it. Cases without Japanese text cannot change (the cut is applied to Japanese text only).
* ``compare A B`` — verdict by verdict: false alarms on correct pairs, caught swaps and wrong
  titles, per part, and every case whose verdict changed.

Parts real-heldback-24 and -25 are held back and never read here.

    python benchmarks/ja_segmenters.py speed --packages /tmp/v11ja_pk
    python benchmarks/ja_segmenters.py eval --out base.jsonl
    python benchmarks/ja_segmenters.py eval --segmenter janome --packages /tmp/v11ja_pk --out janome.jsonl
    python benchmarks/ja_segmenters.py compare base.jsonl janome.jsonl
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEGMENTERS = {
    "tinysegmenter": ("tinysegmenter",),
    "janome": ("janome",),
    "sudachipy": ("sudachipy", "sudachidict_core"),
    "fugashi": ("fugashi", "unidic_lite", "fugashi.libs"),
}
STUDIED = ["real"] + [f"real-heldback-{n}" for n in range(2, 24)]  # never 24 or 25
KANA = re.compile(r"[\u3041-\u30ff]")
RUN = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]+")
HIRAGANA = re.compile(r"[\u3041-\u309f\u30fc]+")


def segmenter(name: str) -> Callable[[str], list[str]]:
    """A function from a run of Japanese text to its words' surfaces."""
    if name == "tinysegmenter":
        import tinysegmenter  # type: ignore[import-not-found]

        tiny = tinysegmenter.TinySegmenter()
        return lambda run: [w for w in tiny.tokenize(run) if w.strip()]
    if name == "janome":
        from janome.tokenizer import Tokenizer  # type: ignore[import-not-found]

        janome = Tokenizer()
        return lambda run: list(janome.tokenize(run, wakati=True))
    if name == "sudachipy":
        from sudachipy import dictionary, tokenizer  # type: ignore[import-not-found]

        sudachi = dictionary.Dictionary(dict="core").create()
        mode = tokenizer.Tokenizer.SplitMode.C
        return lambda run: [m.surface() for m in sudachi.tokenize(run, mode)]
    if name == "fugashi":
        import fugashi  # type: ignore[import-not-found]

        tagger = fugashi.Tagger()
        return lambda run: [w.surface for w in tagger(run)]
    if name == "fugashi-nouns":  # UniDic's nouns only (no numerals): the content words a page states
        import fugashi

        nouns = fugashi.Tagger()
        return lambda run: [
            w.surface if w.feature.pos1 == "名詞" and w.feature.pos2 != "数詞" else "。" for w in nouns(run)
        ]
    raise SystemExit(f"unknown segmenter {name}")


def cut_runs(split: Callable[[str], list[str]]) -> Callable[[str], str]:
    """Text with each kanji/kana run replaced by its words, spaced, all-hiragana words left out."""

    def cut(text: str) -> str:
        def words(match: re.Match[str]) -> str:
            split_run = split(match[0])
            # A run after a digit keeps its first word glued to it: "5927億ドル" stays "5927億 ドル"
            # (a CJK scale, textmatch._apply_cjk_scales).
            after_digit = match.start() > 0 and text[match.start() - 1].isdigit()
            glued = split_run[0] if after_digit and split_run else ""
            kept = [w for w in split_run[bool(glued) :] if not HIRAGANA.fullmatch(w) and w != "。"]
            return ("" if glued else " ") + glued + " " + " ".join(kept) + " "

        return RUN.sub(words, text)

    return cut


def _directory(part: str) -> Path:
    assert part in STUDIED
    return ROOT / "fixtures" / "eval" / part


def _cases(part: str) -> list:
    from tests.verify import eval_real as real

    if part == "real":
        return real.build_cases()
    number = int(part.rsplit("-", 1)[1])
    module = __import__(f"tests.verify.heldback{number}", fromlist=["PART"])
    return module.PART.cases()


def _japanese(case) -> bool:  # type: ignore[no-untyped-def]
    texts = [c.claim for c in case.document.citations]
    sources = [s for s, _ in case.entries.values()] + [c.source for c in case.document.citations]
    texts += [s.title + s.text for s in sources] + [t for _, t in case.entries.values()]
    return any(KANA.search(t) for t in texts) or any(s.lang == "ja" for s in sources)


def japanese_sentences(limit: int = 1000) -> list[str]:
    from tests.verify import eval_real as real

    out: list[str] = []
    for part in STUDIED:
        for document in real.load_documents(_directory(part)):
            for cited in document.citations:
                for text in (cited.claim, *re.split(r"(?<=。)", cited.source.text)):
                    if KANA.search(text) and len(text) > 10 and text not in out:
                        out.append(text)
    return out[:limit]


def speed(args: argparse.Namespace) -> None:
    sentences = japanese_sentences()
    Path("/tmp/ja_sentences.json").write_text(json.dumps(sentences, ensure_ascii=False))
    print(f"{len(sentences)} Japanese sentences (mean {sum(map(len, sentences)) / len(sentences):.0f} chars)")
    print(
        "| segmenter | installed MB | RSS added: import / first call / all sentences, MB | s / 1,000 sentences |"
    )
    print("|---|---|---|---|")
    for name, packages in SEGMENTERS.items():
        where = Path(args.packages) / name
        files = [f for p in packages for f in [where / p, *(where / p).rglob("*"), where / f"{p}.py"]]
        size = sum(f.stat().st_size for f in files if f.is_file())
        out = subprocess.run(
            [sys.executable, __file__, "_speed_one", name, str(where)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        print(f"| {name} | {size / 1e6:.2f} | {out[0]} / {out[1]} / {out[2]} | {out[3]} |")


def _rss() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def _speed_one(name: str, where: str) -> None:
    sys.path.insert(0, where)
    base = _rss()
    split = segmenter(name)
    imported = _rss() - base
    sentences = json.loads(Path("/tmp/ja_sentences.json").read_text())
    split(sentences[0])
    first = _rss() - base
    cut = cut_runs(split)
    start = time.perf_counter()
    for s in sentences:
        cut(s)
    per = (time.perf_counter() - start) / len(sentences) * 1000
    print(f"{imported:.1f} {first:.1f} {_rss() - base:.1f} {per:.2f}")


def install(textmatch, split: Callable[[str], list[str]], mode: str) -> None:  # type: ignore[no-untyped-def]
    """Patch ``textmatch`` (this process only) to read Japanese runs as the segmenter's words.

    ``cut``: every Japanese text (claims, titles, pages) has its runs cut into spaced words before
    ``_terms`` reads it. ``lookup``: the terms stay the glued runs; a page's index also holds its
    runs' words, and a run of the sentence not found is found when every word of it is."""
    original_terms = textmatch._terms

    def content(run: str) -> list[str]:
        return [w for w in split(run) if not HIRAGANA.fullmatch(w) and w != "。"]

    if mode == "cut":
        cut = cut_runs(split)

        @functools.lru_cache(maxsize=65_536)
        def terms(text: str, language: str | None) -> tuple:
            if (language or textmatch.guess_language(text)) == "ja":
                text = cut(text)
            return original_terms(text, language)

        textmatch._terms = terms
        return

    @functools.lru_cache(maxsize=65_536)
    def words_of(run: str, language: str | None) -> tuple:
        return tuple(t for w in content(run) for t in original_terms(w, language) if t.kind == "word")

    build, find = textmatch.TermIndex._build.__func__, textmatch.TermIndex.find

    def _build(cls, fields, *, passages):  # type: ignore[no-untyped-def]
        fields = tuple(fields)
        index = build(cls, fields, passages=passages)
        for text, language in fields:
            lang = textmatch.base_language(language) or textmatch.guess_language(text or "")
            if text and lang == "ja":
                for run in RUN.findall(text):
                    for term in words_of(run, lang):
                        index.keys.setdefault(term.key, term.text)
        return index

    def glued_find(self, term, **kwargs):  # type: ignore[no-untyped-def]
        hit = find(self, term, **kwargs)
        if hit is None and term.language == "ja" and term.kind == "word":
            words = words_of(term.text, term.language)
            if len(words) >= 2 and all(t.key in self.keys for t in words):
                return textmatch.Match(1.0, " ".join(self.keys[t.key] for t in words), "exact")
        return hit

    textmatch.TermIndex._build = classmethod(_build)
    textmatch.TermIndex.find = glued_find


def evaluate(args: argparse.Namespace) -> None:
    from citecheck.verify import textmatch
    from tests.verify.test_eval_gate import run_real

    if args.segmenter:
        sys.path.insert(0, str(Path(args.packages) / args.segmenter.split("-")[0]))
        install(textmatch, segmenter(args.segmenter), args.mode)
    parts = args.parts or STUDIED
    with open(args.out, "w") as out:
        for part in parts:
            cases = [c for c in _cases(part) if _japanese(c)]
            start = time.perf_counter()
            for online in (True, False):
                for outcome in run_real(online, cases):
                    row = {"part": part, "id": outcome.case.id, "kind": outcome.case.kind, "online": online}
                    row["findings"] = sorted(f"{c}:{s}" for c, s in outcome.findings)
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{part}: {len(cases)} cases, {time.perf_counter() - start:.0f} s", flush=True)


def _flagged(row: dict) -> bool:
    """The gate's reading (tests/verify/heldback_gate.py): a false alarm or a caught case online, an
    error offline."""
    codes = {f.split(":")[0] for f in row["findings"]}
    if not row["online"]:
        return (
            any(f.endswith(":error") for f in row["findings"])
            if row["kind"] == "correct"
            else "claim-mismatch" in codes
        )
    if row["kind"] == "wrong-title":
        return "title-mismatch" in codes
    if row["kind"] == "correct":
        return bool(codes & {"claim-mismatch", "title-mismatch"})
    return "claim-mismatch" in codes


def compare(args: argparse.Namespace) -> None:
    rows = []
    for path in (args.a, args.b):
        with open(path) as lines:
            rows.append({(r["part"], r["id"], r["online"]): r for r in map(json.loads, lines)})
    table: dict[str, Counter[str]] = {}
    changed = []
    for key, a in rows[0].items():
        b = rows[1][key]
        kind = a["kind"] + ("" if a["online"] else " (offline)")
        counts = table.setdefault(a["part"], Counter())
        good = "correct" in kind
        counts[f"{kind} flagged A"] += _flagged(a)
        counts[f"{kind} flagged B"] += _flagged(b)
        if a["findings"] != b["findings"]:
            changed.append((key, a["findings"], b["findings"], good and _flagged(a) != _flagged(b)))
    print("| part | kind | A flagged | B flagged |")
    print("|---|---|---|---|")
    for part, counts in table.items():
        kinds = sorted({k.rsplit(" flagged", 1)[0] for k in counts})
        for kind in kinds:
            a, b = counts[f"{kind} flagged A"], counts[f"{kind} flagged B"]
            if a != b or args.all:
                print(f"| {part} | {kind} | {a} | {b} |")
    print(f"\n{len(changed)} cases with changed findings:")
    for (part, case, online), fa, fb, _ in changed:
        print(f"  {part} {case} {'online' if online else 'offline'}: {fa} -> {fb}")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("speed")
    s.add_argument("--packages", default="/tmp/v11ja_pk")
    e = sub.add_parser("eval")
    e.add_argument("--segmenter")
    e.add_argument("--mode", choices=("cut", "lookup"), default="lookup")
    e.add_argument("--packages", default="/tmp/v11ja_pk")
    e.add_argument("--parts", nargs="*")
    e.add_argument("--out", required=True)
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    c.add_argument("--all", action="store_true")
    one = sub.add_parser("_speed_one")
    one.add_argument("name")
    one.add_argument("where")
    args = parser.parse_args()
    if args.command == "_speed_one":
        _speed_one(args.name, args.where)
    else:
        {"speed": speed, "eval": evaluate, "compare": compare}[args.command](args)


if __name__ == "__main__":
    main()
