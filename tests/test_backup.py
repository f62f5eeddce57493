"""Encrypted backup (core): standard SQLCipher 4 file, round trip, refusals, full disk, cancel."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from app.core import backup, cipherpage
from app.core.backup import BackupKey, restore_backup, write_backup
from app.core.keys import normalise
from app.core.spaces import AlreadyInUse, Spaces
from tests.backup_support import dump, fill, fill_features, folder, new_vault, snapshot

PASSPHRASE = "Lentebloesem  Fiets Ajuin kasteel"
BACKUP_PASSPHRASE = "Zomer 'Regen' Paraplu  Molen"


@pytest.fixture
def source(tmp_path: Path):  # type: ignore[no-untyped-def]
    spaces = Spaces(folder(tmp_path / "one"))
    vault = new_vault(spaces, PASSPHRASE)
    fill(vault)
    fill_features(vault, tmp_path)
    yield spaces, vault
    vault.close()


def make_backup(vault, tmp_path: Path, passphrase: str = BACKUP_PASSPHRASE) -> Path:  # type: ignore[no-untyped-def]
    target = tmp_path / "usb" / backup.DEFAULT_NAME
    target.parent.mkdir(exist_ok=True)
    return write_backup(vault, target, BackupKey(passphrase))


def test_backup_is_a_standard_sqlcipher4_file_keyed_by_the_normalised_passphrase(source, tmp_path):
    _spaces, vault = source
    path = make_backup(vault, tmp_path)
    assert sorted(p.name for p in path.parent.iterdir()) == [backup.DEFAULT_NAME]
    # Ordinary SQLCipher: PRAGMA key with the passphrase text (quotes doubled), default settings.
    conn = sqlcipher3.connect(str(path))
    text = normalise(BACKUP_PASSPHRASE)
    conn.execute("PRAGMA key = '" + text.replace("'", "''") + "'")
    assert conn.execute("SELECT count(*) FROM t_entries").fetchone()[0] == 20
    assert dump(conn) == dump(vault.db.conn)
    assert (
        conn.execute("PRAGMA user_version").fetchone()[0]
        == vault.db.query("PRAGMA user_version")[0][0]
    )
    conn.close()
    # The defaults, checked by hand: PBKDF2-HMAC-SHA512, 256,000 iterations, page-1 HMAC.
    page = cipherpage.read_page1(path)
    key = hashlib.pbkdf2_hmac("sha512", text.encode(), page[:16], 256_000, 32)
    assert cipherpage.page_matches(page, key)
    # Capitals and extra spaces as she typed them are not the key.
    wrong = sqlcipher3.connect(str(path))
    wrong.execute("PRAGMA cipher_log_level = NONE")
    wrong.execute("PRAGMA key = '" + BACKUP_PASSPHRASE.replace("'", "''") + "'")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong.close()


def test_a_second_implementation_opens_the_backup(source, tmp_path):
    apsw = pytest.importorskip("apsw")
    _spaces, vault = source
    path = make_backup(vault, tmp_path)
    conn = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    conn.pragma("cipher", "sqlcipher")
    conn.pragma("legacy", 4)
    conn.pragma("key", normalise(BACKUP_PASSPHRASE))
    rows = list(conn.execute("SELECT body FROM t_search WHERE t_search MATCH ?", ("één",)))
    assert len(rows) == 20
    shas = list(conn.execute("SELECT data, sha FROM t_blobs"))
    assert all(hashlib.sha256(data).hexdigest() == sha for data, sha in shas)
    assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    conn.close()


def test_round_trip_into_a_second_data_folder(source, tmp_path):
    _spaces, vault = source
    path = make_backup(vault, tmp_path)
    other = Spaces(folder(tmp_path / "two"))
    before = len(other.folder.pool.slots())
    restored = restore_backup(
        other,
        path,
        BackupKey(BACKUP_PASSPHRASE.upper()),
        other.derive("nieuwe zin voor hier"),
        "nl",
    )
    try:
        assert len(other.folder.pool.slots()) == before + 1
        assert restored.path.stat().st_size == other.folder.pool.slot_size
        assert dump(restored.db.conn) == dump(vault.db.conn)
        assert restored.db.query("SELECT count(*) FROM t_search WHERE t_search MATCH 'één'") == [
            (20,)
        ]
        assert restored.drafts() == vault.drafts()
    finally:
        restored.close()
    # It opens through the real unlock path with the new passphrase, and the old one does not.
    hit = other.find(other.derive("Nieuwe zin  voor hier"))
    assert hit is not None
    assert other.find(other.derive(PASSPHRASE)) is None


def test_restore_takes_the_chosen_language_and_migrates(source, tmp_path):
    _spaces, vault = source
    path = make_backup(vault, tmp_path)
    other = Spaces(folder(tmp_path / "two"))
    restored = restore_backup(
        other, path, BackupKey(BACKUP_PASSPHRASE), other.derive("une phrase secrète"), "fr"
    )
    assert restored.setting("language") == "fr"
    versions = dict(restored.db.query("SELECT feature, version FROM feature_versions"))
    assert versions == dict(vault.db.query("SELECT feature, version FROM feature_versions"))
    restored.close()


def test_restore_refuses_a_passphrase_in_use(source, tmp_path):
    spaces, vault = source
    path = make_backup(vault, tmp_path)
    before = snapshot(spaces.folder.path)
    with pytest.raises(AlreadyInUse):
        restore_backup(spaces, path, BackupKey(BACKUP_PASSPHRASE), spaces.derive(PASSPHRASE), "nl")
    assert snapshot(spaces.folder.path) == before


def test_a_restore_she_cancelled_makes_no_space(source, tmp_path):
    spaces, vault = source
    path = make_backup(vault, tmp_path)
    before = snapshot(spaces.folder.path)
    new_master = spaces.derive("another new passphrase")
    with pytest.raises(backup.Cancelled):
        restore_backup(
            spaces, path, BackupKey(BACKUP_PASSPHRASE), new_master, "nl", abort=lambda: True
        )
    assert snapshot(spaces.folder.path) == before
    assert spaces.find(new_master) is None


def _foreign_files(tmp_path: Path, good: Path) -> dict[str, tuple[Path, type[Exception]]]:
    out: dict[str, tuple[Path, type[Exception]]] = {}
    raw = good.read_bytes()
    plain = tmp_path / "plain.db"
    c = sqlite3.connect(plain)
    c.execute("CREATE TABLE settings(key, value)")
    c.commit()
    c.close()
    out["plain sqlite"] = (plain, backup.CannotOpen)
    other_app = tmp_path / "other-app.db"
    c = sqlcipher3.connect(str(other_app))
    c.execute("PRAGMA key = '" + normalise(BACKUP_PASSPHRASE).replace("'", "''") + "'")
    c.execute("CREATE TABLE accounts(name, secret)")
    c.execute("INSERT INTO accounts VALUES ('a', 'b')")
    c.commit()
    c.close()
    out["another app's SQLCipher file, same passphrase"] = (other_app, backup.NotABackup)
    for name, data, error in (
        ("random bytes", os.urandom(len(raw)), backup.CannotOpen),
        ("empty", b"", backup.CannotOpen),
        ("truncated mid-page", raw[: len(raw) // 2 + 100], backup.Damaged),
        ("truncated to whole pages", raw[: (len(raw) // 4096 // 2) * 4096], backup.Damaged),
        ("one flipped byte", raw[:9000] + bytes([raw[9000] ^ 1]) + raw[9001:], backup.Damaged),
        ("text file", b"hello\n" * 1000, backup.Damaged),
        ("text file of whole pages", b"hello, notes\n" * 630 + b"\n" * 2, backup.CannotOpen),
    ):
        p = tmp_path / f"{name.replace(' ', '-')}.db"
        p.write_bytes(data)
        out[name] = (p, error)
    out["missing"] = (tmp_path / "nothing-here.db", backup.CannotOpen)
    return out


def test_damaged_foreign_or_wrong_passphrase_changes_nothing(source, tmp_path):
    _spaces, vault = source
    good = make_backup(vault, tmp_path)
    other = Spaces(folder(tmp_path / "two"))
    master = other.derive("nieuwe zin voor hier")
    before = snapshot(other.folder.path)
    cases = _foreign_files(tmp_path, good)
    cases["wrong passphrase"] = (good, backup.CannotOpen)
    for name, (path, error) in cases.items():
        key = BackupKey("een heel andere zin" if name == "wrong passphrase" else BACKUP_PASSPHRASE)
        with pytest.raises(error):
            restore_backup(other, path, key, master, "nl")
        assert snapshot(other.folder.path) == before, name
        assert not backup.verify_file(path, key).intact, name
    assert other.find(master) is None


def test_a_backup_too_big_for_the_slot_is_refused(tmp_path):
    spaces = Spaces(folder(tmp_path / "big", slot_size=512 * 4096))
    vault = new_vault(spaces, PASSPHRASE)
    with vault.db.write() as c:
        c.execute("CREATE TABLE t_big(b BLOB)")
        c.execute("INSERT INTO t_big VALUES (randomblob(600000))")
    path = make_backup(vault, tmp_path)
    vault.close()
    small = Spaces(folder(tmp_path / "small", slot_size=128 * 4096))
    before = snapshot(small.folder.path)
    with pytest.raises(backup.TooBig):
        restore_backup(
            small, path, BackupKey(BACKUP_PASSPHRASE), small.derive("nieuwe zin voor hier"), "nl"
        )
    assert snapshot(small.folder.path) == before


def test_cancel_deletes_the_partial_file(source, tmp_path):
    _spaces, vault = source
    target = tmp_path / "usb" / "notes-export.db"
    target.parent.mkdir()
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return True

    with pytest.raises(backup.Cancelled):
        write_backup(vault, target, BackupKey(BACKUP_PASSPHRASE), cancelled)
    assert calls
    assert list(target.parent.iterdir()) == []
    # The vault connection is left as it was: nothing attached, still usable.
    assert [r[1] for r in vault.db.query("PRAGMA database_list")] == ["main"]
    make_backup(vault, tmp_path)


def test_a_full_disk_gives_no_partial_file(source, tmp_path):
    """The file size limit makes every write past 40 KiB fail, as a full drive would."""
    _spaces, vault = source
    target = tmp_path / "usb" / "notes-export.db"
    target.parent.mkdir()
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40 * 1024, old_limit[1]))
    try:
        with pytest.raises(backup.NoRoom):
            write_backup(vault, target, BackupKey(BACKUP_PASSPHRASE))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert list(target.parent.iterdir()) == []
    assert [r[1] for r in vault.db.query("PRAGMA database_list")] == ["main"]
    assert vault.db.query("SELECT count(*) FROM t_entries") == [(20,)]


def test_an_existing_file_is_replaced_whole(source, tmp_path):
    _spaces, vault = source
    target = tmp_path / "usb" / backup.DEFAULT_NAME
    target.parent.mkdir()
    target.write_bytes(b"old")
    write_backup(vault, target, BackupKey(BACKUP_PASSPHRASE))
    assert backup.verify_file(target, BackupKey(BACKUP_PASSPHRASE)).intact
    assert [p.name for p in target.parent.iterdir()] == [backup.DEFAULT_NAME]


def test_verify_reports_tables(source, tmp_path):
    _spaces, vault = source
    path = make_backup(vault, tmp_path)
    verdict = backup.verify_file(path, BackupKey(BACKUP_PASSPHRASE))
    assert verdict.intact
    assert "  t_entries: 20" in verdict.lines
    assert verdict.facts is not None and verdict.facts.tables["t_chain"] == 20


def test_a_raw_key_shaped_passphrase_is_refused():
    with pytest.raises(ValueError):
        BackupKey("x'" + "ab" * 32 + "'")


def test_a_full_space_round_trips_into_a_slot_of_the_same_size(tmp_path):
    spaces = Spaces(folder(tmp_path / "one"))
    vault = new_vault(spaces, PASSPHRASE)
    with vault.db.write() as c:
        c.execute("CREATE TABLE t_photos(data BLOB)")
    size = 30_000
    while size > 500:
        try:
            with vault.db.write() as c:
                c.execute("INSERT INTO t_photos VALUES (?)", (os.urandom(size),))
        except sqlcipher3.DatabaseError:
            size //= 2
    assert vault.room_left() < 2 * 4096
    path = make_backup(vault, tmp_path)
    other = Spaces(folder(tmp_path / "two"))
    restored = restore_backup(
        other, path, BackupKey(BACKUP_PASSPHRASE), other.derive("nieuwe zin hier"), "nl"
    )
    assert restored.path.stat().st_size == other.folder.pool.slot_size
    assert dump(restored.db.conn) == dump(vault.db.conn)
    restored.close()
    vault.close()


def test_a_backup_never_goes_into_the_data_folder(source):
    spaces, vault = source
    before = snapshot(spaces.folder.path)
    for target in (vault.path, spaces.folder.path / "notes-export.db"):
        with pytest.raises(backup.BackupProblem):
            write_backup(vault, target, BackupKey(BACKUP_PASSPHRASE))
    assert snapshot(spaces.folder.path) == before


def test_verify_checks_the_diary_chain_and_sees_tampering(source, tmp_path):
    from app.core.features import optional_import

    if optional_import("app.core.diary") is None:
        pytest.skip("this build has no diary")
    _spaces, vault = source
    assert vault.db.query("SELECT count(*) FROM diary_revisions")[0][0] >= 6
    path = make_backup(vault, tmp_path)
    key = BackupKey(BACKUP_PASSPHRASE)
    verdict = backup.verify_file(path, key)
    assert verdict.intact, verdict.lines
    fingerprint = vault.db.query("SELECT link FROM diary_chain ORDER BY seq DESC LIMIT 1")[0][0]
    assert any(fingerprint in line for line in verdict.lines)
    # Someone with the passphrase edits one revision in place: the file stays a valid database,
    # but the chain check fails, and so does app.verify.
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = '" + key.text.replace("'", "''") + "'")
    conn.execute("UPDATE diary_revisions SET body = replace(body, 'diary 2', 'diary X')")
    conn.commit()
    conn.close()
    tampered = backup.verify_file(path, BackupKey(BACKUP_PASSPHRASE))
    assert not tampered.intact
    assert any(line.startswith("Diary chain: NOT intact") for line in tampered.lines)
