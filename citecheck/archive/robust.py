"""Robust Links (https://robustlinks.mementoweb.org/spec/): an anchor that carries the original
URL, a snapshot URL and the date of linking, so a reader can still reach what the author read."""

from __future__ import annotations

import datetime as dt
from html import escape


def robust_link(
    original: str,
    *,
    version_url: str | None,
    version_date: dt.date | dt.datetime | None,
    text: str | None = None,
) -> str | None:
    """``<a href=ORIGINAL data-originalurl=… data-versionurl=… data-versiondate=YYYY-MM-DD>``.

    ``version_date`` is the date of linking (the footnote's access date), as the spec asks; a link
    with neither a snapshot nor a date adds nothing to a plain link, so it is ``None``.
    """
    if version_url is None and version_date is None:
        return None
    attrs = [("href", original), ("data-originalurl", original)]
    if version_url is not None:
        attrs.append(("data-versionurl", version_url))
    if version_date is not None:
        day = version_date.date() if isinstance(version_date, dt.datetime) else version_date
        attrs.append(("data-versiondate", day.isoformat()))
    rendered = " ".join(f'{name}="{escape(value, quote=True)}"' for name, value in attrs)
    return f"<a {rendered}>{escape(text or original, quote=False)}</a>"
