"""Encrypted backups: one standard SQLCipher 4 file under its own passphrase; check, restore.

A backup is ``sqlcipher_export`` of a whole vault (settings, drafts, every feature's tables, so
the diary's chain and the checklist come along) into a database with SQLCipher 4's default
settings: PBKDF2-HMAC-SHA512 with 256,000 iterations over the passphrase, HMAC-SHA512 pages of
4096 bytes. Any SQLCipher 4 tool opens it with ``PRAGMA key = '<passphrase>'``.

The key is the *normalised* passphrase (``app.core.keys.normalise``: NFC, ends trimmed, inner
spaces collapsed to one, case folded), the same rule as everywhere in the app, so "capitals do
not count" here too. Someone opening a backup with another tool types it in lower case with
single spaces (README).

Reading never writes: the file is opened as an immutable URI, so SQLite creates no journal
and rolls back nothing beside it. The passphrase is first checked against page 1's HMAC in
Python (the SQLCipher key derivation, done once per file salt and cached), so a wrong
passphrase or a foreign file is refused before SQLite reads anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3

from app.core import cipherpage
from app.core.atomic import fsync_dir, fsync_file, temp_path_in
from app.core.db import Connection, key_statement
from app.core.keys import KEY_BYTES, SALT_BYTES, normalise, raw_key_literal, slot_key
from app.core.schema import migrate_vault
from app.core.slots import PAGE, SlotAborted, SlotFull, pad_to_pages

if TYPE_CHECKING:
    from app.core.spaces import Spaces
    from app.core.vault import Vault

# SQLCipher 4 defaults: what ``PRAGMA key = '<passphrase>'`` derives with.
KDF_ITERATIONS = 256_000
DEFAULT_NAME = "notes-export.db"
# Tables every vault has since its first schema step; a database without them is not a backup.
VAULT_TABLES = ("settings", "drafts", "feature_versions")
_RAW_KEY_SHAPE = re.compile(r"x'[0-9a-f]*'")
_PROGRESS_STEPS = 2000  # SQLite VM steps between two looks at "cancelled?"


class BackupProblem(Exception):
    """Something she can meet with a backup file; the GUI turns each kind into a calm sentence."""


class CannotOpen(BackupProblem):
    """Wrong passphrase, or not a backup at all (random bytes, plain SQLite, another app's file)."""


class NotABackup(CannotOpen):
    """It opens with this passphrase, but it is not a backup of a private space."""


class Damaged(BackupProblem):
    """Truncated or altered: SQLCipher's page check or SQLite's integrity check failed."""


class TooBig(BackupProblem):
    """The backup would not fit in one slot of this install."""


class NoRoom(BackupProblem):
    """The drive is full (or was removed) while writing; nothing was left behind."""


class Cancelled(BackupProblem):
    """Stopped on request (Cancel, lock or panic); the partial file was deleted."""


class BackupKey:
    """The backup passphrase, normalised, and SQLCipher's key derived from it per file salt.

    The derivation (0.1-0.2 s) is cached per salt, so checking one file twice costs it once.
    """

    def __init__(self, passphrase: str, iterations: int = KDF_ITERATIONS) -> None:
        text = normalise(passphrase)
        if _RAW_KEY_SHAPE.fullmatch(text):
            # SQLCipher would take this text as a raw key, not as a passphrase.
            raise ValueError("passphrase has the shape of a raw key")
        self.text = text
        self.iterations = iterations
        self._cache: dict[bytes, bytes] = {}

    def raw(self, salt: bytes) -> bytes:
        if salt not in self._cache:
            self._cache[salt] = hashlib.pbkdf2_hmac(
                "sha512", self.text.encode("utf-8"), salt, self.iterations, KEY_BYTES
            )
        return self._cache[salt]

    def literal(self, salt: bytes) -> str:
        return raw_key_literal(self.raw(salt), salt)

    def forget(self) -> None:
        self._cache.clear()
        self.text = ""


@dataclass
class BackupFacts:
    """What a check of a backup found: its salt, size and tables with their row counts."""

    salt: bytes
    pages: int
    schema_version: int
    tables: dict[str, int] = field(default_factory=dict)
    features: dict[str, int] = field(default_factory=dict)


# writing ------------------------------------------------------------------------------------
def estimated_size(vault: Vault) -> int:
    """Bytes the backup will take at most: the vault's pages in use."""
    pages = int(vault.db.query("PRAGMA page_count")[0][0])
    free = int(vault.db.query("PRAGMA freelist_count")[0][0])
    return (pages - free + 2) * PAGE


def write_backup(
    vault: Vault,
    target: Path,
    key: BackupKey,
    cancelled: Callable[[], bool] = lambda: False,
) -> Path:
    """Export the whole vault into ``target`` under ``key``; a temp file beside it is renamed.

    On any failure, Cancel or panic, the partial file is deleted and ``target`` is untouched.
    """
    folder = target.parent
    if _inside(folder, vault.path.parent):
        raise BackupProblem("a backup never goes into the data folder")
    # A connection of this thread's own: the GUI keeps working on its connection meanwhile.
    conn = vault.worker_connection()
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        with contextlib.suppress(OSError):
            if shutil.disk_usage(folder).free < (pages - free + 2) * PAGE:
                raise NoRoom
    except BaseException:
        conn.close()
        raise
    tmp = temp_path_in(folder)

    def stop_export() -> int:
        return 1 if cancelled() else 0

    try:
        conn.set_progress_handler(stop_export, _PROGRESS_STEPS)
        try:
            # The passphrase is bound as a parameter, never pasted into SQL: SQLCipher derives
            # the key exactly as ``PRAGMA key = '<passphrase>'`` does in any other tool.
            conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), key.text))
            try:
                conn.execute("SELECT sqlcipher_export('backup')").fetchall()
                version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
                conn.execute(f"PRAGMA backup.user_version = {version}").fetchall()
            finally:
                _detach(conn, "backup")
        finally:
            conn.set_progress_handler(None, 0)
        if cancelled():
            raise Cancelled
        check = open_backup(tmp, key)
        try:
            check_backup(check)
        finally:
            check.close()
        fsync_file(tmp)
        if cancelled():
            raise Cancelled
        os.replace(tmp, target)
        fsync_dir(folder)
        conn.close()
    except BaseException as exc:
        conn.close()
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, BackupProblem):
            raise
        if cancelled():
            raise Cancelled from None
        if isinstance(exc, OSError) or _sounds_like_disk(exc):
            raise NoRoom from None
        if isinstance(exc, sqlcipher3.Error):
            raise BackupProblem("export failed") from None
        raise
    return target


