"""The diary's fields: kinds of violence, danger signs, precisions of "when", and their form.

What an entry holds, how it is normalised before it is hashed (see app/core/diary.py), its
window in time for the list's filters, and the text indexed for search.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from app.core.diary_files import Attachment

# Kinds of violence, in the order the form shows them.
KINDS = ("physical", "threats", "psychological", "control", "sexual", "damage", "children")
# The strongest danger signs the form asks about gently.
DANGER_SIGNS = ("neck", "kill_threat", "weapon", "worse")
# Precision of "when": an exact day, a day and time, around a day, between two days, since a day.
PRECISIONS = ("", "day", "time", "around", "period", "since")
TEXT_FIELDS = (
    "text",
    "duration",
    "place",
    "words",
    "injuries",
    "effect",
    "witnesses",
    "children_present",
    "police_called",
    "pv_number",
    "police_station",
    "doctor",
    "certificate",
    "when_start",
    "when_end",
    "when_precision",
)
LIST_FIELDS = ("kinds", "danger")
AROUND_DAYS = 3
ONGOING = 253402300799.0  # 9999-12-31: an open-ended period


# ------------------------------------------------------------------------------------------
def normalise_fields(raw: dict[str, Any]) -> dict[str, Any]:
    """Only known fields, strings stripped, empty values left out: one form, one hash."""
    out: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        value = raw.get(name)
        if isinstance(value, str) and value.strip():
            out[name] = value.strip() if name != "text" else value.rstrip()
    for name in LIST_FIELDS:
        value = raw.get(name)
        if isinstance(value, list | tuple):
            items = sorted({str(v) for v in value if str(v)})
            if items:
                out[name] = items
    return out


def _parse_local(text: str) -> datetime | None:
    for fmt in ("%Y-%m-%dT%H:%M", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def when_window(fields: dict[str, Any], recorded: float) -> tuple[float, float, float]:
    """(sort key, start, end) as timestamps: the list sorts on the start it was given; filters
    match on overlap with the window (an "around" day is widened by a few days)."""
    start = _parse_local(str(fields.get("when_start", "")))
    if start is None:
        return recorded, recorded, recorded
    precision = str(fields.get("when_precision", "day"))
    has_time = "T" in str(fields.get("when_start", ""))
    sort = start.timestamp()
    day_start = start.replace(hour=0, minute=0, second=0)
    if precision == "around":
        return (
            sort,
            (day_start - timedelta(days=AROUND_DAYS)).timestamp(),
            (day_start + timedelta(days=AROUND_DAYS + 1)).timestamp() - 1,
        )
    if precision in ("period", "since"):
        end = _parse_local(str(fields.get("when_end", "")))
        if end is None or precision == "since":
            return sort, day_start.timestamp(), ONGOING
        end_day = end.replace(hour=0, minute=0, second=0) + timedelta(days=1)
        return sort, day_start.timestamp(), max(end_day.timestamp() - 1, sort)
    if has_time:
        return sort, sort, sort
    return sort, day_start.timestamp(), (day_start + timedelta(days=1)).timestamp() - 1


def search_text(fields: dict[str, Any], attachments: Iterable[Attachment]) -> str:
    parts = [str(fields[n]) for n in TEXT_FIELDS if n in fields and not n.startswith("when_")]
    parts += [a.name for a in attachments]
    return "\n".join(parts)


def summary_of(fields: dict[str, Any]) -> str:
    return " ".join(str(fields.get("text", "")).split())[:160]
