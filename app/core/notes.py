"""The ordinary notes: plain records in the notes slot, sorted by last change."""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.core.db import Database


@dataclass(frozen=True)
class Note:
    id: int
    title: str
    body: str
    modified: float


class NotesStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, title: str = "", body: str = "") -> int:
        now = time.time()
        with self.db.write() as c:
            cur = c.execute(
                "INSERT INTO notes(title, body, created, modified) VALUES (?, ?, ?, ?)",
                (title, body, now, now),
            )
            return int(cur.lastrowid)

    def update(self, note_id: int, title: str, body: str) -> None:
        with self.db.write() as c:
            c.execute(
                "UPDATE notes SET title = ?, body = ?, modified = ? WHERE id = ?",
                (title, body, time.time(), note_id),
            )

    def get(self, note_id: int) -> Note | None:
        rows = self.db.query(
            "SELECT id, title, body, modified FROM notes WHERE id = ? AND deleted IS NULL",
            (note_id,),
        )
        return Note(*rows[0]) if rows else None

    def list(self, query: str = "") -> list[Note]:
        """Notes newest first; ``query`` matches titles and bodies, ignoring case."""
        sql = "SELECT id, title, substr(body, 1, 300), modified FROM notes WHERE deleted IS NULL"
        params: tuple[str, ...] = ()
        if query:
            needle = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            sql += " AND (title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')"
            params = (needle, needle)
        sql += " ORDER BY modified DESC, id DESC"
        return [Note(*r) for r in self.db.query(sql, params)]

    def delete(self, note_id: int) -> None:
        """Move to the bin; ``restore`` brings it back until ``empty_bin``."""
        with self.db.write() as c:
            c.execute("UPDATE notes SET deleted = ? WHERE id = ?", (time.time(), note_id))

    def restore(self, note_id: int) -> None:
        with self.db.write() as c:
            c.execute("UPDATE notes SET deleted = NULL WHERE id = ?", (note_id,))

    def empty_bin(self) -> None:
        with self.db.write() as c:
            c.execute("DELETE FROM notes WHERE deleted IS NOT NULL")
