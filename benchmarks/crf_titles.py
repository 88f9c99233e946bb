"""Issue 10 experiment: does a learned sequence labeller (a CRF, python-crfsuite) pick titles out of
footnote entries better than the hand rules on parts of the parse eval it has never seen?

    pip install python-crfsuite            # not a dependency of citecheck: the experiment lost
    python benchmarks/crf_titles.py [--dev-only] [--kfold 5] [--held-back-aggregate]

Protocol (fixtures/parse-eval/README.md, "A learned title labeller (CRF), tried and not taken"):

* Data. Every eval note whose truth has a ``title``, found by the parser, gives one sequence: the
  footnote's ``raw`` entry text, cut into tokens (an address, a word, or one other character), each
  labelled TITLE / PUB / URL / O by finding the truth title (and publisher) in the tokens, exactly on
  casefolded tokens, else fuzzily (rapidfuzz ratio >= 90); a note whose title cannot be found is
  skipped and counted. Truth title "" (no title) labels no token TITLE.
* Features (no hand word lists): token shape, length, case, digits, year-like, address, quote /
  bracket / dash characters and the depth inside quotes and brackets, the sentence-segment, comma
  and colon counts before it, position relative to the first address and first year, relative
  position, the token's "chunk" (run between punctuation) by size rank and order from either end,
  neighbours' shapes and punctuation (+-2), and the casefolded word itself (learnt from the data).
* Model: CRFsuite L-BFGS, c1 = 1.0, c2 = 0.1, 150 iterations (chosen on the dev split below).
  Decoding: Viterbi; if no token is TITLE but some token's TITLE marginal is >= 0.3, the run around
  it whose marginals stay >= 0.15. The predicted title is the best-scoring TITLE run (mean marginal).
* Two pseudo-blind rounds. Round pre-21 trains on the documents truth.toml held just before
  heldback-21 was appended (commit 29c0b17^) and tests heldback-21..26; round pre-17 trains on those
  before heldback-17 (4a65683^1) and tests heldback-17..20. Training entries are cut by today's
  parser. Each test part is scored twice: (1) on the entries the parser found at the merge where the
  part was first measured blind (the parser its recorded first-blind rate comes from, so rules and
  CRF see the same entries: the fair comparison), (2) on today's entries (segmentation and rules
  studied on those parts since). Variants: rules; CRF alone; "fill" (rules, CRF only where the rules
  give no title); "over t" (CRF replaces the rules' title when the mean TITLE marginal of its span is
  >= t). The threshold for the hybrid is the one that scores best on round pre-17's first-blind
  entries (training parts for round pre-21), never on 21..26. Titles are judged with the eval's own
  ``field_matches``.
* Design choices (features, regularisation, decoding) were made on a design split only: trained
  without heldback-17..26, scored on 17..20 as today's parser cuts them.
* heldback-27 (held back) is never read here unless ``--held-back-aggregate`` is given, which prints
  aggregate title counts only (rules, CRF, fill), for a model trained on every other part.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite
from rapidfuzz import fuzz

TOKEN = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]}»”']"  # an address, trailing punctuation left out
    r"|\w+(?:[-'’.]\w+)*"  # a word (hyphens, apostrophes, dotted abbreviations inside)
    r"|[^\w\s]",  # one other character
    re.UNICODE,
)
YEAR = re.compile(r"^(1[5-9]|20)\d\d[a-z]?$")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
OPEN_QUOTES = set("“„«‘\"'「『《")
CLOSE_QUOTES = set("”»’\"'」』》")
DASHES = set("-–—|")


@dataclass
class Tok:
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def norm(token: str) -> str:
    return unicodedata.normalize("NFC", token).translate(_QUOTES).casefold()


def shape(token: str) -> str:
    out = []
    for ch in token[:8]:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "a"  # scripts without case
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def is_url(token: str) -> bool:
    return token.startswith(("http://", "https://", "www."))


def token_features(toks: list[Tok], text: str) -> list[dict[str, float | str]]:
    n = len(toks)
    first_url = next((i for i, t in enumerate(toks) if is_url(t.text)), n)
    first_year = next((i for i, t in enumerate(toks) if YEAR.match(t.text)), n)
    feats: list[dict[str, float | str]] = []
    quote_depth = 0
    paren_depth = 0
    segment = 0  # ". " / ", " separated segments before the token
    commas = 0
    colon_seen = 0
    base: list[dict[str, float | str]] = []
    for i, t in enumerate(toks):
        w = t.text
        lw = norm(w)
        space_before = i > 0 and toks[i - 1].end < t.start
        space_after = i + 1 < n and t.end < toks[i + 1].start
        f: dict[str, float | str] = {
            "bias": 1.0,
            "shape": shape(w),
            "len": str(min(len(w), 10) // 3),
            "url": float(is_url(w)),
            "year": float(bool(YEAR.match(w))),
            "digit": float(w.isdigit()),
            "upper": float(w.isupper() and len(w) > 1),
            "title": float(w.istitle()),
            "punct": w if not w[0].isalnum() and len(w) == 1 else "",
            "oq": float(
                w in OPEN_QUOTES and not (i > 0 and not space_before and toks[i - 1].text[-1].isalnum())
            ),
            "cq": float(w in CLOSE_QUOTES and not space_before),
            "dash": float(w in DASHES),
            "sb": float(space_before),
            "sa": float(space_after),
            "qdepth": str(min(quote_depth, 2)),
            "pdepth": str(min(paren_depth, 2)),
            "seg": str(min(segment, 5)),
            "commas": str(min(commas, 4)),
            "colon": str(min(colon_seen, 2)),
            "vs_url": "before" if i < first_url else ("at" if i == first_url else "after"),
            "vs_year": "before" if i < first_year else ("at" if i == first_year else "after"),
            "pos": str(min(int(10 * i / max(n, 1)), 9)),
            "first": float(i == 0),
            "last": float(i == n - 1),
            "to_url": str(min(first_url - i, 6)) if i < first_url else "-",
        }
        if len(lw) <= 12 and not is_url(w) and not w.isdigit():
            f["w"] = lw
        if len(lw) > 3 and not is_url(w):
            f["suf3"] = lw[-3:]
        base.append(f)
        # state updated after the token
        if w in OPEN_QUOTES and w not in CLOSE_QUOTES:
            quote_depth += 1
        elif (w in CLOSE_QUOTES and w not in OPEN_QUOTES) or (
            w in ('"', "'") and (not space_before or i == 0) and quote_depth > 0 and w == '"'
        ):
            quote_depth = max(0, quote_depth - 1)
        elif w == '"':
            quote_depth += 1
        if w in "([{":
            paren_depth += 1
        elif w in ")]}":
            paren_depth = max(0, paren_depth - 1)
        if w == "." and (i + 1 == n or space_after):
            segment += 1
        if w == ",":
            commas += 1
        if w == ":":
            colon_seen += 1
    # chunks: runs of tokens between sentence stops, commas, colons, pipes, quotes and addresses
    chunk_of: list[int] = []
    chunk = 0
    for t in toks:
        w = t.text
        brk = (
            w in (".", ",", ":", ";", "|", "/")
            or w in DASHES
            or w in OPEN_QUOTES
            or w in CLOSE_QUOTES
            or is_url(w)
            or w in "()[]"
        )
        if brk:
            chunk += 1
            chunk_of.append(-1)
            chunk += 1
        else:
            chunk_of.append(chunk)
    sizes = Counter(c for c in chunk_of if c >= 0)
    ranked = {c: r for r, (c, _) in enumerate(sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])))}
    order = {c: r for r, c in enumerate(sorted(sizes))}
    for i, f in enumerate(base):
        c = chunk_of[i]
        if c >= 0:
            f["csize"] = str(min(sizes[c], 12) // 2)
            f["crank"] = str(min(ranked[c], 3))
            f["cfirst"] = str(min(order[c], 3))
            f["clast"] = str(min(len(sizes) - 1 - order[c], 3))
        else:
            f["brk"] = 1.0
    for i, f in enumerate(base):
        g = dict(f)
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                o = base[j]
                g[f"{off}:shape"] = o["shape"]
                g[f"{off}:punct"] = o["punct"]
                g[f"{off}:url"] = o["url"]
                g[f"{off}:year"] = o["year"]
                g[f"{off}:crank"] = o.get("crank", "b")
                if abs(off) == 1 and "w" in o:
                    g[f"{off}:w"] = o["w"]
            else:
                g[f"{off}:edge"] = 1.0
        feats.append(g)
    return feats


def _find(hay: list[str], needle: list[str]) -> int:
    m = len(needle)
    for i in range(len(hay) - m + 1):
        if hay[i : i + m] == needle:
            return i
    return -1


def align(toks: list[Tok], value: str) -> tuple[int, int] | None:
    """Token span [i, j) of ``value`` in the entry (exact on normalised tokens, else fuzzy >= 90)."""
    needle = [norm(t.text) for t in tokens(value)]
    if not needle:
        return None
    hay = [norm(t.text) for t in toks]
    i = _find(hay, needle)
    if i >= 0:
        return i, i + len(needle)
    target = " ".join(needle)
    best: tuple[float, int, int] | None = None
    m = len(needle)
    for length in range(max(1, m - 3), m + 4):
        for s in range(0, len(hay) - length + 1):
            score = fuzz.ratio(" ".join(hay[s : s + length]), target)
            if best is None or score > best[0]:
                best = (score, s, s + length)
    if best and best[0] >= 90:
        return best[1], best[2]
    return None


def accepted(truth: object) -> list[str]:
    return [str(v) for v in truth] if isinstance(truth, list) else [str(truth)]


def labels_for(toks: list[Tok], note: dict) -> list[str] | None:
    """Per-token labels from the truth; None when the truth title cannot be found in the entry."""
    out = ["URL" if is_url(t.text) else "O" for t in toks]
    publisher = note.get("publisher")
    if publisher:
        for value in accepted(publisher):
            if value and (span := align(toks, value)):
                for k in range(*span):
                    if out[k] == "O":
                        out[k] = "PUB"
                break
    title = note["title"]
    if accepted(title) == [""]:
        return out
    for value in accepted(title):
        if value and (span := align(toks, value)):
            for k in range(*span):
                out[k] = "TITLE"
            return out
    return None


EDGE = " \t\n*_`\"'“”„«»‘’[]()<>|#.,;:–—-"


def span_text(text: str, toks: list[Tok], i: int, j: int) -> str:
    return text[toks[i].start : toks[j - 1].end].strip(EDGE) or text[toks[i].start : toks[j - 1].end]


@dataclass
class Prediction:
    title: str | None
    confidence: float  # mean TITLE marginal over the span (or 1 - max TITLE marginal when no span)


def train(
    sequences: list[tuple[list[dict], list[str]]],
    path: str,
    c1: float = 0.05,
    c2: float = 0.01,
    iters: int = 150,
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in sequences:
        trainer.append(x, y)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    trainer.train(path)


def predict(tagger: pycrfsuite.Tagger, text: str) -> Prediction:
    toks = tokens(text)
    if not toks:
        return Prediction(None, 1.0)
    tagger.set(token_features(toks, text))
    tags = tagger.tag()
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tags):
        if tags[i] == "TITLE":
            j = i
            while j < len(tags) and tags[j] == "TITLE":
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    if not spans:
        top = (
            max(tagger.marginal("TITLE", k) for k in range(len(tags))) if "TITLE" in tagger.labels() else 0.0
        )
        return Prediction(None, 1.0 - top)
    scored = [(sum(tagger.marginal("TITLE", k) for k in range(a, b)) / (b - a), a, b) for a, b in spans]
    conf, a, b = max(scored)
    return Prediction(span_text(text, toks, a, b), conf)


def predict_forced(tagger: pycrfsuite.Tagger, text: str, floor: float = 0.3) -> Prediction:
    """As predict, but when Viterbi finds no title and some token's TITLE marginal is >= floor, the run
    of tokens around the best one whose marginals stay >= floor / 2."""
    p = predict(tagger, text)
    if p.title is not None:
        return p
    toks = tokens(text)
    if not toks or "TITLE" not in tagger.labels():
        return p
    marg = [tagger.marginal("TITLE", k) for k in range(len(toks))]
    best = max(range(len(toks)), key=marg.__getitem__)
    if marg[best] < floor:
        return p
    a = best
    while a > 0 and marg[a - 1] >= floor / 2:
        a -= 1
    b = best + 1
    while b < len(toks) and marg[b] >= floor / 2:
        b += 1
    return Prediction(span_text(text, toks, a, b), sum(marg[a:b]) / (b - a))


ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "fixtures" / "parse-eval"
TODAY = dt.date(2026, 12, 1)
HIDDEN = "held_back_27"
# Two pseudo-blind rounds. Each trains on the documents truth.toml held just before its first test part was
# appended (``base``), and tests each part on the entries the parser found at the merge where that part was
# first measured blind (the parser its recorded first-blind rate comes from; README.md of the eval).
ROUNDS: dict[str, tuple[str, dict[str, str]]] = {
    "pre-17": (
        "4a65683^1",
        {
            "held_back_17": "4a65683",
            "held_back_18": "5894a03",
            "held_back_19": "00056db",
            "held_back_20": "9d27ceb",
        },
    ),
    "pre-21": (
        "29c0b17^",
        {
            "held_back_21": "29c0b17",
            "held_back_22": "d98fb5a",
            "held_back_23": "a825bee",
            "held_back_24": "748fc40",
            "held_back_25": "5228714",
            "held_back_26": "19733ac",
        },
    ),
}
FIRST_BLIND = ROUNDS["pre-21"][1]
DEV = ("held_back_17", "held_back_18", "held_back_19", "held_back_20")
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999)
C1, C2 = 1.0, 0.1

# Run in a subprocess with one citecheck tree first on sys.path: every note's entry as that parser finds it.
DUMP = """
import datetime as dt, json, sys, tomllib
from pathlib import Path
tree, eval_dir, hidden, include_hidden = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
sys.path.insert(0, tree)
from citecheck.parse import parse_bytes
from citecheck.parse.markers import label_key, label_ordinal
import citecheck
assert Path(citecheck.__file__).resolve().is_relative_to(Path(tree).resolve())
def key(v):
    o = label_ordinal(v)
    return str(o) if v.strip().isdigit() and o is not None else label_key(v)
