"""Schema versions of the notes slot and of a private vault; each step runs once, in order.

Later features append steps to ``VAULT_STEPS``; a vault migrates on unlock, inside its slot.
"""

from __future__ import annotations

from app.core.db import Connection

NOTES_STEPS: list[str] = [
    """
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL,
        modified REAL NOT NULL,
        deleted REAL
    );
    CREATE INDEX notes_modified ON notes(modified);
    """,
]

VAULT_STEPS: list[str] = [
    """
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE drafts (page TEXT PRIMARY KEY, payload TEXT NOT NULL, saved REAL NOT NULL);
    """,
]


def migrate(conn: Connection, steps: list[str]) -> int:
    """Bring the database to ``len(steps)``; each step and its version bump commit together."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for number in range(version, len(steps)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(steps[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return max(version, len(steps))


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
