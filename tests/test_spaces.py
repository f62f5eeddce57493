"""Several deniable private spaces on one install: each opens only its own, none touches another."""

from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core.keys import TEST_KDF
from app.core.passphrase import Weakness, long_enough_to_try, suggest, weakness
from app.core.spaces import AlreadyInUse, ChangeCancelled, CopyOutdated, Spaces
from app.core.storage import DataFolder
from tests.conftest import SMALL_SLOT

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASES = ["lente bloesem fiets ajuin", "orange piano rivière", "tulip kettle meadow lamp"]


def folder_at(path: Path, slot_size: int = SMALL_SLOT) -> DataFolder:
    folder = DataFolder(path, kdf=TEST_KDF, slot_size=slot_size)
    folder.open()
    folder.finish_setup()
    return folder


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", Weakness.EMPTY),
        ("short words", Weakness.TOO_SHORT),
        ("   eleven ch   ", Weakness.TOO_SHORT),
        ("123456789012345", Weakness.DIGITS_ONLY),
        ("1234 5678 9012", Weakness.DIGITS_ONLY),
        ("aaaaaaaaaaaaaaaa", Weakness.REPETITIVE),
        ("lente bloesem fiets", None),
        ('quote " back \\ slash', None),
        ("emoji 🙂🙂 smile face", None),
        ("x" * 250 + "yzabcdefg" * 30, None),
    ],
)
def test_weakness_rules(text: str, problem: Weakness | None) -> None:
    assert weakness(text) == problem


def test_derivation_starts_only_at_twelve_characters() -> None:
    assert not long_enough_to_try("  Elf tekens ")
    assert long_enough_to_try("twaalf teken")


def test_suggestions_are_four_listed_words() -> None:
    for lang in ("nl", "fr", "en"):
        words = suggest(lang, random.Random(1)).split(" ")
        assert len(words) == 4 and all(w.isalpha() and w.islower() for w in words)
        assert weakness(" ".join(words)) is None


def test_three_spaces_each_open_only_their_own(data_dir: Path) -> None:
    folder = folder_at(data_dir)
    spaces = Spaces(folder)
    vaults = []
    for i, phrase in enumerate(PASSPHRASES):
        vault = spaces.create(spaces.derive(phrase), "nl")
        vault.set_setting("who", str(i))
        vaults.append(vault)
    for v in vaults:
        v.close()
    for i, phrase in enumerate(PASSPHRASES):
        hit = spaces.find(spaces.derive(phrase.upper() + "  "))
        assert hit is not None
        vault = spaces.open(hit)
        assert vault.setting("who") == str(i)
        vault.close()
    with pytest.raises(AlreadyInUse):
        spaces.create(spaces.derive(PASSPHRASES[1]), "fr")
    folder.close()


def test_a_change_copied_before_a_save_is_not_used(data_dir: Path) -> None:
    # The copy under the new passphrase is made in a worker; a save that lands meanwhile
    # makes that copy out of date: it is thrown away and the old passphrase keeps working.
    folder = folder_at(data_dir)
    spaces = Spaces(folder)
    old, new = PASSPHRASES[0], PASSPHRASES[1]
    vault = spaces.create(spaces.derive(old), "nl")
    before = vault.write_count()
    master = spaces.derive(new)
    copy = spaces.prepare_change(vault, master)
    assert copy.exists() and copy.parent == data_dir
    vault.set_setting("saved meanwhile", "yes")
    with pytest.raises(CopyOutdated):
        spaces.finish_change(vault, copy, master, before)
    assert not copy.exists()
    assert vault.setting("saved meanwhile") == "yes"  # still open, nothing lost
    # A fresh copy, with nothing saved in between, goes in.
    before = vault.write_count()
    vault = spaces.finish_change(vault, spaces.prepare_change(vault, master), master, before)
    assert vault.setting("saved meanwhile") == "yes"
    vault.close()
    assert spaces.find(spaces.derive(old)) is None
    assert spaces.find(master) is not None
    assert not list(data_dir.glob("*.tmp"))
    folder.close()


def test_a_cancelled_change_leaves_no_copy(data_dir: Path) -> None:
    folder = folder_at(data_dir)
    spaces = Spaces(folder)
    vault = spaces.create(spaces.derive(PASSPHRASES[0]), "nl")
    vault.set_setting("big", "x" * 20_000)
    names = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(ChangeCancelled):
        spaces.prepare_change(vault, spaces.derive(PASSPHRASES[1]), lambda: True)
    assert sorted(p.name for p in data_dir.iterdir()) == names
    assert vault.setting("big") == "x" * 20_000
    with pytest.raises(AlreadyInUse):
        spaces.prepare_change(vault, spaces.derive(PASSPHRASES[0]))
    assert sorted(p.name for p in data_dir.iterdir()) == names
    vault.close()
    folder.close()


def test_a_miss_reads_but_never_writes(data_dir: Path) -> None:
    folder = folder_at(data_dir)
    spaces = Spaces(folder)
    spaces.create(spaces.derive(PASSPHRASES[0]), "nl").close()
    before = snapshot(data_dir)
    assert spaces.find(spaces.derive("not the right passphrase")) is None
    assert snapshot(data_dir) == before
    folder.close()


