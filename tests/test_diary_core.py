"""The diary's core on a real SQLCipher vault: revisions, chain, search, files and capacity."""

from __future__ import annotations

import hashlib
import io
import shutil
import time
from pathlib import Path

import pytest
from PIL import Image

from app.core import attachments, chain
from app.core.attachments import ImportProblem, prepare
from app.core.db import connect
from app.core.diary import Diary, EmptyEntry, ListFilter, NoRoom, fts_query, verify
from app.core.keys import slot_key
from tests.test_diary_support import PASSPHRASE, open_vault, photo_bytes, small_png


@pytest.fixture
def diary(tmp_path: Path):  # type: ignore[no-untyped-def]
    _data, _spaces, vault = open_vault(tmp_path / "data", slot_size=1024 * 1024)
    yield Diary(vault.db, vault.room_left)
    vault.close()


def test_save_and_revisions(diary: Diary) -> None:
    first = diary.save(None, {"text": "Hij schreeuwde.", "kinds": ["threats"]}, now=1000.0)
    entry = diary.entry(first)
    assert entry.fields == {"text": "Hij schreeuwde.", "kinds": ["threats"]}
    assert entry.created == entry.modified == 1000.0
    assert entry.revisions == 1
    # unchanged content adds nothing
    diary.save(first, {"text": "Hij schreeuwde.  ", "kinds": ["threats"], "place": " "}, now=1001.0)
    assert diary.entry(first).revisions == 1
    diary.save(
        first, {"text": "Hij schreeuwde en duwde.", "kinds": ["threats", "physical"]}, now=2000.0
    )
    entry = diary.entry(first)
    assert entry.revisions == 2
    assert entry.created == 1000.0 and entry.modified == 2000.0
    history = diary.revisions(first)
    assert [r.number for r in history] == [2, 1]
    assert history[1].fields == {"text": "Hij schreeuwde.", "kinds": ["threats"]}
    assert history[0].fields is not None and history[0].fields["kinds"] == ["physical", "threats"]
    with pytest.raises(EmptyEntry):
        diary.save(None, {"text": "   "})
    assert diary.count() == 1


def test_revision_hash_is_canonical_json(diary: Diary) -> None:
    entry_id = diary.save(None, {"text": "één — 😀", "place": "thuis"}, now=1234.5)
    body, digest = diary.db.query(
        "SELECT body, hash FROM diary_revisions WHERE entry_id = ?", (entry_id,)
    )[0]
    payload = {
        "entry": diary.entry(entry_id).uid,
        "number": 1,
        "saved_ms": 1234500,
        "fields": {"place": "thuis", "text": "één — 😀"},
        "attachments": [],
    }
    expected = chain.canonical(payload)
    assert body.encode("utf-8") == expected
    assert digest == hashlib.sha256(expected).hexdigest()
    link = diary.db.query("SELECT link FROM diary_chain")[0][0]
    assert link == hashlib.sha256((chain.GENESIS + digest).encode()).hexdigest()
    assert diary.fingerprint() == link


def test_one_changed_byte_names_the_entry(diary: Diary) -> None:
    ids = [diary.save(None, {"text": f"Voorval nummer {i}"}, now=1000.0 + i) for i in range(5)]
    diary.save(ids[2], {"text": "Voorval nummer 2, aangevuld"}, now=2000.0)
    report = diary.verify()
    assert report.ok and report.events == 6 and report.revisions == 6
    before = report.fingerprint
    # one byte of the first revision of entry 3, through SQL
    with diary.db.write() as c:
        body = c.execute(
            "SELECT body FROM diary_revisions WHERE entry_id = ? AND number = 1", (ids[3],)
        ).fetchone()[0]
        changed = body.replace("nummer 3", "nummer 8")
        assert changed != body and len(changed) == len(body)
        c.execute(
            "UPDATE diary_revisions SET body = ? WHERE entry_id = ? AND number = 1",
            (changed, ids[3]),
        )
    report = diary.verify()
    assert not report.ok
    assert report.damaged_ids() == [ids[3]]
    assert "content" in report.damaged[0].reasons
    assert report.fingerprint == before  # the fingerprint is the stored last link


