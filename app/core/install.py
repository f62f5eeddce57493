"""The install file: salt, key-derivation cost, the notes' key; written atomically, kept twice."""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.atomic import write_atomic
from app.core.keys import KEY_BYTES, SALT_BYTES, KdfParams

INSTALL_NAME = "install.json"
INSTALL_COPY = "install.json.bak"
FORMAT = 1


class InstallDamaged(Exception):
    """Neither copy of the install file can be read; nothing was changed."""


@dataclass
class Install:
    salt: bytes
    kdf: KdfParams
    notes_key: bytes
    notes_slot: str
    slot_size: int
    calibrated: bool = False

    def to_json(self) -> bytes:
        body: dict[str, Any] = {
            "format": FORMAT,
            "salt": self.salt.hex(),
            "kdf": self.kdf.to_dict(),
            "notes_key": self.notes_key.hex(),
            "notes_slot": self.notes_slot,
            "slot_size": self.slot_size,
            "calibrated": self.calibrated,
        }
        body["check"] = _check(body)
        return (json.dumps(body, indent=1, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_json(cls, raw: bytes) -> Install:
        body = json.loads(raw.decode("ascii"))
        if not isinstance(body, dict) or body.get("check") != _check(body):
            raise ValueError("checksum")
        salt = bytes.fromhex(body["salt"])
        key = bytes.fromhex(body["notes_key"])
        if len(salt) != SALT_BYTES or len(key) != KEY_BYTES:
            raise ValueError("length")
        return cls(
            salt=salt,
            kdf=KdfParams.from_dict(body["kdf"]),
            notes_key=key,
            notes_slot=str(body["notes_slot"]),
            slot_size=int(body["slot_size"]),
            calibrated=bool(body.get("calibrated", False)),
        )

    @classmethod
    def fresh(cls, kdf: KdfParams, slot_size: int, notes_slot: str = "") -> Install:
        return cls(
            salt=secrets.token_bytes(SALT_BYTES),
            kdf=kdf,
            notes_key=secrets.token_bytes(KEY_BYTES),
            notes_slot=notes_slot,
            slot_size=slot_size,
        )


def _check(body: dict[str, Any]) -> str:
    rest = {k: v for k, v in body.items() if k != "check"}
    return hashlib.sha256(json.dumps(rest, sort_keys=True).encode("ascii")).hexdigest()


def _read(path: Path) -> Install | None:
    try:
        return Install.from_json(path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def load(folder: Path) -> Install | None:
    """Read the install file, repairing a damaged copy from the good one.

    Returns None when neither exists (a new install). Raises InstallDamaged when copies exist
    but none can be read: then nothing is written, so nothing is lost.
    """
    main, copy = folder / INSTALL_NAME, folder / INSTALL_COPY
    a, b = _read(main), _read(copy)
    good = a or b
    if good is None:
        if main.exists() or copy.exists():
            raise InstallDamaged
        return None
    raw = good.to_json()
    for path, parsed in ((main, a), (copy, b)):
        if parsed is None or parsed.to_json() != raw:
            with contextlib.suppress(OSError):  # read-only folder: keep working from the good copy
                write_atomic(path, raw)
    return good


def save(folder: Path, install: Install) -> None:
    raw = install.to_json()
    write_atomic(folder / INSTALL_NAME, raw)
    write_atomic(folder / INSTALL_COPY, raw)
