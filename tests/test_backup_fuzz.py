"""Fuzzing: 1,000+ mutated backups are refused cleanly by the restore and by app.verify."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import backup
from app.core.backup import BackupKey, restore_backup, write_backup
from app.core.spaces import Spaces
from tests.backup_support import fill, folder, new_vault, snapshot

PASSPHRASE = "zomer regen paraplu molen"
PAGE = 4096
Mutation = Callable[[random.Random, bytes], bytes]


def truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(0, len(raw))]


def truncate_pages(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(1, len(raw) // PAGE) * PAGE]


def flip(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(16, len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def flip_one_bit(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    data[rng.randrange(16, len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def flip_salt(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    data[rng.randrange(0, 16)] ^= 1 << rng.randrange(8)
    return bytes(data)


def zero_page(rng: random.Random, raw: bytes) -> bytes:
    n = rng.randrange(1, len(raw) // PAGE)
    return raw[: n * PAGE] + bytes(PAGE) + raw[(n + 1) * PAGE :]


def swap_pages(rng: random.Random, raw: bytes) -> bytes:
    pages = [raw[i : i + PAGE] for i in range(0, len(raw), PAGE)]
    a, b = rng.sample(range(1, len(pages)), 2)
    pages[a], pages[b] = pages[b], pages[a]
    return b"".join(pages)


def append(rng: random.Random, raw: bytes) -> bytes:
    size = PAGE * rng.randint(1, 3) if rng.random() < 0.5 else rng.randint(1, 5000)
    return raw + rng.randbytes(size)


def random_bytes(rng: random.Random, raw: bytes) -> bytes:
    return rng.randbytes(rng.randint(0, len(raw) + 5000))


def random_pages(rng: random.Random, raw: bytes) -> bytes:
    return rng.randbytes(PAGE * rng.randint(1, 8))


# (mutation, how many). Salt flips and whole random pages cost a new key derivation (0.16 s)
# each, so there are fewer of them; everything else reuses the derivation for the file's salt.
PLAN: list[tuple[Mutation, int]] = [
    (truncate, 200),
    (truncate_pages, 60),
    (flip, 250),
    (flip_one_bit, 200),
    (flip_salt, 12),
    (zero_page, 60),
    (swap_pages, 60),
    (append, 80),
    (random_bytes, 80),
    (random_pages, 12),
]


def listing(path: Path) -> list[tuple[str, int, int]]:
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in path.iterdir())


@pytest.mark.slow
def test_a_thousand_mutated_backups_are_refused_cleanly(tmp_path):
    spaces = Spaces(folder(tmp_path / "one"))
    vault = new_vault(spaces, "lentebloesem fiets ajuin")
    fill(vault)
    key = BackupKey(PASSPHRASE)
    good = write_backup(vault, tmp_path / "good.db", key)
    vault.close()
    raw = good.read_bytes()

    target = Spaces(folder(tmp_path / "two"))
    master = target.derive("nieuwe zin voor hier")
    data = target.folder.path
    full_before = snapshot(data)
    quick_before = listing(data)
    mutated = tmp_path / "mutated.db"
    rng = random.Random(20261127)
    total = 0
    started = time.monotonic()
    for mutation, count in PLAN:
        for _ in range(count):
            blob = mutation(rng, raw)
            if blob == raw:
                continue
            mutated.write_bytes(blob)
            t0 = time.monotonic()
            with pytest.raises(backup.BackupProblem):
                restore_backup(target, mutated, key, master, "nl")
            verdict = backup.verify_file(mutated, key)
            assert not verdict.intact, mutation.__name__
            assert time.monotonic() - t0 < 5, f"{mutation.__name__} took too long"
            assert listing(data) == quick_before, mutation.__name__
            total += 1
    assert total >= 1000
    assert snapshot(data) == full_before
    assert target.find(master) is None
    assert time.monotonic() - started < 120
    # The untouched original still restores, with the same key object.
    restored = restore_backup(target, good, key, master, "nl")
    restored.close()
