"""The diary's hash chain: canonical serialisation, revision hashes and chain links (SHA-256)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

# The link before the first event: 64 zeros.
GENESIS = "0" * 64


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
