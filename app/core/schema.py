"""Schema versions of the notes slot and of a private vault; each step runs once, in order.

A vault has base steps (``VAULT_STEPS``) and, per feature, its own numbered steps registered with
``register_feature``; a vault migrates on unlock, inside its slot.
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
    CREATE TABLE feature_versions (feature TEXT PRIMARY KEY, version INTEGER NOT NULL);
    """,
]

_FEATURES: dict[str, list[str]] = {}


def register_feature(name: str, steps: list[str]) -> None:
    """A feature's tables (diary, checklist, ...): steps are only ever appended, never edited."""
    _FEATURES[name] = steps


def migrate_vault(conn: Connection) -> None:
    from app.core import features

    features.load()
    migrate(conn, VAULT_STEPS)
    for name, steps in sorted(_FEATURES.items()):
        row = conn.execute(
            "SELECT version FROM feature_versions WHERE feature = ?", (name,)
        ).fetchone()
        version = int(row[0]) if row else 0
        for number in range(version, len(steps)):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(steps[number]):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO feature_versions(feature, version) VALUES (?, ?) "
                    "ON CONFLICT(feature) DO UPDATE SET version = excluded.version",
                    (name, number + 1),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise


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
    """Split a script on ``;`` at line ends (triggers keep their inner ``;`` mid-line)."""
    parts = [p.strip() for p in script.split(";\n")]
    return [p.rstrip(";").strip() for p in parts if p.strip().rstrip(";").strip()]
