"""A publisher read from the version a note says it read (:func:`remark_publishers`).

A note may state the version of the work it read after the reference, "Wood, Gavin (2014/2024):
Ethereum: A Secure Decentralised Generalised Transaction Ledger (Yellow Paper). Aktuelle Version:
Berlin Version, 2024." (heldback-36's German Ethereum chapter, two notes): the version's name was read
as the publisher. A publisher that stands in the entry only right after a version label ("Version:",
"Aktuelle Version:", "Current version:") is no publisher. (A pointer's remark, "… vgl.
clientdiversity.org", is left: German notes cite their own source after "Vgl." as often, heldback-28's
Open Science thesis.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre


class _Published(Protocol):
    publisher: str | None


_VERSION_LABEL = lazyre.compile(r"\bversion:\s*$", re.IGNORECASE)


def remark_publishers(fields: Sequence[_Published], flat: Sequence[str]) -> None:
    """Publishers read from a version label's value, dropped (see above); in place."""
    for entry, line in zip(fields, flat, strict=True):
        name = entry.publisher
        if not name:
            continue
        at = line.find(name)
        if at < 0 or line.find(name, at + 1) >= 0:
            continue  # not there, or named twice
        if _VERSION_LABEL.search(line[:at]):
            entry.publisher = None
