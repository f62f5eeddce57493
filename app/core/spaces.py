"""Private spaces: find one by passphrase, create, change its passphrase, delete it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.atomic import fsync_dir, fsync_file, temp_path_in
from app.core.db import Database, DatabaseError, connect
from app.core.keys import derive_master, normalise, raw_key_literal, slot_key
from app.core.schema import migrate_vault
from app.core.slots import SlotHit, pad_to_pages, probe_slot
from app.core.storage import DataFolder
from app.core.vault import Vault


class AlreadyInUse(Exception):
    """This passphrase already opens a private space: choose another one."""


class CopyOutdated(Exception):
    """The vault was written while its copy under the new passphrase was made: copy again."""


class ChangeCancelled(Exception):
    """A lock came while the copy was being made; nothing was changed."""


_PROGRESS_STEPS = 2000  # SQLite VM steps between two looks at "cancelled?"


def discard_copy(copy: Path) -> None:
    """Remove a copy that will not be used, and its journal if one was left."""
    for leftover in (copy, Path(str(copy) + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


class Spaces:
    def __init__(self, folder: DataFolder) -> None:
        self.folder = folder

    def derive(self, passphrase: str) -> bytes:
        """The slow step (Argon2id); call it off the GUI thread."""
        self.folder.ready.wait()
        install = self.folder.install
        return derive_master(normalise(passphrase), install.salt, install.kdf)

    def find(self, master: bytes) -> SlotHit | None:
        """Try every slot, hit or miss, without opening any of them."""
        hits = self.folder.pool.probe(lambda salt: slot_key(master, salt))
        return hits[0] if hits else None

    def open(self, hit: SlotHit) -> Vault:
        """Open a slot whose page 1 matched. SQLite may now roll back its own journal."""
        conn = connect(hit.path, hit.key, hit.salt)
        try:
            migrate_vault(conn)
        except BaseException:
            conn.close()
            raise
        db = Database(conn, on_commit=self.folder.pool.equalize_mtimes)
        return Vault(db, hit.path, hit.salt, self.folder.pool.slot_pages, key=hit.key)

    def create(
        self, master: bytes, language: str, abort: Callable[[], bool] = lambda: False
    ) -> Vault:
        """A new private space in ONE new slot file, then reopened through the unlock path.

        ``abort`` is asked just before the new file is put in place (Esc during creation:
        nothing is made). The check for an existing space and the placing happen under the
        pool's lock, so two quick attempts cannot both make a space under one key."""
        with self.folder.pool.lock:
            if self.find(master) is not None:
                raise AlreadyInUse
            return self._create(master, language, abort)

    def _create(self, master: bytes, language: str, abort: Callable[[], bool]) -> Vault:

        def init(conn: object) -> None:
            migrate_vault(conn)
            conn.execute(  # type: ignore[attr-defined]
                "INSERT INTO settings(key, value) VALUES ('language', ?), ('welcome', 'pending')",
                (language,),
            )

        self.folder.pool.create_vault_slot(lambda salt: slot_key(master, salt), init, abort=abort)
        self.folder.pool.equalize_mtimes()
        hit = self.find(master)
        if hit is None:
            raise RuntimeError("new private space did not reopen")
        return self.open(hit)

    def change_passphrase(self, vault: Vault, new_master: bytes) -> Vault:
        """Atomic: export under the new key into a new pre-sized file, check it, rename it over.

        A crash at any point leaves exactly the old or the new passphrase working. The GUI
        runs the two halves apart: ``prepare_change`` off its thread, ``finish_change`` on it.
        """
        copy = self.prepare_change(vault, new_master)
        return self.finish_change(vault, copy, new_master, vault.write_count())

    def prepare_change(
        self, vault: Vault, new_master: bytes, cancelled: Callable[[], bool] = lambda: False
    ) -> Path:
        """The slow half, safe in a worker thread: a copy of the vault under the new key, in a
        new pre-sized file beside the slots, checked to open and to hold the same contents.

        It reads through a connection of its own (the GUI's connection stays on the GUI thread).
        On any failure, or when ``cancelled()`` turns true, no copy is left behind."""
        if self.find(new_master) is not None:
            raise AlreadyInUse
        pool = self.folder.pool
        salt = os.urandom(16)
        key = slot_key(new_master, salt)
        tmp = temp_path_in(pool.folder)
        conn = vault.worker_connection()
        try:
            conn.set_progress_handler(lambda: 1 if cancelled() else 0, _PROGRESS_STEPS)
            try:
                conn.execute(
                    "ATTACH DATABASE ? AS fresh KEY ?", (str(tmp), raw_key_literal(key, salt))
                )
                try:
                    conn.execute("SELECT sqlcipher_export('fresh')").fetchall()
                    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                    conn.execute(f"PRAGMA fresh.user_version = {version}")
                finally:
                    conn.execute("DETACH DATABASE fresh")
            finally:
                conn.set_progress_handler(None, 0)
            if cancelled():
                raise ChangeCancelled
            check = connect(tmp, key, salt)
            try:
                pad_to_pages(check, pool.slot_pages)
                if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise DatabaseError("copy failed its integrity check")
                if _contents(check) != _contents(conn):
                    raise CopyOutdated  # most likely written in between: copy again
            finally:
                check.close()
            fsync_file(tmp)
            if probe_slot(tmp, lambda s: slot_key(new_master, s)) is None:
                raise DatabaseError("copy does not open with the new passphrase")
            if cancelled():
                raise ChangeCancelled
        except BaseException as exc:
            discard_copy(tmp)
            if cancelled() and not isinstance(exc, ChangeCancelled):
                raise ChangeCancelled from None
            raise
        finally:
            conn.close()
        return tmp

    def finish_change(
        self, vault: Vault, copy: Path, new_master: bytes, writes_before: int
    ) -> Vault:
        """The quick half, on the vault's own thread: put the checked copy in place of the
        slot and reopen it through the unlock path.

        ``writes_before`` is ``vault.write_count()`` from before the copy was started; if the
        vault was written since, the copy is out of date: it is removed and ``CopyOutdated``
        says to make a new one. Nothing is lost either way."""
        pool = self.folder.pool
        try:
            if vault.write_count() != writes_before:
                raise CopyOutdated
            with pool.lock:
                if self.find(new_master) is not None:
                    raise AlreadyInUse
                target = vault.path
                if os.name == "nt":  # Windows cannot rename over an open file
                    vault.close()
                os.replace(copy, target)
                fsync_dir(pool.folder)
            vault.close()  # elsewhere it stayed usable until the new file was in place
        except BaseException:
            discard_copy(copy)
            raise
        pool.equalize_mtimes()
        hit = self.find(new_master)
        if hit is None:
            raise RuntimeError("changed private space did not reopen")
        return self.open(hit)

    def delete(self, vault: Vault) -> None:
        """Turn the slot into random bytes; the pool keeps its size and count."""
        path = vault.path
        vault.close()
        self.folder.pool.wipe(path)
        self.folder.pool.equalize_mtimes()


def _contents(conn: object) -> tuple[object, ...]:
    """What must survive a copy: the schema, its versions and every table's row count."""
    c: Any = conn
    tables = [
        str(r[0])
        for r in c.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    counts = tuple(int(c.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables)
    versions = tuple(c.execute("SELECT feature, version FROM feature_versions ORDER BY feature"))
    user_version = int(c.execute("PRAGMA user_version").fetchone()[0])
    return tuple(tables), counts, versions, user_version