def _sounds_like_disk(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlcipher3.Error) and any(
        w in text for w in ("full", "disk i/o", "unable to open", "readonly", "read-only")
    )


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


# reading ------------------------------------------------------------------------------------
def _uri(path: Path) -> str:
    """A read-only, immutable URI: SQLite takes no lock, makes no journal, rolls nothing back."""
    return "file:" + quote(str(path.resolve()), safe="/") + "?immutable=1"


def open_backup(path: Path, key: BackupKey) -> Connection:
    """Open a backup read-only as ``main``. Raises ``CannotOpen`` or ``Damaged``, nothing else."""
    try:
        size = path.stat().st_size
        page1 = cipherpage.read_page1(path)
    except (OSError, ValueError) as exc:
        raise CannotOpen from exc
    if size < PAGE or len(page1) != PAGE:
        raise CannotOpen
    if size % PAGE:
        raise Damaged  # every SQLCipher 4 file is whole pages: cut or grown mid-page
    salt = page1[:SALT_BYTES]
    if not cipherpage.page_matches(page1, key.raw(salt)):
        raise CannotOpen  # wrong passphrase, or not a SQLCipher 4 file at all
    try:
        conn = sqlcipher3.connect(
            _uri(path), uri=True, isolation_level=None, check_same_thread=False
        )
    except sqlcipher3.Error as exc:
        raise Damaged from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(key_statement(key.raw(salt), salt)).fetchall()
        conn.execute("PRAGMA cipher_memory_security = ON").fetchall()
        conn.execute("PRAGMA temp_store = MEMORY").fetchall()
        conn.execute("PRAGMA query_only = ON").fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlcipher3.Error):
            raise Damaged from exc
        raise
    return conn


