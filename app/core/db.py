"""Opening SQLCipher connections with a raw key and the pragmas every connection needs."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from app.core.keys import raw_key_literal

Connection = Any  # sqlcipher3.dbapi2.Connection has no type stubs
_RAW_KEY = re.compile(r"x'[0-9a-f]{96}'")
DatabaseError = sqlcipher3.DatabaseError

_AFTER_KEY = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    # A worker's read (backup, report) and the GUI's write wait briefly for each other
    # instead of failing at once.
    "PRAGMA busy_timeout = 3000",
)


def key_statement(key: bytes, salt: bytes) -> str:
    """The one place a key reaches SQL: ``PRAGMA key`` with SQLCipher's raw-key form, built from
    bytes as 96 hex digits (never a passphrase, so no quote or backslash can ever appear)."""
    literal = raw_key_literal(key, salt)
    if not _RAW_KEY.fullmatch(literal):
        raise ValueError("not a raw key")
    return f'PRAGMA key = "{literal}"'


def connect(path: Path, key: bytes, salt: bytes) -> Connection:
    """Open (or create) ``path`` under a raw key with an explicit salt (salt first).

    Raises ``DatabaseError`` if the key does not open it. The key reaches SQLCipher only as hex.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_statement(key, salt))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _AFTER_KEY:
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


class Database:
    """One open SQLCipher file; ``on_commit`` runs after every successful write transaction."""

    def __init__(self, conn: Connection, on_commit: Callable[[], None] | None = None) -> None:
        self.conn = conn
        self.on_commit = on_commit

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            with contextlib.suppress(Exception):
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        if self.on_commit is not None:
            self.on_commit()

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        return list(self.conn.execute(sql, params).fetchall())

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()
