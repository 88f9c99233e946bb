"""citecheck.lazyre: module-level patterns compiled on first use, and the package held to using them."""

from __future__ import annotations

import ast
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest

from citecheck import lazyre
from citecheck.lazyre import LazyPattern

PACKAGE = Path(__file__).resolve().parents[1] / "citecheck"


def test_a_lazy_pattern_is_compiled_on_first_use_and_behaves_as_the_compiled_one() -> None:
    lazy = lazyre.compile(r"(?P<year>\d{4})-(\d{2})", re.IGNORECASE)
    proxy = lazy
    assert isinstance(proxy, LazyPattern) and proxy._compiled is None  # nothing compiled yet
    assert lazy.pattern == r"(?P<year>\d{4})-(\d{2})"  # without compiling
    eager = re.compile(r"(?P<year>\d{4})-(\d{2})", re.IGNORECASE)
    text = "from 2024-03 to 2025-11"
    found = lazy.search(text)
    assert found is not None and found.group("year") == "2024"
    assert proxy._compiled is not None and proxy.search == proxy._compiled.search  # its own methods now
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub(r"\g<year>", text) == eager.sub(r"\g<year>", text)
    assert lazy.subn("x", text) == eager.subn("x", text)
    assert lazy.split(text) == eager.split(text)
    assert lazy.fullmatch("2024-03") is not None and lazy.match("x2024-03") is None
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        eager.flags,
        eager.groups,
        dict(eager.groupindex),
    )


def test_a_lazy_pattern_survives_pickling_and_building_another_from_it() -> None:
    lazy = lazyre.compile(r"\bgrain\b")
    again = pickle.loads(pickle.dumps(lazy))
    assert again.search("the grain deal") is not None
    lazy.search("compile it first")
    assert pickle.loads(pickle.dumps(lazy)).pattern == r"\bgrain\b"
    built = lazyre.compile(lazy.pattern + r"|\bwheat\b")
    assert built.search("wheat") is not None
    assert lazyre.compile(lazy).search("grain") is not None  # a lazy pattern given again
    compiled = re.compile("x")
    assert lazyre.compile(compiled) is compiled


def test_a_match_knows_the_lazy_pattern_it_came_from() -> None:
    """Rules ask which of their patterns matched (``match.re in (A, B)``, ``match.re is A``)."""
    first, second = lazyre.compile(r"(?i)abnt"), lazyre.compile(r"iso 690")
    found = second.search("per iso 690 and abnt") or first.search("abnt")
    assert found is not None
    assert found.re in (first, second) and found.re == second and found.re != first
    assert found.re is lazyre.compiled(second) and found.re is not lazyre.compiled(first)
    eager = re.compile("plain")
    assert lazyre.compiled(eager) is eager
    assert hash(second) == hash(found.re)


def test_a_bad_pattern_fails_when_first_used() -> None:
    lazy = lazyre.compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def _eager_module_patterns() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            if (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Attribute)
                and isinstance(value.func.value, ast.Name)
                and (value.func.value.id, value.func.attr) == ("re", "compile")
                and not any(
                    isinstance(c, ast.Constant) and isinstance(c.value, bytes) for c in ast.walk(value)
                )
            ):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def test_module_level_patterns_are_compiled_when_first_used() -> None:
    """A new module-level ``re.compile`` would be compiled by every run that imports its module
    (see citecheck/lazyre.py); bytes patterns (the fetch stage's, used on every page) stay eager."""
    assert _eager_module_patterns() == []


def _module_patterns_passed_to_re_functions() -> list[str]:
    """``re.sub(PATTERN, …)`` and friends need a real ``re.Pattern``: a lazy one must be used
    through its own methods."""
    lazy_names: dict[Path, set[str]] = {}
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = lazy_names.setdefault(path, set())
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
                func = node.value.func
                if isinstance(func, ast.Attribute) and func.attr == "compile":
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    names.update(t.id for t in targets if isinstance(t, ast.Name))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr != "compile"
                and node.args
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id in names
            ):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "isinstance"
                and len(node.args) == 2
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id in names
            ):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def _identity_tests_of_module_patterns() -> list[str]:
    """``match.re is PATTERN`` is false for a lazy pattern: compare with ``lazyre.compiled(PATTERN)``."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(isinstance(op, ast.Is | ast.IsNot) for op in node.ops):
                sides = [node.left, *node.comparators]
                if any(isinstance(s, ast.Attribute) and s.attr == "re" for s in sides) and any(
                    isinstance(s, ast.Name) and s.id.lstrip("_").isupper() for s in sides
                ):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def test_no_match_is_compared_by_identity_with_a_module_pattern() -> None:
    assert _identity_tests_of_module_patterns() == []


def test_no_module_pattern_is_handed_to_an_re_function() -> None:
    assert _module_patterns_passed_to_re_functions() == []


def test_importing_the_parser_compiles_few_patterns() -> None:
    """The parse child's first document waits for its imports: ~0.26 s of CPU when the parser's
    ~900 module-level patterns were compiled at import, ~0.09 s now (2026-12-07, this machine)."""
    code = (
        "import citecheck.parse.document\n"
        "from citecheck.lazyre import _MADE\n"
        "print(len(_MADE), sum(o._compiled is not None for o in _MADE))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    made, compiled = map(int, out.split())
    assert made > 500
    assert compiled < made // 4


def test_compile_all_compiles_what_is_waiting() -> None:
    waiting = lazyre.compile(r"\bnever-used-yet-\d+\b")
    broken = lazyre.compile(r"(never closed")
    assert lazyre.compile_all() >= 2
    assert cast(LazyPattern, waiting)._compiled is not None
    with pytest.raises(re.error):  # a broken pattern fails where it is used, not in compile_all
        broken.search("text")


def test_the_workers_server_compiles_every_pattern_once_for_its_workers() -> None:
    """Workers fork from the server: what it compiled, each of them has without compiling it again."""
    code = (
        "import citecheck.workers\n"
        "from citecheck.lazyre import _MADE\n"
        "print(len(_MADE), sum(o._compiled is None for o in _MADE))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    made, waiting = map(int, out.split())
    assert made > 30
    assert waiting == 0


def test_the_module_name_holds_the_compiled_pattern_after_its_first_use() -> None:
    """Uses through the module's own name are then uses of an re.Pattern (the stand-in's method
    lookups cost 25 % more CPU over 300 parse-eval documents); a copy taken elsewhere still works."""
    namespace: dict[str, object] = {}
    exec(
        "from citecheck import lazyre\nPATTERN = lazyre.compile(r'\\bgrain\\b')\nCOPY = PATTERN\n", namespace
    )
    assert isinstance(namespace["PATTERN"], LazyPattern)
    found = namespace["PATTERN"].search("the grain deal")  # type: ignore[attr-defined]
    assert found is not None
    assert isinstance(namespace["PATTERN"], re.Pattern)
    assert found.re is namespace["PATTERN"]
    assert isinstance(namespace["COPY"], re.Pattern)  # every module name bound to it
