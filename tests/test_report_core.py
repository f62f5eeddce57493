"""Choosing the entries of an evidence report, and what is gathered about them (no Qt)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.core.attachments import prepare
from app.core.diary import Diary
from app.core.report import Choice, gather, select
from tests.test_diary_support import open_vault, small_png


def ts(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%d").timestamp()


def make_diary(tmp_path: Path) -> tuple[Diary, dict[str, int]]:
    _data, _spaces, vault = open_vault(tmp_path / "data", slot_size=1024 * 1024)
    diary = Diary(vault.db, vault.room_left)
    ids = {
        "march": diary.save(
            None,
            {
                "text": "march",
                "when_start": "2024-03-05",
                "when_precision": "day",
                "kinds": ["physical"],
            },
        ),
        "april": diary.save(
            None,
            {
                "text": "april",
                "when_start": "2024-04-10T20:00",
                "when_precision": "time",
                "kinds": ["threats", "control"],
            },
        ),
        "period": diary.save(
            None,
            {
                "text": "period",
                "when_start": "2024-02-20",
                "when_end": "2024-03-02",
                "when_precision": "period",
                "kinds": ["control"],
            },
        ),
        "since": diary.save(
            None,
            {
                "text": "since",
                "when_start": "2023-12-01",
                "when_precision": "since",
                "kinds": ["psychological"],
            },
        ),
        "may": diary.save(None, {"text": "may", "when_start": "2024-05-01"}),
    }
    return diary, ids


def test_period_kinds_and_one_by_one(tmp_path: Path) -> None:
    diary, ids = make_diary(tmp_path)
    everything = select(diary, Choice())
    # oldest first, by when it happened
    assert everything == [ids["since"], ids["period"], ids["march"], ids["april"], ids["may"]]
    # March: overlap with the window (the period ends 2 March; "since" never ends)
    march = select(diary, Choice(start=ts("2024-03-01"), end=ts("2024-03-31") + 86399))
    assert march == [ids["since"], ids["period"], ids["march"]]
    # a period ending before an entry starts leaves it out
    early = select(diary, Choice(end=ts("2024-01-31")))
    assert early == [ids["since"]]
    # kinds: any of the chosen
    control = select(diary, Choice(kinds=frozenset({"control"})))
    assert control == [ids["period"], ids["april"]]
    both = select(diary, Choice(kinds=frozenset({"control", "physical"})))
    assert both == [ids["period"], ids["march"], ids["april"]]
    # period and kinds together, then one left out by hand
    april_control = Choice(start=ts("2024-04-01"), kinds=frozenset({"control"}))
    assert select(diary, april_control) == [ids["april"]]
    assert select(diary, Choice(left_out=frozenset({ids["march"], ids["may"]}))) == [
        ids["since"],
        ids["period"],
        ids["april"],
    ]


def test_gather_counts_left_out_and_keeps_versions_and_hashes(tmp_path: Path) -> None:
    diary, ids = make_diary(tmp_path)
    picture = tmp_path / "p.png"
    picture.write_bytes(small_png(3))
    file = diary.add_attachment(prepare(picture))
    diary.save(
        ids["march"],
        {
            "text": "march, more",
            "when_start": "2024-03-05",
            "kinds": ["physical"],
            "pv_number": "PV-77",
            "certificate": "yes",
        },
        [file.id],
    )
    report = gather(diary, [ids["march"], ids["april"]], now=ts("2024-06-01"))
    assert [e.entry_id for e in report.entries] == [ids["march"], ids["april"]]
    assert report.total == 5 and report.left_out == 3
    march = report.entries[0]
    assert march.fields["pv_number"] == "PV-77"
    assert [v.number for v in march.versions] == [2, 1]
    assert march.earlier[0].fields is not None and march.earlier[0].fields["text"] == "march"
    assert march.files[0].sha256 == file.sha256
    assert march.files[0].original_sha256 == file.original_sha256
    assert report.fingerprint == diary.fingerprint() and report.chain_ok
    hashes = {h for _n, _v, _s, h in report.revision_hashes()}
    assert {v.hash for v in diary.revisions(ids["march"])} <= hashes
    assert len(hashes) == 3
    assert report.period is not None
    assert report.period[0] == ts("2024-03-05")
    counts = report.day_counts()
    assert counts[datetime(2024, 3, 5).date()] == 1
    assert counts[datetime(2024, 4, 10).date()] == 1
    assert report.months() == [(2024, 3), (2024, 4)]


def test_purged_versions_keep_their_hash(tmp_path: Path) -> None:
    diary, ids = make_diary(tmp_path)
    diary.save(ids["may"], {"text": "may, changed", "when_start": "2024-05-01"})
    diary.purge_history(ids["may"])
    report = gather(diary, [ids["may"]])
    entry = report.entries[0]
    assert entry.earlier[0].fields is None
    assert entry.earlier[0].hash == diary.revisions(ids["may"])[1].hash
