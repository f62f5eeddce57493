"""The data folder at rest: slot pool, install file, notes slot, bad files."""

from __future__ import annotations

import math
import os
import random
from collections import Counter
from pathlib import Path

import pytest

from app.core import install as install_file
from app.core.install import INSTALL_COPY, INSTALL_NAME, InstallDamaged
from app.core.keys import TEST_KDF
from app.core.slots import Pool, is_slot_name
from app.core.spaces import Spaces
from app.core.storage import DataFolder, NotesUnreadable
from tests.conftest import SMALL_SLOT


def entropy(data: bytes) -> float:
    counts = Counter(data)
    return -sum(c / len(data) * math.log2(c / len(data)) for c in counts.values())


def fresh_folder(path: Path, slot_size: int = SMALL_SLOT) -> DataFolder:
    folder = DataFolder(path, kdf=TEST_KDF, slot_size=slot_size)
    folder.open()
    folder.finish_setup()
    return folder


def pool_slots(folder: DataFolder) -> list[Path]:
    return [p for p in folder.pool.slots() if p.name != folder.install.notes_slot]


def test_fresh_pool_looks_uniform(data_dir: Path) -> None:
    folder = fresh_folder(data_dir)
    folder.notes.create("shopping", "milk")
    slots = folder.pool.slots()
    assert len(slots) >= 8
    others = pool_slots(folder)
    assert len({p.stat().st_size for p in others}) == 1
    assert others[0].stat().st_size == SMALL_SLOT
    assert len({p.stat().st_mtime_ns for p in slots}) == 1  # notes slot included
    heads = set()
    for p in slots:
        data = p.read_bytes()[: 64 * 1024]
        assert not data.startswith(b"SQLite format 3")
        if p.name != folder.install.notes_slot:
            assert entropy(data) >= 7.9
        heads.add(data[:16])
    assert len(heads) == len(slots)
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    folder.close()


def test_an_open_folder_is_closed_to_others_and_keeps_its_owner_rights(tmp_path: Path) -> None:
    from app.core.paths import ensure_private_dir

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    ensure_private_dir(shared)
    assert (shared.stat().st_mode & 0o777) == 0o700
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o555)
    ensure_private_dir(read_only)
    assert (read_only.stat().st_mode & 0o777) == 0o500  # her choice stays: read-only


def test_no_journal_left_after_a_save(data_dir: Path) -> None:
    folder = fresh_folder(data_dir)
    note = folder.notes.create("a", "b")
    folder.notes.update(note, "a", "c" * 10_000)
    names = os.listdir(data_dir)
    assert not [n for n in names if n.endswith(("-journal", "-wal", "-shm"))]
    folder.close()


def test_a_private_space_with_a_5mb_blob_changes_no_size_or_mtime_pattern(tmp_path: Path) -> None:
    folder = fresh_folder(tmp_path / "d", slot_size=8 * 1024 * 1024)
    spaces = Spaces(folder)
    before = len(folder.pool.slots())
    vault = spaces.create(spaces.derive("lente bloesem fiets ajuin"), "nl")
    assert len(folder.pool.slots()) == before + 1  # exactly one new slot
    with vault.db.write() as c:
        c.execute("CREATE TABLE blob_test(b BLOB)")
        c.execute("INSERT INTO blob_test VALUES (randomblob(5000000))")
    others = pool_slots(folder)
    assert len({p.stat().st_size for p in others}) == 1
    assert len({p.stat().st_mtime_ns for p in folder.pool.slots()}) == 1
    for p in others:
        with open(p, "rb") as fh:
            head = fh.read(64 * 1024)
        assert entropy(head) >= 7.9 and not head.startswith(b"SQLite format 3")
    vault.close()
    folder.close()


def test_growth_sessions_add_random_slots_sometimes() -> None:
    from app.core.slots import session_adds_slot

    rng = random.Random(7)
    adds = sum(session_adds_slot(rng) for _ in range(4000))
    assert 100 < adds < 320  # about one session in twenty


def test_damaged_install_copy_is_repaired_from_the_other(data_dir: Path) -> None:
    folder = fresh_folder(data_dir)
    good = (data_dir / INSTALL_NAME).read_bytes()
    folder.close()
    (data_dir / INSTALL_NAME).write_bytes(good[:40] + b"garbage")
    again = DataFolder(data_dir)
    again.open()
    assert (data_dir / INSTALL_NAME).read_bytes() == good
    assert again.install.salt == folder.install.salt
    again.close()


def test_both_install_copies_damaged_changes_nothing(data_dir: Path) -> None:
    fresh_folder(data_dir).close()
    for name in (INSTALL_NAME, INSTALL_COPY):
        (data_dir / name).write_bytes(b"{not json")
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(InstallDamaged):
        DataFolder(data_dir).open()
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert before == after


def test_slots_without_install_file_never_get_a_new_salt(data_dir: Path) -> None:
    fresh_folder(data_dir).close()
    for name in (INSTALL_NAME, INSTALL_COPY):
        (data_dir / name).unlink()
    with pytest.raises(InstallDamaged):
        DataFolder(data_dir, kdf=TEST_KDF, slot_size=SMALL_SLOT).open()
    assert not (data_dir / INSTALL_NAME).exists()


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_damaged_notes_slot_is_reported_and_not_overwritten(data_dir: Path, damage: str) -> None:
    folder = fresh_folder(data_dir)
    notes = data_dir / folder.install.notes_slot
    folder.close()
    if damage == "truncate":
        notes.write_bytes(notes.read_bytes()[:100])
    else:
        notes.write_bytes(os.urandom(notes.stat().st_size))
    damaged = notes.read_bytes()
    with pytest.raises(NotesUnreadable):
        DataFolder(data_dir).open()
    assert notes.read_bytes() == damaged


def test_damaged_pool_slot_does_not_disturb_the_notes(data_dir: Path) -> None:
    folder = fresh_folder(data_dir)
    folder.notes.create("keep", "me")
    victim = pool_slots(folder)[0]
    folder.close()
    victim.write_bytes(b"x" * 10)
    again = DataFolder(data_dir)
    again.open()
    assert [n.title for n in again.notes.list()] == ["keep"]
    assert victim.read_bytes() == b"x" * 10  # never overwritten: it might be someone's
    assert Spaces(again).find(b"\0" * 32) is None
    again.close()


def test_install_file_is_plain_json_with_only_install_facts(data_dir: Path) -> None:
    folder = fresh_folder(data_dir)
    loaded = install_file.load(data_dir)
    assert loaded is not None and loaded.salt == folder.install.salt
    text = (data_dir / INSTALL_NAME).read_text()
    assert set(__import__("json").loads(text)) == {
        "format",
        "salt",
        "kdf",
        "notes_key",
        "notes_slot",
        "slot_size",
        "calibrated",
        "check",
    }
    assert all(is_slot_name(p.name) or p.name.startswith("install") for p in data_dir.iterdir())
    folder.close()


def test_pool_rejects_odd_sizes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Pool(tmp_path, 1000)