def test_chain_damage_is_found(diary: Diary) -> None:
    ids = [diary.save(None, {"text": f"Regel {i}"}, now=1000.0 + i) for i in range(4)]
    # a rewritten hash (content and hash changed together) breaks the link
    with diary.db.write() as c:
        body = '{"changed":true}'
        c.execute(
            "UPDATE diary_revisions SET body = ?, hash = ? WHERE entry_id = ?",
            (body, hashlib.sha256(body.encode()).hexdigest(), ids[1]),
        )
    assert diary.verify().damaged_ids() == [ids[1]]
    # a removed chain event in the middle is found at the next link
    with diary.db.write() as c:
        c.execute("DELETE FROM diary_chain WHERE seq = 3")
    report = diary.verify()
    assert ids[2] in report.damaged_ids() and ids[3] in report.damaged_ids()


def test_delete_and_purge_are_chain_events(diary: Diary) -> None:
    keep = diary.save(None, {"text": "blijft staan"}, now=1.0)
    gone = diary.save(None, {"text": "geheimwoord123 weg"}, now=2.0)
    diary.save(keep, {"text": "blijft staan, versie twee"}, now=3.0)
    diary.delete_entry(gone, now=4.0)
    diary.purge_history(keep, now=5.0)
    events = [r[0] for r in diary.db.query("SELECT event FROM diary_chain ORDER BY seq")]
    assert events == ["save", "save", "save", "delete", "purge"]
    assert diary.count() == 1
    with pytest.raises(KeyError):
        diary.entry(gone)
    history = diary.revisions(keep)
    assert history[0].fields == {"text": "blijft staan, versie twee"}
    assert history[1].fields is None  # purged, its hash stays
    assert diary.rows(ListFilter(text="geheimwoord123")) == []
    report = diary.verify()
    assert report.ok, report.damaged
    # erasing a body without recording it is damage
    with diary.db.write() as c:
        c.execute("UPDATE diary_revisions SET body = NULL WHERE entry_id = ?", (keep,))
    assert diary.verify().damaged_ids() == [keep]


def test_search_filters_and_paging(diary: Diary) -> None:
    t = time.mktime((2024, 3, 10, 12, 0, 0, 0, 0, -1))
    day = 86400.0
    diary.save(
        None,
        {
            "text": "Hij nam mijn gsm af",
            "kinds": ["control"],
            "when_start": "2024-03-01",
            "when_precision": "day",
        },
    )
    diary.save(
        None,
        {
            "text": "Duwde me tegen de kast, café gesloten",
            "kinds": ["physical"],
            "when_start": "2024-03-10T21:30",
            "when_precision": "time",
        },
    )
    diary.save(
        None,
        {
            "text": "Controleert elke avond mijn telefoon",
            "kinds": ["control"],
            "when_start": "2024-01-15",
            "when_precision": "since",
        },
    )
    diary.save(
        None, {"text": "Ergens rond Pasen", "when_start": "2024-03-31", "when_precision": "around"}
    )
    rows = diary.rows()
    assert [r.summary for r in rows][:2] == [
        "Ergens rond Pasen",
        "Duwde me tegen de kast, café gesloten",
    ]
    assert rows[1].kinds == ("physical",)
    assert [r.summary for r in diary.rows(ListFilter(text="cafe"))] == [rows[1].summary]
    assert [r.summary for r in diary.rows(ListFilter(text="duw"))] == [rows[1].summary]
    assert diary.rows(ListFilter(text='"kast')) != []  # a stray quote is not an error
    assert len(diary.rows(ListFilter(kinds=frozenset({"control"})))) == 2
    # overlap: a day in February matches only the "since January" pattern
    feb = ListFilter(start=t - 30 * day, end=t - 29 * day)
    assert [r.summary for r in diary.rows(feb)] == ["Controleert elke avond mijn telefoon"]
    # "around 31 March" matches 29 March
    near = ListFilter(start=t + 19 * day, end=t + 19 * day + 60)
    assert "Ergens rond Pasen" in [r.summary for r in diary.rows(near)]
    # keyset paging returns everything once, newest first
    seen = []
    after = None
    while True:
        page = diary.rows(after=after, limit=1)
        if not page:
            break
        seen += [r.id for r in page]
        after = (page[-1].sort_key, page[-1].id)
    assert seen == [r.id for r in rows]
    assert fts_query("a b") == '"a" "b"*'


def _prepared(tmp_path: Path, name: str, data: bytes, **kw: bool) -> attachments.Prepared:
    path = tmp_path / name
    path.write_bytes(data)
    return prepare(path, **kw)


