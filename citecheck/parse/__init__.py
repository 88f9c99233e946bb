"""The parse stage: an analysis file (text, HTML, Markdown or DOCX) → one :class:`~citecheck.models.Document`
with its footnote entries, its markers and the claims they support, and its structural findings.

Readers (``text``, ``html``, ``markdown``, ``docx``) cut a file into blocks; ``assemble`` does the rest,
the same way for every format.

The package itself imports only :mod:`citecheck.parse.inputs` (what to parse); the parser (its
readers and patterns, ~0.25 s to import, most of it compiling regular expressions) is imported on
first use of :func:`parse_text`, :func:`parse_bytes`, :func:`parse_input` or
:func:`structural_findings`. A ``check`` run parses in a child process forked before the rest of
the package is imported (:mod:`citecheck.parse_ahead`): the child imports the parser on the other
core while this process imports the fetch stage.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from citecheck.parse.inputs import DEFAULT_MAX_INPUT_BYTES, InputSource, expand_inputs

if TYPE_CHECKING:
    from citecheck.parse.document import parse_bytes, parse_input, parse_text
    from citecheck.parse.structure import structural_findings

__all__ = [
    "DEFAULT_MAX_INPUT_BYTES",
    "InputSource",
    "expand_inputs",
    "parse_bytes",
    "parse_input",
    "parse_text",
    "structural_findings",
]

_LAZY = {
    "parse_bytes": "citecheck.parse.document",
    "parse_input": "citecheck.parse.document",
    "parse_text": "citecheck.parse.document",
    "structural_findings": "citecheck.parse.structure",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
