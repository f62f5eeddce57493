"""The diary's hash chain: canonical serialisation, hashes, links, and the integrity check.

The algorithm is described in app/core/diary.py's module docstring.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from app.core.db import Connection

# The link before the first event: 64 zeros.
GENESIS = "0" * 64
SAVED = "save"
DELETED = "delete"
PURGED = "purge"


def canonical(value: Any) -> bytes:
    """Sorted-key JSON without extra spaces, UTF-8 (non-ASCII kept as is): one byte string for
    one value, on any computer."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def event_hash(payload: dict[str, Any]) -> str:
    """The hash of one revision (or delete/purge event): SHA-256 over its canonical form."""
    return sha256_hex(canonical(payload))


def next_link(previous: str, revision_hash: str) -> str:
    """Link = SHA-256(previous link + revision hash), both as lowercase hex text."""
    return sha256_hex((previous + revision_hash).encode("ascii"))


@dataclass
class DamagedEntry:
    entry_id: int | None
    uid: str
    recorded: float | None
    reasons: list[str] = field(default_factory=list)


@dataclass
class ChainReport:
    ok: bool
    events: int
    revisions: int
    files: int
    fingerprint: str
    damaged: list[DamagedEntry]

    def damaged_ids(self) -> list[int]:
        return [d.entry_id for d in self.damaged if d.entry_id is not None]


def fingerprint(conn: Connection) -> str:
    """The diary's fingerprint: the chain's last link (64 zeros for an empty diary)."""
    row = conn.execute("SELECT link FROM diary_chain ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


def verify_chain(conn: Connection) -> ChainReport:
    """Recompute every revision hash and chain link and check every stored file.

    Read only. Damage is reported per entry (``ChainReport.damaged``); the fingerprint is the
    last link as stored. Works on any open vault connection (the app's, or a backup file's)."""
    entries: dict[str, tuple[int, float]] = {
        str(uid): (int(i), float(created))
        for i, uid, created in conn.execute("SELECT id, uid, created FROM diary_entries")
    }
    uid_of = {i: uid for uid, (i, _c) in entries.items()}
    damaged: dict[str, DamagedEntry] = {}

    def flag(uid: str, reason: str) -> None:
        found = entries.get(uid)
        item = damaged.setdefault(
            uid, DamagedEntry(found[0] if found else None, uid, found[1] if found else None)
        )
        if reason not in item.reasons:
            item.reasons.append(reason)

    revisions: dict[int, tuple[int, str, str | None, int]] = {}
    for rid, entry_id, digest, body, seq in conn.execute(
        "SELECT id, entry_id, hash, body, chain_seq FROM diary_revisions"
    ):
        revisions[int(seq)] = (int(entry_id), str(digest), body, int(rid))
    erased: set[str] = set()
    seen_seq: set[int] = set()
    previous = GENESIS
    events = 0
    for seq, uid, event, digest, link, body in conn.execute(
        "SELECT seq, entry_uid, event, hash, link, body FROM diary_chain ORDER BY seq"
    ):
        events += 1
        uid, digest, link = str(uid), str(digest), str(link)
        if next_link(previous, digest) != link:
            flag(uid, "chain")
        previous = link
        if event == SAVED:
            revision = revisions.get(int(seq))
            if revision is None:
                flag(uid, "missing")
                continue
            seen_seq.add(int(seq))
            entry_id, stored, rbody, _rid = revision
            if uid_of.get(entry_id) != uid:
                flag(uid, "moved")
            if stored != digest:
                flag(uid, "hash")
            if rbody is not None and sha256_hex(str(rbody).encode("utf-8")) != digest:
                flag(uid, "content")
        elif event in (DELETED, PURGED):
            if body is None or sha256_hex(str(body).encode("utf-8")) != digest:
                flag(uid, "content")
                continue
            try:
                erased.update(json.loads(body).get("revisions", []))
            except ValueError:
                flag(uid, "content")
        else:
            flag(uid, "event")
    for seq, (entry_id, digest, body, _rid) in revisions.items():
        uid = uid_of.get(entry_id, "")
        if seq not in seen_seq:
            flag(uid, "not_in_chain")
        elif body is None and digest not in erased:
            flag(uid, "erased_unrecorded")
    files = 0
    for entry_id, sha, data in conn.execute(
        "SELECT entry_id, sha256, data FROM diary_attachments"
        " WHERE data IS NOT NULL AND pending = 0"
    ):
        files += 1
        if sha256_hex(bytes(data)) != str(sha):
            flag(uid_of.get(int(entry_id), ""), "file")
    # A file's recorded hash must also be the one its entry's latest revision names.
    for entry_id, sha in conn.execute(
        "SELECT a.entry_id, a.sha256 FROM diary_attachments a WHERE a.pending = 0"
        " AND a.removed IS NULL"
    ):
        row = conn.execute(
            "SELECT r.body FROM diary_revisions r JOIN diary_entries e ON e.id = r.entry_id"
            " AND r.number = e.n_revisions WHERE e.id = ?",
            (entry_id,),
        ).fetchone()
        if row is None or row[0] is None:
            continue
        try:
            named = {a["sha256"] for a in json.loads(row[0]).get("attachments", [])}
        except ValueError:
            continue
        if str(sha) not in named:
            flag(uid_of.get(int(entry_id), ""), "file")
    report = sorted(damaged.values(), key=lambda d: (d.recorded or 0.0, d.uid))
    return ChainReport(
        ok=not report,
        events=events,
        revisions=len(revisions),
        files=files,
        fingerprint=previous,
        damaged=report,
    )