def test_deleting_one_leaves_the_others_byte_identical(data_dir: Path) -> None:
    folder = folder_at(data_dir)
    spaces = Spaces(folder)
    a = spaces.create(spaces.derive(PASSPHRASES[0]), "nl")
    b = spaces.create(spaces.derive(PASSPHRASES[1]), "nl")
    b_path = b.path
    b.close()
    count = len(folder.pool.slots())
    before = {p: p.read_bytes() for p in folder.pool.slots() if p != a.path}
    path_a = a.path
    spaces.delete(a)
    assert len(folder.pool.slots()) == count
    assert path_a.stat().st_size == SMALL_SLOT
    assert spaces.find(spaces.derive(PASSPHRASES[0])) is None
    for p, data in before.items():
        assert p.read_bytes() == data
    hit = spaces.find(spaces.derive(PASSPHRASES[1]))
    assert hit is not None and hit.path == b_path
    folder.close()


HOT_JOURNAL_WRITER = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from app.core.keys import TEST_KDF
    from app.core.spaces import Spaces
    from app.core.storage import DataFolder
    folder = DataFolder(Path({data!r}), kdf=TEST_KDF)
    folder.open()
    spaces = Spaces(folder)
    vault = spaces.open(spaces.find(spaces.derive({phrase!r})))
    c = vault.db.conn
    c.execute("PRAGMA cache_size = 2")
    c.execute("BEGIN IMMEDIATE")
    for i in range(40):
        c.execute("INSERT INTO settings(key, value) VALUES (?, ?)", ("k%d" % i, "v" * 3000))
    sys.stdout.write("ready\\n"); sys.stdout.flush()
    os.kill(os.getpid(), 9)
    """
)


def test_a_hot_journal_is_only_touched_by_its_owner(data_dir: Path) -> None:
    folder = folder_at(data_dir, slot_size=2 * 1024 * 1024)
    spaces = Spaces(folder)
    spaces.create(spaces.derive(PASSPHRASES[0]), "nl").close()
    spaces.create(spaces.derive(PASSPHRASES[1]), "nl").close()
    script = HOT_JOURNAL_WRITER.format(root=str(ROOT), data=str(data_dir), phrase=PASSPHRASES[0])
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    journals = list(data_dir.glob("*-journal"))
    assert len(journals) == 1
    owner = journals[0].with_name(journals[0].name.removesuffix("-journal"))
    before = snapshot(data_dir)
    # Someone else unlocks their own space, and someone types a wrong passphrase: nothing moves.
    other = spaces.open(spaces.find(spaces.derive(PASSPHRASES[1])))
    other.close()
    assert spaces.find(spaces.derive("a wrong passphrase here")) is None
    after = snapshot(data_dir)
    for name in (owner.name, journals[0].name):
        assert after[name][0] == before[name][0]
    # The owner opens it: SQLite rolls the journal back and the space is whole.
    hit = spaces.find(spaces.derive(PASSPHRASES[0]))
    assert hit is not None and hit.path == owner
    vault = spaces.open(hit)
    assert vault.db.query("PRAGMA integrity_check")[0][0] == "ok"
    assert vault.setting("k1") == ""
    vault.close()
    assert not journals[0].exists()
    folder.close()


CHANGER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from app.core.keys import TEST_KDF
    from app.core.spaces import Spaces
    from app.core.storage import DataFolder
    folder = DataFolder(Path({data!r}), kdf=TEST_KDF)
    folder.open()
    spaces = Spaces(folder)
    old, new = {old!r}, {new!r}
    hit = spaces.find(spaces.derive(old))
    if hit is None:
        old, new = new, old
        hit = spaces.find(spaces.derive(old))
    vault = spaces.open(hit)
    vault.set_setting("changes", str(int(vault.setting("changes", "0")) + 1))
    sys.stdout.write("go\\n"); sys.stdout.flush()
    vault = spaces.change_passphrase(vault, spaces.derive(new))
    vault.close()
    sys.stdout.write("done\\n"); sys.stdout.flush()
    """
)


@pytest.mark.slow
def test_passphrase_change_survives_a_kill_at_any_moment(data_dir: Path) -> None:
    folder = folder_at(data_dir, slot_size=2 * 1024 * 1024)
    spaces = Spaces(folder)
    old, new = "old passphrase words", "new passphrase words"
    spaces.create(spaces.derive(old), "nl").close()
    folder.close()
    rng = random.Random(4)
    script = CHANGER.format(root=str(ROOT), data=str(data_dir), old=old, new=new)
    for _trial in range(12):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0, 0.12))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check = DataFolder(data_dir)
        check.open()
        assert not list(data_dir.glob("*.tmp"))  # a half-written copy is removed at start
        checker = Spaces(check)
        hits = [checker.find(checker.derive(p)) for p in (old, new)]
        assert sum(h is not None for h in hits) == 1  # exactly one of the two opens it
        vault = checker.open(next(h for h in hits if h is not None))
        assert vault.db.query("PRAGMA integrity_check")[0][0] == "ok"
        assert vault.db.query("PRAGMA cipher_integrity_check") == []
        vault.close()
        check.close()