def test_attachments_belong_to_revisions(diary: Diary, tmp_path: Path) -> None:
    first = diary.add_attachment(_prepared(tmp_path, "a.png", small_png(1)))
    assert first.pending
    entry_id = diary.save(None, {}, [first.id])  # a photo alone is an entry
    entry = diary.entry(entry_id)
    assert [a.id for a in entry.attachments] == [first.id] and not entry.attachments[0].pending
    assert diary.attachment_data(first.id) == small_png(1)
    follow_up = diary.add_attachment(_prepared(tmp_path, "b.png", small_png(2)))
    diary.save(entry_id, {"text": "twee dagen later"}, [first.id, follow_up.id])
    diary.save(entry_id, {"text": "twee dagen later"}, [follow_up.id])  # first one removed
    history = diary.revisions(entry_id)
    assert [len(r.attachments) for r in history] == [1, 2, 1]
    assert history[1].attachments[0]["sha256"] == first.sha256
    with pytest.raises(KeyError):
        diary.attachment_data(first.id)  # its bytes are gone, its record stays
    assert diary.verify().ok
    # a changed byte in a stored file names its entry
    with diary.db.write() as c:
        data = bytearray(
            c.execute(
                "SELECT data FROM diary_attachments WHERE id = ?", (follow_up.id,)
            ).fetchone()[0]
        )
        data[40] ^= 1
        c.execute("UPDATE diary_attachments SET data = ? WHERE id = ?", (bytes(data), follow_up.id))
    assert diary.verify().damaged_ids() == [entry_id]
    # pending files of a form that was abandoned
    stray = diary.add_attachment(_prepared(tmp_path, "c.png", small_png(3)))
    diary.discard_orphans(keep=[])
    with pytest.raises(KeyError):
        diary.attachment(stray.id)


def test_photo_is_reduced_with_both_hashes(tmp_path: Path) -> None:
    raw = photo_bytes(7, size=(4000, 3000), gps=True)
    kept = _prepared(tmp_path, "IMG_0007.JPG", raw)
    assert kept.reduced and kept.kind == "image" and kept.name == "IMG_0007.JPG"
    assert max(Image.open(io.BytesIO(kept.data)).size) == 1600
    assert len(kept.data) <= 300 * 1024
    assert kept.original_sha256 == hashlib.sha256(raw).hexdigest()
    assert kept.original_size == len(raw)
    assert kept.sha256 == hashlib.sha256(kept.data).hexdigest() != kept.original_sha256
    assert kept.original_date == "2024-03-05T21:14:00"
    assert kept.had_location and not kept.location_removed
    assert 0x8825 in Image.open(io.BytesIO(kept.data)).getexif()
    stripped = prepare(tmp_path / "IMG_0007.JPG", strip_location=True)
    assert stripped.location_removed
    assert 0x8825 not in Image.open(io.BytesIO(stripped.data)).getexif()
    full = prepare(tmp_path / "IMG_0007.JPG", reduce=False)
    assert full.data == raw and not full.reduced and full.sha256 == full.original_sha256
    full_clean = prepare(tmp_path / "IMG_0007.JPG", reduce=False, strip_location=True)
    assert full_clean.location_removed and full_clean.original_sha256 == full.sha256
    assert 0x8825 not in Image.open(io.BytesIO(full_clean.data)).getexif()


def test_bad_files_are_refused_clearly(tmp_path: Path) -> None:
    def reason(name: str, data: bytes | None, **kw: object) -> str:
        path = tmp_path / name
        if data is None:
            path.mkdir()
        else:
            path.write_bytes(data)
        with pytest.raises(ImportProblem) as caught:
            prepare(path, **kw)  # type: ignore[arg-type]
        return caught.value.reason

    assert reason("holiday.jpg", b"this is not a picture at all") == "not_image"
    assert reason("empty.jpg", b"") == "empty"
    assert reason("folder.jpg", None) == "unreadable"
    with pytest.raises(ImportProblem) as gone:
        prepare(tmp_path / "vanished.pdf")
    assert gone.value.reason == "unreadable"
    assert reason("big.pdf", b"%PDF" + b"x" * 5000, room=1000) == "too_large"
    heic = _prepared(tmp_path, "IMG_1.HEIC", b"\0\0\0\x18ftypheic" + b"\0" * 100)
    assert heic.heic and heic.kind == "document" and not heic.reduced
    audio = _prepared(tmp_path, "memo.m4a", b"\0\0\0\x20ftypM4A " + b"a" * 100)
    assert audio.kind == "audio"


