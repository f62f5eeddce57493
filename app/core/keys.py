"""Passphrase normalisation and key derivation: Argon2id master key, HKDF per slot."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
import unicodedata
from dataclasses import dataclass

KEY_BYTES = 32
SALT_BYTES = 16
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: ``time_cost`` passes over ``memory_kib`` KiB with ``parallelism`` lanes."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def to_dict(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> KdfParams:
        return cls(int(data["t"]), int(data["m"]), int(data["p"]))


# Cheap parameters for tests only (real Argon2id, tiny cost); never used by the app itself.
TEST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def normalise(passphrase: str) -> str:
    """NFC, ends trimmed, inner runs of white space collapsed to one space, case folded.

    Under stress, with Caps Lock or Shift Lock on, "capitals do not count" is kinder than a
    silent failure.
    """
    text = unicodedata.normalize("NFC", passphrase)
    text = _SPACES.sub(" ", text.strip())
    return unicodedata.normalize("NFC", text.casefold())


def derive_master(normalised: str, install_salt: bytes, params: KdfParams) -> bytes:
    """Argon2id over the normalised passphrase and the install salt."""
    from argon2.low_level import Type, hash_secret_raw  # loaded on first use: start-up stays fast

    return bytes(
        hash_secret_raw(
            secret=normalised.encode("utf-8"),
            salt=install_salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    )


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    """RFC 5869 HKDF with SHA-256."""
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def slot_key(master: bytes, slot_salt: bytes) -> bytes:
    """The raw SQLCipher key of one slot, bound to that slot's own 16-byte file salt."""
    return hkdf_sha256(master, slot_salt, b"notes slot key v1")


def raw_key_literal(key: bytes, salt: bytes) -> str:
    """SQLCipher's raw-key form ``x'<64 hex key><32 hex salt>'``, built from bytes only."""
    if len(key) != KEY_BYTES or len(salt) != SALT_BYTES:
        raise ValueError("bad key or salt length")
    return f"x'{key.hex()}{salt.hex()}'"


def calibrate(
    target_seconds: float = 0.5, memory_kib: int = 64 * 1024, parallelism: int = 4
) -> KdfParams:
    """Choose the time cost so that one derivation takes about ``target_seconds`` (t >= 3)."""
    probe = KdfParams(3, memory_kib, parallelism)
    derive_master("warm up", b"\0" * SALT_BYTES, KdfParams(1, memory_kib, parallelism))
    start = time.perf_counter()
    derive_master("calibration", b"\0" * SALT_BYTES, probe)
    per_pass = max(time.perf_counter() - start, 1e-3) / probe.time_cost
    return KdfParams(max(3, round(target_seconds / per_pass)), memory_kib, parallelism)
