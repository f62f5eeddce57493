"""Reading the diary: the list of entries (newest first, filters, full-text search), an
entry as last saved and its versions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.core.db import Database
from app.core.diary_files import ATTACHMENT_COLUMNS, Attachment, attachment_from_row


@dataclass
class Entry:
    id: int
    uid: str
    created: float
    modified: float
    fields: dict[str, Any]
    attachments: list[Attachment]
    revisions: int


@dataclass
class Revision:
    number: int
    saved: float
    hash: str
    fields: dict[str, Any] | None  # None: purged
    attachments: list[dict[str, Any]]


@dataclass
class Row:
    """One line of the list."""

    id: int
    sort_key: float
    when_start: str
    when_end: str
    precision: str
    kinds: tuple[str, ...]
    summary: str
    n_files: int
    created: float


@dataclass
class ListFilter:
    text: str = ""
    kinds: frozenset[str] = frozenset()
    start: float | None = None  # timestamps; an entry matches when its period overlaps
    end: float | None = None

    def active(self) -> bool:
        return bool(self.text.strip() or self.kinds or self.start or self.end)


def fts_query(text: str) -> str:
    """Each word must appear; the last may be the start of a word (typing as you search)."""
    words = [w.replace('"', '""') for w in text.split() if w.strip('"')]
    if not words:
        return ""
    terms = [f'"{w}"' for w in words]
    terms[-1] += "*"
    return " ".join(terms)


class DiaryList:
    """The reading side of ``Diary``: one entry, its versions, and the list's rows."""

    db: Database

    def entry(self, entry_id: int) -> Entry:
        rows = self.db.query(
            "SELECT e.uid, e.created, e.modified, e.n_revisions, r.body FROM diary_entries e"
            " JOIN diary_revisions r ON r.entry_id = e.id AND r.number = e.n_revisions"
            " WHERE e.id = ? AND e.deleted IS NULL",
            (entry_id,),
        )
        if not rows:
            raise KeyError(entry_id)
        uid, created, modified, revisions, body = rows[0]
        payload = json.loads(body) if body else {"fields": {}}
        files = [
            attachment_from_row(r)
            for r in self.db.query(
                f"SELECT {ATTACHMENT_COLUMNS} FROM diary_attachments WHERE entry_id = ?"
                " AND removed IS NULL ORDER BY id",
                (entry_id,),
            )
        ]
        return Entry(
            entry_id, str(uid), float(created), float(modified), payload["fields"], files, revisions
        )

    def revisions(self, entry_id: int) -> list[Revision]:
        found = []
        for number, saved, digest, body in self.db.query(
            "SELECT number, saved, hash, body FROM diary_revisions WHERE entry_id = ?"
            " ORDER BY number DESC",
            (entry_id,),
        ):
            payload = json.loads(body) if body else None
            found.append(
                Revision(
                    int(number),
                    float(saved),
                    str(digest),
                    payload["fields"] if payload else None,
                    payload["attachments"] if payload else [],
                )
            )
        return found

    def _where(self, flt: ListFilter) -> tuple[str, list[Any]]:
        clauses = ["e.deleted IS NULL"]
        params: list[Any] = []
        query = fts_query(flt.text)
        if query:
            # "+" keeps the planner on the newest-first index: it walks that index and stops
            # after one page of matches, instead of sorting every match (10x faster at 10,000).
            clauses.append("+e.id IN (SELECT rowid FROM diary_fts WHERE diary_fts MATCH ?)")
            params.append(query)
        if flt.kinds:
            clauses.append("(" + " OR ".join("e.kinds LIKE ?" for _ in sorted(flt.kinds)) + ")")
            params += [f"%,{k},%" for k in sorted(flt.kinds)]
        if flt.start is not None:
            clauses.append("e.end_ts >= ?")
            params.append(flt.start)
        if flt.end is not None:
            clauses.append("e.start_ts <= ?")
            params.append(flt.end)
        return " AND ".join(clauses), params

    def rows(
        self,
        flt: ListFilter | None = None,
        after: tuple[float, int] | None = None,
        limit: int = 200,
    ) -> list[Row]:
        """Newest first, ``limit`` rows after the row ``after`` (its sort key and id)."""
        where, params = self._where(flt or ListFilter())
        if after is not None:
            where += " AND (e.sort_key, e.id) < (?, ?)"
            params += [after[0], after[1]]
        result = []
        for r in self.db.query(
            "SELECT e.id, e.sort_key, e.when_start, e.when_end, e.precision, e.kinds, e.summary,"
            f" e.n_files, e.created FROM diary_entries e WHERE {where}"
            " ORDER BY e.sort_key DESC, e.id DESC LIMIT ?",
            (*params, limit),
        ):
            result.append(
                Row(
                    int(r[0]),
                    float(r[1]),
                    str(r[2]),
                    str(r[3]),
                    str(r[4]),
                    tuple(k for k in str(r[5]).split(",") if k),
                    str(r[6]),
                    int(r[7]),
                    float(r[8]),
                )
            )
        return result

    def count(self, flt: ListFilter | None = None) -> int:
        where, params = self._where(flt or ListFilter())
        rows = self.db.query(f"SELECT count(*) FROM diary_entries e WHERE {where}", tuple(params))
        return int(rows[0][0])
