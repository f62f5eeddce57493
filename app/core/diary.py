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
from typing import Any

from app.core import chain
from app.core.chain import DELETED, PURGED, SAVED, ChainReport, fingerprint, verify_chain
from app.core.db import Connection, Database, DatabaseError
from app.core.diary_fields import AROUND_DAYS as AROUND_DAYS
from app.core.diary_fields import DANGER_SIGNS as DANGER_SIGNS
from app.core.diary_fields import KINDS as KINDS
from app.core.diary_fields import LIST_FIELDS as LIST_FIELDS
from app.core.diary_fields import ONGOING as ONGOING
from app.core.diary_fields import PRECISIONS as PRECISIONS
from app.core.diary_fields import TEXT_FIELDS as TEXT_FIELDS
from app.core.diary_fields import normalise_fields as normalise_fields
from app.core.diary_fields import search_text as search_text
from app.core.diary_fields import summary_of as summary_of
from app.core.diary_fields import when_window as when_window
from app.core.diary_files import ATTACHMENT_COLUMNS, DiaryFiles, attachment_from_row
from app.core.diary_files import RESERVE_PAGES as RESERVE_PAGES
from app.core.diary_files import Attachment as Attachment
from app.core.diary_files import NoRoom as NoRoom
from app.core.diary_files import is_full_error as is_full_error
from app.core.diary_list import DiaryList
from app.core.diary_list import Entry as Entry
from app.core.diary_list import ListFilter as ListFilter
from app.core.diary_list import Revision as Revision
from app.core.diary_list import Row as Row
from app.core.diary_list import fts_query as fts_query
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


class EmptyEntry(Exception):
    """Nothing typed (a date alone does not count) and no file: there is nothing to save."""


def _ms(t: float) -> int:
    return round(t * 1000)


class Diary(DiaryFiles, DiaryList):
    """The diary of one open vault. ``room_left`` is the vault's (bytes still free).

    Files: ``DiaryFiles`` (app/core/diary_files.py); reading and the list: ``DiaryList``
    (app/core/diary_list.py); saving and erasing, which extend the chain, are here.
    """

    def __init__(self, db: Database, room_left: Callable[[], int] | None = None) -> None:
        self.db = db
        self._room_left = room_left

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
            attachment_from_row(r)
            for r in c.execute(
                f"SELECT {ATTACHMENT_COLUMNS} FROM diary_attachments WHERE id IN "
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