def test_capacity_refuses_before_writing(tmp_path: Path) -> None:
    _data, _spaces, vault = open_vault(tmp_path / "data", slot_size=256 * 1024)
    diary = Diary(vault.db, vault.room_left)
    entry_id = diary.save(None, {"text": "tekst die blijft"})
    room = diary.room_for_files()
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF" + bytes(room + 10_000))
    used_before = vault.capacity()[0]
    with pytest.raises(ImportProblem) as caught:
        prepare(pdf, room=room)
    assert caught.value.reason == "too_large" and caught.value.room == room
    # prepared anyway (room unknown): the diary refuses it before writing
    big = prepare(pdf)
    with pytest.raises(NoRoom) as refused:
        diary.add_attachment(big)
    assert refused.value.room == room
    assert vault.capacity()[0] == used_before
    assert diary.entry(entry_id).fields["text"] == "tekst die blijft"
    # text can still be saved afterwards
    diary.save(entry_id, {"text": "tekst die blijft, en meer"})
    vault.close()


def test_database_full_becomes_no_room(tmp_path: Path) -> None:
    _data, _spaces, vault = open_vault(tmp_path / "data", slot_size=256 * 1024)
    diary = Diary(vault.db, lambda: 1 << 30)  # a wrong estimate: SQLite itself says "full"
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF" + bytes(400_000))
    with pytest.raises(NoRoom):
        diary.add_attachment(prepare(pdf))
    assert diary.db.query("SELECT count(*) FROM diary_attachments")[0][0] == 0
    vault.close()


@pytest.mark.slow
def test_sixteen_mib_slot_holds_forty_photos(tmp_path: Path) -> None:
    _data, _spaces, vault = open_vault(tmp_path / "data", slot_size=16 * 1024 * 1024)
    diary = Diary(vault.db, vault.room_left)
    for i in range(40):
        diary.save(None, {"text": f"Verslag {i}: " + "woorden " * 120, "kinds": ["physical"]})
    src = tmp_path / "IMG.jpg"
    stored = 0
    for i in range(40):
        src.write_bytes(photo_bytes(i, date=f"2024:03:{1 + i % 28:02d} 10:00:00"))
        item = diary.add_attachment(prepare(src, room=diary.room_for_files()))
        stored += item.size
        diary.save(None, {"text": f"Foto {i}"}, [item.id])
    assert stored >= 40 * 200 * 1024  # real-sized reduced photos, not toys
    used, total = vault.capacity()
    assert total <= 16 * 1024 * 1024 and used < total
    assert diary.count() == 80
    assert vault.path.stat().st_size == 16 * 1024 * 1024
    assert diary.verify().ok
    vault.close()


def test_verify_on_a_backup_file(tmp_path: Path) -> None:
    _data, spaces, vault = open_vault(tmp_path / "data", slot_size=256 * 1024)
    diary = Diary(vault.db, vault.room_left)
    diary.save(None, {"text": "voor de advocaat"})
    fingerprint = diary.fingerprint()
    copy = tmp_path / "copy.db"
    shutil.copyfile(vault.path, copy)
    vault.close()
    conn = connect(copy, slot_key(spaces.derive(PASSPHRASE), vault.salt), vault.salt)
    report = verify(conn)
    assert report.ok and report.fingerprint == fingerprint and report.revisions == 1
    conn.execute("UPDATE diary_revisions SET body = replace(body, 'advocaat', 'advokaat')")
    assert not verify(conn).ok
    conn.close()


def test_delete_original_removes_desktop_thumbnail(tmp_path: Path, isolated_home: Path) -> None:
    photo = isolated_home / "Pictures" / "IMG 0001.jpg"
    photo.parent.mkdir()
    photo.write_bytes(photo_bytes(3, size=(800, 600)))
    uri = photo.absolute().as_uri()
    assert "%20" in uri
    digest = hashlib.md5(uri.encode()).hexdigest()
    thumbs = []
    for size in ("normal", "large"):
        folder = isolated_home / ".cache" / "thumbnails" / size
        folder.mkdir(parents=True)
        (folder / f"{digest}.png").write_bytes(small_png())
        thumbs.append(folder / f"{digest}.png")
    other = isolated_home / ".cache" / "thumbnails" / "normal" / ("0" * 32 + ".png")
    other.write_bytes(small_png())
    assert attachments.thumbnail_cache_files(photo) == thumbs
    assert attachments.delete_original(photo)
    assert not photo.exists() and not any(t.exists() for t in thumbs)
    assert other.exists()
