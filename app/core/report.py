"""What goes into an evidence report: the chosen diary entries, gathered as plain data.

No Qt here: the GUI renders this structure (app/gui/private/report/pdf.py). The checklist never
goes in; entries left out are only counted, never described.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.core.diary import ONGOING, Attachment, Diary, ListFilter, Row, when_window


class Cancelled(Exception):
    """The report was stopped (by her, or by a lock) before it was finished."""


@dataclass(frozen=True)
class Choice:
    """Which entries: a period (overlap with when it happened), some kinds (any of them), and
    entries left out one by one. No period and no kinds: all entries."""

    start: float | None = None
    end: float | None = None
    kinds: frozenset[str] = frozenset()
    left_out: frozenset[int] = frozenset()

    def list_filter(self) -> ListFilter:
        return ListFilter(kinds=self.kinds, start=self.start, end=self.end)


@dataclass
class ReportFile:
    """A photo or file of an entry: the stored copy's hash and, when it was reduced (or its
    location removed), the original's hash too."""

    attachment_id: int
    name: str
    kind: str
    mime: str
    original_date: str | None  # date taken for photos, the file's date otherwise
    sha256: str
    size: int
    original_sha256: str
    original_size: int
    reduced: bool
    location_removed: bool
    width: int
    height: int

    @classmethod
    def of(cls, a: Attachment) -> ReportFile:
        return cls(
            a.id,
            a.name,
            a.kind,
            a.mime,
            a.original_date,
            a.sha256,
            a.size,
            a.original_sha256,
            a.original_size,
            a.reduced,
            a.location_removed,
            a.width,
            a.height,
        )


@dataclass
class ReportVersion:
    """One saved version of an entry; ``fields`` is None when its content was erased."""

    number: int
    saved: float
    hash: str
    fields: dict[str, Any] | None
    files: list[dict[str, Any]]


@dataclass
class ReportEntry:
    number: int  # 1, 2, ... in the report's order (oldest first)
    entry_id: int
    fields: dict[str, Any]
    recorded: float  # when the entry was first saved
    edited: float  # when its latest version was saved
    start: float  # when it happened, as a window (see diary.when_window)
    end: float
    files: list[ReportFile]
    versions: list[ReportVersion]  # newest first; versions[0] is the current one

    @property
    def current_hash(self) -> str:
        return self.versions[0].hash if self.versions else ""

    @property
    def earlier(self) -> list[ReportVersion]:
        return self.versions[1:]

    @property
    def day(self) -> date:
        """The day the calendar counts it on: when it started (or when it was written)."""
        return datetime.fromtimestamp(self.start).date()


@dataclass
class Report:
    made: float
    entries: list[ReportEntry]
    total: int  # entries in the diary
    fingerprint: str
    chain_ok: bool
    chain_damaged: int  # entries where the check found a difference
    chain_events: int
    period: tuple[float, float] | None  # earliest start, latest end (capped at ``made``)

    @property
    def left_out(self) -> int:
        return max(0, self.total - len(self.entries))

    def day_counts(self) -> dict[date, int]:
        counts: dict[date, int] = {}
        for e in self.entries:
            counts[e.day] = counts.get(e.day, 0) + 1
        return counts

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month from the first to the last entry, in order."""
        days = sorted(self.day_counts())
        if not days:
            return []
        found = []
        y, m = days[0].year, days[0].month
        while (y, m) <= (days[-1].year, days[-1].month):
            found.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return found

    def revision_hashes(self) -> list[tuple[int, int, float, str]]:
        """(report number, version number, saved, hash) of every included revision."""
        return [
            (e.number, v.number, v.saved, v.hash)
            for e in self.entries
            for v in sorted(e.versions, key=lambda v: v.number)
        ]


def matching_rows(diary: Diary, choice: Choice) -> list[Row]:
    """The list lines of the entries in the chosen period and kinds, newest first (entries
    left out one by one are still in it: the review screen shows them unticked)."""
    rows: list[Row] = []
    after: tuple[float, int] | None = None
    while True:
        batch = diary.rows(choice.list_filter(), after=after, limit=2000)
        rows += batch
        if len(batch) < 2000:
            return rows
        after = (batch[-1].sort_key, batch[-1].id)


def select(diary: Diary, choice: Choice) -> list[int]:
    """The ids of the chosen entries, oldest first (by when it happened, then by id)."""
    return [r.id for r in reversed(matching_rows(diary, choice)) if r.id not in choice.left_out]


def gather(
    diary: Diary,
    entry_ids: Iterable[int],
    now: float | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """Everything the report shows about ``entry_ids`` (kept in that order), plus the chain's
    fingerprint and check. Raises ``Cancelled`` as soon as ``cancelled()`` says so."""
    made = time.time() if now is None else now
    ids = list(dict.fromkeys(int(i) for i in entry_ids))
    entries: list[ReportEntry] = []
    for n, entry_id in enumerate(ids, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled
        try:
            entry = diary.entry(entry_id)
        except KeyError:
            continue  # deleted since she chose it
        _sort, start, end = when_window(entry.fields, entry.created)
        versions = [
            ReportVersion(r.number, r.saved, r.hash, r.fields, r.attachments)
            for r in diary.revisions(entry_id)
        ]
        entries.append(
            ReportEntry(
                len(entries) + 1,
                entry_id,
                entry.fields,
                entry.created,
                entry.modified,
                start,
                end,
                [ReportFile.of(a) for a in entry.attachments],
                versions,
            )
        )
        if progress is not None:
            progress(n, len(ids))
    if cancelled is not None and cancelled():
        raise Cancelled
    check = diary.verify()
    period = None
    if entries:
        first = min(e.start for e in entries)
        last = max(min(e.end, made) if e.end < ONGOING else made for e in entries)
        period = (first, max(first, last))
    return Report(
        made=made,
        entries=entries,
        total=diary.count(),
        fingerprint=check.fingerprint,
        chain_ok=check.ok,
        chain_damaged=len(check.damaged),
        chain_events=check.events,
        period=period,
    )


@dataclass
class Summary:
    """One line of the summary table."""

    number: int
    start: float
    kinds: list[str] = field(default_factory=list)
    text: str = ""


def summary_lines(report: Report, length: int = 90) -> list[Summary]:
    lines = []
    for e in report.entries:
        text = " ".join(str(e.fields.get("text", "")).split())
        if len(text) > length:
            text = text[: length - 1].rstrip() + "…"
        lines.append(Summary(e.number, e.start, list(e.fields.get("kinds", [])), text))
    return lines