def check_backup(conn: Connection) -> BackupFacts:
    """Every page's HMAC, SQLite's integrity check, and the tables a vault has."""
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise Damaged
        if [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()] != ["ok"]:
            raise Damaged
        names = {
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if not set(VAULT_TABLES) <= names:
            raise NotABackup
        tables = {
            name: int(conn.execute(f'SELECT count(*) FROM "{_ident(name)}"').fetchone()[0])
            for name in sorted(names)
        }
        features = {
            str(f): int(v) for f, v in conn.execute("SELECT feature, version FROM feature_versions")
        }
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlcipher3.Error as exc:
        raise Damaged from exc
    except (ValueError, TypeError) as exc:
        raise Damaged from exc
    return BackupFacts(b"", pages, version, tables, features)


def _ident(name: str) -> str:
    return name.replace('"', '""')


def _detach(conn: Connection, name: str) -> None:
    """Detach, also after an interrupted export (the statement has rolled itself back)."""
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute(f"DETACH DATABASE {name}")


def read_facts(path: Path, key: BackupKey) -> BackupFacts:
    conn = open_backup(path, key)
    try:
        facts = check_backup(conn)
    finally:
        conn.close()
    facts.salt = cipherpage.read_page1(path)[:SALT_BYTES]
    return facts


# restoring ----------------------------------------------------------------------------------
def restore_backup(
    spaces: Spaces,
    path: Path,
    key: BackupKey,
    new_master: bytes,
    language: str,
    abort: Callable[[], bool] = lambda: False,
) -> Vault:
    """A new private space in ONE new slot, filled from the backup, under a new passphrase.

    The backup is checked first (passphrase, every page, integrity, size); until the new slot
    is renamed into place nothing in the data folder changes, and a failure removes its temp
    file. Raises ``BackupProblem`` subclasses, or ``AlreadyInUse``.
    """
    from app.core.spaces import AlreadyInUse

    pool = spaces.folder.pool
    facts = read_facts(path, key)
    if facts.pages > pool.slot_pages:
        raise TooBig
    with pool.lock:  # like Spaces.create: no second space under one key
        if spaces.find(new_master) is not None:
            raise AlreadyInUse
        return _restore_into_new_slot(spaces, path, key, facts, new_master, language, abort)


def _restore_into_new_slot(
    spaces: Spaces,
    path: Path,
    key: BackupKey,
    facts: BackupFacts,
    new_master: bytes,
    language: str,
    abort: Callable[[], bool],
) -> Vault:
    pool = spaces.folder.pool
    literal = key.literal(facts.salt)
    source = _uri(path)

    def init(conn: Any) -> None:
        conn.execute(f"PRAGMA max_page_count = {int(pool.slot_pages)}").fetchall()
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (source, literal))
        try:
            conn.execute("SELECT sqlcipher_export('main', 'backup')").fetchall()
            version = int(conn.execute("PRAGMA backup.user_version").fetchone()[0])
            conn.execute(f"PRAGMA main.user_version = {version}").fetchall()
        finally:
            _detach(conn, "backup")
        if [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()] != ["ok"]:
            raise Damaged
        migrate_vault(conn)
        conn.execute(
            "INSERT INTO settings(key, value) VALUES ('language', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (language,),
        )
        # A backup of a full space fills the new slot exactly; padding would need one more page.
        if int(conn.execute("PRAGMA page_count").fetchone()[0]) < pool.slot_pages:
            pad_to_pages(conn, pool.slot_pages)

    try:
        pool.create_vault_slot(
            lambda salt: slot_key(new_master, salt), init, pad=False, abort=abort
        )
    except SlotAborted as exc:
        raise Cancelled from exc
    except BackupProblem:
        raise
    except SlotFull as exc:
        raise TooBig from exc
    except (OSError, sqlcipher3.Error) as exc:
        if _disk_short(pool.folder, pool.slot_size):
            raise NoRoom from exc
        if "full" in str(exc):
            raise TooBig from exc
        raise Damaged from exc
    pool.equalize_mtimes()
    hit = spaces.find(new_master)
    if hit is None:
        raise RuntimeError("restored private space did not reopen")
    return spaces.open(hit)


