"""Shared helpers for the backup tests: a vault with content, a folder snapshot, table dumps."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from app.core.keys import TEST_KDF
from app.core.spaces import Spaces
from app.core.storage import DataFolder
from app.core.vault import Vault

SMALL_SLOT = 256 * 4096  # 1 MiB: room for a diary file besides the text


def folder(path: Path, slot_size: int = SMALL_SLOT) -> DataFolder:
    f = DataFolder(path, kdf=TEST_KDF, slot_size=slot_size)
    f.open()
    f.finish_setup()
    return f


def new_vault(spaces: Spaces, passphrase: str, language: str = "nl") -> Vault:
    return spaces.create(spaces.derive(passphrase), language)


def fill(vault: Vault, marker: str = "content") -> None:
    """Content of the kinds features keep: text, blobs with hashes, full-text search, a chain."""
    with vault.db.write() as c:
        c.execute(
            "CREATE TABLE IF NOT EXISTS t_entries(id INTEGER PRIMARY KEY, body TEXT, at REAL)"
        )
        c.execute("CREATE TABLE IF NOT EXISTS t_blobs(id INTEGER PRIMARY KEY, data BLOB, sha TEXT)")
        c.execute("CREATE VIRTUAL TABLE IF NOT EXISTS t_search USING fts5(body)")
        c.execute("CREATE TABLE IF NOT EXISTS t_chain(seq INTEGER PRIMARY KEY, link TEXT)")
        link = "0" * 64
        for i in range(20):
            body = f"{marker} {i} — één überall ŝ 日本"
            c.execute("INSERT INTO t_entries(body, at) VALUES (?, ?)", (body, 1.5 * i))
            c.execute("INSERT INTO t_search(body) VALUES (?)", (body,))
            blob = hashlib.sha256(f"{marker}{i}".encode()).digest() * 40
            c.execute(
                "INSERT INTO t_blobs(data, sha) VALUES (?, ?)",
                (blob, hashlib.sha256(blob).hexdigest()),
            )
            link = hashlib.sha256((link + body).encode()).hexdigest()
            c.execute("INSERT INTO t_chain(link) VALUES (?)", (link,))
        c.execute(
            "INSERT INTO drafts(page, payload, saved) VALUES ('diary', ?, 1.0)",
            (f'{{"text": "{marker} draft"}}',),
        )


def fill_features(vault: Vault, tmp: Path, marker: str = "content") -> int:
    """Real diary entries (with revisions and a file) and the checklist, when this build has
    them; returns how many diary entries were written (0 without a diary)."""
    from app.core.features import optional_import

    checklist = optional_import("app.core.checklist")
    if checklist is not None and hasattr(checklist, "Checklist"):
        checklist.Checklist(vault.db).merge()
    diary = optional_import("app.core.diary")
    attachments = optional_import("app.core.attachments")
    if diary is None or not hasattr(diary, "Diary"):
        return 0
    book = diary.Diary(vault.db, vault.room_left)
    ids = []
    for i in range(5):
        ids.append(book.save(None, {"text": f"{marker} diary {i}", "kinds": ["threats"]}))
    book.save(ids[0], {"text": f"{marker} diary 0, edited", "kinds": ["threats"]})
    if attachments is not None and hasattr(attachments, "prepare"):
        doc = tmp / "note.txt"
        doc.write_text(f"{marker} attached file")
        attached = book.add_attachment(attachments.prepare(doc))
        book.save(ids[1], {"text": f"{marker} diary 1"}, [attached.id])
    return len(ids)


def dump(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), in a stable order."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    out: dict[str, list[tuple[Any, ...]]] = {}
    for name in names:
        rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def snapshot(path: Path) -> dict[str, tuple[int, float, str]]:
    """Name, size, mtime and SHA-256 of every file under ``path``."""
    found: dict[str, tuple[int, float, str]] = {}
    for p in sorted(path.rglob("*")):
        if p.is_file():
            st = p.stat()
            found[str(p.relative_to(path))] = (
                st.st_size,
                st.st_mtime,
                hashlib.sha256(p.read_bytes()).hexdigest(),
            )
    return found
