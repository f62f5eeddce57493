"""The diary's files: BLOBs inside the vault, added to an entry being written.

A file is "pending" until its entry is saved (see ``Diary.save`` in app/core/diary.py); a file
that would not fit in the slot is refused before anything is written (``NoRoom``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.core.attachments import Prepared
from app.core.db import Database, DatabaseError

RESERVE_PAGES = 16  # kept free so that text can always be saved
_PAGE_DATA = 4000  # bytes of a BLOB per overflow page, counted low


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


def is_full_error(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseError) and "full" in str(exc).lower()


# ------------------------------------------------------------------------------------------
ATTACHMENT_COLUMNS = (
    "id, sha256, size, name, original_date, kind, mime, reduced, original_sha256, original_size,"
    " had_location, location_removed, width, height, added, pending"
)


def attachment_from_row(row: Any) -> Attachment:
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


class DiaryFiles:
    """The files side of ``Diary``: room, adding, reading and discarding pending files."""

    db: Database
    _room_left: Callable[[], int] | None

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
            f"SELECT {ATTACHMENT_COLUMNS} FROM diary_attachments WHERE id = ?", (attachment_id,)
        )
        if not rows:
            raise KeyError(attachment_id)
        return attachment_from_row(rows[0])

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
