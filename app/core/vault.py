"""One open private space: its settings, drafts and how full its slot is."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from app.core.db import Connection, Database, DatabaseError, connect
from app.core.slots import PAGE

USABLE_PER_PAGE = PAGE - 80  # SQLCipher 4 reserves 80 bytes a page (IV and HMAC)


class Vault:
    """A private space's database; it can never grow past its slot (``max_page_count``)."""

    def __init__(
        self, db: Database, path: Path, salt: bytes, slot_pages: int, key: bytes | None = None
    ) -> None:
        self.db = db
        self.path = path
        self.salt = salt
        self.slot_pages = slot_pages
        self._key = key
        db.conn.execute(f"PRAGMA max_page_count = {int(slot_pages)}").fetchall()

    # settings -------------------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        rows = self.db.query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.write() as c:
            c.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # drafts -----------------------------------------------------------------------------
    def save_draft(self, page: str, payload: dict[str, Any]) -> None:
        with self.db.write() as c:
            c.execute(
                "INSERT INTO drafts(page, payload, saved) VALUES (?, ?, ?) "
                "ON CONFLICT(page) DO UPDATE SET payload = excluded.payload, saved = excluded.saved",
                (page, json.dumps(payload, ensure_ascii=False), time.time()),
            )

    def drafts(self) -> dict[str, dict[str, Any]]:
        rows = self.db.query("SELECT page, payload FROM drafts ORDER BY saved DESC")
        return {str(page): json.loads(payload) for page, payload in rows}

    def newest_draft_page(self) -> str | None:
        rows = self.db.query("SELECT page FROM drafts ORDER BY saved DESC LIMIT 1")
        return str(rows[0][0]) if rows else None

    def clear_draft(self, page: str) -> None:
        with self.db.write() as c:
            c.execute("DELETE FROM drafts WHERE page = ?", (page,))

    # capacity ---------------------------------------------------------------------------
    def capacity(self) -> tuple[int, int]:
        """(bytes used, bytes the slot can hold), counted in pages."""
        count = int(self.db.query("PRAGMA page_count")[0][0])
        free = int(self.db.query("PRAGMA freelist_count")[0][0])
        unused = self.slot_pages - count + free
        total = self.slot_pages * USABLE_PER_PAGE
        return total - unused * USABLE_PER_PAGE, total

    def room_left(self) -> int:
        used, total = self.capacity()
        return total - used

    def worker_connection(self) -> Connection:
        """A connection of its own for slow work in another thread (backup, report): sharing
        the GUI's connection across threads can deadlock or interleave transactions."""
        if self._key is None:
            raise DatabaseError("this private space is closed")
        return connect(self.path, self._key, self.salt)

    def write_count(self) -> int:
        """Rows changed through this vault's connection since it was opened: a copy made
        elsewhere is current only while this has not moved."""
        return int(self.db.conn.total_changes)

    def worker_database(self) -> Database:
        return Database(self.worker_connection())

    def close(self) -> None:
        self._key = None
        self.db.close()
