"""The incident diary: entries, revisions, attachments, full-text search and a hash chain.

Schema (feature "diary", in the private vault):

- ``diary_entries``: one row per entry, for the list only (when it happened as a start and an
  end with a precision, kinds, the start of "what happened", number of files, recorded and edited
  times). The text itself lives in the entry's revisions.
- ``diary_revisions``: every save of an entry adds a revision; nothing is overwritten. ``body``
  is the revision's canonical serialisation (below) and ``hash`` its SHA-256; a purged or deleted
  revision keeps its hash and loses its body.
- ``diary_attachments``: files as BLOBs inside the vault, with the stored copy's SHA-256 and size,
  the original name and date (date taken for photos), kind, whether it was reduced, and the
  original's SHA-256 and size. A thumbnail for pictures. Files added to an unsaved entry are
  "pending" until the entry is saved.
- ``diary_chain``: one row per event (save, delete, purge) with the event's hash and its link.
- ``diary_fts``: an FTS5 index (contentless, so the text is not stored twice) over all fields.

Chain algorithm: a revision's payload is ``{"entry": id, "number": n, "saved_ms": time,
"fields": {...}, "attachments": [{"sha256", "size", "name", "original_date", "kind", "reduced",
"original_sha256", "original_size", "location_removed"}, ...]}``, serialised as JSON with sorted
keys, no spaces, UTF-8 (``chain.canonical``); its hash is SHA-256 of those bytes. Deleting an
entry or purging its earlier versions is an event too, with the hashes of what was erased. Each
event's link is SHA-256(previous link + event hash) as hex text, starting from 64 zeros; the last
link is the diary's fingerprint. ``verify(conn)`` recomputes every hash and link and checks every
stored file against its SHA-256, and names the entries where something does not match.

What it proves, and what it does not: it shows that stored versions were not partly altered
after they were saved. It is not tamper-proof: anyone with the passphrase could rebuild the whole
chain, and all times come from this computer's clock. A fingerprint written down or given to
someone else (a support worker, a lawyer) gains weight: a rebuilt chain ends in another one.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.core import chain
from app.core.attachments import Prepared
from app.core.chain import (
    DELETED,
    PURGED,
    SAVED,
    ChainReport,
    fingerprint,
    verify_chain,
)
from app.core.db import Connection, Database, DatabaseError
from app.core.schema import register_feature

register_feature(
    "diary",
    [
        """
        CREATE TABLE diary_entries (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            created REAL NOT NULL,
            modified REAL NOT NULL,
            when_start TEXT NOT NULL DEFAULT '',
            when_end TEXT NOT NULL DEFAULT '',
            precision TEXT NOT NULL DEFAULT '',
            sort_key REAL NOT NULL,
            start_ts REAL NOT NULL,
            end_ts REAL NOT NULL,
            kinds TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            n_files INTEGER NOT NULL DEFAULT 0,
            n_revisions INTEGER NOT NULL DEFAULT 0,
            deleted REAL
        );
        CREATE INDEX diary_entries_order ON diary_entries(sort_key DESC, id DESC)
            WHERE deleted IS NULL;
        CREATE TABLE diary_chain (
            seq INTEGER PRIMARY KEY,
            entry_uid TEXT NOT NULL,
            event TEXT NOT NULL,
            hash TEXT NOT NULL,
            link TEXT NOT NULL,
            body TEXT,
            at REAL NOT NULL
        );
        CREATE TABLE diary_revisions (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES diary_entries(id),
            number INTEGER NOT NULL,
            saved REAL NOT NULL,
            body TEXT,
            hash TEXT NOT NULL,
            chain_seq INTEGER NOT NULL,
            UNIQUE(entry_id, number)
        );
        CREATE TABLE diary_attachments (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER REFERENCES diary_entries(id),
            pending INTEGER NOT NULL DEFAULT 1,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            name TEXT NOT NULL,
            original_date TEXT,
            kind TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT '',
            reduced INTEGER NOT NULL DEFAULT 0,
            original_sha256 TEXT NOT NULL,
            original_size INTEGER NOT NULL,
            had_location INTEGER NOT NULL DEFAULT 0,
            location_removed INTEGER NOT NULL DEFAULT 0,
            width INTEGER NOT NULL DEFAULT 0,
            height INTEGER NOT NULL DEFAULT 0,
            added REAL NOT NULL,
            removed REAL,
            thumb BLOB,
            data BLOB
        );
        CREATE INDEX diary_attachments_entry ON diary_attachments(entry_id);
        CREATE VIRTUAL TABLE diary_fts USING fts5(
            body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
        );
        """,
    ],
)

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
RESERVE_PAGES = 16  # kept free so that text can always be saved
_PAGE_DATA = 4000  # bytes of a BLOB per overflow page, counted low


class EmptyEntry(Exception):
    """Nothing typed (a date alone does not count) and no file: there is nothing to save."""


class NoRoom(Exception):
    """It would not fit in the slot. ``room``: bytes still free for files."""

    def __init__(self, room: int) -> None:
        super().__init__("no room")
        self.room = room


@dataclass
class Attachment:
    id: int
    sha256: str
    size: int
    name: str
    original_date: str | None
    kind: str
    mime: str
    reduced: bool
    original_sha256: str
    original_size: int
    had_location: bool
    location_removed: bool
    width: int
    height: int
    added: float
    pending: bool

    def chain_record(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "size": self.size,
            "name": self.name,
            "original_date": self.original_date,
            "kind": self.kind,
            "reduced": self.reduced,
            "original_sha256": self.original_sha256,
            "original_size": self.original_size,
            "location_removed": self.location_removed,
        }


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


def fts_query(text: str) -> str:
    """Each word must appear; the last may be the start of a word (typing as you search)."""
    words = [w.replace('"', '""') for w in text.split() if w.strip('"')]
    if not words:
        return ""
    terms = [f'"{w}"' for w in words]
    terms[-1] += "*"
    return " ".join(terms)


def summary_of(fields: dict[str, Any]) -> str:
    return " ".join(str(fields.get("text", "")).split())[:160]


def _ms(t: float) -> int:
    return round(t * 1000)


def is_full_error(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseError) and "full" in str(exc).lower()


# ------------------------------------------------------------------------------------------
_ATT_COLUMNS = (
    "id, sha256, size, name, original_date, kind, mime, reduced, original_sha256, original_size,"
    " had_location, location_removed, width, height, added, pending"
)


def _attachment(row: Any) -> Attachment:
    return Attachment(
        int(row[0]),
        str(row[1]),
        int(row[2]),
        str(row[3]),
        row[4],
        str(row[5]),
        str(row[6]),
        bool(row[7]),
        str(row[8]),
        int(row[9]),
        bool(row[10]),
        bool(row[11]),
        int(row[12]),
        int(row[13]),
        float(row[14]),
        bool(row[15]),
    )


class Diary:
    """The diary of one open vault. ``room_left`` is the vault's (bytes still free)."""

    def __init__(self, db: Database, room_left: Callable[[], int] | None = None) -> None:
        self.db = db
        self._room_left = room_left

    # files --------------------------------------------------------------------------------
    def room_for_files(self) -> int:
        if self._room_left is None:
            return 1 << 40
        from app.core.vault import USABLE_PER_PAGE

        return max(0, self._room_left() - RESERVE_PAGES * USABLE_PER_PAGE)

    @staticmethod
    def space_needed(size: int, thumb: int = 0) -> int:
        from app.core.vault import USABLE_PER_PAGE

        pages = -(-size // _PAGE_DATA) + -(-thumb // _PAGE_DATA) + 2
        return pages * USABLE_PER_PAGE

    def add_attachment(self, prepared: Prepared, now: float | None = None) -> Attachment:
        """Store a file for the entry being written (pending until the entry is saved).

        Refused before anything is written when it would not fit (``NoRoom``)."""
        room = self.room_for_files()
        if self.space_needed(len(prepared.data), len(prepared.thumb or b"")) > room:
            raise NoRoom(room)
        now = time.time() if now is None else now
        try:
            with self.db.write() as c:
                cur = c.execute(
                    "INSERT INTO diary_attachments(entry_id, pending, sha256, size, name,"
                    " original_date, kind, mime, reduced, original_sha256, original_size,"
                    " had_location, location_removed, width, height, added, thumb, data)"
                    " VALUES (NULL, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        prepared.sha256,
                        len(prepared.data),
                        prepared.name,
                        prepared.original_date,
                        prepared.kind,
                        prepared.mime,
                        int(prepared.reduced),
                        prepared.original_sha256,
                        prepared.original_size,
                        int(prepared.had_location),
                        int(prepared.location_removed),
                        prepared.width,
                        prepared.height,
                        now,
                        prepared.thumb,
                        prepared.data,
                    ),
                )
                new_id = int(cur.lastrowid)
        except DatabaseError as exc:
            if is_full_error(exc):
                raise NoRoom(self.room_for_files()) from exc
            raise
        return self.attachment(new_id)

    def attachment(self, attachment_id: int) -> Attachment:
        rows = self.db.query(
            f"SELECT {_ATT_COLUMNS} FROM diary_attachments WHERE id = ?", (attachment_id,)
        )
        if not rows:
            raise KeyError(attachment_id)
        return _attachment(rows[0])

    def attachments(self, ids: Iterable[int]) -> list[Attachment]:
        found = []
        for i in ids:
            try:
                found.append(self.attachment(int(i)))
            except KeyError:
                continue
        return found

    def attachment_data(self, attachment_id: int) -> bytes:
        rows = self.db.query("SELECT data FROM diary_attachments WHERE id = ?", (attachment_id,))
        if not rows or rows[0][0] is None:
            raise KeyError(attachment_id)
        return bytes(rows[0][0])

    def thumbnail(self, attachment_id: int) -> bytes | None:
        rows = self.db.query("SELECT thumb FROM diary_attachments WHERE id = ?", (attachment_id,))
        return bytes(rows[0][0]) if rows and rows[0][0] is not None else None

    def discard_pending(self, ids: Iterable[int]) -> None:
        ids = [int(i) for i in ids]
        if not ids:
            return
        with self.db.write() as c:
            c.executemany(
                "DELETE FROM diary_attachments WHERE id = ? AND pending = 1", [(i,) for i in ids]
            )

    def discard_orphans(self, keep: Iterable[int] = ()) -> None:
        """Pending files no open form or draft refers to (left by a crash)."""
        kept = {int(i) for i in keep}
        rows = self.db.query("SELECT id FROM diary_attachments WHERE pending = 1")
        self.discard_pending(int(r[0]) for r in rows if int(r[0]) not in kept)

    # saving ---------------------------------------------------------------------------------
    def save(
        self,
        entry_id: int | None,
        fields: dict[str, Any],
        attachment_ids: Iterable[int] = (),
        now: float | None = None,
    ) -> int:
        """Save a new entry (``entry_id`` None) or a new revision of one; returns the entry id.

        Files in ``attachment_ids`` belong to the entry from now on; its files not listed are
        removed (their record stays in earlier revisions). Saving unchanged content adds nothing.
        """
        now = time.time() if now is None else now
        clean = normalise_fields(fields)
        wanted = [int(i) for i in attachment_ids]
        if not wanted and not any(not k.startswith("when_") for k in clean):
            raise EmptyEntry  # a date alone says nothing
        try:
            with self.db.write() as c:
                return self._save(c, entry_id, clean, wanted, now)
        except DatabaseError as exc:
            if is_full_error(exc):
                raise NoRoom(self.room_for_files()) from exc
            raise

    def _save(
        self,
        c: Connection,
        entry_id: int | None,
        clean: dict[str, Any],
        wanted: list[int],
        now: float,
    ) -> int:
        if entry_id is None:
            uid = secrets.token_hex(8)
            created = now
            number = 1
            cur = c.execute(
                "INSERT INTO diary_entries(uid, created, modified, sort_key, start_ts, end_ts)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (uid, now, now, now, now, now),
            )
            entry_id = int(cur.lastrowid)
        else:
            row = c.execute(
                "SELECT uid, created, n_revisions FROM diary_entries"
                " WHERE id = ? AND deleted IS NULL",
                (entry_id,),
            ).fetchone()
            if row is None:
                raise KeyError(entry_id)
            uid, created, number = str(row[0]), float(row[1]), int(row[2]) + 1
        current = [
            int(r[0])
            for r in c.execute(
                "SELECT id FROM diary_attachments WHERE entry_id = ? AND removed IS NULL",
                (entry_id,),
            ).fetchall()
        ]
        keep = [i for i in wanted if i in current]
        adopt = [
            i
            for i in wanted
            if i not in current
            and c.execute(
                "SELECT 1 FROM diary_attachments WHERE id = ? AND pending = 1", (i,)
            ).fetchone()
        ]
        files = [
            _attachment(r)
            for r in c.execute(
                f"SELECT {_ATT_COLUMNS} FROM diary_attachments WHERE id IN "
                f"({','.join('?' * len(keep + adopt)) or 'NULL'}) ORDER BY id",
                keep + adopt,
            ).fetchall()
        ]
        records = sorted((a.chain_record() for a in files), key=chain.canonical)
        if number > 1:
            last = c.execute(
                "SELECT body FROM diary_revisions WHERE entry_id = ? ORDER BY number DESC LIMIT 1",
                (entry_id,),
            ).fetchone()
            if last is not None and last[0] is not None:
                previous = json.loads(last[0])
                if previous["fields"] == clean and previous["attachments"] == records:
                    return entry_id  # nothing changed: no new revision
        payload = {
            "entry": uid,
            "number": number,
            "saved_ms": _ms(now),
            "fields": clean,
            "attachments": records,
        }
        body = chain.canonical(payload).decode("utf-8")
        digest = chain.sha256_hex(body.encode("utf-8"))
        seq = self._append_chain(c, uid, SAVED, digest, None, now)
        c.execute(
            "INSERT INTO diary_revisions(entry_id, number, saved, body, hash, chain_seq)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (entry_id, number, now, body, digest, seq),
        )
        for i in adopt:
            c.execute(
                "UPDATE diary_attachments SET entry_id = ?, pending = 0 WHERE id = ?", (entry_id, i)
            )
        for i in current:
            if i not in keep:
                c.execute(
                    "UPDATE diary_attachments SET removed = ?, data = NULL, thumb = NULL"
                    " WHERE id = ?",
                    (now, i),
                )
        sort_key, start_ts, end_ts = when_window(clean, created)
        c.execute(
            "UPDATE diary_entries SET modified = ?, when_start = ?, when_end = ?, precision = ?,"
            " sort_key = ?, start_ts = ?, end_ts = ?, kinds = ?, summary = ?, n_files = ?,"
            " n_revisions = ? WHERE id = ?",
            (
                now,
                clean.get("when_start", ""),
                clean.get("when_end", ""),
                clean.get("when_precision", ""),
                sort_key,
                start_ts,
                end_ts,
                "," + ",".join(clean.get("kinds", [])) + "," if clean.get("kinds") else "",
                summary_of(clean),
                len(files),
                number,
                entry_id,
            ),
        )
        c.execute("DELETE FROM diary_fts WHERE rowid = ?", (entry_id,))
        c.execute(
            "INSERT INTO diary_fts(rowid, body) VALUES (?, ?)",
            (entry_id, search_text(clean, files)),
        )
        return entry_id

    @staticmethod
    def _append_chain(
        c: Connection, uid: str, event: str, digest: str, body: str | None, now: float
    ) -> int:
        last = c.execute("SELECT link FROM diary_chain ORDER BY seq DESC LIMIT 1").fetchone()
        link = chain.next_link(str(last[0]) if last else chain.GENESIS, digest)
        cur = c.execute(
            "INSERT INTO diary_chain(entry_uid, event, hash, link, body, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (uid, event, digest, link, body, now),
        )
        return int(cur.lastrowid)

    # delete and purge ------------------------------------------------------------------------
    def delete_entry(self, entry_id: int, now: float | None = None) -> None:
        """Erase an entry: all its versions and files go; only their hashes stay in the chain,
        and the deletion itself is recorded there."""
        self._erase(entry_id, DELETED, now)

    def purge_history(self, entry_id: int, now: float | None = None) -> None:
        """Erase the earlier versions of an entry (the current one stays); recorded in the chain."""
        self._erase(entry_id, PURGED, now)

    def _erase(self, entry_id: int, event: str, now: float | None) -> None:
        now = time.time() if now is None else now
        with self.db.write() as c:
            row = c.execute(
                "SELECT uid, n_revisions FROM diary_entries WHERE id = ? AND deleted IS NULL",
                (entry_id,),
            ).fetchone()
            if row is None:
                raise KeyError(entry_id)
            uid, latest = str(row[0]), int(row[1])
            limit = latest + 1 if event == DELETED else latest
            hashes = [
                str(r[0])
                for r in c.execute(
                    "SELECT hash FROM diary_revisions WHERE entry_id = ? AND number < ?"
                    " AND body IS NOT NULL ORDER BY number",
                    (entry_id, limit),
                ).fetchall()
            ]
            files = [
                str(r[0])
                for r in c.execute(
                    "SELECT sha256 FROM diary_attachments WHERE entry_id = ? AND data IS NOT NULL"
                    + (" AND removed IS NOT NULL" if event == PURGED else ""),
                    (entry_id,),
                ).fetchall()
            ]
            payload = {
                "event": event,
                "entry": uid,
                "at_ms": _ms(now),
                "revisions": hashes,
                "files": sorted(files),
            }
            body = chain.canonical(payload).decode("utf-8")
            self._append_chain(c, uid, event, chain.sha256_hex(body.encode("utf-8")), body, now)
            c.execute(
                "UPDATE diary_revisions SET body = NULL WHERE entry_id = ? AND number < ?",
                (entry_id, limit),
            )
            if event == DELETED:
                c.execute("DELETE FROM diary_attachments WHERE entry_id = ?", (entry_id,))
                c.execute("DELETE FROM diary_fts WHERE rowid = ?", (entry_id,))
                c.execute(
                    "UPDATE diary_entries SET deleted = ?, modified = ?, summary = '', kinds = '',"
                    " when_start = '', when_end = '', n_files = 0 WHERE id = ?",
                    (now, now, entry_id),
                )
            else:
                c.execute(
                    "DELETE FROM diary_attachments WHERE entry_id = ? AND removed IS NOT NULL",
                    (entry_id,),
                )

    # reading -----------------------------------------------------------------------------------
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
            _attachment(r)
            for r in self.db.query(
                f"SELECT {_ATT_COLUMNS} FROM diary_attachments WHERE entry_id = ?"
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

    def fingerprint(self) -> str:
        return fingerprint(self.db.conn)

    def verify(self) -> ChainReport:
        return verify_chain(self.db.conn)


def verify(conn: Connection) -> ChainReport:
    """Check a diary's chain on an open connection, for instance to a backup file.

    ``report.ok`` is True when every revision, event and file matches its hash and every link
    follows from the one before; ``report.damaged`` names the entries where something does not
    (entry id, recorded time, reasons); ``report.fingerprint`` is the last link. A vault without
    a diary yet reports ok with the fingerprint of an empty chain (64 zeros).
    """
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'diary_chain'"
    ).fetchone()
    if not has:
        return ChainReport(True, 0, 0, 0, chain.GENESIS, [])
    return verify_chain(conn)
