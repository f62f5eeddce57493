"""The data folder as a whole: install file, slot pool and the notes slot."""

from __future__ import annotations

import random
import threading
from pathlib import Path

from app.core import install as install_file
from app.core.atomic import remove_stale_temp_files
from app.core.cipherpage import read_page1
from app.core.db import Connection, Database, connect
from app.core.install import Install, InstallDamaged
from app.core.keys import KdfParams, calibrate
from app.core.notes import NotesStore
from app.core.paths import ensure_private_dir
from app.core.schema import NOTES_STEPS, migrate
from app.core.slots import DEFAULT_SLOT_SIZE, INITIAL_SLOTS, Pool, initial_slot_count

__all__ = ["DataFolder", "InstallDamaged", "NotesUnreadable"]


class NotesUnreadable(Exception):
    """The notes slot is missing or damaged; nothing was overwritten."""


class DataFolder:
    """Opens (or makes) everything in one data folder.

    ``kdf`` and ``slot_size`` apply only to a new install (tests pass a cheap set); an existing
    install keeps what its install file says. A new salt is never drawn while any slot exists.
    """

    def __init__(
        self,
        path: Path,
        kdf: KdfParams | None = None,
        slot_size: int = DEFAULT_SLOT_SIZE,
        rng: random.Random | None = None,
    ) -> None:
        self.path = path
        self._new_kdf = kdf
        self._new_slot_size = slot_size
        self.rng = rng or random.SystemRandom()
        self.install: Install
        self.pool: Pool
        self.notes_db: Database
        self.notes: NotesStore
        self.ready = threading.Event()
        self.first_start = False

    def open(self) -> None:
        """The quick part of start-up: enough to show the notes."""
        ensure_private_dir(self.path)
        remove_stale_temp_files(self.path)
        found = install_file.load(self.path)
        if found is None:
            self.first_start = True
            found = self._new_install()
        self.install = found
        self.pool = Pool(self.path, found.slot_size)
        notes_path = self.path / found.notes_slot
        if not notes_path.exists():
            raise NotesUnreadable
        try:
            conn = connect(notes_path, found.notes_key, read_page1(notes_path)[:16])
            migrate(conn, NOTES_STEPS)
        except Exception as exc:
            raise NotesUnreadable from exc
        self.notes_db = Database(conn, on_commit=self.pool.equalize_mtimes)
        self.notes = NotesStore(self.notes_db)
        if not self.first_start and found.calibrated and len(self.pool.slots()) >= INITIAL_SLOTS[0]:
            self.pool.equalize_mtimes()
            self.ready.set()

    def _new_install(self) -> Install:
        if Pool(self.path, self._new_slot_size).slots():
            # Slots without an install file: never draw a new salt over them.
            raise InstallDamaged
        kdf = self._new_kdf or KdfParams()
        fresh = Install.fresh(kdf, self._new_slot_size)
        fresh.calibrated = self._new_kdf is not None
        pool = Pool(self.path, self._new_slot_size)

        def init(conn: Connection) -> None:
            migrate(conn, NOTES_STEPS)

        path, _salt = pool.create_vault_slot(lambda _s: fresh.notes_key, init, pad=False)
        fresh.notes_slot = path.name
        install_file.save(self.path, fresh)
        return fresh

    def finish_setup(self) -> None:
        """The slow part, run in the background after the window is painted: calibrate the key
        derivation (before any private space can exist) and create the pool of slots."""
        try:
            if not self.install.calibrated:
                self.install.kdf = calibrate()
                self.install.calibrated = True
                install_file.save(self.path, self.install)
            have = len(self.pool.slots())
            if have < INITIAL_SLOTS[0]:
                self.pool.fill(max(0, initial_slot_count(self.rng) - have))
            self.pool.equalize_mtimes()
        finally:
            self.ready.set()

    def close(self) -> None:
        self.notes_db.close()
