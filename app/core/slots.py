"""The pool of slot files: one name pattern, one size; each a SQLCipher vault or random bytes."""

from __future__ import annotations

import contextlib
import os
import random
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core import cipherpage
from app.core.atomic import fsync_dir, fsync_file, temp_path_in
from app.core.db import Connection, connect
from app.core.keys import SALT_BYTES

SLOT_PATTERN = re.compile(r"data-[0-9a-f]{16}\.db")
PAGE = cipherpage.PAGE_SIZE
DEFAULT_SLOT_SIZE = 16 * 1024 * 1024
# A fresh install gets 8..47 slots: the width of this range is what hides the one slot each
# private space adds (see tests/test_pool_simulation.py for the measured guess rate).
INITIAL_SLOTS = (8, 47)
# One session in twenty adds one random slot at a random moment.
GROWTH_CHANCE = 1 / 20
_CHUNK = 1024 * 1024

KeyForSalt = Callable[[bytes], bytes]


class SlotFull(Exception):
    """What was asked would not fit in the slot's fixed size."""


class SlotAborted(Exception):
    """The new slot was not placed: whoever asked for it stopped waiting."""


@dataclass(frozen=True)
class SlotHit:
    """A slot whose page 1 (or the page-1 copy in its journal) matched a candidate key."""

    path: Path
    salt: bytes
    key: bytes
    via_journal: bool = False


def is_slot_name(name: str) -> bool:
    return SLOT_PATTERN.fullmatch(name) is not None


def pad_to_pages(conn: Connection, target_pages: int) -> None:
    """Grow a fresh database to exactly ``target_pages`` pages of encrypted free space.

    A zeroblob is inserted and deleted inside one transaction (new pages are not journaled);
    the last few pages come from empty tables, one page each, so the size lands exactly.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE pad_blob(b BLOB)")
        remaining = target_pages - _page_count(conn)
        if remaining < 0:
            raise SlotFull
        if remaining > 12:
            conn.execute("INSERT INTO pad_blob VALUES (zeroblob(?))", ((remaining - 10) * 4000,))
        extra = 0
        while _page_count(conn) < target_pages:
            conn.execute(f"CREATE TABLE pad_{extra}(x)")
            extra += 1
        if _page_count(conn) != target_pages:
            raise SlotFull
        conn.execute("DELETE FROM pad_blob")
        conn.execute("DROP TABLE pad_blob")
        for i in range(extra):
            conn.execute(f"DROP TABLE pad_{i}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        raise


def _page_count(conn: Connection) -> int:
    return int(conn.execute("PRAGMA page_count").fetchone()[0])


class Pool:
    """All slot files in one folder. Never writes over a slot it cannot open."""

    def __init__(self, folder: Path, slot_size: int = DEFAULT_SLOT_SIZE) -> None:
        if slot_size % PAGE:
            raise ValueError("slot size must be a whole number of pages")
        self.folder = folder
        self.slot_size = slot_size
        self.lock = threading.RLock()

    @property
    def slot_pages(self) -> int:
        return self.slot_size // PAGE

    def slots(self) -> list[Path]:
        with self.lock:
            return sorted(p for p in self.folder.iterdir() if is_slot_name(p.name))

    def _new_name(self) -> Path:
        while True:
            path = self.folder / f"data-{secrets.token_hex(8)}.db"
            if not path.exists():
                return path

    def _place(self, tmp: Path, durable: bool = True) -> Path:
        if durable:
            fsync_file(tmp)
        with self.lock:
            final = self._new_name()
            os.rename(tmp, final)
            if durable:
                fsync_dir(self.folder)
        return final

    def add_random_slot(self, durable: bool = True) -> Path:
        """A slot of random bytes, exactly the size of a vault slot; no key opens it.

        ``durable=False`` skips fsync: losing a random slot in a power cut loses nothing."""
        tmp = temp_path_in(self.folder)
        try:
            _write_random(tmp, self.slot_size, durable)
            return self._place(tmp, durable)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def create_vault_slot(
        self,
        key_for_salt: KeyForSalt,
        init: Callable[[Connection], None],
        pad: bool = True,
        abort: Callable[[], bool] = lambda: False,
    ) -> tuple[Path, bytes]:
        """Salt first: draw the slot's salt, derive its key, create the file with exactly that salt.

        The file is built under a temporary name, padded to the slot size, fsynced and renamed
        into place: a new vault always goes into ONE new file, never over an existing slot.
        """
        salt = secrets.token_bytes(SALT_BYTES)
        key = key_for_salt(salt)
        tmp = temp_path_in(self.folder)
        try:
            conn = connect(tmp, key, salt)
            try:
                init(conn)
                if pad:
                    pad_to_pages(conn, self.slot_pages)
            finally:
                conn.close()
            if cipherpage.read_page1(tmp)[:SALT_BYTES] != salt:
                raise RuntimeError("slot salt mismatch")
            if abort():
                raise SlotAborted
            return self._place(tmp), salt
        except BaseException:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise

    def probe(self, key_for_salt: KeyForSalt) -> list[SlotHit]:
        """Try every slot, hit or miss, in pure Python; nothing is opened or written."""
        hits: list[SlotHit] = []
        for path in self.slots():
            hit = probe_slot(path, key_for_salt)
            if hit is not None:
                hits.append(hit)
        return hits

    def wipe(self, path: Path) -> None:
        """Turn a vault slot into random bytes of the same size (it stays in the pool)."""
        tmp = temp_path_in(self.folder)
        try:
            _write_random(tmp, self.slot_size)
            with self.lock:
                os.replace(tmp, path)
                fsync_dir(self.folder)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def equalize_mtimes(self, when: float | None = None) -> None:
        """Give every slot one modification time, so the times do not say which one changed."""
        stamp = time.time() if when is None else when
        for path in self.slots():
            with contextlib.suppress(OSError):
                os.utime(path, (stamp, stamp))

    def fill(self, count: int) -> None:
        for _ in range(count):
            self.add_random_slot(durable=False)
        self.equalize_mtimes()


def probe_slot(path: Path, key_for_salt: KeyForSalt) -> SlotHit | None:
    """Check ``path`` (and its journal's copy of page 1, after a crash) against a derived key."""
    try:
        page = cipherpage.read_page1(path)
    except OSError:
        page = b""
    found: SlotHit | None = None
    if len(page) == PAGE:
        salt = page[:SALT_BYTES]
        key = key_for_salt(salt)
        if cipherpage.page_matches(page, key):
            found = SlotHit(path, salt, key)
    journal = path.with_name(path.name + "-journal")
    if found is None and journal.exists():
        jpage = cipherpage.journal_page1(journal)
        if jpage is not None:
            salt = jpage[:SALT_BYTES]
            key = key_for_salt(salt)
            if cipherpage.page_matches(jpage, key):
                found = SlotHit(path, salt, key, via_journal=True)
    return found


def initial_slot_count(rng: random.Random) -> int:
    return rng.randint(*INITIAL_SLOTS)


def session_adds_slot(rng: random.Random) -> bool:
    return rng.random() < GROWTH_CHANCE


def _write_random(path: Path, size: int, durable: bool = True) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        left = size
        while left:
            n = min(left, _CHUNK)
            fh.write(os.urandom(n))
            left -= n
        fh.flush()
        if durable:
            os.fsync(fh.fileno())
