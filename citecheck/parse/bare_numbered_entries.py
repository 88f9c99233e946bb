"""A reference list whose entries open with a bare number ("11 Name. Title. 2020. URL"), read as numbered.

The Lancet journals print their references with the number followed by a space only, no full stop or
bracket ("11 Department of Health & Social Care. Tackling obesity: … 2020. https://www.gov. uk/… (accessed
April 13, 2022)."), and so does the text layer of such a PDF copied into Markdown or text: each entry a
line (its wrapped rest on the lines below), the numbers running on from wherever the copied page starts.
Read as written, the lines are one paragraph of prose, every entry lost. Data: fixtures/parse-eval
hbh8-en-lancet-policy-pdf-references-spaced-urls-accessed-gambling.md (references 11-20 of a Lancet Public
Health policy paper, kept by a civic initiative's repository; branch s39-hb36, heldback-p36hunt8 spent).

Each such line gets the full stop after its number that makes it an ordered list's item ("11. Department
…"), only when the lines make a run that no prose or table makes: at least :data:`_MIN_ENTRIES` of them,
their numbers consecutive (n, n+1, n+2, …), no more than :data:`_MAX_GAP` other non-blank lines (an
entry's wrapped rest) between two of them and no blank line, and every entry (its line and its rest) a
reference — a name or title sentence closed by a full stop within its first line, and a year or an
address. Line-numbered prose ("1 The Court finds that …", one number a line) has no year and no address in
most lines; a table's rows ("10 Apples 2020") have no sentence; a list already numbered ("11. …", "[11]")
does not open with a bare number. Three entries, because two numbered lines with years can be a sentence
broken at a number; the Lancet list here has ten, the shortest reference list of the eval's PDF copies
three.
"""

from __future__ import annotations

from citecheck import lazyre

_BARE_NUMBER = lazyre.compile(r"([ \t]{0,3})(\d{1,3})[ \t]+(?=[A-Z\u00c0-\u024f‘“\"'])")
_SENTENCE = lazyre.compile(r"\S[.][ \t]+\S")
_YEAR_OR_ADDRESS = lazyre.compile(r"\b(?:1[6-9]|20)\d\d\b|https?://|\bwww\.")
_MIN_ENTRIES = 3
_MAX_GAP = 3


def numbered_bare_entries(text: str) -> str:
    """``text`` with each line of a bare-numbered reference run ("11 Name. Title. 2020.") given the full
    stop after its number ("11. Name. …"); any other text unchanged."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    starts: list[tuple[int, int]] = []  # (line index, number) of the current run
    runs: list[list[tuple[int, int]]] = []
    gap = 0
    for index, line in enumerate(lines):
        match = _BARE_NUMBER.match(line)
        if match is not None:
            number = int(match.group(2))
            if starts and number == starts[-1][1] + 1:
                starts.append((index, number))
            else:
                runs.append(starts)
                starts = [(index, number)]
            gap = 0
            continue
        if not line.strip():
            runs.append(starts)
            starts = []
            continue
        gap += 1
        if gap > _MAX_GAP:
            runs.append(starts)
            starts = []
    runs.append(starts)
    changed = False
    for run in runs:
        if len(run) < _MIN_ENTRIES or not all(_is_reference(lines, run, k) for k in range(len(run))):
            continue
        for index, _ in run:
            match = _BARE_NUMBER.match(lines[index])
            assert match is not None
            lines[index] = f"{match.group(1)}{match.group(2)}.{lines[index][match.end(2) :]}"
            changed = True
    return "\n".join(lines) if changed else text


def _is_reference(lines: list[str], run: list[tuple[int, int]], k: int) -> bool:
    """Whether the run's ``k``-th entry (its line and the lines up to the next entry's) reads as a
    reference: a sentence closed in its first line, and a year or an address."""
    first = run[k][0]
    end = run[k + 1][0] if k + 1 < len(run) else min(len(lines), first + 1 + _MAX_GAP)
    rest = []
    for line in lines[first + 1 : end]:
        if not line.strip():
            break
        rest.append(line)
    entry = " ".join([lines[first], *rest])
    return bool(_SENTENCE.search(lines[first])) and bool(_YEAR_OR_ADDRESS.search(entry))