truth = tomllib.load(open(eval_dir / "truth.toml", "rb"))
part_of = {f: k for k, v in truth.items() if k.startswith("held_back") and isinstance(v, list) for f in v}
rows = []
for d in truth["document"]:
    part = part_of.get(d["file"], "calibration")
    if (part == hidden) != include_hidden:
        continue
    path = eval_dir / "documents" / d["file"]
    found = {key(fn.label): fn for fn in parse_bytes(path.read_bytes(), path=str(path), today=dt.date(2026, 12, 1)).footnotes}
    for n in d["note"]:
        fn = found.get(key(n["label"]))
        rows.append({"file": d["file"], "part": part, "note": n, "found": fn is not None,
                     "raw": fn.raw if fn else None, "title": fn.title if fn else None})
json.dump(rows, sys.stdout, ensure_ascii=False)
"""


def dump(tree: Path, *, hidden: bool = False) -> list[dict[str, Any]]:
    out = subprocess.run(
        [sys.executable, "-c", DUMP, str(tree), str(EVAL), HIDDEN, "1" if hidden else "0"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def tree_at(commit: str, into: Path) -> Path:
    """The citecheck package as it was at ``commit`` (git archive; the repository is not touched)."""
    target = into / commit
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "citecheck"], check=True, capture_output=True
    ).stdout
    target.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def title_ok(note: dict[str, Any], title: str | None) -> bool:
    from citecheck.models import Footnote
    from tests.parse.test_parse_eval import field_matches

    footnote = Footnote(label="x", ordinal=1, raw="", title=title or None, line=1, column=1)
    return field_matches("title", note["title"], footnote)


def sequences(rows: list[dict[str, Any]]) -> tuple[list[tuple[list[dict], list[str]]], int]:
    out, skipped = [], 0
    for r in rows:
        if not r["found"] or "title" not in r["note"] or not (toks := tokens(r["raw"])):
            continue
        labels = labels_for(toks, r["note"])
        if labels is None:
            skipped += 1
            continue
        out.append((token_features(toks, r["raw"]), labels))
    return out, skipped


def score(rows: list[dict[str, Any]], tagger: pycrfsuite.Tagger) -> tuple[int, Counter[str]]:
    """Titles right for the rules, the CRF, rules-else-CRF ("fill") and CRF-over-rules at each threshold."""
    res: Counter[str] = Counter()
    n = 0
    for r in rows:
        if "title" not in r["note"]:
            continue
        n += 1
        if not r["found"]:
            for k in ("rules", "crf", "fill", *(f"over{t}" for t in THRESHOLDS)):
                res[k] += title_ok(r["note"], None)
            continue
        p = predict_forced(tagger, r["raw"])
        rules_ok = title_ok(r["note"], r["title"])
        crf_ok = title_ok(r["note"], p.title)
        res["rules"] += rules_ok
        res["crf"] += crf_ok
        res["fill"] += crf_ok if not r["title"] else rules_ok
        for t in THRESHOLDS:
            res[f"over{t}"] += crf_ok if (p.title and p.confidence >= t) else rules_ok
    return n, res


def show(name: str, n: int, res: Counter[str]) -> str:
    keys = ("rules", "crf", "fill", *(f"over{t}" for t in THRESHOLDS))
    return f"{name:14} {n:4}  " + "  ".join(f"{k} {100 * res[k] / n:5.1f}" for k in keys)


def fitted(rows: list[dict[str, Any]], path: Path) -> pycrfsuite.Tagger:
    data, skipped = sequences(rows)
    started = time.perf_counter()
    train(data, str(path), c1=C1, c2=C2)
    print(
        f"trained on {len(data)} entries ({skipped} skipped: title not found in the entry) in {time.perf_counter() - started:.0f} s; model {path.stat().st_size // 1024} KiB"
    )
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def documents_at(revision: str) -> set[str]:
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:fixtures/parse-eval/truth.toml"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {d["file"] for d in tomllib.loads(text)["document"]}


def chosen_threshold(total: Counter[str]) -> float | None:
    """The override threshold that scores best on a training round (None: never override); ties go
    to the rules, then to the higher threshold (fewer overrides)."""
    best: tuple[int, float] = (total["rules"], 2.0)
    for t in THRESHOLDS:
        if (total[f"over{t}"], t) > best:
            best = (total[f"over{t}"], t)
    return None if best[1] > 1 else best[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dev-only", action="store_true", help="only the design split (heldback-17..20)")
    parser.add_argument(
        "--held-back-aggregate", action="store_true", help="aggregate title counts on heldback-27, once"
    )
    parser.add_argument(
        "--kfold", type=int, default=0, help="k-fold by document over the parts before heldback-21"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    now = dump(ROOT)
    assert all(r["part"] != HIDDEN for r in now)
    later = {part for _, tests in ROUNDS.values() for part in tests}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.held_back_aggregate:
            tagger = fitted(now, work / "all-but-27.crfsuite")
            n, res = score(dump(ROOT, hidden=True), tagger)
            print(
                f"heldback-27 titles (aggregate only, {n} notes): "
                + ", ".join(f"{k} {res[k]}/{n}" for k in ("rules", "crf", "fill"))
            )
            return
        print(
            "\n== design split: trained without heldback-17..26, scored on 17..20 as today's parser cuts them"
        )
        tagger = fitted([r for r in now if r["part"] not in later], work / "dev.crfsuite")
        total: Counter[str] = Counter()
        count = 0
        for part in DEV:
            n, res = score([r for r in now if r["part"] == part], tagger)
            print(show(part, n, res))
            total.update(res)
            count += n
        print(show("17-20 pooled", count, total))
        if args.dev_only:
            return
        if args.kfold:
            before = sorted(documents_at(ROUNDS["pre-21"][0]))
            random.Random(10).shuffle(before)
            total, count = Counter(), 0
            print(
                f"\n== {args.kfold}-fold by document over the {len(before)} documents before heldback-21 (today's entries)"
            )
            for k in range(args.kfold):
                held = set(before[k :: args.kfold])
                train_rows = [r for r in now if r["file"] in before and r["file"] not in held]
                tagger = fitted(train_rows, work / f"fold{k}.crfsuite")
                n, res = score([r for r in now if r["file"] in held], tagger)
                print(show(f"fold {k}", n, res))
                total.update(res)
                count += n
            print(show("pooled", count, total))
            return
        with ThreadPoolExecutor(max_workers=2) as pool:
            commits = sorted({c for _, tests in ROUNDS.values() for c in tests.values()})
            old = dict(zip(commits, pool.map(lambda c: dump(tree_at(c, work)), commits), strict=True))
        threshold: float | None = None
        for name, (base, tests) in ROUNDS.items():
            before = documents_at(base)
            print(f"\n== round {name}: trained on the {len(before)} documents of truth.toml at {base}")
            tagger = fitted([r for r in now if r["file"] in before], work / f"{name}.crfsuite")
            for label, today in (
                ("entries of the first-blind parser", False),
                ("entries of today's parser", True),
            ):
                print(f"\n-- {label}")
                total, count = Counter(), 0
                for part, commit in tests.items():
                    rows = now if today else old[commit]
                    n, res = score([r for r in rows if r["part"] == part], tagger)
                    print(show(part, n, res))
                    total.update(res)
                    count += n
                print(show("pooled", count, total))
                if name == "pre-17" and not today:
                    threshold = chosen_threshold(total)
                    print(f"override threshold chosen on this round (first-blind entries): {threshold}")
        started = time.perf_counter()
        entries = [r["raw"] for r in now if r["found"] and r["part"] in FIRST_BLIND]
        for raw in entries:
            predict_forced(tagger, raw)
        per_entry = 1000 * (time.perf_counter() - started) / len(entries)
        print(f"\n{per_entry:.2f} ms per entry (features + decoding + marginals), {len(entries)} entries")


if __name__ == "__main__":
    main()