def _disk_short(folder: Path, need: int) -> bool:
    try:
        return shutil.disk_usage(folder).free < need
    except OSError:
        return True


# verifying ----------------------------------------------------------------------------------
@dataclass
class Verdict:
    """The outcome of ``verify_file``: intact or not, with plain lines for a report."""

    intact: bool
    lines: list[str]
    facts: BackupFacts | None = None


def verify_file(path: Path, key: BackupKey) -> Verdict:
    """Check a backup without the app's GUI: every page, integrity, and the diary's chain when
    this build has the diary and the backup has its tables. Never raises for a bad file."""
    from app.core.features import optional_import

    try:
        conn = open_backup(path, key)
    except NotABackup:
        return Verdict(False, ["This file is not a backup of a private space."])
    except CannotOpen:
        return Verdict(
            False, ["This file does not open with this passphrase, or it is not a backup."]
        )
    except Damaged:
        return Verdict(False, ["This backup is damaged: it cannot be checked."])
    try:
        try:
            facts = check_backup(conn)
        except NotABackup:
            return Verdict(False, ["This file is not a backup of a private space."])
        except Damaged:
            return Verdict(False, ["This backup is damaged: some pages fail their check."])
        lines = [
            "Opened with this passphrase: yes",
            "Every page's checksum (cipher_integrity_check): ok",
            "Database structure (integrity_check): ok",
            "Tables and rows:",
        ]
        lines += [f"  {name}: {count}" for name, count in facts.tables.items()]
        intact = True
        diary = optional_import("app.core.diary")
        if diary is not None and "diary" in facts.features and hasattr(diary, "verify"):
            ok, detail = _run_diary_verify(diary.verify, conn)
            intact = intact and ok
            lines.append(f"Diary chain: {'intact' if ok else 'NOT intact'}")
            lines += [f"  {line}" for line in detail]
        elif "diary" in facts.features:
            lines.append("Diary chain: not checked (this version has no diary)")
        return Verdict(intact, lines, facts)
    finally:
        conn.close()


def _run_diary_verify(verify: Callable[[Any], Any], conn: Connection) -> tuple[bool, list[str]]:
    """The diary's own check (``app.core.diary.verify``: a ``ChainReport`` with ``ok``,
    ``events``, ``revisions``, ``files``, ``fingerprint`` and ``damaged``); never raises."""
    try:
        result = verify(conn)
    except Exception:
        return False, ["the check could not finish: the diary's tables are damaged"]
    if isinstance(result, bool):
        return result, []
    ok = bool(getattr(result, "ok", False))
    detail: list[str] = []
    for name in ("events", "revisions", "files", "fingerprint"):
        value = getattr(result, name, None)
        if value is not None and not callable(value):
            detail.append(f"{name}: {value}")
    damaged = getattr(result, "damaged", None)
    if isinstance(damaged, list | tuple):
        for item in damaged[:50]:
            entry = getattr(item, "entry_id", None)
            reasons = ", ".join(str(r) for r in getattr(item, "reasons", []) or [])
            detail.append(f"damaged: entry {entry if entry is not None else '?'}: {reasons}")
        if len(damaged) > 50:
            detail.append(f"damaged: {len(damaged) - 50} more")
    return ok, detail
