"""The safety checklist: default lists merged by stable id with her own state in the vault.

Default texts come from ``resources/checklist/defaults.json`` and are shown in the space's
language; her ticks, notes, edits, own items, own sections and contacts live in the vault. Every
default item she has seen is stored with a snapshot of its texts, so that when a newer app drops
an item she ticked or annotated, it stays on her list as her own item.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.core.db import Connection, Database
from app.core.resources import resource
from app.core.schema import register_feature

register_feature(
    "checklist",
    [
        """
        CREATE TABLE checklist_sections (
            id TEXT PRIMARY KEY,
            own INTEGER NOT NULL DEFAULT 0,
            title TEXT,
            texts TEXT NOT NULL DEFAULT '{}',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE checklist_items (
            id TEXT PRIMARY KEY,
            section TEXT NOT NULL,
            position INTEGER NOT NULL,
            own INTEGER NOT NULL DEFAULT 0,
            text TEXT,
            texts TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            done INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX checklist_items_section ON checklist_items(section, position);
        CREATE TABLE checklist_contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        """,
    ],
)

Defaults = dict[str, Any]
OWN_PREFIX = "own-"


@cache
def _shipped_defaults() -> str:
    return resource("checklist", "defaults.json").read_text("utf-8")


def load_defaults() -> Defaults:
    """The default lists this version of the app ships (a fresh copy each call)."""
    data: Defaults = json.loads(_shipped_defaults())
    return data


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


@dataclass
class Item:
    id: str
    section: str
    text: str
    note: str
    done: bool
    own: bool
    hint: str
    edited: bool  # a default item whose text she changed


@dataclass
class Section:
    id: str
    title: str
    own: bool
    items: list[Item] = field(default_factory=list)

    @property
    def progress(self) -> tuple[int, int]:
        """(ticked, total) of the items on her list."""
        return sum(1 for i in self.items if i.done), len(self.items)


@dataclass
class Contact:
    id: int
    name: str
    number: str
    note: str


def _new_id() -> str:
    return OWN_PREFIX + secrets.token_hex(6)


class Checklist:
    """Her checklist in an open vault; ``defaults`` is the shipped list unless a test passes one."""

    def __init__(self, db: Database, defaults: Defaults | None = None) -> None:
        self.db = db
        self.defaults = defaults if defaults is not None else load_defaults()
        self._default_sections: dict[str, dict[str, Any]] = {
            str(s["id"]): s for s in self.defaults.get("sections", [])
        }
        self._default_items: dict[str, dict[str, Any]] = {
            str(i["id"]): i for s in self.defaults.get("sections", []) for i in s.get("items", [])
        }
        self.merge()

    # merging -------------------------------------------------------------------------------
    def merge(self) -> None:
        """Bring the stored list in line with the defaults, by stable id; her state survives."""
        with self.db.write() as c:
            self._merge(c)

    def _merge(self, c: Connection) -> None:
        stored_sections = {
            str(r[0]): (int(r[1]), r[2])
            for r in c.execute("SELECT id, own, texts FROM checklist_sections").fetchall()
        }
        for s in self.defaults.get("sections", []):
            sid = str(s["id"])
            texts = json.dumps(s.get("title", {}), ensure_ascii=False, sort_keys=True)
            if sid not in stored_sections:
                c.execute(
                    "INSERT INTO checklist_sections(id, own, texts) VALUES (?, 0, ?)", (sid, texts)
                )
            elif stored_sections[sid][0] or stored_sections[sid][1] != texts:
                c.execute(
                    "UPDATE checklist_sections SET own = 0, texts = ? WHERE id = ?", (texts, sid)
                )

        stored = {
            str(r[0]): (str(r[1]), int(r[2]), r[3])
            for r in c.execute("SELECT id, section, own, texts FROM checklist_items").fetchall()
        }
        for s in self.defaults.get("sections", []):
            sid = str(s["id"])
            previous: str | None = None
            for item in s.get("items", []):
                iid = str(item["id"])
                texts = json.dumps(item.get("text", {}), ensure_ascii=False, sort_keys=True)
                row = stored.get(iid)
                if row is None:
                    self._insert_after(c, sid, previous, iid, texts)
                else:
                    section, own, old_texts = row
                    if section != sid:
                        # A newer list moved this item to another section: follow it.
                        c.execute(
                            "UPDATE checklist_items SET section = ?, position = ? WHERE id = ?",
                            (sid, self._end(c, sid), iid),
                        )
                    if own or old_texts != texts:
                        c.execute(
                            "UPDATE checklist_items SET own = 0, texts = ? WHERE id = ?",
                            (texts, iid),
                        )
                previous = iid

        # Default items that this version no longer ships: kept as hers if she ticked,
        # annotated or edited them; otherwise (and tombstones of deleted ones) dropped.
        for iid, (_section, own, _texts) in stored.items():
            if own or iid in self._default_items:
                continue
            done, note, text, deleted = c.execute(
                "SELECT done, note, text, deleted FROM checklist_items WHERE id = ?", (iid,)
            ).fetchone()
            if not deleted and (done or note or text):
                c.execute("UPDATE checklist_items SET own = 1 WHERE id = ?", (iid,))
            else:
                c.execute("DELETE FROM checklist_items WHERE id = ?", (iid,))

        for (sid,) in c.execute("SELECT id FROM checklist_sections WHERE own = 0").fetchall():
            if sid in self._default_sections:
                continue
            kept = c.execute(
                "SELECT count(*) FROM checklist_items WHERE section = ?", (sid,)
            ).fetchone()[0]
            if kept:
                c.execute(
                    "UPDATE checklist_sections SET own = 1, position = ? WHERE id = ?",
                    (self._section_end(c), sid),
                )
            else:
                c.execute("DELETE FROM checklist_sections WHERE id = ?", (sid,))

    @staticmethod
    def _end(c: Connection, section: str) -> int:
        row = c.execute(
            "SELECT max(position) FROM checklist_items WHERE section = ?", (section,)
        ).fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    @staticmethod
    def _section_end(c: Connection) -> int:
        row = c.execute("SELECT max(position) FROM checklist_sections WHERE own = 1").fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def _insert_after(
        self, c: Connection, section: str, previous: str | None, iid: str, texts: str
    ) -> None:
        """A new default item goes right after the default item before it in the new list."""
        position = 0
        if previous is not None:
            row = c.execute(
                "SELECT position FROM checklist_items WHERE id = ? AND section = ?",
                (previous, section),
            ).fetchone()
            if row is not None:
                position = int(row[0]) + 1
        c.execute(
            "UPDATE checklist_items SET position = position + 1 "
            "WHERE section = ? AND position >= ?",
            (section, position),
        )
        c.execute(
            "INSERT INTO checklist_items(id, section, position, own, texts) VALUES (?, ?, ?, 0, ?)",
            (iid, section, position, texts),
        )

    # reading ---------------------------------------------------------------------------------
    def sections(self, lang: str) -> list[Section]:
        """Her list in ``lang``: default sections in the shipped order, then her own."""
        order = {sid: n for n, sid in enumerate(self._default_sections)}
        rows = self.db.query("SELECT id, own, title, texts, position FROM checklist_sections")
        rows.sort(key=lambda r: (1, int(r[4])) if r[1] else (0, order.get(r[0], 0)))
        result: dict[str, Section] = {}
        for sid, own, title, texts, _pos in rows:
            name = title if title is not None else _pick(json.loads(texts), lang)
            result[str(sid)] = Section(str(sid), str(name), bool(own))
        for iid, section, own, text, texts, note, done in self.db.query(
            "SELECT id, section, own, text, texts, note, done FROM checklist_items "
            "WHERE deleted = 0 ORDER BY position, id"
        ):
            target = result.get(str(section))
            if target is None:
                continue
            default = self._default_items.get(str(iid))
            hint = _pick(default.get("hint", {}), lang) if default and default.get("hint") else ""
            shown = text if text is not None else _pick(json.loads(texts), lang)
            target.items.append(
                Item(
                    id=str(iid),
                    section=str(section),
                    text=str(shown),
                    note=str(note),
                    done=bool(done),
                    own=bool(own),
                    hint=hint,
                    edited=text is not None and not own,
                )
            )
        return list(result.values())

    def section(self, section_id: str, lang: str) -> Section | None:
        return next((s for s in self.sections(lang) if s.id == section_id), None)

    def item(self, item_id: str, lang: str) -> Item | None:
        for s in self.sections(lang):
            for i in s.items:
                if i.id == item_id:
                    return i
        return None

    # her changes -------------------------------------------------------------------------------
    def set_done(self, item_id: str, done: bool) -> None:
        with self.db.write() as c:
            c.execute("UPDATE checklist_items SET done = ? WHERE id = ?", (int(done), item_id))

    def set_note(self, item_id: str, note: str) -> None:
        with self.db.write() as c:
            c.execute("UPDATE checklist_items SET note = ? WHERE id = ?", (note, item_id))

    def set_text(self, item_id: str, text: str) -> None:
        """Change an item's text; an empty text on a default item brings its own text back."""
        text = text.strip()
        with self.db.write() as c:
            row = c.execute("SELECT own FROM checklist_items WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                return
            if not text and not row[0]:
                c.execute("UPDATE checklist_items SET text = NULL WHERE id = ?", (item_id,))
            elif text:
                c.execute("UPDATE checklist_items SET text = ? WHERE id = ?", (text, item_id))

    def add_item(self, section_id: str, text: str, note: str = "") -> str:
        iid = _new_id()
        with self.db.write() as c:
            c.execute(
                "INSERT INTO checklist_items(id, section, position, own, text, note) "
                "VALUES (?, ?, ?, 1, ?, ?)",
                (iid, section_id, self._end(c, section_id), text.strip(), note),
            )
        return iid

    def delete_item(self, item_id: str) -> None:
        """Her own items go for good; a default item is hidden until "restore defaults"."""
        with self.db.write() as c:
            c.execute("DELETE FROM checklist_items WHERE id = ? AND own = 1", (item_id,))
            c.execute("UPDATE checklist_items SET deleted = 1 WHERE id = ?", (item_id,))

    def move_item(self, item_id: str, delta: int) -> bool:
        """Move an item up (-1) or down (+1) among the visible items of its section."""
        with self.db.write() as c:
            row = c.execute(
                "SELECT section FROM checklist_items WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return False
            ids = [
                str(r[0])
                for r in c.execute(
                    "SELECT id FROM checklist_items WHERE section = ? AND deleted = 0 "
                    "ORDER BY position, id",
                    (row[0],),
                ).fetchall()
            ]
            at = ids.index(item_id)
            to = at + delta
            if not 0 <= to < len(ids):
                return False
            ids[at], ids[to] = ids[to], ids[at]
            hidden = [
                str(r[0])
                for r in c.execute(
                    "SELECT id FROM checklist_items WHERE section = ? AND deleted = 1",
                    (row[0],),
                ).fetchall()
            ]
            for position, iid in enumerate(ids + hidden):
                c.execute("UPDATE checklist_items SET position = ? WHERE id = ?", (position, iid))
        return True

    def add_section(self, title: str) -> str:
        sid = _new_id()
        with self.db.write() as c:
            c.execute(
                "INSERT INTO checklist_sections(id, own, title, position) VALUES (?, 1, ?, ?)",
                (sid, title.strip(), self._section_end(c)),
            )
        return sid

    def rename_section(self, section_id: str, title: str) -> None:
        title = title.strip()
        if not title:
            return
        with self.db.write() as c:
            c.execute(
                "UPDATE checklist_sections SET title = ? WHERE id = ? AND own = 1",
                (title, section_id),
            )

    def delete_section(self, section_id: str) -> bool:
        """Only her own sections can go (with their items)."""
        with self.db.write() as c:
            row = c.execute(
                "SELECT own FROM checklist_sections WHERE id = ?", (section_id,)
            ).fetchone()
            if row is None or not row[0]:
                return False
            c.execute("DELETE FROM checklist_items WHERE section = ?", (section_id,))
            c.execute("DELETE FROM checklist_sections WHERE id = ?", (section_id,))
        return True

    def restore_defaults(self) -> None:
        """Removed default items come back with their own text and order; her own items,
        her own sections, her ticks and her notes stay."""
        with self.db.write() as c:
            self._merge(c)
            c.execute("UPDATE checklist_items SET deleted = 0, text = NULL WHERE own = 0")
            for s in self.defaults.get("sections", []):
                sid = str(s["id"])
                ids = [str(i["id"]) for i in s.get("items", [])]
                ids += [
                    str(r[0])
                    for r in c.execute(
                        "SELECT id FROM checklist_items WHERE section = ? AND own = 1 "
                        "ORDER BY position, id",
                        (sid,),
                    ).fetchall()
                ]
                for position, iid in enumerate(ids):
                    c.execute(
                        "UPDATE checklist_items SET position = ? WHERE id = ?", (position, iid)
                    )

    # her contacts --------------------------------------------------------------------------------
    def contacts(self) -> list[Contact]:
        return [
            Contact(int(r[0]), str(r[1]), str(r[2]), str(r[3]))
            for r in self.db.query(
                "SELECT id, name, number, note FROM checklist_contacts ORDER BY position, id"
            )
        ]

    def add_contact(self, name: str, number: str, note: str = "") -> int:
        with self.db.write() as c:
            row = c.execute("SELECT max(position) FROM checklist_contacts").fetchone()
            position = 0 if row[0] is None else int(row[0]) + 1
            cur = c.execute(
                "INSERT INTO checklist_contacts(name, number, note, position) VALUES (?, ?, ?, ?)",
                (name.strip(), number.strip(), note, position),
            )
            return int(cur.lastrowid)

    def update_contact(self, contact_id: int, name: str, number: str, note: str) -> None:
        with self.db.write() as c:
            c.execute(
                "UPDATE checklist_contacts SET name = ?, number = ?, note = ? WHERE id = ?",
                (name.strip(), number.strip(), note, contact_id),
            )

    def delete_contact(self, contact_id: int) -> None:
        with self.db.write() as c:
            c.execute("DELETE FROM checklist_contacts WHERE id = ?", (contact_id,))
